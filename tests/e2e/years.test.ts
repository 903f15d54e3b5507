/**
 * The year control on the map: every edition 2019–2025 and «Alle år», chosen by mouse or keyboard,
 * recolouring the same map, keeping the class filter, in the URL.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from './fixtures';
import { yearMarks, type YearFilter } from '../../src/lib/award-history';
import type { Kategori } from '../../src/lib/nominees';
import { PHONE_CONTEXT, url } from './util';

/** The kommuner the map marks, by number: the nominee markers drawn. */
const markedOnMap = (page: Page) =>
	page.locator('.labels-frame a.map-label').evaluateAll((links) =>
		links
			.filter((link) => getComputedStyle(link).display !== 'none')
			.map((link) => link.className.match(/l-n(\d{4})/)![1])
			.sort()
	);

const winnersOnMap = (page: Page) =>
	page
		.locator('.labels-frame a.map-label.winner')
		.evaluateAll((links) => links.map((link) => link.className.match(/l-n(\d{4})/)![1]).sort());

const expected = (år: YearFilter, kategori: Kategori | null = null) =>
	yearMarks(år, kategori)
		.map((mark) => mark.nummer)
		.sort();
const expectedWinners = (år: YearFilter, kategori: Kategori | null = null) =>
	yearMarks(år, kategori)
		.filter((mark) => mark.vinner === true)
		.map((mark) => mark.nummer)
		.sort();

const yearRadio = (page: Page, name: string) => page.getByRole('radio', { name, exact: true });

describe('the year on the map', () => {
	it('recolours the map for the year clicked, winners marked, and puts the year in the URL', async ({ page }) => {
		await page.goto(url('/'));
		await expect.poll(() => markedOnMap(page)).toEqual(expected(2021));
		expect(await winnersOnMap(page)).toEqual(['1539', '4203']);
		for (const year of [2023, 2019, 2024] as const) {
			await yearRadio(page, String(year)).check();
			await page.waitForURL((address) => address.searchParams.get('år') === String(year));
			await expect.poll(() => markedOnMap(page)).toEqual(expected(year));
			expect(await winnersOnMap(page)).toEqual(expectedWinners(year));
			// The coloured shapes of the static map follow the year too.
			const shapes = await page.locator('.map-frame .shapes path').count();
			expect(shapes).toBeGreaterThan(0);
		}
		await yearRadio(page, '2021').check();
		await page.waitForURL((address) => !address.searchParams.has('år'));
		await expect.poll(() => markedOnMap(page)).toEqual(expected(2021));
	});

	it('steps through the years with the arrow keys, keeping the class filter', async ({ page }) => {
		await page.goto(url('/?kategori=over'));
		await expect.poll(() => yearRadio(page, '2021').isChecked()).toBe(true);
		await yearRadio(page, '2021').focus();
		await page.keyboard.press('ArrowRight');
		await page.waitForURL((address) => address.searchParams.get('år') === '2022' && address.searchParams.get('kategori') === 'over');
		await expect.poll(() => markedOnMap(page)).toEqual(expected(2022, 'over'));
		await page.keyboard.press('ArrowRight');
		await page.waitForURL((address) => address.searchParams.get('år') === '2023');
		await expect.poll(() => markedOnMap(page)).toEqual(expected(2023, 'over'));
		expect(await page.evaluate(() => document.activeElement?.getAttribute('value'))).toBe('2023');
	});

	it('marks every kommune ever nominated with «Alle år», naming the winners', async ({ page }) => {
		await page.goto(url('/?år=alle'));
		await expect.poll(() => markedOnMap(page)).toEqual(expected('alle'));
		// So many at once: only the winners carry a label beside their marker.
		const pills = await page.locator('.labels-frame a.map-label .pill').count();
		expect(pills).toBe(expectedWinners('alle').length);
		// Each marker says which years, to a screen reader too.
		expect(await page.locator('.labels-frame a.l-n1539').getAttribute('aria-label')).toMatch(/^Rauma, nominert 2019 og 2021, vinner/);
	});

	it('opens a shared link on its year, with the kommune coloured, on a phone', async ({ open }) => {
		const { page } = await open('/kommune/halden?år=2023', PHONE_CONTEXT);
		await expect.poll(() => page.locator('.map-frame .shapes path.over[data-nummer="3001"]').count()).toBe(1);
		expect(await page.locator('.map-frame .outline path').count()).toBe(1);
		// On a phone the legend with the year sits behind a button; on kommune pages it gives way to the locator.
		await page.goto(url('/?år=2023'));
		await page.getByRole('button', { name: 'Tegnforklaring' }).click();
		expect(await yearRadio(page, '2023').isChecked()).toBe(true);
		await yearRadio(page, '2025').check();
		await page.waitForURL((address) => address.searchParams.get('år') === '2025');
		await expect.poll(() => markedOnMap(page)).toEqual(expected(2025));
	});
});
