/**
 * Where the site is published, for canonical URLs and share images (which must be absolute).
 * Set VITE_SITE_ORIGIN at build time to deploy elsewhere; the base path comes from BASE_PATH.
 */
import { base } from '$app/paths';

export const SITE_NAME = 'Vertskommunekartet';
export const SITE_ORIGIN: string = (import.meta.env.VITE_SITE_ORIGIN ?? 'https://vertskommunekartet.no').replace(/\/$/, '');

/** Absolute URL of a site path such as "/kommune/rauma" (the base path is added here). */
export function absoluteUrl(path: string): string {
	return `${SITE_ORIGIN}${base}${path}`;
}

/** Absolute URL of an address the site links to, base path included: "/embed?år=2019" → "https://…/embed?år=2019". */
export function absoluteHref(href: string): string {
	return `${SITE_ORIGIN}${href}`;
}
