/**
 * Turns Kartverket's kommune boundaries (2.5 MB, unquantized) into the small topology the
 * app loads, plus the kommune index. Pure functions: reading and writing files is build.ts's job.
 */
import { feature, mergeArcs, quantize } from 'topojson-client';
import { filter as pruneTopology, presimplify, sphericalTriangleArea } from 'topojson-simplify';
import { geoArea } from 'd3-geo';
import polylabel from 'polylabel';
import type { Topology, GeometryCollection, MultiPolygon, Arc } from 'topojson-specification';
import type { Position } from 'geojson';
import { COUNTY_NAMES, countyNumberOf } from '../src/lib/kommuner/counties';
import type { KommuneRecord } from '../src/lib/kommuner/kommune-record';
import type { BoundaryTopology } from '../src/lib/kommuner/boundaries';
import { NOMINEES } from '../src/lib/award/nominees';

export interface SimplifySettings {
	/** A polygon (island) smaller than this share of its kommune's area is dropped; the largest always stays. */
	minPolygonShare: number;
	/**
	 * A point is removed when its Visvalingam triangle is smaller than this share of the area of the
	 * smallest kommune that uses the arc. Relative to the kommune, so a tiny island kommune keeps as
	 * much detail at the zoom where it fills the screen as a large one does.
	 */
	minTriangleShare: number;
	/** Distinct coordinate values per axis after quantization. */
	quantization: number;
	/** Kommuner drawn with finer detail (the nominees, which visitors zoom to), and by how much. */
	detailed: ReadonlySet<string>;
	detailFactor: number;
}

export const DEFAULT_SETTINGS: SimplifySettings = {
	minPolygonShare: 0.002,
	minTriangleShare: 0.0025,
	quantization: 1e4,
	detailed: new Set(NOMINEES.map((nominee) => nominee.nummer)),
	detailFactor: 0.1
};

type KommuneGeometry = MultiPolygon<{ navn: string }> & { id: string };
/** The topology types of topojson-simplify's functions. */
type PlainTopology = Parameters<typeof presimplify>[0];

/** A problem with the source file, worded for the person running the build. */
export class BoundarySourceError extends Error {}

interface SourceGeometry {
	type: 'Polygon' | 'MultiPolygon';
	arcs: number[][] | number[][][];
	properties: { kommunenummer: number; navn: string };
}

/**
 * Checks that `text` is the expected TopoJSON: an object `Kommuner` holding Polygon or
 * MultiPolygon geometries with `kommunenummer` and `navn`. Throws a BoundarySourceError naming
 * `sourcePath` and what is wrong.
 */
export function parseSource(text: string, sourcePath: string): Topology {
	const fail = (what: string): never => {
		throw new BoundarySourceError(`${sourcePath}: ${what}`);
	};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		fail(`is not valid JSON (${(error as Error).message}).`);
	}
	const topology = data as Partial<Topology>;
	if (!topology || topology.type !== 'Topology' || !Array.isArray(topology.arcs)) {
		fail('is not a TopoJSON Topology (expected "type": "Topology" and an "arcs" array).');
	}
	const kommuner = topology.objects?.Kommuner as GeometryCollection | undefined;
	if (!kommuner || kommuner.type !== 'GeometryCollection' || !Array.isArray(kommuner.geometries)) {
		fail('has no GeometryCollection object named "Kommuner".');
	}
	const seen = new Set<number>();
	kommuner!.geometries.forEach((geometry, index) => {
		const g = geometry as unknown as SourceGeometry;
		const where = `Kommuner geometry #${index}`;
		if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') fail(`${where} is a ${g.type}, expected a (Multi)Polygon.`);
		const nummer = g.properties?.kommunenummer;
		if (!Number.isInteger(nummer) || nummer < 101 || nummer > 9999) {
			fail(`${where} has no valid "kommunenummer" property (got ${JSON.stringify(nummer)}).`);
		}
		if (typeof g.properties.navn !== 'string' || g.properties.navn.trim() === '') {
			fail(`${where} (kommunenummer ${nummer}) has no "navn" property.`);
		}
		if (seen.has(nummer)) fail(`kommunenummer ${nummer} occurs twice.`);
		seen.add(nummer);
	});
	return topology as Topology;
}

const decodeArc = (index: number) => (index < 0 ? ~index : index);

function polygonsOf(geometry: SourceGeometry): number[][][] {
	return geometry.type === 'Polygon' ? [geometry.arcs as number[][]] : (geometry.arcs as number[][][]);
}

