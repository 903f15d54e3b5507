// When the app may start: after the static map has been painted, in a real browser (the component
// project in vite.config.ts). Each wait but the last has a limit far beyond the test's own timeout,
// so only what the test is about can end it.
import { afterEach, describe, expect, it } from 'vitest';
import { firstPaintDone } from './first-paint';

const NEVER = 60_000;
const SQUARE = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="400" height="400" fill="#4a7"/></svg>')}`;

function addImage(src: string, style: Partial<CSSStyleDeclaration> = {}): HTMLImageElement {
	const image = document.createElement('img');
	image.dataset.firstPaint = '';
	image.setAttribute('elementtiming', 'static-map');
	image.width = image.height = 400;
	Object.assign(image.style, { display: 'block', ...style });
	image.src = src;
	document.body.append(image);
	return image;
}

afterEach(() => document.querySelectorAll('img[data-first-paint]').forEach((image) => image.remove()));

describe('firstPaintDone', () => {
	it('lets the app start at once on a page without a static map', async () => {
		await expect(firstPaintDone(NEVER)).resolves.toBeUndefined();
	});

	it('waits until the map image has been painted', async () => {
		const image = addImage(SQUARE);
		const painted: Element[] = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) painted.push((entry as PerformanceEntry & { element: Element }).element);
		}).observe({ type: 'element', buffered: true });
		await firstPaintDone(NEVER);
		expect(image.complete).toBe(true);
		expect(painted).toContain(image);
	});

	it('does not wait for an image that failed to load', async () => {
		addImage('/no-such-map.svg');
		await expect(firstPaintDone(NEVER)).resolves.toBeUndefined();
	});

	it('does not wait for a failed image once the other has been painted', async () => {
		addImage(SQUARE);
		addImage('/no-such-map.svg');
		await expect(firstPaintDone(NEVER)).resolves.toBeUndefined();
	});

	it('does not wait for an image below the screen', async () => {
		addImage(SQUARE, { position: 'absolute', top: `${innerHeight + 1000}px` });
		await expect(firstPaintDone(NEVER)).resolves.toBeUndefined();
	});

	it('gives up after its limit when the image is never painted', async () => {
		addImage(SQUARE, { visibility: 'hidden' });
		const start = performance.now();
		await firstPaintDone(300);
		expect(performance.now() - start).toBeGreaterThanOrEqual(299);
	});
});
