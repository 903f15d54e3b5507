import { describe, expect, it } from './fixtures';
import { kategoriColour, MAP_COLOURS } from '../../src/lib/kategori-colours';
import { NOMINEES } from '../../src/lib/nominees';
import { countColour } from './pixels';
import { mapCanvas, mapScreenshot, PHONE, PHONE_CONTEXT, url, waitForMap } from './util';

describe('the overview page /', () => {
	it('draws the map with both class colours, names all six nominees, and stays on the site', async ({ open }) => {
		const { page, externalRequests, errors } = await open('/');
		await waitForMap(page);
		const canvas = await mapScreenshot(page);
		expect(countColour(canvas, MAP_COLOURS.land)).toBeGreaterThan(5_000);
		expect(countColour(canvas, MAP_COLOURS.sea)).toBeGreaterThan(5_000);
		expect(countColour(canvas, kategoriColour('under'))).toBeGreaterThan(20);
		expect(countColour(canvas, kategoriColour('over'))).toBeGreaterThan(20);

		const text = await page.locator('main').innerText();
		for (const nominee of NOMINEES) expect(text).toContain(nominee.navn);
		expect(await page.locator('.attribution').getByText('Kartgrunnlag: © Kartverket (CC BY 4.0)').isVisible()).toBe(true);
		expect(externalRequests).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('fits mainland Norway on a phone, with the legend naming each class', async ({ open }) => {
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

	it('marks the map container ready only once the map has loaded', async ({ page }) => {
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
		expect(await seen.getAttribute('data-ready-at-canvas')).toBe('false');
		// The controls come with the loaded map.
		expect(await seen.getAttribute('data-controls-at-ready')).toBe('true');
		expect(await mapCanvas(page).count()).toBe(1);
	});
});

describe('the static build', () => {
	it('answers an unknown path with status 404 and the site’s 404 page', async () => {
		const response = await fetch(url('/finnes/ikke'));
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('Fant ikke siden');
	});
});
