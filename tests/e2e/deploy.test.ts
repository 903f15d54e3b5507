/**
 * The built site on a real web server: Debian's nginx with deploy/nginx.conf (as the README
 * documents it) and `npm run preview`, which must answer alike. Addresses, headers, a policy
 * violation count of zero on every page type with the interactive map running, and framing; then
 * the files the build writes: a policy in every HTML file, and the licence notices.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { CACHE_IMMUTABLE, CACHE_NOT_FOUND, headersFile, responseHeaders, TILE_TYPE } from '../../deploy/security-policy.js';
import { expect, test } from './fixtures';
import { hasNginx, NGINX, startNginx } from './nginx';
import type { StaticServer } from './serve';
import { SITE } from './site';
import { mapCanvas, startMap, heading } from './util';
import { HISTORY_RANGE } from '../../src/lib/pages/page-text';

if (!hasNginx)
	console.warn(`deploy.test.ts: ${NGINX} is missing, so the nginx tests are skipped (apt-get install -y nginx; .ci/run installs it).`);

let nginx: StaticServer | undefined;
test.beforeAll(async () => {
	if (hasNginx) nginx = await startNginx('build');
});
test.afterAll(() => nginx?.close());

const SERVERS = [
	{ name: 'nginx with deploy/nginx.conf', url: () => nginx!.url, skip: !hasNginx },
	{ name: 'npm run preview', url: () => SITE, skip: false }
];

interface Answer {
	status: number;
	/** Where a redirect goes. */
	location?: string;
	/**
	 * The Content-Type's start, or a pattern where servers differ (JavaScript: text/ or application/);
	 * none for a redirect, whose body no one reads.
	 */
	type?: string | RegExp;
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
	['/2023/', { status: 308, location: '/2023' }],
	['/alle/under', { status: 200, type: 'text/html', contains: `Kåringen ${HISTORY_RANGE}` }],
	['/2020', NOT_FOUND],
	['/kommune/kinn/2021', { status: 200, type: 'text/html', contains: '<h1 id="kommune-heading"' }],
	['/kommune/kinn/2021/__data.json', { status: 200, type: 'application/json', contains: '"kinn"' }],
	['/kommune/kinn/1999', NOT_FOUND],
	['/sitemap.xml', { status: 200, type: 'text/xml', contains: '<urlset' }],
	['/robots.txt', { status: 200, type: 'text/plain', contains: 'Sitemap: ' }],
	['/kommune/kinn/', { status: 308, location: '/kommune/kinn' }],
	['/kommune/kinn/?kategori=over', { status: 308, location: '/kommune/kinn?kategori=over' }],
	['/kommune/', { status: 308, location: '/kommune' }],
	['/kommune', NOT_FOUND],
	['/kommune/1539', { status: 200, type: 'text/html', contains: 'url=/kommune/rauma' }],
	['/kommune/kinn/__data.json', { status: 200, type: 'application/json', contains: '"kinn"' }],
	['/tilgjengelighet', { status: 200, type: 'text/html', contains: 'Tilgjengelighetserklæring' }],
	['/tilgjengelighet/', { status: 308, location: '/tilgjengelighet' }],
	['/kommune/finnes-ikke', NOT_FOUND],
	['/finnes/ikke', NOT_FOUND],
	['//other.example/', NOT_FOUND],
	['/lisenser.txt', { status: 200, type: 'text/plain', contains: 'maplibre-gl' }],
	['/share/kinn.png', { status: 200, type: 'image/png' }],
	['/_app/version.json', { status: 200, type: 'application/json' }],
	// The service worker, at the root so that its scope is the whole site; /frakoblet, what it answers offline for a page not yet seen.
	['/service-worker.js', { status: 200, type: /^(text|application)\/javascript/, contains: 'vertskommunekartet-' }],
	['/frakoblet', { status: 200, type: 'text/html', contains: 'Du er frakoblet' }],
	['/embed', { status: 200, type: 'text/html', contains: '<meta name="robots" content="noindex"/>' }],
	['/embed/kommune/kinn', { status: 200, type: 'text/html', contains: '<h1 id="kommune-heading"' }],
	['/embed/kommune/kinn/', { status: 308, location: '/embed/kommune/kinn' }],
	['/embed/2023/over', { status: 200, type: 'text/html', contains: '<meta name="robots" content="noindex"/>' }],
	['/embed/kommune/kinn/2021', { status: 200, type: 'text/html', contains: '<h1 id="kommune-heading"' }],
	['/oembed/2023-over.json', { status: 200, type: 'application/json', contains: '"type":"rich"' }],
	['/oembed/kommune/kinn/2021.json', { status: 200, type: 'application/json', contains: '/embed/kommune/kinn/2021' }],
	['/embed/kommune/finnes-ikke', NOT_FOUND],
	['/oembed/kommune/kinn.json', { status: 200, type: 'application/json', contains: '"type":"rich"' }],
	['/data', { status: 200, type: 'text/html', contains: 'semikolon' }],
	['/data/', { status: 308, location: '/data' }],
	['/data/nominerte-2021.csv', { status: 200, type: 'text/csv', contains: 'kommunenummer_2020_2023;' }],
	['/data/kaaringen-2019-2025.json', { status: 200, type: 'application/json', contains: '"utgaver"' }],
	// The error pages are answers, not pages of their own; the _headers file is for the host alone.
	['/404', NOT_FOUND],
	['/404.html', NOT_FOUND],
	['/400.html', NOT_FOUND],
	['/405.html', NOT_FOUND],
	['/414.html', NOT_FOUND],
	['/494.html', NOT_FOUND],
	['/_headers', NOT_FOUND]
];

