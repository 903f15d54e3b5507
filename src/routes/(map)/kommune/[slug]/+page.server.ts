import { error } from '@sveltejs/kit';
import { KOMMUNER, kommuneBySlug, kommuneOf, nomineesNear } from '$lib/geography';
import { nomineeByNummer } from '$lib/nominees';
import { describeNomination, describeReform, historyOf } from '$lib/award-history';
import { successorsOf } from '$lib/kommuner-2024';
import { staticView } from '$lib/server/views';
import { historyHref } from '$lib/url-state';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every kommune by slug; the number addresses (/kommune/1539, /kommune/5632) are pages of their
// own, see src/routes/kommune/[nummer=kommunenummer].
export const entries: EntryGenerator = () => KOMMUNER.map((kommune) => ({ slug: kommune.slug }));

// A server load: prerendering writes each page's data beside it, so the browser never needs the
// index of all 356 kommuner to move between pages.
export const load: PageServerLoad = async ({ params }) => {
	const kommune = kommuneBySlug(params.slug);
	if (!kommune) error(404, { message: `Fant ingen kommune som heter «${params.slug}».` });
	const nominee = nomineeByNummer(kommune.nummer) ?? null;
	const near = nominee ? [] : nomineesNear(kommune);
	return {
		kommune,
		view: await staticView(kommune.slug),
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
