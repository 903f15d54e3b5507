/**
 * A Vite plugin that writes `lisenser.txt` beside the site: the licence and copyright notices of
 * every third-party package whose code ships to the browser, found from the modules actually
 * bundled into the client build (so a package used only at build time or on the server, such as
 * resvg for the share images, is not listed, and one that starts being bundled is listed by itself).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

export interface BundledPackage {
	name: string;
	version: string;
	/** SPDX expression from package.json. */
	license: string;
	/** Where the source is published. */
	source: string | null;
	/** The package's own licence and notice files, as they are. */
	texts: { file: string; text: string }[];
}

/** Helpers the bundler writes into the output itself, which belong to these packages. */
const VIRTUAL_MODULE_PACKAGES: [RegExp, string][] = [
	[/^\0vite\//, 'vite'],
	[/^\0rolldown\//, 'rolldown']
];

/**
 * The package (name, and the folder it is installed in) a bundled module belongs to; null for the
 * project's own modules.
 * @example packageOf('/app/node_modules/@sveltejs/kit/src/runtime/client/client.js')
 *   // { name: '@sveltejs/kit', dir: '/app/node_modules/@sveltejs/kit' }
 */
export function packageOf(moduleId: string, root: string): { name: string; dir: string } | null {
	for (const [pattern, name] of VIRTUAL_MODULE_PACKAGES) {
		if (pattern.test(moduleId)) return { name, dir: join(root, 'node_modules', name) };
	}
	const path = moduleId.replace(/^\0/, '').replace(/[?#].*$/, '');
	const at = path.lastIndexOf('/node_modules/');
	if (at === -1) return null;
	const [first, second] = path.slice(at + '/node_modules/'.length).split('/');
	const name = first.startsWith('@') ? `${first}/${second}` : first;
	return { name, dir: path.slice(0, at) + '/node_modules/' + name };
}

const NOTICE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/**
 * Where a package's licence file goes on to its own dependencies that never reach the browser:
 * from Vite only its small module-preload helper ships, not the tools bundled into its Node code.
 */
const OWN_PART_ENDS: Record<string, RegExp> = { vite: /^# Licenses of bundled dependencies/m };

function sourceOf(pkg: { homepage?: string; repository?: string | { url?: string } }): string | null {
	const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
	const url = repository?.replace(/^git\+/, '').replace(/\.git$/, '') ?? pkg.homepage ?? null;
	return url?.replace(/^github:/, 'https://github.com/') ?? null;
}

export function readPackage(dir: string): BundledPackage {
	const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	const files = readdirSync(dir)
		.filter((file) => NOTICE_FILE.test(file))
		.sort();
	return {
		name: pkg.name,
		version: pkg.version,
		license: typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN'),
		source: sourceOf(pkg),
		texts: files.map((file) => {
			const text = readFileSync(join(dir, file), 'utf8');
			const end = OWN_PART_ENDS[pkg.name] ? text.search(OWN_PART_ENDS[pkg.name]) : -1;
			return { file, text: (end === -1 ? text : text.slice(0, end)).trim() };
		})
	};
}

const RULE = '='.repeat(78);

/** The text file: an introduction in Norwegian, a list, then each package's notices in full. */
export function noticesText(packages: BundledPackage[]): string {
	const sorted = [...packages].sort((a, b) => a.name.localeCompare(b.name));
	const intro = [
		'Programvarelisenser – Vertskommunekartet',
		'',
		'Nettstedet sender denne programvaren med åpen kildekode til nettleseren din. Lisensene og',
		'opphavsrettsmerknadene står under, slik pakkene selv leverer dem.',
		'',
		'Nettstedets egen kode: MIT-lisens. Kartgrunnlag: © Kartverket (CC BY 4.0).',
		'Innhold: pressemelding fra KS og NHO (2021).',
		'',
		`Pakker (${sorted.length}):`,
		...sorted.map((pkg) => `  ${pkg.name} ${pkg.version} – ${pkg.license}`)
	];
	const sections = sorted.map((pkg) =>
		[
			RULE,
			`${pkg.name} ${pkg.version}`,
			`Lisens: ${pkg.license}`,
			...(pkg.source ? [`Kilde: ${pkg.source}`] : []),
			RULE,
			...(pkg.texts.length > 0
				? pkg.texts.flatMap(({ file, text }) => [`[${file}]`, '', text, ''])
				: ['(Pakken har ingen egen lisensfil; lisensen er oppgitt i package.json.)', ''])
		].join('\n')
	);
	return [intro.join('\n'), ...sections].join('\n\n') + '\n';
}

/** Writes `fileName` into the client build, which the static adapter copies to the site root. */
export function licenceNotices(fileName = 'lisenser.txt'): Plugin {
	let root = process.cwd();
	let client = false;
	return {
		name: 'licence-notices',
		apply: 'build',
		configResolved(config) {
			root = config.root;
			client = !config.build.ssr;
		},
		generateBundle(_options, bundle) {
			if (!client) return;
			const dirs = new Map<string, string>();
			for (const output of Object.values(bundle)) {
				if (output.type !== 'chunk') continue;
				for (const id of output.moduleIds) {
					const found = packageOf(id, root);
					if (found && !dirs.has(found.name)) dirs.set(found.name, found.dir);
				}
			}
			const missing = [...dirs].filter(([, dir]) => !existsSync(join(dir, 'package.json')));
			if (missing.length > 0) this.error(`licence-notices: no package.json for ${missing.map(([name]) => name).join(', ')}`);
			this.emitFile({ type: 'asset', fileName, source: noticesText([...dirs.values()].map(readPackage)) });
		}
	};
}
