/**
 * Kartverket's kommune boundaries at full detail, projected to map units, with what both the
 * static views and the vector tiles draw: land, kommune borders, county borders and the outline
 * (coast and national border), as arc references that share arcs exactly.
 */
import { feature, mergeArcs, meshArcs } from 'topojson-client';
import type { GeometryCollection, MultiLineString, MultiPolygon, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { project, type Box, type Point } from '../src/lib/map/mercator';
import { countyNumberOf } from '../src/lib/counties';
import { boxesIntersect, ringBox, simplifyLine, type Ring } from './planar';

type KommuneObject = GeometryCollection<{ navn: string }>;

export interface MapGeometry {
	/** The source topology with every arc in map units; objects.kommuner has ids "0301" and property navn. */
	topology: Topology<{ kommuner: KommuneObject }>;
	land: MultiPolygon;
	kommuneBorders: MultiLineString;
	countyBorders: MultiLineString;
	/** Norway's outline: the coast and the national border. */
	outline: MultiLineString;
	/** Bounding box of each arc, computed on first use. */
	arcBoxes?: Box[];
}

/** Projects the normalised source (objects.kommuner, unquantized lon/lat) and derives the shared geometries. */
export function mapGeometry(source: Topology<{ kommuner: KommuneObject }>): MapGeometry {
	if (source.transform) throw new Error('mapGeometry expects an unquantized topology');
	const topology = {
		...source,
		bbox: undefined,
		arcs: source.arcs.map((arc) => arc.map((p) => project(p as [number, number])))
	} as Topology<{ kommuner: KommuneObject }>;
	const geometries = topology.objects.kommuner.geometries;
	return {
		topology,
		land: mergeArcs(topology, geometries as never),
		kommuneBorders: meshArcs(topology, topology.objects.kommuner, (a, b) => a !== b),
		countyBorders: meshArcs(
			topology,
			topology.objects.kommuner,
			(a, b) => a !== b && countyNumberOf(String(a.id)) !== countyNumberOf(String(b.id))
		),
		outline: meshArcs(topology, topology.objects.kommuner, (a, b) => a === b)
	};
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
