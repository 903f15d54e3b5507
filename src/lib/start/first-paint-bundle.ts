/**
 * A Vite plugin that shapes the JavaScript a page's first paint names, for a phone:
 *
 * - Two chunks instead of 25 files (CSS likewise: one file instead of 11), so over HTTP/1.1 no
 *   script waits its turn for one of six connections:
 *   - `site`: what runs at load — Svelte's and SvelteKit's runtime and the start-up hook
 *     (src/hooks.client.ts) with what it imports. It waits for the visitor's first reach
 *     (first-reach.ts).
 *   - `page`: every route's components and the rest of src/, fetched with the page but run only
 *     when the app starts. A visitor who only reads never runs it: measured under Lighthouse's
 *     tracing, the load's script task went from 50–70 ms (one chunk) to 26–29 ms.
 *   Lazy code (MapLibre, the search index, the interactive map) keeps its own chunks.
 * - `site` starts with V8's explicit compile hint, so Chromium compiles its functions on a
 *   background thread while the file streams in, instead of one by one on the main thread. Other
 *   browsers read it as a comment. (On `page` it saved about 10 ms at the reach, within the noise
 *   of Lighthouse's figures, so it is left off there.)
 */
import type { Plugin } from 'vite';

const START_UP_CHUNK = 'site';
const PAGE_CHUNK = 'page';
/** The runtime and SvelteKit's generated start-up code, but not the page nodes, which load the views. */
const RUNTIME = /node_modules|\.svelte-kit|[\\/]src[\\/]hooks\.client\./;
const PAGE_NODE = /[\\/]generated[\\/]client[\w-]*[\\/]nodes[\\/]/;
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function firstPaintBundle(): Plugin {
	let client = false;
	return {
		name: 'first-paint-bundle',
		apply: 'build',
		config(config) {
			if (config.build?.ssr) return;
			return {
				build: {
					rollupOptions: {
						output: {
							codeSplitting: {
								groups: [
									// A captured module brings what it imports along (includeDependenciesRecursively).
									{ name: START_UP_CHUNK, tags: ['$initial'], test: (id) => RUNTIME.test(id) && !PAGE_NODE.test(id), priority: 2 },
									{ name: PAGE_CHUNK, tags: ['$initial'], priority: 1 }
								]
							}
						}
					}
				}
			};
		},
		configResolved(config) {
			client = !config.build.ssr;
		},
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				if (!client) return;
				const chunk = (name: string) => {
					const found = Object.values(bundle).flatMap((output) => (output.type === 'chunk' && output.name === name ? [output] : []));
					if (found.length !== 1) this.error(`first-paint-bundle: expected one "${name}" chunk, found ${found.length}`);
					return found[0];
				};
				chunk(PAGE_CHUNK);
				const startUp = chunk(START_UP_CHUNK);
				startUp.code = COMPILE_HINT + startUp.code;
			}
		}
	};
}
