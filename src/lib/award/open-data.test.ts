import { describe, expect, it } from 'vitest';
import {
	csvField,
	DATA_FILES,
	dataFileBody,
	HISTORY_COLUMNS,
	historyCsv,
	historyEditions,
	NOMINEE_COLUMNS,
	nomineeRecords,
	nomineesCsv,
	nomineesJson,
	toCsv
} from './open-data';
import { AWARD_EDITIONS, editionOf } from './award-history';
import { YEARS_WITHOUT_AWARD } from '../generated/award-history';
import { NOMINEES } from './nominees';

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['', ''],
		[null, ''],
		[true, 'ja'],
		[false, 'nei'],
		[26, '26'],
		['a;b', '"a;b"'],
		['«kjerringa» "mot" strømmen', '"«kjerringa» ""mot"" strømmen"'],
		['two\n\nparagraphs', '"two\n\nparagraphs"'],
		['carriage\rreturn', '"carriage\rreturn"'],
		['comma, not quoted', 'comma, not quoted']
	])('%j → %j', (value, expected) => expect(csvField(value)).toBe(expected));
});

describe('toCsv', () => {
	it('starts with a byte order mark and ends every record with CRLF', () => {
		expect(
			toCsv(
				['a', 'b'],
				[
					['1', null],
					['x;y', true]
				]
			)
		).toBe('\uFEFFa;b\r\n1;\r\n"x;y";ja\r\n');
	});

	it('does not change the rows it is given', () => {
		const rows = [['a', 'b']];
		toCsv(['x', 'y'], rows);
		expect(rows).toEqual([['a', 'b']]);
	});
});

describe('the nominees file', () => {
	it('has the six nominees with their successors from 2024 and every paragraph', () => {
		const records = nomineeRecords();
		expect(records.map((r) => r.kommune)).toEqual(NOMINEES.map((n) => n.navn));
		const batsfjord = records.find((r) => r.kommune === 'Båtsfjord')!;
		expect(batsfjord.fra2024).toEqual([{ kommunenummer: '5632', kommune: 'Båtsfjord', fylke: 'Finnmark' }]);
		expect(records.find((r) => r.kommune === 'Kongsberg')!.fra2024[0].kommunenummer).toBe('3303');
		for (const [i, nominee] of NOMINEES.entries()) expect(records[i].begrunnelse).toEqual(nominee.begrunnelse);
	});

	it('has one CSV record per nominee', () => {
		// Records end with CRLF; the justifications' blank lines are LF only.
		expect(nomineesCsv().split('\r\n').length).toBe(1 + NOMINEES.length + 1);
	});

	it('names the addresses of its sources: the press release on every row and in the JSON', () => {
		const release = editionOf(2021)!.kildeForPressemeldingen!;
		expect(release).toMatch(/^https:\/\//);
		const [header, ...rows] = nomineesCsv().slice(1).split('\r\n').filter(Boolean);
		expect(header.split(';')).toEqual([...NOMINEE_COLUMNS]);
		const at = NOMINEE_COLUMNS.indexOf('kilde_begrunnelse');
		// The last field before it is a quoted justification; the URL field itself has no separator in it.
		for (const row of rows.join('\r\n').split(/\r\n(?=\d{4};)/)) expect(row.split(';').at(at - NOMINEE_COLUMNS.length)).toBe(release);
		const json = JSON.parse(nomineesJson());
		expect(json.kilder).toEqual({ pressemelding: release, vinnere: editionOf(2021)!.kildeForVinnerne });
	});
});

describe('the history file', () => {
	const records = () =>
		historyCsv()
			.slice(1)
			.split('\r\n')
			.filter(Boolean)
			.map((line) => line.split(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/));
	const column = (name: (typeof HISTORY_COLUMNS)[number]) => HISTORY_COLUMNS.indexOf(name);

	it('has every edition, one CSV record per known nomination and one per year without an award, in order', () => {
		expect(historyEditions().map((e) => e.år)).toEqual(AWARD_EDITIONS.map((e) => e.year));
		const [header, ...rows] = records();
		expect(header).toEqual([...HISTORY_COLUMNS]);
		const nominations = AWARD_EDITIONS.reduce((sum, e) => sum + e.nominerte.length, 0);
		expect(rows).toHaveLength(nominations + YEARS_WITHOUT_AWARD.length);
		const years = rows.map((row) => Number(row[column('år')]));
		expect(years).toEqual([...years].sort((a, b) => a - b));
	});

	it('says in its own row that a year had no award, with the note and sources', () => {
		for (const none of YEARS_WITHOUT_AWARD) {
			const row = records().find((r) => r[column('år')] === String(none.year))!;
			expect(row[column('kommune')]).toBe('');
			expect(row[column('merknad_kaaring')]).toBe(none.merknad.includes(';') ? `"${none.merknad}"` : none.merknad);
			expect(row[column('kilder')]).toBe(none.kilder.join(' '));
		}
	});

	it('keeps every nominee’s and edition’s note from the history file', () => {
		const rows = records().slice(1);
		for (const edition of AWARD_EDITIONS) {
			for (const n of edition.nominerte) {
				const row = rows.find((r) => r[column('år')] === String(edition.year) && r[column('kommunenummer')] === n.kommunenummer)!;
				expect(row[column('merknad')]).toBe(n.merknad === null ? '' : csvField(n.merknad));
				expect(row[column('merknad_kaaring')]).toBe(edition.merknad === null ? '' : csvField(edition.merknad));
				expect(row[column('pressemelding_senest')]).toBe(edition.pressemeldingSenest?.dato ?? '');
			}
		}
	});
});

describe('DATA_FILES', () => {
	it.each(DATA_FILES.map((file) => [file.name, file]))('%s has a body, a source note and a type that matches its name', (name, file) => {
		expect(dataFileBody(name)).toBeTruthy();
		expect(file.source).toMatch(/Kartverket.*CC BY 4\.0/);
		expect(name.endsWith('.csv')).toBe(file.type === 'text/csv');
	});

	it('has nothing for another name', () => expect(dataFileBody('passwords.csv')).toBeUndefined());
});
