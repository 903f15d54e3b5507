import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KOMMUNER } from './geography';
import { holderOf, numbers2024, redirectNumbers2024, successorsOf } from './kommuner-2024';
import { COUNTIES_2024, countyLabel2024 } from './counties';
import { sharedPath } from '../../../geo/shared-dir';

describe('successorsOf', () => {
	it.each([
		['5443', [['5632', 'Båtsfjord', 'Finnmark', 'Finnmark (Finnmárku, Finmarkku)']]],
		['3006', [['3303', 'Kongsberg', 'Buskerud', 'Buskerud']]],
		['1539', [['1539', 'Rauma', 'Møre og Romsdal', 'Møre og Romsdal']]],
		[
			'1507',
			[
				['1508', 'Ålesund', 'Møre og Romsdal', 'Møre og Romsdal'],
				['1580', 'Haram', 'Møre og Romsdal', 'Møre og Romsdal']
			]
		],
		['5430', [['5612', 'Guovdageaidnu – Kautokeino', 'Finnmark', 'Finnmark (Finnmárku, Finmarkku)']]],
		['5401', [['5501', 'Tromsø', 'Troms', 'Troms (Romsa, Tromssa)']]],
		['9999', []]
	])('%s → %j', (nummer, expected) => {
		expect(successorsOf(nummer).map((k) => [k.nummer, k.offisieltNavn, k.fylke, k.fylkeOffisielt])).toEqual(expected);
	});

	it('gives every one of the 356 kommuner at least one successor in a known county', () => {
		for (const kommune of KOMMUNER) {
			const successors = successorsOf(kommune.nummer);
			expect(successors.length, kommune.navn).toBeGreaterThan(0);
			for (const s of successors) expect(COUNTIES_2024[s.fylkesnummer], s.nummer).toBeDefined();
		}
	});
});

describe('holderOf', () => {
	it.each([
		['5632', '5443'],
		['3303', '3006'],
		['1580', '1507'],
		['1508', '1507'],
		['3203', '3025'],
		['1539', '1539'],
		['5443', undefined],
		['0000', undefined]
	])('%s → %s', (nummer2024, nummer2020) => expect(holderOf(nummer2024)).toBe(nummer2020));

	it('knows all 357 numbers of 2024; none is a number of 2020–2023 for another kommune', () => {
		const all = numbers2024();
		expect(all).toHaveLength(357);
		for (const { nummer2024, nummer2020 } of all) {
			const other = KOMMUNER.find((k) => k.nummer === nummer2024);
			if (other) expect(other.nummer).toBe(nummer2020);
		}
	});
});

describe('COUNTIES_2024', () => {
	it('is the table in shared/geo/README.md', () => {
		const readme = readFileSync(sharedPath('geo', 'README.md'), 'utf8');
		const section = readme.slice(readme.indexOf('## Counties (fylker) from 2024'));
		const rows = [...section.matchAll(/\| (\d{2}) \| ([^|]+?) \|/g)].map((m) => [m[1], m[2].trim()]);
		expect(rows).toHaveLength(15);
		expect(
			Object.keys(COUNTIES_2024)
				.sort()
				.map((nummer) => [nummer, countyLabel2024(nummer)])
		).toEqual(rows.sort());
	});
});

describe('redirectNumbers2024', () => {
	it('gives the changed numbers of 2024 as addresses, never one that is a number of 2020–2023', () => {
		const redirects = redirectNumbers2024();
		const map = Object.fromEntries(redirects.map((r) => [r.nummer2024, r.nummer2020]));
		expect(map['5632']).toBe('5443');
		expect(map['3303']).toBe('3006');
		expect(map['1508']).toBe('1507');
		expect(map['1580']).toBe('1507');
		expect(map['1539']).toBeUndefined();
		for (const { nummer2024 } of redirects) expect(KOMMUNER.some((k) => k.nummer === nummer2024)).toBe(false);
		// The split counties (Viken 51, Vestfold og Telemark 23, Troms og Finnmark 39 kommuner) and Ålesund's two.
		expect(redirects).toHaveLength(51 + 23 + 39 + 2);
	});
});
