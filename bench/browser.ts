/**
 * Measurements in headless Chromium: a throttled phone visit to the app (load, the idle prefetch,
 * then the visitor's reach for the map), a throttled load of the naive page, and frame times
 * while hovering.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { hexToRgb } from '../src/lib/map/hex-colour';

/** Lighthouse's "slow 4G" (mobile) settings, applied as DevTools throttling. */
export const PHONE_PROFILE = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 2,
	cpuSlowdown: 4,
	rttMs: 150,
	downloadKbps: 1.6 * 1024,
	uploadKbps: 750
};

/**
 * What the bench adds to the tests' Chromium flags (tests/e2e/chromium.ts). Debian's
 * /usr/bin/chromium wrapper adds --enable-gpu-rasterization (/etc/chromium.d/default-flags), which
 * makes Chromium raster every page through SwiftShader, WebGL's software GL: a fresh browser then
 * takes seconds to paint a page with SVG images on two shared cores (its first paint of
 * /kommune/kinn came after 4–11 s). Upstream Chrome does not raster on SwiftShader; it rasters on
 * the CPU, as this flag restores. WebGL (the interactive map) still runs on SwiftShader.
 */
export const BENCH_CHROMIUM_ARGS = ['--disable-gpu-rasterization'];

const MAP_READY = '[data-map-ready="true"]';
const LOAD_TIMEOUT_MS = 180_000;
/** How long the idle prefetch of MapLibre may take after load before the reach goes ahead without it. */
const PREFETCH_TIMEOUT_MS = 60_000;
/** How long after map ready the tooltip may take before it counts as missing. */
const TOOLTIP_GRACE_MS = 15_000;
/** The files engine-files.ts prefetches when the browser is idle after load. */
const PREFETCHED_FILES = [/\/maplibre-gl\.[\w-]+\.js$/, /\/maplibre-gl\.[\w-]+\.css$/];

interface RequestRecord {
	url: string;
	type?: string;
	mimeType?: string;
	/** Seconds of the browser's monotonic clock. */
	sentAt: number;
	finishedAt?: number;
	bytes?: number;
	headerBytes?: number;
	fromCache?: boolean;
}

/** A finished response, times in ms since the page's timeOrigin. */
type Finished = RequestRecord & { atMs: number; sentMs: number };

/** Collects the CDP network log; times are in seconds of the browser's monotonic clock. */
function recordNetwork(cdp: CDPSession) {
	const requests = new Map<string, RequestRecord>();
	let wallMinusMonotonic: number | null = null;
	const waiters: (() => void)[] = [];
	cdp.on('Network.requestWillBeSent', (event) => {
		wallMinusMonotonic ??= event.wallTime - event.timestamp;
		requests.set(event.requestId, { url: event.request.url, type: event.type, sentAt: event.timestamp });
	});
	cdp.on('Network.requestServedFromCache', (event) => {
		const record = requests.get(event.requestId);
		if (record) record.fromCache = true;
	});
	cdp.on('Network.responseReceived', (event) => {
		const record = requests.get(event.requestId);
		// At this point encodedDataLength counts what has arrived so far: the response headers.
		if (record)
			Object.assign(record, {
				type: event.type,
				mimeType: event.response.mimeType,
				headerBytes: event.response.encodedDataLength,
				fromCache: record.fromCache || event.response.fromDiskCache || event.response.fromPrefetchCache || false
			});
	});
	cdp.on('Network.loadingFinished', (event) => {
		const record = requests.get(event.requestId);
		if (record) Object.assign(record, { finishedAt: event.timestamp, bytes: event.encodedDataLength });
		for (const wake of waiters.splice(0)) wake();
	});
	const allFinished = (patterns: RegExp[]) =>
		patterns.every((pattern) => [...requests.values()].some((r) => r.finishedAt !== undefined && pattern.test(r.url)));
	return {
		/** Finished responses, with send and finish times in ms since the page's timeOrigin. */
		finished(timeOrigin: number): Finished[] {
			if (wallMinusMonotonic === null) return [];
			const offset = wallMinusMonotonic;
			return [...requests.values()]
				.filter((r) => r.finishedAt !== undefined && !/^(data|blob):/.test(r.url))
				.map((r) => ({ ...r, atMs: (r.finishedAt! + offset) * 1000 - timeOrigin, sentMs: (r.sentAt + offset) * 1000 - timeOrigin }));
		},
		/** Resolves true once a response matching each pattern has finished, false after `timeoutMs`. */
		async whenFinished(patterns: RegExp[], timeoutMs: number): Promise<boolean> {
			const deadline = Date.now() + timeoutMs;
			while (!allFinished(patterns)) {
				const left = deadline - Date.now();
				if (left <= 0) return false;
				await new Promise<void>((wake) => {
					const timer = setTimeout(wake, left);
					waiters.push(() => {
						clearTimeout(timer);
						wake();
					});
				});
			}
			return true;
		}
	};
}

