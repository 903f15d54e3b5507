import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { noticesText, packageOf, readPackage, type BundledPackage } from './licence-notices';

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
		['the project itself', '/app/src/lib/search.ts', null],
		['generated app code', '/app/.svelte-kit/generated/client/app.js', null]
	];
	it.each(cases)('%s', (_name, id, expected) => {
		expect(packageOf(id, root)).toEqual(expected);
	});
});

describe('readPackage', () => {
	function fixture(files: Record<string, string>): string {
		const dir = join(mkdtempSync(join(tmpdir(), 'licence-')), 'pkg');
		mkdirSync(dir);
		for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
		return dir;
	}

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
			texts: [
				{ file: 'LICENSE.txt', text: 'Copyright (c) O' },
				{ file: 'NOTICE', text: 'Contains code from X' }
			]
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
	const pkg = (name: string, texts: BundledPackage['texts']): BundledPackage => ({
		name,
		version: '1.0.0',
		license: 'MIT',
		source: null,
		texts
	});

	it('lists the packages by name, then gives each notice in full', () => {
		const text = noticesText([
			pkg('zeta', [{ file: 'LICENSE', text: 'Zeta licence text' }]),
			pkg('alpha', [{ file: 'LICENSE', text: 'Alpha licence text' }])
		]);
		expect(text).toContain('Pakker (2):\n  alpha 1.0.0 – MIT\n  zeta 1.0.0 – MIT');
		expect(text.indexOf('Alpha licence text')).toBeLessThan(text.indexOf('Zeta licence text'));
	});

	it('says so when a package has no licence file', () => {
		expect(noticesText([pkg('bare', [])])).toContain('Pakken har ingen egen lisensfil');
	});
});
