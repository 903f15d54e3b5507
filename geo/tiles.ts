/**
 * Vector tiles for the interactive map, cut from the full-detail boundaries with geojson-vt and
 * encoded with vt-pbf, written as static z/x/y.pbf files any static host serves. Layers:
 * `kommuner` (polygons, property id = kommunenummer, navn), `borders` (lines, property kind =
 * kommune | county | coast | national) and `neighbours` (land outside Norway).
 *
 * Only tiles with something in them are written, and from zoom 7 only where the map can be panned
 * to; the map (src/lib/map/tile-index.ts, `hasTile`) knows from the index which tiles exist and
 * never asks for the others.
 */
import geojsonvt from 'geojson-vt';
import vtpbf from 'vt-pbf';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { TILE_LAYERS } from '../src/lib/map/map-style';
import { MAP_UNITS, project } from '../src/lib/map/mercator';
import { PAN_EXTENT, PAN_LIMITED_FROM, TILE_MAX_ZOOM, type TileIndex } from '../src/lib/map/tile-index';

/** Tile coordinates covering an extent in degrees at zoom z, as [x0, y0, x1, y1] inclusive. */
function tileRange([west, south, east, north]: readonly number[], z: number): [number, number, number, number] {
	const tile = (units: number) => Math.floor((units / MAP_UNITS) * 2 ** z);
	const [x0, y0] = project([west, north]);
	const [x1, y1] = project([east, south]);
	return [tile(x0), tile(y0), tile(x1), tile(y1)];
}

export interface TileSet {
	/** "z/x/y" → encoded tile. */
	tiles: Map<string, Uint8Array>;
	index: TileIndex;
}

export function buildTiles(layers: {
	kommuner: FeatureCollection<Polygon | MultiPolygon, { id: string; navn: string }>;
	borders: FeatureCollection<MultiLineString, { kind: 'kommune' | 'county' | 'coast' | 'national' }>;
	neighbours: FeatureCollection<MultiPolygon>;
}): TileSet {
	const options = { maxZoom: TILE_MAX_ZOOM, indexMaxZoom: TILE_MAX_ZOOM, indexMaxPoints: 0, tolerance: 1, buffer: 64 };
	const indexes = {
		[TILE_LAYERS.kommuner]: new geojsonvt(layers.kommuner, options),
		[TILE_LAYERS.borders]: new geojsonvt(layers.borders, options),
		[TILE_LAYERS.neighbours]: new geojsonvt(layers.neighbours, options)
	};
	const coords = new Map<string, { z: number; x: number; y: number }>();
	for (const index of Object.values(indexes)) for (const c of index.tileCoords) coords.set(`${c.z}/${c.x}/${c.y}`, c);

	const tiles = new Map<string, Uint8Array>();
	const index: TileIndex = {};
	const sorted = [...coords.values()].sort((a, b) => a.z - b.z || a.x - b.x || a.y - b.y);
	for (const { z, x, y } of sorted) {
		if (z >= PAN_LIMITED_FROM) {
			const [x0, y0, x1, y1] = tileRange(PAN_EXTENT, z);
			if (x < x0 || x > x1 || y < y0 || y > y1) continue;
		}
		const content: Record<string, ReturnType<(typeof indexes)['kommuner']['getTile']>> = {};
		for (const [name, layerIndex] of Object.entries(indexes)) {
			const tile = layerIndex.getTile(z, x, y);
			if (tile && tile.features.length > 0) content[name] = tile;
		}
		if (Object.keys(content).length === 0) continue;
		tiles.set(`${z}/${x}/${y}`, vtpbf.fromGeojsonVt(content as never, { version: 2 }));
		((index[z] ??= {})[x] ??= []).push(y);
	}
	return { tiles, index };
}
