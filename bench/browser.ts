/** Measurements in headless Chromium: a throttled phone load, and frame times while hovering. */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { hexToRgb } from '../src/lib/hex-colour';

/** Lighthouse's "slow 4G" (mobile) settings, applied as DevTools throttling. */
export const PHONE_PROFILE = {
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 2,
	cpuSlowdown: 4,
	rttMs: 150,
	downloadKbps: 1.6 * 1024,
	uploadKbps: 750
};

const MAP_READY = '[data-map-ready="true"]';
const LOAD_TIMEOUT_MS = 180_000;

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
	/** Every finished response: path, ms after navigation start when it finished, bytes, type. */
	responses: { path: string; atMs: number; bytes: number; type: string }[];
}

// Runs before any page script: notes when the map container first says it is ready, and the
// latest LCP candidate (LCP entries are only available through an observer).
const INIT_SCRIPT = `(() => {
	const bench = (window.__bench = { mapReady: null, lcp: null });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) bench.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	const check = () => {
		if (bench.mapReady === null && document.querySelector('${MAP_READY}')) bench.mapReady = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-ready'] });
})();`;

interface RequestRecord {
	url: string;
	type?: string;
	mimeType?: string;
	finishedAt?: number;
	bytes?: number;
	headerBytes?: number;
}

/** Collects the CDP network log; times are in seconds of the browser's monotonic clock. */
function recordNetwork(cdp: CDPSession) {
	const requests = new Map<string, RequestRecord>();
	let wallMinusMonotonic: number | null = null;
	cdp.on('Network.requestWillBeSent', (event) => {
		wallMinusMonotonic ??= event.wallTime - event.timestamp;
		requests.set(event.requestId, { url: event.request.url, type: event.type });
	});
	cdp.on('Network.responseReceived', (event) => {
		const record = requests.get(event.requestId);
		// At this point encodedDataLength counts what has arrived so far: the response headers.
		if (record)
			Object.assign(record, { type: event.type, mimeType: event.response.mimeType, headerBytes: event.response.encodedDataLength });
	});
	cdp.on('Network.loadingFinished', (event) => {
		const record = requests.get(event.requestId);
		if (record) Object.assign(record, { finishedAt: event.timestamp, bytes: event.encodedDataLength });
	});
	return {
		/** Finished responses, with finish times in ms since the page's timeOrigin. */
		finished(timeOrigin: number) {
			if (wallMinusMonotonic === null) return [];
			const offset = wallMinusMonotonic;
			return [...requests.values()]
				.filter((r) => r.finishedAt !== undefined)
				.map((r) => ({ ...r, atMs: (r.finishedAt! + offset) * 1000 - timeOrigin }));
		}
	};
}

/** One cold load of `url` on an emulated mid-range phone, in a fresh context with the cache off. */
export async function measureLoad(browser: Browser, url: string): Promise<LoadRun> {
	const origin = new URL(url).origin;
	const context = await browser.newContext({
		viewport: PHONE_PROFILE.viewport,
		deviceScaleFactor: PHONE_PROFILE.deviceScaleFactor,
		isMobile: true,
		hasTouch: true
	});
	try {
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
		await page.addInitScript(INIT_SCRIPT);

		const cdp = await context.newCDPSession(page);
		const network = recordNetwork(cdp);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: PHONE_PROFILE.rttMs,
			downloadThroughput: (PHONE_PROFILE.downloadKbps * 1024) / 8,
			uploadThroughput: (PHONE_PROFILE.uploadKbps * 1024) / 8
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_PROFILE.cpuSlowdown });

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
		const finished = network.finished(timings.timeOrigin).filter((r) => !/^(data|blob):/.test(r.url));
		const untilReady = finished.filter((r) => r.atMs <= timings.mapReady!);
		const isJs = (r: RequestRecord) => r.type === 'Script' || /javascript/.test(r.mimeType ?? '');
		return {
			fcpMs: timings.fcp,
			lcpMs: timings.lcp,
			mapReadyMs: timings.mapReady,
			bytesUntilReady: untilReady.reduce((sum, r) => sum + (r.bytes ?? 0), 0),
			bodyBytesUntilReady: untilReady.reduce((sum, r) => sum + (r.bytes ?? 0) - (r.headerBytes ?? 0), 0),
			lastResponseMs: Math.max(0, ...untilReady.map((r) => r.atMs)),
			requestsUntilReady: untilReady.length,
			jsBytesBeforeFcp:
				timings.fcp === null ? 0 : finished.filter((r) => isJs(r) && r.atMs <= timings.fcp!).reduce((sum, r) => sum + (r.bytes ?? 0), 0),
			externalRequests,
			errors,
			responses: finished
				.sort((a, b) => a.atMs - b.atMs)
				.map((r) => ({ path: r.url.replace(origin, ''), atMs: Math.round(r.atMs), bytes: r.bytes ?? 0, type: r.type ?? '' }))
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
 * Desktop, no throttling: once the map is ready, moves the mouse across the land in `steps`
 * steps about one 60 Hz frame apart (so hover highlights change as they would for a person) and
 * records requestAnimationFrame intervals meanwhile.
 */
export async function pointerSweep(browser: Browser, url: string, seaColour: string, steps = 60): Promise<SweepResult> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page = await context.newPage();
		await page.goto(url);
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
