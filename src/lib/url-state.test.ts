import { describe, expect, it } from 'vitest';
import { kommuneHref, overviewHref, parseKategori } from './url-state';

describe('parseKategori', () => {
	it.each([
		['?kategori=under', 'under'],
		['?kategori=over', 'over'],
		['', null],
		['?kategori=', null],
		['?kategori=UNDER', null],
		['?kategori=alle', null],
		['?kategori=%3Cscript%3E', null],
		['?kategori=over&kategori=under', 'over']
	])('%s → %s', (query, expected) => expect(parseKategori(new URLSearchParams(query))).toBe(expected));
});

describe('links keep the filter', () => {
	it('adds ?kategori only when a class is chosen', () => {
		expect(kommuneHref('rauma')).toBe('/kommune/rauma');
		expect(kommuneHref('rauma', 'under')).toBe('/kommune/rauma?kategori=under');
		expect(overviewHref('over')).toBe('/?kategori=over');
	});
});
