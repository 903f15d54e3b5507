import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { base } from '$app/paths';
import { holdEarlyClicks } from '$lib/early-clicks';
import { firstPaintDone } from '$lib/first-paint';
import { firstReach } from '$lib/first-reach';
import { prefetchMapEngine } from '$lib/map/engine-files';
import { prefetchViewCode } from '$lib/view-code';
import { FAILURE_TEXT, failureKind } from '$lib/load-failure';

/**
 * An error while loading a page in the browser (no connection, a broken or missing data file, a
 * script that is gone after a new deploy). The error page (src/routes/+error.svelte) shows it in
 * Norwegian and offers to load the page again. Answers with an error status (e.g. a `__data.json`
 * that fails with 500) reach the error page without passing here.
 */
export const handleError: HandleClientError = ({ error, status }) => {
	if (status === 404) return { message: 'Fant ikke siden' };
	console.warn(error);
	const kind = failureKind(error, navigator.onLine);
	return { message: FAILURE_TEXT[kind].title, kind };
};

/**
 * The app starts (hydrates) when the visitor first reaches for the page (first-reach.ts); a control
 * clicked before it has started is clicked again then. Its code (view-code.ts) and MapLibre's files
 * are fetched meanwhile, once the static map has painted. An embed starts once its static map has painted: it has no visitor to wait
 * for before it tells the host page its height.
 */
export const init: ClientInit = () => {
	holdEarlyClicks();
	// The map's buttons show from here: a click on one is held until the app starts.
	document.documentElement.dataset.scripted = '';
	// After the map's paint: Lighthouse counts a download started before it as part of the paint.
	const painted = firstPaintDone();
	void painted.then(prefetchViewCode);
	if (location.pathname.startsWith(`${base}/embed`)) return painted;
	if (document.querySelector('.map-area')) void painted.then(prefetchMapEngine);
	return firstReach();
};
