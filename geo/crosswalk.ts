/**
 * What each kommune of 2020–2023 became on 1 January 2024: its successor(s) in
 * shared/geo/kommuner-2024.topojson, matched by shape overlap and checked by name (numbers
 * changed in the split counties, so they are never used to match). Pure functions: build.ts reads
 * and writes the files.
 *
 * Overlap is measured by scanlines: each shape is cut by 200 horizontal lines across its own
 * extent, and the lengths of the parts inside it (and inside both shapes) are summed, weighted by
 * cos(latitude). That is an area estimate good to well under a percent, deterministic, and robust
 * to the two files being simplified differently along coasts and borders.
 */
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { SharedSourceError } from './shared-dir';

/** Scanlines across each shape's extent. */
const ROWS = 200;
/** A 2024 kommune must lie at least this much inside the 2020–2023 kommune it came from. */
const MIN_SHARE_OF_SUCCESSOR = 0.5;

/** A kommune from 1 January 2024, as the 2024 file has it. */
export interface Kommune2024 {
	nummer: string;
	/** The official name, several forms joined by " – ": "Guovdageaidnu – Kautokeino". */
	offisieltNavn: string;
	/** The forms of the official name: ["Guovdageaidnu", "Kautokeino"]. */
	navneformer: string[];
}

export interface Successor extends Kommune2024 {
	/** The form of the name the 2020–2023 kommune had, or null for a kommune split out of it (Haram). */
	sammeNavn: string | null;
	/** Share of the 2020–2023 kommune's area that lies in this successor, 0–1. */
	andelAvKommunen: number;
}

export interface CrosswalkEntry {
	/** Kommunenummer 2020–2023. */
	nummer: string;
	navn: string;
	/** The successors from 2024: the one with the same name first, then any split off, by number. */
	successors: Successor[];
}

/** Edges are bucketed by latitude so a scanline only looks at the edges near it. */
const BANDS = 64;

interface Shape {
	nummer: string;
	bbox: [number, number, number, number];
	/** Per latitude band of the bbox, the edges that reach into it, as x1, y1, x2, y2 quadruples. */
	bands: Float64Array[];
	area: number;
}

function shapeOf(nummer: string, geometry: Polygon | MultiPolygon): Shape {
	const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
	let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const ring of rings) {
		for (const [x, y] of ring) {
			w = Math.min(w, x);
			e = Math.max(e, x);
			s = Math.min(s, y);
			n = Math.max(n, y);
		}
	}
	const bandHeight = (n - s) / BANDS;
	const bandOf = (y: number) => Math.min(BANDS - 1, Math.max(0, Math.floor((y - s) / bandHeight)));
	const lists: number[][] = Array.from({ length: BANDS }, () => []);
	for (const ring of rings) {
		for (let i = 0; i + 1 < ring.length; i++) {
			const [x1, y1] = ring[i];
			const [x2, y2] = ring[i + 1];
			for (let band = bandOf(Math.min(y1, y2)); band <= bandOf(Math.max(y1, y2)); band++) lists[band].push(x1, y1, x2, y2);
		}
	}
	const shape: Shape = { nummer, bbox: [w, s, e, n], bands: lists.map((list) => Float64Array.from(list)), area: 0 };
	shape.area = scan(shape.bbox, (y) => totalLength(crossings(shape, y)));
	return shape;
}

/** Reused by `crossings` so scanning allocates nothing per line. */
let scratch = new Float64Array(1024);

/**
 * Sorted x where the horizontal line at `y` crosses the shape's rings; pairs bound the inside
 * (even–odd). The result is a view of a shared buffer, valid until the next call.
 */
function crossings(shape: Shape, y: number): Float64Array {
	const [, s, , n] = shape.bbox;
	if (y < s || y > n) return scratch.subarray(0, 0);
	const edges = shape.bands[Math.min(BANDS - 1, Math.floor(((y - s) / (n - s)) * BANDS))];
	if (scratch.length < edges.length / 4) scratch = new Float64Array(edges.length / 4);
	let count = 0;
	for (let i = 0; i < edges.length; i += 4) {
		const y1 = edges[i + 1];
		const y2 = edges[i + 3];
		if (y1 > y !== y2 > y) scratch[count++] = edges[i] + ((y - y1) * (edges[i + 2] - edges[i])) / (y2 - y1);
	}
	return scratch.subarray(0, count).sort();
}

