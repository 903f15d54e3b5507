import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { kategoriColour, MAP_COLOURS } from '../../src/lib/map/kategori-colours';
import { KOMMUNER } from '../../src/lib/kommuner/geography';
import { nomineeByNummer } from '../../src/lib/award/nominees';
import { countColour } from './pixels';
import { mapButton, mapCanvas, mapScreenshot, openMapPixel, REDUCED_MOTION, tooltip, url, waitForMap } from './util';

const tooltipText = async (page: Page) => (await tooltip(page).innerText()).replace(/\s+/g, ' ');

test.describe('tooltip', () => {
	test('names the kommune under the mouse, its county and class, beside the pointer and inside the map', async ({ page }) => {
		await page.goto(url('/'));
		await waitForMap(page);
		const box = (await mapCanvas(page).boundingBox())!;
		const pointer = await openMapPixel(page, kategoriColour('under'));
		await page.mouse.move(pointer.x - 40, pointer.y + 40);
		await page.mouse.move(pointer.x, pointer.y, { steps: 4 });
		await tooltip(page).waitFor();
		const text = await tooltipText(page);
		expect(text).toMatch(
			/^(Båtsfjord Troms og Finnmark Nominert|Vestre Toten Innlandet Nominert|Rauma Møre og Romsdal Vinner), under 15 000 innbyggere$/
		);
		const tip = (await tooltip(page).boundingBox())!;
		const covers = pointer.x >= tip.x && pointer.x <= tip.x + tip.width && pointer.y >= tip.y && pointer.y <= tip.y + tip.height;
		expect(covers).toBe(false);
		expect(tip.x).toBeGreaterThanOrEqual(box.x);
		expect(tip.x + tip.width).toBeLessThanOrEqual(box.x + box.width);
		expect(tip.y + tip.height).toBeLessThanOrEqual(box.y + box.height);

		// A kommune that was not nominated: name and county only.
		const plain = await openMapPixel(page, MAP_COLOURS.land);
		await page.mouse.move(plain.x, plain.y, { steps: 4 });
		await expect.poll(() => tooltipText(page)).not.toBe(text);
		const names = KOMMUNER.filter((kommune) => !nomineeByNummer(kommune.nummer)).map((kommune) => `${kommune.navn} ${kommune.fylke}`);
		expect(names).toContain(await tooltipText(page));

		await page.mouse.move(box.x + 2, box.y + 2);
		await expect(tooltip(page)).toHaveCount(0);
	});

	test('keeps near the right edge inside the map by flipping to the left of the pointer', async ({ page }) => {
		await page.goto(url('/'));
		await waitForMap(page);
		const box = (await mapCanvas(page).boundingBox())!;
		// Båtsfjord is Norway's north-eastern corner: the first pixels of the "under" colour in reading order are its.
		const pointer = await openMapPixel(page, kategoriColour('under'));
		await page.mouse.move(pointer.x, pointer.y, { steps: 3 });
		await tooltip(page).waitFor();
		await expect(tooltip(page)).toContainText('Båtsfjord', { useInnerText: true });
		const tip = (await tooltip(page).boundingBox())!;
		expect(tip.x + tip.width).toBeLessThanOrEqual(box.x + box.width);
	});
});

test.describe('map controls', () => {
	test('zooms out to all of Norway from a kommune with "Vis hele Norge"', async ({ page }) => {
		// Kinn in 2021: no nominee under 15 000 in sight.
		await page.goto(url('/kommune/kinn/2021'));
		await waitForMap(page);
		expect(countColour(await mapScreenshot(page), kategoriColour('under'))).toBe(0);
		await mapButton(page, 'Vis hele Norge').click();
		await expect.poll(async () => countColour(await mapScreenshot(page), kategoriColour('under'))).toBeGreaterThan(20);
	});

	test('zooms in and back out with the buttons', async ({ open }) => {
		const { page } = await open('/', REDUCED_MOTION);
		await waitForMap(page);
		const landPixels = async () => countColour(await mapScreenshot(page), MAP_COLOURS.land);
		// The map's zoom after its last move, as the map reports it on its container.
		const zoom = async () => Number(await page.locator('[data-map-ready]').getAttribute('data-zoom'));
		const start = await landPixels();
		await mapButton(page, 'Zoom inn').click();
		// Closer in, land fills more of the map than the sea around all of Norway did.
		await expect.poll(landPixels).toBeGreaterThan(start * 1.2);
		const zoomedIn = await zoom();
		const closeUp = await landPixels();
		await mapButton(page, 'Zoom ut').click();
		// One step back out, and the land shrinks again (the exact pixels of the first paint are not
		// compared: a loaded machine's first shot can catch the handoff or a tile mid-draw).
		await expect.poll(zoom).toBeCloseTo(zoomedIn - 1, 2);
		await expect.poll(landPixels).toBeLessThan(closeUp / 1.2);
	});
});
