/**
 * The map in other sites: the embed pages (/embed, /embed/kommune/<slug>), the snippet that sizes
 * them in another site's page, oEmbed as a CMS uses it, and the «Bygg inn» dialog that hands out
 * the code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Frame, Page } from '@playwright/test';
import { KOMMUNER } from '../../src/lib/kommuner/geography';
import { embedCode, embedFrame, EMBED_SIZE, HEIGHT_MESSAGE } from '../../src/lib/embed/embed-code';
import { axeViolations } from './axe';
import { expect, test, type Open, type OpenOptions, type OtherSite } from './fixtures';
import { article } from './article';
import {
	waitForAppStart,
	DESKTOP,
	filterLink,
	heading,
	mapMarker,
	nextLink,
	pagePoint,
	PHONE_CONTEXT,
	url,
	waitForMap,
	mapArea
} from './util';
import { allFilters, embedPath, filterKey, kommuneFilters, overviewPath } from '../../src/lib/url/paths';
import { HISTORY_RANGE } from '../../src/lib/pages/page-text';

const embedPage = (page: Page) => page.frame({ url: /\/embed/ })!;
const frameHeading = (frame: Frame) => frame.getByRole('heading', { level: 1 }).innerText();
/** The height of the embed's content, as the embed measures it. */
const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
const wrapperHeight = (page: Page) => page.locator('.vertskommunekartet').evaluate((el) => el.getBoundingClientRect().height);
/**
 * Whether the snippet's iframe is as tall as the embed's content: the wrapper within a pixel of
 * it, the iframe filling the wrapper, and nothing to scroll inside the frame (the article scrolls).
 */
async function fitsContent(page: Page, frame: Frame): Promise<boolean> {
	const content = await contentHeight(frame);
	const wrapper = await wrapperHeight(page);
	const iframe = (await page.locator('iframe').boundingBox())!.height;
	const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight);
	return Math.abs(wrapper - content) <= 1 && Math.abs(iframe - wrapper) < 0.5 && !scrolls;
}

/** Opens another site's article with `body` in it and waits until the embed shows its heading. */
async function openArticle({ open, otherSite }: { open: Open; otherSite: OtherSite }, body: string, options: OpenOptions = {}) {
	const { page } = await open(await otherSite(article(body)), options);
	await page.locator('iframe').waitFor();
	await expect.poll(() => page.frame({ url: /\/embed/ }) !== null).toBe(true);
	await embedPage(page).getByRole('heading', { level: 1 }).waitFor();
	return page;
}

