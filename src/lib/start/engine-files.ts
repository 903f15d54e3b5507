/**
 * MapLibre's files, and their prefetch: when the browser is idle after load, the script and
 * stylesheet go into the HTTP cache without running, unless the visitor saves data or is on 2G.
 * Small on purpose: every page loads it.
 */
import maplibreUrlAsset from 'maplibre-gl/dist/maplibre-gl.js?url';
import maplibreCssUrlAsset from 'maplibre-gl/dist/maplibre-gl.css?url';

export const maplibreUrl: string = maplibreUrlAsset;
export const maplibreCssUrl: string = maplibreCssUrlAsset;

function saveData(): boolean {
	const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
	return Boolean(connection?.saveData) || /(^|-)2g$/.test(connection?.effectiveType ?? '');
}

let prefetched = false;

/** Puts MapLibre's files in the HTTP cache when the browser is idle after load, without running them. */
export function prefetchMapEngine(): void {
	if (prefetched || saveData()) return;
	prefetched = true;
	if (document.readyState === 'complete') prefetchWhenIdle();
	else addEventListener('load', prefetchWhenIdle, { once: true });
}

function prefetchWhenIdle() {
	const idle = window.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1500));
	idle(() => {
		for (const [href, as] of [
			[maplibreUrl, 'script'],
			[maplibreCssUrl, 'style']
		]) {
			const link = document.createElement('link');
			link.rel = 'prefetch';
			link.as = as;
			link.href = href;
			document.head.append(link);
		}
	});
}
