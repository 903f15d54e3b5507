import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { kategoriColour } from '../../src/lib/kategori-colours';
import { countColour, findColour } from './pixels';
import { baseURL, launchBrowser, openPage, waitForMap, mapScreenshot } from './util';

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

const heading = (page: Page) => page.locator('h1').innerText();
/** Waits for the page to show `text` as its heading (rendering may follow the URL change). */
const expectHeading = (page: Page, text: string) => expect.poll(() => heading(page)).toBe(text);
/** Marks the document so a full reload would be noticed. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
const documentKept = (page: Page) => page.evaluate(() => (window as unknown as { marker?: number }).marker === 42);

describe('navigation between kommuner', () => {
	it('opens a nominee from the list without a reload, focused on its heading, with the full justification', async () => {
		const { page, errors } = await openPage(browser, '/');
		await waitForMap(page);
		await markDocument(page);
		await page.getByRole('link', { name: /Rauma/ }).click();
		await page.waitForURL('**/kommune/rauma');
		await expectHeading(page, 'Rauma');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('kommune-heading');
		const panel = await page.getByRole('complementary').innerText();
		expect(panel).toContain('Møre og Romsdal');
		expect(panel).toContain('under 15\u00a0000 innbyggere');
		expect(panel).toContain('Et av virkemidlene som er tatt i bruk er samordnet utlysning');
		expect(await documentKept(page)).toBe(true);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('opens the kommune clicked on the map', async () => {
		const { page } = await openPage(browser, '/');
		await waitForMap(page);
		await markDocument(page);
		const canvas = page.locator('.maplibregl-canvas');
		// Click a pixel in the colour of the "under" class.
		const hit = findColour(await mapScreenshot(page), kategoriColour('under'));
		expect(hit).toBeDefined();
		await canvas.click({ position: hit! });
		await page.waitForURL(/\/kommune\/(batsfjord|vestre-toten|rauma)$/);
		await expect.poll(() => heading(page)).toMatch(/^(Båtsfjord|Vestre Toten|Rauma)$/);
		expect(await documentKept(page)).toBe(true);
		await page.context().close();
	});

	it('restores the previous selection with back and forward', async () => {
		const { page } = await openPage(browser, '/');
		await waitForMap(page);
		await page.getByRole('link', { name: /Rauma/ }).click();
		await page.waitForURL('**/kommune/rauma');
		await page.getByRole('link', { name: /Neste/ }).click();
		await page.waitForURL('**/kommune/kinn');
		await expectHeading(page, 'Kinn');
		await page.goBack();
		await page.waitForURL('**/kommune/rauma');
		await expectHeading(page, 'Rauma');
		await page.goBack();
		await page.waitForURL((url) => url.pathname === '/');
		await expect.poll(() => heading(page)).toContain('Årets vertskommune');
		await page.goForward();
		await page.waitForURL('**/kommune/rauma');
		await expectHeading(page, 'Rauma');
		await page.context().close();
	});

	it('closes the panel with Escape, back to the overview with the filter kept and focus returned', async () => {
		const { page } = await openPage(browser, '/?kategori=under');
		await waitForMap(page);
		const link = page.getByRole('link', { name: /Vestre Toten/ });
		await link.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL('**/kommune/vestre-toten?kategori=under');
		await page.keyboard.press('Escape');
		await page.waitForURL((url) => url.pathname === '/' && url.search === '?kategori=under');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Vestre Toten');
		await page.context().close();
	});
});

describe('the size-class filter', () => {
	it('shows one class on the map and in the list, and keeps it while moving between kommuner', async () => {
		const { page } = await openPage(browser, '/');
		await waitForMap(page);
		await page.getByRole('radio', { name: /Over 15\s000/ }).check();
		await page.waitForURL('**/?kategori=over');
		// The list, not the summary above it, which names both winners.
		await expect.poll(() => page.locator('section.group').count()).toBe(1);
		const list = await page.locator('section.group').innerText();
		for (const name of ['Kinn', 'Kongsberg', 'Arendal']) expect(list).toContain(name);
		for (const name of ['Båtsfjord', 'Vestre Toten', 'Rauma']) expect(list).not.toContain(name);
		await expect.poll(async () => countColour(await mapScreenshot(page), kategoriColour('under'))).toBe(0);
		expect(countColour(await mapScreenshot(page), kategoriColour('over'))).toBeGreaterThan(5);

		await page.getByRole('link', { name: /Kongsberg/ }).click();
		await page.waitForURL('**/kommune/kongsberg?kategori=over');
		await page.getByRole('link', { name: /Neste/ }).click();
		await page.waitForURL('**/kommune/arendal?kategori=over');
		await page.getByRole('link', { name: /Neste/ }).click();
		await page.waitForURL('**/kommune/kinn?kategori=over');
		await page.context().close();
	});

	it('applies the filter from a shared link and ignores a malformed one', async () => {
		const shared = await openPage(browser, '/kommune/rauma?kategori=under');
		await expect.poll(() => shared.page.getByRole('radio', { name: /Under 15\s000/ }).isChecked()).toBe(true);
		expect(await shared.page.getByRole('link', { name: /Neste/ }).innerText()).toContain('Båtsfjord');
		await shared.page.context().close();

		const malformed = await openPage(browser, '/?kategori=%3Cscript%3E');
		await waitForMap(malformed.page);
		expect(await malformed.page.getByRole('radio', { name: 'Alle' }).isChecked()).toBe(true);
		const list = await malformed.page.locator('main').innerText();
		for (const name of ['Båtsfjord', 'Kinn']) expect(list).toContain(name);
		expect(malformed.errors).toEqual([]);
		await malformed.page.context().close();
	});
});

