import { describe, expect, it } from 'vitest';
import { describeMap } from './describe-map';
import type { Filter } from '../url/paths';
import { HISTORY_RANGE } from '../pages/page-text';

const RAUMA = { nummer: '1539', navn: 'Rauma' };
const KINN = { nummer: '4602', navn: 'Kinn' };
const MOLDE = { nummer: '1506', navn: 'Molde' };
const HALDEN = { nummer: '3001', navn: 'Halden' };
const ALESUND = { nummer: '1507', navn: 'Ålesund' };
const N = '\u00a0';
const v = (år: Filter['år'], kategori: Filter['kategori'] = null): Filter => ({ år, kategori });

describe('describeMap', () => {
	it.each<[string, { nummer: string; navn: string } | null, Filter, string]>([
		['nothing selected, 2021, no filter', null, v(2021), 'Viser de nominerte i 2021.'],
		['nothing selected, 2021, under', null, v(2021, 'under'), `Viser de nominerte i 2021, under 15${N}000 innbyggere.`],
		['nothing selected, 2021, over', null, v(2021, 'over'), `Viser de nominerte i 2021, over 15${N}000 innbyggere.`],
		['nothing selected, 2023', null, v(2023), 'Viser de nominerte i 2023.'],
		['nothing selected, 2023, over', null, v(2023, 'over'), `Viser de nominerte i 2023, over 15${N}000 innbyggere.`],
		['nothing selected, every year', null, v('alle'), `Viser alle nominerte ${HISTORY_RANGE}.`],
		['a winner of 2021', RAUMA, v(2021), `Rauma er valgt: vinner, under 15${N}000 innbyggere. Viser de nominerte i 2021.`],
		['a nominee of 2021', KINN, v(2021), `Kinn er valgt: nominert, over 15${N}000 innbyggere. Viser de nominerte i 2021.`],
		[
			'a nominee outside the filtered class',
			RAUMA,
			v(2021, 'over'),
			`Rauma er valgt: vinner, under 15${N}000 innbyggere. Viser de nominerte i 2021, over 15${N}000 innbyggere.`
		],
		['a winner of 2023', HALDEN, v(2023), `Halden er valgt: vinner, over 15${N}000 innbyggere. Viser de nominerte i 2023.`],
		['a kommune not nominated that year', HALDEN, v(2021), 'Halden er valgt: ikke nominert i 2021. Viser de nominerte i 2021.'],
		[
			'a kommune nominated in two years, every year shown',
			RAUMA,
			v('alle'),
			`Rauma er valgt: nominert 2019 og 2021, vinner, under 15${N}000 innbyggere. Viser alle nominerte ${HISTORY_RANGE}.`
		],
		[
			'a kommune never nominated, every year shown',
			MOLDE,
			v('alle'),
			`Molde er valgt: ikke nominert. Viser alle nominerte ${HISTORY_RANGE}.`
		],
		[
			'a kommune nominated under another name then',
			ALESUND,
			v(2019),
			`Ålesund er valgt: vinner som Haram, under 15${N}000 innbyggere. Viser de nominerte i 2019.`
		]
	])('%s', (_, selected, view, expected) => expect(describeMap(selected, view)).toBe(expected));
});
