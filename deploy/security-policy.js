/**
 * The site's security and cache headers, in one place for every server that sends them: the
 * Content-Security-Policy that SvelteKit writes into each prerendered page (svelte.config.js), the
 * `_headers` file the build writes for Netlify and Cloudflare Pages, `npm run preview`
 * (tests/e2e/serve.ts) and the end-to-end tests that check deploy/nginx.conf sends the same.
 *
 * Plain JavaScript with JSDoc types: svelte.config.js imports it, and Node loads that file without
 * a TypeScript step.
 */

/** sha256 of the style attribute of SvelteKit's route announcer (kit/src/core/sync/write_root.js). */
const SVELTEKIT_ANNOUNCER_STYLE = 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo=';

/**
 * The policy for the pages themselves. SvelteKit adds the hash of each page's inline start-up
 * script to script-src and writes the result into a <meta http-equiv> tag: no 'unsafe-inline'.
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const PAGE_CSP = {
	'default-src': ['self'],
	'script-src': ['self'],
	'style-src': ['self'],
	// SvelteKit's route announcer (#svelte-announcer) is created with a fixed style attribute
	// (sveltejs/kit#11993); this allows that one attribute value and no other inline style.
	'style-src-attr': ['unsafe-hashes', SVELTEKIT_ANNOUNCER_STYLE],
	// MapLibre's stylesheet draws its controls with data: SVGs.
	'img-src': ['self', 'data:', 'blob:'],
	'font-src': ['self'],
	'connect-src': ['self'],
	// MapLibre starts its worker from a blob: URL.
	'worker-src': ['self', 'blob:'],
	'frame-src': ['none'],
	'object-src': ['none'],
	'base-uri': ['self'],
	'form-action': ['self'],
	'manifest-src': ['self']
};

/**
 * The policy of the HTML files the build writes by itself, which load nothing at all: the
 * redirect pages /kommune/<nummer> (a meta refresh and a link) and the error pages nginx answers
 * 400, 405, 414 and a too large header with (deploy/error-pages.js). No script, style, image or font, no base or form.
 */
export const DOCUMENT_ONLY_CSP = "default-src 'none'; base-uri 'none'; form-action 'none'";

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'unsafe-hashes', 'strict-dynamic']);

/** @param {string} source */
const quote = (source) => (KEYWORDS.has(source) || /^(sha256|sha384|sha512|nonce)-/.test(source) ? `'${source}'` : source);

/**
 * The Content-Security-Policy header. A page is held to both this header and its meta tag, so the
 * header leaves out what the meta tag must decide per page (script-src, and default-src, which
 * script-src would fall back to) and adds what only a header can say: who may frame the page.
 * @param {boolean} frameable whether any site may put the page in an iframe (the embed pages)
 */
export function contentSecurityPolicyHeader(frameable) {
	const directives = Object.entries(PAGE_CSP)
		.filter(([name]) => name !== 'default-src' && name !== 'script-src')
		.map(([name, sources]) => [name, ...(sources ?? []).map(quote)].join(' '));
	directives.push(frameable ? 'frame-ancestors *' : "frame-ancestors 'none'");
	return directives.join('; ');
}

/**
 * Browser features: the map's full-screen button for the site itself; everything else the site
 * never uses denied, to it and to any page it frames.
 */
export const PERMISSIONS_POLICY = [
	'fullscreen=(self)',
	...[
		'accelerometer',
		'autoplay',
		'browsing-topics',
		'camera',
		'display-capture',
		'encrypted-media',
		'geolocation',
		'gyroscope',
		'hid',
		'idle-detection',
		'local-fonts',
		'magnetometer',
		'microphone',
		'midi',
		'payment',
		'picture-in-picture',
		'publickey-credentials-get',
		'screen-wake-lock',
		'serial',
		'usb',
		'xr-spatial-tracking'
	].map((feature) => `${feature}=()`)
].join(', ');

/** Headers every response carries. */
export const COMMON_HEADERS = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': PERMISSIONS_POLICY
};

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=300, must-revalidate';
export const CACHE_NOT_FOUND = 'no-cache';

/**
 * The map's vector tiles sit in a folder named by a hash of all of them, tiles/<10 hex digits>/
 * (geo/build.ts, which writes no other folder there): a new set of tiles gets a new folder.
 */