async function answer(url: string): Promise<Answer & { type: string; headers: Headers; body: string }> {
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

/**
 * The answer to exactly this request line. fetch() would first normalise the path as a browser
 * does (it resolves %2e%2e, for one); a client on the network need not.
 */
function rawAnswer(
	site: string,
	path: string,
	{ method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {}
): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
	const { hostname, port, pathname } = new URL(site);
	return new Promise((done, fail) => {
		request({ hostname, port, method, headers, path: pathname.replace(/\/$/, '') + path }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk: string) => (body += chunk));
			response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body }));
		})
			.on('error', fail)
			.end();
	});
}

/** Who may frame the response: the value of the policy's frame-ancestors. */
function frameAncestors(headers: IncomingHttpHeaders): string | undefined {
	return /(?:^|;\s*)frame-ancestors ([^;]*)/.exec(String(headers['content-security-policy'] ?? ''))?.[1];
}

/** An embed page, by what it shows (its footer's link to the full site), not by its address. */
const isEmbedPage = (body: string) => body.includes('Åpne i fullversjon');

/**
 * Addresses whose raw path starts with /embed but whose decoded, normalised path is another page
 * (the hole of issue 21: nginx served /kommune/kinn for the first, with frame-ancestors *), and
 * addresses under /embed that are no page at all.
 */
const SIDE_DOORS = [
	'/embed/..%2fkommune/kinn',
	'/embed/..%2f',
	'/embed/..%2fdata',
	'/embed/kommune/..%2f..%2fkaaringen',
	'/embed/..%2Fkommune/kinn?kategori=over',
	'/embed/%2e%2e/kommune/kinn',
	'/embed/..%2fkommune/finnes-ikke',
	'/embed/kommune/finnes-ikke'
];
/** The embed pages, spelled as they are and as a client may send them. */
const EMBED_SPELLINGS = [
	'/embed',
	'/embed/kommune/kinn',
	'/embed/2023/over',
	'/embed/./kommune/kinn',
	'/embed//kommune/kinn',
	'/%65mbed/kommune/kinn',
	'/embed%2fkommune/kinn'
];

/** A tile of the interactive map, in its folder named by the tiles' content hash (geo/build.ts). */
function tilePath(): string {
	const [hash] = readdirSync('build/tiles');
	const [z] = readdirSync(`build/tiles/${hash}`);
	const [x] = readdirSync(`build/tiles/${hash}/${z}`);
	const [y] = readdirSync(`build/tiles/${hash}/${z}/${x}`);
	return `/tiles/${hash}/${z}/${x}/${y}`;
}

