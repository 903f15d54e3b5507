/**
 * Who won, what each kommune is from 2024, the award's history across the years and reforms, and
 * the year in the URL: on the built site.
 */
import type { Locator, Page } from 'playwright-core';
import { KOMMUNER } from '../../src/lib/geography';
import { successorsOf } from '../../src/lib/kommuner-2024';
import { NOMINEES } from '../../src/lib/nominees';
import { AWARD_EDITIONS, AWARD_YEARS, resultSentence, yearMarks } from '../../src/lib/award-history';
import { AWARD_SOURCES, YEARS_WITHOUT_AWARD } from '../../src/lib/generated/award-history';
import { describe, expect, it } from './fixtures';
import { heading as headingElement, panel, PHONE, PHONE_CONTEXT, url } from './util';

const heading = (page: Page) => headingElement(page).innerText();
/** The nominee links of the list on the overview, with their text. */
const nomineeLinks = (page: Page) => page.locator('section.group a');
const html = async (path: string) => {
	const response = await fetch(url(path));
	expect(response.status, path).toBe(200);
	return response.text();
};
/** The text of the first element with this class in server-rendered HTML. */
const textOfClass = (source: string, className: string) =>
	new RegExp(`class="${className}[^"]*"[^>]*>([\\s\\S]*?)</p>`)
		.exec(source)?.[1]
		.replace(/<[^>]+>/g, '')
		// Not \s, which would take the no-break space in "15 000" too.
		.replace(/[ \t\r\n]+/g, ' ')
		.trim();

describe('the winners of 2021', () => {
	it('are stated on the overview in the past tense, with the date and a source, and marked in the list', async ({ open }) => {
		const { page, errors } = await open('/');
		await expect.poll(() => heading(page)).toBe('Årets vertskommune for næringsutvikling 2021');
		const summary = page.locator('.summary');
		expect(await summary.innerText()).toContain('Rauma og Arendal vant 2. mars 2021.');
		expect(await summary.getByRole('link', { name: 'Kilde' }).getAttribute('href')).toBe(
			'https://www.ks.no/pressemeldinger/arets-vertskapskommuner-for-naringsutvikling/'
		);
		const links = nomineeLinks(page);
		await expect.poll(() => links.count()).toBe(6);
		const marked = await links.filter({ hasText: 'Vinner' }).allInnerTexts();
		expect(marked.map((text) => text.split('\n')[0].trim())).toEqual(['Rauma', 'Arendal']);
		// The release is quoted as the dated source it is, after the list.
		const release = page.getByRole('region', { name: 'Pressemeldingen om de nominerte' });
		expect(await release.innerText()).toContain('publisert senest 25. februar 2021');
		expect(await release.getByRole('link', { name: 'kilden for datoen' }).getAttribute('href')).toMatch(
			/^https:\/\/www\.fjt\.no\/nyheter\/2021\/02\/25\//
		);
		expect(await release.locator('blockquote').innerText()).toContain('På Kommunalpolitisk toppmøte 2. mars 2021 kåres vinnerne.');
		expect(errors).toEqual([]);
	});

	it.for([
		['rauma', 'Vinner, under 15\u00a0000 innbyggere'],
		['arendal', 'Vinner, over 15\u00a0000 innbyggere']
	])('/kommune/%s says «%s» in its panel, title, description and share image', async ([slug, kind], { open }) => {
		const { page } = await open(`/kommune/${slug}`);
		expect(await panel(page).locator('.kind').innerText()).toBe(kind);
		expect(await page.title()).toMatch(/ – vinner av Årets vertskommune for næringsutvikling 2021$/);
		expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/vant klassen .* 2\. mars 2021\./);
		expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toContain('merket som vinner');
	});

	it('calls no other nominee a winner', async () => {
		for (const nominee of NOMINEES.filter((n) => !n.vinner)) {
			const page = await html(`/kommune/${nominee.slug}`);
			expect(textOfClass(page, 'kind'), nominee.navn).toMatch(/^Nominert, (under|over) 15\u00a0000 innbyggere$/);
			expect(page).toMatch(/<title>[^<]+ – nominert til Årets vertskommune/);
			expect(page).not.toMatch(/vinner av|vant klassen/i);
		}
	});
});

describe('every kommune, from 2024', () => {
	it('says on each of the 356 pages what the kommune is from 2024, with one label style', async () => {
		for (const kommune of KOMMUNER) {
			const page = await html(`/kommune/${kommune.slug}`);
			expect(page, kommune.slug).toMatch(/<dt[^>]*>Fylke 2020–2023<\/dt>/);
			expect(page, kommune.slug).toMatch(/<dt[^>]*>Fra 2024<\/dt>/);
			for (const successor of successorsOf(kommune.nummer)) {
				expect(page, kommune.slug).toContain(`${successor.offisieltNavn}, kommunenummer ${successor.nummer}, ${successor.fylkeOffisielt}`);
			}
			expect(page).not.toContain('Fylke i 2021');
		}
	});

	it.for([
		['kautokeino', 'Guovdageaidnu – Kautokeino, kommunenummer 5612, Finnmark (Finnmárku, Finmarkku)'],
		['batsfjord', 'Båtsfjord, kommunenummer 5632, Finnmark (Finnmárku, Finmarkku)'],
		['kongsberg', 'Kongsberg, kommunenummer 3303, Buskerud'],
		['alesund', 'Haram, kommunenummer 1580, Møre og Romsdal']
	])('/kommune/%s: %s', async ([slug, text], { open }) => {
		const { page } = await open(`/kommune/${slug}`);
		expect(await panel(page).innerText()).toContain(text);
	});
});

