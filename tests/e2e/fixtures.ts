/**
 * The end-to-end tests' `test`: Playwright's, with two fixtures more. `page` is Playwright's own
 * (a desktop-sized page, not yet navigated); `open` opens a page in a context of its own, with
 * options, and records what would be a failure of the site; `otherSite` serves a page from
 * another origin, as a newspaper embedding the map would:
 *
 *   test('…', async ({ page }) => { await page.goto('/'); … });
 *   test('…', async ({ open }) => { const { page, errors } = await open('/kommune/kinn', PHONE_CONTEXT); … });
 *
 * A page opens as a visitor meets it: what the server drew, the app not started. The app starts at
 * the visitor's first reach (src/lib/start/); a test that needs it started says so with
 * `await startApp(page)`, or reaches for the page as a visitor would (a click, a key, the mouse).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test as base, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium';
import { SITE } from './site';
import { DESKTOP } from './util';

export { expect } from '@playwright/test';

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

/** Serves `html` from an origin of its own (localhost, a port of its own) until the test ends, and returns its address. */
export type OtherSite = (html: string) => Promise<string>;

export const test = base.extend<{ open: Open; otherSite: OtherSite }>({
	open: async ({ browser, playwright, launchOptions }, use) => {
		const toClose: (BrowserContext | Browser)[] = [];
		await use(async (path, { browserArgs, ...options } = {}) => {
			let owner = browser;
			if (browserArgs) {
				owner = await playwright.chromium.launch({ ...launchOptions, args: [...CHROMIUM_ARGS, ...browserArgs] });
				toClose.push(owner);
			}
			const context = await owner.newContext({ viewport: DESKTOP, baseURL: SITE, ...options });
			toClose.push(context);
			const page = await context.newPage();
			const opened = { page, ...recordProblems(page) };
			if (path !== undefined) await page.goto(path);
			return opened;
		});
		for (const item of toClose.reverse()) await item.close();
	},

	// Another site, as a newspaper's would be: its origin differs from the site under test (127.0.0.1).
	// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern
	otherSite: async ({}, use) => {
		const servers: Server[] = [];
		await use(async (html) => {
			const server = createServer((_request, response) => {
				response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
				response.end(html);
			});
			servers.push(server);
			await new Promise<void>((done) => server.listen(0, 'localhost', done));
			return `http://localhost:${(server.address() as AddressInfo).port}/`;
		});
		for (const server of servers) await new Promise<void>((done) => server.close(() => done()));
	}
});

/** Records what would be a failure of the site: requests to other hosts, errors. */
function recordProblems(page: Page): Omit<OpenedPage, 'page'> {
	const externalRequests: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const address = request.url();
		if (!/^(data|blob):/.test(address) && new URL(address).origin !== SITE) externalRequests.push(address);
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	return { externalRequests, errors };
}
