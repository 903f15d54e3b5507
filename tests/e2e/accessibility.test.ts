import type { BrowserContextOptions, Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import {
	announcement,
	appStarted,
	DARK,
	DESKTOP,
	heading,
	linkTo,
	nextLink,
	mapButton,
	mapMarker,
	mapScreenshot,
	NO_JAVASCRIPT,
	PHONE,
	PHONE_CONTEXT,
	reachForMap,
	REDUCED_MOTION,
	startApp,
	staticMap,
	statusSaying,
	tooltip,
	touchDrag,
	url,
	waitForMap
} from './util';

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
	['phone', PHONE_CONTEXT]
];

test.describe('WCAG 2.1 AA (axe-core)', () => {
	for (const [size, options] of SIZES) {
		for (const [name, path, hasMap] of PAGES) {
			test(`finds no violations on ${name} at ${size} size`, async ({ open }) => {
				const { page } = await open(path, options);
				if (hasMap) await waitForMap(page);
				else await heading(page).waitFor();
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	}

	test('finds no violations in the dark theme', async ({ open }) => {
		const { page } = await open('/kommune/kinn', DARK);
		await waitForMap(page);
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(23, 22, 20)');
		expect(await axeViolations(page)).toEqual([]);
	});
});

test.describe('keyboard only', () => {
	test('skips to the content, opens a nominee from the list, closes it with Escape and gets focus back', async ({ page }) => {
		await page.goto(url('/'));
		await waitForMap(page);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Hopp til innholdet');
		await page.keyboard.press('Enter');
		// Tab through the overview (the edition and class controls first) until the link to Kongsberg has focus.
		let focused = '';
		for (let i = 0; i < 40 && !focused.includes('Kongsberg'); i++) {
			await page.keyboard.press('Tab');
			focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
		}
		expect(focused).toContain('Kongsberg');
		expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe('none');
		await page.keyboard.press('Enter');
		await page.waitForURL('**/kommune/kongsberg');
		await expect(heading(page)).toBeFocused();
		await expect(announcement(page)).toContainText('Kongsberg er valgt');
		await page.keyboard.press('Escape');
		await page.waitForURL((address) => address.pathname === '/');
		await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toContain('Kongsberg');
	});

	test('pans and zooms the map with the keyboard and the labelled controls', async ({ page }) => {
		await page.goto(url('/'));
		await waitForMap(page);
		const canvas = page.getByRole('region', { name: 'Kart over Norges kommuner' });
		await expect(canvas).toHaveAttribute('aria-describedby', 'map-description');
		const before = await mapScreenshot(page);
		await canvas.focus();
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowRight');
		await expect.poll(async () => Buffer.compare(await mapScreenshot(page), before)).not.toBe(0);
		for (const name of ['Zoom inn', 'Zoom ut', 'Vis hele Norge'] as const) await expect(mapButton(page, name)).toBeVisible();
		const panned = await mapScreenshot(page);
		await mapButton(page, 'Zoom inn').focus();
		await page.keyboard.press('Enter');
		await expect.poll(async () => Buffer.compare(await mapScreenshot(page), panned)).not.toBe(0);
	});
});

test.describe('phones', () => {
	const sheetTop = (page: Page) => page.evaluate(() => document.querySelector('.sheet')!.getBoundingClientRect().top);
	const sheetHeight = (page: Page) => page.locator('.sheet').getAttribute('data-height');

	for (const viewport of [PHONE, { width: 360, height: 640 }]) {
		test(`fills a ${viewport.width}×${viewport.height} screen with the map, the text in a sheet over it that steps up by its handle`, async ({
			open
		}) => {
			const { page } = await open('/kommune/rauma', { ...PHONE_CONTEXT, viewport });
			const layout = await page.evaluate(() => {
				const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON();
				return { scrollWidth: document.documentElement.scrollWidth, map: rect('.map-area'), sheet: rect('.sheet'), heading: rect('h1') };
			});
			expect(layout.scrollWidth).toBeLessThanOrEqual(viewport.width);
			expect(layout.map.width).toBe(viewport.width);
			expect(layout.sheet.top).toBeGreaterThan(viewport.height * 0.5);
			expect(layout.heading.bottom).toBeLessThanOrEqual(viewport.height);

			// The handle is a button too: peek → half → full → peek.
			const handle = page.locator('.handle');
			await expect(handle).toHaveAttribute('aria-expanded', 'false');
			await handle.tap();
			await expect.poll(() => sheetHeight(page)).toBe('half');
			expect(await sheetTop(page)).toBeLessThan(viewport.height * 0.5);
			expect(await sheetTop(page)).toBeGreaterThan(viewport.height * 0.25);
			await expect(handle).toHaveAttribute('aria-expanded', 'true');
			await handle.tap();
			await expect.poll(() => sheetHeight(page)).toBe('full');
			expect(await sheetTop(page)).toBeLessThan(viewport.height * 0.1);
			await handle.tap();
			await expect.poll(() => sheetHeight(page)).toBe('peek');
		});
	}

	test('drags the sheet by its handle to the nearest height, and keeps it while moving to the next nominee', async ({ open }) => {
		const { page } = await open('/kommune/rauma', PHONE_CONTEXT);
		await startApp(page);
		const handle = (await page.locator('.handle').boundingBox())!;
		const x = handle.x + handle.width / 2;
		const y = handle.y + handle.height / 2;
		await page.mouse.move(x, y);
		await page.mouse.down();
		await page.mouse.move(x, y - PHONE.height * 0.2, { steps: 8 });
		// The sheet follows the pointer while it is dragged.
		expect(await sheetTop(page)).toBeLessThan(handle.y - PHONE.height * 0.15);
		await page.mouse.up();
		await expect.poll(() => sheetHeight(page)).toBe('half');
		await nextLink(page).click();
		await page.waitForURL('**/kommune/kinn/2021');
		expect(await sheetHeight(page)).toBe('half');
		await expect(heading(page)).toHaveText('Kinn', { useInnerText: true });
	});

	test('keeps touch targets at least 44 × 44 CSS pixels, on the map too', async ({ open }) => {
		const { page } = await open('/', PHONE_CONTEXT);
		await page.locator('.controls').waitFor();
		const small = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('a, button, input, [role="radio"], label:has(input)')]
				.filter((el) => el.offsetParent !== null && !el.closest('.visually-hidden, .skip-link, svg, .maplibregl-ctrl'))
				.filter((el) => getComputedStyle(el).opacity !== '0')
				// WCAG's inline exception: a link inside a sentence takes the sentence's line height.
				.filter(
					(el) =>
						!(
							el.tagName === 'A' &&
							getComputedStyle(el).display === 'inline' &&
							el.parentElement!.textContent!.trim() !== el.textContent!.trim()
						)
				)
				// A nominee's marker and label are one link, whose hit area is its label box (the link itself is a point).
				.map((el) => (el.classList.contains('map-label') ? el.querySelector<HTMLElement>('.box')! : el))
				.map((el) => ({ el: el.outerHTML.slice(0, 80), ...el.getBoundingClientRect().toJSON() }))
				.filter((r) => r.width < 44 || r.height < 44)
		);
		expect(small).toEqual([]);
	});

	test('pans the map with one finger, and scrolls the sheet’s text with one finger: nothing is trapped', async ({ open }) => {
		const { page } = await open('/kommune/kinn', PHONE_CONTEXT);
		await waitForMap(page);
		const centre = () => page.evaluate(() => getComputedStyle(document.querySelector('.labels-frame .map-view')!).getPropertyValue('--cy'));
		const before = await centre();
		const frame = (await page.locator('.map-frame').first().boundingBox())!;
		await touchDrag(page, { x: frame.x + frame.width / 2, y: frame.y + frame.height / 2 }, { dy: 120 });
		await expect.poll(centre).not.toBe(before);

		const content = page.locator('#sheet-content');
		const box = (await content.boundingBox())!;
		await touchDrag(page, { x: box.x + box.width / 2, y: box.y + box.height - 20 }, { dy: -150 });
		await expect.poll(() => content.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
	});

	// The first touch is also what starts the app and the interactive map (src/lib/start/first-reach.ts):
	// these touch a page whose app has not started, as a visitor arriving from a shared link does.
	test.describe('the first touch, before the app has started', () => {
		test('drags the sheet by its handle: it follows the finger and stays at the nearest height', async ({ open }) => {
			const { page } = await open('/kommune/rauma', PHONE_CONTEXT);
			expect(await appStarted(page)).toBe(false);
			const handle = (await page.locator('.handle').boundingBox())!;
			const topBefore = await sheetTop(page);
			await touchDrag(page, { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 }, { dy: -PHONE.height * 0.2 }, async () => {
				// Still pressed: the sheet is where the finger is.
				expect(await sheetTop(page)).toBeLessThan(topBefore - PHONE.height * 0.15);
			});
			await expect.poll(() => sheetHeight(page)).toBe('half');
			expect(await sheetTop(page)).toBeLessThan(PHONE.height * 0.5);
			expect(await sheetTop(page)).toBeGreaterThan(PHONE.height * 0.25);
			await expect(page.locator('.handle')).toHaveAttribute('aria-expanded', 'true');
			expect(await appStarted(page)).toBe(true);
		});

		test('pans the map under the finger, no tooltip, and the interactive map takes over where it was left', async ({ open }) => {
			const { page } = await open('/2023', PHONE_CONTEXT);
			expect(await appStarted(page)).toBe(false);
			const narvik = mapMarker(page, '1806').locator('.marker');
			const before = (await narvik.boundingBox())!;
			const frame = (await page.locator('.map-frame').first().boundingBox())!;
			// Open sea west of the coast: nothing there to tap.
			const from = { x: frame.x + frame.width * 0.15, y: frame.y + frame.height * 0.3 };
			expect(await page.evaluate(({ x, y }) => !!document.elementFromPoint(x, y)?.closest('a, button, .overlay'), from)).toBe(false);
			const by = { dx: 40, dy: 90 };
			const moved = async () => {
				const box = (await narvik.boundingBox())!;
				return Math.max(Math.abs(box.x - before.x - by.dx), Math.abs(box.y - before.y - by.dy));
			};
			await touchDrag(page, from, by);
			await expect.poll(moved).toBeLessThan(3);
			await expect(tooltip(page)).toHaveCount(0);
			// The interactive map starts at that touch; once it is ready, the map is still where the finger left it.
			await page.locator('[data-map-ready="true"]').waitFor({ timeout: 45_000 });
			expect(await moved()).toBeLessThan(3);
			await expect(tooltip(page)).toHaveCount(0);
			expect(new URL(page.url()).pathname).toBe('/2023');
		});
	});
});

test.describe('without JavaScript or WebGL', () => {
	test('shows the prerendered SVG map with the nominees as links when JavaScript is off', async ({ open }) => {
		const { page } = await open('/', NO_JAVASCRIPT);
		const image = staticMap(page);
		await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
		// The nominees' markers are links, placed by the view's stylesheet alone.
		const links = page.locator('.labels-frame a.map-label');
		await expect(links).toHaveCount(6);
		for (const link of await links.all()) {
			await expect(link).toHaveAttribute('href', /\/kommune\//);
			await expect(link.locator('.marker')).toBeVisible();
		}
		await expect(page.getByRole('main')).toContainText('Båtsfjord', { useInnerText: true });
		// No button that could do nothing: the map's zoom buttons need the script.
		await expect(page.getByRole('button', { name: 'Zoom inn' })).toBeHidden();
	});

	test('keeps the content and the static map, with a short note, when WebGL is missing', async ({ open }) => {
		const { page, errors } = await open('/kommune/arendal', { browserArgs: ['--disable-webgl', '--disable-webgl2'] });
		await reachForMap(page);
		await expect(statusSaying(page, 'WebGL mangler')).toHaveCount(1);
		await expect(staticMap(page)).toBeVisible();
		await expect(heading(page)).toHaveText('Arendal', { useInnerText: true });
		await expect(page.getByRole('main')).toContainText('Morrow Batteries', { useInnerText: true });
		expect(errors.filter((e) => !/webgl/i.test(e))).toEqual([]);
	});

	test('does not move the first paint when MapLibre takes over (no layout shift)', async ({ page }) => {
		await page.goto(url('/'));
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
	});
});

test.describe('preferences', () => {
	async function framesToOpenArendal(page: Page) {
		await page.goto(url('/'));
		await waitForMap(page);
		await page.evaluate(() => delete document.querySelector<HTMLElement>('[data-map-ready]')!.dataset.lastMoveFrames);
		await linkTo(page, 'Arendal').click();
		await page.waitForURL('**/kommune/arendal');
		const frames = page.locator('[data-last-move-frames]');
		await frames.waitFor();
		return Number(await frames.getAttribute('data-last-move-frames'));
	}

	test('jumps instead of flying when reduced motion is asked for', async ({ open }) => {
		expect(await framesToOpenArendal((await open(undefined, REDUCED_MOTION)).page)).toBe(1);
	});

	test('flies to a kommune otherwise', async ({ page }) => {
		expect(await framesToOpenArendal(page)).toBeGreaterThan(1);
	});
});
