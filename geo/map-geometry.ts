/**
 * Kartverket's kommune boundaries at full detail, projected to map units, with what both the
 * static views and the vector tiles draw: land, kommune borders, county borders and the outline
 * (coast and national border), as arc references that share arcs exactly.
 */
import { feature, mergeArcs, meshArcs } from 'topojson-client';
import type { GeometryCollection, MultiLineString, MultiPolygon, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { MAP_UNITS, project, unproject, type Box, type Point } from '../src/lib/map/mercator';
import { countyNumberOf } from '../src/lib/kommuner/counties';
import { boxesIntersect, ringBox, simplifyLine, type Ring } from './planar';

type KommuneObject = GeometryCollection<{ navn: string }>;

export interface MapGeometry {
	/** The source topology with every arc in map units; objects.kommuner has ids "0301" and property navn. */
	topology: Topology<{ kommuner: KommuneObject }>;
	land: MultiPolygon;
	kommuneBorders: MultiLineString;
	countyBorders: MultiLineString;
	/** Norway's outline where it meets the sea. */
	coast: MultiLineString;
	/** Norway's outline where it meets Sweden, Finland and Russia. */
	nationalBorder: MultiLineString;
	/** Bounding box of each arc, computed on first use. */
	arcBoxes?: Box[];
}

/**
 * Projects the normalised source (objects.kommuner, unquantized lon/lat) and derives the shared
 * geometries. `onNationalBorder` tells an arc of Norway's outline (in map units) that runs along
 * the land border from one along the coast.
 */
export function mapGeometry(source: Topology<{ kommuner: KommuneObject }>, onNationalBorder: (arc: Point[]) => boolean): MapGeometry {
	if (source.transform) throw new Error('mapGeometry expects an unquantized topology');
	const topology = {
		...source,
		bbox: undefined,
		arcs: source.arcs.map((arc) => arc.map((p) => project(p as [number, number])))
	} as Topology<{ kommuner: KommuneObject }>;
	const geometries = topology.objects.kommuner.geometries;
	const outline = meshArcs(topology, topology.objects.kommuner, (a, b) => a === b);
	const border = (arc: number) => onNationalBorder(topology.arcs[arc < 0 ? ~arc : arc] as Point[]);
	const split = (keep: boolean): MultiLineString => ({
		type: 'MultiLineString',
		arcs: outline.arcs.flatMap((line) => runs(line, (arc) => border(arc) === keep))
	});
	return {
		topology,
		land: mergeArcs(topology, geometries as never),
		kommuneBorders: meshArcs(topology, topology.objects.kommuner, (a, b) => a !== b),
		countyBorders: meshArcs(
			topology,
			topology.objects.kommuner,
			(a, b) => a !== b && countyNumberOf(String(a.id)) !== countyNumberOf(String(b.id))
		),
		coast: split(false),
		nationalBorder: split(true)
	};
}

/** The runs of consecutive arcs for which `keep` holds. */
function runs(line: number[], keep: (arc: number) => boolean): number[][] {
	const out: number[][] = [];
	let run: number[] = [];
	for (const arc of line) {
		if (keep(arc)) run.push(arc);
		else if (run.length) {
			out.push(run);
			run = [];
		}
	}
	if (run.length) out.push(run);
	return out;
}

/**
 * An arc lies along a line when most of its points are within `distance` metres of it: how the
 * outline's arcs along the land border are told from the coast (Natural Earth's border lies up to
 * ~5 km from Kartverket's).
 */
export function nearLines(lines: Point[][], distance: number): (arc: Point[]) => boolean {
	const boxes = lines.map((line) => ringBox(line));
	return (arc) => {
		const step = Math.max(1, Math.floor(arc.length / 12));
		let near = 0;
		let total = 0;
		for (let i = 0; i < arc.length; i += step) {
			total++;
			const p = arc[i];
			const [, lat] = unproject(p);
			const limit = distance / ((EARTH_CIRCUMFERENCE / MAP_UNITS) * Math.cos((lat * Math.PI) / 180));
			if (lines.some((line, j) => boxNear(boxes[j], p, limit) && distanceToLine(p, line) <= limit)) near++;
		}
		return near / total > 0.6;
	};
}

const EARTH_CIRCUMFERENCE = 40_075_016;

function boxNear([x0, y0, x1, y1]: Box, [x, y]: Point, limit: number): boolean {
	return x >= x0 - limit && x <= x1 + limit && y >= y0 - limit && y <= y1 + limit;
}

function distanceToLine(p: Point, line: Point[]): number {
	let best = Infinity;
	for (let i = 1; i < line.length; i++) {
		const [ax, ay] = line[i - 1];
		const [bx, by] = line[i];
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		const t = len2 ? Math.max(0, Math.min(1, ((p[0] - ax) * dx + (p[1] - ay) * dy) / len2)) : 0;
		best = Math.min(best, Math.hypot(ax + t * dx - p[0], ay + t * dy - p[1]));
	}
	return best;
}

/**
 * The topology with every arc that reaches into `box` simplified to `tolerance` map units (endpoints
 * kept, so arcs still meet); arcs wholly outside stay as they are, to be clipped away.
 */
export function simplified(geometry: MapGeometry, tolerance: number, box: Box): Topology<{ kommuner: KommuneObject }> {
	geometry.arcBoxes ??= geometry.topology.arcs.map((arc) => ringBox(arc as Point[]));
	const boxes = geometry.arcBoxes;
	return {
		...geometry.topology,
		arcs: geometry.topology.arcs.map((arc, i) => (boxesIntersect(boxes[i], box) ? simplifyLine(arc as Point[], tolerance) : arc))
	};
}

export function polygonsOf(topology: Topology, geometry: MultiPolygon | GeometryCollection['geometries'][number]): Ring[][] {
	const shape = feature(topology, geometry as never).geometry as unknown as GeoJSON.Polygon | GeoJSON.MultiPolygon | null;
	if (!shape) return [];
	const polygons: Position[][][] = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
	return polygons as Ring[][];
}

export function linesOf(topology: Topology, geometry: MultiLineString): Point[][] {
	const shape = feature(topology, geometry as never).geometry as unknown as GeoJSON.MultiLineString;
	return shape.coordinates as Point[][];
}
