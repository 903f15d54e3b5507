import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { feature } from 'topojson-client';
import { geoArea } from 'd3-geo';
import { BoundarySourceError, buildBoundaries, buildKommuneIndex, countPoints, parseSource } from './boundaries';
import { NOMINEES } from '../src/lib/award/nominees';
import { BUDGET } from '../bench/budgets';
import { gzipSize } from '../bench/gzip-server';
import { BOUNDARY_SOURCE } from './shared-dir';

const sourceText = readFileSync(BOUNDARY_SOURCE, 'utf8');
const source = parseSource(sourceText, 'kommuner-2020.topojson');
const topology = buildBoundaries(source);
const json = JSON.stringify(topology);
const index = buildKommuneIndex(topology);

describe('buildBoundaries', () => {
	it('keeps all 356 kommuner with unique four-digit string ids and only their name', () => {
		const ids = topology.objects.kommuner.geometries.map((g) => g.id);
		expect(ids).toHaveLength(356);
		expect(new Set(ids).size).toBe(356);
		for (const geometry of topology.objects.kommuner.geometries) {
			expect(geometry.id).toMatch(/^\d{4}$/);
			expect(Object.keys(geometry.properties ?? {})).toEqual(['navn']);
		}
		expect(ids).toContain('0301');
	});

	it('derives the 11 counties of 2020–2023 by merging kommuner', () => {
		const counties = topology.objects.fylker.geometries.map((g) => `${g.id} ${(g.properties as { navn: string }).navn}`);
		expect(counties).toEqual([
			'03 Oslo',
			'11 Rogaland',
			'15 Møre og Romsdal',
			'18 Nordland',
			'30 Viken',
			'34 Innlandet',
			'38 Vestfold og Telemark',
			'42 Agder',
			'46 Vestland',
			'50 Trøndelag',
			'54 Troms og Finnmark'
		]);
	});

	it('includes every nominee under its 2020–2023 number', () => {
		for (const nominee of NOMINEES) {
			expect(index.find((k) => k.nummer === nominee.nummer)?.navn).toBe(nominee.navn);
		}
	});

	it('gives every kommune, island kommuner included, a shape with area', () => {
		const kommuner = feature(topology, topology.objects.kommuner).features;
		for (const name of ['Kinn', 'Værøy', 'Røst', 'Træna', 'Kvitsøy', 'Utsira', 'Fedje']) {
			const kommune = kommuner.find((f) => f.properties!.navn === name)!;
			expect(kommune, name).toBeDefined();
			const area = geoArea(kommune);
			expect(Math.min(area, 4 * Math.PI - area), name).toBeGreaterThan(1e-9);
		}
		const empty = kommuner.filter((f) => (f.geometry as GeoJSON.MultiPolygon).coordinates.length === 0);
		expect(empty).toEqual([]);
	});

	it(`fits the size budget: at most ${BUDGET.topologyGzip / 1000} KB gzipped, far fewer points than the source`, () => {
		expect(gzipSize(Buffer.from(json))).toBeLessThanOrEqual(BUDGET.topologyGzip);
		expect(countPoints(topology)).toBeLessThan(countPoints(source) / 2);
	});

	it('is deterministic: the same input gives byte-identical output', () => {
		expect(JSON.stringify(buildBoundaries(parseSource(sourceText, 'again')))).toBe(json);
	});

	it('does not mutate its input', () => {
		const before = JSON.stringify(source.objects);
		buildBoundaries(source);
		expect(JSON.stringify(source.objects)).toBe(before);
	});
});

describe('buildKommuneIndex', () => {
	it('lists number, name, county, bbox and a label point inside the bbox', () => {
		const kinn = index.find((k) => k.navn === 'Kinn')!;
		expect(kinn).toMatchObject({ nummer: '4602', fylkesnummer: '46', fylke: 'Vestland' });
		for (const k of index) {
			const [w, s, e, n] = k.bbox;
			expect(w).toBeLessThan(e);
			expect(s).toBeLessThan(n);
			expect(k.labelPoint[0]).toBeGreaterThanOrEqual(w);
			expect(k.labelPoint[0]).toBeLessThanOrEqual(e);
			expect(k.labelPoint[1]).toBeGreaterThanOrEqual(s);
			expect(k.labelPoint[1]).toBeLessThanOrEqual(n);
		}
	});
});

describe('parseSource', () => {
	const cases: [string, string, RegExp][] = [
		['not JSON', '{"type": "Topo', /not valid JSON/],
		['not a topology', '{"type": "FeatureCollection"}', /not a TopoJSON Topology/],
		['no Kommuner object', '{"type":"Topology","arcs":[],"objects":{}}', /no GeometryCollection object named "Kommuner"/],
		[
			'a geometry without kommunenummer',
			'{"type":"Topology","arcs":[],"objects":{"Kommuner":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[],"properties":{"navn":"X"}}]}}}',
			/#0 has no valid "kommunenummer"/
		]
	];
	it.each(cases)('rejects %s with a message naming the file', (_, text, message) => {
		expect(() => parseSource(text, '/some/where/kommuner-2020.topojson')).toThrow(BoundarySourceError);
		expect(() => parseSource(text, '/some/where/kommuner-2020.topojson')).toThrow(message);
		expect(() => parseSource(text, '/some/where/kommuner-2020.topojson')).toThrow('/some/where/kommuner-2020.topojson');
	});
});
