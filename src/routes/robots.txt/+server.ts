import { absoluteUrl } from '$lib/url/site';
import type { RequestHandler } from './$types';

// Written at build time. Every page may be indexed (the embeds say noindex themselves); the sitemap
// lists them. The sitemap's address must be absolute, so this is made from the site's origin.
export const prerender = true;

export const GET: RequestHandler = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap.xml')}\n`, { headers: { 'Content-Type': 'text/plain' } });
