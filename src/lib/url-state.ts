/**
 * What the URL holds besides the route: the size-class filter `?kategori=under|over` and the
 * award year `?år=2019|2021|2022|2023|2024|2025|alle` (2021 when absent). Any other value is
 * ignored. Every internal link is built here, so it keeps both.
 */
import { base } from '$app/paths';
import { KATEGORIER, type Kategori } from './nominees';
import { AWARD_YEARS, DEFAULT_YEAR, type YearFilter } from './award-history';

export const KATEGORI_PARAM = 'kategori';
export const YEAR_PARAM = 'år';

/** The view a link carries along: class filter and year. */
export interface ViewParams {
	kategori: Kategori | null;
	år: YearFilter;
}

export const DEFAULT_VIEW: ViewParams = { kategori: null, år: DEFAULT_YEAR };

export function parseKategori(params: URLSearchParams): Kategori | null {
	const value = params.get(KATEGORI_PARAM);
	return KATEGORIER.find((kategori) => kategori === value) ?? null;
}

/** The year the URL asks for: one of the award's years or "alle"; anything else gives the default, 2021. */
export function parseYear(params: URLSearchParams): YearFilter {
	const value = params.get(YEAR_PARAM);
	if (value === 'alle') return 'alle';
	return AWARD_YEARS.find((year) => String(year) === value) ?? DEFAULT_YEAR;
}

export function parseView(params: URLSearchParams): ViewParams {
	return { kategori: parseKategori(params), år: parseYear(params) };
}

/** The query string for a view, defaults left out: "", "?kategori=under", "?kategori=over&år=2023". */
export function viewQuery({ kategori = null, år = DEFAULT_YEAR }: Partial<ViewParams> = {}): string {
	const parts: string[] = [];
	if (kategori) parts.push(`${KATEGORI_PARAM}=${kategori}`);
	if (år !== DEFAULT_YEAR) parts.push(`${YEAR_PARAM}=${år}`);
	return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** Link to a kommune's page, keeping the view: `kommuneHref('halden', { år: 2023 })` → "/kommune/halden?år=2023". */
export function kommuneHref(slug: string, view: Partial<ViewParams> = {}): string {
	return `${base}/kommune/${slug}${viewQuery(view)}`;
}

/** Link to the overview, keeping the view. */
export function overviewHref(view: Partial<ViewParams> = {}): string {
	return `${base}/${viewQuery(view)}`;
}

/** The embed of a kommune (for other sites' iframes), keeping the view: "/embed/kommune/rauma?år=2019". */
export function embedKommuneHref(slug: string, view: Partial<ViewParams> = {}): string {
	return `${base}/embed/kommune/${slug}${viewQuery(view)}`;
}

/** The embed of the overview, keeping the view: "/embed", "/embed?kategori=over". */
export function embedOverviewHref(view: Partial<ViewParams> = {}): string {
	return `${base}/embed${viewQuery(view)}`;
}

/** Link to the page on the award's history, at one edition's section when `year` is given. */
export function historyHref(year?: number): string {
	return `${base}/kaaringen${year ? `#kaaringen-${year}` : ''}`;
}
