import { describe, expect, it } from 'vitest';
import { KOMMUNER, sharesName } from '../kommuner/geography';
import { formerKommunerIn, MAX_QUERY_LENGTH, normalise, searchKommuner, type MatchKind } from './search';
import { NOMINEES } from '../award/nominees';
import { historyOf } from '../award/award-history';

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

describe('searchKommuner: short queries rank whole names and word starts above inside-word matches', () => {
	it.each([
		['Os', ['Os', 'Osen', 'Oslo']],
		['os', ['Os', 'Osen', 'Oslo']],
		['Bø', ['Bø', 'Bømlo']],
		['bo', ['Bø', 'Bodø', 'Bokn', 'Bømlo']],
		['Hå', ['Hå']],
		['Ås', ['Ås', 'Åseral', 'Åsnes']]
	])('%s → %j first', (query, first) => {
		expect(labels(query).slice(0, first.length)).toEqual(first);
	});

	it('lists Frosta (inside the word) only after every name that starts with "os"', () => {
		const all = labels('os', 100);
		expect(all.indexOf('Frosta')).toBeGreaterThan(all.indexOf('Oslo'));
		expect(all.indexOf('Frosta')).toBeGreaterThan(all.indexOf('Indre Østfold'));
	});

	it.each(['os', 'bø', 'sand', 'fjord', 'vik', 'a', 'haram', 'guov', 'flo'])(
		'never ranks a weaker match above a stronger one for "%s"',
		(query) => {
			const order: MatchKind[] = ['exact', 'prefix', 'word', 'anywhere'];
			const ranks = searchKommuner(query, 400).map((hit) => order.indexOf(hit.match));
			expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
		}
	);
});

describe('searchKommuner: the other names readers know a kommune by', () => {
	it.each([
		['Guovdageaidnu', 'Kautokeino', 'offisielt navn: Guovdageaidnu – Kautokeino'],
		['guovda', 'Kautokeino', 'offisielt navn: Guovdageaidnu – Kautokeino'],
		['Porsáŋgu', 'Porsanger', 'offisielt navn: Porsanger – Porsáŋgu – Porsanki'],
		['porsangu', 'Porsanger', 'offisielt navn: Porsanger – Porsáŋgu – Porsanki'],
		['Porsanki', 'Porsanger', 'offisielt navn: Porsanger – Porsáŋgu – Porsanki'],
		['Kárášjohka', 'Karasjok', 'offisielt navn: Kárášjohka – Karasjok'],
		['karasjohka', 'Karasjok', 'offisielt navn: Kárášjohka – Karasjok'],
		['Tråante', 'Trondheim', 'offisielt navn: Trondheim – Tråante'],
		['Hábmer', 'Hamarøy', 'offisielt navn: Hábmer – Hamarøy'],
		['Unjárga', 'Nesseby', 'offisielt navn: Unjárga – Nesseby'],
		['Deatnu', 'Tana', 'offisielt navn: Deatnu – Tana'],
		['Flora', 'Kinn', 'Flora: tidligere kommune, nå del av Kinn'],
		['vagsoy', 'Kinn', 'Vågsøy: tidligere kommune, nå del av Kinn'],
		['Haram', 'Ålesund', 'Haram: del av Ålesund 2020–2023, egen kommune igjen fra 2024 (1580)']
	])('%s → %s, saying why: %s', (query, label, reason) => {
		const [first] = searchKommuner(query);
		expect(first.label).toBe(label);
		expect(first.reason).toBe(reason);
	});

	it('finds both Sandes: the kommune called Sande, then Holmestrand, which holds Sande in Vestfold', () => {
		const hits = searchKommuner('sande');
		expect(hits.slice(0, 2).map((hit) => [hit.label, hit.reason])).toEqual([
			['Sande', null],
			['Holmestrand', 'Sande (Vestfold): tidligere kommune, nå del av Holmestrand']
		]);
	});

	it('finds a kommune by its own name before another by a name it once had or has beside', () => {
		expect(labels('kautokeino')).toEqual(['Kautokeino']);
		expect(searchKommuner('kautokeino')[0].reason).toBeNull();
		expect(searchKommuner('kautokeino')[0].offisieltNavn).toBe('Guovdageaidnu – Kautokeino');
		expect(searchKommuner('oslo')[0].offisieltNavn).toBeNull();
	});

	it.each([
		['Oslo kommune', ['Oslo']],
		['oslo KOMMUNE', ['Oslo']],
		['Oslo, kommune', ['Oslo']],
		['Kinn kommune', ['Kinn']],
		['Guovdageaidnu kommune', ['Kautokeino']],
		['kommune', []],
		['kommune oslo', []]
	])('drops a trailing "kommune": %s → %j', (query, expected) => {
		expect(labels(query)).toEqual(expected);
	});
});

