/**
 * /data and its files as a reader downloads them: the CSV parsed as a spreadsheet would (byte order
 * mark, semicolons, quoted fields with line breaks) and compared with the sources in ../shared, the
 * press release and the award's history, not with the site's own modules.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PRESS_RELEASE, sharedPath } from '../../geo/shared-dir';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';
import { heading, PHONE_CONTEXT, url } from './util';

interface SharedNominee {
	navn: string;
	kommunenummer: string;
	fylke: string;
	class: 'under' | 'over';
	winner: boolean | null;
	note?: string;
}
interface SharedEdition {
	year: number;
	none?: string;
	announced?: string | null;
	nomineesKnown?: boolean;
	pressReleaseBy?: string;
	note?: string;
	nominees?: SharedNominee[];
	sources: { url: string; states: string }[];
}
const shared: { editions: SharedEdition[] } = JSON.parse(readFileSync(sharedPath('content', 'kaaringen-2019-2025.json'), 'utf8'));
const editions = shared.editions.filter((edition) => !edition.none);
const release = readFileSync(PRESS_RELEASE, 'utf8');
/** The address of the 2021 press release: the source the history file says is the release the site quotes. */
const releaseSource = editions
	.find((edition) => edition.year === 2021)!
	.sources.find((s) => s.states.includes(basename(PRESS_RELEASE)))!.url;

/** The kommuner of 2024 (number → name) from Kartverket's boundaries in ../shared. */
function kommuner2024(): Map<string, string> {
	const topology = JSON.parse(readFileSync(sharedPath('geo', 'kommuner-2024.topojson'), 'utf8'));
	const geometries: { properties: { kommunenummer: string; kommunenavn: string } }[] = topology.objects.Kommuner.geometries;
	return new Map(geometries.map(({ properties }) => [properties.kommunenummer, properties.kommunenavn]));
}

/** RFC 4180 with semicolons: quoted fields may hold semicolons, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
		else if (c === ';') {
			row.push(field);
			field = '';
		} else if (c === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i++;
		} else field += c;
	}
	if (field !== '' || row.length > 0) throw new Error('The CSV does not end with CRLF');
	return rows;
}

async function download(path: string) {
	const response = await fetch(url(path));
	expect(response.status).toBe(200);
	const bytes = new Uint8Array(await response.arrayBuffer());
	return {
		type: response.headers.get('content-type'),
		cors: response.headers.get('access-control-allow-origin'),
		bytes,
		// As written, byte order mark included (Response.text() drops it).
		text: new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(bytes)
	};
}

/** Rows as objects keyed by the header, after checking the byte order mark and that every row has every field. */
function records(text: string): Record<string, string>[] {
	expect(text.charCodeAt(0)).toBe(0xfeff);
	const [header, ...rows] = parseCsv(text.slice(1));
	for (const row of rows) expect(row.length).toBe(header.length);
	return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])));
}

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'ja' : 'nei');

test.describe('/data', () => {
	test('lists each file with what it holds and where it comes from, and says the CSV is semicolon-separated UTF-8', async ({ page }) => {
		await page.goto(url('/data'));
		await expect(heading(page)).toHaveText('Data', { useInnerText: true });
		const text = await page.getByRole('main').innerText();
		expect(text).toContain('semikolon');
		expect(text).toContain('UTF-8 med byte order mark');
		expect(text).toContain('KS og NHO');
		expect(text).toContain('© Kartverket, CC BY 4.0');
		expect(text).toMatch(/Sist kontrollert mot kildene: \d{1,2}\. \p{L}+ \d{4}\./u);
		const files = await page.locator('main a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(files).toEqual([
			'/data/nominerte-2021.csv',
			'/data/nominerte-2021.json',
			'/data/kaaringen-2019-2025.csv',
			'/data/kaaringen-2019-2025.json'
		]);
		for (const file of files) expect((await fetch(url(file!))).status).toBe(200);
	});

	test('is linked from the footer of every page and from the history page', async ({ page }) => {
		for (const path of ['/', '/kommune/kinn', '/tilgjengelighet']) {
			await page.goto(url(path));
			await expect(page.locator('.site-footer a[href="/data"]')).toHaveCount(1);
		}
		await page.goto(url('/kaaringen'));
		await page.getByRole('link', { name: /som data/ }).click();
		await page.waitForURL('**/data');
	});

	for (const [name, options] of [
		['desktop', {}],
		['phone', PHONE_CONTEXT]
	] as const) {
		test(`finds no axe violations at ${name} size`, async ({ open }) => {
			const { page } = await open('/data', options);
			await heading(page).waitFor();
			expect(await axeViolations(page)).toEqual([]);
		});
	}
});

