import { error, json } from '@sveltejs/kit';
import { KOMMUNER } from '$lib/kommuner/geography';
import { kommuneOEmbed } from '$lib/server/oembed-pages';
import { kommuneFilters } from '$lib/url/paths';
import type { EntryGenerator, RequestHandler } from './$types';

// Written at build time: /oembed/kommune/<slug>/<år>.json for every kommune and edition.
export const prerender = true;

export const entries: EntryGenerator = () => KOMMUNER.flatMap(({ slug }) => kommuneFilters().map(({ år }) => ({ slug, year: String(år) })));

export const GET: RequestHandler = ({ params }) => {
	const answer = kommuneOEmbed(params.slug, params.year);
	if (!answer) error(404, 'Ingen oEmbed her.');
	return json(answer);
};
