/**
 * The end-to-end tests' `test`: one Chromium per test file, and for each test its own page, closed
 * when the test ends, whether it passed, failed or timed out.
 *
 *   test('…', async ({ page }) => { await page.goto(url('/')); … });          // desktop, not yet navigated
 *   test('…', async ({ open }) => { const { page, errors } = await open('/kommune/kinn', PHONE_CONTEXT); … });
 *
 * A page opens as a visitor meets it: what the server drew, the app not started. The app starts at
 * the visitor's first reach (src/lib/start/); a test that needs it started says so with
 * `await startApp(page)`, or reaches for the page as a visitor would (a click, a key, the mouse).
 */
import { test as base } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from './chromium';
import { DESKTOP, url } from './util';

export { expect, describe } from 'vitest';

export interface OpenOptions extends BrowserContextOptions {
	/** Extra Chromium flags (e.g. `--disable-webgl`): the page opens in a browser of its own. */
	browserArgs?: string[];
}

export interface OpenedPage {
	page: Page;
	/** Requests to any host other than the site's own. */
	externalRequests: string[];
	/** Uncaught errors and console errors. */
	errors: string[];
}

/**
 * Opens a page in a fresh context (desktop size unless `options` say otherwise) and, if a `path`
 * is given, goes there: a path on the site under test, or a full URL.
 */
export type Open = (path?: string, options?: OpenOptions) => Promise<OpenedPage>;

export const test = base
	// eslint-disable-next-line no-empty-pattern -- Vitest reads a fixture's dependencies from this pattern
	.extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
		const browser = await launchChromium();
		onCleanup(() => browser.close());
		return browser;
	})
	.extend('open', async ({ browser }, { onCleanup }): Promise<Open> => {
		const toClose: (BrowserContext | Browser)[] = [];
		onCleanup(async () => {
			for (const item of toClose.reverse()) await item.close();
		});
		return async (path, { browserArgs, ...options } = {}) => {
			let owner = browser;
			if (browserArgs) {
				owner = await launchChromium(browserArgs);
				toClose.push(owner);
			}
			const context = await owner.newContext({ viewport: DESKTOP, ...options });
			toClose.push(context);
			const page = await context.newPage();
			const opened = { page, ...recordProblems(page) };
			if (path !== undefined) await page.goto(/^https?:/.test(path) ? path : url(path));
			return opened;
		};
	})
	.extend('page', async ({ open }): Promise<Page> => (await open()).page);

/** Records what would be a failure of the site: requests to other hosts, errors. */
function recordProblems(page: Page): Omit<OpenedPage, 'page'> {
	const externalRequests: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const address = request.url();
		if (!/^(data|blob):/.test(address) && new URL(address).origin !== new URL(url('/')).origin) externalRequests.push(address);
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return { externalRequests, errors };
}

export const it = test;
