/**
 * Who won, what each kommune is from 2024, the award's history across the years and reforms, and
 * the year in the URL: on the built site.
 */
import type { Locator, Page } from '@playwright/test';
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
import { expect, test } from './fixtures';
import { heading, NO_JAVASCRIPT, panel, PHONE, PHONE_CONTEXT, startApp, url } from './util';
import { kommuneBySlug } from '../../src/lib/kommuner/geography';
import { KATEGORI_LABEL } from '../../src/lib/award/nominees';
import { awardName, HISTORY_RANGE } from '../../src/lib/pages/page-text';
import { kommunePath } from '../../src/lib/url/paths';

/** The nominee links of the list on the overview, with their text. */
const nomineeLinks = (page: Page) => page.locator('section.group a');
const html = async (path: string) => {
	const response = await fetch(url(path));
	expect(response.status, path).toBe(200);
	return response.text();
};
test.describe('the winners of 2021', () => {
	test('are stated on the overview in the past tense, with the date and a source, and marked in the list', async ({ open }) => {
		const { page, errors } = await open('/');
		await expect(heading(page)).toHaveText('Årets vertskommune for næringsutvikling 2021');
		const summary = page.locator('.summary');
		await expect(summary).toContainText('Rauma og Arendal vant 2. mars 2021.', { useInnerText: true });
		expect(await summary.getByRole('link', { name: 'Kilde' }).getAttribute('href')).toBe(
			'https://www.ks.no/pressemeldinger/arets-vertskapskommuner-for-naringsutvikling/'
		);
		const links = nomineeLinks(page);
		await expect(links).toHaveCount(6);
		const marked = await links.filter({ hasText: 'Vinner' }).allInnerTexts();
		expect(marked.map((text) => text.split('\n')[0].trim())).toEqual(['Rauma', 'Arendal']);
		// The release is quoted as the dated source it is, after the list.
		const release = page.getByRole('region', { name: 'Pressemeldingen om de nominerte' });
		await expect(release).toContainText('publisert senest 25. februar 2021', { useInnerText: true });
		expect(await release.getByRole('link', { name: 'kilden for datoen' }).getAttribute('href')).toMatch(
			/^https:\/\/www\.fjt\.no\/nyheter\/2021\/02\/25\//
		);
		await expect(release.locator('blockquote')).toContainText('På Kommunalpolitisk toppmøte 2. mars 2021 kåres vinnerne.', {
			useInnerText: true
		});
		expect(errors).toEqual([]);
	});
});

