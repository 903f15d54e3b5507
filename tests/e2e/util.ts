/** Shared helpers for the end-to-end tests: one place for the browser flags and locators. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium';

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export const baseURL = () => inject('baseURL');

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface OpenedPage {
	page: Page;
	/** Requests to any host other than the site's own. */
	externalRequests: string[];
	/** Uncaught errors and console errors. */
	errors: string[];
}

/** Opens `path` in a fresh context and records what would be a failure of the site. */
export async function openPage(browser: Browser, path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
	const context = await browser.newContext({ viewport: DESKTOP, ...options });
	const page = await context.newPage();
	const origin = new URL(baseURL()).origin;
	const externalRequests: string[] = [];
	const errors: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) externalRequests.push(url);
	});
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	await page.goto(baseURL() + path);
	return { page, externalRequests, errors };
}

export const mapContainer = (page: Page) => page.locator('[data-map-ready]');

/** Waits until the map has been idle with every layer drawn. */
export async function waitForMap(page: Page): Promise<void> {
	await page.locator('[data-map-ready="true"]').waitFor({ timeout: 45_000 });
}

/**
 * A screenshot of the map canvas alone: the legend, controls and attribution that float over it
 * are hidden for the shot, so their colour swatches are not counted as map pixels.
 */
export async function mapScreenshot(page: Page): Promise<Buffer> {
	// Through the CSSOM: the site's CSP refuses an added <style> element.
	const setVisibility = (hidden: boolean) =>
		page.evaluate((hidden) => {
			for (const element of document.querySelectorAll<HTMLElement>('.legend-box, .controls, .attribution, .map-note')) {
				if (hidden) element.style.setProperty('visibility', 'hidden', 'important');
				else element.style.removeProperty('visibility');
			}
		}, hidden);
	await setVisibility(true);
	try {
		return await page.locator('.maplibregl-canvas').screenshot();
	} finally {
		await setVisibility(false);
	}
}

/** Moves the mouse over the free part of the map (which starts the interactive map) and waits until it is ready. */
export async function startMap(page: Page): Promise<void> {
	const box = await page.locator('.map-area').boundingBox();
	if (!box) throw new Error('The page has no .map-area');
	await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.4);
	await waitForMap(page);
}
