/**
 * The land around Norway from Natural Earth (world-atlas, public domain), so Sweden, Finland and
 * Russia are drawn as land, not sea. Natural Earth's 1:10 million border lies up to ~5 km from
 * Kartverket's: where it lies inside Norway the Norwegian fills cover it; where it leaves a gap,
 * the gap (Natural Earth's Norway minus Kartverket's, in the pieces that touch a neighbour) is
 * added to the neighbours. Natural Earth's Norway is otherwise left out (its coast is coarser than
 * Kartverket's), except Svalbard and Jan Mayen, which are land but not kommuner.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import polygonClipping, { type MultiPolygon as ClipMultiPolygon } from 'polygon-clipping';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { WORLD_EXTENT } from '../src/lib/map/tile-index';

const NORWAY = '578';
/** Countries whose land border with Norway needs the gap filled. */
const LAND_NEIGHBOURS = ['752', '246', '643'];
/** Natural Earth's Norway north of this latitude is Svalbard or Jan Mayen (mainland ends at 71.2° N). */
const ARCTIC_ISLANDS_FROM = 71.5;

function countries(): Topology {
	const path = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
	return JSON.parse(readFileSync(path, 'utf8')) as Topology;
}

function polygons(geometry: Polygon | MultiPolygon): Position[][][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

const key = (p: Position) => `${p[0].toFixed(6)},${p[1].toFixed(6)}`;

/**
 * Land that is not Norway's kommuner, as one MultiPolygon in lon/lat, given Norway's land (the
 * union of all kommuner, as Kartverket draws it).
 */
export function neighbourLand(norway: MultiPolygon): MultiPolygon {
	const world = countries();
	const geometries = (world.objects.countries as GeometryCollection<{ name: string }>).geometries;
	const shapeOf = (id: string | number | undefined) => {
		const geometry = geometries.find((g) => String(g.id) === String(id));
		return geometry ? polygons(feature(world, geometry as never).geometry as unknown as Polygon | MultiPolygon) : [];
	};

	const land = geometries
		.filter((g) => g.id !== undefined && String(g.id) !== NORWAY)
		.flatMap((g) => shapeOf(g.id))
		.map((polygon) => polygon.map((ring) => clipRing(unwrap(ring), WORLD_EXTENT)).filter((ring) => ring.length >= 4))
		.filter((polygon) => polygon.length > 0 && polygon[0].length >= 4);

	const neNorway = shapeOf(NORWAY);
	const arctic = neNorway.filter((polygon) => polygon[0].every(([, lat]) => lat > ARCTIC_ISLANDS_FROM));
	const mainland = neNorway.filter((polygon) => !arctic.includes(polygon));

	// Where Natural Earth's Norway reaches past Kartverket's along a land border, the gap belongs to
	// the neighbour; pieces along the coast (fjords Natural Earth fills) do not touch a neighbour.
	const neighbourVertices = new Set<string>();
	for (const id of LAND_NEIGHBOURS)
		for (const polygon of shapeOf(id)) for (const ring of polygon) for (const p of ring) neighbourVertices.add(key(p));
	const gaps = polygonClipping
		.difference(mainland as ClipMultiPolygon, norway.coordinates as ClipMultiPolygon)
		.filter((piece) => piece[0].some((p) => neighbourVertices.has(key(p))));

	// Overlapping polygons are fine for a fill, so the pieces are listed, not merged.
	return { type: 'MultiPolygon', coordinates: [...land, ...(gaps as Position[][][]), ...arctic] };
}

/**
 * A ring with no jump of more than 180° in longitude, moved by whole turns so most of it lies in
 * −180…180: Russia's ring runs along the antimeridian.
 */
function unwrap(ring: Position[]): Position[] {
	let shift = 0;
	const out = ring.map((p, i) => {
		if (i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180) shift += p[0] > ring[i - 1][0] ? -360 : 360;
		return [p[0] + shift, p[1]];
	});
	const mean = out.reduce((sum, p) => sum + p[0], 0) / out.length;
	const turns = Math.round(mean / 360);
	return turns === 0 ? out : out.map(([lon, lat]) => [lon - turns * 360, lat]);
}

/** Sutherland–Hodgman: the part of a closed ring inside [west, south, east, north], closed again. */
export function clipRing(ring: Position[], [w, s, e, n]: readonly [number, number, number, number]): Position[] {
	const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
		[(p) => p[0] >= w, (a, b) => [w, a[1] + ((b[1] - a[1]) * (w - a[0])) / (b[0] - a[0])]],
		[(p) => p[0] <= e, (a, b) => [e, a[1] + ((b[1] - a[1]) * (e - a[0])) / (b[0] - a[0])]],
		[(p) => p[1] >= s, (a, b) => [a[0] + ((b[0] - a[0]) * (s - a[1])) / (b[1] - a[1]), s]],
		[(p) => p[1] <= n, (a, b) => [a[0] + ((b[0] - a[0]) * (n - a[1])) / (b[1] - a[1]), n]]
	];
	let points = ring.slice(0, -1);
	for (const [isInside, cross] of edges) {
		if (points.length === 0) break;
		const next: Position[] = [];
		points.forEach((current, i) => {
			const previous = points[(i + points.length - 1) % points.length];
			if (isInside(current)) {
				if (!isInside(previous)) next.push(cross(previous, current));
				next.push(current);
			} else if (isInside(previous)) next.push(cross(previous, current));
		});
		points = next;
	}
	return points.length >= 3 ? [...points, points[0]] : [];
}

/** Natural Earth's land border between Norway and Sweden, Finland and Russia, as lines in lon/lat. */
export function nationalBorderLines(): Position[][] {
	const world = countries();
	const neighbours = new Set(LAND_NEIGHBOURS);
	const isNorway = (g: { id?: string | number }) => String(g.id) === NORWAY;
	const isNeighbour = (g: { id?: string | number }) => neighbours.has(String(g.id));
	return mesh(
		world,
		world.objects.countries as GeometryCollection,
		(a, b) => (isNorway(a) && isNeighbour(b)) || (isNorway(b) && isNeighbour(a))
	).coordinates;
}
