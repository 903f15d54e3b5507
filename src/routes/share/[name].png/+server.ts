import { error } from '@sveltejs/kit';
import { NOMINEES } from '$lib/nominees';
import { nomineeShareImage, overviewShareImage } from '$lib/server/share-image';
import type { EntryGenerator, RequestHandler } from './$types';

// Prerendered (endpoints do not inherit the layout's option).
export const prerender = true;

// Written to build/share/<slug>.png at build time: one per nominee, plus "norge" for the rest.
export const entries: EntryGenerator = () => [{ name: 'norge' }, ...NOMINEES.map((n) => ({ name: n.slug }))];

export const GET: RequestHandler = ({ params }) => {
	const nominee = NOMINEES.find((n) => n.slug === params.name);
	if (!nominee && params.name !== 'norge') error(404, 'Ingen delingsbilde her.');
	const png = nominee ? nomineeShareImage(nominee) : overviewShareImage();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
