/**
 * Gzip on the wire for the bench. The app's own static server (tests/e2e/serve.ts) sends files
 * uncompressed, but every real host and CDN gzips text, so byte figures without it would mislead.
 * Rather than copy its routing, we put a small gzipping proxy in front of it: same paths, same
 * 404 page, same cache headers, plus `Content-Encoding: gzip` for compressible responses
 * (node:zlib at its default level 6, the level most servers use).
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { startStaticServer, type StaticServer } from '../tests/e2e/serve';

const COMPRESSIBLE_TYPE = /^(text\/|application\/(javascript|json|geo\+json|manifest\+json|xml|vnd\.mapbox-vector-tile)|image\/svg\+xml)/;
const COMPRESSIBLE_PATH = /\.(html|js|mjs|css|json|topojson|geojson|svg|txt|xml|webmanifest|pbf)$/;

export function gzipSize(data: Uint8Array): number {
	return gzipSync(data).length;
}

function isCompressible(headers: IncomingHttpHeaders, url: string): boolean {
	if (headers['content-encoding']) return false;
	const type = String(headers['content-type'] ?? '');
	return COMPRESSIBLE_TYPE.test(type) || COMPRESSIBLE_PATH.test(new URL(url, 'http://x').pathname);
}

/** A proxy on 127.0.0.1 that forwards to `upstream` and gzips compressible responses. */
async function startGzipProxy(upstream: string): Promise<{ url: string; close: () => Promise<void> }> {
	const target = new URL(upstream);
	// Compressed bodies, by hash of the plain body, so gzip CPU time does not land in timed runs twice.
	const cache = new Map<string, Buffer>();
	const server: Server = createServer((req, res) => {
		const forwarded = request(
			{
				host: target.hostname,
				port: target.port,
				method: req.method,
				path: req.url,
				headers: { ...req.headers, host: target.host, 'accept-encoding': 'identity' }
			},
			(upstreamRes) => {
				const chunks: Buffer[] = [];
				upstreamRes.on('data', (chunk: Buffer) => chunks.push(chunk));
				upstreamRes.on('end', () => {
					const body = Buffer.concat(chunks);
					const headers = { ...upstreamRes.headers };
					const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
					if (req.method === 'GET' && acceptsGzip && body.length > 0 && isCompressible(headers, req.url ?? '/')) {
						const key = createHash('sha1').update(body).digest('hex');
						let gz = cache.get(key);
						if (!gz) cache.set(key, (gz = gzipSync(body)));
						headers['content-encoding'] = 'gzip';
						headers['content-length'] = String(gz.length);
						headers.vary = 'Accept-Encoding';
						res.writeHead(upstreamRes.statusCode ?? 200, headers);
						res.end(gz);
					} else {
						res.writeHead(upstreamRes.statusCode ?? 200, headers);
						res.end(body);
					}
				});
			}
		);
		forwarded.on('error', (error) => {
			res.writeHead(502, { 'Content-Type': 'text/plain' });
			res.end(String(error));
		});
		req.pipe(forwarded);
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise((done) => {
				server.closeAllConnections();
				server.close(() => done());
			})
	};
}

/** The app's build/ exactly as tests/e2e/serve.ts serves it, with gzip in front. */
export async function serveAppGzipped(dir: string): Promise<StaticServer> {
	const plain = await startStaticServer(dir, 0, '');
	const proxy = await startGzipProxy(plain.url);
	return {
		url: proxy.url,
		close: async () => {
			await proxy.close();
			await plain.close();
		}
	};
}

/** Any folder of static files (the naive page) via plain sirv, with gzip in front. */
export async function serveDirGzipped(dir: string): Promise<StaticServer> {
	const files = sirv(resolve(dir), { extensions: ['html'], gzip: false, dev: true });
	const plain: Server = createServer((req, res) =>
		files(req, res, () => {
			res.writeHead(404, { 'Content-Type': 'text/plain' });
			res.end('Not found');
		})
	);
	await new Promise<void>((done) => plain.listen(0, '127.0.0.1', done));
	const { port } = plain.address() as AddressInfo;
	const proxy = await startGzipProxy(`http://127.0.0.1:${port}`);
	return {
		url: proxy.url,
		close: async () => {
			await proxy.close();
			plain.closeAllConnections();
			await new Promise<void>((done) => plain.close(() => done()));
		}
	};
}
