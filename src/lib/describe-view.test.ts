import { describe, expect, it } from 'vitest';
import { describeView } from './describe-view';
import type { Kategori } from './nominees';

const RAUMA = { nummer: '1539', navn: 'Rauma' };
const ARENDAL = { nummer: '4203', navn: 'Arendal' };
const MOLDE = { nummer: '1506', navn: 'Molde' };
const N = '\u00a0';

describe('describeView', () => {
	it.each<[string, { nummer: string; navn: string } | null, Kategori | null, string]>([
		['nothing selected, no filter', null, null, 'Viser alle seks nominerte.'],
		['nothing selected, under', null, 'under', `Viser nominerte under 15${N}000 innbyggere.`],
		['nothing selected, over', null, 'over', `Viser nominerte over 15${N}000 innbyggere.`],
		['a nominee, no filter', RAUMA, null, `Rauma er valgt: nominert, under 15${N}000 innbyggere. Viser alle seks nominerte.`],
		[
			'a nominee in the filtered class',
			ARENDAL,
			'over',
			`Arendal er valgt: nominert, over 15${N}000 innbyggere. Viser nominerte over 15${N}000 innbyggere.`
		],
		[
			'a nominee outside the filtered class',
			RAUMA,
			'over',
			`Rauma er valgt: nominert, under 15${N}000 innbyggere. Viser nominerte over 15${N}000 innbyggere.`
		],
		['a kommune not nominated, no filter', MOLDE, null, 'Molde er valgt: ikke nominert. Viser alle seks nominerte.'],
		['a kommune not nominated, under', MOLDE, 'under', `Molde er valgt: ikke nominert. Viser nominerte under 15${N}000 innbyggere.`]
	])('%s', (_, selected, kategori, expected) => expect(describeView(selected, kategori)).toBe(expected));
});