const sum = (records: RequestRecord[]) => records.reduce((total, r) => total + (r.bytes ?? 0), 0);
const isJs = (r: RequestRecord) => r.type === 'Script' || /javascript/.test(r.mimeType ?? '');

/** A fresh context on the emulated phone: its own empty cache, throttled CPU and network. */
async function phonePage(browser: Browser, origin: string, disableCache: boolean) {
	const context = await browser.newContext({
		viewport: PHONE_PROFILE.viewport,
		deviceScaleFactor: PHONE_PROFILE.deviceScaleFactor,
		isMobile: true,
		hasTouch: true
	});
	const externalRequests: string[] = [];
	const errors: string[] = [];
	context.on('request', (request) => {
		const requestUrl = request.url();
		if (!requestUrl.startsWith(origin) && !/^(data|blob):/.test(requestUrl)) externalRequests.push(requestUrl);
	});
	const page = await context.newPage();
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	const cdp = await context.newCDPSession(page);
	const network = recordNetwork(cdp);
	await cdp.send('Network.enable');
	if (disableCache) await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: PHONE_PROFILE.rttMs,
		downloadThroughput: (PHONE_PROFILE.downloadKbps * 1024) / 8,
		uploadThroughput: (PHONE_PROFILE.uploadKbps * 1024) / 8
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });
	return { context, page, network, externalRequests, errors };
}

/** A load of the naive page: everything until its map is ready. */
export interface LoadRun {
	fcpMs: number | null;
	lcpMs: number | null;
	mapReadyMs: number;
	/** encodedDataLength of every response finished by map ready: bytes on the wire, headers included. */
	bytesUntilReady: number;
	/** The same without response headers: the gzipped bodies alone. */
	bodyBytesUntilReady: number;
	/** When the last response before map ready finished; the rest of the wait is CPU and GPU work. */
	lastResponseMs: number;
	requestsUntilReady: number;
	/** JavaScript responses that had finished loading before first contentful paint. */
	jsBytesBeforeFcp: number;
	externalRequests: string[];
	errors: string[];
	responses: ResponseRecord[];
}

// Runs before any page script: notes when the map container first says it is ready, and the
// latest LCP candidate (LCP entries are only available through an observer).
const LOAD_INIT_SCRIPT = `(() => {
	const bench = (window.__bench = { mapReady: null, lcp: null });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	const check = () => {
		if (bench.mapReady === null && document.querySelector('${MAP_READY}')) bench.mapReady = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready'] });
})();`;

export interface ResponseRecord {
	/** Path on the site, ms after navigation start when it finished, bytes on the wire, CDP type, whether the cache answered. */
	path: string;
	atMs: number;
	bytes: number;
	type: string;
	fromCache: boolean;
}

const responseList = (finished: Finished[], origin: string): ResponseRecord[] =>
	finished
		.sort((a, b) => a.atMs - b.atMs)
		.map((r) => ({
			path: r.url.replace(origin, ''),
			atMs: Math.round(r.atMs),
			bytes: r.bytes ?? 0,
			type: r.type ?? '',
			fromCache: Boolean(r.fromCache)
		}));

