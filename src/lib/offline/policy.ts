import { CACHE_IMMUTABLE, cacheControl, isEmbedPath } from '../../../deploy/security-policy.js';

/**
 * What the service worker (src/service-worker.ts) keeps, and how the page and the worker talk:
 * shared by both, and tested on its own.
 */

/** The page shown for a page not yet seen while offline (src/routes/frakoblet). */
export const OFFLINE_PATH = '/frakoblet';

/** The message by which a page hands the worker what it loaded before the worker was there. */
export const KEEP_MESSAGE = 'keep';

/** The cache of one build: a new build's worker deletes every other. */
export const cacheName = (version: string) => `vertskommunekartet-${version}`;

/**
 * Whether the worker keeps `url`: a GET of this site under its base path, but not the worker
 * itself, the build's version file (which must say what the server has now), nor the embeds (whose
 * host page decides about being offline).
 */
export function isCacheable(url: URL, origin: string, base: string): boolean {
	if (url.origin !== origin || !(url.pathname === base || url.pathname.startsWith(`${base}/`))) return false;
	const path = url.pathname.slice(base.length);
	return path !== '/service-worker.js' && path !== '/_app/version.json' && !isEmbedPath(path);
}

/** Whether `url`'s name holds its content's hash (the README's cache policy): kept copies are never stale. */
export const isImmutable = (url: URL, base: string) => cacheControl(url.pathname.slice(base.length)) === CACHE_IMMUTABLE;
