import { error } from '@sveltejs/kit';
import { KOMMUNER } from '$lib/kommuner/geography';
import { redirectNumbers2024 } from '$lib/kommuner/kommuner-2024';
import { kommuneForNummer } from '$lib/server/number-address';
import { redirectPage } from '$lib/server/redirect-page';
import { absoluteUrl } from '$lib/url/site';
import { kommuneHref } from '$lib/url/links';
import type { EntryGenerator, RequestHandler } from './$types';

// /kommune/1539 leads to /kommune/rauma, also on a static host: a page of its own for each number
// (written as kommune/<nummer>.html), rather than a prerendered redirect response. The numbers of
// 2020–2023, and those from 2024 that lead to one kommune of 2020–2023 (/kommune/5632 → Båtsfjord).
export const prerender = true;

export const entries: EntryGenerator = () => [
	...KOMMUNER.map((kommune) => ({ nummer: kommune.nummer })),
	...redirectNumbers2024().map(({ nummer2024 }) => ({ nummer: nummer2024 }))
];

export const GET: RequestHandler = ({ params }) => {
	const kommune = kommuneForNummer(params.nummer);
	if (!kommune) error(404, `Ingen kommune har nummeret ${params.nummer}.`);
	const page = redirectPage({
		name: kommune.navn,
		href: kommuneHref(kommune.slug),
		canonical: absoluteUrl(`/kommune/${kommune.slug}`)
	});
	// Exactly text/html, so that the page is written as an .html file.
	return new Response(page, { headers: { 'Content-Type': 'text/html' } });
};
