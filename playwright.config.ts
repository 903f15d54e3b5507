/**
 * The end-to-end tests (tests/e2e/): Playwright's runner against the built site, served from build/
 * by the app's own static server (tests/e2e/serve.ts), in Debian's Chromium. `npm test` runs them
 * after the build; on their own: `npx vite build && npx playwright test [file]`.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/e2e/chromium';
import { E2E_PORT, SITE } from './tests/e2e/site';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '*.test.ts',
	// One browser at a time: software WebGL on two cores is the bottleneck.
	workers: 1,
	timeout: 60_000,
	// A redraw in software WebGL on shared cores can take longer than the default five seconds.
	expect: { timeout: 10_000 },
	forbidOnly: !!process.env.CI,
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'test-results/report' }]],
	outputDir: 'test-results/artifacts',
	// Baselines of the static first paints, one folder per test file; Chromium on Linux is the only platform.
	snapshotPathTemplate: '{testDir}/screenshots/{testFileName}/{arg}{ext}',
	use: {
		baseURL: SITE,
		viewport: { width: 1280, height: 800 },
		browserName: 'chromium',
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
		// A failed test leaves its trace in test-results/: `npx playwright show-trace <zip>`.
		trace: 'retain-on-failure'
	},
	webServer: {
		command: 'npx tsx tests/e2e/serve.ts',
		url: `${SITE}/`,
		env: { PORT: String(E2E_PORT), BASE_PATH: '' },
		// Always the build just made: an old server on the port is an error, not reused.
		reuseExistingServer: false
	}
});