describe('formerKommunerIn', () => {
	it("reads the former kommuner from Kinn's justification, and none from the others", () => {
		const found = NOMINEES.map((n) => [n.navn, n.begrunnelse.flatMap(formerKommunerIn)]);
		expect(found).toEqual([
			['Båtsfjord', []],
			['Vestre Toten', []],
			['Rauma', []],
			['Kinn', ['Flora', 'Vågsøy']],
			['Kongsberg', []],
			['Arendal', []]
		]);
	});

	it.each([
		['som resultat av sammenslåing av kommunene Flora og Vågsøy.', ['Flora', 'Vågsøy']],
		['etter sammenslåing av kommunene Hof, Sande og Holmestrand i 2020', ['Hof', 'Sande', 'Holmestrand']],
		['sammenslåing av kommunene', []],
		['ingen sammenslåing her', []]
	])('%s → %j', (text, names) => expect(formerKommunerIn(text)).toEqual(names));
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
	it('names each kommune’s most recent nomination in any edition, and none for the others', () => {
		for (const kommune of KOMMUNER) {
			const last = historyOf(kommune.nummer).at(-1);
			const [hit] = searchKommuner(kommune.nummer);
			expect(hit.latest, kommune.navn).toEqual(
				last ? { year: last.year, kategori: last.nomination.kategori, vinner: last.nomination.vinner } : null
			);
		}
	});

	it.each([
		['halden', { year: 2023, kategori: 'over', vinner: true }],
		['sogndal', { year: 2022, kategori: 'under', vinner: false }],
		['kinn', { year: 2022, kategori: 'over', vinner: false }],
		['tromso', null]
	])('%s → %j (today’s file, pinned as an example)', (query, latest) => {
		expect(searchKommuner(query)[0].latest).toEqual(latest);
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
		expect(searchKommuner('1539')[0]).toMatchObject({ match: 'nummer', label: 'Rauma', reason: null });
	});

	it.each([
		['5632', 'Båtsfjord', 'kommunenummer 5632 fra 2024'],
		['3303', 'Kongsberg', 'kommunenummer 3303 fra 2024'],
		['3203', 'Asker', 'kommunenummer 3203 fra 2024'],
		['5612', 'Kautokeino', 'kommunenummer 5612 fra 2024: Guovdageaidnu – Kautokeino'],
		['1580', 'Ålesund', 'kommunenummer 1580 fra 2024: Haram'],
		['1508', 'Ålesund', 'kommunenummer 1508 fra 2024']
	])('finds %s, a number from 2024: %s, saying so', (query, label, reason) => {
		expect(searchKommuner(query).map((hit) => [hit.label, hit.match, hit.reason])).toEqual([[label, 'nummer2024', reason]]);
	});

	it('finds a kommune by its number of 2020–2023 first, and by its number from 2024 only where that does not', () => {
		const hits = searchKommuner('3', 400);
		expect(hits.every((hit) => hit.match === 'nummer')).toBe(true);
		expect(hits.map((hit) => hit.kommune.nummer)).toEqual(
			KOMMUNER.map((k) => k.nummer)
				.filter((n) => n.startsWith('3'))
				.sort()
		);
		expect(labels('56')).toEqual(['Alta', 'Hammerfest', 'Sør-Varanger', 'Vadsø', 'Karasjok', 'Kautokeino', 'Loppa', 'Hasvik']);
		// Once per kommune: Ålesund by 1507 only, not again by 1508 or 1580.
		expect(labels('15', 100).filter((label) => label === 'Ålesund')).toEqual(['Ålesund']);
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
		['null bytes', '\u0000\u0000'],
		['five digits', '56321'],
		['digits with a sign', '-5632'],
		['digits split by a space', '56 32'],
		['digits of another script', '\u0665\u0666\u0663\u0662'],
		['a number and "kommune" run together', '5632kommune'],
		['Sámi letters alone', 'ŋđŧ'],
		['emoji', '🏆🏆'],
		['"kommune" twice', 'kommune kommune']
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
		['<script>', 'script'],
		['Porsáŋgu', 'porsangu'],
		['Unjárga', 'unjarga'],
		['ŊĐŦ', 'ndt']
	])('%s → %s', (text, expected) => expect(normalise(text)).toBe(expected));
});

describe('KOMMUNER', () => {
	it('is left as it was by searching', () => {
		const before = JSON.stringify(KOMMUNER);
		const order = KOMMUNER.map((k) => k.nummer);
		for (const query of ['a', 'fjord', 'valer', '1', '', '<script>', 'tromso']) {
			for (const hit of searchKommuner(query, 400)) {
				hit.label = 'changed';
				hit.latest = null;
			}
		}
		expect(JSON.stringify(KOMMUNER)).toBe(before);
		expect(KOMMUNER.map((k) => k.nummer)).toEqual(order);
		expect(labels('tromso')).toEqual(['Tromsø']);
		expect(labels('rauma')).toEqual(['Rauma']);
	});
});
