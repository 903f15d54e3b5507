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
	/** Every kommune border, the coastline and national border included. */
	kommuneBorders: MultiLineString;
	/** Borders between two counties. */
	countyBorders: MultiLineString;
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
		kommuneBorders: mesh(topology, topology.objects.kommuner),
		countyBorders: mesh(topology, topology.objects.fylker, (a, b) => a !== b)
	};
}

/** West, south, east, north of mainland Norway with its islands, as in the boundary data. */
export const NORWAY_BOUNDS: [number, number, number, number] = [4.5, 57.95, 31.17, 71.19];