test.describe('the embed pages', () => {
	test('are prerendered for every overview state and all 356 kommuner in every edition, kept out of search engines, without the site header', () => {
		const files = readdirSync('build/embed/kommune').filter((name) => name.endsWith('.html'));
		expect(files.sort()).toEqual(KOMMUNER.map((kommune) => `${kommune.slug}.html`).sort());
		for (const kommune of KOMMUNER) {
			expect(
				readdirSync(`build/embed/kommune/${kommune.slug}`)
					.filter((name) => name.endsWith('.html'))
					.sort()
			).toEqual(
				kommuneFilters()
					.map(({ år }) => `${år}.html`)
					.sort()
			);
		}
		for (const filter of allFilters()) expect(existsSync(`build${embedPath(overviewPath(filter))}.html`), filterKey(filter)).toBe(true);
		for (const file of [
			'build/embed.html',
			'build/embed/2023/over.html',
			'build/embed/kommune/rauma.html',
			'build/embed/kommune/oslo/2019.html'
		]) {
			const html = readFileSync(file, 'utf8');
			expect(html).toContain('<meta name="robots" content="noindex"/>');
			expect(html).not.toContain('site-header');
			// The policy allows no inline style: none in the markup either.
			expect(html).not.toMatch(/<[^>]+\sstyle=/);
		}
	});

	test('show the map, the panel and «Åpne i fullversjon», each edition and class a page of its own; old query links land on it', async ({
		page
	}) => {
		await page.goto(url('/embed?år=2019&kategori=under'));
		await page.waitForURL(url('/embed/2019/under'));
		await expect(heading(page)).toHaveText(/^Årets vertskommune 2019/, { useInnerText: true });
		await expect(filterLink(page, '2019')).toHaveAttribute('aria-current', 'page');
		await expect(filterLink(page, /Under 15/)).toHaveAttribute('aria-current', 'page');
		// 2019's nominees under 15 000 are marked (Haram in Ålesund, Sande in Holmestrand, Rauma); 2021's Båtsfjord is not.
		for (const nummer of ['1507', '3802', '1539']) await mapMarker(page, nummer).waitFor({ state: 'attached' });
		await expect(mapMarker(page, '5443')).toHaveCount(0);
		await expect(mapMarker(page, '1539')).toHaveAttribute('href', '/embed/kommune/rauma/2019');
		await expect(mapMarker(page, '1507')).toHaveAttribute('aria-label', /^Haram, nominert 2019/);

		await page.goto(url('/embed/kommune/rauma/2019'));
		await expect(heading(page)).toHaveText('Rauma', { useInnerText: true });
		const full = page.getByRole('link', { name: /Åpne i fullversjon/ });
		await expect(full).toHaveAttribute('href', '/kommune/rauma/2019');
		await expect(full).toHaveAttribute('target', '_blank');
		await expect(page.locator('.site-header')).toHaveCount(0);
		await expect(mapArea(page).getByText(/^Kartgrunnlag/)).toContainText('Kartverket', { useInnerText: true });
	});

	test('keep kommune links in the embed and open the full site and the sources in a new tab', async ({ page }) => {
		await page.goto(url('/embed/kommune/kinn/2021'));
		await heading(page).waitFor();
		await expect(nextLink(page)).toHaveAttribute('href', '/embed/kommune/kongsberg');
		expect(await nextLink(page).getAttribute('target')).toBeNull();
		await expect(mapMarker(page, '4602')).toHaveAttribute('href', '/embed/kommune/kinn/2021');
		// Named so that a screen reader says where it opens.
		const sources = page.getByRole('link', { name: 'Kilder for 2021 (åpnes i ny fane)', exact: true });
		await expect(sources).toHaveAttribute('href', '/kaaringen#kaaringen-2021');
		await expect(sources).toHaveAttribute('target', '_blank');
	});

	test('move from the map to a kommune and on, inside the embed, focus and announcement as on the site; Escape goes back', async ({
		page
	}) => {
		await page.goto(url('/embed'));
		await waitForMap(page);
		await mapMarker(page, '1539').locator('.marker').click();
		await page.waitForURL('**/embed/kommune/rauma');
		await expect(heading(page)).toBeFocused();
		await expect(page.locator('.announcement')).toContainText('Rauma er valgt');
		await nextLink(page).click();
		await page.waitForURL('**/embed/kommune/kinn/2021');
		await expect(heading(page)).toHaveText('Kinn', { useInnerText: true });
		await page.keyboard.press('Escape');
		await page.waitForURL((address) => address.pathname === '/embed');
		await expect(heading(page)).toContainText('Årets vertskommune', { useInnerText: true });
	});

	test('open the kommune clicked on the map, any kommune', async ({ page }) => {
		await page.goto(url('/embed'));
		// The embed has started by itself (a click before its start-up script ran would be the browser's alone).
		await waitForAppStart(page);
		const hattfjelldal = await pagePoint(page, [14.2, 65.55]);
		await page.mouse.click(hattfjelldal.x, hattfjelldal.y);
		await page.waitForURL('**/embed/kommune/hattfjelldal', { timeout: 45_000 });
		await expect(heading(page)).toHaveText('Hattfjelldal', { useInnerText: true });
	});

	test('let the keyboard skip over the map to the text', async ({ page }) => {
		await page.goto(url('/embed/kommune/rauma'));
		await heading(page).waitFor();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til innholdet');
		await page.keyboard.press('Enter');
		await expect(page.locator('#innhold')).toBeFocused();
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.closest('#innhold') !== null)).toBe(true);
	});
});

