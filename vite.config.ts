import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { firstPaintBundle } from './src/lib/start/first-paint-bundle.ts';
import { licenceNotices } from './deploy/licence-notices.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium.ts';

export default defineConfig({
	plugins: [sveltekit(), firstPaintBundle(), licenceNotices()],
	// Stylesheets the server code imports (MapLibre's, as a URL) are written for the browsers the
	// client is built for: the same bytes, so the same hashed file, and one copy in build/.
	build: { cssTarget: ['chrome107', 'edge107', 'firefox104', 'safari16'] },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'deploy/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'component',
					include: ['src/**/*.svelte.test.ts'],
					browser: {
						enabled: true,
						headless: true,
						// Failures are read in the test output; no screenshots left in the tree.
						screenshotFailures: false,
						provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
