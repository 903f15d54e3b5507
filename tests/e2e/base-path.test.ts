import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startStaticServer, type StaticServer } from './serve';
import { launchBrowser, waitForMap } from './util';

const BASE = '/vertskommune';
const DIR = 'build-subpath';

let browser: Browser;
let server: StaticServer;

// A second build of the site under a sub-path, as a host that serves it at example.org/vertskommune/ would.
beforeAll(async () => {
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, BASE_PATH: BASE, BUILD_DIR: DIR },
		stdio: 'inherit'
	});
	server = await startStaticServer(DIR, 0, BASE);
	browser = await launchBrowser();
}, 240_000);
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe(`the site built with BASE_PATH=${BASE}`, () => {
	it('loads its assets, map and links under the sub-path', async () => {
		const context = await browser.newContext();
		const page = await context.newPage();
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		await page.goto(`${server.url}/kommune/rauma`);
		await waitForMap(page);
		expect(failed).toEqual([]);
		const html = await (await fetch(`${server.url}/kommune/rauma`)).text();
		expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/vertskommune\/kommune\/rauma"/);
		await page.getByRole('link', { name: /Lukk/ }).click();
		await page.waitForURL((url) => url.pathname === `${BASE}/`);
		await page.getByRole('link', { name: /Kinn/ }).first().click();
		await page.waitForURL(`**${BASE}/kommune/kinn`);
		await context.close();
	});

	it('serves its own 404 page with working suggestions under the sub-path', async () => {
		const response = await fetch(`${server.url}/kommune/kongsbrg`);
		expect(response.status).toBe(404);
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${server.url}/kommune/kongsbrg`);
		await page.getByRole('link', { name: 'Kongsberg' }).click();
		await page.waitForURL(`**${BASE}/kommune/kongsberg`);
		await context.close();
	});
});
