/**
 * The data behind the site as files to download from /data: the 2021 nominees and the award's
 * history, each as CSV and JSON, made at build time from the same modules the pages use.
 *
 * CSV as Norwegian spreadsheets read it without an import dialog: UTF-8 with a byte order mark (so
 * «ø» stays «ø»), semicolons between fields (the comma is the decimal sign), CRLF between records,
 * a field quoted when it holds a semicolon, a quote or a line break (RFC 4180). What no source
 * states is an empty field in CSV and null in JSON.
 */
import { AWARD_EDITIONS, AWARD_SOURCES, YEARS_WITHOUT_AWARD } from '../generated/award-history';
import { AWARD, AWARD_YEAR, NOMINEES, type Kategori } from './nominees';
import { editionOf } from './award-history';
import { successorsOf } from '../kommuner/kommuner-2024';
import type { KategoriKjent } from './award-record';

/** One file of /data: its name and the page's short note on where it comes from and its terms. */
export interface DataFile {
	name: string;
	/** What it holds, for the page. */
	title: string;
	/** Where it comes from and on what terms. */
	source: string;
	type: 'text/csv' | 'application/json';
}

const FIRST = AWARD_EDITIONS[0].year;
const LAST = AWARD_EDITIONS.at(-1)!.year;
const EDITION = editionOf(AWARD_YEAR)!;

/**
 * The day the data were last checked against the sources the history file names (YYYY-MM-DD),
 * by reading the pages; docs/data-check.md says what was checked and found. Change both together.
 */
export const CHECKED_AGAINST_SOURCES = '2026-12-04';

/** The addresses of the 2021 nominees' sources: the press release (nominees, classes, texts) and the winners' page. */
export const NOMINEE_SOURCES = { pressemelding: EDITION.kildeForPressemeldingen, vinnere: EDITION.kildeForVinnerne };

export const NOMINEES_SOURCE =
	`Nominerte, klasser og begrunnelser: pressemelding fra ${AWARD.source} (${AWARD_YEAR}), begrunnelsene ordrett; vinnerne: kildene for ${AWARD_YEAR} på siden om kåringen. ` +
	'Kommunenummer, navn og fylker fra 2024: utledet fra Kartverkets kommunegrenser (© Kartverket, CC BY 4.0).';
export const HISTORY_SOURCE =
	`Fakta fra ${AWARD.source} og de offentlige kildene som er oppgitt for hvert år (feltet kilder). ` +
	'Kommunene 2020–2023: Kartverkets kommunegrenser (© Kartverket, CC BY 4.0).';

export const DATA_FILES: readonly DataFile[] = [
	{ name: `nominerte-${AWARD_YEAR}.csv`, title: `De nominerte ${AWARD_YEAR}`, source: NOMINEES_SOURCE, type: 'text/csv' },
	{ name: `nominerte-${AWARD_YEAR}.json`, title: `De nominerte ${AWARD_YEAR}`, source: NOMINEES_SOURCE, type: 'application/json' },
	{ name: `kaaringen-${FIRST}-${LAST}.csv`, title: `Kåringen ${FIRST}–${LAST}`, source: HISTORY_SOURCE, type: 'text/csv' },
	{ name: `kaaringen-${FIRST}-${LAST}.json`, title: `Kåringen ${FIRST}–${LAST}`, source: HISTORY_SOURCE, type: 'application/json' }
];

type Field = string | number | boolean | null;

