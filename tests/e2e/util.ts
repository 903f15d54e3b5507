/** Shared helpers for the end-to-end tests: the site address, context presets, and the locators the tests share. */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { inject } from 'vitest';

export const baseURL = () => inject('baseURL');
/** The full address of `path` on the site under test. */
export const url = (path: string) => baseURL() + path;

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Context options for `open()`. */
export const PHONE_CONTEXT: BrowserContextOptions = { viewport: PHONE, isMobile: true, hasTouch: true };
export const DARK: BrowserContextOptions = { colorScheme: 'dark' };
export const NO_JAVASCRIPT: BrowserContextOptions = { javaScriptEnabled: false };
export const REDUCED_MOTION: BrowserContextOptions = { reducedMotion: 'reduce' };

// Locators.
export const heading = (page: Page) => page.locator('h1');
/** The kommune panel (or the overview's text) beside the map. */
export const panel = (page: Page) => page.getByRole('complementary');
export const searchField = (page: Page) => page.getByRole('combobox', { name: 'Søk etter kommune' });
export const mapArea = (page: Page) => page.locator('.map-area');
export const mapCanvas = (page: Page) => page.locator('.maplibregl-canvas');
/** The static first view's base image (its fills). */
export const staticMap = (page: Page) => page.locator('.map-frame:not(.labels-frame) img').first();
export const tooltip = (page: Page) => page.getByRole('tooltip');
export const mapButton = (page: Page, name: 'Zoom inn' | 'Zoom ut' | 'Vis hele Norge') => page.getByRole('button', { name });
/** The polite live region that says what the map shows. */
export const announcement = (page: Page) => page.locator('.announcement');
export const statusSaying = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
/** A link whose name contains `name`, e.g. a nominee in the list. */
export const linkTo = (page: Page, name: string | RegExp) =>
	page.getByRole('link', { name: typeof name === 'string' ? new RegExp(name) : name });
export const nextLink = (page: Page) => page.getByRole('link', { name: /Neste/ });
export const kategoriRadio = (page: Page, name: string | RegExp) => page.getByRole('radio', { name });

/**
 * Puts the pointer over the map area, as a visitor reaching for the map does: at its top-right
 * corner, where there is sea and no control.
 */
export async function reachForMap(page: Page): Promise<void> {
	const area = mapArea(page);
	const box = await area.boundingBox();
	if (!box) throw new Error('The map area is not on the page');
	await area.hover({ position: { x: box.width - 3, y: 3 } });
}

/** Reaches for the map and waits until it has been idle with every layer drawn. */
export async function waitForMap(page: Page): Promise<void> {
	await reachForMap(page);
	await page.locator('[data-map-ready="true"]').waitFor({ timeout: 45_000 });
}

/**
 * A screenshot of the map canvas alone: the labels, legend, controls and attribution that float
 * over it are hidden for the shot, so markers and swatches are not counted as map pixels.
 */
export async function mapScreenshot(page: Page): Promise<Buffer> {
	// Through the CSSOM: the site's CSP refuses an added <style> element.
	const setVisibility = (hidden: boolean) =>
		page.evaluate((hidden) => {
			for (const element of document.querySelectorAll<HTMLElement>(
				'.legend-slot, .controls-slot, .locator-slot, .attribution, .map-note, .labels-frame'
			)) {
				if (hidden) element.style.setProperty('visibility', 'hidden', 'important');
				else element.style.removeProperty('visibility');
			}
		}, hidden);
	await setVisibility(true);
	try {
		return await mapCanvas(page).screenshot();
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
