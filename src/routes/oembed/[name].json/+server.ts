import { error, json } from '@sveltejs/kit';
import { OEMBED_PAGES, pageOEmbed } from '$lib/server/oembed-pages';
import type { EntryGenerator, RequestHandler } from './$types';

// Written at build time: /oembed/oversikt.json, /oembed/kaaringen.json.
export const prerender = true;

export const entries: EntryGenerator = () => OEMBED_PAGES.map((name) => ({ name }));

export const GET: RequestHandler = ({ params }) => {
	const name = OEMBED_PAGES.find((each) => each === params.name);
	if (!name) error(404, 'Ingen oEmbed her.');
	return json(pageOEmbed(name));
};
