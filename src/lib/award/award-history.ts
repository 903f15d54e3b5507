/**
 * Every edition of the award (2019, 2021–2025), read at build time from
 * shared/content/kaaringen-2019-2025.json with each nominee placed on the kommune of 2020–2023
 * that holds it, and what the pages and the map ask of it.
 */
import { AWARD_EDITIONS } from '../generated/award-history';
import type { AwardEdition, AwardNomination } from './award-record';
import { KATEGORI_LABEL, type Kategori } from './nominees';

/** An edition of the award by its year, or every edition at once. */
export type YearFilter = number | 'alle';

export type { AwardEdition, AwardNomination };
export { AWARD_EDITIONS };

/** The editions' years, oldest first: 2019, 2021, 2022, 2023, 2024, 2025. */
export const AWARD_YEARS: readonly number[] = AWARD_EDITIONS.map((edition) => edition.year);

export function editionOf(year: number): AwardEdition | undefined {
	return AWARD_EDITIONS.find((edition) => edition.year === year);
}

/** What the map marks on one kommune of 2020–2023 for a year filter. */
export interface YearMark {
	/** Kommunenummer of 2020–2023. */
	nummer: string;
	/** The name it was nominated under (the latest, under "alle"): Haram on the map of 2020–2023's Ålesund. */
	navn: string;
	/** The class it was nominated in; null where its nominations (under "alle") were in both classes. */
	kategori: Kategori | null;
	/** Whether it won (in any of the years); null where it did not win in a known year and a winner is unknown. */
	vinner: boolean | null;
	/** The years it was nominated, oldest first. */
	years: number[];
}

/**
 * The kommuner of 2020–2023 to mark for `filter`, by kommunenummer: one year's nominees, or with
 * "alle" every kommune ever nominated with its years. With `kategori`, only nominations in that
 * class count. `yearMarks(2021)` gives the six nominees of 2021, Rauma and Arendal with
 * `vinner: true`; `yearMarks('alle')` has Rauma with `years: [2019, 2021]`.
 */
export function yearMarks(filter: YearFilter, kategori: Kategori | null = null): YearMark[] {
	const byKommune = new Map<string, { year: number; nomination: AwardNomination }[]>();
	for (const edition of AWARD_EDITIONS) {
		if (filter !== 'alle' && edition.year !== filter) continue;
		for (const nomination of edition.nominerte) {
			if (kategori && nomination.kategori !== kategori) continue;
			const list = byKommune.get(nomination.kommune.nummer) ?? [];
			list.push({ year: edition.year, nomination });
			byKommune.set(nomination.kommune.nummer, list);
		}
	}
	return (
		[...byKommune]
			.map(([nummer, list]): YearMark => {
				const classes = new Set(list.map(({ nomination }) => nomination.kategori));
				const won = list.map(({ nomination }) => nomination.vinner);
				return {
					nummer,
					navn: list.at(-1)!.nomination.navn,
					kategori: classes.size === 1 ? list[0].nomination.kategori : null,
					vinner: won.includes(true) ? true : won.includes(null) ? null : false,
					years: [...new Set(list.map(({ year }) => year))].sort((a, b) => a - b)
				};
			})
			// Kommunenummer are four digits: compared as plain strings, without starting the locale's collator.
			.sort((a, b) => (a.nummer < b.nummer ? -1 : a.nummer > b.nummer ? 1 : 0))
	);
}

const collator = new Intl.Collator('nb');

/**
 * Every kommune ever nominated (of 2020–2023), with its history, as the list of all years shows
 * them: most nominations first, then by the name it was last nominated under, as Norwegian readers
 * sort (æ, ø, å last).
 */
export function everNominated(kategori: Kategori | null = null): { mark: YearMark; history: HistoryEntry[] }[] {
	return yearMarks('alle', kategori)
		.map((mark) => ({ mark, history: historyOf(mark.nummer).filter((entry) => !kategori || entry.nomination.kategori === kategori) }))
		.sort((a, b) => b.mark.years.length - a.mark.years.length || collator.compare(a.mark.navn, b.mark.navn));
}

/** One nomination in a kommune's history. */
export interface HistoryEntry {
	year: number;
	edition: AwardEdition;
	nomination: AwardNomination;
}

/** The award's history of a kommune of 2020–2023, oldest first, reforms included (Ålesund has Haram 2019). */
export function historyOf(nummer2020: string): HistoryEntry[] {
	return AWARD_EDITIONS.flatMap((edition) =>
		edition.nominerte.filter((n) => n.kommune.nummer === nummer2020).map((nomination) => ({ year: edition.year, edition, nomination }))
	);
}

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];

/** A date YYYY-MM-DD as Norwegian readers write it: "2021-03-02" → "2. mars 2021". */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${day}. ${MONTHS[month - 1]} ${year}`;
}

/** "Rauma og Arendal", "Sigdal, Tinn og Drammen". */
export function listNames(names: readonly string[]): string {
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`;
}

