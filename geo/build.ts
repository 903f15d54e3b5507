/**
 * Builds everything the app draws from ../shared/geo/kommuner-2020.topojson (and world-atlas for the
 * neighbouring countries). Outputs, all gitignored:
 *   src/lib/generated/kommuner.ts         the typed kommune index (number, name, county; apart, bbox and label point) and county label points
 *   src/lib/generated/kommuner.topo.json  a simplified topology for the share images
 *   src/lib/generated/tiles.ts            where the vector tiles are and which exist
 *   src/lib/generated/views/<name>.json   each view's box, labels, shapes and its stylesheet per page state
 *   static/kart/<name>.svg                each view's static base image
 *   static/kart/<name>.<hash>.css         the CSS that places a view's labels for the kommuner one state marks
 *   static/tiles/<hash>/<z>/<x>/<y>.pbf   vector tiles for the interactive map
 * Run by the npm scripts before dev, build and test, after geo/history-build.ts (the 2024 crosswalk
 * and the award's history, which src/lib/award/nominees.ts and so this script need); skipped when no input
 * changed. Set SHARED_DIR to read another shared/ folder (geo/shared-dir.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import {
	BoundarySourceError,
	DEFAULT_SETTINGS,
	buildBoundaries,
	buildCountyLabels,
	buildKommuneIndex,
	countPoints,
	normaliseSource,
	parseSource
} from './boundaries';
import { mapGeometry, nearLines } from './map-geometry';
import { nationalBorderLines, neighbourLand } from './neighbours';
import { orient, type Ring } from './planar';
import { drawLocator, drawStaticView } from './static-views';
import { buildTiles } from './tiles';
import { MAP_COLOURS, MAP_COLOURS_DARK } from '../src/lib/map/kategori-colours';
import { yearMarks } from '../src/lib/award/award-history';
import { mapMarks } from '../src/lib/map/map-marks';
import { allFilters, filterKey, kommuneFilters, type Filter } from '../src/lib/url/paths';
import { project, type Box } from '../src/lib/map/mercator';
import {
	INSET_FRAME,
	INSET_REGION,
	INSET_VIEW,
	kommuneBox,
	NORWAY_BOX,
	overviewViewName,
	SOUTH_BOX,
	usesInset
} from '../src/lib/map/views';
import { labelSpecs, markedSpecs, type Place } from '../src/lib/map/view-labels';
import { INSET_LAYOUT, viewCss, type LayoutOptions } from '../src/lib/map/view-css';
import type { StaticViewSource } from '../src/lib/map/static-view-data';
import { withSlugs } from '../src/lib/kommuner/kommune-slugs';
import type { KommuneRecord } from '../src/lib/kommuner/kommune-record';
import { BOUNDARY_SOURCE, GENERATED_DIR, PROJECT_ROOT } from './shared-dir';

const root = PROJECT_ROOT;
const sourcePath = BOUNDARY_SOURCE;
const outDir = GENERATED_DIR;
const viewsDir = join(outDir, 'views');
const staticMapsDir = join(root, 'static', 'kart');
const tilesDir = join(root, 'static', 'tiles');
const stampPath = join(outDir, '.inputs');
/** How far Natural Earth's land border may lie from Kartverket's, in metres (measured: up to 5.4 km). */
const NATIONAL_BORDER_DISTANCE = 6000;

/** Everything the outputs depend on: when none of it changed, the build is skipped. */
function inputsHash(): string {
	const hash = createHash('sha256');
	const files = [
		sourcePath,
		createRequire(import.meta.url).resolve('world-atlas/countries-10m.json'),
		...listFiles(join(root, 'geo')),
		// The map, the award and the kommuner (src/lib's lowest layers), and the addresses.
		...['map', 'award', 'kommuner', 'url'].flatMap((folder) => listFiles(join(root, 'src', 'lib', folder))),
		// The winners come from the award history, generated just before this script runs.
		join(outDir, 'award-history.ts')
	];
	for (const file of files) hash.update(file).update(readFileSync(file));
	return hash.digest('hex');
}

function listFiles(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((name) => {
			const path = join(dir, name);
			return statSync(path).isDirectory() ? listFiles(path) : name.endsWith('.test.ts') ? [] : [path];
		});
}

