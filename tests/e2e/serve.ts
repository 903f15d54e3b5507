/**
 * Serves build/ the way the documented hosts do (deploy/nginx.conf is the reference): /a/b →
 * a/b.html or a/b/index.html, a path with a trailing slash → 308 to the path without it, an unknown
 * path → 404.html with status 404, the error pages and _headers not served as files, and the
 * headers of deploy/security-policy.js (CSP, cache policy and the rest). `npm run preview` runs it;
 * the end-to-end tests and the bench start it themselves.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';
import { responseHeaders } from '../../deploy/security-policy.js';
import { trailingSlashRedirect } from '../../deploy/trailing-slash';

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** Text with its character set, as deploy/nginx.conf sends it (lisenser.txt and the CSV files have æ, ø and å). */
const TEXT_TYPES: Record<string, string> = {
	'': 'text/html; charset=utf-8',
	'.html': 'text/html; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8'
};

/**
 * Files in build/ that are not pages of their own (deploy/nginx.conf refuses them alike): the error
 * pages, answers to other requests, and _headers, which is for Netlify and Cloudflare Pages alone.
 */
const NOT_SERVED = /^\/((400|404|405|414|494)(\.html)?|_headers)$/;

function decodedPathname(path: string): string {
	const pathname = path.replace(/[?#].*$/, '');
	try {
		return decodeURI(pathname);
	} catch {
		return pathname;
	}
}

export async function startStaticServer(dir = 'build', port = 0, basePath = process.env.BASE_PATH ?? ''): Promise<StaticServer> {
	const root = resolve(dir);
	const notFound = readFileSync(join(root, '404.html'));
	const files = sirv(root, {
		extensions: ['html'],
		gzip: false,
		setHeaders: (res, pathname) => {
			for (const [name, value] of Object.entries(responseHeaders(pathname))) res.setHeader(name, value);
			const textType = TEXT_TYPES[extname(pathname)];
			if (textType) res.setHeader('Content-Type', textType);
		}
	});
	const server: Server = createServer((req, res) => {
		const target = req.url ?? '/';
		const path = target.startsWith(basePath) ? target.slice(basePath.length) || '/' : null;
		const send404 = () => {
			res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', ...responseHeaders(path ?? target, { notFound: true }) });
			res.end(notFound);
		};
		if (path === null) return send404();
		const redirect = trailingSlashRedirect(path);
		if (redirect) {
			res.writeHead(308, { Location: basePath + redirect, ...responseHeaders(path) });
			return res.end();
		}
		if (NOT_SERVED.test(decodedPathname(path))) return send404();
		req.url = path;
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
