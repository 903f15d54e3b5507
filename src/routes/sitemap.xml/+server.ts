import { KOMMUNER } from '$lib/kommuner/geography';
import { absoluteUrl } from '$lib/url/site';
import { allFilters, kommunePath, overviewPath } from '$lib/url/paths';
import type { RequestHandler } from './$types';

// Written at build time: every page a search engine should know, once each. A kommune is listed in
// its own edition (/kommune/kinn); its pages for the other editions point there as their canonical.
export const prerender = true;

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

export const GET: RequestHandler = () => {
	const paths = [
		...allFilters().map(overviewPath),
		'/kaaringen',
		'/data',
		'/tilgjengelighet',
		...KOMMUNER.map((kommune) => kommunePath(kommune.slug))
	];
	const body =
		`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
		[...new Set(paths)].map((path) => `<url><loc>${escapeXml(absoluteUrl(path))}</loc></url>\n`).join('') +
		`</urlset>\n`;
	return new Response(body, { headers: { 'Content-Type': 'text/xml' } });
};
