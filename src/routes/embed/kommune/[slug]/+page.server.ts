import { error } from '@sveltejs/kit';
import { KOMMUNER } from '$lib/geography';
import { kommunePageData } from '$lib/kommune-page';
import { staticView } from '$lib/server/views';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every kommune's embed, by slug (nothing links to them, so the crawler would not find them).
export const entries: EntryGenerator = () => KOMMUNER.map((kommune) => ({ slug: kommune.slug }));

export const load: PageServerLoad = async ({ params }) => {
	const data = kommunePageData(params.slug);
	if (!data) error(404, { message: `Fant ingen kommune som heter «${params.slug}».` });
	return { ...data, view: await staticView(data.kommune.slug) };
};