/** One cold load of `url` (the naive page, whose map starts at once) with the cache off, until its map is ready. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadRun> {
	const origin = new URL(url).origin;
	const { context, page, network, externalRequests, errors } = await phonePage(browser, origin, true);
	try {
		await page.addInitScript(LOAD_INIT_SCRIPT);
		await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT_MS });
		await page.waitForSelector(MAP_READY, { state: 'attached', timeout: LOAD_TIMEOUT_MS });
		// Let CDP events that were on their way when the map became ready arrive.
		await page.waitForTimeout(500);

		const timings = await page.evaluate(() => {
			const bench = (window as unknown as { __bench: { mapReady: number | null; lcp: number | null } }).__bench;
			const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
			return { timeOrigin: performance.timeOrigin, fcp, lcp: bench.lcp, mapReady: bench.mapReady };
		});
		if (timings.mapReady === null) throw new Error('map ready was not observed');
		const finished = network.finished(timings.timeOrigin);
		const untilReady = finished.filter((r) => r.atMs <= timings.mapReady!);
		return {
			fcpMs: timings.fcp,
			lcpMs: timings.lcp,
			mapReadyMs: timings.mapReady,
			bytesUntilReady: sum(untilReady),
			bodyBytesUntilReady: untilReady.reduce((total, r) => total + (r.bytes ?? 0) - (r.headerBytes ?? 0), 0),
			lastResponseMs: Math.max(0, ...untilReady.map((r) => r.atMs)),
			requestsUntilReady: untilReady.length,
			jsBytesBeforeFcp: timings.fcp === null ? 0 : sum(finished.filter((r) => isJs(r) && r.atMs <= timings.fcp!)),
			externalRequests,
			errors,
			responses: responseList(finished, origin)
		};
	} finally {
		await context.close();
	}
}

/** A visit to the app: the load a visitor who never touches the map gets, then the reach. */
export interface VisitRun {
	fcpMs: number | null;
	lcpMs: number | null;
	loadMs: number;
	/** Layout shifts without recent input, until the reach. */
	clsBeforeReach: number;
	/** Responses finished by the load event, on the wire (headers included), and how many. */
	bytesUntilLoad: number;
	requestsUntilLoad: number;
	jsBytesBeforeFcp: number;
	/** Whether MapLibre's script and stylesheet were in the cache (prefetched) before the reach. */
	prefetched: boolean;
	/** WebGL contexts asked for before the reach (HTMLCanvasElement/OffscreenCanvas getContext). */
	webglBeforeReach: number;
	/** The same count once the map is ready: at least 1, or the counter missed MapLibre's context. */
	webglAfterReady: number;
	maplibreRanBeforeReach: boolean;
	/** Where the pointer went, in CSS pixels of the viewport. */
	reachPoint: { x: number; y: number };
	/** From the first pointer event on the map until the tooltip shows a kommune; null if it never did. */
	reachToTooltipMs: number | null;
	tooltipText: string | null;
	/** From the first pointer event on the map until `[data-map-ready="true"]`. */
	reachToReadyMs: number;
	/** Responses finished between the reach and map ready, on the wire, and how many came from the network. */
	bytesAfterReach: number;
	requestsAfterReach: number;
	networkRequestsAfterReach: number;
	externalRequests: string[];
	errors: string[];
	responses: ResponseRecord[];
}

interface VisitBench {
	lcp: number | null;
	cls: number;
	webgl: number;
	reach: number | null;
	webglBeforeReach: number | null;
	mapReady: number | null;
	tooltip: number | null;
	tooltipText: string | null;
}

