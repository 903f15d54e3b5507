import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AwardHistoryError, parseAwardHistory, placeNominees, RELEASE_FILE, type AwardHistorySource } from './award-history';
import { buildCrosswalk, readKommuner } from './crosswalk';
import { PROJECT_ROOT, sharedPath } from './shared-dir';
import { kommuneSlugs } from '../src/lib/kommuner/kommune-slugs';
import { COUNTY_NAMES, countyNumberOf } from '../src/lib/kommuner/counties';

const HISTORY_PATH = sharedPath('content', 'kaaringen-2019-2025.json');
const historyText = readFileSync(HISTORY_PATH, 'utf8');
const kommuner2020 = readKommuner(readFileSync(sharedPath('geo', 'kommuner-2020.topojson'), 'utf8'), 'kommuner-2020.topojson', 'navn');
const crosswalk = buildCrosswalk(
	kommuner2020,
	readKommuner(readFileSync(sharedPath('geo', 'kommuner-2024.topojson'), 'utf8'), 'kommuner-2024.topojson', 'name')
);
const slugs = kommuneSlugs(kommuner2020.map((k) => ({ navn: k.navn, fylke: COUNTY_NAMES[countyNumberOf(k.nummer)] })));
const index = kommuner2020.map((k, i) => ({ nummer: k.nummer, navn: k.navn, slug: slugs[i] }));
const place = (history: AwardHistorySource) => placeNominees(history, index, crosswalk, 'kaaringen.json');

/**
 * A made-up history in the file's format, on the real kommuner: it holds every case the placing
 * must handle (the 2019, 2020–2023 and 2024 structures, a merger named in a note, a kommune split
 * off again in 2024, unknown winners, a year without an award), so these tests do not depend on what
 * the shared file happens to say today.
 */
const FIXTURE = {
	editions: [
		{
			year: 2019,
			announced: '2019-04-09',
			event: 'Toppmøtet',
			structure: '2019 (422 kommuner)',
			proposals: null,
			nominees: [
				{
					navn: 'Haram',
					kommunenummer: '1534',
					fylke: 'Møre og Romsdal',
					class: 'under',
					classFrom: 'source',
					winner: true,
					note: 'Merged into Ålesund (1507) on 1 January 2020; Haram was re-established as kommune 1580 on 1 January 2024.'
				},
				{
					navn: 'Sande',
					kommunenummer: '0713',
					fylke: 'Vestfold',
					class: 'under',
					classFrom: 'source',
					winner: false,
					note: 'Merged with Holmestrand into Holmestrand (3802) on 1 January 2020.'
				},
				{
					navn: 'Ringsaker',
					kommunenummer: '0412',
					fylke: 'Hedmark',
					class: 'over',
					classFrom: 'source',
					winner: false,
					note: '3411 from 2020.'
				},
				{ navn: 'Rauma', kommunenummer: '1539', fylke: 'Møre og Romsdal', class: 'under', classFrom: 'source', winner: false }
			],
			sources: [{ url: 'https://example.org/2019', states: 'the finalists' }]
		},
		{ year: 2020, none: 'No award in 2020.', sources: [{ url: 'https://example.org/2020', states: 'no award' }] },
		{
			year: 2021,
			announced: '2021-03-02',
			event: 'Kommunalpolitisk toppmøte, Oslo',
			structure: '2020–2023 (356 kommuner)',
			proposals: 26,
			pressReleaseBy: '2021-02-25',
			note: 'An edition note.',
			nominees: [
				{ navn: 'Rauma', kommunenummer: '1539', fylke: 'Møre og Romsdal', class: 'under', classFrom: 'source', winner: true },
				{ navn: 'Røst', kommunenummer: '1856', fylke: 'Nordland', class: 'under', classFrom: 'elimination', winner: false },
				{ navn: 'Kinn', kommunenummer: '4602', fylke: 'Vestland', class: 'over', classFrom: 'population', winner: false }
			],
			sources: [
				{ url: 'https://example.org/release', states: `the nominees (the press release in ${RELEASE_FILE})` },
				{ url: 'https://example.org/winners', states: 'Rauma won' },
				{ url: 'https://example.org/paper', states: 'a paper printed the release on 25 February 2021' }
			]
		},
		{
			year: 2024,
			announced: null,
			event: 'Kommunalpolitisk toppmøte',
			structure: '2024 (357 kommuner)',
			proposals: null,
			nominees: [
				{ navn: 'Asker', kommunenummer: '3203', fylke: 'Akershus', class: 'over', classFrom: 'source', winner: true },
				{ navn: 'Haram', kommunenummer: '1580', fylke: 'Møre og Romsdal', class: 'under', classFrom: 'source', winner: false }
			],
			sources: [{ url: 'https://example.org/2024', states: 'Asker won' }]
		},
		{
			year: 2025,
			announced: '2025-04-01',
			event: 'Kommunalpolitisk toppmøte',
			structure: '2024 (357 kommuner)',
			proposals: null,
			winnersKnown: false,
			nominees: [{ navn: 'Tinn', kommunenummer: '4026', fylke: 'Telemark', class: 'under', classFrom: 'population', winner: null }],
			sources: [{ url: 'https://example.org/2025', states: 'the nominees' }]
		}
	]
};
const fixtureText = JSON.stringify(FIXTURE);

