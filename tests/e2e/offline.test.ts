/**
 * Offline, through the service worker (src/service-worker.ts), which the start-up registers once
 * the page has painted: the app need not have started. A new deploy is a copy of build/ whose
 * worker says another version.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startStaticServer, type StaticServer } from './serve';
import { appStarted, filterLink, heading, nextLink, startApp, staticMap } from './util';

/** Waits until the service worker controls the page (it takes charge of a page it was not there to load). */
const controlled = (page: Page) => page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 15_000 });
/** The names of the page's caches. */
const cacheNames = (page: Page) => page.evaluate(() => caches.keys());
/** Whether the page's address is kept, with everything it loaded: waited for, as the worker keeps it in the background. */
const kept = (page: Page) =>
	page.waitForFunction(
		async () => {
			const urls = [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)];
			const own = urls.filter((address) => new URL(address).origin === location.origin && !address.endsWith('/service-worker.js'));
			return (await Promise.all(own.map((address) => caches.match(address)))).every(Boolean);
		},
		undefined,
		{ polling: 200, timeout: 15_000 }
	);
const mapShows = (page: Page) => staticMap(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

test.describe('offline', () => {
	test('keeps the pages a reader has seen: «Forrige» opens one offline, before the app has started and after', async ({ open }) => {
		const { page } = await open('/kommune/rauma');
		await controlled(page);
		await kept(page);
		// The app starts at this click (the first reach), and may take over the navigation.
		await nextLink(page).click();
		await page.waitForURL('**/kommune/kinn/2021');
		await startApp(page);
		await kept(page);

		await page.context().setOffline(true);
		await page.getByRole('link', { name: /Forrige/ }).click();
		await page.waitForURL('**/kommune/rauma');
		await expect(heading(page)).toHaveText('Rauma', { useInnerText: true });
		await expect.poll(() => mapShows(page)).toBe(true);
		// Loaded in full from the kept copy; offline, its app waits for the connection.
		expect(await appStarted(page)).toBe(false);
		await nextLink(page).click();
		await page.waitForURL('**/kommune/kinn/2021');
		await expect(heading(page)).toHaveText('Kinn', { useInnerText: true });
		await page.reload();
		await expect(heading(page)).toHaveText('Kinn', { useInnerText: true });
		await expect.poll(() => mapShows(page)).toBe(true);
	});

	test('answers a page not yet seen with a Norwegian page that offers to try again, not the browser’s error', async ({ open }) => {
		const { page } = await open('/kommune/rauma');
		await controlled(page);
		await page.context().setOffline(true);
		await filterLink(page, '2019').click();
		await page.waitForURL('**/kommune/rauma/2019');
		await expect(heading(page)).toHaveText('Du er frakoblet', { useInnerText: true });
		await expect(page.getByRole('main')).toContainText('Sidene du har sett, kan du fortsatt lese uten nett.', { useInnerText: true });
		// Styled: its stylesheet was kept with it.
		expect(await page.getByRole('main').evaluate((main) => getComputedStyle(main).maxWidth)).not.toBe('none');

		// Back online, «Prøv igjen» loads the page asked for.
		await page.context().setOffline(false);
		await page.getByRole('button', { name: 'Prøv igjen' }).click();
		await expect(heading(page)).toHaveText('Rauma', { useInnerText: true });
		expect(new URL(page.url()).pathname).toBe('/kommune/rauma/2019');
	});
});

test.describe('a new deploy', () => {
	const DIR = 'build-next-deploy';
	let server: StaticServer;
	test.beforeAll(async () => {
		rmSync(DIR, { recursive: true, force: true });
		cpSync('build', DIR, { recursive: true });
		server = await startStaticServer(DIR);
	});
	test.afterAll(async () => {
		await server?.close();
		rmSync(DIR, { recursive: true, force: true });
	});

	test('replaces the old build’s cache with its own, and the pages open while it does', async ({ open }) => {
		const { page, errors } = await open(`${server.url}/kommune/rauma`);
		await controlled(page);
		await kept(page);
		const [first] = await cacheNames(page);
		expect(await cacheNames(page)).toEqual([first]);

		// The next build: its worker differs by its version (same length: the test server knows each file's size).
		const worker = `${DIR}/service-worker.js`;
		const version = readFileSync('build/_app/version.json', 'utf8').match(/"version":"([^"]+)"/)![1];
		const next = version.replace(/./g, (c) => (c === '9' ? '0' : /\d/.test(c) ? String(Number(c) + 1) : c));
		writeFileSync(worker, readFileSync(worker, 'utf8').replaceAll(version, next));

		const replaced = page.evaluate(
			() => new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }))
		);
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
		await replaced;
		await expect.poll(() => cacheNames(page)).toEqual([`vertskommunekartet-${next}`]);
		// What the open page loaded is kept again, in the new cache: it still opens offline.
		await kept(page);
		await page.context().setOffline(true);
		await page.reload();
		await expect(heading(page)).toHaveText('Rauma', { useInnerText: true });
		expect(errors).toEqual([]);
	});
});