// Runs before any page script. Counts WebGL contexts asked for (wrapping getContext, as the
// e2e test does), notes the first pointer event on the map (its timeStamp: when the input
// happened), when the map says it is ready and when the tooltip first names a kommune, the
// latest LCP candidate and the layout shifts. A string: tsx would wrap inner functions in a
// helper the page lacks.
const VISIT_INIT_SCRIPT = `(() => {
	const bench = (window.__bench = { lcp: null, cls: 0, webgl: 0, reach: null, webglBeforeReach: null, mapReady: null, tooltip: null, tooltipText: null });
	for (const Canvas of [window.HTMLCanvasElement, window.OffscreenCanvas]) {
		if (!Canvas) continue;
		const original = Canvas.prototype.getContext;
		const withContext = new WeakSet();
		Canvas.prototype.getContext = function (type, ...rest) {
			if (/webgl/i.test(String(type)) && !withContext.has(this)) {
				withContext.add(this);
				bench.webgl++;
			}
			return original.call(this, type, ...rest);
		};
	}
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) if (!entry.hadRecentInput && bench.reach === null) bench.cls += entry.value;
	}).observe({ type: 'layout-shift', buffered: true });
	const onReach = (event) => {
		if (bench.reach !== null || !(event.target instanceof Element) || !event.target.closest('.map-area')) return;
		bench.reach = event.timeStamp;
		bench.webglBeforeReach = bench.webgl;
	};
	for (const type of ['pointerover', 'pointerdown', 'wheel', 'focusin']) addEventListener(type, onReach, { capture: true, passive: true });
	const check = () => {
		if (bench.mapReady === null && document.querySelector('${MAP_READY}')) bench.mapReady = performance.now();
		if (bench.tooltip === null) {
			const text = document.querySelector('[role="tooltip"]')?.textContent?.trim();
			if (text) {
				bench.tooltip = performance.now();
				bench.tooltipText = text;
			}
		}
	};
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		characterData: true,
		attributes: true,
		attributeFilter: ['data-map-ready']
	});
})();`;

/**
 * A point to reach for: over land of `landColour` (5×5 CSS pixels of it, so on a kommune and not
 * on a border), inside the map's frame, with nothing over it (no marker, label, control or
 * panel), nearest the frame's centre.
 */
export async function reachPoint(page: Page, landColour: string): Promise<{ x: number; y: number }> {
	const frame = await page.locator('.map-frame').first().boundingBox();
	if (!frame) throw new Error('the map frame has no box');
	const png = PNG.sync.read(await page.screenshot({ scale: 'css' }));
	const land = hexToRgb(landColour);
	const isLand = (x: number, y: number) => {
		if (x < 0 || y < 0 || x >= png.width || y >= png.height) return false;
		const at = (y * png.width + x) * 4;
		return land.every((value, i) => Math.abs(png.data[at + i] - value) <= 6);
	};
	const candidates: { x: number; y: number }[] = [];
	for (let y = Math.ceil(frame.y) + 2; y < frame.y + frame.height - 2; y += 4) {
		for (let x = Math.ceil(frame.x) + 2; x < frame.x + frame.width - 2; x += 4) {
			let all = true;
			for (let dy = -2; dy <= 2 && all; dy++) for (let dx = -2; dx <= 2 && all; dx++) all = isLand(x + dx, y + dy);
			if (all) candidates.push({ x, y });
		}
	}
	const cx = frame.x + frame.width / 2;
	const cy = frame.y + frame.height / 2;
	candidates.sort((a, b) => Math.hypot(a.x - cx, a.y - cy) - Math.hypot(b.x - cx, b.y - cy));
	// No named functions inside: tsx would wrap them in a helper the page lacks.
	const free = await page.evaluate(
		(points) =>
			points.find((p) =>
				[-2, 0, 2].every((dy) =>
					[-2, 0, 2].every((dx) => {
						const element = document.elementFromPoint(p.x + dx, p.y + dy);
						return Boolean(element?.closest('.map-area')) && !element!.closest('a, button, input, label, .overlay, [role="tooltip"]');
					})
				)
			),
		candidates
	);
	if (!free) throw new Error(`no uncovered land of ${landColour} on the static map`);
	return free;
}

/**
 * One visit to the app on the emulated phone, in a fresh context (cold cache, which then keeps
 * what the page prefetches): load, wait for the load event, MapLibre's idle prefetch and network
 * quiet, as a visitor who reads first; then the mouse moves onto a kommune, and the time until the
 * map answers (tooltip, map ready) is measured from that pointer event.
 */