/** The fixture with one edit applied to a copy. */
function edited(change: (data: { editions: Record<string, unknown>[] }) => void, text = fixtureText): string {
	const data = JSON.parse(text);
	change(data);
	return JSON.stringify(data);
}
const edition = (data: { editions: Record<string, unknown>[] }, year: number) => data.editions.find((e) => e.year === year)!;
const nomineeOf = (data: { editions: Record<string, unknown>[] }, year: number, navn: string) =>
	(edition(data, year).nominees as Record<string, unknown>[]).find((n) => n.navn === navn)!;

describe('placeNominees', () => {
	const { editions, sources, withoutAward } = place(parseAwardHistory(fixtureText, 'fixture.json'));
	const placed = (year: number, navn: string) => editions.find((e) => e.year === year)!.nominerte.find((n) => n.navn === navn)!;

	it('reads the editions oldest first, and a year without an award apart with its note', () => {
		expect(editions.map((e) => e.year)).toEqual([2019, 2021, 2024, 2025]);
		expect(withoutAward).toEqual([{ year: 2020, merknad: 'No award in 2020.', kilder: ['https://example.org/2020'] }]);
		expect(Object.keys(sources).map(Number)).toEqual([2019, 2021, 2024, 2025]);
	});

	it.each([
		// 2019: by the 2020–2023 number the note names, or the same number and name.
		[2019, 'Haram', '1507', 'Ålesund'],
		[2019, 'Sande', '3802', 'Holmestrand'],
		[2019, 'Ringsaker', '3411', 'Ringsaker'],
		[2019, 'Rauma', '1539', 'Rauma'],
		// 2020–2023: the number itself.
		[2021, 'Kinn', '4602', 'Kinn'],
		// 2024: through the crosswalk, a split-off kommune included.
		[2024, 'Asker', '3025', 'Asker'],
		[2024, 'Haram', '1507', 'Ålesund'],
		[2025, 'Tinn', '3818', 'Tinn']
	])('%i %s → %s %s', (year, navn, nummer, kommune) => {
		expect(placed(year, navn).kommune).toMatchObject({ nummer, navn: kommune });
	});

	it('says where a nominee was another kommune, and whether it is its own again from 2024', () => {
		expect(placed(2019, 'Haram').tidligereKommune).toEqual({ igjenFra2024: { nummer: '1580', navn: 'Haram' } });
		expect(placed(2019, 'Sande').tidligereKommune).toEqual({ igjenFra2024: null });
		expect(placed(2019, 'Ringsaker').tidligereKommune).toBeNull();
		expect(placed(2024, 'Asker').tidligereKommune).toBeNull();
	});

	it('keeps the facts as written: classes and how they are known, winners, unknowns, notes', () => {
		expect(placed(2021, 'Rauma')).toMatchObject({ vinner: true, kategori: 'under', kategoriKjent: 'kilde', merknad: null });
		expect(placed(2021, 'Røst').kategoriKjent).toBe('utelukkelse');
		expect(placed(2021, 'Kinn')).toMatchObject({ kategori: 'over', kategoriKjent: 'innbyggertall' });
		expect(placed(2025, 'Tinn').vinner).toBeNull();
		expect(placed(2019, 'Ringsaker').merknad).toBe('3411 from 2020.');
		const byYear = Object.fromEntries(editions.map((e) => [e.year, e]));
		expect(byYear[2021]).toMatchObject({
			kunngjort: '2021-03-02',
			arrangement: 'Kommunalpolitisk toppmøte',
			sted: 'Oslo',
			forslag: 26,
			struktur: 2020,
			nominerteKjent: true,
			vinnereKjent: true,
			merknad: 'An edition note.'
		});
		expect(byYear[2019]).toMatchObject({ sted: null, forslag: null, struktur: 2019, merknad: null });
		expect(byYear[2024]).toMatchObject({ kunngjort: null, struktur: 2024 });
		expect(byYear[2025].vinnereKjent).toBe(false);
	});

	it('finds the sources for the winners, the press release and the day it was public by', () => {
		const byYear = Object.fromEntries(editions.map((e) => [e.year, e]));
		expect(byYear[2021].kildeForVinnerne).toBe('https://example.org/winners');
		expect(byYear[2021].kildeForPressemeldingen).toBe('https://example.org/release');
		expect(byYear[2021].pressemeldingSenest).toEqual({ dato: '2021-02-25', kilde: 'https://example.org/paper' });
		expect(byYear[2019].kildeForVinnerne).toBeNull();
		expect(byYear[2024].pressemeldingSenest).toBeNull();
		expect(byYear[2025].kildeForVinnerne).toBeNull();
	});

	it('names the file, the year and the nominee that matches no kommune', () => {
		const wrongNumber = edited((d) => (nomineeOf(d, 2021, 'Kinn').kommunenummer = '4699'));
		expect(() => place(parseAwardHistory(wrongNumber, 'x'))).toThrow(AwardHistoryError);
		expect(() => place(parseAwardHistory(wrongNumber, 'x'))).toThrow(
			/^kaaringen\.json: 2021: nominee «Kinn» \(kommunenummer 4699\) matches no kommune/
		);
		const wrongName = edited((d) => (nomineeOf(d, 2024, 'Asker').navn = 'Askim'));
		expect(() => place(parseAwardHistory(wrongName, 'x'))).toThrow(/2024: nominee «Askim» \(kommunenummer 3203\).*3203 of 2024 is Asker/);
		const noNote = edited((d) => delete nomineeOf(d, 2019, 'Haram').note);
		expect(() => place(parseAwardHistory(noNote, 'x'))).toThrow(
			/2019: nominee «Haram» \(kommunenummer 1534\).*give the kommunenummer of 2020–2023 in its "note"/
		);
	});
});

