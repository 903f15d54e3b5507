import { describe, expect, it } from 'vitest';
import {
	embedKommuneHref,
	embedOverviewHref,
	historyHref,
	kommuneHref,
	overviewHref,
	parseKategori,
	parseView,
	parseYear,
	viewQuery
} from './url-state';

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

describe('parseYear', () => {
	it.each([
		['?år=2019', 2019],
		['?år=2023', 2023],
		['?%C3%A5r=2024', 2024],
		['?år=2025', 2025],
		['?år=alle', 'alle'],
		['', 2021],
		['?år=', 2021],
		['?år=2020', 2021],
		['?år=2026', 2021],
		['?år=ALLE', 2021],
		['?år=2023.0', 2021],
		['?år= 2023', 2021],
		['?år=02023', 2021],
		['?år=%3Cscript%3E', 2021],
		['?aar=2023', 2021],
		['?år=2023&år=2019', 2023]
	])('%s → %s', (query, expected) => expect(parseYear(new URLSearchParams(query))).toBe(expected));

	it('reads class and year together', () => {
		expect(parseView(new URLSearchParams('?kategori=over&år=alle'))).toEqual({ kategori: 'over', år: 'alle' });
		expect(parseView(new URLSearchParams('?kategori=x&år=y'))).toEqual({ kategori: null, år: 2021 });
	});
});

describe('links keep the view', () => {
	it.each([
		[{}, ''],
		[{ kategori: 'under' as const }, '?kategori=under'],
		[{ år: 2021 }, ''],
		[{ år: 2023 }, '?år=2023'],
		[{ år: 'alle' as const }, '?år=alle'],
		[{ kategori: 'over' as const, år: 2019 }, '?kategori=over&år=2019']
	])('%j → "%s"', (view, query) => {
		expect(viewQuery(view)).toBe(query);
		expect(kommuneHref('rauma', view)).toBe(`/kommune/rauma${query}`);
		expect(overviewHref(view)).toBe(`/${query}`);
		expect(embedKommuneHref('rauma', view)).toBe(`/embed/kommune/rauma${query}`);
		expect(embedOverviewHref(view)).toBe(`/embed${query}`);
	});

	it('links to the history page and its editions', () => {
		expect(historyHref()).toBe('/kaaringen');
		expect(historyHref(2019)).toBe('/kaaringen#kaaringen-2019');
	});

	it('round-trips every view through a URL', () => {
		for (const kategori of [null, 'under', 'over'] as const) {
			for (const år of [2019, 2021, 2022, 2023, 2024, 2025, 'alle'] as const) {
				const url = new URL(kommuneHref('halden', { kategori, år }), 'https://example.org');
				expect(parseView(url.searchParams)).toEqual({ kategori, år });
			}
		}
	});
});
