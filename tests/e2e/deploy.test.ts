/**
 * The built site on a real web server: Debian's nginx with deploy/nginx.conf (as the README
 * documents it) and `npm run preview`, which must answer alike. Addresses, headers, a policy
 * violation count of zero on every page type with the interactive map running, and framing.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { headersFile, responseHeaders } from '../../deploy/security-policy.js';
import { describe, expect, it } from './fixtures';
import { hasNginx, NGINX, startNginx } from './nginx';
import type { StaticServer } from './serve';
import { baseURL, mapCanvas, startMap } from './util';

if (!hasNginx)
	console.warn(`deploy.test.ts: ${NGINX} is missing, so the nginx tests are skipped (apt-get install -y nginx; .ci/run installs it).`);

let nginx: StaticServer | undefined;
beforeAll(async () => {
	if (hasNginx) nginx = await startNginx('build');
});
afterAll(() => nginx?.close());

const SERVERS = [
	{ name: 'nginx with deploy/nginx.conf', url: () => nginx!.url, skip: !hasNginx },
	{ name: 'npm run preview', url: () => baseURL(), skip: false }
];

interface Answer {
	status: number;
	/** Where a redirect goes. */
	location?: string;
	type: string;
	/** Text the body holds. */
	contains?: string;
}

const NOT_FOUND: Answer = { status: 404, type: 'text/html', contains: 'Fant ikke siden' };

/** Every kind of address, and what the documented hosts answer. */
const ADDRESSES: [string, Answer][] = [
	['/', { status: 200, type: 'text/html', contains: 'Årets vertskommune' }],
	['/kommune/kinn', { status: 200, type: 'text/html', contains: '<h1 id="kommune-heading"' }],
	['/kommune/oslo', { status: 200, type: 'text/html', contains: 'Oslo er ikke blant de nominerte' }],
	['/2023', { status: 200, type: 'text/html', contains: 'Årets vertskommune 2023' }],
	['/2023/over', { status: 200, type: 'text/html', contains: 'Kommuner over 15' }],
	['/2023/', { status: 308, location: '/2023', type: '' }],
	['/alle/under', { status: 200, type: 'text/html', contains: 'Kåringen 2019–2025' }],
	['/2020', NOT_FOUND],
	['/kommune/kinn/2021', { status: 200, type: 'text/html', contains: '<h1 id="kommune-heading"' }],
	['/kommune/kinn/2021/__data.json', { status: 200, type: 'application/json', contains: '"kinn"' }],
	['/kommune/kinn/1999', NOT_FOUND],
	['/sitemap.xml', { status: 200, type: 'text/xml', contains: '<urlset' }],
	['/robots.txt', { status: 200, type: 'text/plain', contains: 'Sitemap: ' }],
	['/kommune/kinn/', { status: 308, location: '/kommune/kinn', type: '' }],
	['/kommune/kinn/?kategori=over', { status: 308, location: '/kommune/kinn?kategori=over', type: '' }],
	['/kommune/', { status: 308, location: '/kommune', type: '' }],
	['/kommune', NOT_FOUND],
	['/kommune/1539', { status: 200, type: 'text/html', contains: 'url=/kommune/rauma' }],
	['/kommune/kinn/__data.json', { status: 200, type: 'application/json', contains: '"kinn"' }],
	['/tilgjengelighet', { status: 200, type: 'text/html', contains: 'Tilgjengelighetserklæring' }],
	['/tilgjengelighet/', { status: 308, location: '/tilgjengelighet', type: '' }],
	['/kommune/finnes-ikke', NOT_FOUND],
	['/finnes/ikke', NOT_FOUND],
	['//other.example/', NOT_FOUND],
	['/lisenser.txt', { status: 200, type: 'text/plain', contains: 'maplibre-gl' }],
	['/share/kinn.png', { status: 200, type: 'image/png' }],
	['/_app/version.json', { status: 200, type: 'application/json' }],
	['/embed', { status: 200, type: 'text/html', contains: '<meta name="robots" content="noindex"/>' }],
	['/embed/kommune/kinn', { status: 200, type: 'text/html', contains: '<h1 id="kommune-heading"' }],
	['/embed/kommune/kinn/', { status: 308, location: '/embed/kommune/kinn', type: '' }],
	['/embed/2023/over', { status: 200, type: 'text/html', contains: '<meta name="robots" content="noindex"/>' }],
	['/embed/kommune/kinn/2021', { status: 200, type: 'text/html', contains: '<h1 id="kommune-heading"' }],
	['/oembed/2023-over.json', { status: 200, type: 'application/json', contains: '"type":"rich"' }],
	['/oembed/kommune/kinn/2021.json', { status: 200, type: 'application/json', contains: '/embed/kommune/kinn/2021' }],
	['/embed/kommune/finnes-ikke', NOT_FOUND],
	['/oembed/kommune/kinn.json', { status: 200, type: 'application/json', contains: '"type":"rich"' }],
	['/data', { status: 200, type: 'text/html', contains: 'semikolon' }],
	['/data/', { status: 308, location: '/data', type: '' }],
	['/data/nominerte-2021.csv', { status: 200, type: 'text/csv', contains: 'kommunenummer_2020_2023;' }],
	['/data/kaaringen-2019-2025.json', { status: 200, type: 'application/json', contains: '"utgaver"' }]
];

