import { describe, expect, it } from 'vitest';
import { kommuneBySlug } from '../geography';
import { kommuneForNummer, numberAddressPage } from './number-address';

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

describe('numberAddressPage', () => {
	it('refreshes to the kommune, names its canonical address, stays out of search engines, and runs no script', () => {
		const page = numberAddressPage(kommuneBySlug('batsfjord')!);
		expect(page).toContain('<meta http-equiv="refresh" content="0;url=/kommune/batsfjord">');
		expect(page).toMatch(/<link rel="canonical" href="https:\/\/[^"]+\/kommune\/batsfjord">/);
		expect(page).toContain('<meta name="robots" content="noindex">');
		expect(page).toContain('<a href="/kommune/batsfjord">Båtsfjord</a>');
		expect(page).not.toContain('<script');
		expect(page).not.toContain('style=');
	});
});