test.describe('the 2021 nominees', () => {
	test('as CSV: the six of the history file, with the jury’s words from the press release, numbers from 2024 from Kartverket', async () => {
		const { type, cors, bytes, text } = await download('/data/nominerte-2021.csv');
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		expect(type).toBe('text/csv; charset=utf-8');
		expect(cors).toBe('*');
		const rows = records(text);
		const expected = editions.find((edition) => edition.year === 2021)!.nominees!;
		expect(rows.map((row) => row.kommune)).toEqual(expected.map((n) => n.navn));
		const from2024 = kommuner2024();
		for (const [i, nominee] of expected.entries()) {
			const row = rows[i];
			expect(row.kommunenummer_2020_2023).toBe(nominee.kommunenummer);
			expect(row.fylke_2021).toBe(nominee.fylke);
			expect(row.klasse).toBe(nominee.class);
			expect(row.vinner).toBe(yesNo(nominee.winner));
			const paragraphs = row.begrunnelse.split('\n\n');
			expect(paragraphs.length).toBeGreaterThan(1);
			for (const paragraph of paragraphs) expect(release).toContain(paragraph);
			// The kommune of 2024 exists in Kartverket's boundaries under that number and that name.
			expect(row.kommune_fra_2024).toContain(from2024.get(row.kommunenummer_fra_2024));
			expect(row.fylke_fra_2024).not.toBe('');
		}
		// Every row names the address of the press release the texts are quoted from.
		expect(rows.map((row) => row.kilde_begrunnelse)).toEqual(rows.map(() => releaseSource));
		// A field with a line break and a quote is quoted and its quotes doubled (Båtsfjord's «"kjerringa mot strømmen"»).
		expect(text).toContain('""kjerringa mot strømmen""');
		expect(rows[0].begrunnelse).toContain('"kjerringa mot strømmen"');
	});

	test('as JSON: the same as the CSV, with lists where the CSV joins', async () => {
		const { type, cors, text } = await download('/data/nominerte-2021.json');
		expect(type).toMatch(/^application\/json/);
		expect(cors).toBe('*');
		const json = JSON.parse(text);
		expect(json.kilde).toContain('Kartverket');
		expect(json.kilder.pressemelding).toBe(releaseSource);
		const rows = records((await download('/data/nominerte-2021.csv')).text);
		expect(
			json.nominerte.map(
				(n: {
					kommunenummer2020: string;
					kommune: string;
					fra2024: { kommunenummer: string }[];
					vinner: boolean;
					begrunnelse: string[];
				}) => [
					n.kommunenummer2020,
					n.kommune,
					n.fra2024.map((s) => s.kommunenummer).join(', '),
					yesNo(n.vinner),
					n.begrunnelse.join('\n\n')
				]
			)
		).toEqual(rows.map((row) => [row.kommunenummer_2020_2023, row.kommune, row.kommunenummer_fra_2024, row.vinner, row.begrunnelse]));
	});
});

test.describe('the award’s history', () => {
	test('as CSV: every known nominee of every edition in the history file, unknowns empty, notes kept, with the sources', async () => {
		const { type, text } = await download('/data/kaaringen-2019-2025.csv');
		expect(type).toBe('text/csv; charset=utf-8');
		const rows = records(text);
		// One row per nominee, and one row for a year without an award; oldest first.
		const expected = [...shared.editions]
			.sort((a, b) => a.year - b.year)
			.flatMap((edition): { edition: SharedEdition; nominee?: SharedNominee }[] =>
				edition.none ? [{ edition }] : edition.nominees!.map((nominee) => ({ edition, nominee }))
			);
		expect(rows.length).toBe(expected.length);
		for (const [i, { edition, nominee }] of expected.entries()) {
			const row = rows[i];
			expect(row.kilder.split(' ')).toEqual(edition.sources.map((source) => source.url));
			if (!nominee) {
				expect([row['år'], row.kommune, row.merknad_kaaring]).toEqual([String(edition.year), '', edition.none]);
				continue;
			}
			expect([row['år'], row.kommunenummer, row.kommune, row.fylke, row.klasse, row.vinner]).toEqual([
				String(edition.year),
				nominee.kommunenummer,
				nominee.navn,
				nominee.fylke,
				nominee.class,
				yesNo(nominee.winner)
			]);
			expect(row['kåret']).toBe(edition.announced ?? '');
			expect(row.pressemelding_senest).toBe(edition.pressReleaseBy ?? '');
			expect(row.merknad).toBe(nominee.note ?? '');
			expect(row.merknad_kaaring).toBe(edition.note ?? '');
		}
	});

	test('as JSON: every edition with null for what is unknown, and the year without an award', async () => {
		const json = JSON.parse((await download('/data/kaaringen-2019-2025.json')).text);
		expect(json.utgaver.map((edition: { år: number }) => edition.år)).toEqual(editions.map((edition) => edition.year));
		const of2025 = json.utgaver.find((edition: { år: number }) => edition.år === 2025);
		expect(of2025.vinnereKjent).toBe(false);
		expect(of2025.nominerte.every((n: { vinner: boolean | null }) => n.vinner === null)).toBe(true);
		for (const edition of editions) {
			expect(json.utgaver.find((each: { år: number }) => each.år === edition.year).nominerteKjent).toBe(edition.nomineesKnown !== false);
		}
		expect(json['årUtenKåring']).toEqual(
			shared.editions.filter((e) => e.none).map((e) => ({ år: e.year, merknad: e.none, kilder: e.sources.map((s) => s.url) }))
		);
	});
});
