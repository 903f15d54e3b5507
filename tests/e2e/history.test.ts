/**
 * Who won, what each kommune is from 2024, the award's history across the years and reforms, and
 * the year in the URL: on the built site.
 */
import type { Locator, Page } from 'playwright-core';
import { KOMMUNER } from '../../src/lib/kommuner/geography';
import { successorsOf } from '../../src/lib/kommuner/kommuner-2024';
import {
	AWARD_EDITIONS,
	AWARD_YEARS,
	describeNomination,
	describeReform,
	everNominated,
	formatDate,
	historyOf,
	resultSentence,
	yearMarks
} from '../../src/lib/award/award-history';
import { AWARD_SOURCES, YEARS_WITHOUT_AWARD } from '../../src/lib/generated/award-history';
import { describe, expect, it } from './fixtures';
import { heading as headingElement, NO_JAVASCRIPT, panel, PHONE, PHONE_CONTEXT, startApp, url } from './util';
import { kommuneBySlug } from '../../src/lib/kommuner/geography';
import { KATEGORI_LABEL } from '../../src/lib/award/nominees';
import { awardName } from '../../src/lib/pages/page-text';
import { kommunePath } from '../../src/lib/url/paths';

const heading = (page: Page) => headingElement(page).innerText();
/** The nominee links of the list on the overview, with their text. */
const nomineeLinks = (page: Page) => page.locator('section.group a');
const html = async (path: string) => {
	const response = await fetch(url(path));
	expect(response.status, path).toBe(200);
	return response.text();
};
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
});

describe('each kommune page tells its own story', () => {
	it.for(everNominated().map(({ history }) => history[0].nomination.kommune.slug))(
		'/kommune/%s opens with its latest nomination in its panel, title, description and share image',
		async (slug, { open }) => {
			const { page } = await open(`/kommune/${slug}`, NO_JAVASCRIPT);
			const history = historyOf(kommuneBySlug(slug)!.nummer);
			const { year, nomination, edition } = history.at(-1)!;
			const result = nomination.vinner ? 'Vinner' : 'Nominert';
			expect(await panel(page).locator('.kind').innerText()).toBe(`${result} ${year}, ${KATEGORI_LABEL[nomination.kategori]}`);
			expect(await page.title()).toBe(
				`${kommuneBySlug(slug)!.navn} – ${nomination.vinner ? 'vinner av' : 'nominert til'} ${awardName(year)}`
			);
			const description = (await page.locator('meta[name="description"]').getAttribute('content'))!;
			expect(description).toContain(
				nomination.vinner
					? `vant klassen ${KATEGORI_LABEL[nomination.kategori]}${edition.kunngjort ? ` ${formatDate(edition.kunngjort)}` : ` i ${year}`}`
					: `var nominert i klassen ${KATEGORI_LABEL[nomination.kategori]} i ${year}`
			);
			expect(description.includes('Også nominert')).toBe(history.length > 1);
			expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(new RegExp(`/share/${slug}\\.png$`));
			expect((await page.locator('meta[property="og:image:alt"]').getAttribute('content'))!.includes('merket som vinner')).toBe(
				nomination.vinner === true
			);
			// The share image is there.
			expect((await fetch(url(`/share/${slug}.png`))).status).toBe(200);
		}
	);

	it('keeps the 2021 jury text under 2021, and says which edition the panel’s nominees are about', async ({ open }) => {
		const { page } = await open('/kommune/kinn', NO_JAVASCRIPT);
		const entries = panel(page).getByRole('list', { name: 'Nominasjonene, den siste først' }).getByRole('listitem');
		expect(await entries.count()).toBe(2);
		expect(await entries.nth(0).innerText()).toMatch(/^Nominert 2022/);
		expect(await entries.nth(0).innerText()).not.toContain('Juryens begrunnelse');
		expect(await entries.nth(1).getByRole('heading', { name: 'Juryens begrunnelse 2021' }).count()).toBe(1);
		// Lesja, never nominated: the nominees of its county in the edition its map shows.
		const lesja = await open('/kommune/lesja/2024', NO_JAVASCRIPT);
		const region = lesja.page.getByRole('region', { name: 'Kåringen 2024 på kartet' });
		expect(await region.getByRole('heading', { name: 'Nominert i Innlandet i 2024' }).count()).toBe(1);
		expect(await region.getByRole('link').allInnerTexts()).toEqual(['Kongsvinger']);
		const lesja2021 = await open('/kommune/lesja/2021', NO_JAVASCRIPT);
		expect(await lesja2021.page.getByRole('region', { name: 'Kåringen 2021 på kartet' }).getByRole('link').allInnerTexts()).toEqual([
			'Vestre Toten'
		]);
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
	it.for(['rauma', 'alesund', 'holmestrand', 'halden', 'kinn'])(
		'/kommune/%s shows its nominations, the latest first',
		async (slug, { open }) => {
			const { page } = await open(`/kommune/${slug}`);
			const entries = historyOf(kommuneBySlug(slug)!.nummer).toReversed();
			const history = page.getByRole('region', { name: 'Kåringen 2019–2025' });
			expect(await history.locator('.entry').allInnerTexts()).toEqual(entries.map(describeNomination));
			expect(await history.locator('.reform').allInnerTexts()).toEqual(entries.map(describeReform).filter((text) => text !== null));
			const sources = history.getByRole('link', { name: /^Kilder for \d{4}$/ });
			expect(await sources.count()).toBe(entries.length);
			await sources.first().click();
			await page.waitForURL(`**/kaaringen#kaaringen-${entries[0].year}`);
			await expect.poll(() => page.locator('section:target h2').innerText()).toBe(String(entries[0].year));
		}
	);

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
		// A nominee leads to its kommune of 2020–2023, showing that edition.
		await section(2019).getByRole('link', { name: 'Haram' }).click();
		await page.waitForURL(url(kommunePath('alesund', 2019)));
		await expect.poll(() => heading(page)).toBe('Ålesund');
		await expect
			.poll(() =>
				page
					.getByRole('navigation', { name: /^Velg kåring/ })
					.locator('[aria-current="page"]')
					.innerText()
			)
			.toBe('2019');
		expect(errors).toEqual([]);
	});

	it('is linked from the overview', async ({ open }) => {
		const { page } = await open('/');
		const link = page.locator('.history-link').getByRole('link', { name: 'Kåringen år for år, 2019–2025' });
		expect(await link.getAttribute('href')).toBe('/kaaringen#kaaringen-2021');
		await link.click();
		await page.waitForURL('**/kaaringen#kaaringen-2021');
		await expect.poll(() => heading(page)).toBe('Kåringen 2019–2025');
	});
});

