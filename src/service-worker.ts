/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Keeps what a reader has seen, so that the pages they opened, «Neste» and «Forrige» between them,
 * and the map's tiles and pictures work without a connection; a page not yet seen answers with the
 * Norwegian offline page (/frakoblet) instead of the browser's own error. Registered by the
 * start-up at load (src/lib/offline/register.ts), which also hands over what the page loaded before
 * this worker was there to see it.
 *
 * One cache per build (`version`): a new deploy installs a new worker, which takes over at once and
 * deletes the old build's cache, whose pages name scripts the new deploy no longer has.
 */
import { base, version } from '$service-worker';
import { KEEP_MESSAGE, OFFLINE_PATH, cacheName, isCacheable, isImmutable } from './lib/offline/policy';

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
const offlinePage = `${base}${OFFLINE_PATH}`;

/** Keeps `request`'s answer when it is a whole, successful one of this site. */
async function keep(request: Request | string, response: Response): Promise<void> {
	if (response.status !== 200 || response.type !== 'basic') return;
	await (await caches.open(CACHE)).put(request, response);
}

/** Fetches and keeps `urls` (the HTTP cache answers most of them); one that fails is skipped. */
async function keepAll(urls: string[]): Promise<void> {
	const cache = await caches.open(CACHE);
	await Promise.all(
		urls
			.filter((url) => isCacheable(new URL(url), worker.location.origin, base))
			.map(async (url) => {
				try {
					if (!(await cache.match(url))) await keep(url, await fetch(url));
				} catch {
					// Offline already, or the file is gone: kept as much as there was.
				}
			})
	);
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			// The offline page and its stylesheets, so that it is readable when it is needed.
			const response = await fetch(offlinePage);
			const html = await response.clone().text();
			await keep(offlinePage, response);
			const stylesheets = [...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet">/g)].map(
				(m) => new URL(m[1], worker.location.href).href
			);
			await keepAll(stylesheets);
			await worker.skipWaiting();
		})()
	);
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
			await worker.clients.claim();
		})()
	);
});

// The page a reader opened before this worker was there: its address and what it loaded.
worker.addEventListener('message', (event) => {
	if (event.data?.type === KEEP_MESSAGE && Array.isArray(event.data.urls)) event.waitUntil(keepAll(event.data.urls.map(String)));
});

/** How long to wait before the one retry of a file that failed: a connection that has just come back may reach the page before it reaches this worker. */
const RETRY_AFTER_MS = 500;

/** Fetches `request`, once more after a moment when it fails. */
async function fetchOnceMore(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch {
		await new Promise((wait) => setTimeout(wait, RETRY_AFTER_MS));
		return fetch(request);
	}
}

async function answer(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cached = () => caches.match(request, { ignoreSearch: request.mode === 'navigate' });
	// A file whose name holds its content's hash never changes: the kept copy is the file.
	if (isImmutable(url, base)) {
		const hit = await cached();
		if (hit) return hit;
		const response = await fetchOnceMore(request);
		void keep(request, response.clone());
		return response;
	}
	// Anything else as fresh as the network has it, the kept copy when there is no network.
	try {
		const response = await fetch(request);
		void keep(request, response.clone());
		return response;
	} catch (error) {
		const hit = await cached();
		if (hit) return hit;
		if (request.mode !== 'navigate') throw error;
		const offline = await caches.match(offlinePage);
		if (!offline) throw error;
		return new Response(offline.body, { status: 503, statusText: 'Offline', headers: offline.headers });
	}
}

worker.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || !isCacheable(url, worker.location.origin, base)) return;
	event.respondWith(answer(event.request));
});
