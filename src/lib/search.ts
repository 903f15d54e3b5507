/**
 * Search over all 356 kommuner for the search box: by name, forgiving about case, diacritics and
 * the usual ways of typing æ, ø and å on a keyboard without them, or by kommunenummer.
 */
import { KOMMUNER, sharesName, type Kommune } from './geography';
import { slugify } from './slug';
import { nomineeByNummer, type Kategori } from './nominees';

/**
 * How a hit matched, best first: the whole name, the start of the name, the start of a later word
 * in it ("toten" in Vestre Toten), anywhere in it ("fjord" in Båtsfjord); or the kommunenummer.
 */
export type MatchKind = 'exact' | 'prefix' | 'word' | 'anywhere' | 'nummer';

export interface SearchHit {
	kommune: Kommune;
	/** The nominee's size class, or null for the 350 kommuner that were not nominated. */
	kategori: Kategori | null;
	nominee: boolean;
	/** The name, with the county where two kommuner share it: "Våler (Viken)". */
	label: string;
	match: MatchKind;
}

/** Longer queries are cut to this many characters before anything else is done with them. */
export const MAX_QUERY_LENGTH = 100;

/**
 * The form names and queries are compared in: the slug (see slug.ts) with "aa"→a and "oe"→o
 * (so "baatsfjord" and "tromsoe" work) and words split by spaces. Both sides go through the
 * same steps, so a name that really contains "aa" or "oe" still finds itself.
 */
export function normalise(text: string): string {
	return slugify(text).replaceAll('aa', 'a').replaceAll('oe', 'o').replaceAll('-', ' ');
}

/** Lower case with æ, ø and å kept and separators as single spaces: for preferring names spelt as typed. */
function lowerCase(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFC')
		.replace(/[\s\p{P}]+/gu, ' ')
		.trim();
}

interface Entry {
	kommune: Kommune;
	/** Place in Norwegian alphabetical order of the labels; the tie-break within a rank. */
	order: number;
	/** Normalised name, with one space between words. */
	name: string;
	/** The name in lower case, letters as spelt. */
	spelt: string;
	/** Positions in `name` where a word after the first starts. */
	wordStarts: number[];
	kategori: Kategori | null;
	label: string;
}

const collator = new Intl.Collator('nb');

const ENTRIES: readonly Entry[] = KOMMUNER.map((kommune) => {
	const name = normalise(kommune.navn);
	const wordStarts: number[] = [];
	for (let i = name.indexOf(' '); i !== -1; i = name.indexOf(' ', i + 1)) wordStarts.push(i + 1);
	return {
		kommune,
		order: 0,
		name,
		spelt: lowerCase(kommune.navn),
		wordStarts,
		kategori: nomineeByNummer(kommune.nummer)?.kategori ?? null,
		label: sharesName(kommune) ? `${kommune.navn} (${kommune.fylke})` : kommune.navn
	};
});
// Norwegian collation (æ, ø, å last), names sharing a spelling by county; computed once here so a
// search only compares integers.
[...ENTRIES].sort((a, b) => collator.compare(a.label, b.label)).forEach((entry, i) => (entry.order = i));

const RANK: Readonly<Record<MatchKind, number>> = { exact: 0, prefix: 1, word: 2, anywhere: 3, nummer: 4 };

function hit(entry: Entry, match: MatchKind): SearchHit {
	return { kommune: entry.kommune, kategori: entry.kategori, nominee: entry.kategori !== null, label: entry.label, match };
}

function matchName(entry: Entry, query: string): MatchKind | null {
	const at = entry.name.indexOf(query);
	if (at === -1) return null;
	if (at === 0) return entry.name.length === query.length ? 'exact' : 'prefix';
	for (const start of entry.wordStarts) if (start >= at && entry.name.startsWith(query, start)) return 'word';
	return 'anywhere';
}

/** Whether the name, letters as spelt, matches the query, letters as typed, the same way. */
function matchesAsSpelt(name: string, query: string, match: MatchKind): boolean {
	if (match === 'exact') return name === query;
	if (match === 'prefix') return name.startsWith(query);
	if (match === 'word') return name.includes(` ${query}`);
	return name.includes(query);
}

/**
 * Kommuner matching `query`, best first, at most `limit` of them.
 *
 * - 1–4 digits match the start of the kommunenummer ("1539" → Rauma, "03" → Oslo), in number order.
 * - Otherwise the normalised query is looked for in the normalised names: an exact name first,
 *   then names it starts, then names where it starts a later word ("toten" → Vestre Toten), then
 *   names that contain it anywhere ("fjord" → Båtsfjord). Within each group, names with the letters as
 *   typed come before those found only by folding ("os" lists Oslo before Østre Toten, "sør"
 *   Sør-Odal before Sortland), and then Norwegian alphabetical order decides.
 * - An empty query, or one with nothing to search for ("<script>" has only "script"), finds nothing.
 */
export function searchKommuner(query: string, limit = 8): SearchHit[] {
	if (typeof query !== 'string' || !(limit > 0)) return [];
	const trimmed = query.slice(0, MAX_QUERY_LENGTH).trim();
	if (trimmed === '') return [];

	if (/^\d{1,4}$/.test(trimmed)) {
		return ENTRIES.filter((entry) => entry.kommune.nummer.startsWith(trimmed))
			.sort((a, b) => (a.kommune.nummer < b.kommune.nummer ? -1 : 1))
			.slice(0, limit)
			.map((entry) => hit(entry, 'nummer'));
	}

	const q = normalise(trimmed);
	if (q === '') return [];
	const spelt = lowerCase(trimmed);
	const found: { entry: Entry; match: MatchKind; asSpelt: number }[] = [];
	for (const entry of ENTRIES) {
		const match = matchName(entry, q);
		if (match) found.push({ entry, match, asSpelt: matchesAsSpelt(entry.spelt, spelt, match) ? 0 : 1 });
	}
	return found
		.sort((a, b) => RANK[a.match] - RANK[b.match] || a.asSpelt - b.asSpelt || a.entry.order - b.entry.order)
		.slice(0, limit)
		.map(({ entry, match }) => hit(entry, match));
}
