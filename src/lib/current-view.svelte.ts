/**
 * The filter as the current page's URL holds it. Prerendered HTML knows no query string, so until
 * the app has hydrated this reports "no filter"; the page then updates to what the URL asks for.
 */
import { page } from '$app/state';
import { parseKategori } from './url-state';
import type { Kategori } from './nominees';

let hydrated = $state(false);

/** Called once from the root layout's onMount. */
export function markHydrated(): void {
	hydrated = true;
}

export function currentKategori(): Kategori | null {
	return hydrated ? parseKategori(page.url.searchParams) : null;
}
