/**
 * The boundary topology built by geo/ and its conversion to GeoJSON, shared by the browser map,
 * the prerendered SVG map and the share images.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';

export type BoundaryTopology = Topology<{ kommuner: GeometryCollection<{ navn: string }>; fylker: GeometryCollection<{ navn: string }> }>;

/** Kommune polygons carry their number as the `id` property, which the map promotes to feature ids. */
export type KommuneFeatures = FeatureCollection<Polygon | MultiPolygon, { id: string; navn: string }>;

export interface BoundaryGeoJson {
	kommuner: KommuneFeatures;
	/** Borders between two kommuner (coast excluded). */
	kommuneBorders: MultiLineString;
	/** Borders between two counties. */
	countyBorders: MultiLineString;
	/** The coastline and national border. */
	outline: MultiLineString;
}

export function toGeoJson(topology: BoundaryTopology): BoundaryGeoJson {
	const collection = feature(topology, topology.objects.kommuner) as FeatureCollection<Polygon | MultiPolygon, { navn: string }>;
	return {
		kommuner: {
			type: 'FeatureCollection',
			features: collection.features.map((f) => ({
				type: 'Feature',
				geometry: f.geometry,
				properties: { id: String(f.id), navn: f.properties.navn }
			}))
		},
		kommuneBorders: mesh(topology, topology.objects.kommuner, (a, b) => a !== b),
		countyBorders: mesh(topology, topology.objects.fylker, (a, b) => a !== b),
		outline: mesh(topology, topology.objects.kommuner, (a, b) => a === b)
	};
}

/** Loads the topology; `signal` aborts it when the component that asked goes away. */
export async function fetchBoundaries(url: string, signal?: AbortSignal): Promise<BoundaryTopology> {
	const response = await fetch(url, { signal });
	if (!response.ok) throw new Error(`Kunne ikke laste kommunegrensene (HTTP ${response.status}).`);
	return (await response.json()) as BoundaryTopology;
}

/** West, south, east, north of mainland Norway with its islands, as in the boundary data. */
export const NORWAY_BOUNDS: [number, number, number, number] = [4.5, 57.95, 31.17, 71.19];
