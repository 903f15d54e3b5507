/**
 * An address is a promise: every address form the site hands out shows what it names in its first
 * paint — with JavaScript off, with JavaScript before any reach (the app not started), and the same
 * once the app has started. Each address below is opened those three ways, and what a reader sees
 * (the heading, the edition and class chosen in the controls, the nominee list, the kommuner marked
 * on the map and their names) is compared with what the address names, worked out here from the
 * award's data, not read from the page.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { StaticViewSource } from '../../src/lib/map/static-view-data';
import { editionOf, everNominated, yearMarks } from '../../src/lib/award/award-history';
import { KOMMUNER, kommuneByNummer, kommuneBySlug } from '../../src/lib/kommuner/geography';
import { mapMarks } from '../../src/lib/map/map-marks';
import { overviewViewName } from '../../src/lib/map/views';
import { classHeading, overviewHeading } from '../../src/lib/pages/page-text';
import { allFilters, DEFAULT_FILTER, kommuneYear, overviewPath, parseKategori, parseYear, type Filter } from '../../src/lib/url/paths';
import { expect, test } from './fixtures';
import { mapArea, NO_JAVASCRIPT, startApp } from './util';

/** What an address names: an overview state, or a kommune in an edition. */
interface Named {
	filter: Filter;
	kommune: string | null;
}

/** The state an address names, worked out from the address alone (old query forms included). */
function named(address: string): Named {
	const url = new URL(address, 'http://x');
	const query = {
		år: parseYear(url.searchParams.get('år') ?? undefined),
		kategori: parseKategori(url.searchParams.get('kategori') ?? undefined)
	};
	const path = url.pathname.replace(/^\/embed(?=\/|$)/, '') || '/';
	const kommune = /^\/kommune\/([^/]+)(?:\/([^/]+))?$/.exec(path);
	if (kommune) {
		const [, slug, year] = kommune;
		return { filter: { år: parseYear(year) ?? query.år ?? kommuneYear(slug), kategori: null }, kommune: slug };
	}
	const [, year, kategori] = /^\/?([^/]*)\/?([^/]*)$/.exec(path)!;
	if (year === '') return { filter: { år: query.år ?? DEFAULT_FILTER.år, kategori: query.kategori }, kommune: null };
	return { filter: { år: parseYear(year)!, kategori: parseKategori(kategori) }, kommune: null };
}

const N = '\u00a0';
const years = (filter: Filter) => (filter.år === 'alle' ? `Alle${N}år` : String(filter.år));

/** The kommuner a page's static view can colour: those whose shape reaches into its region. */
const drawable = (view: string) =>
	new Set(Object.keys((JSON.parse(readFileSync(`src/lib/generated/views/${view}.json`, 'utf8')) as StaticViewSource).shapes));

/** What the reader should see at an address. */
function expected({ filter, kommune }: Named) {
	const selected = kommune ? kommuneBySlug(kommune)! : null;
	const marks = yearMarks(filter.år, filter.kategori);
	// The selected kommune is marked whatever the class filter, if it was nominated in the edition.
	const own = selected ? yearMarks(filter.år).find((mark) => mark.nummer === selected.nummer) : undefined;
	const all = own && !marks.some((mark) => mark.nummer === own.nummer) ? [...marks, own] : marks;
	let list: string[] = [];
	if (!kommune && filter.år === 'alle') list = everNominated(filter.kategori).map(({ mark }) => mark.navn);
	else if (!kommune)
		list = editionOf(filter.år as number)!
			.nominerte.filter((n) => !filter.kategori || n.kategori === filter.kategori)
			.map((n) => n.navn);
	const klasse = classHeading(filter);
	const inView = drawable(kommune ?? overviewViewName(mapMarks(filter, null).keys(), (nummer) => kommuneByNummer(nummer)!.bbox));
	return {
		heading: kommune ? selected!.navn : `${overviewHeading(filter)}${klasse ? `: ${klasse}` : ''}`,
		chosen: kommune
			? [years(filter)]
			: [years(filter), filter.kategori ? `${filter.kategori === 'under' ? 'Under' : 'Over'} 15${N}000 innbyggere` : 'Alle klasser'],
		list,
		// The kommuner coloured on the static map (those of the edition within the view), by number.
		marked: all
			.map((mark) => mark.nummer)
			.filter((nummer) => inView.has(nummer))
			.sort(),
		// On the overview every nominee is labelled on the map, by the name it had that year.
		names: kommune ? null : all.map((mark) => mark.navn).sort()
	};
}