describe('an edition’s page', () => {
	/** Every link on the page to a kommune or an overview state, but the controls', which lead to the others. */
	const internalLinks = (page: Page) =>
		page
			.locator('.sheet a[href^="/kommune/"], .sheet a[href="/"], .sheet a[href^="/20"], .sheet a[href^="/alle"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

	it('opens /2023 on that edition, winners marked, and keeps the edition in every link', async ({ open }) => {
		const { page, errors } = await open('/2023');
		await expect.poll(() => heading(page)).toBe('Årets vertskommune 2023');
		expect(await page.title()).toBe('Årets vertskommune 2023: Fyresdal og Halden vant');
		expect(await page.locator('.summary').innerText()).toContain('Fyresdal og Halden vant 15. mars 2023.');
		const links = nomineeLinks(page);
		await expect.poll(() => links.count()).toBe(6);
		expect((await links.filter({ hasText: 'Vinner' }).allInnerTexts()).map((t) => t.split('\n')[0].trim())).toEqual(['Fyresdal', 'Halden']);
		const hrefs = await internalLinks(page);
		expect(hrefs.length).toBeGreaterThan(5);
		for (const href of hrefs) {
			const slug = /^\/kommune\/([^/]+)/.exec(href)?.[1];
			if (slug) expect(href).toBe(kommunePath(slug, 2023));
		}
		await links.filter({ hasText: 'Halden' }).click();
		await page.waitForURL(url('/kommune/halden'));
		await expect.poll(() => heading(page)).toBe('Halden');
		expect(errors).toEqual([]);
	});

	it('leads from a kommune in another edition back to that edition', async ({ open }) => {
		const { page } = await open('/kommune/halden/2021');
		const close = panel(page).getByRole('link', { name: /Lukk/ });
		expect(await close.getAttribute('href')).toBe('/');
		await open('/kommune/halden/2019').then(async ({ page }) => {
			expect(await panel(page).getByRole('link', { name: /Lukk/ }).getAttribute('href')).toBe('/2019');
			await startApp(page);
			await page.keyboard.press('Escape');
			await page.waitForURL(url('/2019'));
			await expect.poll(() => heading(page)).toBe('Årets vertskommune 2019');
		});
	});

	it('shows every kommune ever nominated under «Alle år», and answers a year that is no edition with «Fant ikke siden»', async ({
		open
	}) => {
		const { page } = await open('/alle');
		await expect.poll(() => heading(page)).toBe('Kåringen 2019–2025');
		const list = page.getByRole('list', { name: 'Alle nominerte kommuner 2019–2025' });
		await expect.poll(() => list.getByRole('listitem').count()).toBe(yearMarks('alle').length);
		expect(await list.getByRole('listitem').filter({ hasText: 'Haram' }).innerText()).toMatch(/2019[^;]*Vinner/);
		expect(await list.getByRole('listitem').filter({ hasText: 'Rauma' }).innerText()).toMatch(/2019[^;]*;\s*2021[^;]*Vinner/);

		expect((await fetch(url('/2020'))).status).toBe(404);
		const malformed = await open('/2020');
		await expect.poll(() => heading(malformed.page)).toBe('Fant ikke siden');
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

/**
 * The tops of the text lines of each list item, in page pixels: a wrapped item has several.
 * Measured on the item's text itself (its client rects), not on boxes a tap target may stretch.
 */
function lineTops(page: Page, items: string) {
	return page.locator(items).evaluateAll((elements) =>
		elements.map((element) => {
			const range = document.createRange();
			range.selectNodeContents(element);
			const tops = [...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.top));
			return [...new Set(tops)].sort((a, b) => a - b);
		})
	);
}

describe('lists read item by item', () => {
	for (const [page, items] of [
		['/kaaringen', 'ul.nominees > li'],
		['/kommune/alesund', 'ol.nominations > li']
	] as const) {
		it(`on ${page} at 360 px, an item's wrapped lines lie closer together than two items`, async ({ open }) => {
			const opened = await open(page, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
			const tops = await lineTops(opened.page, items);
			const within: number[] = [];
			const between: number[] = [];
			for (const [i, lines] of tops.entries()) {
				for (let j = 1; j < lines.length; j++) within.push(lines[j] - lines[j - 1]);
				const next = tops[i + 1];
				if (next?.length && lines.length) between.push(next[0] - lines.at(-1)!);
			}
			// Some items wrap at this width; the widest step inside one is narrower than the narrowest between two.
			expect(within.length, 'wrapped items').toBeGreaterThan(0);
			expect(Math.max(...within)).toBeLessThan(Math.min(...between.filter((gap) => gap > 0)));
		});
	}
});