function totalLength(xs: Float64Array): number {
	let sum = 0;
	for (let i = 0; i + 1 < xs.length; i += 2) sum += xs[i + 1] - xs[i];
	return sum;
}

/** Length of the common part of two interval lists as `crossings` returns them. */
function commonLength(a: Float64Array, b: Float64Array): number {
	let sum = 0;
	let i = 0;
	let j = 0;
	while (i + 1 < a.length && j + 1 < b.length) {
		const start = Math.max(a[i], b[j]);
		const end = Math.min(a[i + 1], b[j + 1]);
		if (end > start) sum += end - start;
		if (a[i + 1] < b[j + 1]) i += 2;
		else j += 2;
	}
	return sum;
}

/** ∫ length(y) · cos(y) dy over the bbox's latitudes, by the midpoint rule on ROWS lines. */
function scan(bbox: Shape['bbox'], lengthAt: (y: number) => number): number {
	const [, s, , n] = bbox;
	const step = (n - s) / ROWS;
	let sum = 0;
	for (let row = 0; row < ROWS; row++) {
		const y = s + (row + 0.5) * step;
		sum += lengthAt(y) * Math.cos((y * Math.PI) / 180);
	}
	return sum * step;
}

const boxesMeet = (a: Shape['bbox'], b: Shape['bbox']) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** The shape's crossings on each of the scanlines `scan` uses for it. */
function rowsOf(shape: Shape): Float64Array[] {
	const rows: Float64Array[] = [];
	scan(shape.bbox, (y) => (rows.push(crossings(shape, y).slice()), 0));
	return rows;
}

/** Area (in the units of `Shape.area`) common to `a` (with its rows from rowsOf) and `b`. */
function overlap(a: Shape, aRows: Float64Array[], b: Shape): number {
	let row = 0;
	return scan(a.bbox, (y) => commonLength(aRows[row++], crossings(b, y)));
}

/** One kommune as a boundary file has it: number, name (for 2024 the official name) and shape. */
export interface KommuneShape {
	nummer: string;
	navn: string;
	geometry: Polygon | MultiPolygon;
}

/**
 * Reads a kommune boundary file: TopoJSON with an object `Kommuner` of (Multi)Polygons whose
 * properties hold `kommunenummer` (a number or a four-digit string) and the name in
 * `nameProperty` ("navn" in the 2020 file, "name" in the 2024 one). Throws a SharedSourceError
 * naming `sourcePath` and what is wrong.
 */
export function readKommuner(text: string, sourcePath: string, nameProperty: 'navn' | 'name'): KommuneShape[] {
	const fail = (what: string): never => {
		throw new SharedSourceError(`${sourcePath}: ${what}`);
	};
	let topology: Partial<Topology> | undefined;
	try {
		topology = JSON.parse(text);
	} catch (error) {
		fail(`is not valid JSON (${(error as Error).message}).`);
	}
	if (!topology || topology.type !== 'Topology' || !Array.isArray(topology.arcs)) {
		fail('is not a TopoJSON Topology (expected "type": "Topology" and an "arcs" array).');
	}
	const collection = topology!.objects?.Kommuner as GeometryCollection | undefined;
	if (!collection || collection.type !== 'GeometryCollection' || !Array.isArray(collection.geometries)) {
		fail('has no GeometryCollection object named "Kommuner".');
	}
	const seen = new Set<string>();
	return collection!.geometries.map((geometry, index) => {
		const where = `Kommuner geometry #${index}`;
		if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') fail(`${where} is a ${geometry.type}, expected a (Multi)Polygon.`);
		const properties = (geometry.properties ?? {}) as Record<string, unknown>;
		const raw = properties.kommunenummer;
		const nummer = typeof raw === 'number' && Number.isInteger(raw) ? String(raw).padStart(4, '0') : raw;
		if (typeof nummer !== 'string' || !/^\d{4}$/.test(nummer)) fail(`${where} has no valid "kommunenummer" (got ${JSON.stringify(raw)}).`);
		const navn = properties[nameProperty];
		if (typeof navn !== 'string' || navn.trim() === '') fail(`${where} (${nummer}) has no "${nameProperty}".`);
		if (seen.has(nummer as string)) fail(`kommunenummer ${nummer} occurs twice.`);
		seen.add(nummer as string);
		const shape = feature(topology as Topology, geometry) as unknown as Feature<Polygon | MultiPolygon>;
		return { nummer: nummer as string, navn: (navn as string).trim(), geometry: shape.geometry };
	});
}

