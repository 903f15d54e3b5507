import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticesText, packageOf, readPackage, shippedPackages, sourceMapSources, sourceOf, type BundledPackage } from './licence-notices';

/** A folder with these files (paths with folders allowed), for the tests to read. */
function fixture(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'licence-'));
	for (const [name, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, name)), { recursive: true });
		writeFileSync(join(dir, name), text);
	}
	return dir;
}

const packageJson = (name: string, license = 'MIT') => JSON.stringify({ name, version: '1.0.0', license });
const sourceMap = (sources: string[]) => JSON.stringify({ version: 3, sources, mappings: '' });

describe('packageOf', () => {
	const root = '/app';
	const cases: [string, string, { name: string; dir: string } | null][] = [
		['a plain package', '/app/node_modules/maplibre-gl/dist/maplibre-gl.js', { name: 'maplibre-gl', dir: '/app/node_modules/maplibre-gl' }],
		[
			'a scoped package',
			'/app/node_modules/@sveltejs/kit/src/runtime/client/client.js',
			{ name: '@sveltejs/kit', dir: '/app/node_modules/@sveltejs/kit' }
		],
		[
			'the innermost of nested node_modules',
			'/app/node_modules/a/node_modules/b/index.js',
			{ name: 'b', dir: '/app/node_modules/a/node_modules/b' }
		],
		['a query after the path', '/app/node_modules/svelte/src/index.js?v=1', { name: 'svelte', dir: '/app/node_modules/svelte' }],
		['a virtual module of Vite', '\0vite/preload-helper.js', { name: 'vite', dir: '/app/node_modules/vite' }],
		['the bundler runtime', '\0rolldown/runtime.js', { name: 'rolldown', dir: '/app/node_modules/rolldown' }],
		['the project itself', '/app/src/lib/search/search.ts', null],
		['generated app code', '/app/.svelte-kit/generated/client/app.js', null]
	];
	it.each(cases)('%s', (_name, id, expected) => {
		expect(packageOf(id, root)).toEqual(expected);
	});
});

describe('shippedPackages', () => {
	// lib's dist file holds inner (hoisted), nested (installed inside lib) and its own code; nested's
	// file, in turn, holds deep. absent is named but not installed.
	const root = fixture({
		'node_modules/lib/package.json': packageJson('lib'),
		'node_modules/lib/dist/lib.js': 'code\n//# sourceMappingURL=lib.js.map\n',
		'node_modules/lib/dist/lib.js.map': sourceMap([
			'../src/own.ts',
			'../node_modules/inner/index.js',
			'../node_modules/nested/dist/nested.mjs',
			'../node_modules/absent/index.js'
		]),
		'node_modules/inner/package.json': packageJson('inner'),
		'node_modules/inner/index.js': 'code\n',
		'node_modules/lib/node_modules/nested/package.json': packageJson('nested'),
		'node_modules/lib/node_modules/nested/dist/nested.mjs': 'code\n',
		'node_modules/lib/node_modules/nested/dist/nested.mjs.map': sourceMap(['../src/a.ts', '../node_modules/@scope/deep/index.js']),
		'node_modules/@scope/deep/package.json': packageJson('@scope/deep'),
		'node_modules/plain/package.json': packageJson('plain'),
		'node_modules/plain/index.js': 'code\n'
	});

	it('finds the packages of the modules bundled, and those built into their files, followed through their source maps', () => {
		const { found, missing } = shippedPackages(
			[join(root, 'node_modules/lib/dist/lib.js?url'), join(root, 'node_modules/plain/index.js'), join(root, 'src/app.ts')],
			root
		);
		const summary = Object.fromEntries([...found].map(([dir, { name, bundledIn }]) => [dir.slice(root.length), [name, ...bundledIn]]));
		expect(summary).toEqual({
			'/node_modules/lib': ['lib'],
			'/node_modules/plain': ['plain'],
			'/node_modules/inner': ['inner', 'lib'],
			'/node_modules/lib/node_modules/nested': ['nested', 'lib'],
			'/node_modules/@scope/deep': ['@scope/deep', 'nested']
		});
		expect(missing).toEqual([{ name: 'absent', bundledIn: 'lib' }]);
	});

	it('reads a source map written inline', () => {
		const map = Buffer.from(sourceMap(['../node_modules/x/index.js'])).toString('base64');
		const dir = fixture({ 'a.js': `code\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,${map}\n` });
		expect(sourceMapSources(join(dir, 'a.js'))).toEqual(['../node_modules/x/index.js']);
		expect(sourceMapSources(join(dir, 'missing.js'))).toBeNull();
	});
});

