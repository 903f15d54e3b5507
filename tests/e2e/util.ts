/** Shared helpers for the end-to-end tests: the site address, context presets, and the locators the tests share. */
import type { BrowserContextOptions, Locator, Page } from '@playwright/test';
import { project } from '../../src/lib/map/mercator';
import { MAX_SCALE } from '../../src/lib/map/views';
import { SITE } from './site';

/** The full address of `path` on the site under test (for requests outside a page; `page.goto` takes the path). */
export const url = (path: string) => SITE + path;

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** Context options for `open()`. */
export const PHONE_CONTEXT: BrowserContextOptions = { viewport: PHONE, isMobile: true, hasTouch: true };
export const DARK: BrowserContextOptions = { colorScheme: 'dark' };
export const NO_JAVASCRIPT: BrowserContextOptions = { javaScriptEnabled: false };
export const REDUCED_MOTION: BrowserContextOptions = { reducedMotion: 'reduce' };

// Locators.
export const heading = (page: Page) => page.getByRole('heading', { level: 1 });
/** The kommune panel (or the overview's text) beside the map. */
export const panel = (page: Page) => page.getByRole('complementary');
export const searchField = (page: Page) => page.getByRole('combobox', { name: 'Søk etter kommune' });
/** The map: its static view, the interactive map once started, and what floats over them. */
export const mapArea = (page: Page) => page.getByRole('region', { name: 'Kart', exact: true });
/** The part of the map nothing covers, which each view is fitted to. */
export const mapFrame = (page: Page) => page.locator('.map-frame').first();
export const mapCanvas = (page: Page) => page.locator('.maplibregl-canvas');
/** The static first paint's base image (its fills). */
export const staticMap = (page: Page) => page.locator('.map-frame:not(.labels-frame) img').first();
/** The selected kommune's outline on the static view. */
export const selectedOutline = (page: Page) => page.locator('.map-frame .outline path');
export const tooltip = (page: Page) => page.getByRole('tooltip');
export const mapButton = (page: Page, name: 'Zoom inn' | 'Zoom ut' | 'Vis hele Norge') => page.getByRole('button', { name });
/** The polite live region that says what the map shows. */
export const announcement = (page: Page) => page.locator('.announcement');
export const statusSaying = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
/** A link whose name contains `name`, e.g. a nominee in the list. */
export const linkTo = (page: Page, name: string | RegExp) =>
	page.getByRole('link', { name: typeof name === 'string' ? new RegExp(name) : name }).and(page.locator(':not(.map-label)'));
/** A nominee's marker and label on the map: one link. */
export const mapMarker = (page: Page, nummer: string) => page.locator(`.labels-frame .map-label.l-n${nummer}`);
export const nextLink = (page: Page) => page.getByRole('link', { name: /Neste/ });
/** The edition control: links to the pages of each edition. */
export const filterControls = (page: Page) => page.getByRole('navigation', { name: 'Velg kåring' });
/** A link of the edition or the class control: an edition ('2023', 'Alle år') or a class ('Alle klasser', /Over 15/). */
export const filterLink = (page: Page, name: string | RegExp) =>
	page.getByRole('navigation', { name: /^Velg (kåring|kategori)$/ }).getByRole('link', { name, exact: typeof name === 'string' });

/** Whether the app has started (hydrated): it starts at the visitor's first reach (first-reach.ts). */
export const appStarted = (page: Page) => page.evaluate(() => 'appStarted' in document.documentElement.dataset);

/**
 * Starts the app as a visitor's first reach would: a Shift key press (which does nothing else),
 * made until the app has started (`html[data-app-started]`). A page whose start-up script did not
 * run (JavaScript off, a file that is not a page) has no `html[data-scripted]` and is left as it is.
 */
export async function startApp(page: Page): Promise<void> {
	await page.waitForFunction(
		() => {
			const root = document.documentElement;
			if (!('scripted' in root.dataset) || 'appStarted' in root.dataset) return true;
			dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift' }));
			return false;
		},
		undefined,
		{ polling: 100 }
	);
}

/** Waits until the app of a page, or of an embed's frame, has started (without starting it). */
export const waitForAppStart = (page: { locator: (selector: string) => Locator }) =>
	page.locator('html[data-app-started]').waitFor({ state: 'attached' });

/**
 * Puts the pointer over the map, as a visitor reaching for the map does: at the top-right corner of
 * the part of the map nothing covers (the controls a phone lays over its top lie above it).
 */
export async function reachForMap(page: Page): Promise<void> {
	const frame = await mapFrame(page).boundingBox();
	if (!frame) throw new Error('The map is not on the page');
	await page.mouse.move(frame.x + frame.width - 3, frame.y + 3);
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

/**
 * One finger pressed at `from`, moved by (`dx`, `dy`) in eight steps, and lifted: a real touch
 * (Chromium's input pipeline, so touch-action and the browser's own gestures apply). `beforeLift`
 * runs while the finger is still down.
 */
export async function touchDrag(
	page: Page,
	from: { x: number; y: number },
	{ dx = 0, dy = 0 }: { dx?: number; dy?: number },
	beforeLift?: () => Promise<void>
): Promise<void> {
	const session = await page.context().newCDPSession(page);
	const at = (i: number) => [{ x: from.x + (dx * i) / 8, y: from.y + (dy * i) / 8, id: 1 }];
	await session.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
	for (let i = 1; i <= 8; i++) await session.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(i) });
	await beforeLift?.();
	await session.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await session.detach();
}

