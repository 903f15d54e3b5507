/**
 * Every address the site hands out is built here. What a page shows is in its path, so that a
 * static host serves each state as a prerendered page of its own, with or without JavaScript:
 *
 *   /                     the 2021 edition, both classes: the site's own (its press release)
 *   /2023, /2023/over     an edition, or one class of it; /alle, /alle/under every edition at once
 *   /2021/under           2021 in one class (/2021 is the same page as /)
 *   /kommune/halden       a kommune, its map showing its own edition (its latest nomination, else 2021)
 *   /kommune/kinn/2021    a kommune, its map showing another edition (kommune pages carry no class)
 *   /embed…               the same addresses under /embed, for other sites' iframes
 *
 * The query forms of older links (?år=2023&kategori=over) are sent on to these before the first
 * paint by the small script in src/app.html. Pure: the geo build uses it too; links.ts adds the
 * base path.
 */
import { AWARD_EDITIONS } from '../generated/award-history';
import type { YearFilter } from '../award/award-history';
import { AWARD_YEAR, KATEGORIER, type Kategori } from '../award/nominees';
import { kommuneHomePath } from './kommune-home';

export type { YearFilter };

/** What a page shows of the award: an edition (or all), and one size class or both. */
export interface Filter {
	år: YearFilter;
	kategori: Kategori | null;
}

/** The editions' years, oldest first, then "alle": the choices of the year control. */
export const YEAR_FILTERS: readonly YearFilter[] = [...AWARD_EDITIONS.map((edition) => edition.year), 'alle'];

/** What `/` shows: 2021, both classes. */
export const DEFAULT_FILTER: Filter = { år: AWARD_YEAR, kategori: null };

/** The year in a path segment: "2023" → 2023, "alle" → "alle"; anything else (a year without an award too) → null. */
export function parseYear(segment: string | undefined): YearFilter | null {
	return YEAR_FILTERS.find((year) => String(year) === segment) ?? null;
}

/** The class in a path segment: "under" or "over"; anything else → null. */
export function parseKategori(segment: string | undefined): Kategori | null {
	return KATEGORIER.find((kategori) => kategori === segment) ?? null;
}

/** A name for a filter, for files made per state: "2021", "2023-over", "alle-under". */
export function filterKey({ år, kategori }: Filter): string {
	return kategori ? `${år}-${kategori}` : String(år);
}

/** Every overview state: each year filter, alone and with each class (21 pages). */
export function allFilters(): Filter[] {
	return YEAR_FILTERS.flatMap((år) => [null, ...KATEGORIER].map((kategori) => ({ år, kategori })));
}

/** The path of an overview state, without the base path: "/", "/2023", "/2023/over", "/2021/under". */
export function overviewPath({ år, kategori }: Filter): string {
	if (år === DEFAULT_FILTER.år && !kategori) return '/';
	return `/${år}${kategori ? `/${kategori}` : ''}`;
}

const latestYear = new Map<string, number>();
for (const edition of AWARD_EDITIONS) for (const n of edition.nominerte) latestYear.set(n.kommune.slug, edition.year);

/** The edition a kommune's page shows unless its address names another: its latest nomination, else 2021. */
export function kommuneYear(slug: string): number {
	return latestYear.get(slug) ?? AWARD_YEAR;
}

/** The path of a kommune's page showing an edition: "/kommune/halden" for its own, "/kommune/kinn/2021" for another. */
export function kommunePath(slug: string, år: YearFilter = kommuneYear(slug)): string {
	return år === kommuneYear(slug) ? kommuneHomePath(slug) : `${kommuneHomePath(slug)}/${år}`;
}

/** The path under /embed of a site path: "/" → "/embed", "/2023" → "/embed/2023". */
export function embedPath(path: string): string {
	return path === '/' ? '/embed' : `/embed${path}`;
}

/** The states of a kommune's page: each year filter, both classes. */
export function kommuneFilters(): Filter[] {
	return YEAR_FILTERS.map((år) => ({ år, kategori: null }));
}
