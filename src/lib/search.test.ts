import { describe, expect, it } from 'vitest';
import { KOMMUNER, sharesName } from './geography';
import { MAX_QUERY_LENGTH, normalise, searchKommuner } from './search';

/** The labels of the hits, best first. */
const labels = (query: string, limit?: number) => searchKommuner(query, limit).map((hit) => hit.label);

describe('searchKommuner: names, forgiving about case and æ, ø, å', () => {
	it.each([
		['batsfjord', 'Båtsfjord'],
		['baatsfjord', 'Båtsfjord'],
		['Båtsfjord', 'Båtsfjord'],
		['BÅTSFJORD', 'Båtsfjord'],
		['tromso', 'Tromsø'],
		['Tromsø', 'Tromsø'],
		['tromsoe', 'Tromsø'],
		['TROMSØ', 'Tromsø'],
		['  tromsø  ', 'Tromsø'],
		['baerum', 'Bærum'],
		['Bærum', 'Bærum'],
		['oeyer', 'Øyer'],
		['aasnes', 'Åsnes'],
		['nord odal', 'Nord-Odal'],
		['nord-odal', 'Nord-Odal'],
		['aurskog', 'Aurskog-Høland'],
		['hoyland', 'Høylandet'],
		['KINN', 'Kinn'],
		['Rauma', 'Rauma']
	])('%s → %s first', (query, first) => {
		expect(labels(query)[0]).toBe(first);
	});

	it.each([
		['batsfjord', ['Båtsfjord']],
		['tromso', ['Tromsø']],
		['trom', ['Tromsø', 'Lillestrøm']],
		['hvaler', ['Hvaler']],
		['toten', ['Vestre Toten', 'Østre Toten']],
		['vestre t', ['Vestre Toten']],
		['fron', ['Nord-Fron', 'Sør-Fron']],
		['hol', ['Hol', 'Hole', 'Holmestrand', 'Holtålen', 'Aurskog-Høland']],
		// An exact name first, then names it starts, then a later word it starts, then the rest.
		['os', ['Os', 'Osen', 'Oslo', 'Osterøy', 'Østre Toten', 'Indre Østfold', 'Frosta', 'Hægebostad']],
		// Letters as typed win over letters found by folding: "sør" wants Sør-…, "sor" Sortland.
		['sør', ['Sør-Aurdal', 'Sør-Fron', 'Sør-Odal', 'Sør-Varanger', 'Sørfold', 'Sørreisa', 'Sortland', 'Risør']],
		['sor', ['Sortland', 'Sør-Aurdal', 'Sør-Fron', 'Sør-Odal', 'Sør-Varanger', 'Sørfold', 'Sørreisa', 'Risør']],
		['land', ['Nordre Land', 'Søndre Land', 'Aurland', 'Aurskog-Høland', 'Bygland', 'Froland', 'Hjelmeland', 'Høylandet']]
	])('%s → %j', (query, expected) => {
		expect(labels(query)).toEqual(expected);
	});

	it('ranks a name that is or starts with "fjord" before names that only contain it, those in Norwegian order', () => {
		const all = labels('fjord', 100);
		expect(all[0]).toBe('Fjord');
		expect(all.slice(1)).toEqual([
			'Balsfjord',
			'Bjørnafjorden',
			'Båtsfjord',
			'Eidfjord',
			'Flekkefjord',
			'Kvæfjord',
			'Kåfjord',
			'Leirfjord',
			'Masfjorden',
			'Sandefjord',
			'Storfjord',
			'Sunnfjord',
			'Vindafjord',
			'Åfjord'
		]);
		expect(searchKommuner('fjord').map((hit) => hit.match)).toEqual(['exact', ...Array(7).fill('anywhere')]);
	});

	it('gives at most `limit` hits, 8 unless told', () => {
		expect(labels('a')).toHaveLength(8);
		expect(labels('a', 3)).toHaveLength(3);
		expect(labels('fjord', 100)).toHaveLength(15);
		expect(labels('a', 0)).toEqual([]);
	});
});

describe('searchKommuner: names two kommuner share', () => {
	it.each([
		['valer', ['Våler (Innlandet)', 'Våler (Viken)', 'Hvaler']],
		['Våler', ['Våler (Innlandet)', 'Våler (Viken)', 'Hvaler']],
		['heroy', ['Herøy (Møre og Romsdal)', 'Herøy (Nordland)']]
	])('%s → %j', (query, expected) => {
		expect(labels(query)).toEqual(expected);
	});

	it('names the county only where the name is shared, and leads to distinct kommuner', () => {
		const valer = searchKommuner('våler').filter((hit) => hit.kommune.navn === 'Våler');
		expect(valer.map((hit) => [hit.kommune.nummer, hit.kommune.slug])).toEqual([
			['3419', 'valer-innlandet'],
			['3018', 'valer-viken']
		]);
		for (const kommune of KOMMUNER) {
			const hit = searchKommuner(kommune.nummer)[0];
			expect(hit.kommune).toBe(kommune);
			expect(hit.label).toBe(sharesName(kommune) ? `${kommune.navn} (${kommune.fylke})` : kommune.navn);
		}
	});
});