/** Moves the mouse over the free part of the map (which starts the interactive map) and waits until it is ready. */
export async function startMap(page: Page): Promise<void> {
	const box = await mapArea(page).boundingBox();
	if (!box) throw new Error('The page has no .map-area');
	await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.4);
	await waitForMap(page);
}

export type Rect = { x: number; y: number; width: number; height: number };

/** Whether two boxes share more than `tolerance` pixels in both directions. */
export function overlap(a: Rect, b: Rect, tolerance = 0.5): boolean {
	return (
		a.x + tolerance < b.x + b.width &&
		b.x + tolerance < a.x + a.width &&
		a.y + tolerance < b.y + b.height &&
		b.y + tolerance < a.y + a.height
	);
}

export function inside(inner: Rect, outer: Rect, tolerance = 0.5): boolean {
	return (
		inner.x >= outer.x - tolerance &&
		inner.y >= outer.y - tolerance &&
		inner.x + inner.width <= outer.x + outer.width + tolerance &&
		inner.y + inner.height <= outer.y + outer.height + tolerance
	);
}

/**
 * What a reader sees of the map's labels, in page pixels: every shown marker, nominee pill and
 * county or kommune name, with the label it belongs to.
 */
export function visibleLabels(page: Page): Promise<{ id: string; part: string; rect: Rect }[]> {
	return page.evaluate(() => {
		const out: { id: string; part: string; rect: Rect }[] = [];
		for (const label of document.querySelectorAll<HTMLElement>('.labels-frame .map-label')) {
			if (getComputedStyle(label).display === 'none') continue;
			const id = [...label.classList].find((c) => c.startsWith('l-'))!.slice(2);
			for (const part of label.querySelectorAll<HTMLElement>('.marker, .pill, .text')) {
				if (getComputedStyle(part).display === 'none') continue;
				const r = part.getBoundingClientRect();
				if (r.width > 0 && r.height > 0)
					out.push({ id, part: part.className.split(' ')[0], rect: { x: r.x, y: r.y, width: r.width, height: r.height } });
			}
		}
		return out;
	});
}

/** The boxes of everything that floats over the map: controls, legend, locator, notes, attribution, the sheet or panel. */
export function overlayRects(page: Page): Promise<{ name: string; rect: Rect }[]> {
	return page.evaluate(() => {
		const selectors = ['.controls', '.legend-toggle', '.legend-panel', '.locator', '.attribution', '.map-note', '.status', '.sheet'];
		const out: { name: string; rect: Rect }[] = [];
		for (const selector of selectors) {
			for (const element of document.querySelectorAll<HTMLElement>(selector)) {
				const style = getComputedStyle(element);
				if (style.display === 'none' || style.visibility === 'hidden') continue;
				const r = element.getBoundingClientRect();
				if (r.width > 0 && r.height > 0) out.push({ name: selector, rect: { x: r.x, y: r.y, width: r.width, height: r.height } });
			}
		}
		return out;
	});
}

/** Where `locator` is on the page; an error if it is not. */
export async function rectOf(locator: Locator): Promise<Rect> {
	const box = await locator.boundingBox();
	if (!box) throw new Error(`${locator} is not on the page`);
	return box;
}

/**
 * Where a [lon, lat] point is on the page in the page's fitted view: the frame's centre plus the
 * point's offset from the view's centre (custom properties of .map-view) at the fitted scale.
 */
export async function pagePoint(page: Page, [lon, lat]: [number, number]): Promise<{ x: number; y: number }> {
	const view = await page.evaluate(() => {
		const element = document.querySelector<HTMLElement>('.map-frame .map-view')!;
		const style = getComputedStyle(element);
		const value = (name: string) => Number(style.getPropertyValue(name));
		const frame = element.parentElement!.getBoundingClientRect();
		return { bw: value('--bw'), bh: value('--bh'), cx: value('--cx'), cy: value('--cy'), frame: frame.toJSON() as DOMRect };
	});
	const [x, y] = project([lon, lat]);
	const scale = Math.min(view.frame.width / view.bw, view.frame.height / view.bh, MAX_SCALE);
	return {
		x: view.frame.x + view.frame.width / 2 + (x - view.cx) * scale,
		y: view.frame.y + view.frame.height / 2 + (y - view.cy) * scale
	};
}

/**
 * A point on the page where the interactive map shows colour `hex` and nothing covers the map (no
 * marker, label or control): where a reader's pointer reaches the map itself.
 */
export async function openMapPixel(page: Page, hex: string, pick: 'first' | 'last' = 'first'): Promise<{ x: number; y: number }> {
	const { pixelsOf } = await import('./pixels');
	const box = await mapCanvas(page).boundingBox();
	if (!box) throw new Error('The interactive map is not on the page');
	const candidates = pixelsOf(await mapScreenshot(page), hex).map((p) => ({ x: box.x + p.x, y: box.y + p.y }));
	if (pick === 'last') candidates.reverse();
	const free = await page.evaluate(
		(points) => points.find((p) => document.elementFromPoint(p.x, p.y)?.classList.contains('maplibregl-canvas')),
		candidates
	);
	if (!free) throw new Error(`No uncovered pixel of ${hex} on the map`);
	return free;
}
