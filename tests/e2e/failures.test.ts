/**
 * Faults injected after the page has loaded (no connection, broken data files, missing scripts, a
 * new deploy): each ends with the site still there and a Norwegian message, never an uncaught
 * error or English text from the framework.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { type Open, expect, test } from './fixtures';
import { appStarted, heading, startMap, url } from './util';

interface Watched {
	page: Page;
	/** Uncaught errors and unhandled rejections. */
	uncaught: string[];
	/** Text the framework shows in English when an error reaches it unhandled. */
	english: string[];
}

/** Opens `path` with the fixture's `open` and watches it for the above; `prepare` runs before the page loads. */
async function openWatched(open: Open, path: string, prepare?: (page: Page) => Promise<unknown>): Promise<Watched> {
	const { page } = await open();
	const uncaught: string[] = [];
	const english: string[] = [];
	page.on('pageerror', (error) => uncaught.push(error.message));
	// Survives full page loads, unlike anything kept in the page.
	await page.exposeFunction('reportEnglish', (text: string) => english.push(text));
	await page.addInitScript(() => {
		const report = (window as unknown as { reportEnglish: (text: string) => void }).reportEnglish;
		new MutationObserver((records) => {
			for (const record of records) {
				const text =
					record.type === 'characterData'
						? String(record.target.nodeValue)
						: [...record.addedNodes].map((node) => node.textContent).join(' ');
				if (/Internal Error|Not Found/.test(text)) report(text.slice(0, 200));
			}
		}).observe(document, { subtree: true, childList: true, characterData: true });
	});
	await prepare?.(page);
	await page.goto(url(path));
	return { page, uncaught, english };
}

/** Marks the loaded document, so a full page load (which drops the mark) can be told from a client-side one. */
const markDocument = (page: Page) => page.evaluate(() => ((window as unknown as { loadedBefore: boolean }).loadedBefore = true));
const documentWasReplaced = (page: Page) =>
	page.waitForFunction(() => !(window as unknown as { loadedBefore?: boolean }).loadedBefore, null, { timeout: 30_000 });

const OFFLINE = 'Du ser ut til å være frakoblet';

test.describe('offline after the page has loaded', () => {
	test('holds a click on «Neste» with a Norwegian notice, keeping the page and the map', async ({ open }) => {
		const { page, uncaught, english } = await openWatched(open, '/kommune/kinn/2021');
		await startMap(page);
		await page.context().setOffline(true);
		await page.getByRole('link', { name: /Neste/ }).click();

		const notice = page.getByRole('alert');
		await expect(notice).toContainText(OFFLINE);
		expect(new URL(page.url()).pathname).toBe('/kommune/kinn/2021');
		await expect(heading(page)).toHaveText('Kinn');
		await expect(page.locator('.maplibregl-canvas')).toBeVisible();
		const retry = notice.getByRole('link', { name: 'Prøv igjen' });
		await expect(retry).toHaveAttribute('href', '/kommune/kongsberg');
		expect(await retry.getAttribute('data-sveltekit-reload')).not.toBeNull();

		await page.context().setOffline(false);
		await retry.click();
		await page.waitForURL('**/kommune/kongsberg');
		await expect(heading(page)).toHaveText('Kongsberg');
		expect(uncaught).toEqual([]);
		expect(english).toEqual([]);
	});

	test('keeps the page as drawn when the first reach comes offline, and starts once the connection is back', async ({ open }) => {
		const { page } = await open();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// The click is the first reach.
		await page.goto(url('/kommune/kinn'), { waitUntil: 'networkidle' });
		await page.context().setOffline(true);
		await page.getByRole('button', { name: 'Bygg inn' }).click();
		expect(await appStarted(page)).toBe(false);
		await expect(heading(page)).toHaveText('Kinn');

		await page.context().setOffline(false);
		// The click made offline is answered once the app has started.
		await page.getByRole('dialog', { name: /Bygg inn/ }).waitFor();
		expect(errors).toEqual([]);
	});

	test('holds a search + Enter the same way', async ({ open }) => {
		const { page, uncaught, english } = await openWatched(open, '/kommune/kinn');
		await startMap(page);
		const search = page.getByRole('combobox');
		await search.fill('molde');
		await page.getByRole('option', { name: /Molde/ }).waitFor();
		await page.context().setOffline(true);
		await search.press('Enter');

		await expect(page.getByRole('alert')).toContainText(OFFLINE);
		expect(new URL(page.url()).pathname).toBe('/kommune/kinn');
		await expect(heading(page)).toHaveText('Kinn');
		expect(uncaught).toEqual([]);
		expect(english).toEqual([]);
	});

	test('holds a click on another edition the same way: each is a page of its own', async ({ open }) => {
		const { page, uncaught, english } = await openWatched(open, '/2023');
		await startMap(page);
		await page.context().setOffline(true);
		await page
			.getByRole('navigation', { name: /^Velg kåring/ })
			.getByRole('link', { name: '2019' })
			.click();

		await expect(page.getByRole('alert')).toContainText(OFFLINE);
		expect(new URL(page.url()).pathname).toBe('/2023');
		await expect(heading(page)).toHaveText('Årets vertskommune 2023');
		expect(uncaught).toEqual([]);
		expect(english).toEqual([]);
	});
});

