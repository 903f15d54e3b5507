/**
 * The vector tiles keep the source's shapes: decoded from the built files, every kommune border of
 * Oslo and Kinn lies within 2 px of Kartverket's geometry at zoom 10, where each fills a screen.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { VectorTile } from '@mapbox/vector-tile';
import Pbf from 'pbf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { project, scaleOfZoom, type Point } from '../src/lib/map/mercator';
import { TILE_MAX_ZOOM } from '../src/lib/map/tile-index';
import { TILE_PATH } from '../src/lib/generated/tiles';
import { SHARED_DIR } from './shared-dir';

const source = JSON.parse(readFileSync(join(SHARED_DIR, 'geo', 'kommuner-2020.topojson'), 'utf8'));
const tilesDir = resolve('static', TILE_PATH);
const ZOOM = 10;
const EXTENT = 4096;

/** A kommune's rings from the source, in pixels at zoom 10. */
function sourceRings(nummer: number): Point[][] {
	const geometry = source.objects.Kommuner.geometries.find(
		(g: { properties: { kommunenummer: number } }) => g.properties.kommunenummer === nummer
	);
	const shape = feature(source, geometry).geometry as unknown as Polygon | MultiPolygon;
	const polygons: Position[][][] = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
	const scale = scaleOfZoom(ZOOM);
	return polygons.flat().map((ring) => ring.map((p) => project(p as [number, number]).map((v) => v * scale) as Point));
}

/**
 * The kommune as the tiles of the deepest zoom carry it, in pixels at zoom 10: its rings, and the
 * points of them inside their tile (points in the buffer around a tile, or on its edge, are where
 * the tile cuts the shape, not a border).
 */
function tileShapes(id: string, rings: Point[][]): { rings: Point[][]; points: Point[] } {
	const z = TILE_MAX_ZOOM;
	const tilePx = 512 * 2 ** (ZOOM - z);
	const tiles = new Set(rings.flat().map(([x, y]) => `${Math.floor(x / tilePx)}/${Math.floor(y / tilePx)}`));
	const out = { rings: [] as Point[][], points: [] as Point[] };
	for (const key of tiles) {
		const [x, y] = key.split('/').map(Number);
		const file = join(tilesDir, String(z), String(x), `${y}.pbf`);
		if (!existsSync(file)) continue;
		const layer = new VectorTile(new Pbf(readFileSync(file))).layers.kommuner;
		for (let i = 0; i < (layer?.length ?? 0); i++) {
			const f = layer.feature(i);
			if (f.properties.id !== id) continue;
			for (const ring of f.loadGeometry()) {
				const toPx = (p: { x: number; y: number }): Point => [x * tilePx + (p.x / EXTENT) * tilePx, y * tilePx + (p.y / EXTENT) * tilePx];
				out.rings.push(ring.map(toPx));
				out.points.push(...ring.filter((p) => p.x > 0 && p.x < EXTENT && p.y > 0 && p.y < EXTENT).map(toPx));
			}
		}
	}
	return out;
}

function distanceToRings([px, py]: Point, rings: Point[][]): number {
	let best = Infinity;
	for (const ring of rings) {
		for (let i = 1; i < ring.length; i++) {
			const [ax, ay] = ring[i - 1];
			const [bx, by] = ring[i];
			const dx = bx - ax;
			const dy = by - ay;
			const len2 = dx * dx + dy * dy;
			const t = len2 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
			best = Math.min(best, Math.hypot(ax + t * dx - px, ay + t * dy - py));
		}
	}
	return best;
}

describe('vector tiles', () => {
	it.each([
		['Oslo', 301, '0301'],
		['Kinn', 4602, '4602']
	])('keep %s within 2 px of the source at zoom 10', (_name, nummer, id) => {
		const expected = sourceRings(nummer);
		const drawn = tileShapes(id, expected);
		expect(drawn.points.length).toBeGreaterThan(0);
		const worstSource = Math.max(...expected.flat().map((p) => distanceToRings(p, drawn.rings)));
		const worstTile = Math.max(...drawn.points.map((p) => distanceToRings(p, expected)));
		expect(worstSource).toBeLessThanOrEqual(2);
		expect(worstTile).toBeLessThanOrEqual(2);
	});
});
