/**
 * A Vite plugin that writes `lisenser.txt` beside the site: the licence and copyright notices of
 * every third-party package whose code ships to the browser, and of the data the maps are drawn
 * from. The packages are found from what the client build actually holds (so a package used only
 * at build time or on the server, such as resvg for the share images, is not listed, and one that
 * starts being bundled is listed by itself):
 *
 * - the modules bundled into the client chunks, and the files emitted as they are (MapLibre's
 *   script, which the app loads on the visitor's first reach);
 * - inside those files, the code of other packages that their own bundler built in (MapLibre's
 *   dist holds earcut, kdbush, pbf, tiny-sdf, murmurhash-js, its style spec and more): named by
 *   the source map the package ships beside the file, followed down into the files it names.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'vite';

export interface BundledPackage {
	name: string;
	version: string;
	/** SPDX expression from package.json. */
	license: string;
	/** Where the source is published. */
	source: string | null;
	/** The author from package.json. */
	author: string | null;
	/** The package's own licence and notice files, as they are. */
	texts: { file: string; text: string }[];
	/** The packages whose shipped file holds this one's code, built in by their own bundler. */
	bundledIn: string[];
}

/** Helpers the bundler writes into the output itself, which belong to these packages. */
const VIRTUAL_MODULE_PACKAGES: [RegExp, string][] = [
	[/^\0vite\//, 'vite'],
	[/^\0rolldown\//, 'rolldown']
];

const NODE_MODULES = '/node_modules/';

/** The package name at the start of a path inside node_modules: "@scope/name/x.js" → "@scope/name". */
function leadingPackage(path: string): { name: string; inner: string } {
	const [first, second] = path.split('/');
	const name = first.startsWith('@') ? `${first}/${second}` : first;
	return { name, inner: path.slice(name.length + 1) };
}

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
	const at = path.lastIndexOf(NODE_MODULES);
	if (at === -1) return null;
	const { name } = leadingPackage(path.slice(at + NODE_MODULES.length));
	return { name, dir: path.slice(0, at) + NODE_MODULES + name };
}

/** Where `name` is installed as Node would find it from `fromDir`, or null. */
export function findInstalled(name: string, fromDir: string): string | null {
	for (let dir = resolve(fromDir); ; dir = dirname(dir)) {
		const candidate = join(dir, 'node_modules', name);
		if (existsSync(join(candidate, 'package.json'))) return candidate;
		if (dirname(dir) === dir) return null;
	}
}

/**
 * The sources a shipped file's source map names: from its `sourceMappingURL` comment (a file
 * beside it, or inline), else from `<file>.map`. Null where there is none.
 */
export function sourceMapSources(file: string): string[] | null {
	if (!/\.[cm]?js$/.test(file) || !existsSync(file) || !statSync(file).isFile()) return null;
	const code = readFileSync(file, 'utf8');
	const comment = /\/[/*][#@] sourceMappingURL=(\S+?)(?:\s*\*\/)?\s*$/.exec(code.slice(-4096))?.[1];
	let json: string | null = null;
	if (comment?.startsWith('data:')) {
		const [, base64, data] = /^data:[^,]*?(;base64)?,(.*)$/.exec(comment) ?? [];
		if (data !== undefined) json = base64 ? Buffer.from(data, 'base64').toString('utf8') : decodeURIComponent(data);
	} else {
		const mapFile = comment ? join(dirname(file), decodeURI(comment)) : `${file}.map`;
		if (existsSync(mapFile)) json = readFileSync(mapFile, 'utf8');
	}
	if (json === null) return null;
	const sources = (JSON.parse(json) as { sources?: unknown }).sources;
	return Array.isArray(sources) ? sources.filter((source): source is string => typeof source === 'string') : null;
}

/** The other packages a source map names, each with the file of it that went in. */
function packagesInSources(sources: string[], own: string): { name: string; inner: string }[] {
	const found = new Map<string, { name: string; inner: string }>();
	for (const source of sources) {
		const at = source.lastIndexOf('node_modules/');
		if (at === -1) continue;
		const pkg = leadingPackage(source.slice(at + 'node_modules/'.length).replace(/[?#].*$/, ''));
		if (pkg.name !== own && !found.has(`${pkg.name}/${pkg.inner}`)) found.set(`${pkg.name}/${pkg.inner}`, pkg);
	}
	return [...found.values()];
}

export interface ShippedPackages {
	/** Installed folder → name, and the packages whose files hold its code (empty: our bundler's). */
	found: Map<string, { name: string; bundledIn: Set<string> }>;
	/** Packages a source map names that are not installed here. */
	missing: { name: string; bundledIn: string }[];
}

/**
 * Every package whose code is in `files` (paths of the modules bundled and the files emitted),
 * and the packages built into those files by their own bundler, followed through their maps.
 */
export function shippedPackages(files: string[], root: string): ShippedPackages {
	const found: ShippedPackages['found'] = new Map();
	const missing: ShippedPackages['missing'] = [];
	const add = (dir: string, name: string, bundledIn?: string) => {
		const entry = found.get(dir) ?? { name, bundledIn: new Set<string>() };
		if (bundledIn) entry.bundledIn.add(bundledIn);
		found.set(dir, entry);
	};
	const queue: { file: string; dir: string; name: string }[] = [];
	for (const file of files) {
		const pkg = packageOf(file, root);
		if (!pkg) continue;
		add(pkg.dir, pkg.name);
		queue.push({ file: file.replace(/^\0/, '').replace(/[?#].*$/, ''), ...pkg });
	}
	const read = new Set<string>();
	for (let next = queue.shift(); next; next = queue.shift()) {
		if (read.has(next.file)) continue;
		read.add(next.file);
		const sources = sourceMapSources(next.file);
		if (!sources) continue;
		for (const inner of packagesInSources(sources, next.name)) {
			const dir = findInstalled(inner.name, next.dir);
			if (!dir) {
				missing.push({ name: inner.name, bundledIn: next.name });
				continue;
			}
			add(dir, inner.name, next.name);
			queue.push({ file: join(dir, inner.inner), dir, name: inner.name });
		}
	}
	return { found, missing };
}

const NOTICE_FILE = /^(licen[cs]e|copying|notice)([.-].*)?$/i;

/**
 * Where a package's licence file goes on to its own dependencies that never reach the browser:
 * from Vite only its small module-preload helper ships, not the tools bundled into its Node code.
 */
const OWN_PART_ENDS: Record<string, RegExp> = { vite: /^# Licenses of bundled dependencies/m };

/** "owner/repo", "github:owner/repo", "git+https://…/repo.git", "git://…", "git@github.com:…" → a web address. */
export function sourceOf(pkg: { homepage?: string; repository?: string | { url?: string } }): string | null {
	const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
	const url = repository
		?.replace(/^git\+/, '')
		.replace(/\.git$/, '')
		.replace(/^(github:|git@github\.com:|(git|ssh):\/\/(git@)?github\.com\/)/, 'https://github.com/')
		.replace(/^([\w.-]+\/[\w.-]+)$/, 'https://github.com/$1');
	return url ?? pkg.homepage ?? null;
}

function authorOf(pkg: { author?: string | { name?: string } }): string | null {
	return (typeof pkg.author === 'string' ? pkg.author : pkg.author?.name) ?? null;
}

/** The licence section of a README, for a package that ships no licence file of its own. */
function readmeLicence(dir: string): { file: string; text: string } | null {
	const readme = readdirSync(dir).find((file) => /^readme(\.md)?$/i.test(file));
	if (!readme) return null;
	const text = readFileSync(join(dir, readme), 'utf8');
	const heading = /^(#{1,6})\s*licen[cs]e\b.*$/im.exec(text);
	if (!heading) return null;
	const rest = text.slice(heading.index + heading[0].length);
	const end = rest.search(new RegExp(`^#{1,${heading[1].length}}\\s`, 'm'));
	return { file: `${readme}, «${heading[0].replace(/^#+\s*/, '')}»`, text: (end === -1 ? rest : rest.slice(0, end)).trim() };
}

export function readPackage(dir: string, bundledIn: string[] = []): BundledPackage {
	const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
	const files = readdirSync(dir)
		.filter((file) => NOTICE_FILE.test(file))
		.sort();
	const texts = files.map((file) => {
		const text = readFileSync(join(dir, file), 'utf8');
		const end = OWN_PART_ENDS[pkg.name] ? text.search(OWN_PART_ENDS[pkg.name]) : -1;
		return { file, text: (end === -1 ? text : text.slice(0, end)).trim() };
	});
	const fromReadme = texts.length === 0 ? readmeLicence(dir) : null;
	return {
		name: pkg.name,
		version: pkg.version,
		license: typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? 'UNKNOWN'),
		source: sourceOf(pkg),
		author: authorOf(pkg),
		texts: fromReadme ? [fromReadme] : texts,
		bundledIn: [...bundledIn].sort()
	};
}

/** The data the maps are drawn from, with its licence (the text of world-atlas' own, read at build time). */
export interface DataNotice {
	title: string;
	lines: string[];
	texts: { file: string; text: string }[];
}

/** Kartverket's boundaries (CC BY 4.0) and Natural Earth's neighbouring countries, via world-atlas. */
export function dataNotices(root: string): DataNotice[] {
	const worldAtlas = readPackage(join(root, 'node_modules', 'world-atlas'));
	return [
		{
			title: 'Kommunegrensene: Kartverket',
			lines: [
				'«Administrative enheter – kommuner» (inndelingen 2020–2023) fra Kartverket, via Geonorge.',
				'© Kartverket. Lisens: CC BY 4.0, https://creativecommons.org/licenses/by/4.0/',
				'Endret for dette nettstedet: forenklet og tegnet om til kartbilder og kartfliser.'
			],
			texts: []
		},
		{
			title: 'Nabolandene: Natural Earth',
			lines: [
				'Landene rundt Norge er fra Natural Earth, https://www.naturalearthdata.com/, som er',
				'allemannseie (public domain). Laget med Natural Earth.',
				`Hentet via world-atlas ${worldAtlas.version} (${worldAtlas.license}), ${worldAtlas.source ?? 'https://github.com/topojson/world-atlas'}:`
			],
			texts: worldAtlas.texts
		}
	];
}

const RULE = '='.repeat(78);

/** The text file: an introduction in Norwegian, a list, each package's notices in full, then the data. */
export function noticesText(packages: BundledPackage[], data: DataNotice[] = []): string {
	const sorted = [...packages].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
	const intro = [
		'Programvarelisenser – Vertskommunekartet',
		'',
		'Nettstedet sender denne programvaren med åpen kildekode til nettleseren din. Lisensene og',
		'opphavsrettsmerknadene står under, slik pakkene selv leverer dem. Noen pakker har bygd inn',
		'kode fra andre pakker i sin egen fil (MapLibre gjør det); de står her også, med lisensen',
		'til versjonen som var installert da nettstedet ble bygd.',
		'',
		'Nettstedets egen kode: MIT-lisens. Kartgrunnlag: © Kartverket (CC BY 4.0); nabolandene fra',
		'Natural Earth (allemannseie). Se «Data» nederst.',
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
			...(pkg.bundledIn.length > 0 ? [`Bygd inn i: ${pkg.bundledIn.join(', ')}`] : []),
			RULE,
			...(pkg.texts.length > 0
				? pkg.texts.flatMap(({ file, text }) => [`[${file}]`, '', text, ''])
				: ['(Pakken har ingen egen lisensfil; lisensen er oppgitt i package.json.)', ...(pkg.author ? [`Opphav: ${pkg.author}`] : []), ''])
		].join('\n')
	);
	const dataSection =
		data.length === 0
			? []
			: [
					[
						RULE,
						'Data',
						RULE,
						...data.flatMap(({ title, lines, texts }) => [
							title,
							'',
							...lines,
							'',
							...texts.flatMap(({ file, text }) => [`[${file}]`, '', text, ''])
						])
					].join('\n')
				];
	return [intro.join('\n'), ...sections, ...dataSection].join('\n\n') + '\n';
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
			const files: string[] = [];
			for (const output of Object.values(bundle)) {
				if (output.type === 'chunk') files.push(...output.moduleIds);
				else files.push(...(output.originalFileNames ?? []).map((file) => resolve(root, file)));
			}
			const { found, missing } = shippedPackages(files, root);
			const noPackageJson = [...found].filter(([dir]) => !existsSync(join(dir, 'package.json'))).map(([, { name }]) => name);
			if (noPackageJson.length > 0) this.error(`licence-notices: no package.json for ${noPackageJson.join(', ')}`);
			if (missing.length > 0) {
				const list = missing.map(({ name, bundledIn }) => `${name} (bundled in ${bundledIn})`).join(', ');
				this.error(`licence-notices: not installed, so its licence cannot be read: ${list}`);
			}
			const packages = [...found].map(([dir, { bundledIn }]) => readPackage(dir, [...bundledIn]));
			this.emitFile({ type: 'asset', fileName, source: noticesText(packages, dataNotices(root)) });
		}
	};
}