describe('addresses', () => {
	it.for([
		['5632', 'batsfjord', 'Båtsfjord'],
		['3303', 'kongsberg', 'Kongsberg'],
		['1580', 'alesund', 'Ålesund']
	])('leads /kommune/%s, a number from 2024, to /kommune/%s', async ([nummer, slug, name], { open }) => {
		expect(await html(`/kommune/${nummer}`)).toMatch(new RegExp(`http-equiv="refresh"[^>]*/kommune/${slug}"`));
		const { page } = await open(`/kommune/${nummer}`);
		await page.waitForURL(`**/kommune/${slug}`);
		await expect.poll(() => heading(page)).toBe(name);
	});

	it('answers an unknown number with suggestions by number, not by name', async ({ open }) => {
		const response = await fetch(url('/kommune/5699'));
		expect(response.status).toBe(404);
		const { page } = await open('/kommune/5699');
		await expect.poll(() => page.getByText('Vi fant ingen kommune med kommunenummeret «5699».').isVisible()).toBe(true);
		const suggestions = page.getByRole('list', { name: 'Nærmeste kommunenummer:' });
		await expect.poll(() => suggestions.innerText()).toContain('kommunenummer 5636 fra 2024');
		expect(await suggestions.getByRole('link').allInnerTexts()).toEqual(['Nesseby', 'Vardø', 'Båtsfjord']);
	});
});

