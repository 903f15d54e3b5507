/**
 * The view as the current page's URL holds it: class filter and year. Prerendered HTML knows no
 * query string, so until the app has hydrated this reports the defaults (all classes, 2021); the
 * page then updates to what the URL asks for.
 */
import { page } from '$app/state';
import { DEFAULT_VIEW, parseKategori, parseYear, type ViewParams } from './url-state';
import type { Kategori } from './nominees';
import type { YearFilter } from './award-history';

let hydrated = $state(false);

/** Called once from the root layout's onMount. */
export function markHydrated(): void {
	hydrated = true;
}

export function currentKategori(): Kategori | null {
	return hydrated ? parseKategori(page.url.searchParams) : null;
}

export function currentYear(): YearFilter {
	return hydrated ? parseYear(page.url.searchParams) : DEFAULT_VIEW.år;
}

/** Class filter and year together, for links that keep both. */
export function currentView(): ViewParams {
	return { kategori: currentKategori(), år: currentYear() };
}
