/** Sizes read from the files in build/, without a browser. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSize } from './gzip-server';

export interface FileSize {
	file: string;
	raw: number;
	gzip: number;
}

export interface StaticFigures {
	topology: FileSize;
	/** Scripts index.html loads before first paint: its script and modulepreload tags, the
	 * modules its inline script imports, and everything those import statically. */
	firstPaintJs: { files: FileSize[]; raw: number; gzip: number; includesMaplibre: boolean };
	maplibreChunk: FileSize | null;
}

// A string from MapLibre's own source, stable across 5.x, that only its bundle contains.
const MAPLIBRE_SIGNATURE = 'maplibre_preloaded_worker_pool';

export function sizeOf(buildDir: string, file: string): FileSize {
	const data = readFileSync(join(buildDir, file));
	return { file, raw: data.length, gzip: gzipSize(data) };
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

/** Static imports and re-exports of an ES module (not `import()`), as paths relative to the build. */
function staticImports(source: string, fromUrl: string): string[] {
	const found: string[] = [];
	for (const match of source.matchAll(/\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["']([^"']+\.js)["']/g)) {
		found.push(new URL(match[1], `http://x${fromUrl}`).pathname);
	}
	return found;
}

function firstPaintScripts(html: string): string[] {
	const urls = new Set<string>();
	for (const tag of html.matchAll(/<link\b[^>]*>/g)) {
		if (/\brel=["']?modulepreload/.test(tag[0])) urls.add(/\bhref=["']?([^"'\s>]+)/.exec(tag[0])?.[1] ?? '');
	}
	for (const tag of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		const src = /\bsrc=["']?([^"'\s>]+)/.exec(tag[1])?.[1];
		if (src) urls.add(src);
		// SvelteKit starts the app from an inline script with import("/_app/immutable/entry/…").
		for (const dynamic of tag[2].matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) urls.add(dynamic[1]);
	}
	urls.delete('');
	// Same-site scripts only, as paths from the site root (the naive page uses relative ones).
	return [...urls].filter((url) => !/^(\w+:|\/\/)/.test(url)).map((url) => new URL(url, 'http://x/').pathname);
}

const containsMaplibre = (buildDir: string, file: string) => readFileSync(join(buildDir, file), 'utf8').includes(MAPLIBRE_SIGNATURE);

/** The scripts a page's HTML starts loading at once, and everything they import statically. */
export function firstPaintJs(buildDir: string, htmlFile = 'index.html'): StaticFigures['firstPaintJs'] {
	const queue = firstPaintScripts(readFileSync(join(buildDir, htmlFile), 'utf8'));
	const seen = new Set<string>();
	while (queue.length > 0) {
		const url = queue.shift()!;
		const path = join(buildDir, url);
		if (seen.has(url) || !existsSync(path)) continue;
		seen.add(url);
		queue.push(...staticImports(readFileSync(path, 'utf8'), url));
	}
	const files = [...seen].map((url) => sizeOf(buildDir, url.slice(1)));
	return {
		files,
		raw: files.reduce((sum, f) => sum + f.raw, 0),
		gzip: files.reduce((sum, f) => sum + f.gzip, 0),
		includesMaplibre: files.some((f) => containsMaplibre(buildDir, f.file))
	};
}

export function staticFigures(buildDir: string): StaticFigures {
	const assetsDir = join(buildDir, '_app/immutable/assets');
	const topologyName = existsSync(assetsDir) ? readdirSync(assetsDir).find((name) => /^kommuner\.topo\..*json$/.test(name)) : undefined;
	if (!topologyName) throw new Error(`No kommuner*.topo.json in ${assetsDir}: is build/ complete?`);

	const maplibreFile = walk(join(buildDir, '_app'))
		.map((path) => relative(buildDir, path))
		.find((file) => file.endsWith('.js') && containsMaplibre(buildDir, file));

	return {
		topology: sizeOf(buildDir, `_app/immutable/assets/${topologyName}`),
		firstPaintJs: firstPaintJs(buildDir),
		maplibreChunk: maplibreFile ? sizeOf(buildDir, maplibreFile) : null
	};
}