export const HASHED_TILES = /^\/tiles\/[0-9a-f]{10}\//;

/**
 * The tiles' media type (no host knows .pbf): hosts that compress by type (nginx's gzip_types, CDNs)
 * then gzip them, a third off each tile on the wire.
 */
export const TILE_TYPE = 'application/vnd.mapbox-vector-tile';

/**
 * The README's cache policy: file names under _app/immutable/ and the tiles' folder name contain
 * a content hash.
 * @param {string} pathname path below the base path
 */
export function cacheControl(pathname) {
	return pathname.startsWith('/_app/immutable/') || HASHED_TILES.test(pathname) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/**
 * The embed pages, which other sites may frame: /embed and everything below it. `pathname` must
 * be the path of the file served, decoded and normalised (what nginx calls $uri), never the raw
 * request: /embed/..%2fkommune/kinn is /kommune/kinn.
 * @param {string} pathname path below the base path
 */
export function isEmbedPath(pathname) {
	return pathname === '/embed' || pathname.startsWith('/embed/');
}

/**
 * The files other sites' code may fetch: the data downloads (/data/<file>) and the oEmbed answers
 * (/oembed/…), which a CMS or a notebook may read from the browser. They get
 * `Access-Control-Allow-Origin: *`; nothing else does.
 * @param {string} pathname path below the base path
 */
export function isOpenFilePath(pathname) {
	return pathname.startsWith('/data/') || pathname.startsWith('/oembed/');
}

/** The header that lets any site's script read an open file (no cookies are involved). */
export const OPEN_FILE_HEADERS = { 'Access-Control-Allow-Origin': '*' };

/**
 * Every header for one response (the content type only where no host knows it: the tiles).
 * @param {string} pathname path below the base path
 * @param {{ notFound?: boolean }} [options] whether this is the 404 page answering an unknown path
 *   (no embed page, so no other site may frame it, wherever it answers)
 * @returns {Record<string, string>}
 */
export function responseHeaders(pathname, { notFound = false } = {}) {
	return {
		'Content-Security-Policy': contentSecurityPolicyHeader(isEmbedPath(pathname) && !notFound),
		...COMMON_HEADERS,
		'Cache-Control': notFound ? CACHE_NOT_FOUND : cacheControl(pathname),
		...(isOpenFilePath(pathname) && !notFound ? OPEN_FILE_HEADERS : {}),
		...(HASHED_TILES.test(pathname) && !notFound ? { 'Content-Type': TILE_TYPE } : {})
	};
}

/**
 * The `_headers` file (Netlify and Cloudflare Pages). Where rules overlap, Netlify takes the later
 * rule's value of a header, while Cloudflare joins the values unless the later rule first detaches
 * the header with `! Name` (a line Netlify skips). Both read this file the same way.
 *
 * Its patterns know only `*`, so `/tiles/*` stands for HASHED_TILES: tiles/ holds nothing else.
 * They match the path the host was asked for, which need not be the file it serves (docs/deploy.md,
 * «Framing»). Cloudflare Pages does not serve this file itself; nginx and `npm run preview` refuse
 * it too (404).
 * @param {string} base the base path the site is served under ('' or '/sub-path')
 */
export function headersFile(base) {
	/** @param {string} path @param {Record<string, string>} headers @param {string[]} [detach] */
	const rule = (path, headers, detach = []) =>
		[
			`${base}${path}`,
			...detach.map((name) => `  ! ${name}`),
			...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)
		].join('\n');
	const embedCsp = { 'Content-Security-Policy': contentSecurityPolicyHeader(true) };
	return [
		'# Written by the build from deploy/security-policy.js; deploy/nginx.conf sends the same headers.',
		rule('/*', responseHeaders('/')),
		rule('/_app/immutable/*', { 'Cache-Control': CACHE_IMMUTABLE }, ['Cache-Control']),
		rule('/tiles/*', { 'Cache-Control': CACHE_IMMUTABLE, 'Content-Type': TILE_TYPE }, ['Cache-Control']),
		rule('/embed', embedCsp, ['Content-Security-Policy']),
		rule('/embed/*', embedCsp, ['Content-Security-Policy']),
		rule('/data/*', OPEN_FILE_HEADERS),
		rule('/oembed/*', OPEN_FILE_HEADERS),
		''
	].join('\n\n');
}
