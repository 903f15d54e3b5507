import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { ERROR_PAGES, errorPage } from './deploy/error-pages.js';
import { PAGE_CSP, headersFile } from './deploy/security-policy.js';

/** Serve under a sub-path (e.g. BASE_PATH=/vertskommune) by setting BASE_PATH at build time. */
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
/** Where the static site is written (the sub-path test builds a second copy beside build/). */
const out = process.env.BUILD_DIR ?? 'build';

/**
 * The static adapter, plus the `_headers` file that Netlify and Cloudflare Pages read and the
 * pages nginx answers 400 and 414 with.
 * @param {import('@sveltejs/kit').Adapter} staticAdapter
 * @returns {import('@sveltejs/kit').Adapter}
 */
function withHeadersFile(staticAdapter) {
	return {
		...staticAdapter,
		async adapt(builder) {
			await staticAdapter.adapt(builder);
			writeFileSync(join(out, '_headers'), headersFile(base));
			for (const [file, page] of Object.entries(ERROR_PAGES)) writeFileSync(join(out, file), errorPage(page, base));
		}
	};
}

/**
 * The one inline script of src/app.html, which sends the query addresses of older links on to the
 * pages that show them: its hash goes into each page's policy, and the years it accepts (written by
 * `npm run geo`) into its data attributes through SvelteKit's %sveltekit.env.…% placeholders.
 */
const oldAddresses = /<script[^>]*>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1] ?? '';
const oldAddressesHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(oldAddresses).digest('base64')}`);
const awardYears = 'src/lib/generated/award-years.json';
if (existsSync(awardYears)) {
	const { years, default: year } = JSON.parse(readFileSync(awardYears, 'utf8'));
	process.env.PUBLIC_AWARD_YEARS = years.join(' ');
	process.env.PUBLIC_AWARD_YEAR = year;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: withHeadersFile(adapter({ pages: out, assets: out, strict: true })),
		paths: {
			base,
			// Absolute asset paths: 404.html is served at any depth, so relative ones would break.
			relative: false
		},
		// Hashes, not nonces: the pages are prerendered files. Written as a <meta> tag into each page;
		// the headers that only a server can send are in deploy/.
		csp: { mode: 'hash', directives: { ...PAGE_CSP, 'script-src': [...(PAGE_CSP['script-src'] ?? []), oldAddressesHash] } },
		// Registered by the start-up once the page has painted, not when the app starts (src/lib/offline/register.ts).
		serviceWorker: { register: false },
		// An open page notices a new deploy and loads the next page in full (src/routes/+layout.svelte).
		version: { pollInterval: 5 * 60 * 1000 },
		prerender: {
			// /404 is not linked from anywhere; the static host serves it for unknown paths.
			entries: ['*', '/404']
		}
	}
};

export default config;