describe("each kommune's history with the award", () => {
	it.for<[string, string[], string[]]>([
		['rauma', ['Nominert 2019 (under 15\u00a0000 innbyggere)', 'Vinner 2021 (under 15\u00a0000 innbyggere)'], []],
		[
			'alesund',
			['Vinner 2019 som Haram (under 15\u00a0000 innbyggere)'],
			['Haram var egen kommune i 2019, lå i Ålesund 2020–2023 og er egen kommune igjen fra 2024 (kommunenummer 1580).']
		],
		[
			'holmestrand',
			['Nominert 2019 som Sande (under 15\u00a0000 innbyggere)'],
			['Sande var egen kommune i 2019 og har vært en del av Holmestrand siden 2020.']
		],
		['halden', ['Vinner 2023 (over 15\u00a0000 innbyggere)'], []]
	])('/kommune/%s shows %j', async ([slug, entries, reforms], { open }) => {
		const { page } = await open(`/kommune/${slug}`);
		const history = page.getByRole('region', { name: 'Kåringen 2019–2025' });
		expect(await history.locator('.entry').allInnerTexts()).toEqual(entries);
		expect(await history.locator('.reform').allInnerTexts()).toEqual(reforms);
		const sources = history.getByRole('link', { name: /^Kilder for \d{4}$/ });
		expect(await sources.count()).toBe(entries.length);
		await sources.first().click();
		await page.waitForURL(/\/kaaringen#kaaringen-(2019|2023)$/);
		await expect.poll(() => page.locator('section:target h2').innerText()).toMatch(/^(2019|2023)$/);
	});

	it('says so where a kommune is among no known nominees', async () => {
		const page = await html('/kommune/oslo');
		expect(page).toContain('Oslo er ikke blant de nominerte som er kjent fra kåringene 2019–2025.');
	});
});

describe('the history page', () => {
	it('has a section per year with date, place, nominees, winners, unknowns and sources, and is linked from the footer', async ({
		open
	}) => {
		const { page, errors } = await open('/');
		await page
			.locator('footer')
			.getByRole('link', { name: /Kåringen år for år/ })
			.click();
		await page.waitForURL('**/kaaringen');
		await expect.poll(() => heading(page)).toBe('Kåringen 2019–2025');
		// Every fact of every section is compared with the history file in src/routes/kaaringen/page.test.ts.
		const years = await page.locator('section.edition h2').allInnerTexts();
		expect(years.map(Number)).toEqual([...AWARD_YEARS, ...YEARS_WITHOUT_AWARD.map((none) => none.year)].sort((a, b) => a - b));
		const section = (year: number) => page.locator(`#kaaringen-${year}`);
		for (const none of YEARS_WITHOUT_AWARD) expect(await section(none.year).innerText()).toContain(`Ingen kåring i ${none.year}.`);
		for (const edition of AWARD_EDITIONS) {
			expect(await section(edition.year).locator('li[data-nominee]').count()).toBe(edition.nominerte.length);
			expect(await section(edition.year).innerText()).toContain(resultSentence(edition));
		}
		const sources = section(2021).locator('ul.sources a');
		expect(await sources.count()).toBe(AWARD_SOURCES[2021].length);
		for (const href of await sources.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https:\/\//);
		// A nominee leads to its kommune of 2020–2023, with the year kept.
		await section(2019).getByRole('link', { name: 'Haram' }).click();
		await page.waitForURL((url) => url.pathname === '/kommune/alesund' && url.searchParams.get('år') === '2019');
		await expect.poll(() => heading(page)).toBe('Ålesund');
		expect(errors).toEqual([]);
	});

	it('is linked from the overview', async ({ open }) => {
		const { page } = await open('/');
		const link = page.locator('.history-link').getByRole('link', { name: 'Kåringen år for år, 2019–2025' });
		expect(await link.getAttribute('href')).toBe('/kaaringen');
		await link.click();
		await page.waitForURL('**/kaaringen');
		await expect.poll(() => heading(page)).toBe('Kåringen 2019–2025');
	});
});

describe('the year in the URL', () => {
	/** Every link on the page to a kommune or the overview. */
	const internalLinks = (page: Page) =>
		page
			.locator('main a[href^="/kommune/"], main a[href="/"], main a[href^="/?"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

	it('opens /?år=2023 on that year, winners marked, and keeps the year in every link', async ({ open }) => {
		const { page, errors } = await open('/?år=2023');
		await expect.poll(() => heading(page)).toBe('Kåringen 2023');
		expect(await page.locator('.summary').innerText()).toContain('Fyresdal og Halden vant 15. mars 2023.');
		const links = nomineeLinks(page);
		await expect.poll(() => links.count()).toBe(6);
		expect((await links.filter({ hasText: 'Vinner' }).allInnerTexts()).map((t) => t.split('\n')[0].trim())).toEqual(['Fyresdal', 'Halden']);
		const hrefs = await internalLinks(page);
		expect(hrefs.length).toBeGreaterThan(5);
		for (const href of hrefs) expect(decodeURIComponent(href)).toContain('år=2023');
		await links.filter({ hasText: 'Halden' }).click();
		await page.waitForURL((url) => url.pathname === '/kommune/halden' && url.searchParams.get('år') === '2023');
		await expect.poll(() => heading(page)).toBe('Halden');
		expect(errors).toEqual([]);
	});

	it('opens /kommune/halden?år=2023 with the year kept in its links, the class filter beside it', async ({ open }) => {
		const { page } = await open('/kommune/halden?år=2023&kategori=over');
		await expect.poll(() => panel(page).getByRole('link', { name: /Lukk/ }).getAttribute('href')).toBe('/?kategori=over&år=2023');
		const hrefs = await internalLinks(page);
		expect(hrefs.length).toBeGreaterThan(1);
		for (const href of hrefs) expect(decodeURIComponent(href)).toMatch(/\?kategori=over&år=2023$/);
		await page.keyboard.press('Escape');
		await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('år') === '2023');
		await expect.poll(() => heading(page)).toBe('Kåringen 2023');
	});

	it('shows every kommune ever nominated with "alle", and ignores a malformed year', async ({ open }) => {
		const { page } = await open('/?år=alle');
		await expect.poll(() => heading(page)).toBe('Kåringen 2019–2025');
		const list = page.getByRole('list', { name: 'Alle nominerte kommuner 2019–2025' });
		await expect.poll(() => list.getByRole('listitem').count()).toBe(yearMarks('alle').length);
		expect(await list.getByRole('listitem').filter({ hasText: 'Ålesund' }).innerText()).toMatch(/2019\s+som Haram\s+Vinner/);
		expect(await list.getByRole('listitem').filter({ hasText: 'Rauma' }).innerText()).toMatch(/2019\s*,?\s*2021\s+Vinner/);

		const malformed = await open('/?år=1999');
		await expect.poll(() => heading(malformed.page)).toBe('Årets vertskommune for næringsutvikling 2021');
		expect(malformed.errors).toEqual([]);
	});
});

describe('the first screen on a phone', () => {
	it('shows the headline, the result and the six nominees by class, winners marked, before the long text', async ({ open }) => {
		const { page } = await open('/', PHONE_CONTEXT);
		await expect.poll(() => nomineeLinks(page).count()).toBe(6);
		const inFirstScreen = async (locator: Locator) => {
			const box = (await locator.boundingBox())!;
			return box.y >= 0 && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width;
		};
		// The sheet settles once the app has hydrated and measured the map.
		await expect.poll(() => inFirstScreen(page.locator('h1'))).toBe(true);
		expect(await inFirstScreen(page.locator('.summary'))).toBe(true);
		for (let i = 0; i < 6; i++) {
			const link = nomineeLinks(page).nth(i);
			expect(await inFirstScreen(link), await link.innerText()).toBe(true);
			expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		}
		const groups = await page.locator('section.group h2').allInnerTexts();
		expect(groups.map((text) => /(under|over) 15\u00a0000/.exec(text)?.[0])).toEqual(['under 15\u00a0000', 'over 15\u00a0000']);
		expect(await nomineeLinks(page).filter({ hasText: 'Vinner' }).count()).toBe(2);
		// The long text comes after.
		const release = (await page.locator('.release').boundingBox())!;
		expect(release.y).toBeGreaterThan((await nomineeLinks(page).last().boundingBox())!.y);
	});
});
