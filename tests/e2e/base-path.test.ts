import { execFileSync } from 'node:child_process';
import { expect, test } from './fixtures';
import { startStaticServer, type StaticServer } from './serve';
import { linkTo, waitForMap } from './util';

const BASE = '/vertskommune';
const DIR = 'build-subpath';

let server: StaticServer;

// A second build of the site under a sub-path, as a host that serves it at example.org/vertskommune/ would.
test.beforeAll(async () => {
	test.setTimeout(240_000);
	execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], {
		env: { ...process.env, BASE_PATH: BASE, BUILD_DIR: DIR },
		stdio: 'inherit'
	});
	server = await startStaticServer(DIR, 0, BASE);
});
test.afterAll(() => server?.close());

test.describe(`the site built with BASE_PATH=${BASE}`, () => {
	test('loads its assets, map and links under the sub-path', async ({ page }) => {
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
		});
		await page.goto(`${server.url}/kommune/rauma`);
		await waitForMap(page);
		expect(failed).toEqual([]);
		const html = await (await fetch(`${server.url}/kommune/rauma`)).text();
		expect(html).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/vertskommune\/kommune\/rauma"/);
		const numbered = await (await fetch(`${server.url}/kommune/1539`)).text();
		expect(numbered).toContain('<meta http-equiv="refresh" content="0;url=/vertskommune/kommune/rauma">');
		await linkTo(page, 'Lukk').click();
		await page.waitForURL((address) => address.pathname === `${BASE}/`);
		await linkTo(page, 'Kinn').first().click();
		await page.waitForURL(`**${BASE}/kommune/kinn/2021`);
		// An old link with the edition in its query lands on the edition's page under the sub-path.
		await page.goto(`${server.url}/?år=2023&kategori=over`);
		await page.waitForURL(`**${BASE}/2023/over`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Årets vertskommune 2023/, { useInnerText: true });
	});

	test('serves its own 404 page with working suggestions under the sub-path', async ({ page }) => {
		const response = await fetch(`${server.url}/kommune/kongsbrg`);
		expect(response.status).toBe(404);
		await page.goto(`${server.url}/kommune/kongsbrg`);
		await page.getByRole('link', { name: 'Kongsberg' }).click();
		await page.waitForURL(`**${BASE}/kommune/kongsberg`);
	});
});
