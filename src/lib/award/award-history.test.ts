import { describe, expect, it } from 'vitest';
import {
	AWARD_EDITIONS,
	AWARD_YEARS,
	classNote,
	describeNomination,
	describeReform,
	editionOf,
	formatDate,
	historyOf,
	listNames,
	placeNote,
	releaseDate,
	resultSentence,
	sourceLabel,
	winnersOf,
	yearMarks,
	type AwardEdition,
	type AwardNomination
} from './award-history';

/** A nomination made up for the wording tests; the real ones come from the shared file. */
function nomination(change: Partial<AwardNomination> = {}): AwardNomination {
	return {
		navn: 'Rauma',
		kommunenummer: '1539',
		fylke: 'Møre og Romsdal',
		kategori: 'under',
		kategoriKjent: 'kilde',
		vinner: false,
		merknad: null,
		kommune: { nummer: '1539', navn: 'Rauma', slug: 'rauma' },
		tidligereKommune: null,
		...change
	};
}
function edition(change: Partial<AwardEdition> = {}): AwardEdition {
	return {
		year: 2021,
		struktur: 2020,
		kunngjort: '2021-03-02',
		arrangement: 'Kommunalpolitisk toppmøte',
		sted: null,
		forslag: null,
		nominerteKjent: true,
		vinnereKjent: true,
		nominerte: [nomination({ vinner: true }), nomination({ navn: 'Arendal', kategori: 'over', vinner: true })],
		kildeForVinnerne: null,
		kildeForPressemeldingen: null,
		pressemeldingSenest: null,
		merknad: null,
		...change
	};
}

describe('yearMarks', () => {
	it.each(AWARD_EDITIONS.map((e) => [e.year, e] as const))('marks the nominees of %i, each once, winners as the file says', (year, e) => {
		const marks = yearMarks(year);
		expect(marks.map((m) => m.nummer).sort()).toEqual([...new Set(e.nominerte.map((n) => n.kommune.nummer))].sort());
		for (const n of e.nominerte) {
			expect(marks.find((m) => m.nummer === n.kommune.nummer)).toMatchObject({ kategori: n.kategori, vinner: n.vinner, years: [year] });
		}
	});

	it('marks nothing for a year without an award or outside the history', () => {
		expect(yearMarks(2020)).toEqual([]);
		expect(yearMarks(1999)).toEqual([]);
	});

	it('with "alle", gives every kommune ever nominated once, with all its years, a winner in any of them marked', () => {
		const all = yearMarks('alle');
		const everNominated = new Set(AWARD_EDITIONS.flatMap((e) => e.nominerte.map((n) => n.kommune.nummer)));
		expect(all.map((m) => m.nummer).sort()).toEqual([...everNominated].sort());
		for (const mark of all) {
			const entries = historyOf(mark.nummer);
			expect(mark.years).toEqual(entries.map((entry) => entry.year));
			const won = entries.map((entry) => entry.nomination.vinner);
			expect(mark.vinner).toBe(won.includes(true) ? true : won.includes(null) ? null : false);
			const classes = new Set(entries.map((entry) => entry.nomination.kategori));
			expect(mark.kategori).toBe(classes.size === 1 ? [...classes][0] : null);
		}
	});

	it('keeps to one class when asked', () => {
		for (const year of [...AWARD_YEARS, 'alle' as const]) {
			for (const kategori of ['under', 'over'] as const) {
				const marks = yearMarks(year, kategori);
				expect(marks.length).toBeGreaterThan(0);
				for (const mark of marks) expect(historyOf(mark.nummer).some((entry) => entry.nomination.kategori === kategori)).toBe(true);
			}
		}
	});

	it('is sorted by kommunenummer and gives fresh objects each time', () => {
		const marks = yearMarks('alle');
		expect(marks.map((m) => m.nummer)).toEqual([...marks.map((m) => m.nummer)].sort());
		marks[0].years.push(1900);
		expect(yearMarks('alle')[0].years).not.toContain(1900);
	});
});

describe('the words for a nomination', () => {
	it.each([
		[nomination({ vinner: true }), 2021, 'Vinner 2021 (under 15\u00a0000 innbyggere)'],
		[nomination({ kategori: 'over' }), 2024, 'Nominert 2024 (over 15\u00a0000 innbyggere)'],
		[nomination({ vinner: null }), 2025, 'Nominert 2025 (under 15\u00a0000 innbyggere), vinnerne er ikke kjent'],
		[
			nomination({ navn: 'Haram', vinner: true, kommune: { nummer: '1507', navn: 'Ålesund', slug: 'alesund' } }),
			2019,
			'Vinner 2019 som Haram (under 15\u00a0000 innbyggere)'
		]
	])('describeNomination → %s', (n, year, text) => {
		expect(describeNomination({ year, nomination: n })).toBe(text);
	});

	it('says where a nominee was another kommune then, and whether it is its own again', () => {
		const alesund = { nummer: '1507', navn: 'Ålesund', slug: 'alesund' };
		const haram = nomination({ navn: 'Haram', kommune: alesund, tidligereKommune: { igjenFra2024: { nummer: '1580', navn: 'Haram' } } });
		const sande = nomination({ navn: 'Sande', kommune: { ...alesund, navn: 'Holmestrand' }, tidligereKommune: { igjenFra2024: null } });
		expect(describeReform({ year: 2019, nomination: haram })).toBe(
			'Haram var egen kommune i 2019, lå i Ålesund 2020–2023 og er egen kommune igjen fra 2024 (kommunenummer 1580).'
		);
		expect(describeReform({ year: 2019, nomination: sande })).toBe(
			'Sande var egen kommune i 2019 og har vært en del av Holmestrand siden 2020.'
		);
		expect(describeReform({ year: 2021, nomination: nomination() })).toBeNull();
		expect([haram, sande, nomination()].map(placeNote)).toEqual(['i Ålesund 2020–2023', 'nå en del av Holmestrand', null]);
	});

	it('says what a class rests on where no source states it, never in a circle', () => {
		expect(classNote(nomination())).toBeNull();
		expect(classNote(nomination({ kategoriKjent: 'utelukkelse' }))).toBe(
			'klassen er ikke oppgitt, men de tre nominerte i den andre klassen er det'
		);
		expect(classNote(nomination({ kategoriKjent: 'innbyggertall' }))).toBe(
			'klassen er ikke oppgitt, men innbyggertallet er langt under 15\u00a0000'
		);
		expect(classNote(nomination({ kategoriKjent: 'innbyggertall', kategori: 'over' }))).toBe(
			'klassen er ikke oppgitt, men innbyggertallet er langt over 15\u00a0000'
		);
	});
});

