/**
 * When the interactive map cannot start — its script or chunk fails to load, its tiles never
 * answer, its worker never answers — the static map stays, with a note in Norwegian, and nothing
 * is thrown at the page.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { reachForMap, statusSaying, url, selectedOutline, staticMap, heading } from './util';

async function expectStaticMapKept(page: Page) {
	await expect(staticMap(page)).toBeVisible();
	await expect(selectedOutline(page)).toHaveCount(1);
	await expect(page.locator('.gl-map.ready')).toHaveCount(0);
	await expect(heading(page)).toHaveText('Kinn', { useInnerText: true });
}

/** Uncaught errors only: a failed request also logs a console line, which is the browser's, not the site's. */
function uncaught(page: Page): string[] {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/**
 * Once the interactive map has started waiting (its container is on the page), moves the page's
 * clock past the map's patience instead of waiting it out.
 */
async function outwait(page: Page): Promise<void> {
	await page.locator('.gl-map[data-map-ready="false"]').waitFor({ state: 'attached' });
	await page.clock.fastForward('00:30');
}

test.describe('the interactive map failing', () => {
	test('keeps the static map and says so when MapLibre cannot be loaded', async ({ page }) => {
		const errors = uncaught(page);
		await page.context().route(/maplibre-gl.*\.js$/, (route) => route.abort());
		await page.goto(url('/kommune/kinn'));
		await reachForMap(page);
		await expect(statusSaying(page, 'Det interaktive kartet kunne ikke lastes')).toHaveCount(1);
		await expectStaticMapKept(page);
		expect(errors).toEqual([]);
	});

	test('keeps the static map and says so when the map’s own code (a chunk) fails to load', async ({ page }) => {
		const errors = uncaught(page);
		// The chunk that carries the interactive map (chunk names are hashes: found by what it exports;
		// the map area's chunk, loaded at start, only calls it).
		await page.context().route(/\/_app\/immutable\/chunks\/.*\.js$/, async (route) => {
			const response = await route.fetch();
			if (/export\s*\{[^}]*\ballLabelSpecs\b/.test(await response.text())) return route.abort();
			return route.fulfill({ response });
		});
		await page.goto(url('/kommune/kinn'));
		await reachForMap(page);
		await expect(statusSaying(page, 'kunne ikke lastes')).toHaveCount(1);
		await expectStaticMapKept(page);
		expect(errors).toEqual([]);
	});

	test('says at once, keeping the static map, when every tile fails (the tile server is down)', async ({ page }) => {
		const errors = uncaught(page);
		await page.context().route(/\/tiles\/.*\.pbf$/, (route) => route.abort('connectionrefused'));
		await page.goto(url('/kommune/kinn'));
		await reachForMap(page);
		// Not at the timeout: that says «brukte for lang tid».
		await expect(statusSaying(page, 'Det interaktive kartet kunne ikke lastes')).toHaveCount(1);
		await expectStaticMapKept(page);
		expect(errors).toEqual([]);
	});

	test('gives up after a while, keeping the static map, when the tiles never answer', async ({ page }) => {
		const errors = uncaught(page);
		await page.context().route(/\/tiles\/.*\.pbf$/, () => {
			// Never answered.
		});
		// The page's clock runs on as usual until it is moved.
		await page.clock.install();
		await page.goto(url('/kommune/kinn'));
		await reachForMap(page);
		await outwait(page);
		await expect(statusSaying(page, 'brukte for lang tid')).toHaveCount(1);
		await expectStaticMapKept(page);
		expect(errors).toEqual([]);
	});

	test('gives up after a while, keeping the static map, when MapLibre’s worker never answers', async ({ page }) => {
		const errors = uncaught(page);
		await page.addInitScript(() => {
			// A worker that takes every message and answers none.
			window.Worker = class {
				onmessage = null;
				onerror = null;
				postMessage() {}
				terminate() {}
				addEventListener() {}
				removeEventListener() {}
				dispatchEvent() {
					return true;
				}
			} as unknown as typeof Worker;
		});
		// The page's clock runs on as usual until it is moved.
		await page.clock.install();
		await page.goto(url('/kommune/kinn'));
		await reachForMap(page);
		await outwait(page);
		await expect(statusSaying(page, 'brukte for lang tid')).toHaveCount(1);
		await expectStaticMapKept(page);
		expect(errors).toEqual([]);
	});
});
