/**
 * The start-up at the visitor's first reach (src/lib/start/) rests on three things SvelteKit does
 * without promising them. Each test here fails with a message that names the one an upgrade broke.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { staticMap, url } from './util';
import { PAGE_CODE_META } from '../../src/lib/start/page-code';

const BUILD = 'build';
const html = (file: string) => readFileSync(join(BUILD, file), 'utf8');
const preloaded = (page: string) => [...page.matchAll(/<link href="([^"]+)" rel="modulepreload">/g)].map((m) => m[1]);
const namedForLater = (page: string) =>
	new RegExp(`<meta name="${PAGE_CODE_META}" content="([^"]*)">`).exec(page)?.[1].split(' ').filter(Boolean) ?? [];

test.describe('what the start-up relies on in SvelteKit', () => {
	for (const file of ['index.html', '2023/over.html', 'kommune/halden.html', 'embed/kommune/kinn/2021.html'])
		test(`${file} preloads only the start’s scripts and names the page nodes for later`, () => {
			const page = html(file);
			const message =
				'SvelteKit no longer asks the `preload` option about the start’s scripts before the page nodes (`nodes/` files), ' +
				'which src/lib/start/server.ts relies on to keep the page code out of the HTML’s preloads';
			expect(
				preloaded(page).filter((href) => href.includes('/nodes/')),
				message
			).toEqual([]);
			expect(
				namedForLater(page).some((href) => href.includes('/nodes/')),
				message
			).toBe(true);
			expect(preloaded(page).length, 'the start needs scripts of its own').toBeGreaterThan(0);
		});

	test('generates the page nodes where first-paint-bundle.ts looks for them, and keeps them out of the start’s chunk', () => {
		const nodes = '.svelte-kit/generated/client-optimized/nodes';
		expect(
			existsSync(nodes) && readdirSync(nodes).length > 0,
			`SvelteKit no longer generates the page nodes under ${nodes}: update PAGE_NODE in src/lib/start/first-paint-bundle.ts`
		).toBe(true);
		// The page components' text is in no script the HTML preloads: it waits in the `page` chunk.
		for (const href of preloaded(html('kommune/halden.html'))) {
			expect(readFileSync(join(BUILD, href), 'utf8'), `${href} carries page code`).not.toContain('Juryens begrunnelse');
		}
	});

	test('holds hydration while the `init` hook’s promise is pending: a page that is never reached never starts', async ({ page }) => {
		await page.goto(url('/kommune/halden'));
		// Painted, loaded, and the page code prefetched: everything but a reach has happened.
		await expect.poll(() => staticMap(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		await page.waitForLoadState('networkidle');
		await expect.poll(() => page.evaluate(() => document.querySelectorAll('link[rel=prefetch]').length)).toBeGreaterThan(0);
		expect(
			await page.evaluate(() => 'appStarted' in document.documentElement.dataset),
			'SvelteKit hydrated without waiting for the promise `init` returned (src/lib/start/client.ts relies on it)'
		).toBe(false);
		await page.keyboard.press('Shift');
		await page.locator('html[data-app-started]').waitFor({ state: 'attached' });
	});
});

test.describe('what the build ships', () => {
	test('ships MapLibre’s stylesheet once: the server build’s copy is the client’s', () => {
		const assets = readdirSync(join(BUILD, '_app/immutable/assets'));
		expect(assets.filter((name) => /^maplibre-gl\.[\w-]+\.css$/.test(name))).toHaveLength(1);
	});
});
