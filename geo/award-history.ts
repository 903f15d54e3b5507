/**
 * Reads the award's history (shared/content/kaaringen-2019-2025.json), checks it, and places
 * every nominee of every edition on the kommune of 2020–2023 that holds it:
 *   - editions in the 2020–2023 structure by kommunenummer (the name must agree);
 *   - editions in the 2024 structure through the 2024 crosswalk (geo/crosswalk.ts);
 *   - the 2019 edition (422 kommuner, before the 2020 reform) by the 2020–2023 kommunenummer its
 *     note names ("Merged into Ålesund (1507)", "3411 from 2020"), or else by the same number
 *     and name.
 * Pure functions: build.ts reads and writes the files.
 */
import type { AwardEdition, AwardNomination, KategoriKjent, YearWithoutAward } from '../src/lib/award/award-record';
import type { Kategori } from '../src/lib/award/nominees';
import type { CrosswalkEntry } from './crosswalk';
import { SharedSourceError } from './shared-dir';

/** A problem with the history file, worded for the person running the build. */
export class AwardHistoryError extends SharedSourceError {}

interface SourceNominee {
	navn: string;
	kommunenummer: string;
	fylke: string;
	class: Kategori;
	classFrom: 'source' | 'elimination' | 'population';
	winner: boolean | null;
	note?: string;
}

interface SourceEdition {
	year: number;
	none?: string;
	announced?: string | null;
	event?: string;
	structure?: string;
	proposals?: number | null;
	nomineesKnown?: boolean;
	winnersKnown?: boolean;
	/** The latest date by which the nominees' press release was public (YYYY-MM-DD). */
	pressReleaseBy?: string;
	note?: string;
	nominees?: SourceNominee[];
	sources: { url: string; states: string }[];
}

export interface AwardHistorySource {
	editions: SourceEdition[];
}

const CLASS_FROM: Record<SourceNominee['classFrom'], KategoriKjent> = {
	source: 'kilde',
	elimination: 'utelukkelse',
	population: 'innbyggertall'
};

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function isIsoDate(value: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
	const date = new Date(`${value}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isPublicUrl(value: unknown): boolean {
	if (typeof value !== 'string') return false;
	try {
		return new URL(value).protocol === 'https:';
	} catch {
		return false;
	}
}

/**
 * Checks that `text` is the history file: JSON with `editions`, each with a year, sources and
 * either `none` (no award that year) or nominees with name, number, county, class and winner.
 * Throws an AwardHistoryError naming `path`, the year and what is wrong.
 */
export function parseAwardHistory(text: string, path: string): AwardHistorySource {
	const fail = (what: string): never => {
		throw new AwardHistoryError(`${path}: ${what}`);
	};
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		fail(`is not valid JSON (${(error as Error).message}).`);
	}
	if (!isObject(data) || !Array.isArray(data.editions) || data.editions.length === 0) fail('has no "editions" array.');
	const years = new Set<number>();
	(data as { editions: unknown[] }).editions.forEach((edition, index) => {
		if (!isObject(edition) || !Number.isInteger(edition.year) || (edition.year as number) < 1900 || (edition.year as number) > 2100) {
			fail(`edition #${index} has no valid "year".`);
		}
		const e = edition as unknown as SourceEdition;
		const at = `edition ${e.year}`;
		if (years.has(e.year)) fail(`${at} occurs twice.`);
		years.add(e.year);
		if (!Array.isArray(e.sources) || e.sources.length === 0 || !e.sources.every((s) => isObject(s) && isPublicUrl(s.url))) {
			fail(`${at} needs "sources": a list of { "url": "https://…" }.`);
		}
		if (e.none !== undefined) {
			if (!isText(e.none)) fail(`${at}: "none" must say why there was no award.`);
			if (e.nominees !== undefined) fail(`${at} has both "none" and "nominees".`);
			return;
		}
		if (e.announced !== null && !(typeof e.announced === 'string' && isIsoDate(e.announced))) {
			fail(`${at}: "announced" must be a date YYYY-MM-DD or null (got ${JSON.stringify(e.announced)}).`);
		}
		if (!isText(e.event)) fail(`${at} has no "event".`);
		if (!isText(e.structure) || !/^(2019|2020|2024)\b/.test(e.structure)) {
			fail(
				`${at}: "structure" must start with the kommune structure's first year, 2019, 2020 or 2024 (got ${JSON.stringify(e.structure)}).`
			);
		}
		if (e.proposals !== null && !(Number.isInteger(e.proposals) && e.proposals! > 0)) fail(`${at}: "proposals" must be a count or null.`);
		if (e.pressReleaseBy !== undefined && !(typeof e.pressReleaseBy === 'string' && isIsoDate(e.pressReleaseBy))) {
			fail(`${at}: "pressReleaseBy" must be a date YYYY-MM-DD (got ${JSON.stringify(e.pressReleaseBy)}).`);
		}
		if (e.pressReleaseBy !== undefined && !pressReleaseSource(e)) {
			fail(`${at}: no source's "states" names the day of "pressReleaseBy" (written as "${englishDate(e.pressReleaseBy)}").`);
		}
		if (e.note !== undefined && !isText(e.note)) fail(`${at}: "note" must be text.`);
		for (const flag of ['nomineesKnown', 'winnersKnown'] as const) {
			if (e[flag] !== undefined && typeof e[flag] !== 'boolean') fail(`${at}: "${flag}" must be true or false.`);
		}
		if (!Array.isArray(e.nominees) || e.nominees.length === 0) fail(`${at} has no "nominees".`);
		const winners = new Set<string>();
		e.nominees!.forEach((nominee, i) => {
			const n = nominee as unknown as Record<string, unknown>;
			const who = `${at}, nominee #${i}${isText(n?.navn) ? ` «${n.navn}»` : ''}`;
			if (!isObject(n) || !isText(n.navn)) fail(`${who} has no "navn".`);
			if (typeof n.kommunenummer !== 'string' || !/^\d{4}$/.test(n.kommunenummer))
				fail(`${who}: "kommunenummer" must be four digits as a string.`);
			if (!isText(n.fylke)) fail(`${who} has no "fylke".`);
			if (n.class !== 'under' && n.class !== 'over') fail(`${who}: "class" must be "under" or "over".`);
			if (typeof n.classFrom !== 'string' || !(n.classFrom in CLASS_FROM))
				fail(`${who}: "classFrom" must be one of ${Object.keys(CLASS_FROM).join(', ')}.`);
			if (n.winner !== null && typeof n.winner !== 'boolean') fail(`${who}: "winner" must be true, false or null.`);
			if (e.winnersKnown === false && n.winner !== null) fail(`${who}: the winners are marked unknown, so "winner" must be null.`);
			if (n.note !== undefined && !isText(n.note)) fail(`${who}: "note" must be text.`);
			if (n.winner === true) {
				if (winners.has(n.class as string)) fail(`${at} has two winners in the class "${n.class}".`);
				winners.add(n.class as string);
			}
		});
	});
	return data as unknown as AwardHistorySource;
}