describe('parseAwardHistory', () => {
	it.each([
		['not JSON', '{"editions": [', /is not valid JSON/],
		['no editions', '{}', /has no "editions" array/],
		['a year twice', edited((d) => (d.editions[1].year = 2019)), /edition 2019 occurs twice/],
		['no sources', edited((d) => (d.editions[0].sources = [])), /edition 2019 needs "sources"/],
		[
			'a source that is no URL',
			edited((d) => ((d.editions[0].sources as { url: string }[])[0].url = 'nho.no')),
			/edition 2019 needs "sources"/
		],
		['a malformed date', edited((d) => (edition(d, 2021).announced = '2. mars 2021')), /edition 2021: "announced" must be a date/],
		['an impossible date', edited((d) => (edition(d, 2021).announced = '2021-02-30')), /edition 2021: "announced" must be a date/],
		[
			'a malformed release date',
			edited((d) => (edition(d, 2021).pressReleaseBy = '25.02.2021')),
			/edition 2021: "pressReleaseBy" must be a date/
		],
		[
			'a release date no source shows',
			edited((d) => (edition(d, 2021).pressReleaseBy = '2021-02-24')),
			/edition 2021: no source's "states" names the day of "pressReleaseBy" \(written as "24 February 2021"\)/
		],
		['an unknown structure', edited((d) => (edition(d, 2021).structure = '2021')), /edition 2021: "structure" must start/],
		['a nominee without a name', edited((d) => delete nomineeOf(d, 2021, 'Rauma').navn), /edition 2021, nominee #0 has no "navn"/],
		['a bad class', edited((d) => (nomineeOf(d, 2021, 'Rauma').class = 'small')), /edition 2021, nominee #0 «Rauma»: "class" must be/],
		['a bad ground for the class', edited((d) => (nomineeOf(d, 2021, 'Rauma').classFrom = 'guess')), /«Rauma»: "classFrom" must be one of/],
		['a bad winner', edited((d) => (nomineeOf(d, 2021, 'Rauma').winner = 'yes')), /«Rauma»: "winner" must be true, false or null/],
		[
			'a number as a number',
			edited((d) => (nomineeOf(d, 2021, 'Rauma').kommunenummer = 1539)),
			/«Rauma»: "kommunenummer" must be four digits/
		],
		[
			'two winners in a class',
			edited((d) => (nomineeOf(d, 2021, 'Røst').winner = true)),
			/edition 2021 has two winners in the class "under"/
		],
		[
			'a winner where winners are unknown',
			edited((d) => (nomineeOf(d, 2025, 'Tinn').winner = false)),
			/edition 2025, nominee #0 «Tinn»: the winners are marked unknown/
		]
	])('rejects %s, naming the file and the year', (_, text, message) => {
		expect(() => parseAwardHistory(text, 'kaaringen.json')).toThrow(AwardHistoryError);
		expect(() => parseAwardHistory(text, 'kaaringen.json')).toThrow(message);
	});
});

/** The shared file as the site reads it: every fact carried over as written, whatever the file says. */
describe('the shared history file', () => {
	type FileNominee = {
		navn: string;
		kommunenummer: string;
		fylke: string;
		class: string;
		classFrom: string;
		winner: boolean | null;
		note?: string;
	};
	type FileEdition = AwardHistorySource['editions'][number] & { nominees?: FileNominee[] };
	const file = JSON.parse(historyText) as { editions: FileEdition[] };
	const { editions, withoutAward } = place(parseAwardHistory(historyText, HISTORY_PATH));
	const CLASS_FROM = { source: 'kilde', elimination: 'utelukkelse', population: 'innbyggertall' } as Record<string, string>;

	it.each(file.editions.map((e) => [e.year, e] as const))('%i: every fact is carried over as the file states it', (year, source) => {
		if (source.none !== undefined) {
			expect(withoutAward.find((w) => w.year === year)).toEqual({ year, merknad: source.none, kilder: source.sources.map((s) => s.url) });
			expect(editions.find((e) => e.year === year)).toBeUndefined();
			return;
		}
		const placed = editions.find((e) => e.year === year)!;
		expect(placed.kunngjort).toBe(source.announced ?? null);
		expect(placed.forslag).toBe(source.proposals ?? null);
		expect([placed.arrangement, placed.sted].filter(Boolean).join(', ')).toBe(source.event);
		expect(placed.nominerteKjent).toBe(source.nomineesKnown !== false);
		expect(placed.vinnereKjent).toBe(source.winnersKnown !== false);
		expect(placed.pressemeldingSenest?.dato ?? null).toBe(source.pressReleaseBy ?? null);
		expect(placed.merknad).toBe(source.note ?? null);
		expect(placed.nominerte.map((n) => [n.navn, n.kommunenummer, n.fylke, n.kategori, n.kategoriKjent, n.vinner, n.merknad])).toEqual(
			source.nominees!.map((n) => [n.navn, n.kommunenummer, n.fylke, n.class, CLASS_FROM[n.classFrom], n.winner, n.note ?? null])
		);
		// In the structure of 2020–2023 the map's kommune is the nominee's own.
		if (placed.struktur === 2020) {
			expect(placed.nominerte.map((n) => n.kommune.nummer)).toEqual(source.nominees!.map((n) => n.kommunenummer));
		}
	});
});

describe('the build step', () => {
	const dir = mkdtempSync(join(tmpdir(), 'shared-'));
	mkdirSync(join(dir, 'geo'));
	mkdirSync(join(dir, 'content'));
	for (const name of ['kommuner-2020.topojson', 'kommuner-2024.topojson']) symlinkSync(sharedPath('geo', name), join(dir, 'geo', name));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	const run = () =>
		spawnSync(process.execPath, ['--import', 'tsx', 'geo/history-build.ts'], {
			cwd: PROJECT_ROOT,
			env: { ...process.env, SHARED_DIR: dir },
			encoding: 'utf8'
		});

	it('fails with a message naming the missing file', () => {
		const result = run();
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`The award history not found at ${join(dir, 'content', 'kaaringen-2019-2025.json')}`);
	});

	it('fails with a message naming the file, the year and the name of a nominee that matches no kommune', () => {
		// The fixture with its 2021 Kinn renamed, as the build's history file.
		writeFileSync(
			join(dir, 'content', 'kaaringen-2019-2025.json'),
			edited((d) => (nomineeOf(d, 2021, 'Kinn').navn = 'Kinn by'), fixtureText)
		);
		const result = run();
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/history build failed: .*kaaringen-2019-2025\.json: 2021: nominee «Kinn by» \(kommunenummer 4602\) matches no kommune/
		);
	}, 30_000);
});