describe('sourceOf', () => {
	it.each([
		['git+https://github.com/o/r.git', 'https://github.com/o/r'],
		['git://github.com/o/r.git', 'https://github.com/o/r'],
		['git@github.com:o/r.git', 'https://github.com/o/r'],
		['github:o/r', 'https://github.com/o/r'],
		['o/r', 'https://github.com/o/r'],
		['https://gitlab.com/o/r', 'https://gitlab.com/o/r']
	])('%s → %s', (repository, expected) => expect(sourceOf({ repository })).toBe(expected));
});

describe('readPackage', () => {
	it('reads the licence files, name, version, licence and source', () => {
		const dir = fixture({
			'package.json': JSON.stringify({
				name: 'pkg',
				version: '1.2.3',
				license: 'BSD-3-Clause',
				repository: 'git+https://github.com/o/pkg.git'
			}),
			'LICENSE.txt': 'Copyright (c) O\n',
			NOTICE: 'Contains code from X\n',
			'README.md': 'not a licence'
		});
		expect(readPackage(dir)).toEqual({
			name: 'pkg',
			version: '1.2.3',
			license: 'BSD-3-Clause',
			source: 'https://github.com/o/pkg',
			author: null,
			texts: [
				{ file: 'LICENSE.txt', text: 'Copyright (c) O' },
				{ file: 'NOTICE', text: 'Contains code from X' }
			],
			bundledIn: []
		});
	});

	it('takes the licence section of the README when the package has no licence file', () => {
		const dir = fixture({
			'package.json': JSON.stringify({ name: 'bare', version: '1.0.0', license: 'MIT', author: 'A. Author' }),
			'README.md':
				'# bare\n\nUse it.\n\n## License (MIT)\n\nCopyright (c) 2011 A. Author\n\nPermission is hereby granted\n\n## Changes\n\nnone\n'
		});
		expect(readPackage(dir)).toMatchObject({
			author: 'A. Author',
			texts: [{ file: 'README.md, «License (MIT)»', text: 'Copyright (c) 2011 A. Author\n\nPermission is hereby granted' }]
		});
	});

	it("keeps only Vite's own licence, not those of the tools in its Node code", () => {
		const dir = fixture({
			'package.json': JSON.stringify({ name: 'vite', version: '8.0.0', license: 'MIT' }),
			'LICENSE.md': '# Vite core license\nMIT\n\n# Licenses of bundled dependencies\nlots more'
		});
		expect(readPackage(dir).texts).toEqual([{ file: 'LICENSE.md', text: '# Vite core license\nMIT' }]);
	});
});

describe('noticesText', () => {
	const pkg = (name: string, texts: BundledPackage['texts'], bundledIn: string[] = []): BundledPackage => ({
		name,
		version: '1.0.0',
		license: 'MIT',
		source: null,
		author: 'A. Author',
		texts,
		bundledIn
	});

	it('lists the packages by name, then gives each notice in full', () => {
		const text = noticesText([
			pkg('zeta', [{ file: 'LICENSE', text: 'Zeta licence text' }]),
			pkg('alpha', [{ file: 'LICENSE', text: 'Alpha licence text' }])
		]);
		expect(text).toContain('Pakker (2):\n  alpha 1.0.0 – MIT\n  zeta 1.0.0 – MIT');
		expect(text.indexOf('Alpha licence text')).toBeLessThan(text.indexOf('Zeta licence text'));
	});

	it('says so when a package has no licence file, and names its author', () => {
		expect(noticesText([pkg('bare', [])])).toContain(
			'Pakken har ingen egen lisensfil; lisensen er oppgitt i package.json.)\nOpphav: A. Author'
		);
	});

	it('says which package a bundled one was built into', () => {
		expect(noticesText([pkg('earcut', [], ['maplibre-gl'])])).toMatch(/^earcut 1\.0\.0\nLisens: MIT\nBygd inn i: maplibre-gl\n={78}$/m);
	});

	it('ends with the data and their licences', () => {
		const text = noticesText(
			[pkg('a', [])],
			[{ title: 'Kartdata', lines: ['© Kartverket, CC BY 4.0'], texts: [{ file: 'LICENSE', text: 'ISC' }] }]
		);
		expect(text).toMatch(/={78}\nData\n={78}\nKartdata\n\n© Kartverket, CC BY 4\.0\n\n\[LICENSE\]\n\nISC\n+$/);
	});
});