/** What the page shows a reader now. */
async function shown(page: Page, overview: boolean) {
	const text = (value: string | null) => (value ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
	const heading = text(await page.getByRole('heading', { level: 1 }).first().textContent());
	const controls = page.getByRole('navigation', { name: /^Velg (kåring|kategori)$/ });
	const chosen = (await controls.locator('[aria-current="page"]').allTextContents()).map(text);
	const list = page
		.getByRole('list', { name: /^Alle nominerte kommuner/ })
		.or(page.getByRole('region', { name: /^Kommuner (under|over) 15/ }).getByRole('list'));
	const names = (await list.getByRole('link').evaluateAll((links) => links.map((a) => a.querySelector('.name')?.textContent ?? ''))).map(
		text
	);
	// The kommuner coloured on the static map (not again in its inset, a magnified copy of a region).
	const marked = await mapArea(page)
		.locator('svg path[data-nummer]')
		.evaluateAll((paths) =>
			paths
				.filter((path) => !path.closest('.inset-frame'))
				.map((path) => (path as SVGElement).dataset.nummer!)
				.sort()
		);
	// The nominees labelled on the map: links named "<name that year>, nominert …".
	const labels: string[] = [];
	for (const label of await mapArea(page)
		.getByRole('link', { name: /, nominert / })
		.all()) {
		if (await label.evaluate((a) => getComputedStyle(a).display === 'none')) continue;
		labels.push((await label.getAttribute('aria-label'))!.split(', nominert ')[0]);
	}
	return { heading, chosen, list: names, marked, names: overview ? labels.sort() : null };
}

const ADDRESSES: string[] = [
	// Every overview state, and /2021 (the same page as /).
	...allFilters().map(overviewPath),
	'/2021',
	// The query forms of older links, a malformed value among them (ignored).
	'/?år=2023',
	'/?år=2023&kategori=over',
	'/?kategori=under',
	'/?år=alle&kategori=over',
	'/?år=2020',
	'/?år=%3Cscript%3E&kategori=over',
	'/kommune/kinn?år=2021',
	'/kommune/halden?år=2019&kategori=over',
	'/kommune/rauma?år=nope',
	'/embed?år=2019',
	'/embed/kommune/rauma?år=2019',
	// Kommune pages, in their own edition and in others.
	'/kommune/halden',
	'/kommune/halden/2021',
	'/kommune/kinn/2021',
	'/kommune/alesund/2019',
	'/kommune/lesja',
	'/kommune/lesja/2024',
	'/kommune/asker/alle',
	// Embeds with an edition.
	'/embed/2023',
	'/embed/alle/over',
	'/embed/kommune/kinn/2021',
	'/embed/kommune/halden'
];

test.describe('every address the site hands out', () => {
	for (const address of ADDRESSES)
		test(`${address} shows what it names, without JavaScript, before the app starts, and after`, async ({ open }) => {
			const state = named(address);
			const overview = state.kommune === null;
			const want = expected(state);
			const off = await open(address, NO_JAVASCRIPT);
			expect(await shown(off.page, overview), 'without JavaScript').toEqual(
				// Without JavaScript a query cannot be read: the old forms show the page of their path.
				address.includes('?') ? expected(named(address.split('?')[0])) : want
			);
			const { page, errors } = await open(address);
			expect(await shown(page, overview), 'before the app starts').toEqual(want);
			// An embed starts by itself once painted (it must tell the host page its height); a page waits for a reach.
			if (!address.startsWith('/embed')) {
				expect(await page.evaluate(() => 'appStarted' in document.documentElement.dataset), 'the app has not started').toBe(false);
			}
			await startApp(page);
			expect(await shown(page, overview), 'after the app has started').toEqual(want);
			expect(errors).toEqual([]);
		});
});

test.describe('the sitemap', () => {
	test('lists every page a search engine should know once: the editions, the 356 kommuner in their own edition, and the other pages', async () => {
		const { readFileSync: read, existsSync } = await import('node:fs');
		const xml = read('build/sitemap.xml', 'utf8');
		const paths = [...xml.matchAll(/<loc>https?:\/\/[^/<]+([^<]*)<\/loc>/g)].map((m) => m[1] || '/');
		expect(new Set(paths).size).toBe(paths.length);
		expect(paths.filter((path) => path.startsWith('/kommune/'))).toHaveLength(KOMMUNER.length);
		for (const filter of allFilters()) expect(paths).toContain(overviewPath(filter));
		for (const path of ['/kaaringen', '/data', '/tilgjengelighet']) expect(paths).toContain(path);
		// Each listed page is a page of the build, and the one its canonical link names.
		for (const path of paths) {
			const file = path === '/' ? 'build/index.html' : `build${path}.html`;
			expect(existsSync(file), path).toBe(true);
			expect(read(file, 'utf8')).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"/]+${path === '/' ? '/' : path}"`));
		}
		expect(read('build/robots.txt', 'utf8')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
	});
});
