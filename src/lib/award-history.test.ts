import { describe, expect, it } from 'vitest';
import {
	AWARD_YEARS,
	classNote,
	describeNomination,
	describeReform,
	editionOf,
	formatDate,
	historyOf,
	listNames,
	placeNote,
	resultSentence,
	sourceLabel,
	winnersOf,
	yearMarks
} from './award-history';
import { kommuneByNummer, kommuneBySlug } from './geography';

const nummerOf = (slug: string) => kommuneBySlug(slug)!.nummer;
const marksBySlug = (...args: Parameters<typeof yearMarks>) =>
	Object.fromEntries(yearMarks(...args).map((mark) => [kommuneByNummer(mark.nummer)!.slug, mark]));

describe('yearMarks', () => {
	it('marks the six nominees of 2021, Rauma and Arendal as winners', () => {
		const marks = marksBySlug(2021);
		expect(Object.keys(marks).sort()).toEqual(['arendal', 'batsfjord', 'kinn', 'kongsberg', 'rauma', 'vestre-toten']);
		expect(
			Object.entries(marks)
				.filter(([, m]) => m.vinner)
				.map(([slug]) => slug)
				.sort()
		).toEqual(['arendal', 'rauma']);
		expect(marks.rauma).toEqual({ nummer: '1539', kategori: 'under', vinner: true, years: [2021] });
		expect(marks.kinn).toEqual({ nummer: '4602', kategori: 'over', vinner: false, years: [2021] });
	});

	it.each([
		[2019, ['alesund', 'arendal', 'holmestrand', 'rauma', 'ringsaker', 'stavanger']],
		[2022, ['rana', 'tysvaer']],
		[2023, ['amli', 'fyresdal', 'halden', 'narvik', 'rost', 'sandefjord']],
		[2024, ['asker', 'hamaroy', 'kongsvinger', 'kvitsoy', 'notodden', 'sandefjord']],
		[2025, ['asker', 'drammen', 'kongsvinger', 'sigdal', 'sykkylven', 'tinn']],
		[2020, []],
		[1999, []]
	])('marks the nominees of %i on the map of 2020–2023', (year, slugs) => {
		expect(Object.keys(marksBySlug(year)).sort()).toEqual(slugs);
	});

	it('places 2019 and 2024–2025 nominees across the reforms: Haram on Ålesund, Sande on Holmestrand, Asker 3203 on 3025', () => {
		expect(marksBySlug(2019).alesund).toEqual({ nummer: '1507', kategori: 'under', vinner: true, years: [2019] });
		expect(marksBySlug(2019).holmestrand).toMatchObject({ nummer: '3802', vinner: false });
		expect(marksBySlug(2024).asker).toMatchObject({ nummer: '3025', kategori: 'over', vinner: false });
	});

	it('says a winner is unknown where no source states it', () => {
		for (const mark of yearMarks(2025)) expect(mark.vinner).toBeNull();
		expect(marksBySlug(2022).tysvaer.vinner).toBe(true);
	});

	it('with "alle", gives every kommune ever nominated with its years, winners marked', () => {
		const all = marksBySlug('alle');
		// 6 in 2019, then 4, 2, 6, 5 and 4 more (Rauma, Arendal, Sandefjord, Asker and Kongsvinger recur).
		expect(Object.keys(all)).toHaveLength(27);
		expect(all.rauma).toEqual({ nummer: '1539', kategori: 'under', vinner: true, years: [2019, 2021] });
		expect(all.arendal).toEqual({ nummer: '4203', kategori: 'over', vinner: true, years: [2019, 2021] });
		expect(all.sandefjord).toEqual({ nummer: '3804', kategori: 'over', vinner: true, years: [2023, 2024] });
		// Asker lost in 2024; the 2025 winners are unknown.
		expect(all.asker).toEqual({ nummer: '3025', kategori: 'over', vinner: null, years: [2024, 2025] });
		expect(all.kongsvinger.years).toEqual([2024, 2025]);
		expect(all.kinn.vinner).toBe(false);
	});

	it('keeps to one class when asked', () => {
		expect(yearMarks(2021, 'under').map((m) => m.nummer)).toEqual(['1539', '3443', '5443']);
		for (const mark of yearMarks('alle', 'over')) expect(mark.kategori).toBe('over');
		expect(marksBySlug('alle', 'under').arendal).toBeUndefined();
	});

	it('is sorted by kommunenummer and gives fresh objects each time', () => {
		const marks = yearMarks('alle');
		expect(marks.map((m) => m.nummer)).toEqual([...marks.map((m) => m.nummer)].sort());
		marks[0].years.push(1900);
		expect(yearMarks('alle')[0].years).not.toContain(1900);
	});
});

