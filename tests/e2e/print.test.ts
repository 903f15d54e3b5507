/**
 * Printing: a kommune page and the overview on A4 as the map's static view, the text and its
 * source, with nothing that is only for the screen. Checked in the print layout itself, and by
 * printing to PDF in Chromium (the pages were looked at as images with pdftoppm while this was
 * written; the test reads the PDF's page boxes, so it needs no PDF tools).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { NOMINEES } from '../../src/lib/award/nominees';
import { pagePoint, staticMap, url, waitForMap, mapMarker } from './util';

/** What must not be on paper: the site's header, the sheet's handle, the map's controls and legend, buttons. */
const SCREEN_ONLY = [
	'.site-header',
	'.skip-link',
	'.handle',
	'.filter-bar',
	'.controls-slot',
	'.legend-slot',
	'.gl-map',
	'.embed-button',
	'.share'
];

async function printLayout(page: Page) {
	await page.emulateMedia({ media: 'print' });
	return page.evaluate((screenOnly) => {
		const shown = (element: Element) => {
			const box = element.getBoundingClientRect();
			return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
		};
		const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
		return {
			onPaper: screenOnly.filter((selector) => [...document.querySelectorAll(selector)].some(shown)),
			map: rect('.map-area').toJSON() as DOMRect,
			staticView: shown(document.querySelector('.map-frame:not(.labels-frame) img')!),
			heading: rect('h1').toJSON() as DOMRect,
			attribution: document.querySelector('.map-area .attribution')!.textContent,
			text: document.querySelector('main')!.textContent ?? ''
		};
	}, SCREEN_ONLY);
}

/** The page boxes of a PDF from Chromium (points): one /MediaBox per page. */
function pageSizes(pdf: Buffer): number[][] {
	return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((m) => m[1].trim().split(/\s+/).map(Number));
}

const A4 = [595.92, 842.88];

test.describe('print', () => {
	test('puts a kommune page on A4 as the static map, then the text and its source, without controls', async ({ page }) => {
		await page.goto(url('/kommune/rauma'));
		await staticMap(page).waitFor();
		const layout = await printLayout(page);
		expect(layout.onPaper).toEqual([]);
		expect(layout.staticView).toBe(true);
		expect(layout.map.height).toBeGreaterThan(300);
		// The map comes first, the text below it.
		expect(layout.heading.top).toBeGreaterThanOrEqual(layout.map.bottom);
		expect(layout.attribution).toContain('Kartverket');
		expect(layout.attribution).toContain('Kilde: KS og NHO');
		expect(layout.text).toContain('Juryens begrunnelse');
		expect(layout.text).toMatch(/Kilder: pressemelding fra KS og NHO \(2021\)\s+og\s+kildene for hvert\s+år/);

		const sizes = pageSizes(await page.pdf({ format: 'A4', printBackground: true }));
		expect(sizes.length).toBeGreaterThanOrEqual(1);
		expect(sizes.length).toBeLessThanOrEqual(3);
		for (const [, , width, height] of sizes) {
			expect(width).toBeCloseTo(A4[0], 0);
			expect(height).toBeCloseTo(A4[1], 0);
		}
	});

	test('puts the overview on A4 the same way', async ({ page }) => {
		await page.goto(url('/'));
		await staticMap(page).waitFor();
		const layout = await printLayout(page);
		expect(layout.onPaper).toEqual([]);
		expect(layout.heading.top).toBeGreaterThanOrEqual(layout.map.bottom);
		expect(layout.text).toContain('Rauma og Arendal vant');
		expect(pageSizes(await page.pdf({ format: 'A4', printBackground: true })).length).toBeLessThanOrEqual(3);
	});

	test('fits a kommune that was not nominated, its nearest nominees and the footer on one sheet', async ({ page }) => {
		await page.goto(url('/kommune/oslo'));
		await staticMap(page).waitFor();
		expect((await printLayout(page)).text).toContain('Nærmeste nominerte');
		expect(pageSizes(await page.pdf({ format: 'A4', printBackground: true })).length).toBe(1);
	});

	test('leaves off what the pointer and keyboard were doing: the tooltip, the open legend, focus rings', async ({ open }) => {
		// A map small enough that its legend is behind a button, opened; the mouse over a kommune; a nominee's label focused.
		const { page } = await open('/', { viewport: { width: 1024, height: 768 } });
		await waitForMap(page);
		await page.getByRole('button', { name: 'Tegnforklaring' }).click();
		await expect(page.locator('.legend-panel')).toBeVisible();
		const hattfjelldal = await pagePoint(page, [14.2, 65.55]);
		await page.mouse.move(hattfjelldal.x, hattfjelldal.y);
		await expect(page.getByRole('tooltip')).toBeVisible();
		await page.keyboard.press('Shift+Tab');
		await mapMarker(page, NOMINEES[0].nummer).focus();
		const ring = () =>
			page.evaluate(() => {
				const pill = document.activeElement?.querySelector('.pill');
				return pill ? getComputedStyle(pill).outlineStyle : 'no focused label';
			});
		expect(await ring()).toBe('solid');
		const layout = await printLayout(page);
		expect(layout.onPaper).toEqual([]);
		await expect(page.getByRole('tooltip')).toBeHidden();
		await expect(page.locator('.legend-panel')).toBeHidden();
		expect(await ring()).toBe('none');
	});

	test('prints the static view also after the interactive map has taken over', async ({ page }) => {
		await page.goto(url('/kommune/kinn'));
		await waitForMap(page);
		const layout = await printLayout(page);
		expect(layout.onPaper).toEqual([]);
		expect(layout.staticView).toBe(true);
	});
});
