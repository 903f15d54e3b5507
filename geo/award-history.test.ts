import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AwardHistoryError, parseAwardHistory, placeNominees, type AwardHistorySource } from './award-history';
import { buildCrosswalk, readKommuner } from './crosswalk';
import { PROJECT_ROOT, sharedPath } from './shared-dir';
import { kommuneSlugs } from '../src/lib/kommune-slugs';
import { COUNTY_NAMES, countyNumberOf } from '../src/lib/counties';

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
const { editions, sources, withoutAward } = place(parseAwardHistory(historyText, HISTORY_PATH));

/** The history with one edit applied to a copy. */
function edited(change: (data: { editions: Record<string, unknown>[] }) => void): string {
	const data = JSON.parse(historyText);
	change(data);
	return JSON.stringify(data);
}
const nomineeOf = (data: { editions: Record<string, unknown>[] }, year: number, navn: string) =>
	(data.editions.find((e) => e.year === year)!.nominees as Record<string, unknown>[]).find((n) => n.navn === navn)!;

describe('placeNominees', () => {
	const placed = (year: number, navn: string) => editions.find((e) => e.year === year)!.nominerte.find((n) => n.navn === navn)!;

	it('reads the six editions, and 2020 as a year without an award', () => {
		expect(editions.map((e) => e.year)).toEqual([2019, 2021, 2022, 2023, 2024, 2025]);
		expect(editions.map((e) => e.nominerte.length)).toEqual([6, 6, 2, 6, 6, 6]);
		expect(withoutAward.map((e) => e.year)).toEqual([2020]);
		expect(Object.keys(sources).map(Number)).toEqual([2019, 2021, 2022, 2023, 2024, 2025]);
	});

	it.each([
		// 2019: by the 2020–2023 number in the note, or the same number and name.
		[2019, 'Haram', '1507', 'Ålesund'],
		[2019, 'Sande', '3802', 'Holmestrand'],
		[2019, 'Ringsaker', '3411', 'Ringsaker'],
		[2019, 'Arendal', '4203', 'Arendal'],
		[2019, 'Rauma', '1539', 'Rauma'],
		[2019, 'Stavanger', '1103', 'Stavanger'],
		// 2021–2023: the numbers of 2020–2023.
		[2021, 'Båtsfjord', '5443', 'Båtsfjord'],
		[2023, 'Halden', '3001', 'Halden'],
		// 2024–2025: through the crosswalk.
		[2024, 'Asker', '3025', 'Asker'],
		[2024, 'Sandefjord', '3804', 'Sandefjord'],
		[2024, 'Hamarøy', '1875', 'Hamarøy'],
		[2024, 'Notodden', '3808', 'Notodden'],
		[2025, 'Drammen', '3005', 'Drammen'],
		[2025, 'Sigdal', '3045', 'Sigdal']
	])('%i %s → %s %s', (year, navn, nummer, kommune) => {
		expect(placed(year, navn).kommune).toMatchObject({ nummer, navn: kommune });
	});

	it('says where a nominee was another kommune, and whether it is its own again from 2024', () => {
		expect(placed(2019, 'Haram').tidligereKommune).toEqual({ igjenFra2024: { nummer: '1580', navn: 'Haram' } });
		expect(placed(2019, 'Sande').tidligereKommune).toEqual({ igjenFra2024: null });
		expect(placed(2019, 'Ringsaker').tidligereKommune).toBeNull();
		expect(placed(2024, 'Asker').tidligereKommune).toBeNull();
	});

	it('keeps the facts as the file states them: winners, unknowns, dates and places', () => {
		expect(placed(2021, 'Rauma')).toMatchObject({ vinner: true, kategori: 'under', kategoriKjent: 'kilde' });
		expect(placed(2021, 'Båtsfjord').vinner).toBe(false);
		expect(placed(2023, 'Røst').kategoriKjent).toBe('utelukkelse');
		expect(placed(2025, 'Tinn')).toMatchObject({ vinner: null, kategoriKjent: 'innbyggertall' });
		const byYear = Object.fromEntries(editions.map((e) => [e.year, e]));
		expect(byYear[2021]).toMatchObject({
			kunngjort: '2021-03-02',
			arrangement: 'Kommunalpolitisk toppmøte',
			sted: null,
			forslag: 26,
			struktur: 2020
		});
		expect(byYear[2022]).toMatchObject({ kunngjort: null, nominerteKjent: false, vinnereKjent: true });
		expect(byYear[2023]).toMatchObject({ sted: 'Oslo', struktur: 2020 });
		expect(byYear[2024]).toMatchObject({ sted: 'Trondheim', struktur: 2024 });
		expect(byYear[2025]).toMatchObject({ vinnereKjent: false });
		expect(byYear[2019].struktur).toBe(2019);
		expect(byYear[2021].kildeForVinnerne).toBe('https://www.ks.no/pressemeldinger/arets-vertskapskommuner-for-naringsutvikling/');
		expect(byYear[2019].kildeForVinnerne).toBeNull();
		expect(byYear[2021].kildeForPressemeldingen).toMatch(/^https:\/\/kommunikasjon\.ntb\.no\/pressemelding\/seks-kommuner-nominert/);
		expect(byYear[2023].kildeForPressemeldingen).toBeNull();
		expect(byYear[2025].kildeForVinnerne).toBeNull();
	});

	it('names the file, the year and the nominee that matches no kommune', () => {
		const wrongNumber = edited((d) => (nomineeOf(d, 2023, 'Halden').kommunenummer = '3099'));
		expect(() => place(parseAwardHistory(wrongNumber, 'x'))).toThrow(AwardHistoryError);
		expect(() => place(parseAwardHistory(wrongNumber, 'x'))).toThrow(
			/^kaaringen\.json: 2023: nominee «Halden» \(kommunenummer 3099\) matches no kommune/
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
		['a malformed date', edited((d) => (d.editions[2].announced = '2. mars 2021')), /edition 2021: "announced" must be a date/],
		['an impossible date', edited((d) => (d.editions[2].announced = '2021-02-30')), /edition 2021: "announced" must be a date/],
		['an unknown structure', edited((d) => (d.editions[2].structure = '2021')), /edition 2021: "structure" must start/],
		['a nominee without a name', edited((d) => delete nomineeOf(d, 2021, 'Rauma').navn), /edition 2021, nominee #2 has no "navn"/],
		['a bad class', edited((d) => (nomineeOf(d, 2021, 'Rauma').class = 'small')), /edition 2021, nominee #2 «Rauma»: "class" must be/],
		['a bad winner', edited((d) => (nomineeOf(d, 2021, 'Rauma').winner = 'yes')), /«Rauma»: "winner" must be true, false or null/],
		[
			'a number as a number',
			edited((d) => (nomineeOf(d, 2021, 'Rauma').kommunenummer = 1539)),
			/«Rauma»: "kommunenummer" must be four digits/
		],
		[
			'two winners in a class',
			edited((d) => (nomineeOf(d, 2021, 'Båtsfjord').winner = true)),
			/edition 2021 has two winners in the class "under"/
		],
		[
			'a winner where winners are unknown',
			edited((d) => (nomineeOf(d, 2025, 'Tinn').winner = false)),
			/edition 2025, nominee #2 «Tinn»: the winners are marked unknown/
		]
	])('rejects %s, naming the file and the year', (_, text, message) => {
		expect(() => parseAwardHistory(text, 'kaaringen.json')).toThrow(AwardHistoryError);
		expect(() => parseAwardHistory(text, 'kaaringen.json')).toThrow(message);
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
		writeFileSync(
			join(dir, 'content', 'kaaringen-2019-2025.json'),
			edited((d) => (nomineeOf(d, 2022, 'Tysvær').navn = 'Tysvær by'))
		);
		const result = run();
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(
			/history build failed: .*kaaringen-2019-2025\.json: 2022: nominee «Tysvær by» \(kommunenummer 1146\) matches no kommune/
		);
	}, 30_000);
});