/** "Guovdageaidnu - Kautokeino" → ["Guovdageaidnu", "Kautokeino"]. */
export function nameForms(officialName: string): string[] {
	return officialName
		.split(/\s+[-–]\s+/)
		.map((form) => form.trim())
		.filter(Boolean);
}

/**
 * Matches every kommune of 2020–2023 to its successor(s) among the kommuner of 2024 (both as
 * readKommuner returns them). Each 2024 kommune goes to the
 * 2020–2023 kommune holding most of it; each 2020–2023 kommune must then have exactly one
 * successor bearing its name (in any of the official forms), and may have more split out of it.
 * Throws a SharedSourceError, naming the kommune, where the two files disagree.
 */
export function buildCrosswalk(kommuner2020: readonly KommuneShape[], kommuner2024: readonly KommuneShape[]): CrosswalkEntry[] {
	const old = kommuner2020.map((k) => ({ shape: shapeOf(k.nummer, k.geometry), navn: k.navn }));
	const current = kommuner2024.map((k) => {
		const kommune: Kommune2024 = { nummer: k.nummer, offisieltNavn: nameForms(k.navn).join(' – '), navneformer: nameForms(k.navn) };
		return { shape: shapeOf(k.nummer, k.geometry), kommune };
	});

	const successors = new Map<string, Successor[]>(old.map(({ shape }) => [shape.nummer, []]));
	for (const { shape, kommune } of current) {
		const rows = rowsOf(shape);
		let best: { nummer: string; navn: string; common: number; area: number } | null = null;
		for (const candidate of old) {
			if (!boxesMeet(shape.bbox, candidate.shape.bbox)) continue;
			const common = overlap(shape, rows, candidate.shape);
			if (!best || common > best.common)
				best = { nummer: candidate.shape.nummer, navn: candidate.navn, common, area: candidate.shape.area };
		}
		if (!best || best.common < MIN_SHARE_OF_SUCCESSOR * shape.area) {
			throw new SharedSourceError(
				`kommune ${kommune.nummer} ${kommune.offisieltNavn} (2024) lies in no kommune of 2020–2023 by more than half of its area.`
			);
		}
		successors.get(best.nummer)!.push({
			...kommune,
			sammeNavn: kommune.navneformer.includes(best.navn) ? best.navn : null,
			andelAvKommunen: Math.min(1, best.common / best.area)
		});
	}

	return old
		.map(({ shape, navn }) => {
			const found = successors.get(shape.nummer)!;
			const named = found.filter((s) => s.sammeNavn !== null);
			if (named.length !== 1) {
				const list = found.map((s) => `${s.nummer} ${s.offisieltNavn}`).join(', ') || 'none';
				throw new SharedSourceError(
					`kommune ${shape.nummer} ${navn} (2020–2023) should have exactly one 2024 successor named ${navn}; found ${list}.`
				);
			}
			const others = found.filter((s) => s.sammeNavn === null).sort((a, b) => a.nummer.localeCompare(b.nummer));
			return { nummer: shape.nummer, navn, successors: [...named, ...others] };
		})
		.sort((a, b) => a.nummer.localeCompare(b.nummer));
}
