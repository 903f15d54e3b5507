/**
 * The folders of src/lib, lowest first: a folder's code imports only from its own folder, from
 * folders below it, and from generated/ (what `npm run geo` writes). Each folder's README.md says
 * what it owns. A new folder goes into LAYERS where its imports put it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve('src/lib');

const LAYERS = [
	'kommuner', // the kommuner, their names, numbers, counties and boundaries
	'award', // the award: editions, nominees, classes, the 2021 release, open data
	'url', // the addresses of every state, and links to them
	'pages', // what a page shows and says: titles, descriptions, a kommune page's data
	'search', // finding a kommune by name or number
	'embed', // embed code and the embed's height
	'failures', // what a failed load is called, and loading a page in full instead
	'offline', // the service worker's rules, its registration, navigations while offline
	'not-found', // the 404 page's answer
	'start', // the start at the first reach, and what runs before it
	'map', // the map: static first paint, label layout, framing, MapLibre
	'server', // what is made at build time: page data, share images, oEmbed answers
	'components' // the interface
];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
		return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
	});
}

/** The folder of src/lib that `path` is in, or null outside src/lib. */
const folderOf = (path: string) => {
	const inside = relative(LIB, path);
	return inside.startsWith('..') ? null : inside.split('/')[0];
};

const IMPORTS = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importedFolders(file: string): string[] {
	return [...readFileSync(file, 'utf8').matchAll(IMPORTS)].flatMap((match) => {
		const spec = match[1] ?? match[2];
		const target = spec.startsWith('$lib/') ? join(LIB, spec.slice(5)) : spec.startsWith('.') ? resolve(dirname(file), spec) : null;
		const folder = target && folderOf(target);
		return folder ? [folder] : [];
	});
}

describe('src/lib', () => {
	it('has every source file in a folder of its own concern, each folder saying what it owns', () => {
		const loose = sourceFiles(LIB).filter((file) => !relative(LIB, file).includes('/'));
		expect(loose.map((file) => relative(LIB, file))).toEqual([]);
		const folders = readdirSync(LIB).filter((name) => statSync(join(LIB, name)).isDirectory() && name !== 'generated');
		expect(folders.sort()).toEqual([...LAYERS].sort());
		for (const folder of LAYERS) expect(readFileSync(join(LIB, folder, 'README.md'), 'utf8').length, folder).toBeGreaterThan(40);
	});

	it('imports only downwards: from its own folder, from folders below it, and from generated/', () => {
		const upwards = sourceFiles(LIB).flatMap((file) => {
			const own = LAYERS.indexOf(folderOf(file)!);
			return importedFolders(file)
				.filter((folder) => folder !== 'generated' && LAYERS.indexOf(folder) > own)
				.map((folder) => `${relative(LIB, file)} → ${folder}/`);
		});
		expect(upwards).toEqual([]);
	});
});
