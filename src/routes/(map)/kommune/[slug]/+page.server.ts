import { error, redirect } from '@sveltejs/kit';
import { KOMMUNER, kommuneByNummer, kommuneBySlug, kommuneOf, nomineesNear } from '$lib/geography';
import { nomineeByNummer } from '$lib/nominees';
import { kommuneHref } from '$lib/url-state';
import { staticView } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every kommune by slug, and by its four-digit number so /kommune/1539 works on a static host too.
export const entries: EntryGenerator = () => KOMMUNER.flatMap((kommune) => [{ slug: kommune.slug }, { slug: kommune.nummer }]);

// A server load: prerendering writes each page's data beside it, so the browser never needs the
// index of all 356 kommuner to move between pages.
export const load: PageServerLoad = async ({ params }) => {
	const byNummer = /^\d{4}$/.test(params.slug) ? kommuneByNummer(params.slug) : undefined;
	if (byNummer) redirect(308, kommuneHref(byNummer.slug));
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