describe('addresses', () => {
	it('leads /kommune/1539 to /kommune/rauma, also as a static file', async () => {
		const html = await (await fetch(`${baseURL()}/kommune/1539`)).text();
		expect(html).toMatch(/http-equiv="refresh"[^>]*\/kommune\/rauma/);
		const { page } = await openPage(browser, '/kommune/1539');
		await page.waitForURL('**/kommune/rauma');
		await expectHeading(page, 'Rauma');
		await page.context().close();
	});

	it('answers an unknown kommune with a 404 page that suggests names and links back', async () => {
		const { page } = await openPage(browser, '/kommune/trondhjem');
		const response = await fetch(`${baseURL()}/kommune/trondhjem`);
		expect(response.status).toBe(404);
		await expectHeading(page, 'Fant ikke siden');
		await expect.poll(() => page.getByText('Vi fant ingen kommune med adressen «trondhjem».').isVisible()).toBe(true);
		await page.getByRole('link', { name: 'Trondheim' }).click();
		await page.waitForURL('**/kommune/trondheim');
		await expectHeading(page, 'Trondheim');
		await page.goBack();
		await page.getByRole('link', { name: /Tilbake til kartet/ }).click();
		await page.waitForURL((url) => url.pathname === '/');
		await page.context().close();
	});

	it('shows a kommune that was not nominated with the nominees of its county', async () => {
		const { page } = await openPage(browser, '/kommune/molde');
		const panel = await page.getByRole('complementary').innerText();
		expect(panel).toContain('Molde var ikke blant de seks kommunene som ble nominert');
		expect(panel).toContain('Nominert i Møre og Romsdal');
		await page.getByRole('link', { name: 'Rauma' }).click();
		await page.waitForURL('**/kommune/rauma');
		await page.context().close();
	});
});

describe('sharing', () => {
	it('serves the justification in the HTML of a nominee page, without JavaScript', async () => {
		const { page } = await openPage(browser, '/kommune/kinn', { javaScriptEnabled: false });
		await expectHeading(page, 'Kinn');
		expect(await page.locator('body').innerText()).toContain('Kinn kommune ble etablert 01.01.20');
		await page.context().close();
	});

	it('gives every page its own title, description, canonical URL and card tags with a share image', async () => {
		const html = await (await fetch(`${baseURL()}/kommune/kinn`)).text();
		expect(html).toMatch(/<title>Kinn – nominert til Årets vertskommune for næringsutvikling 2021<\/title>/);
		expect(html).toMatch(/<meta name="description" content="Kinn \(Vestland\) var nominert i klassen over 15\u00a0000 innbyggere\./);
		expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/kommune\/kinn"/);
		expect(html).toMatch(/<meta property="og:image" content="https:\/\/[^"]+\/share\/kinn\.png"/);
		expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
		const home = await (await fetch(`${baseURL()}/`)).text();
		expect(home).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/"/);

		const image = await fetch(`${baseURL()}/share/kinn.png`);
		expect(image.headers.get('content-type')).toBe('image/png');
		const png = PNG.sync.read(Buffer.from(await image.arrayBuffer()));
		expect([png.width, png.height]).toEqual([1200, 630]);
		expect(countColour(PNG.sync.write(png), kategoriColour('over'))).toBeGreaterThan(50);
	});

	it('copies the link and says so where the Web Share API is missing', async () => {
		const { page } = await openPage(browser, '/kommune/arendal', { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		await page.getByRole('button', { name: 'Del' }).click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Lenken er kopiert.' }).count()).toBe(1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL()}/kommune/arendal`);
		await page.context().close();
	});
});
