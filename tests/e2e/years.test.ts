/**
 * The edition and class controls: a link to every edition 2019–2025, «Alle år» and each class, each
 * the page of that state, followed by mouse or keyboard, keeping the class; on a kommune's page, its
 * pages in each edition.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { yearMarks } from '../../src/lib/award/award-history';
import type { YearFilter } from '../../src/lib/url/paths';
import type { Kategori } from '../../src/lib/award/nominees';
import { filterControls, filterLink, PHONE, PHONE_CONTEXT, startApp, url, selectedOutline } from './util';
import { YEAR_FILTERS } from '../../src/lib/url/paths';

/** The kommuner the map marks, by number: the nominee markers drawn. */
// The map's own marks; an inset of southern Norway, where there is one, repeats some of them larger.
const markedOnMap = (page: Page) =>
	page.locator('.labels-frame a.map-label:not(.inset-frame *)').evaluateAll((links) =>
		links
			.filter((link) => getComputedStyle(link).display !== 'none')
			.map((link) => link.className.match(/l-n(\d{4})/)![1])
			.sort()
	);

const winnersOnMap = (page: Page) =>
	page
		.locator('.labels-frame a.map-label.winner:not(.inset-frame *)')
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

const N = '\u00a0';

test.describe('the edition and class controls', () => {
	test('lead to each edition’s own page, which marks its nominees and winners on the map and keeps the class', async ({ page }) => {
		await page.goto(url('/'));
		await expect.poll(() => markedOnMap(page)).toEqual(expected(2021));
		expect(await winnersOnMap(page)).toEqual(expectedWinners(2021));
		for (const year of [2023, 2019, 2024] as const) {
			await filterLink(page, String(year)).click();
			await page.waitForURL(url(`/${year}`));
			await expect.poll(() => markedOnMap(page)).toEqual(expected(year));
			expect(await winnersOnMap(page)).toEqual(expectedWinners(year));
			await expect(filterLink(page, String(year))).toHaveAttribute('aria-current', 'page');
			// The coloured shapes of the static map follow the edition too.
			await expect(page.locator('.map-frame .shapes path')).toHaveCount(expected(year).length);
		}
		await filterLink(page, /^Over 15/).click();
		await page.waitForURL(url('/2024/over'));
		await filterLink(page, '2021').click();
		await page.waitForURL(url('/2021/over'));
		await expect.poll(() => markedOnMap(page)).toEqual(expected(2021, 'over'));
		await filterLink(page, 'Alle klasser').click();
		await page.waitForURL(url('/'));
		await expect.poll(() => markedOnMap(page)).toEqual(expected(2021));
	});

	test('are reached and followed with the keyboard, focus kept on the control', async ({ page }) => {
		await page.goto(url('/2021/over'));
		await startApp(page);
		await filterLink(page, '2021').focus();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2022');
		await page.keyboard.press('Enter');
		await page.waitForURL(url('/2022/over'));
		await expect.poll(() => markedOnMap(page)).toEqual(expected(2022, 'over'));
		// Once the app has started the page changes without a reload, and focus stays on the control.
		await expect(filterLink(page, '2022')).toBeFocused();
	});

	test('mark every kommune ever nominated under «Alle år», naming the winners', async ({ page }) => {
		await page.goto(url('/alle'));
		await expect.poll(() => markedOnMap(page)).toEqual(expected('alle'));
		// So many at once: only the winners carry a label beside their marker, on the map or in its inset.
		const named = await page
			.locator('.labels-frame a.map-label:has(.pill)')
			.evaluateAll((links) =>
				links
					.filter((link) => getComputedStyle(link.querySelector('.pill')!).display !== 'none')
					.map((link) => link.className.match(/l-n(\d{4})/)![1])
			);
		expect([...new Set(named)].sort()).toEqual(expectedWinners('alle'));
		// Each marker says which years, to a screen reader too.
		expect(await page.locator('.labels-frame a.l-n1539:not(.inset-frame *)').getAttribute('aria-label')).toMatch(
			/^Rauma, nominert 2019 og 2021, vinner/
		);
	});

	test('are in sight on a phone without opening the legend, the map still there, and lead a kommune through the editions', async ({
		open
	}) => {
		const { page } = await open('/kommune/halden', PHONE_CONTEXT);
		await expect(page.locator('.map-frame .shapes path.over[data-nummer="3001"]')).toHaveCount(1);
		await expect(selectedOutline(page)).toHaveCount(1);
		const controls = filterControls(page);
		const box = (await controls.boundingBox())!;
		expect(box.y + box.height).toBeLessThan(PHONE.height / 3);
		await expect(filterLink(page, '2023').getAttribute('aria-current')).resolves.toBe('page');
		// The map shows below them: its frame starts under the controls.
		const frame = (await page.locator('.map-frame').first().boundingBox())!;
		expect(frame.y).toBeGreaterThanOrEqual(box.y + box.height);
		expect(frame.height).toBeGreaterThan(200);
		// A kommune page has the editions only; each keeps the kommune.
		await expect(controls.getByRole('link')).toHaveCount(YEAR_FILTERS.length);
		await filterLink(page, '2025').click();
		await page.waitForURL(url('/kommune/halden/2025'));
		// Halden was not nominated in 2025: not coloured, no marker; its panel still tells its own story.
		await expect(page.locator('.map-frame .shapes path[data-nummer="3001"]')).toHaveCount(0);
		expect(await markedOnMap(page)).not.toContain('3001');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Halden', { useInnerText: true });
		// A regular expression: a string would let an ordinary space pass for the no-break space in «15 000».
		await expect(page.locator('.kind')).toHaveText(new RegExp(`^Vinner 2023, over 15${N}000 innbyggere$`), { useInnerText: true });
	});
});
