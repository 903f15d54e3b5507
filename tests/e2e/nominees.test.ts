import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';
import { expect, test } from './fixtures';
import { kategoriColour } from '../../src/lib/map/kategori-colours';
import { countColour } from './pixels';
import {
	heading,
	filterLink,
	linkTo,
	mapScreenshot,
	NO_JAVASCRIPT,
	nextLink,
	panel,
	statusSaying,
	url,
	waitForMap,
	openMapPixel
} from './util';
import { HISTORY_RANGE } from '../../src/lib/pages/page-text';

const classLink = filterLink;
/** Waits for the page to show `text` as its heading (rendering may follow the URL change). */
const expectHeading = (page: Page, text: string) => expect(heading(page)).toHaveText(text);
/** Marks the document so a full reload would be noticed. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
const documentKept = (page: Page) => page.evaluate(() => (window as unknown as { marker?: number }).marker === 42);

test.describe('navigation between kommuner', () => {
	test('opens a nominee from the list without a reload, focused on its heading, with the full justification', async ({ open }) => {
		const { page, errors } = await open('/');
		await waitForMap(page);
		await markDocument(page);
		await linkTo(page, 'Rauma').click();
		await page.waitForURL('**/kommune/rauma');
		await expectHeading(page, 'Rauma');
		await expect(heading(page)).toBeFocused();
		const text = await panel(page).innerText();
		expect(text).toContain('Møre og Romsdal');
		expect(text).toContain('under 15\u00a0000 innbyggere');
		expect(text).toContain('Et av virkemidlene som er tatt i bruk er samordnet utlysning');
		expect(await documentKept(page)).toBe(true);
		expect(errors).toEqual([]);
	});

	test('opens the kommune clicked on the map', async ({ page }) => {
		await page.goto(url('/'));
		await waitForMap(page);
		await markDocument(page);
		// Click the map itself where it shows the colour of the "under" class.
		const hit = await openMapPixel(page, kategoriColour('under'));
		await page.mouse.click(hit.x, hit.y);
		await page.waitForURL(/\/kommune\/(batsfjord|vestre-toten|rauma)$/);
		await expect(heading(page)).toHaveText(/^(Båtsfjord|Vestre Toten|Rauma)$/);
		expect(await documentKept(page)).toBe(true);
	});

	test('restores the previous selection with back and forward', async ({ page }) => {
		await page.goto(url('/'));
		await waitForMap(page);
		await linkTo(page, 'Rauma').click();
		await page.waitForURL('**/kommune/rauma');
		await nextLink(page).click();
		// Kinn in 2021: the edition the steps were taken in, not Kinn's own (2022).
		await page.waitForURL('**/kommune/kinn/2021');
		await expectHeading(page, 'Kinn');
		await page.goBack();
		await page.waitForURL('**/kommune/rauma');
		await expectHeading(page, 'Rauma');
		await page.goBack();
		await page.waitForURL((address) => address.pathname === '/');
		await expect(heading(page)).toContainText('Årets vertskommune');
		await page.goForward();
		await page.waitForURL('**/kommune/rauma');
		await expectHeading(page, 'Rauma');
	});

	test('closes the panel with Escape, back to the overview of the same edition and focus returned', async ({ page }) => {
		await page.goto(url('/2023'));
		await waitForMap(page);
		const link = linkTo(page, 'Sandefjord');
		await link.focus();
		await page.keyboard.press('Enter');
		await page.waitForURL('**/kommune/sandefjord/2023');
		await page.keyboard.press('Escape');
		await page.waitForURL(url('/2023'));
		expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Sandefjord');
	});
});

test.describe('the size-class filter', () => {
	test('shows one class on the map and in the list, its own page, and leads on to the kommuner in that edition', async ({ page }) => {
		await page.goto(url('/'));
		await waitForMap(page);
		await classLink(page, /Over 15\s000/).click();
		await page.waitForURL(url('/2021/over'));
		// The list, not the summary above it.
		await expect(page.locator('section.group')).toHaveCount(1);
		const list = await page.locator('section.group').innerText();
		for (const name of ['Kinn', 'Kongsberg', 'Arendal']) expect(list).toContain(name);
		for (const name of ['Båtsfjord', 'Vestre Toten', 'Rauma']) expect(list).not.toContain(name);
		await expect.poll(async () => countColour(await mapScreenshot(page), kategoriColour('under'))).toBe(0);
		expect(countColour(await mapScreenshot(page), kategoriColour('over'))).toBeGreaterThan(5);
		await expect(classLink(page, /Over 15\s000/)).toHaveAttribute('aria-current', 'page');

		await linkTo(page, 'Kongsberg').click();
		await page.waitForURL(url('/kommune/kongsberg'));
		// The steps go through the edition's nominees, both classes.
		await nextLink(page).click();
		await page.waitForURL(url('/kommune/arendal'));
	});

	test('works without JavaScript: the class links are pages of their own', async ({ open }) => {
		const { page } = await open('/2024', NO_JAVASCRIPT);
		await classLink(page, /Under 15\s000/).click();
		await page.waitForURL(url('/2024/under'));
		const list = await page.locator('section.group').innerText();
		for (const name of ['Notodden', 'Hamarøy', 'Kvitsøy']) expect(list).toContain(name);
		expect(list).not.toContain('Asker');
		await filterLink(page, '2019').click();
		await page.waitForURL(url('/2019/under'));
		await expect(heading(page)).toHaveText(/^Årets vertskommune 2019/);
	});
});