describe('historyOf and its words', () => {
	const words = (slug: string) => historyOf(nummerOf(slug)).map((entry) => [describeNomination(entry), describeReform(entry)]);

	it.each([
		[
			'rauma',
			[
				['Nominert 2019 (under 15\u00a0000 innbyggere)', null],
				['Vinner 2021 (under 15\u00a0000 innbyggere)', null]
			]
		],
		[
			'alesund',
			[
				[
					'Vinner 2019 som Haram (under 15\u00a0000 innbyggere)',
					'Haram var egen kommune i 2019, lå i Ålesund 2020–2023 og er egen kommune igjen fra 2024 (kommunenummer 1580).'
				]
			]
		],
		[
			'holmestrand',
			[
				[
					'Nominert 2019 som Sande (under 15\u00a0000 innbyggere)',
					'Sande var egen kommune i 2019 og har vært en del av Holmestrand siden 2020.'
				]
			]
		],
		[
			'asker',
			[
				['Nominert 2024 (over 15\u00a0000 innbyggere)', null],
				['Nominert 2025 (over 15\u00a0000 innbyggere), vinnerne er ikke kjent', null]
			]
		],
		['oslo', []]
	])('%s → %j', (slug, expected) => {
		expect(words(slug)).toEqual(expected);
	});
});

describe('resultSentence', () => {
	it.each([
		[2019, 'Haram og Stavanger vant 9. april 2019.'],
		[2021, 'Rauma og Arendal vant 2. mars 2021.'],
		[2022, 'Tysvær og Rana vant; datoen er ikke kjent.'],
		[2023, 'Fyresdal og Halden vant 15. mars 2023.'],
		[2024, 'Kvitsøy og Sandefjord vant 13. februar 2024.'],
		[2025, 'Vinnerne er ikke kjent; kåringen var satt til 1. april 2025.']
	])('%i: %s', (year, sentence) => {
		expect(resultSentence(editionOf(year)!)).toBe(sentence);
	});

	it('covers every year of the award', () => {
		expect(AWARD_YEARS).toEqual([2019, 2021, 2022, 2023, 2024, 2025]);
		expect(winnersOf(editionOf(2021)!).map((n) => n.navn)).toEqual(['Rauma', 'Arendal']);
	});
});

describe('small helpers', () => {
	it.each([
		['2021-03-02', '2. mars 2021'],
		['2019-04-09', '9. april 2019'],
		['2024-12-31', '31. desember 2024']
	])('formatDate(%s) → %s', (iso, text) => expect(formatDate(iso)).toBe(text));

	it.each([
		[[], ''],
		[['Rauma'], 'Rauma'],
		[['Rauma', 'Arendal'], 'Rauma og Arendal'],
		[['Sigdal', 'Tinn', 'Drammen'], 'Sigdal, Tinn og Drammen']
	])('listNames(%j) → %s', (names, text) => expect(listNames(names)).toBe(text));

	it('places and qualifies nominees in words', () => {
		const n2019 = editionOf(2019)!.nominerte;
		expect(n2019.map(placeNote)).toEqual(['i Ålesund 2020–2023', 'nå en del av Holmestrand', null, null, null, null]);
		expect(editionOf(2023)!.nominerte.map(classNote)).toEqual([
			null,
			'klassen følger av at de to andre i klassen er oppgitt',
			'klassen følger av at de to andre i klassen er oppgitt',
			null,
			null,
			null
		]);
	});

	it.each([
		['https://www.nho.no/tema/offentlig-sektor-og-naeringslivet/artikler/vinnere-2023/', 'nho.no › vinnere-2023'],
		[
			'https://www.rauma.kommune.no/aktuelt/rauma-er-arets-vertskapskommune.10628.aspx',
			'rauma.kommune.no › rauma-er-arets-vertskapskommune.10628'
		],
		[
			'https://tenksandefjord.no/blogg/tenk-fremover/%C3%A5rets-vertskapskommune-for-naeringslivet/',
			'tenksandefjord.no › årets-vertskapskommune-for-naeringslivet'
		],
		['https://example.org/', 'example.org'],
		['https://example.org/%E0%A4%A/', 'example.org › %E0%A4%A']
	])('sourceLabel(%s) → %s', (url, label) => expect(sourceLabel(url)).toBe(label));
});
