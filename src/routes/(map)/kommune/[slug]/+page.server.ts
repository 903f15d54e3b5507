import { error } from '@sveltejs/kit';
import { KOMMUNER, kommuneBySlug, kommuneOf, nomineesNear } from '$lib/geography';
import { nomineeByNummer } from '$lib/nominees';
import { staticView } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every kommune by slug; the number addresses (/kommune/1539) are pages of their own, see
// src/routes/kommune/[nummer=kommunenummer].
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
		/** For a kommune that was not nominated: the nominees to suggest, and whether they share its county. */
		near,
		nearInSameCounty: near.length > 0 && kommuneOf(near[0]).fylkesnummer === kommune.fylkesnummer
	};
};