test.describe('a kommune page whose data file is broken', () => {
	const indexHtml = readFileSync('build/index.html', 'utf8');
	const faults: [string, { status: number; contentType: string; body: string }][] = [
		['answers 500', { status: 500, contentType: 'text/html', body: '<h1>500 Internal Server Error</h1>' }],
		['is not JSON', { status: 200, contentType: 'application/json', body: 'not json {' }],
		['is an HTML page', { status: 200, contentType: 'text/html', body: indexHtml }]
	];

	for (const [fault, response] of faults)
		test(`loads the page in full instead when its data file ${fault}`, async ({ open }) => {
			const { page, uncaught, english } = await openWatched(open, '/kommune/kinn/2021', (page) =>
				page.context().route('**/__data.json*', (route) => route.fulfill(response))
			);
			await startMap(page);
			await markDocument(page);
			await page.getByRole('link', { name: /Neste/ }).click();

			await documentWasReplaced(page);
			await page.waitForURL('**/kommune/kongsberg');
			await expect(heading(page)).toHaveText('Kongsberg');
			await startMap(page);
			expect(uncaught).toEqual([]);
			expect(english).toEqual([]);
		});

	test('says «Siden kunne ikke lastes» with «Prøv igjen» when the page cannot be loaded in full either', async ({ open }) => {
		const { page, uncaught, english } = await openWatched(open, '/kommune/kinn/2021', async (page) => {
			await page.context().route('**/__data.json*', (route) => route.fulfill(faults[0][1]));
			await page.context().route('**/kommune/kongsberg', (route) => route.fulfill(faults[0][1]));
		});
		await startMap(page);
		await page.getByRole('link', { name: /Neste/ }).click();

		await expect(heading(page)).toHaveText('Siden kunne ikke lastes');
		const retry = page.getByRole('link', { name: 'Prøv igjen' });
		await expect(retry).toHaveAttribute('href', '/kommune/kongsberg');
		expect(await retry.getAttribute('data-sveltekit-reload')).not.toBeNull();
		await expect(page.getByRole('combobox')).toBeVisible();
		await expect(page.getByRole('contentinfo')).toContainText('Kartverket');

		await page.getByRole('link', { name: 'Tilbake til kartet' }).click();
		await page.waitForURL(url('/'));
		await expect(heading(page)).toContainText('Årets vertskommune');
		await startMap(page);
		expect(uncaught).toEqual([]);
		expect(english).toEqual([]);
	});
});