async function answer(url: string): Promise<Answer & { headers: Headers; body: string }> {
	const response = await fetch(url, { redirect: 'manual' });
	const body = await response.text();
	return {
		status: response.status,
		location: response.headers.get('location') ?? undefined,
		type: response.headers.get('content-type') ?? '',
		headers: response.headers,
		body
	};
}

function immutableAsset(): string {
	const html = readFileSync('build/index.html', 'utf8');
	return html.match(/\/_app\/immutable\/entry\/start\.[\w-]+\.js/)![0];
}

describe.each(SERVERS)('$name', ({ url, skip }) => {
	it.skipIf(skip).each(ADDRESSES)('answers %s as documented', async (path, expected) => {
		const got = await answer(url() + path);
		expect(got.status).toBe(expected.status);
		expect(got.location).toBe(expected.location);
		expect(got.type.startsWith(expected.type)).toBe(true);
		if (expected.contains) expect(got.body).toContain(expected.contains);
	});

	it.skipIf(skip)('sends text with its character set', async () => {
		expect((await answer(url() + '/lisenser.txt')).type).toBe('text/plain; charset=utf-8');
		expect((await answer(url() + '/data/nominerte-2021.csv')).type).toBe('text/csv; charset=utf-8');
		expect((await answer(url() + '/kommune/kinn')).type).toBe('text/html; charset=utf-8');
	});

	const HEADER_CASES: [string, string, { notFound?: boolean }][] = [
		['a page', '/kommune/kinn', {}],
		['the 404 page for an unknown address', '/finnes/ikke', { notFound: true }],
		['a file with a content hash', 'IMMUTABLE', {}],
		['a share image', '/share/kinn.png', {}],
		['the version file', '/_app/version.json', {}],
		['an address under /embed', '/embed/finnes-ikke', { notFound: true }],
		['an embed page', '/embed/kommune/kinn', {}],
		['the embed of the overview', '/embed', {}],
		['a data file', '/data/nominerte-2021.csv', {}],
		['an oEmbed answer', '/oembed/oversikt.json', {}],
		['the data page', '/data', {}],
		['a data file that does not exist', '/data/finnes-ikke.csv', { notFound: true }]
	];
	it.skipIf(skip).each(HEADER_CASES)('sends the security and cache headers for %s', async (_name, path, options) => {
		const asked = path === 'IMMUTABLE' ? immutableAsset() : path;
		const { headers } = await answer(url() + asked);
		for (const [name, value] of Object.entries(responseHeaders(asked, options))) {
			expect(`${name}: ${headers.get(name)}`).toBe(`${name}: ${value}`);
		}
	});
});

describe.skipIf(!hasNginx)('nginx with deploy/nginx.conf', () => {
	it('compresses text', async () => {
		const response = await fetch(nginx!.url + immutableAsset(), { headers: { 'accept-encoding': 'gzip' } });
		expect(response.headers.get('content-encoding')).toBe('gzip');
	});
});

