import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, openPage, PHONE, waitForMap, mapScreenshot } from './util';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => (browser = await launchBrowser()));
afterAll(() => browser?.close());

interface Violation {
	id: string;
	help: string;
	nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: axeSource });
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (options: object) => Promise<{ violations: Violation[] }> } }).axe;
		const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
		return result.violations;
	});
	return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

const PAGES = [
	['the overview', '/', true],
	['a nominee', '/kommune/vestre-toten', true],
	['a kommune that was not nominated', '/kommune/oslo', true],
	['the 404 page', '/kommune/finnes-ikke', false],
	['the history page', '/kaaringen', false],
	['the overview of all years', '/?år=alle', true],
	['a kommune with history across a reform', '/kommune/alesund?år=2019', true]
] as const;
const SIZES: [string, BrowserContextOptions][] = [
	['desktop', { viewport: DESKTOP }],
	['phone', { viewport: PHONE, isMobile: true, hasTouch: true }]
];

describe('WCAG 2.1 AA (axe-core)', () => {
	for (const [size, options] of SIZES) {
		for (const [name, path, hasMap] of PAGES) {
			it(`finds no violations on ${name} at ${size} size`, async () => {
				const { page } = await openPage(browser, path, options);
				if (hasMap) await waitForMap(page);
				else await page.locator('h1').waitFor();
				expect(await axeViolations(page)).toEqual([]);
				await page.context().close();
			});
		}
	}

	it('finds no violations in the dark theme', async () => {
		const { page } = await openPage(browser, '/kommune/kinn', { colorScheme: 'dark' });
		await waitForMap(page);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(23, 22, 20)');
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});

describe('keyboard only', () => {
	it('skips to the content, opens a nominee from the list, closes it with Escape and gets focus back', async () => {
		const { page } = await openPage(browser, '/');
		await waitForMap(page);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til innholdet');
		await page.keyboard.press('Enter');
		// Tab through the overview until the link to Kongsberg has focus.
		let focused = '';
		for (let i = 0; i < 20 && !focused.includes('Kongsberg'); i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
		}
		expect(focused).toContain('Kongsberg');
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/kommune/kongsberg');
		await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('kommune-heading');
		await expect.poll(() => page.locator('.announcement').textContent()).toContain('Kongsberg er valgt');
		await page.keyboard.press('Escape');
		await page.waitForURL((url) => url.pathname === '/');
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Kongsberg');
		await page.context().close();
	});

	it('pans and zooms the map with the keyboard and the labelled controls', async () => {
		const { page } = await openPage(browser, '/');
		await waitForMap(page);
		const canvas = page.getByRole('region', { name: 'Kart over Norges kommuner' });
		expect(await canvas.getAttribute('aria-describedby')).toBe('map-description');
		const before = await mapScreenshot(page);
		await canvas.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(async () => Buffer.compare(await mapScreenshot(page), before)).not.toBe(0);
		for (const name of ['Zoom inn', 'Zoom ut', 'Vis hele Norge']) {
			await expect(page.getByRole('button', { name }).isVisible()).resolves.toBe(true);
		}
		await page.getByRole('button', { name: 'Zoom inn' }).focus();
		await page.keyboard.press('Enter');
		await page.context().close();
	});
});

describe('phones', () => {
	for (const viewport of [PHONE, { width: 360, height: 640 }]) {
		it(`fills a ${viewport.width}×${viewport.height} screen with the map, a bottom sheet over it, no sideways scrolling`, async () => {
			const { page } = await openPage(browser, '/kommune/rauma', { viewport, isMobile: true, hasTouch: true });
			await waitForMap(page);
			const layout = await page.evaluate(() => {
				const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON();
				return {
					scrollWidth: document.documentElement.scrollWidth,
					map: rect('.map-area'),
					sheet: rect('.sheet'),
					heading: rect('h1')
				};
			});
			expect(layout.scrollWidth).toBeLessThanOrEqual(viewport.width);
			expect(layout.map.width).toBe(viewport.width);
			expect(layout.sheet.top).toBeGreaterThan(viewport.height * 0.5);
			expect(layout.heading.bottom).toBeLessThanOrEqual(viewport.height);

			const handle = page.getByRole('button', { name: /Vis mer tekst/ });
			expect(await handle.getAttribute('aria-expanded')).toBe('false');
			await handle.tap();
			const sheetTop = () => page.evaluate(() => document.querySelector('.sheet')!.getBoundingClientRect().top);
			await expect.poll(sheetTop).toBeLessThan(viewport.height * 0.3);
			expect(await sheetTop()).toBeGreaterThan(viewport.height * 0.15);
			await expect.poll(() => page.locator('.handle').getAttribute('aria-expanded')).toBe('true');
			await page.context().close();
		});
	}

	it('keeps touch targets at least 44 × 44 CSS pixels', async () => {
		const { page } = await openPage(browser, '/kommune/kinn', { viewport: PHONE, isMobile: true, hasTouch: true });
		await waitForMap(page);
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('a, button, input, [role="radio"], label:has(input)')]
				.filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden, .skip-link, svg, .maplibregl-ctrl'))
				.filter((el) => getComputedStyle(el).opacity !== '0')
				.map((el) => ({ el: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() }))
				.filter((r) => r.width < 44 || r.height < 44)
		);
		expect(small).toEqual([]);
		await page.context().close();
	});

	it('lets one finger scroll the page over the map', async () => {
		const { page } = await openPage(browser, '/', { viewport: PHONE, isMobile: true, hasTouch: true });
		await waitForMap(page);
		expect(await page.locator('.maplibregl-cooperative-gestures, .maplibregl-canvas-container').first().count()).toBe(1);
		const touchAction = await page.evaluate(() => getComputedStyle(document.querySelector('.maplibregl-canvas')!).touchAction);
		expect(touchAction).toBe('pan-x pan-y');
		await page.context().close();
	});
});

