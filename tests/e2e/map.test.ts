import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { kategoriColour, MAP_COLOURS } from '../../src/lib/map/kategori-colours';
import { NOMINEES } from '../../src/lib/award/nominees';
import { FIRST_PAINT_LIMIT_MS } from '../../src/lib/start/first-paint';
import { countColour } from './pixels';
import {
	waitForAppStart,
	appStarted,
	filterLink,
	mapCanvas,
	mapScreenshot,
	PHONE,
	PHONE_CONTEXT,
	searchField,
	url,
	waitForMap
} from './util';

test.describe('the overview page /', () => {
	test('draws the map with both class colours, names all six nominees, and stays on the site', async ({ open }) => {
		const { page, externalRequests, errors } = await open('/');
		await waitForMap(page);
		const canvas = await mapScreenshot(page);
		expect(countColour(canvas, MAP_COLOURS.land)).toBeGreaterThan(5_000);
		expect(countColour(canvas, MAP_COLOURS.sea)).toBeGreaterThan(5_000);
		expect(countColour(canvas, kategoriColour('under'))).toBeGreaterThan(20);
		expect(countColour(canvas, kategoriColour('over'))).toBeGreaterThan(20);

		const text = await page.getByRole('main').innerText();
		for (const nominee of NOMINEES) expect(text).toContain(nominee.navn);
		await expect(page.locator('.attribution').getByText('Kartgrunnlag: © Kartverket (CC BY 4.0)')).toBeVisible();
		expect(externalRequests).toEqual([]);
		expect(errors).toEqual([]);
	});

	test('fits mainland Norway on a phone, with the legend naming each class', async ({ open }) => {
		const { page, errors } = await open('/', PHONE_CONTEXT);
		await waitForMap(page);
		expect((await mapCanvas(page).boundingBox())?.width).toBe(PHONE.width);
		const canvas = await mapScreenshot(page);
		// Båtsfjord (far north-east) and Arendal (far south) are both on screen.
		expect(countColour(canvas, kategoriColour('under'))).toBeGreaterThan(20);
		expect(countColour(canvas, kategoriColour('over'))).toBeGreaterThan(5);
		// On phones part of the wording is visually hidden; it is still the legend's text.
		const legend = (await page.locator('.legend').textContent())!.replace(/\s+/g, ' ');
		expect(legend).toContain('Nominert, under 15 000 innbyggere');
		expect(legend).toContain('Nominert, over 15 000 innbyggere');
		expect(errors).toEqual([]);
	});

	test('marks the map container ready only once the map has loaded', async ({ page }) => {
		// What the page looked like when MapLibre put its canvas on it, and when the container said ready.
		await page.addInitScript(() => {
			new MutationObserver(() => {
				const seen = document.documentElement.dataset;
				const container = document.querySelector<HTMLElement>('[data-map-ready]');
				if (!seen.readyAtCanvas && document.querySelector('.maplibregl-canvas')) seen.readyAtCanvas = container?.dataset.mapReady;
				if (!seen.controlsAtReady && container?.dataset.mapReady === 'true') {
					seen.controlsAtReady = String(document.querySelector('button[aria-label="Zoom inn"]') !== null);
				}
			}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-map-ready'] });
		});
		await page.goto(url('/'));
		await waitForMap(page);
		const seen = page.locator('html');
		await expect(seen).toHaveAttribute('data-ready-at-canvas', 'false');
		// The controls come with the loaded map.
		await expect(seen).toHaveAttribute('data-controls-at-ready', 'true');
		await expect(mapCanvas(page)).toHaveCount(1);
	});
});

/** Holds back the answer for `pattern` until the returned function is called. */
async function holdImage(page: Page, pattern: string): Promise<() => void> {
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(pattern, async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

test.describe('starting up', () => {
	/** Notes on <html> when the map image was painted and when the app had started. */
	const recordStart = () => {
		// Read when noted: the init script runs before <html> exists.
		const seen = () => document.documentElement.dataset;
		// The scripts the page names in its HTML (its first paint's); the start adds more links later.
		let named = new Set<string>();
		document.addEventListener('DOMContentLoaded', () => {
			named = new Set([...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map((link) => link.href));
		});
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) seen().mapPaintedAt ??= String(entry.startTime);
		}).observe({ type: 'element', buffered: true });
		new MutationObserver(() => {
			if (seen().startedAt || !('appStarted' in seen())) return;
			seen().startedAt = String(performance.now());
			// When the last of them had arrived.
			const arrived = performance.getEntriesByType('resource').filter((entry) => named.has(entry.name));
			seen().scriptsArrivedAt = String(Math.max(...arrived.map((entry) => (entry as PerformanceResourceTiming).responseEnd)));
		}).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-app-started'] });
	};
	const noted = async (page: Page, name: string) => Number(await page.locator('html').getAttribute(name));
	const MAPLIBRE = /\/maplibre-gl\.[\w-]+\.(js|css)$/;
	/** MapLibre's files as they finish loading. */
	const maplibreFiles = (page: Page) => {
		const files: string[] = [];
		page.on('requestfinished', (request) => {
			if (MAPLIBRE.test(request.url())) files.push(request.url());
		});
		return files;
	};

	test('leaves the page as drawn, MapLibre only in the cache, until the visitor reaches for it with a key', async ({ page }) => {
		const prefetched = maplibreFiles(page);
		// Not the tests' usual goto, which reaches for the page at once.
		await page.goto(url('/'), { waitUntil: 'networkidle' });
		await expect.poll(() => prefetched.length).toBe(2);
		expect(await appStarted(page)).toBe(false);
		expect(await page.evaluate(() => 'maplibregl' in window)).toBe(false);
		await expect(mapCanvas(page)).toHaveCount(0);

		await page.keyboard.press('Tab');
		await waitForAppStart(page);
		// Focus moved on to the skip link, as it would have without the app.
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til innholdet');
	});

	test('runs MapLibre from the cache on the reach, the prefetched files going over the network once', async ({ page }) => {
		const prefetched = maplibreFiles(page);
		await page.goto(url('/'), { waitUntil: 'networkidle' });
		await expect.poll(() => prefetched.length).toBe(2);
		await waitForMap(page);
		// The script that runs MapLibre came from the cache: nothing went over the network for it.
		const scriptTransfers = await page.evaluate(() =>
			performance
				.getEntriesByType('resource')
				.filter((entry) => /maplibre-gl\.[\w-]+\.js$/.test(entry.name) && (entry as PerformanceResourceTiming).initiatorType === 'script')
				.map((entry) => (entry as PerformanceResourceTiming).transferSize)
		);
		expect(scriptTransfers).toEqual([0]);
	});

	test('fetches the page’s own code after the first paint, and runs it from the cache at the reach', async ({ page }) => {
		const later = (await (await fetch(url('/kommune/kinn'))).text())
			.match(/<meta name="vertskommunekartet:page-code" content="([^"]+)"/)![1]
			.split(' ');
		const prefetched: string[] = [];
		page.on('requestfinished', (request) => {
			if (later.some((path) => request.url().endsWith(path))) prefetched.push(request.url());
		});
		await page.goto(url('/kommune/kinn'), { waitUntil: 'networkidle' });
		await expect.poll(() => prefetched.length).toBe(later.length);
		expect(await appStarted(page)).toBe(false);
		await page.keyboard.press('Shift');
		await waitForAppStart(page);
		// Each of them ran as a module, and none went over the network a second time.
		const moduleTransfers = await page.evaluate(
			(later) =>
				performance
					.getEntriesByType('resource')
					.filter(
						(entry) => later.some((path) => entry.name.endsWith(path)) && (entry as PerformanceResourceTiming).initiatorType !== 'link'
					)
					.map((entry) => (entry as PerformanceResourceTiming).transferSize),
			later
		);
		expect(moduleTransfers.length).toBeGreaterThan(0);
		expect(moduleTransfers.every((size) => size === 0)).toBe(true);
	});

	test('starts an embed by itself once its static map has painted', async ({ page }) => {
		await page.addInitScript(recordStart);
		await page.goto(url('/embed/kommune/kinn'), { waitUntil: 'networkidle' });
		await waitForAppStart(page);
		expect(await noted(page, 'data-map-painted-at')).toBeGreaterThan(0);
		expect(await noted(page, 'data-started-at')).toBeGreaterThan(await noted(page, 'data-map-painted-at'));
	});

	test('starts an embed whose map image is slow after a while all the same', async ({ page }) => {
		const release = await holdImage(page, '**/kart/kinn.svg');
		await page.addInitScript(recordStart);
		await page.goto(url('/embed/kommune/kinn'), { waitUntil: 'commit' });
		await waitForAppStart(page);
		// Counted from when the page's scripts had arrived, with the image still on its way.
		expect(await noted(page, 'data-started-at')).toBeGreaterThanOrEqual(
			(await noted(page, 'data-scripts-arrived-at')) + FIRST_PAINT_LIMIT_MS - 100
		);
		expect(await page.locator('html').getAttribute('data-map-painted-at')).toBeNull();
		release();
		await expect.poll(() => noted(page, 'data-map-painted-at')).toBeGreaterThan(0);
	});

	test('keeps a click on a button made before the app has started, and answers it once it has', async ({ page }) => {
		await page.goto(url('/kommune/kinn'), { waitUntil: 'networkidle' });
		expect(await appStarted(page)).toBe(false);
		await page.getByRole('button', { name: 'Bygg inn' }).click();
		await page.getByRole('dialog', { name: /Bygg inn/ }).waitFor();
	});

	test('follows an edition chosen before the app has started to that edition’s page', async ({ page }) => {
		await page.goto(url('/'), { waitUntil: 'networkidle' });
		expect(await appStarted(page)).toBe(false);
		await filterLink(page, '2023').click();
		await page.waitForURL(url('/2023'));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Årets vertskommune 2023', { useInnerText: true });
		await expect(filterLink(page, '2023')).toHaveAttribute('aria-current', 'page');
	});

	test('keeps text typed into the search before the app has started, and lists its hits once it has', async ({ page }) => {
		await page.goto(url('/'), { waitUntil: 'networkidle' });
		expect(await appStarted(page)).toBe(false);
		await searchField(page).pressSequentially('Rau');
		await expect(page.getByRole('option').first()).toContainText('Rauma', { useInnerText: true });
		await expect(searchField(page)).toHaveValue('Rau');
	});
});

test.describe('the static build', () => {
	test('names for preloading only the start’s scripts, with all they import, and the page’s own code for later', async () => {
		const html = await (await fetch(url('/kommune/kinn'))).text();
		const preloaded = [...html.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map((match) => match[1]);
		const later = html.match(/<meta name="vertskommunekartet:page-code" content="([^"]+)"/)![1].split(' ');
		expect(preloaded.filter((path) => path.includes('/entry/'))).toHaveLength(2);
		expect(later.filter((path) => path.includes('/nodes/')).length).toBeGreaterThan(0);
		expect(preloaded.filter((path) => later.includes(path))).toEqual([]);
		// No script the start runs waits for another to arrive first: each one's imports are preloaded too.
		for (const path of preloaded) {
			const code = await (await fetch(url(path))).text();
			for (const [, imported] of code.matchAll(/from"(\.{1,2}\/[^"]+)"/g)) {
				expect(preloaded).toContain(new URL(imported, url(path)).pathname);
			}
		}
	});

	test('answers an unknown path with status 404 and the site’s 404 page', async () => {
		const response = await fetch(url('/finnes/ikke'));
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('Fant ikke siden');
	});
});