/** Spherical area in steradians, whatever the winding order of the source rings. */
function sphericalArea(topology: Topology, polygons: number[][][]): number {
	const area = geoArea(feature(topology, { type: 'MultiPolygon', arcs: polygons }));
	return Math.min(area, 4 * Math.PI - area);
}

/**
 * The source at full detail with the app's names: objects `kommuner` (ids "0301", property navn)
 * and `fylker` (merged from the kommuner), unquantized lon/lat. What the static views, the tiles
 * and the kommune index are built from.
 */
export function normaliseSource(source: Topology): BoundaryTopology {
	const sourceGeometries = (source.objects.Kommuner as GeometryCollection).geometries as unknown as SourceGeometry[];
	const kommuner: KommuneGeometry[] = sourceGeometries
		.map((g) => ({
			type: 'MultiPolygon' as const,
			id: String(g.properties.kommunenummer).padStart(4, '0'),
			arcs: polygonsOf(g),
			properties: { navn: g.properties.navn }
		}))
		.sort((a, b) => a.id.localeCompare(b.id));
	const byCounty = new Map<string, KommuneGeometry[]>();
	for (const kommune of kommuner) {
		const county = countyNumberOf(kommune.id);
		byCounty.set(county, [...(byCounty.get(county) ?? []), kommune]);
	}
	const fylker = [...byCounty.keys()].sort().map((id) => ({
		...mergeArcs(source, byCounty.get(id)! as never),
		id,
		properties: { navn: COUNTY_NAMES[id] ?? fail(`unknown county number ${id}`) }
	}));
	return {
		type: 'Topology',
		bbox: source.bbox,
		objects: {
			kommuner: { type: 'GeometryCollection', geometries: kommuner },
			fylker: { type: 'GeometryCollection', geometries: fylker as never }
		},
		arcs: source.arcs
	} as BoundaryTopology;
}

/**
 * Simplifies and quantizes the source, and derives counties by merging kommuner on the first two
 * digits of their number, so county and kommune borders share arcs exactly.
 */
export function buildBoundaries(source: Topology, settings: SimplifySettings = DEFAULT_SETTINGS): BoundaryTopology {
	const sourceGeometries = (source.objects.Kommuner as GeometryCollection).geometries as unknown as SourceGeometry[];

	// 1. Drop islands that are negligible next to their own kommune, never a kommune's largest.
	const kommuneArea = new Map<string, number>();
	const kommuner: KommuneGeometry[] = sourceGeometries.map((g) => {
		const id = String(g.properties.kommunenummer).padStart(4, '0');
		const polygons = polygonsOf(g);
		const areas = polygons.map((polygon) => sphericalArea(source, [polygon]));
		const total = areas.reduce((sum, a) => sum + a, 0);
		const largest = areas.indexOf(Math.max(...areas));
		const detail = settings.detailed.has(id) ? settings.detailFactor : 1;
		const kept = polygons.filter((_, i) => i === largest || areas[i] >= detail * settings.minPolygonShare * total);
		kommuneArea.set(id, total);
		return { type: 'MultiPolygon', id, arcs: kept, properties: { navn: g.properties.navn } };
	});
	kommuner.sort((a, b) => a.id.localeCompare(b.id));
	const pruned = pruneTopology(
		{
			type: 'Topology',
			bbox: source.bbox,
			objects: { kommuner: { type: 'GeometryCollection', geometries: kommuner } },
			arcs: source.arcs
		},
		() => true
	) as Topology;
	const prunedKommuner = (pruned.objects.kommuner as GeometryCollection).geometries as unknown as KommuneGeometry[];

	// 2. Visvalingam weights, then a threshold per arc from the smallest kommune that uses it.
	const weighted = presimplify(pruned as PlainTopology, sphericalTriangleArea);
	const threshold = new Array<number>(weighted.arcs.length).fill(Infinity);
	for (const kommune of prunedKommuner) {
		const detail = settings.detailed.has(kommune.id) ? settings.detailFactor : 1;
		const limit = detail * settings.minTriangleShare * kommuneArea.get(kommune.id)!;
		for (const ring of kommune.arcs.flat()) {
			for (const arc of ring) threshold[decodeArc(arc)] = Math.min(threshold[decodeArc(arc)], limit);
		}
	}
	const weightedArcs = weighted.arcs as unknown as number[][][];
	const arcs: Arc[] = weightedArcs.map((points, i) => points.filter((p) => p[2] >= threshold[i]).map(([x, y]) => [x, y]));

	// 3. A ring must stay a polygon: restore its strongest points where simplification flattened it.
	for (const ring of prunedKommuner.flatMap((k) => k.arcs.flat())) {
		const segments = ring.reduce((sum, arc) => sum + arcs[decodeArc(arc)].length - 1, 0);
		if (segments >= 3) continue;
		for (const arc of ring.map(decodeArc)) arcs[arc] = keepStrongest(weightedArcs[arc], arcs[arc].length + 2);
	}

	const simplified = quantize(
		{ type: 'Topology', bbox: pruned.bbox, objects: pruned.objects, arcs } as PlainTopology,
		settings.quantization
	) as Topology;

	// 4. Counties: merge kommuner, sharing their arcs.
	const byCounty = new Map<string, KommuneGeometry[]>();
	for (const kommune of prunedKommuner) {
		const county = countyNumberOf(kommune.id);
		byCounty.set(county, [...(byCounty.get(county) ?? []), kommune]);
	}
	const fylker = [...byCounty.keys()].sort().map((id) => ({
		...mergeArcs(simplified, byCounty.get(id)! as never),
		id,
		properties: { navn: COUNTY_NAMES[id] ?? fail(`unknown county number ${id}`) }
	}));

	return {
		type: 'Topology',
		bbox: simplified.bbox,
		transform: simplified.transform,
		objects: {
			kommuner: { type: 'GeometryCollection', geometries: prunedKommuner },
			fylker: { type: 'GeometryCollection', geometries: fylker as never }
		},
		arcs: simplified.arcs
	};
}