function main() {
	const started = performance.now();
	if (!existsSync(sourcePath)) {
		throw new BoundarySourceError(
			`Kommune boundaries not found at ${sourcePath}.\n` +
				`The geo build reads shared/geo/kommuner-2020.topojson from the folder "shared" beside this checkout ` +
				`(or from $SHARED_DIR). Place the shared folder there and run the command again.`
		);
	}
	const stamp = inputsHash();
	if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === stamp && existsSync(staticMapsDir) && existsSync(tilesDir)) {
		console.log('geo: up to date');
		return;
	}

	const source = parseSource(readFileSync(sourcePath, 'utf8'), sourcePath);
	const full = normaliseSource(source);
	const index = buildKommuneIndex(full);
	const countyLabels = buildCountyLabels(full);
	const shareTopology = buildBoundaries(source, DEFAULT_SETTINGS);

	mkdirSync(outDir, { recursive: true });
	writeIfChanged(join(outDir, 'kommuner.topo.json'), JSON.stringify(shareTopology));
	writeIfChanged(
		join(outDir, 'kommuner.ts'),
		`// Generated by geo/build.ts from shared/geo/kommuner-2020.topojson. Do not edit.\n` +
			`import type { KommuneName, KommunePlace } from '../kommuner/kommune-record';\n\n` +
			`export const kommuneNames: readonly KommuneName[] = ${JSON.stringify(
				index.map(({ nummer, navn, fylkesnummer, fylke }) => ({ nummer, navn, fylkesnummer, fylke })),
				null,
				'\t'
			)};\n\n` +
			`/** Each kommune's box and label point, by kommunenummer: apart from the names, which a script may need alone. */\n` +
			`export const kommunePlaces: Readonly<Record<string, KommunePlace>> = ${JSON.stringify(
				Object.fromEntries(index.map(({ nummer, bbox, labelPoint }) => [nummer, { bbox, labelPoint }])),
				null,
				'\t'
			)};\n\n` +
			`export const countyLabels: readonly { nummer: string; navn: string; labelPoint: [number, number] }[] = ` +
			`${JSON.stringify(countyLabels, null, '\t')};\n`
	);

	// Geometry in map units, and the land around Norway.
	const borderLines = nationalBorderLines().map((line) => line.map((p) => project(p as [number, number])));
	const geometry = mapGeometry(full as never, nearLines(borderLines, NATIONAL_BORDER_DISTANCE));
	// The same arcs unprojected: Norway's land in lon/lat.
	const neighboursLonLat = neighbourLand(feature(full, geometry.land as never).geometry as unknown as MultiPolygon);
	const neighbours: Ring[][] = neighboursLonLat.coordinates.map((polygon) =>
		polygon.map((ring) => ring.map((p) => project(p as [number, number])))
	);

	const tileSet = writeTiles(full, geometry, neighboursLonLat);
	writeIfChanged(
		join(outDir, 'locator.ts'),
		`// Generated by geo/build.ts. Do not edit.\nimport type { Box } from '../map/mercator';\n\n` +
			`/** Norway's land, small: for the locator inset and the «Vis hele Norge» button. */\n` +
			`export const LOCATOR: { viewBox: string; land: string; box: Box } = ${JSON.stringify(drawLocator(geometry, NORWAY_BOX))};\n`
	);
	const views = writeViews(geometry, neighbours, index, countyLabels);

	writeFileSync(stampPath, stamp);
	console.log(
		`geo: ${index.length} kommuner, ${full.objects.fylker.geometries.length} fylker, ${countPoints(full)} points; ` +
			`${tileSet.count} tiles (${kb(tileSet.bytes)}), ${views.count} static views (base images ${kb(views.bytes)}, ` +
			`${views.stylesheets} stylesheets for their states, ` +
			`${kb(views.gzipBytes)} gzipped); ${Math.round(performance.now() - started)} ms → ${relative(process.cwd(), outDir)}/, static/`
	);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

function writeTiles(full: ReturnType<typeof normaliseSource>, geometry: ReturnType<typeof mapGeometry>, neighbours: MultiPolygon) {
	const kommuner = feature(full, full.objects.kommuner) as FeatureCollection<Polygon | MultiPolygon, { navn: string }>;
	const lines = (shape: unknown, kind: 'kommune' | 'county' | 'coast' | 'national') => ({
		type: 'Feature' as const,
		properties: { kind },
		geometry: feature(full, shape as never).geometry as unknown as MultiLineString
	});
	const lonLatRings = (polygon: number[][][]) => orient(polygon as never) as unknown as number[][][];
	const { tiles, index } = buildTiles({
		kommuner: {
			type: 'FeatureCollection',
			features: kommuner.features.map((f) => ({
				type: 'Feature',
				properties: { id: String(f.id), navn: f.properties.navn },
				geometry: f.geometry
			}))
		},
		borders: {
			type: 'FeatureCollection',
			features: [
				lines(geometry.kommuneBorders, 'kommune'),
				lines(geometry.countyBorders, 'county'),
				lines(geometry.coast, 'coast'),
				lines(geometry.nationalBorder, 'national')
			]
		},
		neighbours: {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: neighbours.coordinates.map(lonLatRings) } }
			]
		}
	});
	const hash = createHash('sha256');
	for (const [key, data] of tiles) hash.update(key).update(data);
	const version = hash.digest('hex').slice(0, 10);
	rmSync(tilesDir, { recursive: true, force: true });
	let bytes = 0;
	for (const [key, data] of tiles) {
		const path = join(tilesDir, version, `${key}.pbf`);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, data);
		bytes += data.length;
	}
	writeIfChanged(
		join(outDir, 'tiles.ts'),
		`// Generated by geo/build.ts. Do not edit.\nimport type { TileIndex } from '../map/tile-index';\n\n` +
			`/** Path of the tiles under the site root: <path>/<z>/<x>/<y>.pbf. */\nexport const TILE_PATH = 'tiles/${version}';\n\n` +
			`export const TILE_INDEX: TileIndex = ${JSON.stringify(index)};\n`
	);
	return { count: tiles.size, bytes };
}