test.describe('addresses', () => {
	test('leads /kommune/1539 to /kommune/rauma, also as a static file', async ({ page }) => {
		const html = await (await fetch(url('/kommune/1539'))).text();
		expect(html).toMatch(/http-equiv="refresh"[^>]*\/kommune\/rauma/);
		expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/kommune\/rauma">/);
		await page.goto(url('/kommune/1539'));
		await page.waitForURL('**/kommune/rauma');
		await expectHeading(page, 'Rauma');
	});

	test('answers an unknown kommune with a 404 page that suggests names and links back', async ({ page }) => {
		await page.goto(url('/kommune/trondhjem'));
		const response = await fetch(url('/kommune/trondhjem'));
		expect(response.status).toBe(404);
		await expectHeading(page, 'Fant ikke siden');
		await expect(page.getByText('Vi fant ingen kommune med adressen «trondhjem».')).toBeVisible();
		await page.getByRole('link', { name: 'Trondheim' }).click();
		await page.waitForURL('**/kommune/trondheim');
		await expectHeading(page, 'Trondheim');
		await page.goBack();
		await linkTo(page, 'Tilbake til kartet').click();
		await page.waitForURL((address) => address.pathname === '/');
	});

	test('shows a kommune that was not nominated with the nominees of its county in the edition shown', async ({ page }) => {
		await page.goto(url('/kommune/molde'));
		const text = await panel(page).innerText();
		expect(text).toContain(`Molde er ikke blant de nominerte som er kjent fra kåringene ${HISTORY_RANGE}.`);
		expect(text).toContain('Molde var ikke blant de nominerte i 2021.');
		expect(text).toContain('Nominert i Møre og Romsdal i 2021');
		await page.getByRole('link', { name: 'Rauma', exact: true }).click();
		await page.waitForURL('**/kommune/rauma');
	});
});

test.describe('sharing', () => {
	test('serves the justification in the HTML of a nominee page, without JavaScript', async ({ open }) => {
		const { page } = await open('/kommune/kinn', NO_JAVASCRIPT);
		await expectHeading(page, 'Kinn');
		await expect(page.locator('body')).toContainText('Kinn kommune ble etablert 01.01.20', { useInnerText: true });
	});

	test('gives every page its own title, description, canonical URL and card tags with a share image', async () => {
		const html = await (await fetch(url('/kommune/kinn'))).text();
		expect(html).toMatch(/<title>Kinn – nominert til Årets vertskommune 2022<\/title>/);
		expect(html).toMatch(
			/<meta name="description" content="Kinn \(Vestland\) var nominert i klassen over 15\u00a0000 innbyggere i 2022\. Også nominert 2021\./
		);
		expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/kommune\/kinn"/);
		// A kommune's page in another edition is a page of its own, and says which.
		const in2021 = await (await fetch(url('/kommune/kinn/2021'))).text();
		expect(in2021).toMatch(/<title>Kinn – nominert til Årets vertskommune 2022 – kart over 2021<\/title>/);
		expect(in2021).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/kommune\/kinn\/2021"/);
		// Its own edition under its year is the same page as its address without: that is its canonical.
		expect(await (await fetch(url('/kommune/kinn/2022'))).text()).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/kommune\/kinn"/);
		expect(html).toMatch(/<meta property="og:image" content="https:\/\/[^"]+\/share\/kinn\.png"/);
		expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
		const home = await (await fetch(url('/'))).text();
		expect(home).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/"/);

		const image = await fetch(url('/share/kinn.png'));
		expect(image.headers.get('content-type')).toBe('image/png');
		const png = PNG.sync.read(Buffer.from(await image.arrayBuffer()));
		expect([png.width, png.height]).toEqual([1200, 630]);
		expect(countColour(PNG.sync.write(png), kategoriColour('over'))).toBeGreaterThan(50);
	});

	test('copies the link and says so where the Web Share API is missing', async ({ open }) => {
		const { page } = await open('/kommune/arendal', { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.evaluate(() => Object.defineProperty(navigator, 'share', { value: undefined }));
		await page.getByRole('button', { name: 'Del' }).click();
		await expect(statusSaying(page, 'Lenken er kopiert.')).toHaveCount(1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url('/kommune/arendal'));
	});
});