test.describe('each kommune page tells its own story', () => {
	for (const slug of everNominated().map(({ history }) => history[0].nomination.kommune.slug))
		test(`/kommune/${slug} opens with its latest nomination in its panel, title, description and share image`, async ({ open }) => {
			const { page } = await open(`/kommune/${slug}`, NO_JAVASCRIPT);
			const history = historyOf(kommuneBySlug(slug)!.nummer);
			const { year, nomination, edition } = history.at(-1)!;
			const result = nomination.vinner ? 'Vinner' : 'Nominert';
			// Read whole: toHaveText with a string would let an ordinary space pass for the no-break space in «15 000».
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
			await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/share/${slug}\\.png$`));
			expect((await page.locator('meta[property="og:image:alt"]').getAttribute('content'))!.includes('merket som vinner')).toBe(
				nomination.vinner === true
			);
			// The share image is there.
			expect((await fetch(url(`/share/${slug}.png`))).status).toBe(200);
		});

	test('keeps the 2021 jury text under 2021, and says which edition the panel’s nominees are about', async ({ open }) => {
		const { page } = await open('/kommune/kinn', NO_JAVASCRIPT);
		const entries = panel(page).getByRole('list', { name: 'Nominasjonene, den siste først' }).getByRole('listitem');
		await expect(entries).toHaveCount(2);
		await expect(entries.nth(0)).toHaveText(/^Nominert 2022/, { useInnerText: true });
		await expect(entries.nth(0)).not.toContainText('Juryens begrunnelse', { useInnerText: true });
		await expect(entries.nth(1).getByRole('heading', { name: 'Juryens begrunnelse 2021' })).toHaveCount(1);
		// Lesja, never nominated: the nominees of its county in the edition its map shows.
		const lesja = await open('/kommune/lesja/2024', NO_JAVASCRIPT);
		const region = lesja.page.getByRole('region', { name: 'Kåringen 2024 på kartet' });
		await expect(region.getByRole('heading', { name: 'Nominert i Innlandet i 2024' })).toHaveCount(1);
		expect(await region.getByRole('link').allInnerTexts()).toEqual(['Kongsvinger']);
		const lesja2021 = await open('/kommune/lesja/2021', NO_JAVASCRIPT);
		expect(await lesja2021.page.getByRole('region', { name: 'Kåringen 2021 på kartet' }).getByRole('link').allInnerTexts()).toEqual([
			'Vestre Toten'
		]);
	});
});

test.describe('every kommune, from 2024', () => {
	test('says on each of the 356 pages what the kommune is from 2024, with one label style', async () => {
		for (const kommune of KOMMUNER) {
			const page = await html(`/kommune/${kommune.slug}`);
			expect(page, kommune.slug).toMatch(/<dt[^>]*>Fylke 2020–2023<\/dt>/);
			expect(page, kommune.slug).toMatch(/<dt[^>]*>Fra 2024<\/dt>/);
			for (const successor of successorsOf(kommune.nummer)) {
				expect(page, kommune.slug).toContain(`${successor.offisieltNavn}, kommunenummer ${successor.nummer}, ${successor.fylkeOffisielt}`);
			}
			expect(page, kommune.slug).not.toContain('Fylke i 2021');
		}
	});

	for (const [slug, text] of [
		['kautokeino', 'Guovdageaidnu – Kautokeino, kommunenummer 5612, Finnmark (Finnmárku, Finmarkku)'],
		['batsfjord', 'Båtsfjord, kommunenummer 5632, Finnmark (Finnmárku, Finmarkku)'],
		['kongsberg', 'Kongsberg, kommunenummer 3303, Buskerud'],
		['alesund', 'Haram, kommunenummer 1580, Møre og Romsdal']
	]) {
		test(`/kommune/${slug} names it «${text}»`, async ({ open }) => {
			const { page } = await open(`/kommune/${slug}`);
			await expect(panel(page)).toContainText(text, { useInnerText: true });
		});
	}
});

test.describe('addresses', () => {
	for (const [nummer, slug, name] of [
		['5632', 'batsfjord', 'Båtsfjord'],
		['3303', 'kongsberg', 'Kongsberg'],
		['1580', 'alesund', 'Ålesund']
	]) {
		test(`leads /kommune/${nummer}, a number from 2024, to /kommune/${slug}`, async ({ open }) => {
			expect(await html(`/kommune/${nummer}`)).toMatch(new RegExp(`http-equiv="refresh"[^>]*/kommune/${slug}"`));
			const { page } = await open(`/kommune/${nummer}`);
			await page.waitForURL(`**/kommune/${slug}`);
			await expect(heading(page)).toHaveText(name);
		});
	}

	test('answers an unknown number with suggestions by number, not by name', async ({ open }) => {
		const response = await fetch(url('/kommune/5699'));
		expect(response.status).toBe(404);
		const { page } = await open('/kommune/5699');
		await expect(page.getByText('Vi fant ingen kommune med kommunenummeret «5699».')).toBeVisible();
		const suggestions = page.getByRole('list', { name: 'Nærmeste kommunenummer:' });
		await expect(suggestions).toContainText('kommunenummer 5636 fra 2024', { useInnerText: true });
		expect(await suggestions.getByRole('link').allInnerTexts()).toEqual(['Nesseby', 'Vardø', 'Båtsfjord']);
	});
});