function immutableAsset(): string {
	const html = readFileSync('build/index.html', 'utf8');
	return html.match(/\/_app\/immutable\/entry\/start\.[\w-]+\.js/)![0];
}

for (const { name, url, skip } of SERVERS)
	test.describe(name, () => {
		test.skip(skip, `${NGINX} is missing`);

		for (const [path, expected] of ADDRESSES)
			test(`answers ${path} as documented`, async () => {
				const got = await answer(url() + path);
				expect(got.status).toBe(expected.status);
				expect(got.location).toBe(expected.location);
				if (typeof expected.type === 'string') expect(got.type.slice(0, expected.type.length)).toBe(expected.type);
				else if (expected.type) expect(got.type).toMatch(expected.type);
				if (expected.contains) expect(got.body).toContain(expected.contains);
			});

		test('sends text with its character set', async () => {
			expect((await answer(url() + '/lisenser.txt')).type).toBe('text/plain; charset=utf-8');
			expect((await answer(url() + '/data/nominerte-2021.csv')).type).toBe('text/csv; charset=utf-8');
			expect((await answer(url() + '/kommune/kinn')).type).toBe('text/html; charset=utf-8');
		});

		test('sends the vector tiles as vector tiles, a type hosts compress', async () => {
			expect((await answer(url() + tilePath())).type).toBe(TILE_TYPE);
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
			['a data file that does not exist', '/data/finnes-ikke.csv', { notFound: true }],
			['a vector tile', 'TILE', {}],
			['the _headers file', '/_headers', { notFound: true }]
		];
		for (const [caseName, path, options] of HEADER_CASES)
			test(`sends the security and cache headers for ${caseName}`, async () => {
				const asked = path === 'IMMUTABLE' ? immutableAsset() : path === 'TILE' ? tilePath() : path;
				const { headers } = await answer(url() + asked);
				for (const [name, value] of Object.entries(responseHeaders(asked, options))) {
					expect(`${name}: ${headers.get(name)}`).toBe(`${name}: ${value}`);
				}
			});

		test('lets a page be framed only if it is an embed page, however the address is spelled', async () => {
			const got: string[] = [];
			for (const path of [...SIDE_DOORS, ...EMBED_SPELLINGS]) {
				const { status, headers, body } = await rawAnswer(url(), path);
				got.push(
					`${path} → ${status}, ${isEmbedPage(body) ? 'an embed page' : 'no embed page'}, frame-ancestors ${frameAncestors(headers)}`
				);
			}
			const wrong = got.filter((line) => line.includes('no embed page') === line.endsWith('frame-ancestors *'));
			expect(wrong).toEqual([]);
			for (const path of SIDE_DOORS) expect(got.find((line) => line.startsWith(`${path} →`))).not.toMatch(/frame-ancestors \*$/);
		});

		test('caches the vector tiles for a year: their folder is named by their content', async () => {
			const tile = tilePath();
			expect(tile).toMatch(/^\/tiles\/[0-9a-f]{10}\//);
			const { status, headers } = await answer(url() + tile);
			expect(status).toBe(200);
			expect(headers.get('cache-control')).toBe(CACHE_IMMUTABLE);
			const missing = await answer(url() + tile.replace(/[^/]+$/, '999999.pbf'));
			expect([missing.status, missing.headers.get('cache-control')]).toEqual([404, CACHE_NOT_FOUND]);
		});
	});

test.describe('nginx with deploy/nginx.conf', () => {
	test.skip(!hasNginx, `${NGINX} is missing`);

	test('compresses text and the vector tiles', async () => {
		for (const path of [immutableAsset(), tilePath()]) {
			const response = await fetch(nginx!.url + path, { headers: { 'accept-encoding': 'gzip' } });
			expect(`${path}: ${response.headers.get('content-encoding')}`).toBe(`${path}: gzip`);
		}
	});

	test('serves the embed pages however the address is spelled, and lets any site frame them', async () => {
		for (const path of EMBED_SPELLINGS) {
			const { status, headers, body } = await rawAnswer(nginx!.url, path);
			expect(`${path} → ${status}, ${isEmbedPage(body)}, ${frameAncestors(headers)}`).toBe(`${path} → 200, true, *`);
		}
	});

	const BAD_REQUESTS: [string, string, number, string, Parameters<typeof rawAnswer>[2]?][] = [
		['a NUL byte', '/%00', 400, 'Ugyldig adresse'],
		['a path above the site root', '/embed/..%2f..%2f..%2fetc/passwd', 400, 'Ugyldig adresse'],
		['a literal path above the site root', '/../../etc/passwd', 400, 'Ugyldig adresse'],
		['an over-long path', '/' + 'a'.repeat(9000), 414, 'Adressen er for lang'],
		['a form posted to a page', '/kommune/kinn', 405, 'Ikke tillatt', { method: 'POST' }],
		['cookies too large to read', '/', 400, 'Forespørselen er for stor', { headers: { cookie: 'a='.padEnd(40_000, 'b') } }]
	];
	for (const [requestName, path, status, heading, options] of BAD_REQUESTS)
		test(`answers ${requestName} with its status and a Norwegian page`, async () => {
			const got = await rawAnswer(nginx!.url, path, options);
			expect(got.status).toBe(status);
			expect(got.headers['content-type']).toBe('text/html; charset=utf-8');
			expect(got.body).toContain('<html lang="nb">');
			expect(got.body).toContain(`<h1>${heading}</h1>`);
			expect(got.body).toContain('<a href="/">');
			expect(got.body).not.toMatch(/nginx|Bad Request|Request-URI|Not Allowed|Too Large/);
			expect(got.headers['cache-control']).toBe(CACHE_NOT_FOUND);
			expect(frameAncestors(got.headers)).toBe("'none'");
			expect(got.headers['x-content-type-options']).toBe('nosniff');
		});
});

/** Every file under `dir` whose name ends with `ending`, relative to `dir`. */
function filesIn(dir: string, ending: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith(ending))
		.sort();
}

/** The packages the notices list, by name, from their list at the top. */
function listedPackages(notices: string): Set<string> {
	const list = notices.slice(notices.indexOf('Pakker ('), notices.indexOf('\n\n', notices.indexOf('Pakker (')));
	return new Set([...list.matchAll(/^ {2}(\S+) \S+ – /gm)].map(([, name]) => name));
}

/** The packages a file's source map names as bundled into it. */
function packagesInSourceMap(file: string): string[] {
	const map = JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] };
	return map.sources.flatMap((source) => {
		const at = source.lastIndexOf('node_modules/');
		if (at === -1) return [];
		const [first, second] = source.slice(at + 'node_modules/'.length).split('/');
		return [first.startsWith('@') ? `${first}/${second}` : first];
	});
}

