/**
 * The data of the map's pages, for their server loads (on the site and in the embeds): an overview
 * state, or a kommune showing an edition. Every state is a prerendered page, so each page's data is
 * what its own state shows, and its HTML paints that state before any script runs.
 */
import { error } from '@sveltejs/kit';
import { KOMMUNER, kommuneByNummer } from '$lib/kommuner/geography';
import { mapMarks } from '$lib/map/map-marks';
import { overviewViewName } from '$lib/map/views';
import { kommunePageData } from '$lib/pages/kommune-page';
import { allFilters, kommuneFilters, kommuneYear, parseKategori, parseYear, type Filter } from '$lib/url/paths';
import { staticView } from './views';

/** The route parameters of every overview state but `/`: /2023, /2023/over, /2021 (the same as /), … */
export function overviewEntries(): { year: string; kategori?: string }[] {
	return allFilters().map(({ år, kategori }) => (kategori ? { year: String(år), kategori } : { year: String(år) }));
}

/** The route parameters of every kommune page: /kommune/kinn, and /kommune/kinn/<år> for every year filter. */
export function kommuneEntries(): { slug: string; year?: string }[] {
	return KOMMUNER.flatMap(({ slug }) => [{ slug }, ...kommuneFilters().map(({ år }) => ({ slug, year: String(år) }))]);
}

/** The filter of an overview route's parameters; a 404 for a year that is no edition. */
export function overviewFilter(params: { year?: string; kategori?: string }): Filter {
	const år = parseYear(params.year);
	if (år === null) error(404, { message: `Fant ingen kåring i «${params.year}».` });
	return { år, kategori: parseKategori(params.kategori) };
}

export async function overviewPage(filter: Filter) {
	const view = overviewViewName(mapMarks(filter, null).keys(), (nummer) => kommuneByNummer(nummer)!.bbox);
	return { filter, view: await staticView(view, filter, null) };
}

export async function kommunePage(params: { slug: string; year?: string }) {
	const år = params.year === undefined ? kommuneYear(params.slug) : parseYear(params.year);
	if (år === null) error(404, { message: `Fant ingen kåring i «${params.year}».` });
	const data = kommunePageData(params.slug, år);
	if (!data) error(404, { message: `Fant ingen kommune som heter «${params.slug}».` });
	const filter: Filter = { år: data.edition.år, kategori: null };
	return { filter, ...data, view: await staticView(data.kommune.slug, filter, data.kommune.nummer) };
}
