import { error, json } from '@sveltejs/kit';
import { OEMBED_ALIASES, overviewOEmbed } from '$lib/server/oembed-pages';
import { allFilters, filterKey } from '$lib/url/paths';
import type { EntryGenerator, RequestHandler } from './$types';

// Written at build time: /oembed/<state>.json for every overview state (2021.json, 2023-over.json,
// alle.json, …), and the names earlier pages used (oversikt.json, kaaringen.json).
export const prerender = true;

const FILTERS = new Map([...allFilters().map((filter) => [filterKey(filter), filter] as const), ...Object.entries(OEMBED_ALIASES)]);

export const entries: EntryGenerator = () => [...FILTERS.keys()].map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const filter = FILTERS.get(params.name);
	if (!filter) error(404, 'Ingen oEmbed her.');
	return json(overviewOEmbed(filter));
};
