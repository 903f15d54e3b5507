/**
 * Serves build/ the way a plain static host does: /a/b → a/b.html or a/b/index.html, an unknown
 * path → 404.html with status 404, and the cache policy from the README's deploy section.
 * `npm run preview` runs it; the end-to-end tests and the bench start it themselves.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

export function cacheControl(pathname: string): string {
	return pathname.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'public, max-age=300, must-revalidate';
}

export async function startStaticServer(dir = 'build', port = 0, basePath = process.env.BASE_PATH ?? ''): Promise<StaticServer> {
	const root = resolve(dir);
	const notFound = readFileSync(join(root, '404.html'));
	const files = sirv(root, {
		extensions: ['html'],
		gzip: false,
		setHeaders: (res, pathname) => res.setHeader('Cache-Control', cacheControl(pathname))
	});
	const server: Server = createServer((req, res) => {
		const send404 = () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' });
			res.end(notFound);
		};
		if (basePath && !req.url?.startsWith(basePath)) return send404();
		if (basePath) req.url = req.url!.slice(basePath.length) || '/';
		files(req, res, send404);
	});
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	const { port: actual } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${actual}${basePath}`,
		close: () => new Promise((done) => server.close(() => done()))
	};
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const server = await startStaticServer('build', Number(process.env.PORT ?? 4173));
	console.log(`Serving build/ at ${server.url}/`);
}