test.describe('parts loaded later', () => {
	test('says «Søket kunne ikke lastes» when the search index cannot be loaded', async ({ open }) => {
		const { page, uncaught } = await openWatched(open, '/kommune/kinn');
		await startMap(page);
		// Everything not loaded by now (the search index among it) fails from here on.
		const loaded = new Set(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)));
		await page.context().route('**/_app/immutable/**', (route) => (loaded.has(route.request().url()) ? route.continue() : route.abort()));
		await page.getByRole('combobox').fill('molde');

		await page.getByText('Søket kunne ikke lastes').waitFor();
		await expect(page.getByRole('status').filter({ hasText: 'Søket kunne ikke lastes' })).toHaveCount(1);
		await expect(heading(page)).toHaveText('Kinn');
		expect(uncaught).toEqual([]);
	});

	test('loads the next page in full once a new version of the site is deployed', async ({ open }) => {
		const { page, uncaught } = await openWatched(open, '/tilgjengelighet', async (page) => {
			await page.clock.install();
			await page
				.context()
				.route('**/_app/version.json', (route) => route.fulfill({ contentType: 'application/json', body: '{"version":"a-newer-deploy"}' }));
		});
		await heading(page).waitFor();
		await markDocument(page);
		const polled = page.waitForResponse('**/_app/version.json');
		await page.clock.fastForward('05:01');
		await polled;

		await page.getByRole('link', { name: 'Vertskommunekartet' }).click();
		await documentWasReplaced(page);
		await page.waitForURL(url('/'));
		expect(uncaught).toEqual([]);
	});
});

test.describe('the not-found page', () => {
	for (const path of ['/kommune/finnes-ikke', '/finnes/ikke'])
		test(`ends with the site footer at ${path}`, async ({ open }) => {
			const { page } = await open(path);
			await expect(heading(page)).toHaveText('Fant ikke siden');
			await page.waitForLoadState('networkidle');
			// As read on the screen: the source wraps the line where a space is.
			await expect(page.getByRole('contentinfo')).toContainText('Kartgrunnlag: © Kartverket (CC BY 4.0)', { useInnerText: true });
		});

	test('says what was asked for and suggests kommuner in its first paint, with none of the app’s code', async ({ page }) => {
		// The app's code fails to load: what the page says comes from the page itself.
		await page.context().route(/\/_app\/immutable\/(entry|chunks|nodes)\//, (route) => route.abort());
		// When the answer was written, and when the page was first painted: observed from before any of its scripts run.
		await page.addInitScript(() => {
			const seen: { answered?: number; painted?: number } = {};
			Object.assign(window, { seen });
			new MutationObserver(() => {
				if (seen.answered === undefined && document.querySelector('main li a')) seen.answered = performance.now();
			}).observe(document, { childList: true, subtree: true });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) if (entry.name === 'first-paint') seen.painted = entry.startTime;
			}).observe({ type: 'paint', buffered: true });
		});
		await page.goto(url('/kommune/trondhjem'));
		const seen = () => page.evaluate(() => (window as unknown as { seen: { answered?: number; painted?: number } }).seen);
		await expect.poll(async () => (await seen()).painted).toBeGreaterThan(0);
		const { answered, painted } = await seen();
		expect(answered).toBeLessThanOrEqual(painted!);
		const main = await page.getByRole('main').innerText();
		expect(main).toContain('Vi fant ingen kommune med adressen «trondhjem».\n\nMente du en av disse?');
		expect(main).not.toContain('Siden du ba om finnes ikke her');
		await page.getByRole('list', { name: 'Mente du en av disse?' }).getByRole('link', { name: 'Trondheim' }).click();
		await page.waitForURL('**/kommune/trondheim');
	});

	test('echoes only the slug, without the characters that would reverse it', async ({ open }) => {
		const { page } = await open('/kommune/%E2%80%AEmoc.live%20ot%20og/mer');
		const echo = page.getByText('Vi fant ingen kommune med adressen');
		await echo.waitFor();
		await expect(echo).toHaveText('Vi fant ingen kommune med adressen «moc.live ot og».');
		await expect(page.locator('body')).not.toHaveText(/[\u202a-\u202e\u2066-\u2069]/);
	});

	test('goes on to the page when a host serves it for a known address with a trailing slash', async ({ open }) => {
		const notFound = readFileSync('build/404.html', 'utf8');
		const { page, uncaught } = await openWatched(open, '/kommune/kinn/2021/?utm_source=x', (page) =>
			page
				.context()
				.route(/\/kommune\/kinn\/2021\/(\?.*)?$/, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }))
		);
		await page.waitForURL('**/kommune/kinn/2021?utm_source=x');
		await expect(heading(page)).toHaveText('Kinn');
		expect(uncaught).toEqual([]);
	});
});
