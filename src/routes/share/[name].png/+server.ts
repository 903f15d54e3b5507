import { error } from '@sveltejs/kit';
import { everNominated } from '$lib/award/award-history';
import { kommuneBySlug } from '$lib/kommuner/geography';
import { kommuneShareImage, overviewShareImage } from '$lib/server/share-image';
import { allFilters, filterKey } from '$lib/url/paths';
import type { EntryGenerator, RequestHandler } from './$types';

// Prerendered (endpoints do not inherit the layout's option).
export const prerender = true;

// Written to build/share/ at build time: one per overview state (/share/2023-over.png) and one per
// kommune ever nominated (/share/halden.png); other kommuner share their edition's.
export const entries: EntryGenerator = () => [
	...allFilters().map((filter) => ({ name: filterKey(filter) })),
	...everNominated().map(({ history }) => ({ name: history[0].nomination.kommune.slug }))
];

export const GET: RequestHandler = ({ params }) => {
	const filter = allFilters().find((each) => filterKey(each) === params.name);
	const kommune = kommuneBySlug(params.name);
	const png = filter ? overviewShareImage(filter) : kommune ? kommuneShareImage(kommune.nummer) : undefined;
	if (!png) error(404, 'Ingen delingsbilde her.');
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
