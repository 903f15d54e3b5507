import { describe, expect, it } from 'vitest';
import {
	CACHE_IMMUTABLE,
	CACHE_REVALIDATE,
	DOCUMENT_ONLY_CSP,
	PAGE_CSP,
	cacheControl,
	contentSecurityPolicyHeader,
	headersFile,
	isEmbedPath,
	isOpenFilePath,
	responseHeaders
} from './security-policy.js';

describe('PAGE_CSP', () => {
	it("allows no inline script or style and no eval: hashes are SvelteKit's to add", () => {
		const sources = Object.values(PAGE_CSP).flat();
		expect(sources).not.toContain('unsafe-inline');
		expect(sources).not.toContain('unsafe-eval');
		expect(PAGE_CSP['script-src']).toEqual(['self']);
		expect(PAGE_CSP['style-src']).toEqual(['self']);
	});

	it('lets MapLibre start its worker from a blob and talks to no other host', () => {
		expect(PAGE_CSP['worker-src']).toContain('blob:');
		expect(PAGE_CSP['connect-src']).toEqual(['self']);
	});
});

describe('DOCUMENT_ONLY_CSP', () => {
	it('allows nothing to load: no script, style, image, base or form', () => {
		expect(DOCUMENT_ONLY_CSP).toBe("default-src 'none'; base-uri 'none'; form-action 'none'");
	});
});

describe('contentSecurityPolicyHeader', () => {
	it('forbids framing, except for the embed pages', () => {
		expect(contentSecurityPolicyHeader(false)).toMatch(/(^|; )frame-ancestors 'none'$/);
		expect(contentSecurityPolicyHeader(true)).toMatch(/(^|; )frame-ancestors \*$/);
	});

	it('leaves script-src and default-src to the meta tag, which holds the hashes of each page', () => {
		expect(contentSecurityPolicyHeader(false)).not.toMatch(/(^|; )(script-src|default-src) /);
		expect(contentSecurityPolicyHeader(false)).toContain("style-src 'self'; style-src-attr 'unsafe-hashes' 'sha256-");
	});
});

describe('cacheControl and isEmbedPath', () => {
	const cache: [string, string][] = [
		['/_app/immutable/chunks/a1b2.js', CACHE_IMMUTABLE],
		['/_app/version.json', CACHE_REVALIDATE],
		['/kommune/kinn', CACHE_REVALIDATE],
		['/share/kinn.png', CACHE_REVALIDATE],
		['/tiles/3a9064043e/5/16/9.pbf', CACHE_IMMUTABLE],
		['/tiles/latest/5/16/9.pbf', CACHE_REVALIDATE],
		['/kommune/tiles/3a9064043e/5/16/9.pbf', CACHE_REVALIDATE]
	];
	it.each(cache)('%s → %s', (path, expected) => expect(cacheControl(path)).toBe(expected));

	const embed: [string, boolean][] = [
		['/embed', true],
		['/embed/kommune/kinn', true],
		['/embedded', false],
		['/kommune/embed', false],
		['/', false]
	];
	it.each(embed)('%s is an embed page: %s', (path, expected) => expect(isEmbedPath(path)).toBe(expected));

	const open: [string, boolean][] = [
		['/data/nominerte-2021.csv', true],
		['/oembed/kommune/kinn.json', true],
		['/data', false],
		['/database', false],
		['/kommune/kinn', false],
		['/embed', false]
	];
	it.each(open)('%s may be read by any site: %s', (path, expected) => {
		expect(isOpenFilePath(path)).toBe(expected);
		expect(responseHeaders(path)['Access-Control-Allow-Origin']).toBe(expected ? '*' : undefined);
	});

	it('lets no site read the 404 page for an unknown file', () => {
		expect(responseHeaders('/data/finnes-ikke.csv', { notFound: true })['Access-Control-Allow-Origin']).toBeUndefined();
	});

	it('lets no site frame the 404 page, not even under /embed: it is no embed page', () => {
		expect(responseHeaders('/embed/kommune/finnes-ikke', { notFound: true })['Content-Security-Policy']).toMatch(/frame-ancestors 'none'$/);
		expect(responseHeaders('/embed/kommune/kinn')['Content-Security-Policy']).toMatch(/frame-ancestors \*$/);
	});
});

/** How Netlify and Cloudflare Pages turn a `_headers` file into the headers of one response. */
function resolveHeaders(file: string, path: string, host: 'netlify' | 'cloudflare'): Record<string, string> {
	const headers: Record<string, string> = {};
	let matches = false;
	for (const line of file.split('\n')) {
		if (line.startsWith('#') || line.trim() === '') continue;
		if (line.startsWith('/')) {
			const pattern = line.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace('*', '.*');
			matches = new RegExp(`^${pattern}$`).test(path);
			continue;
		}
		if (!matches) continue;
		const detach = line.match(/^\s+!\s*(\S+)$/);
		if (detach) {
			if (host === 'cloudflare') delete headers[detach[1]];
			continue;
		}
		const [, name, value] = line.match(/^\s+([^:]+):\s*(.*)$/)!;
		headers[name] = host === 'cloudflare' && headers[name] ? `${headers[name]}, ${value}` : value;
	}
	return headers;
}

describe('headersFile', () => {
	const paths = [
		'/',
		'/kommune/kinn',
		'/_app/immutable/chunks/a1b2.js',
		'/_app/version.json',
		'/embed',
		'/embed/kommune/kinn',
		'/lisenser.txt',
		'/data',
		'/data/nominerte-2021.csv',
		'/oembed/oversikt.json',
		'/tiles/3a9064043e/5/16/9.pbf'
	];

	it.each(paths)('gives %s the same headers on Netlify and Cloudflare Pages as on every other server', (path) => {
		const file = headersFile('');
		expect(resolveHeaders(file, path, 'netlify')).toEqual(responseHeaders(path));
		expect(resolveHeaders(file, path, 'cloudflare')).toEqual(responseHeaders(path));
	});

	it('puts the base path in front of every rule', () => {
		const file = headersFile('/vertskommune');
		expect(file.split('\n').filter((line) => line.startsWith('/'))).toEqual([
			'/vertskommune/*',
			'/vertskommune/_app/immutable/*',
			'/vertskommune/tiles/*',
			'/vertskommune/embed',
			'/vertskommune/embed/*',
			'/vertskommune/data/*',
			'/vertskommune/oembed/*'
		]);
		expect(resolveHeaders(file, '/vertskommune/embed', 'cloudflare')).toEqual(responseHeaders('/embed'));
	});
});