/** The press release the site quotes word for word; the history names the source it came from. */
export const RELEASE_FILE = 'ks-nho-vertskommune-2021-nominerte.txt';

/** The first source whose description names every winner of the edition, or null. */
function winnerSource(edition: SourceEdition): string | null {
	const winners = (edition.nominees ?? []).filter((n) => n.winner === true).map((n) => n.navn);
	if (winners.length === 0) return null;
	return edition.sources.find((s) => typeof s.states === 'string' && winners.every((navn) => s.states.includes(navn)))?.url ?? null;
}

const ENGLISH_MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** "2021-02-25" → "25 February 2021", as the file's `states` texts write dates. */
function englishDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	return `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
}

/** The source whose description names the day by which the press release was public, or undefined. */
function pressReleaseSource(edition: SourceEdition): string | undefined {
	if (!edition.pressReleaseBy) return undefined;
	const day = englishDate(edition.pressReleaseBy);
	return edition.sources.find((s) => typeof s.states === 'string' && s.states.includes(day))?.url;
}

/** The kommuner of 2020–2023, as the kommune index has them. */
export interface Kommune2020 {
	nummer: string;
	navn: string;
	slug: string;
}

/**
 * Places every nominee of `history` on the kommune of 2020–2023 that holds it (see the file
 * comment). Throws an AwardHistoryError naming `path`, the year and the nominee where it cannot.
 */
export function placeNominees(
	history: AwardHistorySource,
	kommuner: readonly Kommune2020[],
	crosswalk: readonly CrosswalkEntry[],
	path: string
): { editions: AwardEdition[]; sources: Record<number, string[]>; withoutAward: YearWithoutAward[] } {
	const byNummer = new Map(kommuner.map((k) => [k.nummer, k]));
	const byNavn = new Map<string, Kommune2020[]>();
	for (const k of kommuner) byNavn.set(k.navn, [...(byNavn.get(k.navn) ?? []), k]);
	const successorsOf = new Map(crosswalk.map((entry) => [entry.nummer, entry.successors]));
	const predecessorOf2024 = new Map<string, { nummer: string; navneformer: string[] }>();
	for (const entry of crosswalk)
		for (const s of entry.successors) predecessorOf2024.set(s.nummer, { nummer: entry.nummer, navneformer: s.navneformer });

	function locate(edition: SourceEdition, nominee: SourceNominee, structure: number): Kommune2020 {
		const fail = (why: string): never => {
			throw new AwardHistoryError(
				`${path}: ${edition.year}: nominee «${nominee.navn}» (kommunenummer ${nominee.kommunenummer}) matches no kommune of 2020–2023: ${why}`
			);
		};
		if (structure === 2020) {
			const kommune = byNummer.get(nominee.kommunenummer);
			if (!kommune) fail('no kommune of 2020–2023 has that number.');
			if (kommune!.navn !== nominee.navn) fail(`kommune ${nominee.kommunenummer} of 2020–2023 is ${kommune!.navn}.`);
			return kommune!;
		}
		if (structure === 2024) {
			const found = predecessorOf2024.get(nominee.kommunenummer);
			if (!found) fail('no kommune of 2024 has that number.');
			if (!found!.navneformer.includes(nominee.navn))
				fail(`kommune ${nominee.kommunenummer} of 2024 is ${found!.navneformer.join(' – ')}.`);
			return byNummer.get(found!.nummer)!;
		}
		// 2019: the 2020–2023 number the note names (with that kommune's name beside it, or the
		// nominee's own), else the same number and name.
		const named = [...(nominee.note ?? '').matchAll(/\b\d{4}\b/g)]
			.map((m) => byNummer.get(m[0]))
			.filter((k): k is Kommune2020 => k !== undefined && (k.navn === nominee.navn || nominee.note!.includes(k.navn)));
		if (named.length > 1) fail(`its note names several kommuner of 2020–2023 (${named.map((k) => k.nummer).join(', ')}).`);
		if (named.length === 1) return named[0];
		const same = byNummer.get(nominee.kommunenummer);
		if (same?.navn === nominee.navn) return same;
		const byName = byNavn.get(nominee.navn) ?? [];
		if (byName.length === 1 && !nominee.note) return byName[0];
		return fail('give the kommunenummer of 2020–2023 in its "note", e.g. "Merged into Ålesund (1507) on 1 January 2020".');
	}

	const editions: AwardEdition[] = [];
	const withoutAward: YearWithoutAward[] = [];
	const sources: Record<number, string[]> = {};
	for (const edition of [...history.editions].sort((a, b) => a.year - b.year)) {
		const kilder = edition.sources.map((s) => s.url);
		if (edition.none !== undefined) {
			withoutAward.push({ year: edition.year, merknad: edition.none, kilder });
			continue;
		}
		const structure = Number(edition.structure!.slice(0, 4)) as AwardEdition['struktur'];
		const [arrangement, ...place] = edition.event!.split(',').map((part) => part.trim());
		const nominerte = edition.nominees!.map((nominee): AwardNomination => {
			const kommune = locate(edition, nominee, structure);
			const again = successorsOf.get(kommune.nummer)!.find((s) => s.sammeNavn === null && s.navneformer.includes(nominee.navn));
			return {
				navn: nominee.navn,
				kommunenummer: nominee.kommunenummer,
				fylke: nominee.fylke,
				kategori: nominee.class,
				kategoriKjent: CLASS_FROM[nominee.classFrom],
				vinner: nominee.winner,
				merknad: nominee.note ?? null,
				kommune: { nummer: kommune.nummer, navn: kommune.navn, slug: kommune.slug },
				tidligereKommune:
					kommune.navn === nominee.navn ? null : { igjenFra2024: again ? { nummer: again.nummer, navn: nominee.navn } : null }
			};
		});
		const seen = new Set<string>();
		for (const n of nominerte) {
			if (seen.has(n.kommune.nummer)) {
				throw new AwardHistoryError(`${path}: ${edition.year}: two nominees lie in ${n.kommune.navn} (${n.kommune.nummer}) of 2020–2023.`);
			}
			seen.add(n.kommune.nummer);
		}
		editions.push({
			year: edition.year,
			struktur: structure,
			kunngjort: edition.announced ?? null,
			arrangement,
			sted: place.length > 0 ? place.join(', ') : null,
			forslag: edition.proposals ?? null,
			nominerteKjent: edition.nomineesKnown !== false,
			vinnereKjent: edition.winnersKnown !== false,
			nominerte,
			kildeForVinnerne: winnerSource(edition),
			kildeForPressemeldingen: edition.sources.find((s) => typeof s.states === 'string' && s.states.includes(RELEASE_FILE))?.url ?? null,
			pressemeldingSenest: edition.pressReleaseBy ? { dato: edition.pressReleaseBy, kilde: pressReleaseSource(edition)! } : null,
			merknad: edition.note ?? null
		});
		sources[edition.year] = kilder;
	}
	return { editions, sources, withoutAward };
}