describe('the words for an edition', () => {
	it.each([
		[edition(), 'Rauma og Arendal vant 2. mars 2021.'],
		[edition({ kunngjort: null }), 'Rauma og Arendal vant; datoen er ikke kjent.'],
		[edition({ vinnereKjent: false, kunngjort: '2025-04-01' }), 'Vinnerne er ikke kjent; kåringen var satt til 1. april 2025.'],
		[edition({ vinnereKjent: false, kunngjort: null }), 'Vinnerne er ikke kjent.']
	])('resultSentence → %s', (e, sentence) => {
		expect(resultSentence(e)).toBe(sentence);
	});

	it('says when the press release came out, as far as the sources tell', () => {
		expect(releaseDate(edition({ pressemeldingSenest: { dato: '2021-02-25', kilde: 'https://example.org/' } }))).toBe(
			'publisert senest 25. februar 2021'
		);
		expect(releaseDate(edition())).toBe('sendt ut før kåringen 2. mars 2021');
		expect(releaseDate(edition({ kunngjort: null }))).toBeNull();
	});

	it('names the winners in the file’s order', () => {
		for (const e of AWARD_EDITIONS) expect(winnersOf(e)).toEqual(e.nominerte.filter((n) => n.vinner === true));
		expect(AWARD_YEARS).toEqual(AWARD_EDITIONS.map((e) => e.year));
	});
});

/**
 * Today's facts, pinned on purpose: the shared file is kept by hand, and a wrong edit (a nominee
 * dropped, a winner moved, a merger placed on the wrong kommune) should be noticed here rather than
 * on the site. When the file changes for a good reason, change this test with it.
 */
describe('the history as the shared file has it on 2026-12-04', () => {
	const names = (year: number) => editionOf(year)!.nominerte.map((n) => n.navn);
	const years = (nummer: string) => historyOf(nummer).map((entry) => entry.year);

	it('has six nominees in every edition, 2022 among them, and the known winners', () => {
		expect(AWARD_YEARS).toEqual([2019, 2021, 2022, 2023, 2024, 2025]);
		expect(names(2022)).toEqual(['Sogndal', 'Tysvær', 'Flatanger', 'Kongsvinger', 'Kinn', 'Rana']);
		for (const year of AWARD_YEARS) expect(names(year)).toHaveLength(6);
		expect(AWARD_YEARS.map((year) => winnersOf(editionOf(year)!).map((n) => n.navn))).toEqual([
			['Haram', 'Stavanger'],
			['Rauma', 'Arendal'],
			['Tysvær', 'Rana'],
			['Fyresdal', 'Halden'],
			['Kvitsøy', 'Sandefjord'],
			[]
		]);
		expect(yearMarks('alle')).toHaveLength(29);
	});

	it('has Kinn nominated twice, Kongsvinger three times, Haram on Ålesund and Asker on its 2020–2023 number', () => {
		expect(years('4602')).toEqual([2021, 2022]);
		expect(years('3401')).toEqual([2022, 2024, 2025]);
		expect(historyOf('1507').map((entry) => [entry.year, entry.nomination.navn, entry.nomination.vinner])).toEqual([[2019, 'Haram', true]]);
		expect(historyOf('3802').map((entry) => entry.nomination.navn)).toEqual(['Sande']);
		expect(years('3025')).toEqual([2024, 2025]);
	});

	it('dates the 2021 release by 25 February 2021 and grounds four 2023–2024 classes on population', () => {
		expect(editionOf(2021)!.pressemeldingSenest?.dato).toBe('2021-02-25');
		const byPopulation = AWARD_EDITIONS.filter((e) => e.year < 2025).flatMap((e) =>
			e.nominerte.filter((n) => n.kategoriKjent === 'innbyggertall').map((n) => `${e.year} ${n.navn}`)
		);
		expect(byPopulation).toEqual(['2023 Røst', '2023 Åmli', '2024 Hamarøy', '2024 Kvitsøy']);
		expect(AWARD_EDITIONS.flatMap((e) => e.nominerte).filter((n) => n.kategoriKjent === 'utelukkelse')).toEqual([]);
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
