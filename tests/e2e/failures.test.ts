/**
 * Faults injected after the page has loaded (no connection, broken data files, missing scripts, a
 * new deploy): each ends with the site still there and a Norwegian message, never an uncaught
 * error or English text from the framework.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it, type Open } from './fixtures';
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

describe('offline after the page has loaded', () => {
	it('holds a click on «Neste» with a Norwegian notice, keeping the page and the map', async ({ open }) => {
		const { page, uncaught, english } = await openWatched(open, '/kommune/kinn/2021');
		await startMap(page);
		await page.context().setOffline(true);
		await page.getByRole('link', { name: /Neste/ }).click();

		const notice = page.getByRole('alert');
		await expect.poll(() => notice.textContent()).toContain(OFFLINE);
		expect(new URL(page.url()).pathname).toBe('/kommune/kinn/2021');
		expect(await heading(page).textContent()).toBe('Kinn');
		expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(true);
		const retry = notice.getByRole('link', { name: 'Prøv igjen' });
		expect(await retry.getAttribute('href')).toBe('/kommune/kongsberg');
		expect(await retry.getAttribute('data-sveltekit-reload')).not.toBeNull();

		await page.context().setOffline(false);
		await retry.click();
		await page.waitForURL('**/kommune/kongsberg');
		expect(await heading(page).textContent()).toBe('Kongsberg');
		expect(uncaught).toEqual([]);
		expect(english).toEqual([]);
	});

	it('keeps the page as drawn when the first reach comes offline, and starts once the connection is back', async ({ open }) => {
		const { page } = await open();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		// The click is the first reach.
		await page.goto(url('/kommune/kinn'), { waitUntil: 'networkidle' });
		await page.context().setOffline(true);
		await page.getByRole('button', { name: 'Bygg inn' }).click();
		expect(await appStarted(page)).toBe(false);
		expect(await heading(page).textContent()).toBe('Kinn');

		await page.context().setOffline(false);
		// The click made offline is answered once the app has started.
		await page.getByRole('dialog', { name: /Bygg inn/ }).waitFor();
		expect(errors).toEqual([]);
	});

	it('holds a search + Enter the same way', async ({ open }) => {
		const { page, uncaught, english } = await openWatched(open, '/kommune/kinn');
		await startMap(page);
		const search = page.getByRole('combobox');
		await search.fill('molde');
		await page.getByRole('option', { name: /Molde/ }).waitFor();
		await page.context().setOffline(true);
		await search.press('Enter');

		await expect.poll(() => page.getByRole('alert').textContent()).toContain(OFFLINE);
		expect(new URL(page.url()).pathname).toBe('/kommune/kinn');
		expect(await heading(page).textContent()).toBe('Kinn');
		expect(uncaught).toEqual([]);
		expect(english).toEqual([]);
	});

	it('holds a click on another edition the same way: each is a page of its own', async ({ open }) => {
		const { page, uncaught, english } = await openWatched(open, '/2023');
		await startMap(page);
		await page.context().setOffline(true);
		await page
			.getByRole('navigation', { name: /^Velg kåring/ })
			.getByRole('link', { name: '2019' })
			.click();

		await expect.poll(() => page.getByRole('alert').textContent()).toContain(OFFLINE);
		expect(new URL(page.url()).pathname).toBe('/2023');
		expect(await heading(page).textContent()).toBe('Årets vertskommune 2023');
		expect(uncaught).toEqual([]);
		expect(english).toEqual([]);
	});
});

