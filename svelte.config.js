import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** Serve under a sub-path (e.g. BASE_PATH=/vertskommune) by setting BASE_PATH at build time. */
const base = /** @type {'' | `/${string}`} */ (process.env.BASE_PATH ?? '');
/** Where the static site is written (the sub-path test builds a second copy beside build/). */
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, strict: true }),
		paths: {
			base,
			// Absolute asset paths: 404.html is served at any depth, so relative ones would break.
			relative: false
		},
		prerender: {
			// /404 is not linked from anywhere; the static host serves it for unknown paths.
			entries: ['*', '/404']
		}
	}
};

export default config;
