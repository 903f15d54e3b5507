/**
 * What the URL holds besides the route: the size-class filter `?kategori=under|over`.
 * Any other value is ignored (treated as no filter).
 */
import { base } from '$app/paths';
import { SIZE_CLASSES, type SizeClass } from './nominees';

export const KATEGORI_PARAM = 'kategori';

export function parseKategori(params: URLSearchParams): SizeClass | null {
	const value = params.get(KATEGORI_PARAM);
	return SIZE_CLASSES.find((klasse) => klasse === value) ?? null;
}

function withKategori(path: string, kategori: SizeClass | null): string {
	return kategori ? `${path}?${KATEGORI_PARAM}=${kategori}` : path;
}

/** Link to a kommune's page, keeping the filter. */
export function kommuneHref(slug: string, kategori: SizeClass | null = null): string {
	return withKategori(`${base}/kommune/${slug}`, kategori);
}

/** Link to the overview, keeping the filter. */
export function overviewHref(kategori: SizeClass | null = null): string {
	return withKategori(`${base}/`, kategori);
}
