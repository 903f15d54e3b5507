import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCrosswalk, nameForms, readKommuner, type CrosswalkEntry } from './crosswalk';
import { SharedSourceError, sharedPath } from './shared-dir';

const text2020 = readFileSync(sharedPath('geo', 'kommuner-2020.topojson'), 'utf8');
const text2024 = readFileSync(sharedPath('geo', 'kommuner-2024.topojson'), 'utf8');
const kommuner2020 = readKommuner(text2020, 'kommuner-2020.topojson', 'navn');
const kommuner2024 = readKommuner(text2024, 'kommuner-2024.topojson', 'name');
const crosswalk = buildCrosswalk(kommuner2020, kommuner2024);
const entry = (nummer: string) => crosswalk.find((e) => e.nummer === nummer)!;
const successors = (nummer: string) => entry(nummer).successors.map((s) => `${s.nummer} ${s.offisieltNavn}`);

describe('buildCrosswalk', () => {
	it('matches all 356 kommuner of 2020–2023, using each of the 357 kommuner of 2024 once', () => {
		expect(crosswalk).toHaveLength(356);
		const used = crosswalk.flatMap((e) => e.successors.map((s) => s.nummer));
		expect(used).toHaveLength(357);
		expect(new Set(used).size).toBe(357);
		expect(crosswalk.filter((e) => e.successors.length !== 1).map((e) => e.navn)).toEqual(['Ålesund']);
	});

	it('gives every kommune a successor of the same name holding most of it', () => {
		for (const { navn, successors } of crosswalk) {
			expect(successors[0].sammeNavn).toBe(navn);
			expect(successors[0].navneformer).toContain(navn);
		}
	});

	it.each([
		['1507', ['1508 Ålesund', '1580 Haram']],
		['5443', ['5632 Båtsfjord']],
		['3006', ['3303 Kongsberg']],
		['3025', ['3203 Asker']],
		['3001', ['3101 Halden']],
		['3802', ['3903 Holmestrand']],
		['3804', ['3907 Sandefjord']],
		['3823', ['4032 Fyresdal']],
		['5430', ['5612 Guovdageaidnu – Kautokeino']],
		['5436', ['5622 Porsanger – Porsáŋgu – Porsanki']],
		['1875', ['1875 Hábmer – Hamarøy']],
		['5001', ['5001 Trondheim – Tråante']],
		['1539', ['1539 Rauma']],
		['0301', ['0301 Oslo']],
		// The names two kommuner share go to the right one by shape.
		['3018', ['3114 Våler']],
		['3419', ['3419 Våler']],
		['1515', ['1515 Herøy']],
		['1818', ['1818 Herøy']]
	])('%s → %j', (nummer, expected) => {
		expect(successors(nummer)).toEqual(expected);
	});

	it('sends the kommuner of the three split counties to the right new counties', () => {
		const counties = (prefix: string) =>
			new Set(crosswalk.filter((e) => e.nummer.startsWith(prefix)).map((e) => e.successors[0].nummer.slice(0, 2)));
		expect([...counties('30')].sort()).toEqual(['31', '32', '33']);
		expect([...counties('38')].sort()).toEqual(['39', '40']);
		expect([...counties('54')].sort()).toEqual(['55', '56']);
		// Elsewhere the numbers stayed, except Ålesund's.
		const changed = crosswalk.filter((e) => !/^(30|38|54)/.test(e.nummer) && e.successors[0].nummer !== e.nummer).map((e) => e.navn);
		expect(changed).toEqual(['Ålesund']);
	});

	it('measures overlap: Haram is about two fifths of Ålesund 2020–2023, Kautokeino nearly all its successor', () => {
		const [alesund, haram] = entry('1507').successors;
		expect(alesund.andelAvKommunen).toBeGreaterThan(0.5);
		expect(haram.andelAvKommunen).toBeGreaterThan(0.3);
		expect(haram.andelAvKommunen).toBeLessThan(0.5);
		expect(entry('5430').successors[0].andelAvKommunen).toBeGreaterThan(0.99);
	});

	it('is deterministic and leaves its input as it was', () => {
		const before = JSON.stringify(kommuner2024.slice(0, 3));
		const again: CrosswalkEntry[] = buildCrosswalk(kommuner2020, kommuner2024);
		expect(JSON.stringify(again)).toBe(JSON.stringify(crosswalk));
		expect(JSON.stringify(kommuner2024.slice(0, 3))).toBe(before);
	});

	it('names the kommune when the files disagree on a name', () => {
		const renamed = kommuner2024.map((k) => (k.nummer === '1539' ? { ...k, navn: 'Romsdalen' } : k));
		expect(() => buildCrosswalk(kommuner2020, renamed)).toThrow(
			/1539 Rauma \(2020–2023\) should have exactly one 2024 successor named Rauma/
		);
	});

	it('names the kommune of 2024 that lies in none of 2020–2023', () => {
		const moved = kommuner2024.map((k) =>
			k.nummer === '0301'
				? {
						...k,
						geometry: {
							type: 'Polygon' as const,
							coordinates: [
								[
									[0, 0],
									[1, 0],
									[1, 1],
									[0, 0]
								]
							]
						}
					}
				: k
		);
		expect(() => buildCrosswalk(kommuner2020, moved)).toThrow(/0301 Oslo \(2024\) lies in no kommune of 2020–2023/);
	});
});

describe('readKommuner', () => {
	it.each([
		['not JSON', '{', /kommuner-2024\.topojson: is not valid JSON/],
		['not a topology', '{"type":"FeatureCollection"}', /is not a TopoJSON Topology/],
		['no Kommuner object', '{"type":"Topology","arcs":[],"objects":{}}', /no GeometryCollection object named "Kommuner"/],
		[
			'a bad number',
			'{"type":"Topology","arcs":[],"objects":{"Kommuner":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[],"properties":{"kommunenummer":"12","name":"X"}}]}}}',
			/geometry #0 has no valid "kommunenummer"/
		],
		[
			'no name',
			'{"type":"Topology","arcs":[],"objects":{"Kommuner":{"type":"GeometryCollection","geometries":[{"type":"Polygon","arcs":[],"properties":{"kommunenummer":"1201"}}]}}}',
			/geometry #0 \(1201\) has no "name"/
		]
	])('rejects %s with a message naming the file', (_, text, message) => {
		expect(() => readKommuner(text, 'kommuner-2024.topojson', 'name')).toThrow(SharedSourceError);
		expect(() => readKommuner(text, 'kommuner-2024.topojson', 'name')).toThrow(message);
	});

	it('reads numbers given as numbers (2020) or strings (2024) as four-digit strings', () => {
		expect(kommuner2020.find((k) => k.navn === 'Oslo')?.nummer).toBe('0301');
		expect(kommuner2024.find((k) => k.navn === 'Oslo')?.nummer).toBe('0301');
	});
});

describe('nameForms', () => {
	it.each([
		['Guovdageaidnu - Kautokeino', ['Guovdageaidnu', 'Kautokeino']],
		['Porsanger - Porsáŋgu - Porsanki', ['Porsanger', 'Porsáŋgu', 'Porsanki']],
		['Aurskog-Høland', ['Aurskog-Høland']],
		['Oslo', ['Oslo']]
	])('%s → %j', (name, forms) => expect(nameForms(name)).toEqual(forms));
});