test.describe('the embed in another site', () => {
	for (const [size, options] of [
		['a phone', PHONE_CONTEXT],
		['a desktop', { viewport: DESKTOP }]
	] as const) {
		test(`sizes itself to its content on ${size}, and follows it when the content changes`, async ({ open, otherSite }) => {
			const page = await openArticle(
				{ open, otherSite },
				embedCode({ src: url('/embed/kommune/rauma'), title: 'Kart over Rauma' }),
				options
			);
			const frame = embedPage(page);
			// The embed sizes itself once it has started; its content may still settle for a moment after that.
			await waitForAppStart(frame);
			await expect.poll(() => fitsContent(page, frame)).toBe(true);

			// The step link moves within the running embed, without loading a new page: the height has
			// to follow the changed content. Followed from the keyboard: on a loaded machine, Chromium
			// now and then delivered the test's pointer click to the article's <iframe> element instead
			// of the link inside the cross-origin frame (three clicks in some twenty), which says nothing
			// about the site.
			const before = await wrapperHeight(page);
			await frame.getByRole('link', { name: /Forrige/ }).focus();
			await page.keyboard.press('Enter');
			await expect.poll(() => frameHeading(frame)).toBe('Vestre Toten');
			expect(new URL(frame.url()).pathname).toBe('/embed/kommune/vestre-toten');
			await expect.poll(() => fitsContent(page, frame)).toBe(true);
			if (size === 'a phone') expect(await wrapperHeight(page)).not.toBe(before);
		});
	}

	test('ignores height messages from other windows and from other origins', async ({ open, otherSite }) => {
		const page = await openArticle({ open, otherSite }, embedCode({ src: url('/embed'), title: 'Kart' }), PHONE_CONTEXT);
		const frame = embedPage(page);
		await expect.poll(async () => Math.abs((await wrapperHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
		const sized = await wrapperHeight(page);
		/** Resolves once a message of height 50 has reached the article (after the snippet, whose listener came first). */
		const seen = () =>
			page.evaluate(() => new Promise<boolean>((done) => addEventListener('message', (event) => event.data?.height === 50 && done(true))));

		// The article itself posts a height.
		const fromArticle = seen();
		await page.evaluate((type) => postMessage({ type, height: 50 }, '*'), HEIGHT_MESSAGE);
		expect(await fromArticle).toBe(true);
		expect(await wrapperHeight(page)).toBe(sized);

		// The iframe, sent to a page of another origin, posts one.
		const elsewhere = await otherSite(
			`<!doctype html><title>Annet</title><script>parent.postMessage({ type: '${HEIGHT_MESSAGE}', height: 50 }, '*');</script>`
		);
		const fromElsewhere = seen();
		await page.locator('iframe').evaluate((iframe: HTMLIFrameElement, address) => (iframe.src = address), elsewhere);
		expect(await fromElsewhere).toBe(true);
		expect(await wrapperHeight(page)).toBe(sized);
	});

	test('keeps a fixed 3:2 frame, at least 480 pixels tall, on a page that runs no script', async ({ open, otherSite }) => {
		const page = await openArticle({ open, otherSite }, embedFrame({ src: url('/embed/kommune/kinn'), title: 'Kart over Kinn' }), {
			...PHONE_CONTEXT,
			javaScriptEnabled: false
		});
		expect(await frameHeading(embedPage(page))).toBe('Kinn');
		expect(await wrapperHeight(page)).toBe(EMBED_SIZE.height);
	});

	test('keeps 3:2 on a wide page that runs no script', async ({ open, otherSite }) => {
		const page = await openArticle({ open, otherSite }, embedFrame({ src: url('/embed'), title: 'Kart' }), { javaScriptEnabled: false });
		const box = (await page.locator('.vertskommunekartet').boundingBox())!;
		expect(box.width).toBe(720);
		expect(box.height).toBe(480);
	});
});

test.describe('oEmbed', () => {
	/** The page's oEmbed link, its canonical address and its share image, as a CMS reads them from the HTML. */
	function discover(html: string) {
		const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]?.replaceAll('&amp;', '&');
		const link = html.match(/<link[^>]+type="application\/json\+oembed"[^>]*>/)?.[0];
		const canonical = html.match(/<link rel="canonical"[^>]*>/)?.[0];
		const image = html.match(/<meta property="og:image" [^>]*>/)?.[0];
		if (!link || !canonical || !image) throw new Error('The page lacks an oEmbed link, a canonical address or a share image');
		return { oembed: attribute(link, 'href')!, canonical: attribute(canonical, 'href')!, image: attribute(image, 'content')! };
	}

	for (const [path, embedHeading] of [
		['/', 'Årets vertskommune for næringsutvikling 2021'],
		['/2023/over', /^Årets vertskommune 2023/],
		['/kommune/rauma', 'Rauma'],
		['/kommune/kinn/2021', 'Kinn'],
		['/kaaringen', `Kåringen ${HISTORY_RANGE}`]
	] as const) {
		test(`turns ${path}, pasted into a CMS, into the map in the article, sized to its content`, async ({ open, otherSite }) => {
			// As WordPress does: fetch the page, find the link, fetch the JSON with its parameters, insert the html.
			const found = discover(await (await fetch(url(path))).text());
			const site = new URL(found.canonical).origin;
			const here = (address: string) => address.replaceAll(site, url(''));
			expect(found.oembed.startsWith(`${site}/oembed/`)).toBe(true);
			const answer = await fetch(`${here(found.oembed)}?url=${encodeURIComponent(found.canonical)}&maxwidth=600&format=json`);
			expect(answer.status).toBe(200);
			expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
			const json = await answer.json();
			expect(json).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Vertskommunekartet', provider_url: `${site}/` });
			expect(json.width).toBe(EMBED_SIZE.width);
			expect(json.height).toBe(EMBED_SIZE.height);
			expect(json.title).toMatch(/^Kart/);
			expect(json.thumbnail_url).toBe(found.image);
			expect((await fetch(here(json.thumbnail_url))).headers.get('content-type')).toBe('image/png');

			const page = await openArticle({ open, otherSite }, here(json.html));
			const frame = embedPage(page);
			// Each state's embed is a page of its own: its heading is there from the first paint.
			if (typeof embedHeading === 'string') expect(await frameHeading(frame)).toBe(embedHeading);
			else expect(await frameHeading(frame)).toMatch(embedHeading);
			// The answer embeds the page it was found on: the same state.
			expect(frame.url().replace(url(''), '')).toBe(path === '/kaaringen' ? '/embed/alle' : embedPath(path));
			await expect
				.poll(() =>
					frame
						.locator('.map-frame img')
						.first()
						.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)
				)
				.toBe(true);
			await expect.poll(async () => Math.abs((await wrapperHeight(page)) - (await contentHeight(frame)))).toBeLessThanOrEqual(1);
		});
	}
});

test.describe('«Bygg inn»', () => {
	const dialog = (page: Page) => page.getByRole('dialog', { name: 'Bygg inn kartet' });
	const openDialog = async (page: Page) => {
		await page.getByRole('button', { name: 'Bygg inn' }).click();
		await dialog(page).waitFor();
	};

	test('shows the code and the link for the view in a modal dialog, copies them, keeps focus inside, closes with Escape', async ({
		open
	}) => {
		const { page } = await open('/kommune/rauma/2019', { permissions: ['clipboard-read', 'clipboard-write'] });
		await openDialog(page);
		expect(await dialog(page).evaluate((element) => element.matches(':modal'))).toBe(true);
		const code = await page.getByLabel('Kode').inputValue();
		expect(code).toContain('src="https://vertskommunekartet.no/embed/kommune/rauma/2019"');
		expect(code).toContain('title="Kart: Rauma');
		expect(code).toContain('<script>');
		await expect(page.getByLabel('Lenke til siden')).toHaveValue('https://vertskommunekartet.no/kommune/rauma/2019');

		await page.getByRole('button', { name: 'Kopier koden' }).click();
		await expect(dialog(page).getByRole('status')).toHaveText('Koden er kopiert.', { useInnerText: true });
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
		await page.getByRole('button', { name: 'Kopier lenken' }).click();
		await expect(dialog(page).getByRole('status')).toHaveText('Lenken er kopiert.', { useInnerText: true });

		// Tab and Shift+Tab go round the dialog's controls and never leave it.
		for (const key of [...Array(8).fill('Tab'), ...Array(8).fill('Shift+Tab')]) {
			await page.keyboard.press(key);
			expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
		}

		await page.keyboard.press('Escape');
		await expect(dialog(page)).toHaveCount(0);
		// Escape closed the dialog only: the kommune stays open, focus is back on the button.
		expect(new URL(page.url()).pathname).toBe('/kommune/rauma/2019');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Bygg inn');
	});

	test('offers the overview on the front page, beside «Del», and the map of all years on the history page', async ({ open }) => {
		const { page } = await open('/', { permissions: ['clipboard-read', 'clipboard-write'] });
		await page.getByRole('button', { name: 'Del' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Lenken er kopiert.' })).toHaveCount(1);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url('/'));
		await openDialog(page);
		expect(await page.getByLabel('Kode').inputValue()).toContain('src="https://vertskommunekartet.no/embed"');
		await page.getByRole('button', { name: 'Lukk' }).click();
		await expect(dialog(page)).toHaveCount(0);

		await page.goto(url('/kaaringen'));
		await openDialog(page);
		expect(await page.getByLabel('Kode').inputValue()).toContain('src="https://vertskommunekartet.no/embed/alle"');
		await expect(page.getByLabel('Lenke til siden')).toHaveValue('https://vertskommunekartet.no/kaaringen');
	});
});

test.describe('WCAG 2.1 AA (axe-core) in the embeds and the dialog', () => {
	for (const [name, path, options] of [
		['the overview embed, wide', '/embed', { viewport: { width: 720, height: 480 } }],
		['the overview embed, on a phone', '/embed', PHONE_CONTEXT],
		['a nominee’s embed, wide', '/embed/kommune/vestre-toten', { viewport: { width: 720, height: 480 } }],
		['the embed of a kommune that was not nominated, on a phone', '/embed/kommune/oslo', PHONE_CONTEXT]
	] as const) {
		test(`finds no violations in ${name}`, async ({ open }) => {
			const { page } = await open(path, options);
			await waitForMap(page);
			expect(await axeViolations(page)).toEqual([]);
		});
	}

	test('finds no violations with the «Bygg inn» dialog open', async ({ page }) => {
		await page.goto(url('/kommune/kinn'));
		await page.getByRole('button', { name: 'Bygg inn' }).click();
		await page.getByRole('dialog').waitFor();
		expect(await axeViolations(page)).toEqual([]);
	});
});
