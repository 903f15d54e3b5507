import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { startWhenReached } from '$lib/start/client';
import { FAILURE_TEXT, failureKind } from '$lib/failures/load-failure';

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

// The app starts at the visitor's first reach, not at load (src/lib/start/client.ts).
export const init: ClientInit = startWhenReached;