describe('searchKommuner: nominees', () => {
	it.each([
		['batsfjord', 'under'],
		['vestre toten', 'under'],
		['rauma', 'under'],
		['kinn', 'over'],
		['kongsberg', 'over'],
		['arendal', 'over'],
		['tromso', null],
		['østre toten', null]
	])('%s → kategori %s', (query, kategori) => {
		const [hit] = searchKommuner(query);
		expect(hit.kategori).toBe(kategori);
		expect(hit.nominee).toBe(kategori !== null);
	});

	it('marks exactly the six nominees among all kommuner', () => {
		const marked = KOMMUNER.filter((kommune) => searchKommuner(kommune.nummer)[0].nominee).map((k) => k.navn);
		expect(marked.sort()).toEqual(['Arendal', 'Båtsfjord', 'Kinn', 'Kongsberg', 'Rauma', 'Vestre Toten']);
	});
});

describe('searchKommuner: kommunenummer', () => {
	it.each([
		['1539', ['Rauma']],
		['0301', ['Oslo']],
		['03', ['Oslo']],
		['5443', ['Båtsfjord']],
		['0302', []],
		['301', ['Hvaler', 'Aremark', 'Marker', 'Indre Østfold', 'Skiptvet', 'Rakkestad', 'Råde', 'Våler (Viken)']],
		['15390', []],
		['9999', []],
		['1', ['Eigersund', 'Stavanger', 'Haugesund', 'Sandnes', 'Sokndal', 'Lund', 'Bjerkreim', 'Hå']]
	])('%s → %j', (query, expected) => {
		expect(labels(query)).toEqual(expected);
	});

	it('marks a number match as such', () => {
		expect(searchKommuner('1539')[0]).toMatchObject({ match: 'nummer', label: 'Rauma', kategori: 'under' });
	});
});

describe('searchKommuner: input that finds nothing', () => {
	it.each([
		['empty', ''],
		['spaces', '   \t\n'],
		['punctuation only', '-- ,.'],
		['markup', '<script>'],
		['markup with a name inside', '<script>alert(1)</script>'],
		['a word in no name', 'xyzzy'],
		['10 000 characters', 'a'.repeat(10_000)],
		['10 000 characters of markup', '<b>'.repeat(3_334)],
		['a lone surrogate', '\ud800'],
		['null bytes', '\u0000\u0000']
	])('%s', (_, query) => {
		expect(searchKommuner(query)).toEqual([]);
	});

	it('ignores everything past the first 100 characters', () => {
		expect(labels(' '.repeat(MAX_QUERY_LENGTH) + 'oslo')).toEqual([]);
		expect(labels('oslo' + 'x'.repeat(10_000))).toEqual([]);
		expect(labels('oslo' + ' '.repeat(10_000))).toEqual(['Oslo']);
	});

	it('answers 10 000 characters quickly', () => {
		const start = performance.now();
		for (let i = 0; i < 100; i++) searchKommuner(`${i}`.padEnd(10_000, 'æøå-'));
		expect(performance.now() - start).toBeLessThan(500);
	});

	it('never throws on odd arguments', () => {
		expect(searchKommuner(undefined as unknown as string)).toEqual([]);
		expect(searchKommuner(42 as unknown as string)).toEqual([]);
		expect(searchKommuner('oslo', Number.NaN)).toEqual([]);
	});
});

describe('normalise', () => {
	it.each([
		['Båtsfjord', 'batsfjord'],
		['baatsfjord', 'batsfjord'],
		['Tromsø', 'tromso'],
		['tromsoe', 'tromso'],
		['Bærum', 'baerum'],
		['Aurskog-Høland', 'aurskog holand'],
		['Kárášjohka', 'karasjohka'],
		['  Nord -- Odal ', 'nord odal'],
		['<script>', 'script']
	])('%s → %s', (text, expected) => expect(normalise(text)).toBe(expected));
});

describe('KOMMUNER', () => {
	it('is left as it was by searching', () => {
		const before = JSON.stringify(KOMMUNER);
		const order = KOMMUNER.map((k) => k.nummer);
		for (const query of ['a', 'fjord', 'valer', '1', '', '<script>', 'tromso']) {
			for (const hit of searchKommuner(query, 400)) {
				hit.label = 'changed';
				hit.nominee = !hit.nominee;
			}
		}
		expect(JSON.stringify(KOMMUNER)).toBe(before);
		expect(KOMMUNER.map((k) => k.nummer)).toEqual(order);
		expect(labels('tromso')).toEqual(['Tromsø']);
		expect(labels('rauma')).toEqual(['Rauma']);
	});
});
