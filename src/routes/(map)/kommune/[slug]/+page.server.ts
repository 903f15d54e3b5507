import { error } from '@sveltejs/kit';
import { KOMMUNER } from '$lib/geography';
import { kommunePageData } from '$lib/kommune-page';
import { staticView } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every kommune by slug; the number addresses (/kommune/1539, /kommune/5632) are pages of their
// own, see src/routes/kommune/[nummer=kommunenummer].
export const entries: EntryGenerator = () => KOMMUNER.map((kommune) => ({ slug: kommune.slug }));

// A server load: prerendering writes each page's data beside it, so the browser never needs the
// index of all 356 kommuner to move between pages.
export const load: PageServerLoad = async ({ params }) => {
	const data = kommunePageData(params.slug);
	if (!data) error(404, { message: `Fant ingen kommune som heter «${params.slug}».` });
	return { ...data, view: await staticView(data.kommune.slug) };
};
