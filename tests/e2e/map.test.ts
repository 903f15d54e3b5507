import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { kategoriColour, MAP_COLOURS } from '../../src/lib/kategori-colours';
import { NOMINEES } from '../../src/lib/nominees';
import { countColour } from './pixels';
import { baseURL, launchBrowser, mapContainer, openPage, PHONE, waitForMap, mapScreenshot } from './util';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('the overview page /', () => {
	it('draws the map with both class colours, names all six nominees, and stays on the site', async () => {
		const { page, externalRequests, errors } = await openPage(browser, '/');
		await waitForMap(page);
		const canvas = await mapScreenshot(page);
		expect(countColour(canvas, MAP_COLOURS.land)).toBeGreaterThan(5_000);
		expect(countColour(canvas, MAP_COLOURS.sea)).toBeGreaterThan(5_000);
		expect(countColour(canvas, kategoriColour('under'))).toBeGreaterThan(20);
		expect(countColour(canvas, kategoriColour('over'))).toBeGreaterThan(20);

		const text = await page.locator('main').innerText();
		for (const nominee of NOMINEES) expect(text).toContain(nominee.navn);
		await expect(page.locator('.attribution').getByText('Kartgrunnlag: © Kartverket (CC BY 4.0)').isVisible()).resolves.toBe(true);
		expect(externalRequests).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('fits mainland Norway on a phone, with the legend naming each class', async () => {
		const { page, errors } = await openPage(browser, '/', { viewport: PHONE, hasTouch: true, isMobile: true });
		await waitForMap(page);
		const bounds = await page.evaluate(() => {
			const el = document.querySelector('.maplibregl-canvas') as HTMLCanvasElement;
			return el.getBoundingClientRect().toJSON();
		});
		expect(bounds.width).toBe(PHONE.width);
		const canvas = await mapScreenshot(page);
		// Båtsfjord (far north-east) and Arendal (far south) are both on screen.
		expect(countColour(canvas, kategoriColour('under'))).toBeGreaterThan(20);
		expect(countColour(canvas, kategoriColour('over'))).toBeGreaterThan(5);
		// On phones part of the wording is visually hidden; it is still the legend's text.
		const legend = (await page.locator('.legend').textContent())!.replace(/\s+/g, ' ');
		expect(legend).toContain('Nominert, under 15 000 innbyggere');
		expect(legend).toContain('Nominert, over 15 000 innbyggere');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('marks the map container ready only once the map is idle', async () => {
		const { page } = await openPage(browser, '/');
		await expect(mapContainer(page).getAttribute('data-map-ready')).resolves.toMatch(/true|false/);
		await waitForMap(page);
		const loaded = await page.evaluate(() => document.querySelectorAll('.maplibregl-canvas').length);
		expect(loaded).toBe(1);
		await page.context().close();
	});
});

describe('the static build', () => {
	it('answers an unknown path with status 404 and the site’s 404 page', async () => {
		const response = await fetch(`${baseURL()}/finnes/ikke`);
		expect(response.status).toBe(404);
		expect(await response.text()).toContain('Fant ikke siden');
	});
});
