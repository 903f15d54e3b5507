/** An entry of the Element Timing API, not yet in TypeScript's DOM library. */
interface ElementTiming extends PerformanceEntry {
	readonly element: Element | null;
}

/** The longest the app waits for the static map before it starts all the same. */
export const FIRST_PAINT_LIMIT_MS = 2500;

/**
 * Resolves once the static map, each page's main content, is on screen: each image marked
 * `data-first-paint` (and `elementtiming`, so the browser reports its paint) has been painted or
 * has failed, and never later than `limitMs` after the page's scripts have run. What would compete
 * with that paint waits for it: an embed's start (hydration is one long task, about 0.1 s on a fast
 * machine, four times that on a mid-range phone) and the prefetch of MapLibre's files.
 */
export function firstPaintDone(limitMs = FIRST_PAINT_LIMIT_MS): Promise<void> {
	const images = [...document.querySelectorAll<HTMLImageElement>('img[data-first-paint]')];
	if (images.length === 0) return Promise.resolve();
	return new Promise<void>((done) => {
		const painted = new Set<Element>();
		const broken = (image: HTMLImageElement) => image.complete && image.naturalWidth === 0;
		let observer: PerformanceObserver | undefined;
		const timer = setTimeout(finish, limitMs);
		function finish() {
			clearTimeout(timer);
			observer?.disconnect();
			// A task after the current one, so the frame that shows the map is not held up either.
			setTimeout(done);
		}
		function check() {
			if (images.every((image) => painted.has(image) || broken(image))) finish();
		}

		for (const image of images) image.addEventListener('error', check, { once: true });
		if (PerformanceObserver.supportedEntryTypes?.includes('element')) {
			observer = new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as ElementTiming[]) if (entry.element) painted.add(entry.element);
				check();
			});
			observer.observe({ type: 'element', buffered: true });
			check();
		} else {
			// Without element timing (Safari, Firefox): once the images are decoded and a frame is drawn.
			Promise.allSettled(images.map((image) => image.decode())).then(() => requestAnimationFrame(finish));
		}
	});
}
