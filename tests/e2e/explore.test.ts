import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { kategoriColour } from '../../src/lib/kategori-colours';
import { countColour, findColour } from './pixels';
import { launchBrowser, openPage, waitForMap, mapScreenshot } from './util';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

describe('tooltip', () => {
	it('names the kommune under the mouse, its county and class, beside the pointer and inside the map', async () => {
		const { page } = await openPage(browser, '/');
		await waitForMap(page);
		const canvas = page.locator('.maplibregl-canvas');
		const box = (await canvas.boundingBox())!;
		const target = findColour(await mapScreenshot(page), kategoriColour('under'))!;
		expect(target).toBeDefined();
		await page.mouse.move(box.x + target.x - 40, box.y + target.y + 40);
		await page.mouse.move(box.x + target.x, box.y + target.y, { steps: 4 });
		const tooltip = page.getByRole('tooltip');
		await tooltip.waitFor();
		const text = (await tooltip.innerText()).replace(/\s+/g, ' ');
		expect(text).toMatch(/^(Båtsfjord Troms og Finnmark|Vestre Toten Innlandet|Rauma Møre og Romsdal) Nominert, under 15 000 innbyggere$/);
		const tip = (await tooltip.boundingBox())!;
		const pointer = { x: box.x + target.x, y: box.y + target.y };
		const covers = pointer.x >= tip.x && pointer.x <= tip.x + tip.width && pointer.y >= tip.y && pointer.y <= tip.y + tip.height;
		expect(covers).toBe(false);
		expect(tip.x).toBeGreaterThanOrEqual(box.x);
		expect(tip.x + tip.width).toBeLessThanOrEqual(box.x + box.width);
		expect(tip.y + tip.height).toBeLessThanOrEqual(box.y + box.height);

		// A kommune that was not nominated: name and county only.
		await page.mouse.move(box.x + box.width * 0.62, box.y + box.height * 0.62);
		const plain = await tooltip.innerText().catch(() => '');
		expect(plain).not.toContain('Nominert');

		await page.mouse.move(box.x + 2, box.y + 2);
		await expect.poll(() => tooltip.count()).toBe(0);
		await page.context().close();
	});

	it('keeps near the right edge inside the map by flipping to the left of the pointer', async () => {
		const { page } = await openPage(browser, '/');
		await waitForMap(page);
		const canvas = page.locator('.maplibregl-canvas');
		const box = (await canvas.boundingBox())!;
		// Båtsfjord is Norway's north-eastern corner: the rightmost pixels of the "under" colour.
		const right = findColour(await mapScreenshot(page), kategoriColour('under'), 'rightmost')!;
		// A step inside the shape from its easternmost pixel.
		const pointer = { x: box.x + right.x - 3, y: box.y + right.y };
		await page.mouse.move(pointer.x, pointer.y, { steps: 3 });
		const tooltip = page.getByRole('tooltip');
		await tooltip.waitFor();
		expect(await tooltip.innerText()).toContain('Båtsfjord');
		const tip = (await tooltip.boundingBox())!;
		expect(tip.x + tip.width).toBeLessThanOrEqual(box.x + box.width);
		await page.context().close();
	});
});

describe('map controls', () => {
	it('zooms out to all of Norway from a kommune with "Vis hele Norge"', async () => {
		const { page } = await openPage(browser, '/kommune/kinn');
		await waitForMap(page);
		expect(countColour(await mapScreenshot(page), kategoriColour('under'))).toBe(0);
		await page.getByRole('button', { name: 'Vis hele Norge' }).click();
		await expect.poll(async () => countColour(await mapScreenshot(page), kategoriColour('under'))).toBeGreaterThan(20);
		await page.context().close();
	});

	it('zooms in and out with the buttons', async () => {
		const { page } = await openPage(browser, '/', { reducedMotion: 'reduce' });
		await waitForMap(page);
		const before = countColour(await mapScreenshot(page), kategoriColour('over'));
		await page.getByRole('button', { name: 'Zoom inn' }).click();
		await expect.poll(async () => countColour(await mapScreenshot(page), kategoriColour('over'))).not.toBe(before);
		await page.context().close();
	});
});
