/**
 * The start-up: the page is what the server drew until the visitor first reaches for it; then the
 * app starts (hydrates). A visitor who only reads never pays for hydrating, and nothing competes
 * with the first paint. Used by src/hooks.client.ts (`init`) and the root layout (`appStarted`);
 * src/hooks.server.ts and first-paint-bundle.ts shape what the HTML asks for.
 *
 *   first-reach.ts        the first pointer move or press, touch, key, focus, wheel or click
 *   first-paint.ts        when the static map has painted (what waits for it: prefetches, an embed's start)
 *   early-clicks.ts       a button clicked before the start is clicked again after it
 *   early-gestures.ts     a drag before the start moves the sheet or the static map
 *   page-code.ts          the page's own code, named in a <meta> and prefetched after the paint
 *   first-paint-bundle.ts  the Vite plugin: the start's chunk (`site`) apart from the pages' (`page`)
 *
 * What it relies on in SvelteKit (tests/e2e/start-up.test.ts fails, saying which, if an upgrade
 * changes one):
 *   - `init` in hooks.client.ts may return a promise, and hydration waits for it;
 *   - the server's `preload` option is asked about the start's scripts first, then about each page
 *     node (a path with `/nodes/`) and what it imports (server.ts);
 *   - the generated page nodes live under `.svelte-kit/generated/client-optimized/nodes/` (client/nodes in dev), which
 *     first-paint-bundle.ts keeps out of the start's chunk.
 */
import { base } from '$app/paths';
import { prefetchMapEngine } from './engine-files';
import { holdEarlyClicks, replayEarlyClicks } from './early-clicks';
import { listenForEarlyGestures } from './early-gestures';
import { registerServiceWorker } from '../offline/register';
import { firstPaintDone } from './first-paint';
import { firstReach, recordPointer, stopRecordingPointer } from './first-reach';
import { prefetchPageCode } from './page-code';

/**
 * For `init`: resolves when the app may start. An embed starts once its static map has painted:
 * it has no visitor to wait for before it tells the host page its height. A page marked
 * `data-start-at-once` (the not-found page, which must read the address to answer it) starts at once.
 */
export function startWhenReached(): Promise<void> {
	// First: a drag's closing click is swallowed before the click holder sees it.
	listenForEarlyGestures();
	holdEarlyClicks();
	// Where the pointer is before the start is kept, so the map can start with it (map/reach.ts).
	recordPointer();
	// The map's buttons show from here: a click on one is held until the app starts.
	document.documentElement.dataset.scripted = '';
	// After the map's paint: Lighthouse counts a download started before it as part of the paint.
	const painted = firstPaintDone();
	void painted.then(prefetchPageCode);
	// An embed's host page decides what happens offline.
	if (location.pathname.startsWith(`${base}/embed`)) return painted;
	void painted.then(registerServiceWorker);
	if (document.querySelector('[data-start-at-once]')) return Promise.resolve();
	if (document.querySelector('.map-area')) void painted.then(prefetchMapEngine);
	return firstReach();
}

/** Called once the app has started (the root layout's onMount). */
export function appStarted(): void {
	stopRecordingPointer();
	replayEarlyClicks();
	// Said on the page for the end-to-end tests and the bench, which wait for it.
	document.documentElement.dataset.appStarted = '';
}