test.describe("each kommune's history with the award", () => {
	for (const slug of ['rauma', 'alesund', 'holmestrand', 'halden', 'kinn'])
		test(`/kommune/${slug} shows its nominations, the latest first`, async ({ open }) => {
			const { page } = await open(`/kommune/${slug}`);
			const entries = historyOf(kommuneBySlug(slug)!.nummer).toReversed();
			const history = page.getByRole('region', { name: `Kåringen ${HISTORY_RANGE}` });
			expect(await history.locator('.entry').allInnerTexts()).toEqual(entries.map(describeNomination));
			expect(await history.locator('.reform').allInnerTexts()).toEqual(entries.map(describeReform).filter((text) => text !== null));
			const sources = history.getByRole('link', { name: /^Kilder for \d{4}$/ });
			await expect(sources).toHaveCount(entries.length);
			await sources.first().click();
			await page.waitForURL(`**/kaaringen#kaaringen-${entries[0].year}`);
			await expect(page.locator('section:target h2')).toHaveText(String(entries[0].year), { useInnerText: true });
		});

	test('says so where a kommune is among no known nominees', async () => {
		const page = await html('/kommune/oslo');
		expect(page).toContain(`Oslo er ikke blant de nominerte som er kjent fra kåringene ${HISTORY_RANGE}.`);
	});
});