function writeViews(
	geometry: ReturnType<typeof mapGeometry>,
	neighbours: Ring[][],
	records: KommuneRecord[],
	counties: { nummer: string; navn: string; labelPoint: [number, number] }[]
) {
	const kommuner = withSlugs(records);
	const nummerOf = new Map(kommuner.map((k) => [k.nummer, k]));
	// Every kommune ever nominated can be marked; which are, and under what name, depends on the page's state.
	const marked = yearMarks('alle').map(({ nummer }) => {
		const k = nummerOf.get(nummer)!;
		return { nummer, navn: k.navn, labelPoint: k.labelPoint, bbox: k.bbox, vinner: false };
	});
	const markedIds = marked.map((m) => m.nummer);
	const byArea = [...kommuner].sort((a, b) => bboxArea(b.bbox) - bboxArea(a.bbox));
	const colours = { light: MAP_COLOURS, dark: MAP_COLOURS_DARK };

	rmSync(viewsDir, { recursive: true, force: true });
	rmSync(staticMapsDir, { recursive: true, force: true });
	mkdirSync(viewsDir, { recursive: true });
	mkdirSync(staticMapsDir, { recursive: true });
	let bytes = 0;
	let gzipBytes = 0;
	let stylesheetCount = 0;
	const write = (name: string, box: Box, selected: Place | null, filters: readonly Filter[], root?: string, layout?: LayoutOptions) => {
		const drawing = drawStaticView(
			geometry,
			neighbours,
			box,
			selected ? [...new Set([...markedIds, selected.nummer])] : markedIds,
			colours
		);
		const inRegion = (p: Place) => {
			const [x, y] = project(p.labelPoint);
			return x >= drawing.region[0] && x <= drawing.region[2] && y >= drawing.region[1] && y <= drawing.region[3];
		};
		const labels = labelSpecs({
			selected,
			marked: marked.filter(inRegion),
			counties: counties.filter(inRegion),
			kommuner: selected ? byArea.filter(inRegion) : []
		});
		// One stylesheet per state that marks something different in this view; states alike share it.
		const stylesheets: Record<string, string> = {};
		const written = new Map<string, string>();
		for (const filter of filters) {
			const marks = mapMarks(filter, selected?.nummer ?? null);
			// All years on all of Norway: where the inset shows, the region's names go there, and the labels keep off its frame.
			const inset = usesInset(name, marks.size)
				? { geometry: { frame: INSET_FRAME, region: INSET_REGION }, specs: markedSpecs(labels, marks, INSET_REGION) }
				: undefined;
			const css = viewCss({ name, box, region: drawing.region }, markedSpecs(labels, marks), { root, inset, layout });
			let file = written.get(css);
			if (!file) {
				file = `${name}.${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
				writeFileSync(join(staticMapsDir, file), css);
				written.set(css, file);
			}
			stylesheets[filterKey(filter)] = file;
		}
		stylesheetCount += written.size;
		const data: StaticViewSource = { name, box, region: drawing.region, size: drawing.size, shapes: drawing.shapes, labels, stylesheets };
		writeFileSync(join(viewsDir, `${name}.json`), JSON.stringify(data));
		writeFileSync(join(staticMapsDir, `${name}.svg`), drawing.svg);
		bytes += drawing.svg.length;
		gzipBytes += gzipSync(drawing.svg).length;
	};
	// The overview: all of Norway, or southern Norway where a state's every mark lies there.
	const viewOf = (filter: Filter) => overviewViewName(mapMarks(filter, null).keys(), (nummer) => nummerOf.get(nummer)!.bbox);
	write(
		'norge',
		NORWAY_BOX,
		null,
		allFilters().filter((filter) => viewOf(filter) === 'norge')
	);
	write(
		'sor-norge',
		SOUTH_BOX,
		null,
		allFilters().filter((filter) => viewOf(filter) === 'sor-norge')
	);
	// The inset the overview of all years magnifies the south in (a root that outranks the overview's own rules).
	const insetFilters = allFilters().filter((filter) => viewOf(filter) === 'norge' && usesInset('norge', mapMarks(filter, null).size));
	write(INSET_VIEW, INSET_REGION, null, insetFilters, `.inset-view.v-${INSET_VIEW}`, INSET_LAYOUT);
	for (const kommune of kommuner) write(kommune.slug, kommuneBox(kommune.bbox), kommune, kommuneFilters());
	return { count: kommuner.length + 3, stylesheets: stylesheetCount, bytes, gzipBytes };
}

function bboxArea([w, s, e, n]: [number, number, number, number]): number {
	return (e - w) * Math.cos((((s + n) / 2) * Math.PI) / 180) * (n - s);
}

/** Leaves an unchanged file untouched so dev servers and builds do not see a change. */
function writeIfChanged(path: string, content: string) {
	if (existsSync(path) && readFileSync(path, 'utf8') === content) return;
	writeFileSync(path, content);
}

try {
	main();
} catch (error) {
	if (error instanceof BoundarySourceError) {
		console.error(`geo build failed: ${error.message}`);
		process.exit(1);
	}
	throw error;
}