describe('a kommune page whose data file is broken', () => {
	const indexHtml = readFileSync('build/index.html', 'utf8');
	const faults: [string, { status: number; contentType: string; body: string }][] = [
		['answers 500', { status: 500, contentType: 'text/html', body: '<h1>500 Internal Server Error</h1>' }],
		['is not JSON', { status: 200, contentType: 'application/json', body: 'not json {' }],
		['is an HTML page', { status: 200, contentType: 'text/html', body: indexHtml }]
	];

	it.for(faults)('loads the page in full instead when its data file %s', async ([, response], { open }) => {
		const { page, uncaught, english } = await openWatched(open, '/kommune/kinn/2021', (page) =>
			page.context().route('**/__data.json*', (route) => route.fulfill(response))
		);
		await startMap(page);
		await markDocument(page);
		await page.getByRole('link', { name: /Neste/ }).click();

		await documentWasReplaced(page);
		await page.waitForURL('**/kommune/kongsberg');
		expect(await heading(page).textContent()).toBe('Kongsberg');
		await startMap(page);
		expect(uncaught).toEqual([]);
		expect(english).toEqual([]);
	});

	it('says «Siden kunne ikke lastes» with «Prøv igjen» when the page cannot be loaded in full either', async ({ open }) => {
		const { page, uncaught, english } = await openWatched(open, '/kommune/kinn/2021', async (page) => {
			await page.context().route('**/__data.json*', (route) => route.fulfill(faults[0][1]));
			await page.context().route('**/kommune/kongsberg', (route) => route.fulfill(faults[0][1]));
		});
		await startMap(page);
		await page.getByRole('link', { name: /Neste/ }).click();

		await expect.poll(() => heading(page).textContent()).toBe('Siden kunne ikke lastes');
		const retry = page.getByRole('link', { name: 'Prøv igjen' });
		expect(await retry.getAttribute('href')).toBe('/kommune/kongsberg');
		expect(await retry.getAttribute('data-sveltekit-reload')).not.toBeNull();
		expect(await page.getByRole('combobox').isVisible()).toBe(true);
		expect(await page.getByRole('contentinfo').textContent()).toContain('Kartverket');

		await page.getByRole('link', { name: 'Tilbake til kartet' }).click();
		await page.waitForURL(url('/'));
		await expect.poll(() => heading(page).textContent()).toContain('Årets vertskommune');
		await startMap(page);
		expect(uncaught).toEqual([]);
		expect(english).toEqual([]);
	});
});

describe('parts loaded later', () => {
	it('says «Søket kunne ikke lastes» when the search index cannot be loaded', async ({ open }) => {
		const { page, uncaught } = await openWatched(open, '/kommune/kinn');
		await startMap(page);
		// Everything not loaded by now (the search index among it) fails from here on.
		const loaded = new Set(await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name)));
		await page.context().route('**/_app/immutable/**', (route) => (loaded.has(route.request().url()) ? route.continue() : route.abort()));
		await page.getByRole('combobox').fill('molde');

		await page.getByText('Søket kunne ikke lastes').waitFor();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Søket kunne ikke lastes' }).count()).toBe(1);
		expect(await heading(page).textContent()).toBe('Kinn');
		expect(uncaught).toEqual([]);
	});

	it('loads the next page in full once a new version of the site is deployed', async ({ open }) => {
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

describe('the not-found page', () => {
	it.for(['/kommune/finnes-ikke', '/finnes/ikke'])('ends with the site footer at %s', async (path, { open }) => {
		const { page } = await open(path);
		await expect.poll(() => heading(page).textContent()).toBe('Fant ikke siden');
		await page.waitForLoadState('networkidle');
		// As read on the screen: the source wraps the line where a space is.
		expect(await page.getByRole('contentinfo').innerText()).toContain('Kartgrunnlag: © Kartverket (CC BY 4.0)');
	});

	it('says what was asked for and suggests kommuner in its first paint, with none of the app’s code', async ({ page }) => {
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
		const main = await page.locator('main').innerText();
		expect(main).toContain('Vi fant ingen kommune med adressen «trondhjem».\n\nMente du en av disse?');
		expect(main).not.toContain('Siden du ba om finnes ikke her');
		await page.getByRole('list', { name: 'Mente du en av disse?' }).getByRole('link', { name: 'Trondheim' }).click();
		await page.waitForURL('**/kommune/trondheim');
	});

	it('echoes only the slug, without the characters that would reverse it', async ({ open }) => {
		const { page } = await open('/kommune/%E2%80%AEmoc.live%20ot%20og/mer');
		const echo = page.getByText('Vi fant ingen kommune med adressen');
		await echo.waitFor();
		expect(await echo.textContent()).toBe('Vi fant ingen kommune med adressen «moc.live ot og».');
		expect(await page.locator('body').textContent()).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
	});

	it('goes on to the page when a host serves it for a known address with a trailing slash', async ({ open }) => {
		const notFound = readFileSync('build/404.html', 'utf8');
		const { page, uncaught } = await openWatched(open, '/kommune/kinn/2021/?utm_source=x', (page) =>
			page
				.context()
				.route(/\/kommune\/kinn\/2021\/(\?.*)?$/, (route) => route.fulfill({ status: 404, contentType: 'text/html', body: notFound }))
		);
		await page.waitForURL('**/kommune/kinn/2021?utm_source=x');
		await expect.poll(() => heading(page).textContent()).toBe('Kinn');
		expect(uncaught).toEqual([]);
	});
});
