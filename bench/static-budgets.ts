/** Sizes read from the files in build/, without a browser. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSize } from './gzip-server';

export interface FileSize {
	file: string;
	raw: number;
	gzip: number;
}

export interface FileGroup {
	files: FileSize[];
	raw: number;
	gzip: number;
}

export interface FirstPaintJs extends FileGroup {
	includesMaplibre: boolean;
}

/** What a page needs for its first paint: its HTML, stylesheets, the JS it starts at once, and its images. */
export interface FirstPaint {
	page: string;
	html: FileSize;
	css: FileGroup;
	js: FirstPaintJs;
	/** The images the HTML shows (the static map), each file once however many fragments use it. */
	images: FileGroup;
	raw: number;
	gzip: number;
}

// A string from MapLibre's own source, stable across 5.x, that only its bundle contains.
const MAPLIBRE_SIGNATURE = 'maplibre_preloaded_worker_pool';

export function sizeOf(buildDir: string, file: string): FileSize {
	const data = readFileSync(join(buildDir, file));
	return { file, raw: data.length, gzip: gzipSize(data) };
}

function group<T extends object = object>(files: FileSize[], extra?: T): FileGroup & T {
	return {
		files,
		raw: files.reduce((sum, f) => sum + f.raw, 0),
		gzip: files.reduce((sum, f) => sum + f.gzip, 0),
		...(extra as T)
	};
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

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1];

/**
 * Same-site URLs as paths from the site root (the naive page uses relative ones), without their
 * fragment (the static map is one file shown twice, as #fills and #lines), each once.
 */
function sameSitePaths(urls: (string | undefined)[], htmlPath: string): string[] {
	const paths = urls
		.filter((url): url is string => Boolean(url) && !/^(\w+:|\/\/)/.test(url!))
		.map((url) => new URL(url, `http://x${htmlPath}`).pathname);
	return [...new Set(paths)];
}

function firstPaintScripts(html: string, htmlPath: string): string[] {
	const urls: (string | undefined)[] = [];
	for (const tag of html.matchAll(/<link\b[^>]*>/g)) {
		if (/\brel=["']?modulepreload/.test(tag[0])) urls.push(attribute(tag[0], 'href'));
	}
	for (const tag of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
		urls.push(attribute(tag[1], 'src'));
		// SvelteKit starts the app from an inline script with import("/_app/immutable/entry/…").
		for (const dynamic of tag[2].matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) urls.push(dynamic[1]);
	}
	return sameSitePaths(urls, htmlPath);
}

const containsMaplibre = (buildDir: string, file: string) => readFileSync(join(buildDir, file), 'utf8').includes(MAPLIBRE_SIGNATURE);

/** The file in build/ that a page path is served from (`/` → index.html, `/kommune/kinn` → kommune/kinn.html). */
export function htmlFileOf(page: string): string {
	return page === '/' ? 'index.html' : `${page.slice(1)}.html`;
}

/** The scripts a page's HTML starts loading at once, and everything they import statically. */
export function firstPaintJs(buildDir: string, htmlFile = 'index.html'): FirstPaintJs {
	const queue = firstPaintScripts(readFileSync(join(buildDir, htmlFile), 'utf8'), `/${htmlFile}`);
	const seen = new Set<string>();
	while (queue.length > 0) {
		const url = queue.shift()!;
		const path = join(buildDir, url);
		if (seen.has(url) || !existsSync(path)) continue;
		seen.add(url);
		queue.push(...staticImports(readFileSync(path, 'utf8'), url));
	}
	const files = [...seen].map((url) => sizeOf(buildDir, url.slice(1)));
	return group(files, { includesMaplibre: files.some((f) => containsMaplibre(buildDir, f.file)) });
}

/**
 * A page's first paint as the files in build/ give it: the HTML, its stylesheets (the view's
 * /kart/<name>.css among them), the JS it loads before first paint and the images it shows (the
 * static map /kart/<name>.svg), each gzipped at level 6 as a host sends them. A file the HTML
 * names that is not in build/ stops the bench: the figure would be too small.
 */
export function firstPaint(buildDir: string, page: string): FirstPaint {
	const htmlFile = htmlFileOf(page);
	const html = readFileSync(join(buildDir, htmlFile), 'utf8');
	const htmlPath = `/${htmlFile}`;
	const stylesheets = sameSitePaths(
		[...html.matchAll(/<link\b[^>]*>/g)].filter((tag) => /\brel=["']?stylesheet/.test(tag[0])).map((tag) => attribute(tag[0], 'href')),
		htmlPath
	);
	const images = sameSitePaths(
		[...html.matchAll(/<img\b[^>]*>/g)].filter((tag) => !/\bloading=["']?lazy/.test(tag[0])).map((tag) => attribute(tag[0], 'src')),
		htmlPath
	);
	const sizes = (paths: string[]) =>
		paths.map((path) => {
			if (!existsSync(join(buildDir, path))) throw new Error(`${htmlFile} names ${path}, which is not in ${buildDir}`);
			return sizeOf(buildDir, path.slice(1));
		});
	const parts = {
		html: sizeOf(buildDir, htmlFile),
		css: group(sizes(stylesheets)),
		js: firstPaintJs(buildDir, htmlFile),
		images: group(sizes(images))
	};
	const all = [parts.html, parts.css, parts.js, parts.images];
	return { page, ...parts, raw: all.reduce((sum, p) => sum + p.raw, 0), gzip: all.reduce((sum, p) => sum + p.gzip, 0) };
}

/** The MapLibre file in build/_app (loaded, or prefetched, only for the interactive map). */
export function maplibreFile(buildDir: string): FileSize | null {
	const file = walk(join(buildDir, '_app'))
		.map((path) => relative(buildDir, path))
		.find((name) => name.endsWith('.js') && containsMaplibre(buildDir, name));
	return file ? sizeOf(buildDir, file) : null;
}
