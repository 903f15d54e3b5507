/**
 * What the URL holds besides the route: the size-class filter `?kategori=under|over`.
 * Any other value is ignored (treated as no filter).
 */
import { base } from '$app/paths';
import { KATEGORIER, type Kategori } from './nominees';

export const KATEGORI_PARAM = 'kategori';

export function parseKategori(params: URLSearchParams): Kategori | null {
	const value = params.get(KATEGORI_PARAM);
	return KATEGORIER.find((kategori) => kategori === value) ?? null;
}

function withKategori(path: string, kategori: Kategori | null): string {
	return kategori ? `${path}?${KATEGORI_PARAM}=${kategori}` : path;
}

/** Link to a kommune's page, keeping the filter. */
export function kommuneHref(slug: string, kategori: Kategori | null = null): string {
	return withKategori(`${base}/kommune/${slug}`, kategori);
}

/** Link to the overview, keeping the filter. */
export function overviewHref(kategori: Kategori | null = null): string {
	return withKategori(`${base}/`, kategori);
}