describe('the files written beside the site', () => {
	it('has the _headers file for Netlify and Cloudflare Pages', () => {
		expect(readFileSync('build/_headers', 'utf8')).toBe(headersFile(''));
	});

	it('has the notices of the third-party code it ships, linked from the footer', async () => {
		const notices = readFileSync('build/lisenser.txt', 'utf8');
		for (const name of ['maplibre-gl', 'svelte', '@sveltejs/kit', 'd3-scale']) {
			expect(notices).toMatch(new RegExp(`^={78}\\n${name.replace('/', '\\/')} \\d`, 'm'));
		}
		expect(notices).toContain('Redistributions in binary form must reproduce the above copyright');
		expect(readFileSync('build/index.html', 'utf8')).toContain('href="/lisenser.txt"');
	});
});

/** Policy violations the page reports, and the console's own messages about them. */
async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy|Permissions-Policy|Refused to/i.test(message.text())) console.push(message.text());
	});
	await page.addInitScript(() => {
		const seen: string[] = ((window as unknown as { policyViolations: string[] }).policyViolations = []);
		document.addEventListener('securitypolicyviolation', (event) =>
			seen.push(`${event.effectiveDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`)
		);
	});
	return async () => [...(await page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations)), ...console];
}

describe.skipIf(!hasNginx)('the pages under their policies on nginx', () => {
	const PAGES: [string, string, boolean][] = [
		['the overview', '/', true],
		['a nominee', '/kommune/kinn', true],
		['a kommune that was not nominated', '/kommune/oslo', true],
		['a kommune by its number (redirect page)', '/kommune/1539', true],
		['the accessibility statement', '/tilgjengelighet', false],
		['an embed page', '/embed/kommune/kinn', true],
		['the data page', '/data', false],
		['the 404 page under /kommune/', '/kommune/finnes-ikke', false],
		['the 404 page elsewhere', '/finnes/ikke', false]
	];

	it.for(PAGES)('reports no policy violation on %s, map and search in use', async ([, path, hasMap], { open }) => {
		const { page } = await open();
		const violations = await watchPolicy(page);
		await page.goto(nginx!.url + path);
		if (hasMap) {
			await startMap(page);
			// A tooltip and hover state over the map, drawn in the browser.
			const canvas = (await mapCanvas(page).boundingBox())!;
			await page.mouse.move(canvas.x + canvas.width * 0.6, canvas.y + canvas.height * 0.5, { steps: 5 });
		} else {
			await page.locator('h1').waitFor();
		}
		if (path.startsWith('/embed')) {
			// The embed has no search: it moves to the next nominee instead, rendered in the browser.
			await page.getByRole('link', { name: /Neste/ }).click();
			await page.waitForURL('**/embed/kommune/rana');
		} else {
			// Results with their colour swatches, rendered in the browser.
			await page.getByRole('combobox').fill('kinn');
			await page.getByRole('option', { name: /Kinn/ }).waitFor();
		}
		expect(await violations()).toEqual([]);
	});

	it('refuses to be framed by another site, except the embed pages', async ({ open }) => {
		const framed = `${nginx!.url}/kommune/kinn`;
		const embed = `${nginx!.url}/embed/kommune/kinn`;
		const other: Server = createServer((_request, response) => {
			response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
			response.end(
				`<!doctype html><title>Another site</title><iframe name="page" src="${framed}"></iframe><iframe name="embed" src="${embed}"></iframe>`
			);
		});
		await new Promise<void>((done) => other.listen(0, 'localhost', done));
		onTestFinished(() => new Promise<void>((done) => other.close(() => done())));
		const { page } = await open();
		const refusals: string[] = [];
		page.on('console', (message) => {
			if (message.text().includes("frame-ancestors 'none'")) refusals.push(message.text());
		});
		await page.goto(`http://localhost:${(other.address() as AddressInfo).port}/`);

		const embedFrame = page.frame({ name: 'embed' })!;
		await embedFrame.locator('h1').waitFor();
		expect(await embedFrame.locator('h1').textContent()).toBe('Kinn');
		await expect.poll(() => refusals.length).toBe(1);
		expect(page.frame({ name: 'page' })!.url()).not.toBe(framed);
		expect(await page.frame({ name: 'page' })!.locator('#kommune-heading').count()).toBe(0);
	});
});
