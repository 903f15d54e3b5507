/**
 * The kommune search on the built site: what it finds, where it leads, and how it behaves on a page
 * and a phone. The combobox's keys in isolation (↓ and ↑, Escape, Tab, the hits' status) are the
 * component's tests, src/lib/components/KommuneSearch.svelte.test.ts; the ranking is
 * src/lib/search/'s.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { filterLink, heading, PHONE, PHONE_CONTEXT, searchField as search, statusSaying } from './util';

const listbox = (page: Page) => page.getByRole('listbox');
const options = (page: Page) => page.getByRole('option');
/** The «Ingen treff» note in the popup (the status says the same to screen readers). */
const noHits = (page: Page) => page.getByText('Ingen treff', { exact: true }).and(page.locator(':not([role=status])'));

/**
 * Types into the search field as a visitor would, one key at a time, and waits for the popup:
 * the list or «Ingen treff». Text typed before the app has hydrated shows its hits once it has.
 */
async function type(page: Page, text: string) {
	await search(page).fill('');
	await page.keyboard.type(text, { delay: 20 });
	await expect(listbox(page).or(noHits(page))).toBeVisible({ timeout: 15_000 });
}

test.describe('kommune search, keyboard only', () => {
	test('finds a kommune typed without ø and opens it with ↓ and Enter', async ({ open }) => {
		const { page, errors } = await open('/');
		await search(page).focus();
		await type(page, 'tromso');
		await expect(search(page)).toHaveAttribute('aria-expanded', 'true');
		await expect(listbox(page)).toContainText('Tromsø');
		await expect(search(page)).toHaveAttribute('aria-controls', (await listbox(page).getAttribute('id'))!);
		await page.keyboard.press('ArrowDown');
		await expect(options(page).first()).toHaveAttribute('aria-selected', 'true');
		await expect(search(page)).toHaveAttribute('aria-activedescendant', (await options(page).first().getAttribute('id'))!);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/kommune\/tromso$/);
		await expect(heading(page)).toHaveText('Tromsø');
		// The field is emptied and the list closed after opening a kommune.
		await expect(search(page)).toHaveValue('');
		await expect(search(page)).toHaveAttribute('aria-expanded', 'false');
		expect(errors).toEqual([]);
	});

	test('says «Ingen treff» when nothing matches, without offering an option', async ({ page }) => {
		await page.goto('/');
		await search(page).focus();
		await type(page, 'xyzzy');
		await expect(noHits(page)).toBeVisible();
		await expect(statusSaying(page, /^Ingen treff$/)).toHaveCount(1);
		await expect(options(page)).toHaveCount(0);
		await expect(search(page)).toHaveAttribute('aria-expanded', 'false');
	});

	test('treats markup as text', async ({ open }) => {
		const { page, errors } = await open('/');
		await search(page).focus();
		await type(page, '<img src=x onerror=alert(1)>');
		await expect(noHits(page)).toBeVisible();
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(errors).toEqual([]);
	});

	test('opens a kommune by its number with Enter', async ({ page }) => {
		await page.goto('/');
		await search(page).focus();
		await type(page, '1539');
		await expect(listbox(page)).toContainText('Rauma');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/kommune\/rauma$/);
		await expect(heading(page)).toHaveText('Rauma');
	});

	test('opens a kommune on its own page, in its own edition, whatever edition the page showed', async ({ page }) => {
		await page.goto('/2019/over');
		await search(page).focus();
		await type(page, 'kinn');
		await expect(listbox(page)).toContainText('Nominert 2022');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/kommune\/kinn$/);
		await expect(heading(page)).toHaveText('Kinn');
		await expect(filterLink(page, '2022')).toHaveAttribute('aria-current', 'page');
	});

	test('leaves an open kommune panel open while Escape closes the list and clears the field', async ({ page }) => {
		await page.goto('/kommune/rauma');
		// Escape presses that leave the search unhandled, on their way to the window where the kommune page listens.
		await page.evaluate(() => {
			const w = window as unknown as { escapes: number };
			w.escapes = 0;
			document.addEventListener('keydown', (event) => {
				if (event.key === 'Escape' && !event.defaultPrevented) w.escapes++;
			});
		});
		const escapesLetThrough = () => page.evaluate(() => (window as unknown as { escapes: number }).escapes);
		await search(page).focus();
		await type(page, 'bats');
		await page.keyboard.press('Escape');
		await expect(listbox(page)).toBeHidden();
		await expect(search(page)).toHaveValue('bats');
		await page.keyboard.press('Escape');
		await expect(search(page)).toHaveValue('');
		// Both presses were the search's own: none reached the page, and the panel is still there.
		expect(await escapesLetThrough()).toBe(0);
		await expect(page).toHaveURL(/\/kommune\/rauma$/);
		await expect(heading(page)).toHaveText('Rauma');
		// With nothing left to close or clear, Escape is the page's again and closes the panel.
		await page.keyboard.press('Escape');
		expect(await escapesLetThrough()).toBe(1);
		await expect(page).toHaveURL((address) => address.pathname === '/');
	});
});

test.describe('kommune search by the names and numbers readers use', () => {
	const QUERIES: [string, string, string | null, string][] = [
		['Guovdageaidnu', 'Kautokeino', 'offisielt navn: Guovdageaidnu – Kautokeino', 'kautokeino'],
		['Porsáŋgu', 'Porsanger', 'offisielt navn: Porsanger – Porsáŋgu – Porsanki', 'porsanger'],
		['Flora', 'Kinn', 'Flora: tidligere kommune, nå del av Kinn', 'kinn'],
		['Haram', 'Ålesund', 'Haram: del av Ålesund 2020–2023, egen kommune igjen fra 2024 (1580)', 'alesund'],
		['5632', 'Båtsfjord', 'kommunenummer 5632 fra 2024', 'batsfjord'],
		['Oslo kommune', 'Oslo', null, 'oslo']
	];
	for (const [query, name, reason, slug] of QUERIES)
		test(`«${query}» finds ${name}, saying why, and opens it with Enter`, async ({ open }) => {
			const { page, errors } = await open('/');
			await search(page).focus();
			await type(page, query);
			const first = options(page).first();
			await expect(first).toContainText(name);
			if (reason) await expect(first).toContainText(reason);
			await page.keyboard.press('Enter');
			await expect(page).toHaveURL((address) => address.pathname === `/kommune/${slug}`);
			await expect(heading(page)).toHaveText(name);
			expect(errors).toEqual([]);
		});
});

test.describe('kommune search on a phone', () => {
	test('opens a kommune tapped in the list', async ({ open }) => {
		const { page, errors } = await open('/', PHONE_CONTEXT);
		await search(page).tap();
		await page.keyboard.type('bats', { delay: 20 });
		const option = page.getByRole('option', { name: /Båtsfjord/ });
		await expect(option).toBeVisible({ timeout: 15_000 });
		// Big enough to hit with a finger, and inside the screen.
		const box = (await option.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
		const field = (await search(page).boundingBox())!;
		expect(field.height).toBeGreaterThanOrEqual(44);
		expect(await search(page).evaluate((input) => parseFloat(getComputedStyle(input).fontSize))).toBeGreaterThanOrEqual(16);
		await option.tap();
		await expect(page).toHaveURL(/\/kommune\/batsfjord$/);
		await expect(heading(page)).toHaveText('Båtsfjord');
		expect(errors).toEqual([]);
	});
});
