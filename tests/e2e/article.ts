/**
 * Another site, for the embed tests: a page served from `localhost` on a port of its own, so its
 * origin differs from the site under test (served from 127.0.0.1), as a newspaper's would.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { onTestFinished } from 'vitest';

/** Serves `html` at the address returned until the test ends. */
export async function otherSite(html: string): Promise<string> {
	const server = createServer((_request, response) => {
		response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
		response.end(html);
	});
	await new Promise<void>((done) => server.listen(0, 'localhost', done));
	onTestFinished(() => new Promise<void>((done) => server.close(() => done())));
	return `http://localhost:${(server.address() as AddressInfo).port}/`;
}

/** An article page with `body` between two paragraphs, in a column as wide as a newspaper's. */
export function article(body: string): string {
	return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><title>En artikkel</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{margin:0 auto;max-width:720px;padding:0 0 40px;font-family:serif}</style></head>
<body><h1>En artikkel om kommunen</h1><p>Tekst før kartet.</p>
${body}
<p id="after">Tekst etter kartet.</p></body></html>`;
}
