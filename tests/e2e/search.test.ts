import type { Page } from 'playwright-core';
import { describe, expect, it } from './fixtures';
import { KOMMUNER } from '../../src/lib/kommuner/geography';
import { historyOf } from '../../src/lib/award/award-history';
import { filterLink, heading as headingElement, PHONE, PHONE_CONTEXT, searchField as search, statusSaying, url } from './util';

const listbox = (page: Page) => page.getByRole('listbox');
const options = (page: Page) => page.getByRole('option');
const heading = (page: Page) => headingElement(page).innerText();
const expanded = (page: Page) => search(page).getAttribute('aria-expanded');
/** The «Ingen treff» note in the popup (the status says the same to screen readers). */
const noHits = (page: Page) => page.locator('.kommune-search .empty');
/** The option the combobox points at with aria-activedescendant. */
const activeOption = (page: Page) =>
	page.evaluate(() => {
		const id = document.activeElement?.getAttribute('aria-activedescendant');
		return id ? document.getElementById(id)?.textContent : null;
	});

/**
 * Types into the search field as a visitor would, one key at a time, and waits for the popup:
 * the list or «Ingen treff». Text typed before the app has hydrated shows its hits once it has.
 */
async function type(page: Page, text: string) {
	await search(page).fill('');
	await page.keyboard.type(text, { delay: 20 });
	await expect.poll(async () => (await expanded(page)) === 'true' || (await noHits(page).isVisible()), { timeout: 15_000 }).toBe(true);
}

describe('kommune search, keyboard only', () => {
	it('finds a kommune typed without ø and opens it with ↓ and Enter', async ({ open }) => {
		const { page, errors } = await open('/');
		await search(page).focus();
		await type(page, 'tromso');
		await expect.poll(() => expanded(page)).toBe('true');
		await expect.poll(() => listbox(page).innerText()).toContain('Tromsø');
		expect(await search(page).getAttribute('aria-controls')).toBe(await listbox(page).getAttribute('id'));
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => activeOption(page)).toContain('Tromsø');
		expect(await options(page).first().getAttribute('aria-selected')).toBe('true');
		await page.keyboard.press('Enter');
		await page.waitForURL((address) => address.pathname.endsWith('/kommune/tromso'));
		await expect.poll(() => heading(page)).toBe('Tromsø');
		// The field is emptied and the list closed after opening a kommune.
		expect(await search(page).inputValue()).toBe('');
		expect(await expanded(page)).toBe('false');
		expect(errors).toEqual([]);
	});

	it('tells the two kommuner called Våler apart by county', async ({ page }) => {
		await page.goto(url('/'));
		await search(page).focus();
		await type(page, 'valer');
		const valer = page.getByRole('option', { name: /^Våler/ });
		await expect.poll(() => valer.count()).toBe(2);
		const texts = await valer.allInnerTexts();
		expect(texts.some((text) => text.includes('Innlandet'))).toBe(true);
		expect(texts.some((text) => text.includes('Viken'))).toBe(true);
	});

	it('moves through the options with ↓ and ↑, wrapping at both ends', async ({ page }) => {
		await page.goto(url('/'));
		await search(page).focus();
		await type(page, 'toten');
		await expect.poll(() => options(page).count()).toBe(2);
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => activeOption(page)).toContain('Vestre Toten');
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => activeOption(page)).toContain('Østre Toten');
		await page.keyboard.press('ArrowDown');
		await expect.poll(() => activeOption(page)).toContain('Vestre Toten');
		await page.keyboard.press('ArrowUp');
		await expect.poll(() => activeOption(page)).toContain('Østre Toten');
		expect(await page.getByRole('option', { selected: true }).count()).toBe(1);
	});

	it('says «Ingen treff» when nothing matches, without offering an option', async ({ page }) => {
		await page.goto(url('/'));
		await search(page).focus();
		await type(page, 'xyzzy');
		expect(await noHits(page).isVisible()).toBe(true);
		expect(await noHits(page).innerText()).toBe('Ingen treff');
		await expect.poll(() => statusSaying(page, /^Ingen treff$/).count()).toBe(1);
		expect(await options(page).count()).toBe(0);
		expect(await expanded(page)).toBe('false');
	});

	it('treats markup as text', async ({ open }) => {
		const { page, errors } = await open('/');
		await search(page).focus();
		await type(page, '<img src=x onerror=alert(1)>');
		expect(await noHits(page).isVisible()).toBe(true);
		expect(await page.locator('.kommune-search img').count()).toBe(0);
		expect(errors).toEqual([]);
	});

	it('opens a kommune by its number with Enter', async ({ page }) => {
		await page.goto(url('/'));
		await search(page).focus();
		await type(page, '1539');
		await expect.poll(() => listbox(page).innerText()).toContain('Rauma');
		await page.keyboard.press('Enter');
		await page.waitForURL((address) => address.pathname.endsWith('/kommune/rauma'));
		await expect.poll(() => heading(page)).toBe('Rauma');
	});

	it('opens a kommune on its own page, in its own edition, whatever edition the page showed', async ({ page }) => {
		await page.goto(url('/2019/over'));
		await search(page).focus();
		await type(page, 'kinn');
		await expect.poll(() => listbox(page).innerText()).toContain('Nominert 2022');
		await page.keyboard.press('Enter');
		await page.waitForURL(url('/kommune/kinn'));
		await expect.poll(() => heading(page)).toBe('Kinn');
		expect(await filterLink(page, '2022').getAttribute('aria-current')).toBe('page');
	});

	it('closes the list with Escape, then clears the field, and leaves an open kommune panel open', async ({ page }) => {
		await page.goto(url('/kommune/rauma'));
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
		await expect.poll(() => expanded(page)).toBe('true');
		await page.keyboard.press('Escape');
		await expect.poll(() => expanded(page)).toBe('false');
		expect(await listbox(page).isVisible()).toBe(false);
		expect(await search(page).inputValue()).toBe('bats');
		await page.keyboard.press('Escape');
		await expect.poll(() => search(page).inputValue()).toBe('');
		// Both presses were the search's own: none reached the page, and the panel is still there.
		expect(await escapesLetThrough()).toBe(0);
		expect(new URL(page.url()).pathname).toMatch(/\/kommune\/rauma$/);
		expect(await heading(page)).toBe('Rauma');
		// With nothing left to close or clear, Escape is the page's again and closes the panel.
		await page.keyboard.press('Escape');
		expect(await escapesLetThrough()).toBe(1);
		await page.waitForURL((address) => address.pathname === '/');
	});

	it('closes the list when focus leaves the field', async ({ page }) => {
		await page.goto(url('/'));
		await search(page).focus();
		await type(page, 'bats');
		await expect.poll(() => expanded(page)).toBe('true');
		await page.keyboard.press('Tab');
		await expect.poll(() => expanded(page)).toBe('false');
		expect(await listbox(page).isVisible()).toBe(false);
	});
});