export async function measureVisit(browser: Browser, url: string, landColour: string): Promise<VisitRun> {
	const origin = new URL(url).origin;
	const { context, page, network, externalRequests, errors } = await phonePage(browser, origin, false);
	try {
		await page.addInitScript(VISIT_INIT_SCRIPT);
		await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
		await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
		const prefetched = await network.whenFinished(PREFETCHED_FILES, PREFETCH_TIMEOUT_MS);
		await page.waitForLoadState('networkidle', { timeout: LOAD_TIMEOUT_MS });
		await page
			.locator('.map-frame img')
			.first()
			.evaluate((img: HTMLImageElement) => img.decode());
		const point = await reachPoint(page, landColour);
		const before = await page.evaluate(() => ({
			maplibre: 'maplibregl' in window,
			reach: (window as unknown as { __bench: VisitBench }).__bench.reach
		}));
		if (before.reach !== null) throw new Error('something reached for the map before the bench did');

		await page.mouse.move(point.x, point.y);
		await page.waitForSelector(MAP_READY, { state: 'attached', timeout: LOAD_TIMEOUT_MS });
		// The tooltip follows the interactive map's first frame; one that has not come within the grace is reported as missing.
		await page.waitForFunction(
			(deadline) => (window as unknown as { __bench: VisitBench }).__bench.tooltip !== null || Date.now() > deadline,
			Date.now() + TOOLTIP_GRACE_MS,
			{ timeout: TOOLTIP_GRACE_MS * 2, polling: 100 }
		);
		// Let CDP events that were on their way arrive.
		await page.waitForTimeout(500);

		const { bench, timeOrigin, fcp, load } = await page.evaluate(() => {
			const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
			return {
				bench: (window as unknown as { __bench: VisitBench }).__bench,
				timeOrigin: performance.timeOrigin,
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
				load: navigation?.loadEventStart ?? NaN
			};
		});
		if (bench.reach === null) throw new Error('the pointer event on the map was not observed');
		if (bench.mapReady === null) throw new Error('map ready was not observed');
		const reach = bench.reach;
		const finished = network.finished(timeOrigin);
		const untilLoad = finished.filter((r) => r.atMs <= load);
		const afterReach = finished.filter((r) => r.sentMs >= reach && r.atMs <= bench.mapReady!);
		return {
			fcpMs: fcp,
			lcpMs: bench.lcp,
			loadMs: load,
			clsBeforeReach: bench.cls,
			bytesUntilLoad: sum(untilLoad),
			requestsUntilLoad: untilLoad.length,
			jsBytesBeforeFcp: fcp === null ? 0 : sum(finished.filter((r) => isJs(r) && r.atMs <= fcp)),
			prefetched,
			webglBeforeReach: bench.webglBeforeReach ?? bench.webgl,
			webglAfterReady: bench.webgl,
			maplibreRanBeforeReach: before.maplibre,
			reachPoint: point,
			reachToTooltipMs: bench.tooltip === null ? null : bench.tooltip - reach,
			tooltipText: bench.tooltipText,
			reachToReadyMs: bench.mapReady - reach,
			bytesAfterReach: sum(afterReach),
			requestsAfterReach: afterReach.length,
			networkRequestsAfterReach: afterReach.filter((r) => !r.fromCache).length,
			externalRequests,
			errors,
			responses: responseList(finished, origin)
		};
	} finally {
		await context.close();
	}
}

// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const FRAME_RECORDER = `(() => {
	window.__frames = [];
	window.__longTasks = [];
	window.__sweepStart = performance.now();
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
	}).observe({ type: 'longtask' });
	window.__recording = true;
	let last = null;
	const tick = (now) => {
		if (last !== null) window.__frames.push(now - last);
		last = now;
		if (window.__recording) requestAnimationFrame(tick);
	};
	requestAnimationFrame(tick);
})()`;

export interface SweepResult {
	frames: number;
	/** Main-thread long tasks (> 50 ms) during the sweep: separates page work from slow rasterization. */
	longTasks: number;
	longTaskMs: number;
	durationMs: number;
	p50Ms: number;
	p95Ms: number;
	maxMs: number;
}

export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Points over land, bottom to top: per row of the map, the middle of its longest run of non-sea pixels. */
export async function landWaypoints(page: Page, seaColour: string): Promise<{ x: number; y: number }[]> {
	const box = await page.locator('[data-map-ready]').first().boundingBox();
	if (!box) throw new Error('map container has no box');
	const png = PNG.sync.read(await page.screenshot());
	const sea = hexToRgb(seaColour);
	const isSea = (x: number, y: number) => {
		const at = (y * png.width + x) * 4;
		return sea.every((value, i) => Math.abs(png.data[at + i] - value) <= 12);
	};
	// Other UI (panels, legend) may lie over the map: only the canvas itself counts.
	const onCanvas = await page.evaluate(
		(points) => points.map(([x, y]) => document.elementFromPoint(x, y)?.tagName === 'CANVAS'),
		Array.from({ length: 19 * 64 }, (_, i) => [
			Math.round(box.x + ((i % 64) + 0.5) * (box.width / 64)),
			Math.round(box.y + box.height * (0.05 + 0.05 * Math.floor(i / 64)))
		])
	);
	const waypoints: { x: number; y: number }[] = [];
	for (let row = 18; row >= 0; row--) {
		const y = Math.round(box.y + box.height * (0.05 + 0.05 * row));
		let best = { start: 0, length: 0 };
		let run = { start: 0, length: 0 };
		for (let col = 0; col < 64; col++) {
			const x = Math.round(box.x + (col + 0.5) * (box.width / 64));
			if (onCanvas[row * 64 + col] && !isSea(x, y)) {
				if (run.length === 0) run = { start: col, length: 0 };
				run.length++;
				if (run.length > best.length) best = { ...run };
			} else run = { start: 0, length: 0 };
		}
		if (best.length > 0) waypoints.push({ x: Math.round(box.x + (best.start + best.length / 2) * (box.width / 64)), y });
	}
	if (waypoints.length < 2) throw new Error('found no land to sweep across');
	return waypoints;
}

/**
 * Desktop, no throttling: once the map is ready (the pointer reached for it), moves the mouse across the land in `steps`
 * steps about one 60 Hz frame apart (so hover highlights change as they would for a person) and
 * records requestAnimationFrame intervals meanwhile.
 */
export async function pointerSweep(browser: Browser, url: string, seaColour: string, steps = 60): Promise<SweepResult> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.goto(url);
		// The reach starts the app and, with it, the interactive map.
		await page.locator('.map-area').hover();
		await page.waitForSelector(MAP_READY, { state: 'attached', timeout: LOAD_TIMEOUT_MS });
		await page.waitForTimeout(1000);
		const waypoints = await landWaypoints(page, seaColour);
		const path = Array.from({ length: steps + 1 }, (_, i) => {
			const at = (i / steps) * (waypoints.length - 1);
			const a = waypoints[Math.floor(at)];
			const b = waypoints[Math.min(waypoints.length - 1, Math.floor(at) + 1)];
			const t = at - Math.floor(at);
			return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
		});
		const [from, ...rest] = path;
		await page.mouse.move(from.x, from.y);
		await page.evaluate(FRAME_RECORDER);
		for (const point of rest) {
			await page.mouse.move(point.x, point.y);
			await page.waitForTimeout(16);
		}
		// Long tasks are reported a little after they end.
		await page.waitForTimeout(100);
		const { frames, longTasks, durationMs } = await page.evaluate(() => {
			const w = window as unknown as { __frames: number[]; __recording: boolean; __longTasks: number[]; __sweepStart: number };
			w.__recording = false;
			return { frames: w.__frames, longTasks: w.__longTasks, durationMs: performance.now() - w.__sweepStart };
		});
		return {
			frames: frames.length,
			longTasks: longTasks.length,
			longTaskMs: longTasks.reduce((sum, d) => sum + d, 0),
			durationMs,
			p50Ms: percentile(frames, 50),
			p95Ms: percentile(frames, 95),
			maxMs: Math.max(...frames)
		};
	} finally {
		await context.close();
	}
}