test.describe('the files written beside the site', () => {
	test('has the _headers file for Netlify and Cloudflare Pages', () => {
		expect(readFileSync('build/_headers', 'utf8')).toBe(headersFile(''));
		// Its /tiles/* rule stands for nginx's "folder named by a content hash": the only kind there is.
		expect(readdirSync('build/tiles').filter((name) => !/^[0-9a-f]{10}$/.test(name))).toEqual([]);
	});

	test('gives every HTML file a policy of its own: no page without a script policy', () => {
		const withoutPolicy = filesIn('build', '.html').filter((file) => {
			const html = readFileSync(join('build', file), 'utf8');
			const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
			return !policy || !/(^|;\s*)(default-src|script-src) /.test(policy);
		});
		expect(withoutPolicy).toEqual([]);
	});

	test("has the notices of every package it ships, MapLibre's bundled code and the data included", () => {
		const notices = readFileSync('build/lisenser.txt', 'utf8');
		const listed = listedPackages(notices);
		for (const name of listed)
			expect(notices).toMatch(new RegExp(`^={78}\\n${name.replace(/[/.]/g, '\\$&')} \\S+\\nLisens: (?!UNKNOWN)`, 'm'));
		const maplibre = JSON.parse(readFileSync('node_modules/maplibre-gl/package.json', 'utf8')) as { dependencies: Record<string, string> };
		// What the shipped file holds, by its own source map; a dependency it does not hold (the style
		// spec's JSON linter, which only its command-line validator uses) may be left out.
		const inMapLibre = packagesInSourceMap('node_modules/maplibre-gl/dist/maplibre-gl.js');
		const inStyleSpec = packagesInSourceMap('node_modules/@maplibre/maplibre-gl-style-spec/dist/index.mjs');
		const expected = [
			...['maplibre-gl', 'svelte', '@sveltejs/kit', 'd3-scale'],
			...Object.keys(maplibre.dependencies).filter((name) => !name.startsWith('@types/') && inMapLibre.includes(name)),
			...inMapLibre,
			...inStyleSpec,
			...['earcut', 'kdbush', 'pbf', '@mapbox/tiny-sdf', 'murmurhash-js']
		];
		expect([...new Set(expected)].filter((name) => !listed.has(name)).sort()).toEqual([]);
		expect(notices).toContain('Redistributions in binary form must reproduce the above copyright');
		expect(notices).toContain('Contains code from mapbox-gl-js');
		// The data the maps are drawn from.
		expect(notices).toMatch(/Kartverket[^\n]*\n[^]*CC BY 4\.0[^]*https:\/\/creativecommons\.org\/licenses\/by\/4\.0\//);
		expect(notices).toMatch(/Natural Earth[^]*allemannseie|allemannseie[^]*Natural Earth/);
		expect(notices).toContain('world-atlas');
	});

	test('links the notices from every page that runs code, the embeds included', () => {
		const pages = filesIn('build', '.html').filter((file) => readFileSync(join('build', file), 'utf8').includes('<script'));
		expect(pages).toContain('embed/kommune/kinn.html');
		const unlinked = pages.filter((file) => !readFileSync(join('build', file), 'utf8').includes('href="/lisenser.txt"'));
		expect(unlinked).toEqual([]);
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

test.describe('the pages under their policies on nginx', () => {
	test.skip(!hasNginx, `${NGINX} is missing`);

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

	for (const [pageName, path, hasMap] of PAGES)
		test(`reports no policy violation on ${pageName}, map and search in use`, async ({ open }) => {
			const { page } = await open();
			const violations = await watchPolicy(page);
			await page.goto(nginx!.url + path);
			if (hasMap) {
				await startMap(page);
				// A tooltip and hover state over the map, drawn in the browser.
				const canvas = (await mapCanvas(page).boundingBox())!;
				await page.mouse.move(canvas.x + canvas.width * 0.6, canvas.y + canvas.height * 0.5, { steps: 5 });
			} else {
				await heading(page).waitFor();
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

	test('refuses to be framed by another site, except the embed pages', async ({ open, otherSite }) => {
		const framed = `${nginx!.url}/kommune/kinn`;
		// The same page through the embeds' door: /embed/../kommune/kinn, the slash encoded.
		const sideDoor = `${nginx!.url}/embed/..%2fkommune/kinn`;
		const embed = `${nginx!.url}/embed/kommune/kinn`;
		const other = await otherSite(
			`<!doctype html><title>Another site</title><iframe name="page" src="${framed}"></iframe><iframe name="side-door" src="${sideDoor}"></iframe><iframe name="embed" src="${embed}"></iframe>`
		);
		const { page } = await open();
		const refusals: string[] = [];
		page.on('console', (message) => {
			if (message.text().includes("frame-ancestors 'none'")) refusals.push(message.text());
		});
		await page.goto(other);

		const embedFrame = page.frame({ name: 'embed' })!;
		await embedFrame.getByRole('heading', { level: 1 }).waitFor();
		await expect(embedFrame.getByRole('heading', { level: 1 })).toHaveText('Kinn');
		await expect.poll(() => refusals.length).toBe(2);
		for (const [name, src] of [
			['page', framed],
			['side-door', sideDoor]
		]) {
			expect(page.frame({ name })!.url()).not.toBe(src);
			await expect(page.frame({ name })!.locator('#kommune-heading')).toHaveCount(0);
		}
	});
});