function fail(message: string): never {
	throw new BoundarySourceError(message);
}

/** The arc's endpoints plus its `count - 2` highest-weighted interior points, in order. */
function keepStrongest(points: number[][], count: number): Arc {
	const interior = points.slice(1, -1).map((p, i) => ({ i, w: p[2] }));
	const keep = new Set(
		interior
			.sort((a, b) => b.w - a.w)
			.slice(0, Math.max(0, count - 2))
			.map((p) => p.i + 1)
	);
	return points.filter((_, i) => i === 0 || i === points.length - 1 || keep.has(i)).map(([x, y]) => [x, y]);
}

const round = (value: number, digits = 4) => Number(value.toFixed(digits));

/** One record per kommune: number, name, county, bbox and a label point inside its largest polygon. */
export function buildKommuneIndex(topology: BoundaryTopology): KommuneRecord[] {
	return (topology.objects.kommuner.geometries as KommuneGeometry[]).map((geometry) => {
		const nummer = String(geometry.id);
		const shape = (feature(topology, geometry) as GeoJSON.Feature).geometry as GeoJSON.MultiPolygon | GeoJSON.Polygon;
		const polygons: Position[][][] = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
		const allPoints = polygons.flat(2);
		const lons = allPoints.map((p) => p[0]);
		const lats = allPoints.map((p) => p[1]);
		const fylkesnummer = countyNumberOf(nummer);
		return {
			nummer,
			navn: geometry.properties!.navn,
			fylkesnummer,
			fylke: COUNTY_NAMES[fylkesnummer],
			bbox: [round(Math.min(...lons)), round(Math.min(...lats)), round(Math.max(...lons)), round(Math.max(...lats))],
			labelPoint: labelPoint(polygons)
		};
	});
}

/** A label point for each county, inside its largest polygon. */
export function buildCountyLabels(topology: BoundaryTopology): { nummer: string; navn: string; labelPoint: [number, number] }[] {
	return (topology.objects.fylker.geometries as KommuneGeometry[]).map((geometry) => {
		const shape = (feature(topology, geometry) as GeoJSON.Feature).geometry as GeoJSON.MultiPolygon | GeoJSON.Polygon;
		const polygons: Position[][][] = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
		return { nummer: String(geometry.id), navn: geometry.properties!.navn, labelPoint: labelPoint(polygons) };
	});
}

/** Pole of inaccessibility of the largest polygon, computed with longitude scaled by cos(latitude). */
function labelPoint(polygons: Position[][][]): [number, number] {
	const scale = (polygon: Position[][], k: number) => polygon.map((ring) => ring.map(([x, y]) => [x * k, y]));
	const planarArea = (ring: Position[]) =>
		Math.abs(ring.reduce((sum, [x, y], i) => sum + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y, 0)) / 2;
	const largest = polygons.reduce((best, p) => (planarArea(p[0]) > planarArea(best[0]) ? p : best));
	const k = Math.cos((largest[0][0][1] * Math.PI) / 180);
	const [x, y] = polylabel(scale(largest, k) as [number, number][][], 0.0005);
	return [round(x / k), round(y)];
}

/** Number of points over all arcs: the figure that drives file size. */
export function countPoints(topology: Topology): number {
	return topology.arcs.reduce((sum, arc) => sum + arc.length, 0);
}
