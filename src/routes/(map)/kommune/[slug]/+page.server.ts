import { error, redirect } from '@sveltejs/kit';
import { KOMMUNER, kommuneBySlug, kommuneOf, nomineesNear } from '$lib/geography';
import { nomineeByNummer } from '$lib/nominees';
import { describeNomination, describeReform, historyOf } from '$lib/award-history';
import { redirectNumbers2024, successorsOf } from '$lib/kommuner-2024';
import { kommuneForNummer } from '$lib/server/number-address';
import { historyHref, kommuneHref } from '$lib/url-state';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every kommune by slug, and by its four-digit number so /kommune/1539 works on a static host
// too: the numbers of 2020–2023, and those of 2024 that lead to one kommune of 2020–2023. The
// number addresses are written as small refresh pages (src/hooks.server.ts).
export const entries: EntryGenerator = () => [
	...KOMMUNER.flatMap((kommune) => [{ slug: kommune.slug }, { slug: kommune.nummer }]),
	...redirectNumbers2024().map(({ nummer2024 }) => ({ slug: nummer2024 }))
];

// A server load: prerendering writes each page's data beside it, so the browser never needs the
// index of all 356 kommuner to move between pages.
export const load: PageServerLoad = ({ params }) => {
	const byNummer = kommuneForNummer(params.slug);
	if (byNummer) redirect(308, kommuneHref(byNummer.slug));
	const kommune = kommuneBySlug(params.slug);
	if (!kommune) error(404, { message: `Fant ingen kommune som heter «${params.slug}».` });
	const nominee = nomineeByNummer(kommune.nummer) ?? null;
	const near = nominee ? [] : nomineesNear(kommune);
	return {
		kommune,
		nominee,
		/** What the kommune is from 1 January 2024: one successor, or more where it was split (Ålesund). */
		fra2024: successorsOf(kommune.nummer),
		/** Its history with the award, reforms included, in words, with a link to each year's sources. */
		history: historyOf(kommune.nummer).map((entry) => ({
			year: entry.year,
			vinner: entry.nomination.vinner,
			text: describeNomination(entry),
			reform: describeReform(entry),
			sources: historyHref(entry.year)
		})),
		/** For a kommune that was not nominated: the nominees to suggest, and whether they share its county. */
		near,
		nearInSameCounty: near.length > 0 && kommuneOf(near[0]).fylkesnummer === kommune.fylkesnummer
	};
};