test.describe('the history page', () => {
	test('has a section per year with date, place, nominees, winners, unknowns and sources, and is linked from the footer', async ({
		open
	}) => {
		const { page, errors } = await open('/');
		await page
			.locator('footer')
			.getByRole('link', { name: /Kåringen år for år/ })
			.click();
		await page.waitForURL('**/kaaringen');
		await expect(heading(page)).toHaveText(`Kåringen ${HISTORY_RANGE}`);
		// Every fact of every section is compared with the history file in src/routes/kaaringen/page.test.ts.
		const years = await page.locator('section.edition h2').allInnerTexts();
		expect(years.map(Number)).toEqual([...AWARD_YEARS, ...YEARS_WITHOUT_AWARD.map((none) => none.year)].sort((a, b) => a - b));
		const section = (year: number) => page.locator(`#kaaringen-${year}`);
		for (const none of YEARS_WITHOUT_AWARD) await expect(section(none.year)).toContainText(`Ingen kåring i ${none.year}.`);
		for (const edition of AWARD_EDITIONS) {
			await expect(section(edition.year).locator('li[data-nominee]')).toHaveCount(edition.nominerte.length);
			await expect(section(edition.year)).toContainText(resultSentence(edition), { useInnerText: true });
		}
		const sources = section(2021).locator('ul.sources a');
		await expect(sources).toHaveCount(AWARD_SOURCES[2021].length);
		for (const href of await sources.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https:\/\//);
		// A nominee leads to its kommune of 2020–2023, showing that edition.
		await section(2019).getByRole('link', { name: 'Haram' }).click();
		await page.waitForURL(url(kommunePath('alesund', 2019)));
		await expect(heading(page)).toHaveText('Ålesund');
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

	test('is linked from the overview', async ({ open }) => {
		const { page } = await open('/');
		const link = page.locator('.history-link').getByRole('link', { name: `Kåringen år for år, ${HISTORY_RANGE}` });
		await expect(link).toHaveAttribute('href', '/kaaringen#kaaringen-2021');
		await link.click();
		await page.waitForURL('**/kaaringen#kaaringen-2021');
		await expect(heading(page)).toHaveText(`Kåringen ${HISTORY_RANGE}`);
	});
});

test.describe('an edition’s page', () => {
	/** Every link on the page to a kommune or an overview state, but the controls', which lead to the others. */
	const internalLinks = (page: Page) =>
		page
			.locator('.sheet a[href^="/kommune/"], .sheet a[href="/"], .sheet a[href^="/20"], .sheet a[href^="/alle"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

	test('opens /2023 on that edition, winners marked, and keeps the edition in every link', async ({ open }) => {
		const { page, errors } = await open('/2023');
		await expect(heading(page)).toHaveText('Årets vertskommune 2023');
		expect(await page.title()).toBe('Årets vertskommune 2023: Fyresdal og Halden vant');
		await expect(page.locator('.summary')).toContainText('Fyresdal og Halden vant 15. mars 2023.', { useInnerText: true });
		const links = nomineeLinks(page);
		await expect(links).toHaveCount(6);
		expect((await links.filter({ hasText: 'Vinner' }).allInnerTexts()).map((t) => t.split('\n')[0].trim())).toEqual(['Fyresdal', 'Halden']);
		const hrefs = await internalLinks(page);
		expect(hrefs.length).toBeGreaterThan(5);
		for (const href of hrefs) {
			const slug = /^\/kommune\/([^/]+)/.exec(href)?.[1];
			if (slug) expect(href).toBe(kommunePath(slug, 2023));
		}
		await links.filter({ hasText: 'Halden' }).click();
		await page.waitForURL(url('/kommune/halden'));
		await expect(heading(page)).toHaveText('Halden');
		expect(errors).toEqual([]);
	});

	test('leads from a kommune in another edition back to that edition', async ({ open }) => {
		const { page } = await open('/kommune/halden/2021');
		const close = panel(page).getByRole('link', { name: /Lukk/ });
		await expect(close).toHaveAttribute('href', '/');
		await open('/kommune/halden/2019').then(async ({ page }) => {
			await expect(panel(page).getByRole('link', { name: /Lukk/ })).toHaveAttribute('href', '/2019');
			await startApp(page);
			await page.keyboard.press('Escape');
			await page.waitForURL(url('/2019'));
			await expect(heading(page)).toHaveText('Årets vertskommune 2019');
		});
	});

	test('shows every kommune ever nominated under «Alle år», and answers a year that is no edition with «Fant ikke siden»', async ({
		open
	}) => {
		const { page } = await open('/alle');
		await expect(heading(page)).toHaveText(`Kåringen ${HISTORY_RANGE}`);
		const list = page.getByRole('list', { name: `Alle nominerte kommuner ${HISTORY_RANGE}` });
		await expect(list.getByRole('listitem')).toHaveCount(yearMarks('alle').length);
		await expect(list.getByRole('listitem').filter({ hasText: 'Haram' })).toHaveText(/2019[^;]*Vinner/, { useInnerText: true });
		await expect(list.getByRole('listitem').filter({ hasText: 'Rauma' })).toHaveText(/2019[^;]*;\s*2021[^;]*Vinner/, {
			useInnerText: true
		});

		expect((await fetch(url('/2020'))).status).toBe(404);
		const malformed = await open('/2020');
		await expect(heading(malformed.page)).toHaveText('Fant ikke siden');
	});
});

test.describe('the first screen on a phone', () => {
	test('shows the headline, the result and the six nominees by class, winners marked, before the long text', async ({ open }) => {
		const { page } = await open('/', PHONE_CONTEXT);
		await expect(nomineeLinks(page)).toHaveCount(6);
		const inFirstScreen = async (locator: Locator) => {
			const box = (await locator.boundingBox())!;
			return box.y >= 0 && box.y + box.height <= PHONE.height && box.x >= 0 && box.x + box.width <= PHONE.width;
		};
		// The sheet settles once the app has hydrated and measured the map.
		await expect.poll(() => inFirstScreen(heading(page))).toBe(true);
		expect(await inFirstScreen(page.locator('.summary'))).toBe(true);
		for (let i = 0; i < 6; i++) {
			const link = nomineeLinks(page).nth(i);
			expect(await inFirstScreen(link), await link.innerText()).toBe(true);
			expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
		}
		const groups = await page.locator('section.group h2').allInnerTexts();
		expect(groups.map((text) => /(under|over) 15\u00a0000/.exec(text)?.[0])).toEqual(['under 15\u00a0000', 'over 15\u00a0000']);
		await expect(nomineeLinks(page).filter({ hasText: 'Vinner' })).toHaveCount(2);
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

test.describe('lists read item by item', () => {
	for (const [page, items] of [
		['/kaaringen', 'ul.nominees > li'],
		['/kommune/alesund', 'ol.nominations > li']
	] as const) {
		test(`on ${page} at 360 px, an item's wrapped lines lie closer together than two items`, async ({ open }) => {
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
