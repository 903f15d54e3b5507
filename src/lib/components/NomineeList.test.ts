import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import NomineeList from './NomineeList.svelte';
import type { ViewParams } from '../url-state';
import { EMBED_LINKS, pageLinksContext } from '../page-links';
import { AWARD_EDITIONS, yearMarks } from '../award-history';

const textOf = (html: string) =>
	html
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/[ \t\r\n]+/g, ' ')
		.trim();
const list = (view: ViewParams) => render(NomineeList, { props: { view } }).body;
const headings = (html: string) => [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => textOf(m[1]));
const links = (html: string) =>
	[...html.matchAll(/<a href="([^"]+)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => [m[1].replaceAll('&amp;', '&'), textOf(m[2])]);

describe('NomineeList', () => {
	it('names each class in full, words hidden on phones included', () => {
		expect(headings(list({ kategori: null, år: 2021 }))).toEqual([
			'Kommuner under 15\u00a0000 innbyggere',
			'Kommuner over 15\u00a0000 innbyggere'
		]);
		expect(headings(list({ kategori: 'over', år: 2021 }))).toEqual(['Kommuner over 15\u00a0000 innbyggere']);
	});

	it('lists the year’s nominees as links that keep the view, winners marked, counties after a spoken comma', () => {
		expect(links(list({ kategori: null, år: 2021 }))).toEqual([
			['/kommune/batsfjord', 'Båtsfjord , Troms og Finnmark'],
			['/kommune/vestre-toten', 'Vestre Toten , Innlandet'],
			['/kommune/rauma', 'Rauma Vinner , Møre og Romsdal'],
			['/kommune/kinn', 'Kinn , Vestland'],
			['/kommune/kongsberg', 'Kongsberg , Viken'],
			['/kommune/arendal', 'Arendal Vinner , Agder']
		]);
		expect(links(list({ kategori: 'under', år: 2019 }))).toEqual([
			['/kommune/alesund?kategori=under&år=2019', 'Haram Vinner , i Ålesund 2020–2023'],
			['/kommune/holmestrand?kategori=under&år=2019', 'Sande , nå en del av Holmestrand'],
			['/kommune/rauma?kategori=under&år=2019', 'Rauma , Møre og Romsdal']
		]);
	});

	it.each(AWARD_EDITIONS.map((e) => [e.year, e] as const))('says what is not known about %i, and only that', (year, edition) => {
		const text = textOf(list({ kategori: null, år: year }));
		expect(text.includes('De andre nominerte dette året er ikke kjent; bare vinnerne er det.')).toBe(!edition.nominerteKjent);
		expect(text.includes('Hvem som vant, er ikke kjent.')).toBe(!edition.vinnereKjent);
	});

	it('lists every kommune ever nominated under "alle", with its years', () => {
		const all = links(list({ kategori: null, år: 'alle' }));
		expect(all).toHaveLength(yearMarks('alle').length);
		expect(all.find(([href]) => href.startsWith('/kommune/alesund'))).toEqual([
			'/kommune/alesund?år=alle',
			'Ålesund 2019\u00a0som Haram\u00a0Vinner'
		]);
		expect(all.find(([href]) => href.startsWith('/kommune/sandefjord'))).toEqual([
			'/kommune/sandefjord?år=alle',
			'Sandefjord 2023, 2024\u00a0Vinner'
		]);
	});

	it('links into the embed inside an embed', () => {
		const html = render(NomineeList, { props: { view: { kategori: 'over', år: 2023 } }, context: pageLinksContext(EMBED_LINKS) }).body;
		expect(links(html).map(([href]) => href)).toEqual([
			'/embed/kommune/halden?kategori=over&år=2023',
			'/embed/kommune/sandefjord?kategori=over&år=2023',
			'/embed/kommune/narvik?kategori=over&år=2023'
		]);
	});
});
