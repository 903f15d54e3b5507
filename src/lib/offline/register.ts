/**
 * Registers the service worker (src/service-worker.ts) once the page has painted, before the app
 * starts: a reader who goes offline before touching the page still gets the pages they have seen
 * and a Norwegian answer for the rest. When the worker takes charge of this page, it is handed
 * what the page loaded before it was there (the page itself, its scripts, stylesheets and map).
 */
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { KEEP_MESSAGE } from './policy';

const handOver = (urls: string[]) => navigator.serviceWorker?.controller?.postMessage({ type: KEEP_MESSAGE, urls });

/** Asks the worker to keep the page now shown, reached by a client-side navigation (only its data file passed the worker). */
export const keepShownPage = () => handOver([location.href]);

/** When the current worker took charge of this page: what started loading before then did not pass it. */
let takenAt: number | undefined;

function handOverWhatWasLoaded() {
	const first = takenAt === undefined;
	takenAt = performance.now();
	handOver([location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]);
	if (!first) return;
	// And what was still loading then, as it finishes. Anything started later passed the worker
	// already: the tiles of a pan are not handed over a second time.
	new PerformanceObserver((list) => {
		const before = list.getEntries().filter((entry) => entry.startTime < takenAt!);
		if (before.length > 0) handOver(before.map((entry) => entry.name));
	}).observe({ type: 'resource' });
}

export function registerServiceWorker(): void {
	// In development the pages change as they are edited: nothing is kept.
	if (dev || !('serviceWorker' in navigator)) return;
	navigator.serviceWorker.addEventListener('controllerchange', handOverWhatWasLoaded);
	navigator.serviceWorker.register(`${base}/service-worker.js`).catch((error: unknown) => {
		// Without a worker (private browsing in some browsers, a policy), the site works as before online.
		console.warn(error);
	});
}
