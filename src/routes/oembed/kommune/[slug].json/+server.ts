import { error, json } from '@sveltejs/kit';
import { KOMMUNER } from '$lib/kommuner/geography';
import { kommuneOEmbed } from '$lib/server/oembed-pages';
import type { EntryGenerator, RequestHandler } from './$types';

// Written at build time: /oembed/kommune/<slug>.json for every kommune, its own edition.
export const prerender = true;

export const entries: EntryGenerator = () => KOMMUNER.map((kommune) => ({ slug: kommune.slug }));

export const GET: RequestHandler = ({ params }) => {
	const answer = kommuneOEmbed(params.slug);
	if (!answer) error(404, 'Ingen oEmbed her.');
	return json(answer);
};