describe('kommune search by the names and numbers readers use', () => {
	it.for<[string, string, string | null, string]>([
		['Guovdageaidnu', 'Kautokeino', 'offisielt navn: Guovdageaidnu – Kautokeino', 'kautokeino'],
		['Porsáŋgu', 'Porsanger', 'offisielt navn: Porsanger – Porsáŋgu – Porsanki', 'porsanger'],
		['Flora', 'Kinn', 'Flora: tidligere kommune, nå del av Kinn', 'kinn'],
		['Haram', 'Ålesund', 'Haram: del av Ålesund 2020–2023, egen kommune igjen fra 2024 (1580)', 'alesund'],
		['5632', 'Båtsfjord', 'kommunenummer 5632 fra 2024', 'batsfjord'],
		['Oslo kommune', 'Oslo', null, 'oslo']
	])('«%s» finds %s, saying why, and opens it with Enter', async ([query, name, reason, slug], { open }) => {
		const { page, errors } = await open('/');
		await search(page).focus();
		await type(page, query);
		const first = options(page).first();
		await expect.poll(() => first.innerText()).toContain(name);
		if (reason) expect(await first.innerText()).toContain(reason);
		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === `/kommune/${slug}`);
		await expect.poll(() => heading(page)).toBe(name);
		expect(errors).toEqual([]);
	});

	it('names each hit’s most recent nomination in any edition, winners as winners, and nothing for the others', async ({ open }) => {
		const { page } = await open('/');
		await search(page).focus();
		await type(page, 'ra');
		await expect.poll(() => page.getByRole('option', { name: /^Rauma/ }).innerText()).toContain('Vinner 2021');
		const options = await page.getByRole('option').evaluateAll((items) => items.map((item) => [item.id, item.textContent ?? '']));
		expect(options.length).toBeGreaterThan(3);
		for (const [, text] of options) {
			const kommune = KOMMUNER.find((k) => text.trim().startsWith(k.navn))!;
			const last = historyOf(kommune.nummer).at(-1);
			const said = text.replace(/\s+/g, ' ');
			if (last) expect(said).toContain(`${last.nomination.vinner ? 'Vinner' : 'Nominert'} ${last.year}`);
			else expect(said).not.toMatch(/Vinner|Nominert/);
		}
	});
});

describe('kommune search on a phone', () => {
	it('opens a kommune tapped in the list', async ({ open }) => {
		const { page, errors } = await open('/', PHONE_CONTEXT);
		await search(page).tap();
		await page.keyboard.type('bats', { delay: 20 });
		const option = page.getByRole('option', { name: /Båtsfjord/ });
		await expect.poll(() => option.isVisible(), { timeout: 15_000 }).toBe(true);
		// Big enough to hit with a finger, and inside the screen.
		const box = (await option.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
		const field = (await search(page).boundingBox())!;
		expect(field.height).toBeGreaterThanOrEqual(44);
		expect(await search(page).evaluate((input) => parseFloat(getComputedStyle(input).fontSize))).toBeGreaterThanOrEqual(16);
		await option.tap();
		await page.waitForURL((address) => address.pathname.endsWith('/kommune/batsfjord'));
		await expect.poll(() => heading(page)).toBe('Båtsfjord');
		expect(errors).toEqual([]);
	});
});