/** One CSV field: "ja"/"nei" for booleans, empty for null, quoted where it must be. */
export function csvField(value: Field): string {
	const text = value === null ? '' : typeof value === 'boolean' ? (value ? 'ja' : 'nei') : String(value);
	return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV file: byte order mark, header, one record per row, CRLF after each. */
export function toCsv(header: readonly string[], rows: readonly (readonly Field[])[]): string {
	return '\uFEFF' + [header, ...rows].map((row) => row.map(csvField).join(';') + '\r\n').join('');
}

/** One nominee of 2021, as the JSON file holds it. */
export interface NomineeRecord {
	kommunenummer2020: string;
	kommune: string;
	fylke2021: string;
	/** What the kommune is from 2024: one kommune, or more where it was split. */
	fra2024: { kommunenummer: string; kommune: string; fylke: string }[];
	klasse: Kategori;
	vinner: boolean;
	/** The jury's justification, one string per paragraph, word for word. */
	begrunnelse: string[];
}

export function nomineeRecords(): NomineeRecord[] {
	return NOMINEES.map((nominee) => ({
		kommunenummer2020: nominee.nummer,
		kommune: nominee.navn,
		fylke2021: nominee.fylke2021,
		fra2024: successorsOf(nominee.nummer).map((s) => ({ kommunenummer: s.nummer, kommune: s.offisieltNavn, fylke: s.fylke })),
		klasse: nominee.kategori,
		vinner: nominee.vinner,
		begrunnelse: [...nominee.begrunnelse]
	}));
}

export const NOMINEE_COLUMNS = [
	'kommunenummer_2020_2023',
	'kommunenummer_fra_2024',
	'kommune',
	'kommune_fra_2024',
	'fylke_2021',
	'fylke_fra_2024',
	'klasse',
	'vinner',
	'begrunnelse',
	'kilde_begrunnelse',
	'kilde_vinner'
] as const;

/** The 2021 nominees as CSV; several successors from 2024 are joined by ", ", paragraphs by a blank line. */
export function nomineesCsv(): string {
	const join = (values: string[]) => values.join(', ');
	return toCsv(
		NOMINEE_COLUMNS,
		nomineeRecords().map((n) => [
			n.kommunenummer2020,
			join(n.fra2024.map((s) => s.kommunenummer)),
			n.kommune,
			join(n.fra2024.map((s) => s.kommune)),
			n.fylke2021,
			join([...new Set(n.fra2024.map((s) => s.fylke))]),
			n.klasse,
			n.vinner,
			n.begrunnelse.join('\n\n'),
			NOMINEE_SOURCES.pressemelding,
			NOMINEE_SOURCES.vinnere
		])
	);
}

export function nomineesJson(): string {
	const document = {
		tittel: `${AWARD.title} ${AWARD_YEAR}: de nominerte`,
		kilde: NOMINEES_SOURCE,
		kilder: NOMINEE_SOURCES,
		kontrollertMotKildene: CHECKED_AGAINST_SOURCES,
		klasser: { under: 'kommuner under 15 000 innbyggere', over: 'kommuner over 15 000 innbyggere' },
		nominerte: nomineeRecords()
	};
	return JSON.stringify(document, null, '\t') + '\n';
}

/** One nomination in the history, as the JSON file holds it: name, number and county of that year. */
export interface HistoryNomination {
	kommune: string;
	kommunenummer: string;
	fylke: string;
	klasse: Kategori;
	/** How the class is known: stated by a source, by elimination, or from the population. */
	klasseKjentFra: KategoriKjent;
	/** Null where no source states it. */
	vinner: boolean | null;
	/** The kommune of 2020–2023 that holds it (the map's). */
	kommune2020: { kommunenummer: string; kommune: string };
	/** The history file's note on it, in English as the file has it, or null. */
	merknad: string | null;
}

export interface HistoryEdition {
	år: number;
	/** The day the winners were named (YYYY-MM-DD), or null. */
	kåret: string | null;
	arrangement: string;
	sted: string | null;
	forslag: number | null;
	/** False where only the winners are known. */
	nominerteKjent: boolean;
	/** False where no source states the winners. */
	vinnereKjent: boolean;
	nominerte: HistoryNomination[];
	/** The latest day the nominees' press release was public by, where a source shows it (YYYY-MM-DD), or null. */
	pressemeldingSenest: string | null;
	/** The history file's note on the edition, in English as the file has it, or null. */
	merknad: string | null;
	kilder: string[];
}

export function historyEditions(): HistoryEdition[] {
	return AWARD_EDITIONS.map((edition) => ({
		år: edition.year,
		kåret: edition.kunngjort,
		arrangement: edition.arrangement,
		sted: edition.sted,
		forslag: edition.forslag,
		nominerteKjent: edition.nominerteKjent,
		vinnereKjent: edition.vinnereKjent,
		nominerte: edition.nominerte.map((n) => ({
			kommune: n.navn,
			kommunenummer: n.kommunenummer,
			fylke: n.fylke,
			klasse: n.kategori,
			klasseKjentFra: n.kategoriKjent,
			vinner: n.vinner,
			kommune2020: { kommunenummer: n.kommune.nummer, kommune: n.kommune.navn },
			merknad: n.merknad
		})),
		pressemeldingSenest: edition.pressemeldingSenest?.dato ?? null,
		merknad: edition.merknad,
		kilder: [...(AWARD_SOURCES[edition.year] ?? [])]
	}));
}

export const HISTORY_COLUMNS = [
	'år',
	'kåret',
	'arrangement',
	'sted',
	'forslag',
	'pressemelding_senest',
	'kommunenummer',
	'kommune',
	'fylke',
	'klasse',
	'klasse_kjent_fra',
	'vinner',
	'kommunenummer_2020_2023',
	'kommune_2020_2023',
	'merknad',
	'nominerte_kjent',
	'vinnere_kjent',
	'merknad_kaaring',
	'kilder'
] as const;

type HistoryRow = Partial<Record<(typeof HISTORY_COLUMNS)[number], Field>>;

/**
 * One row per known nomination, the edition's facts repeated on each, its sources joined by
 * spaces; and one row for each year without an award, saying so, with its sources.
 */
export function historyCsv(): string {
	const nominations = historyEditions().flatMap((edition) =>
		edition.nominerte.map((n): HistoryRow => ({
			år: edition.år,
			kåret: edition.kåret,
			arrangement: edition.arrangement,
			sted: edition.sted,
			forslag: edition.forslag,
			pressemelding_senest: edition.pressemeldingSenest,
			kommunenummer: n.kommunenummer,
			kommune: n.kommune,
			fylke: n.fylke,
			klasse: n.klasse,
			klasse_kjent_fra: n.klasseKjentFra,
			vinner: n.vinner,
			kommunenummer_2020_2023: n.kommune2020.kommunenummer,
			kommune_2020_2023: n.kommune2020.kommune,
			merknad: n.merknad,
			nominerte_kjent: edition.nominerteKjent,
			vinnere_kjent: edition.vinnereKjent,
			merknad_kaaring: edition.merknad,
			kilder: edition.kilder.join(' ')
		}))
	);
	const withoutAward = YEARS_WITHOUT_AWARD.map((none): HistoryRow => ({
		år: none.year,
		merknad_kaaring: none.merknad,
		kilder: none.kilder.join(' ')
	}));
	const rows = [...nominations, ...withoutAward].sort((a, b) => Number(a.år) - Number(b.år));
	return toCsv(
		HISTORY_COLUMNS,
		rows.map((row) => HISTORY_COLUMNS.map((column) => row[column] ?? null))
	);
}

export function historyJson(): string {
	const document = {
		tittel: `${AWARD.title}: kåringen ${FIRST}–${LAST}`,
		kilde: HISTORY_SOURCE,
		kontrollertMotKildene: CHECKED_AGAINST_SOURCES,
		klasser: { under: 'kommuner under 15 000 innbyggere', over: 'kommuner over 15 000 innbyggere' },
		klasseKjentFra: {
			kilde: 'oppgitt av en kilde',
			utelukkelse: 'ikke oppgitt, men de tre nominerte i den andre klassen er det',
			innbyggertall: 'ikke oppgitt, men innbyggertallet er langt fra 15 000'
		},
		utgaver: historyEditions(),
		årUtenKåring: YEARS_WITHOUT_AWARD.map((none) => ({ år: none.year, merknad: none.merknad, kilder: [...none.kilder] }))
	};
	return JSON.stringify(document, null, '\t') + '\n';
}

/** The body of one file of DATA_FILES by name, or undefined. */
export function dataFileBody(name: string): string | undefined {
	const [nomineesCsvFile, nomineesJsonFile, historyCsvFile, historyJsonFile] = DATA_FILES.map((file) => file.name);
	const bodies: Record<string, () => string> = {
		[nomineesCsvFile]: nomineesCsv,
		[nomineesJsonFile]: nomineesJson,
		[historyCsvFile]: historyCsv,
		[historyJsonFile]: historyJson
	};
	return bodies[name]?.();
}