/**
 * One nomination in a kommune's history, in words: "Vinner 2021 (under 15 000 innbyggere)",
 * "Vinner 2019 som Haram (under 15 000 innbyggere)" (on Ålesund's page), "Nominert 2025 (over
 * 15 000 innbyggere), vinnerne er ikke kjent".
 */
export function describeNomination({ year, nomination }: Pick<HistoryEntry, 'year' | 'nomination'>): string {
	const kind = nomination.vinner ? 'Vinner' : 'Nominert';
	const as = nomination.navn === nomination.kommune.navn ? '' : ` som ${nomination.navn}`;
	const unknown = nomination.vinner === null ? ', vinnerne er ikke kjent' : '';
	return `${kind} ${year}${as} (${KATEGORI_LABEL[nomination.kategori]})${unknown}`;
}

/**
 * Where the nominee was another kommune than the one of 2020–2023 that holds it, in words:
 * "Haram var egen kommune i 2019, lå i Ålesund 2020–2023 og er egen kommune igjen fra 2024 (1580)."
 */
export function describeReform({ year, nomination }: Pick<HistoryEntry, 'year' | 'nomination'>): string | null {
	const former = nomination.tidligereKommune;
	if (!former) return null;
	const again = former.igjenFra2024;
	return again
		? `${nomination.navn} var egen kommune i ${year}, lå i ${nomination.kommune.navn} 2020–2023 og er egen kommune igjen fra 2024 (kommunenummer ${again.nummer}).`
		: `${nomination.navn} var egen kommune i ${year} og har vært en del av ${nomination.kommune.navn} siden 2020.`;
}

/**
 * When the nominees' press release came out, as far as the sources tell: "publisert senest
 * 25. februar 2021" where a source shows a day by which it was public, else "sendt ut før kåringen
 * 2. mars 2021" (or null where neither is known).
 */
export function releaseDate(edition: AwardEdition): string | null {
	if (edition.pressemeldingSenest) return `publisert senest ${formatDate(edition.pressemeldingSenest.dato)}`;
	return edition.kunngjort ? `sendt ut før kåringen ${formatDate(edition.kunngjort)}` : null;
}

/** The winners of an edition, in the file's order (the class under 15 000 first). */
export function winnersOf(edition: AwardEdition): AwardNomination[] {
	return edition.nominerte.filter((n) => n.vinner === true);
}

/**
 * The result of an edition (in one class, if given) in one sentence, past tense, from the facts
 * alone: "Rauma og Arendal vant 2. mars 2021.", "Tysvær og Rana vant; datoen er ikke kjent.",
 * "Vinnerne er ikke kjent; kåringen var satt til 1. april 2025."
 */
export function resultSentence(edition: AwardEdition, kategori: Kategori | null = null): string {
	const winners = winnersOf(edition)
		.filter((n) => !kategori || n.kategori === kategori)
		.map((n) => n.navn);
	const date = edition.kunngjort ? formatDate(edition.kunngjort) : null;
	if (!edition.vinnereKjent || winners.length === 0) {
		const who = kategori ? 'Vinneren er' : 'Vinnerne er';
		return date ? `${who} ikke kjent; kåringen var satt til ${date}.` : `${who} ikke kjent.`;
	}
	return date ? `${listNames(winners)} vant ${date}.` : `${listNames(winners)} vant; datoen er ikke kjent.`;
}

/**
 * Where a nominee lies on the map of 2020–2023 when it was another kommune then:
 * "i Ålesund 2020–2023" (Haram), "nå en del av Holmestrand" (Sande 2019); null otherwise.
 */
export function placeNote(nomination: AwardNomination): string | null {
	const former = nomination.tidligereKommune;
	if (!former) return null;
	return former.igjenFra2024 ? `i ${nomination.kommune.navn} 2020–2023` : `nå en del av ${nomination.kommune.navn}`;
}

/**
 * How a class is known, where no source states it, without arguing in a circle:
 * "klassen er ikke oppgitt, men innbyggertallet er langt under 15 000" (Røst 2023).
 */
export function classNote(nomination: AwardNomination): string | null {
	if (nomination.kategoriKjent === 'utelukkelse') return 'klassen er ikke oppgitt, men de tre nominerte i den andre klassen er det';
	if (nomination.kategoriKjent === 'innbyggertall')
		return `klassen er ikke oppgitt, men innbyggertallet er langt ${nomination.kategori} 15\u00a0000`;
	return null;
}

/** A source link's text from its address: "nho.no › vinnere-2023". */
export function sourceLabel(url: string): string {
	const { hostname, pathname } = new URL(url);
	const host = hostname.replace(/^www\./, '');
	const segments = pathname.split('/').filter(Boolean);
	const last = segments.at(-1)?.replace(/\.(aspx|html?)$/, '');
	let page = last ?? '';
	try {
		page = decodeURIComponent(page);
	} catch {
		// Keep the segment as written.
	}
	return page ? `${host} › ${page}` : host;
}
