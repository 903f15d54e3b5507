import { describe, expect, it } from 'vitest';
import { AWARD_EDITIONS, historyOf } from '../award/award-history';
import { KOMMUNER } from '../kommuner/geography';
import { AWARD_YEAR } from '../award/nominees';
import {
	allFilters,
	DEFAULT_FILTER,
	embedPath,
	filterKey,
	kommuneFilters,
	kommunePath,
	kommuneYear,
	overviewPath,
	parseKategori,
	parseYear,
	YEAR_FILTERS
} from './paths';

describe('the year and class in a path', () => {
	it('knows every edition and "alle", and nothing else', () => {
		expect(YEAR_FILTERS).toEqual([...AWARD_EDITIONS.map((e) => e.year), 'alle']);
		for (const year of YEAR_FILTERS) expect(parseYear(String(year))).toBe(year);
	});

	it.each(['2020', '1999', '2026', 'ALLE', '2023.0', ' 2023', '', '%32%30%32%33', '2023/'])('ignores %j', (segment) => {
		expect(parseYear(segment)).toBeNull();
	});

	it.each([
		['under', 'under'],
		['over', 'over'],
		['UNDER', null],
		['alle', null],
		['', null],
		[undefined, null]
	])('reads the class %j as %j', (segment, kategori) => expect(parseKategori(segment)).toBe(kategori));
});

describe('overview addresses', () => {
	it('has 21 states: every year filter, alone and in each class, each with its own key and path', () => {
		const filters = allFilters();
		expect(filters).toHaveLength(YEAR_FILTERS.length * 3);
		expect(new Set(filters.map(filterKey)).size).toBe(filters.length);
		expect(new Set(filters.map(overviewPath)).size).toBe(filters.length);
	});

	it.each([
		[DEFAULT_FILTER, '/', String(AWARD_YEAR)],
		[{ år: AWARD_YEAR, kategori: 'over' as const }, `/${AWARD_YEAR}/over`, `${AWARD_YEAR}-over`],
		[{ år: 2023, kategori: null }, '/2023', '2023'],
		[{ år: 2023, kategori: 'under' as const }, '/2023/under', '2023-under'],
		[{ år: 'alle' as const, kategori: null }, '/alle', 'alle'],
		[{ år: 'alle' as const, kategori: 'over' as const }, '/alle/over', 'alle-over']
	])('%j → %s (%s)', (filter, path, key) => {
		expect(overviewPath(filter)).toBe(path);
		expect(filterKey(filter)).toBe(key);
	});

	it('puts the embed of a page under /embed', () => {
		expect(embedPath('/')).toBe('/embed');
		expect(embedPath('/2023/over')).toBe('/embed/2023/over');
		expect(embedPath('/kommune/kinn/2021')).toBe('/embed/kommune/kinn/2021');
	});
});

describe('kommune addresses', () => {
	it('give each kommune its latest nomination’s edition, or 2021 where it was never nominated', () => {
		for (const kommune of KOMMUNER) {
			expect(kommuneYear(kommune.slug), kommune.navn).toBe(historyOf(kommune.nummer).at(-1)?.year ?? AWARD_YEAR);
		}
	});

	it('leave the kommune’s own edition out of the path, and name any other', () => {
		for (const kommune of KOMMUNER.slice(0, 40)) {
			for (const { år } of kommuneFilters()) {
				expect(kommunePath(kommune.slug, år)).toBe(
					år === kommuneYear(kommune.slug) ? `/kommune/${kommune.slug}` : `/kommune/${kommune.slug}/${år}`
				);
			}
			expect(kommunePath(kommune.slug)).toBe(`/kommune/${kommune.slug}`);
		}
	});

	it('carry no class: one state per year filter', () => {
		expect(kommuneFilters()).toEqual(YEAR_FILTERS.map((år) => ({ år, kategori: null })));
	});
});
