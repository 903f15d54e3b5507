import { describe, expect, it } from 'vitest';
import { kommuneForNummer } from './number-address';

describe('kommuneForNummer', () => {
	it.each([
		['1539', 'rauma'],
		['0301', 'oslo'],
		['5443', 'batsfjord'],
		['5632', 'batsfjord'],
		['3303', 'kongsberg'],
		['3203', 'asker'],
		['1580', 'alesund'],
		['1508', 'alesund'],
		['9999', undefined],
		['153', undefined],
		['15390', undefined],
		['rauma', undefined]
	])('%s → %s', (nummer, slug) => expect(kommuneForNummer(nummer)?.slug).toBe(slug));
});
