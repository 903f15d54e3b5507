import { describe, expect, it } from 'vitest';
import { KOMMUNER, kommuneByNummer, kommuneBySlug, nearest, sharesName } from './geography';
import { closestKommuner, kommunerNearNummer } from './kommune-names';
import { slugify } from './slug';

describe('slugify', () => {
	it.each([
		['Båtsfjord', 'batsfjord'],
		['Vestre Toten', 'vestre-toten'],
		['Bærum', 'baerum'],
		['Tromsø', 'tromso'],
		['Aurskog-Høland', 'aurskog-holand'],
		['Nore og Uvdal', 'nore-og-uvdal'],
		['Kárášjohka', 'karasjohka'],
		['Møre og Romsdal', 'more-og-romsdal']
	])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug));
});

describe('sharesName', () => {
	it.each([
		['Våler', true],
		['Herøy', true],
		['Oslo', false],
		['Vestre Toten', false],
		['Os', false],
		['Nowhere', false]
	])('%s → %s', (navn, shared) => expect(sharesName({ navn })).toBe(shared));

	it('is true for exactly the four kommuner that share a name', () => {
		expect(
			KOMMUNER.filter(sharesName)
				.map((k) => k.slug)
				.sort()
		).toEqual(['heroy-more-og-romsdal', 'heroy-nordland', 'valer-innlandet', 'valer-viken']);
	});
});

describe('kommune slugs', () => {
	it('gives names that occur twice their county', () => {
		expect(kommuneBySlug('valer-viken')?.nummer).toBe('3018');
		expect(kommuneBySlug('valer-innlandet')?.nummer).toBe('3419');
		expect(kommuneBySlug('heroy-more-og-romsdal')?.nummer).toBe('1515');
		expect(kommuneBySlug('heroy-nordland')?.nummer).toBe('1818');
		expect(kommuneBySlug('valer')).toBeUndefined();
	});

	it('makes every one of the 356 kommuner reachable by a unique slug', () => {
		expect(KOMMUNER).toHaveLength(356);
		expect(new Set(KOMMUNER.map((k) => k.slug)).size).toBe(356);
		for (const kommune of KOMMUNER) {
			expect(kommune.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
			expect(kommuneBySlug(kommune.slug)).toBe(kommune);
			expect(kommuneByNummer(kommune.nummer)).toBe(kommune);
		}
	});

	it('sorts kommuner in Norwegian order, Å last', () => {
		const names = KOMMUNER.map((k) => k.navn);
		expect(names.indexOf('Øygarden')).toBeLessThan(names.indexOf('Åfjord'));
		expect(names.indexOf('Vestre Toten')).toBeLessThan(names.indexOf('Ørland'));
		expect(names.at(-1)!.startsWith('Å')).toBe(true);
	});
});

describe('closestKommuner', () => {
	it.each([
		['trondhjem', 'Trondheim'],
		['batsfjor', 'Båtsfjord'],
		['kongsbergg', 'Kongsberg'],
		['raum', 'Rauma']
	])('suggests %s → %s first', (text, name) => expect(closestKommuner(text)[0].navn).toBe(name));

	it('answers garbage without breaking', () => {
		expect(closestKommuner('')).toEqual([]);
		expect(closestKommuner('<script>')).toHaveLength(3);
		expect(closestKommuner('x'.repeat(10_000))).toHaveLength(3);
	});
});

describe('nearest', () => {
	const nummer = (slug: string) => kommuneBySlug(slug)!.nummer;
	const names = (result: { nummer: string[] }) => result.nummer.map((n) => kommuneByNummer(n)!.navn);
	const candidates = ['rauma', 'kinn', 'arendal', 'kongsberg', 'vestre-toten', 'batsfjord'].map(nummer);

	it('gives the candidates of the same county, in their order', () => {
		expect(nearest(kommuneBySlug('molde')!, candidates)).toEqual({ nummer: [nummer('rauma')], sameCounty: true });
		expect(names(nearest(kommuneBySlug('bergen')!, candidates))).toEqual(['Kinn']);
	});

	it('falls back to the nearest where the county has none', () => {
		const result = nearest(kommuneBySlug('oslo')!, candidates);
		expect(result.sameCounty).toBe(false);
		expect(names(result).sort()).toEqual(['Kongsberg', 'Vestre Toten']);
	});

	it('never suggests the kommune itself, and ignores numbers that are no kommune', () => {
		expect(names(nearest(kommuneBySlug('rauma')!, [...candidates, '9999']))).not.toContain('Rauma');
		expect(nearest(kommuneBySlug('rauma')!, [nummer('rauma')])).toEqual({ nummer: [], sameCounty: false });
	});
});

describe('kommunerNearNummer', () => {
	const near = (digits: string) => kommunerNearNummer(digits).map((s) => `${s.kommune.navn} ${s.nummer}${s.fra2024 ? ' (2024)' : ''}`);
	it.each([
		['5699', ['Nesseby 5636 (2024)', 'Vardø 5634 (2024)', 'Båtsfjord 5632 (2024)']],
		['5443', ['Båtsfjord 5443', 'Nesseby 5442', 'Sør-Varanger 5444']],
		['0302', ['Oslo 0301', 'Eigersund 1101', 'Stavanger 1103']],
		['15', ['Kristiansund 1505', 'Molde 1506', 'Ålesund 1507']],
		['56', ['Alta 5601 (2024)', 'Hammerfest 5603 (2024)', 'Sør-Varanger 5605 (2024)']],
		// Only the first four digits count.
		['99999', ['Nesseby 5636 (2024)', 'Vardø 5634 (2024)', 'Båtsfjord 5632 (2024)']]
	])('suggests for %s: %j', (digits, expected) => {
		expect(near(digits)).toEqual(expected);
	});

	it('answers garbage without breaking', () => {
		expect(kommunerNearNummer('')).toEqual([]);
		expect(kommunerNearNummer('abc')).toEqual([]);
		expect(kommunerNearNummer('9'.repeat(10_000))).toHaveLength(3);
		expect(kommunerNearNummer('0000')).toHaveLength(3);
	});
});
