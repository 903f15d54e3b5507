/** Bundles the naive comparison page (bench/naive/) with Vite and puts the raw boundary file beside it. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { BOUNDARY_SOURCE } from '../geo/shared-dir';

const here = dirname(fileURLToPath(import.meta.url));

export const RAW_TOPOLOGY = BOUNDARY_SOURCE;

export async function buildNaivePage(outDir: string): Promise<void> {
	if (!existsSync(RAW_TOPOLOGY))
		throw new Error(`The naive page needs the raw boundary file ${RAW_TOPOLOGY} (set SHARED_DIR to its shared/ folder).`);
	await build({
		// Our own settings only: the project's vite.config.ts is the SvelteKit app's.
		configFile: false,
		envDir: false,
		root: join(here, 'naive'),
		base: './',
		logLevel: 'warn',
		build: { outDir: resolve(outDir), emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 4000 }
	});
	// Copied by content: the shared folder may be read-only, and its mode would come along.
	writeFileSync(join(outDir, 'kommuner-2020.topojson'), readFileSync(RAW_TOPOLOGY));
}