describe('without JavaScript or WebGL', () => {
	it('shows the prerendered SVG map with the nominees as links when JavaScript is off', async () => {
		const { page } = await openPage(browser, '/', { javaScriptEnabled: false });
		const image = page.locator('.static-map img');
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		const links = page.locator('.static-map svg a');
		expect(await links.count()).toBe(6);
		expect(await links.first().getAttribute('href')).toMatch(/\/kommune\//);
		expect(await page.locator('main').innerText()).toContain('Båtsfjord');
		await page.context().close();
	});

	it('keeps the content and the static map, with a short note, when WebGL is missing', async () => {
		const noWebGl = await launchBrowser(['--disable-webgl', '--disable-webgl2']);
		try {
			const { page, errors } = await openPage(noWebGl, '/kommune/arendal');
			await expect.poll(() => page.getByRole('status').filter({ hasText: 'WebGL mangler' }).count()).toBe(1);
			expect(await page.locator('.static-map img').isVisible()).toBe(true);
			expect(await page.locator('h1').innerText()).toBe('Arendal');
			expect(await page.locator('main').innerText()).toContain('Morrow Batteries');
			expect(errors.filter((e) => !/webgl/i.test(e))).toEqual([]);
		} finally {
			await noWebGl.close();
		}
	});

	it('does not move the first view when MapLibre takes over (no layout shift)', async () => {
		const { page } = await openPage(browser, '/');
		await page.evaluate(() => {
			(window as unknown as { cls: number }).cls = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
					if (!entry.hadRecentInput) (window as unknown as { cls: number }).cls += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
		});
		await waitForMap(page);
		expect(await page.evaluate(() => (window as unknown as { cls: number }).cls)).toBe(0);
		await page.context().close();
	});
});

describe('preferences', () => {
	async function framesToOpenArendal(reducedMotion: 'reduce' | 'no-preference') {
		const { page } = await openPage(browser, '/', { reducedMotion });
		await waitForMap(page);
		await page.evaluate(() => delete document.querySelector<HTMLElement>('[data-map-ready]')!.dataset.lastMoveFrames);
		await page.getByRole('link', { name: /Arendal/ }).click();
		await page.waitForURL('**/kommune/arendal');
		const frames = page.locator('[data-last-move-frames]');
		await frames.waitFor();
		const count = Number(await frames.getAttribute('data-last-move-frames'));
		await page.context().close();
		return count;
	}

	it('jumps instead of flying when reduced motion is asked for', async () => {
		expect(await framesToOpenArendal('reduce')).toBe(1);
		expect(await framesToOpenArendal('no-preference')).toBeGreaterThan(1);
	});
});
