import { error, redirect } from '@sveltejs/kit';
import { KOMMUNER, kommuneByNummer, kommuneBySlug } from '$lib/geography';
import { nomineeByNummer } from '$lib/nominees';
import { kommuneHref } from '$lib/url-state';
import type { EntryGenerator, PageLoad } from './$types';

// Every kommune by slug, and by its four-digit number so /kommune/1539 works on a static host too.
export const entries: EntryGenerator = () => KOMMUNER.flatMap((kommune) => [{ slug: kommune.slug }, { slug: kommune.nummer }]);

export const load: PageLoad = ({ params }) => {
	const byNummer = /^\d{4}$/.test(params.slug) ? kommuneByNummer(params.slug) : undefined;
	if (byNummer) redirect(308, kommuneHref(byNummer.slug));
	const kommune = kommuneBySlug(params.slug);
	if (!kommune) error(404, { message: `Fant ingen kommune som heter «${params.slug}».` });
	return { kommune, nominee: nomineeByNummer(kommune.nummer) ?? null };
};
