import { describe, expect, it } from 'vitest';
import { csvField, DATA_FILES, dataFileBody, historyCsv, historyEditions, nomineeRecords, nomineesCsv, toCsv } from './open-data';
import { AWARD_EDITIONS } from './award-history';
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
});

describe('the history file', () => {
	it('has every edition and one CSV record per known nomination', () => {
		expect(historyEditions().map((e) => e.år)).toEqual(AWARD_EDITIONS.map((e) => e.year));
		const nominations = AWARD_EDITIONS.reduce((sum, e) => sum + e.nominerte.length, 0);
		expect(historyCsv().split('\r\n').length).toBe(1 + nominations + 1);
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
