/**
 * Search over all 356 kommuner for the search box: by name, forgiving about case, diacritics and
 * the usual ways of typing æ, ø and å on a keyboard without them; by the other names readers
 * know a kommune by (official Sámi and Kven names, former kommuner named in the data); or by
 * kommunenummer, of 2020–2023 or from 2024. Each hit says why it matched when not by its name.
 */
import { KOMMUNER, sharesName, type Kommune } from '../kommuner/geography';
import { slugify } from '../kommuner/slug';
import { NOMINEES, type Kategori } from '../award/nominees';
import { AWARD_EDITIONS, historyOf } from '../award/award-history';
import { successorsOf } from '../kommuner/kommuner-2024';

/**
 * How a hit matched, best first: the whole name, the start of the name, the start of a later word
 * in it ("toten" in Vestre Toten), anywhere in it ("fjord" in Båtsfjord); or the kommunenummer
 * of 2020–2023, or from 2024.
 */
export type MatchKind = 'exact' | 'prefix' | 'word' | 'anywhere' | 'nummer' | 'nummer2024';

/** A kommune's most recent nomination, as a search hit names it: "Vinner 2023", "Nominert 2022". */
export interface LatestNomination {
	year: number;
	kategori: Kategori;
	/** Null where no source states the winners that year. */
	vinner: boolean | null;
}

export interface SearchHit {
	kommune: Kommune;
	/** Its most recent nomination in any edition, or null for a kommune never nominated. */
	latest: LatestNomination | null;
	/** The name, with the county where two kommuner share it: "Våler (Viken)". */
	label: string;
	match: MatchKind;
	/** The official name from 2024 where it has Sámi or Kven forms: "Guovdageaidnu – Kautokeino". */
	offisieltNavn: string | null;
	/**
	 * Why it matched, where not by its own name or number of 2020–2023:
	 * "offisielt navn: Guovdageaidnu – Kautokeino", "Flora: tidligere kommune, nå del av Kinn",
	 * "kommunenummer 5632 fra 2024".
	 */
	reason: string | null;
}

/** Longer queries are cut to this many characters before anything else is done with them. */
export const MAX_QUERY_LENGTH = 100;

/** Sámi letters that do not decompose into a base letter and a mark. */
const SAMI_LETTERS: Readonly<Record<string, string>> = { ŋ: 'n', đ: 'd', ŧ: 't' };

/**
 * The form names and queries are compared in: the slug (see slug.ts) with ŋ, đ and ŧ as n, d and
 * t, "aa"→a and "oe"→o (so "baatsfjord" and "tromsoe" work) and words split by spaces. Both
 * sides go through the same steps, so a name that really contains "aa" or "oe" still finds itself.
 */
export function normalise(text: string): string {
	return slugify(text.toLowerCase().replace(/[ŋđŧ]/g, (letter) => SAMI_LETTERS[letter]))
		.replaceAll('aa', 'a')
		.replaceAll('oe', 'o')
		.replaceAll('-', ' ');
}

/** Lower case with æ, ø and å kept and separators as single spaces: for preferring names spelt as typed. */
function lowerCase(text: string): string {
	return text
		.toLowerCase()
		.normalize('NFC')
		.replace(/[\s\p{P}]+/gu, ' ')
		.trim();
}

/** A name a kommune can be found by. */
interface Name {
	/** Normalised, with one space between words. */
	name: string;
	/** In lower case, letters as spelt. */
	spelt: string;
	/** Positions in `name` where a word after the first starts. */
	wordStarts: number[];
	/** Null for the kommune's own name; else why this name leads to it. */
	reason: string | null;
}

interface Entry {
	kommune: Kommune;
	/** Place in Norwegian alphabetical order of the labels; the tie-break within a rank. */
	order: number;
	names: Name[];
	latest: LatestNomination | null;
	label: string;
	/** Kommunenummer from 2024 where it differs from the one of 2020–2023, with the name where that differs too. */
	numbers2024: { nummer: string; navn: string | null }[];
	/** The official name from 2024 where it has more forms than the name: "Guovdageaidnu – Kautokeino". */
	offisieltNavn: string | null;
}

function nameOf(text: string, reason: string | null): Name {
	const name = normalise(text);
	const wordStarts: number[] = [];
	for (let i = name.indexOf(' '); i !== -1; i = name.indexOf(' ', i + 1)) wordStarts.push(i + 1);
	return { name, spelt: lowerCase(text), wordStarts, reason };
}

/**
 * Former kommuner a nominee's justification names as merged into it: Kinn's says it "ble
 * etablert 01.01.20 som resultat av sammenslåing av kommunene Flora og Vågsøy".
 */
export function formerKommunerIn(text: string): string[] {
	const merged = /sammenslåing av kommunene ([\p{Lu}][\p{L} -]*?(?:, [\p{Lu}][\p{L} -]*?)*) og ([\p{Lu}][\p{L}-]*)/u.exec(text);
	return merged ? [...merged[1].split(', '), merged[2]] : [];
}

/** The other names of each kommune of 2020–2023, by kommunenummer, with why each leads to it. */
function otherNames(): Map<string, { text: string; reason: string }[]> {
	const names = new Map<string, { text: string; reason: string }[]>();
	const add = (nummer: string, text: string, reason: string) => {
		const list = names.get(nummer) ?? [];
		if (!list.some((each) => each.text === text)) list.push({ text, reason });
		names.set(nummer, list);
	};
	// Former kommuner in the award's history: Haram (2019) in Ålesund, Sande in Vestfold in Holmestrand.
	const ownNames = new Set(KOMMUNER.map((k) => k.navn));
	for (const edition of AWARD_EDITIONS) {
		for (const nomination of edition.nominerte) {
			if (!nomination.tidligereKommune) continue;
			const text = ownNames.has(nomination.navn) ? `${nomination.navn} (${nomination.fylke})` : nomination.navn;
			const again = nomination.tidligereKommune.igjenFra2024;
			add(
				nomination.kommune.nummer,
				nomination.navn,
				again
					? `${text}: del av ${nomination.kommune.navn} 2020–2023, egen kommune igjen fra 2024 (${again.nummer})`
					: `${text}: tidligere kommune, nå del av ${nomination.kommune.navn}`
			);
		}
	}
	// Former kommuner a justification names: Flora and Vågsøy in Kinn.
	for (const nominee of NOMINEES) {
		for (const former of nominee.begrunnelse.flatMap(formerKommunerIn)) {
			add(nominee.nummer, former, `${former}: tidligere kommune, nå del av ${nominee.navn}`);
		}
	}
	// Official names from 2024: Sámi and Kven forms, and kommuner split off (Haram from Ålesund).
	for (const kommune of KOMMUNER) {
		successorsOf(kommune.nummer).forEach((successor, i) => {
			for (const form of successor.offisieltNavn.split(' – ')) {
				if (form === kommune.navn) continue;
				add(
					kommune.nummer,
					form,
					i === 0
						? `offisielt navn: ${successor.offisieltNavn}`
						: `${form}: egen kommune fra 2024 (${successor.nummer}), del av ${kommune.navn} 2020–2023`
				);
			}
		});
	}
	return names;
}

const collator = new Intl.Collator('nb');
const OTHER_NAMES = otherNames();

const ENTRIES: readonly Entry[] = KOMMUNER.map((kommune) => {
	const last = historyOf(kommune.nummer).at(-1);
	const successors = successorsOf(kommune.nummer);
	return {
		kommune,
		order: 0,
		names: [nameOf(kommune.navn, null), ...(OTHER_NAMES.get(kommune.nummer) ?? []).map(({ text, reason }) => nameOf(text, reason))],
		latest: last ? { year: last.year, kategori: last.nomination.kategori, vinner: last.nomination.vinner } : null,
		label: sharesName(kommune) ? `${kommune.navn} (${kommune.fylke})` : kommune.navn,
		numbers2024: successors
			.filter((s) => s.nummer !== kommune.nummer)
			.map((s) => ({ nummer: s.nummer, navn: s.offisieltNavn === kommune.navn ? null : s.offisieltNavn })),
		offisieltNavn: successors[0] && successors[0].offisieltNavn !== kommune.navn ? successors[0].offisieltNavn : null
	};
});
// Norwegian collation (æ, ø, å last), names sharing a spelling by county; computed once here so a
// search only compares integers.
[...ENTRIES].sort((a, b) => collator.compare(a.label, b.label)).forEach((entry, i) => (entry.order = i));

const RANK: Readonly<Record<MatchKind, number>> = { exact: 0, prefix: 1, word: 2, anywhere: 3, nummer: 4, nummer2024: 5 };

function hit(entry: Entry, match: MatchKind, reason: string | null): SearchHit {
	return {
		kommune: entry.kommune,
		latest: entry.latest && { ...entry.latest },
		label: entry.label,
		offisieltNavn: entry.offisieltNavn,
		match,
		reason
	};
}

function matchName(name: Name, query: string): MatchKind | null {
	const at = name.name.indexOf(query);
	if (at === -1) return null;
	if (at === 0) return name.name.length === query.length ? 'exact' : 'prefix';
	for (const start of name.wordStarts) if (start >= at && name.name.startsWith(query, start)) return 'word';
	return 'anywhere';
}

/** Whether the name, letters as spelt, matches the query, letters as typed, the same way. */
function matchesAsSpelt(name: string, query: string, match: MatchKind): boolean {
	if (match === 'exact') return name === query;
	if (match === 'prefix') return name.startsWith(query);
	if (match === 'word') return name.includes(` ${query}`);
	return name.includes(query);
}

/** The query without a trailing "kommune" ("Oslo kommune" → "Oslo"), unless that is all there is. */
function withoutKommune(query: string): string {
	const stripped = query.replace(/[\s,]+kommune$/iu, '').trim();
	return stripped === '' ? query : stripped;
}

/**
 * Kommuner matching `query`, best first, at most `limit` of them.
 *
 * - 1–4 digits match the start of the kommunenummer of 2020–2023 ("1539" → Rauma, "03" → Oslo),
 *   in number order, then the start of the numbers from 2024 ("5632" → Båtsfjord).
 * - Otherwise a trailing "kommune" is dropped and the normalised query is looked for in the
 *   normalised names, the kommune's own and its other names: an exact name first, then names it
 *   starts, then names where it starts a later word ("toten" → Vestre Toten), then names that
 *   contain it anywhere ("fjord" → Båtsfjord). Within each group a kommune's own name comes before
 *   its other names, names with the letters as typed before those found only by folding ("os"
 *   lists Oslo before Østre Toten, "sør" Sør-Odal before Sortland), and then Norwegian
 *   alphabetical order decides.
 * - An empty query, or one with nothing to search for ("<script>" has only "script"), finds nothing.
 */
export function searchKommuner(query: string, limit = 8): SearchHit[] {
	if (typeof query !== 'string' || !(limit > 0)) return [];
	const trimmed = withoutKommune(query.slice(0, MAX_QUERY_LENGTH).trim());
	if (trimmed === '') return [];

	if (/^\d{1,4}$/.test(trimmed)) {
		const byNummer = ENTRIES.filter((entry) => entry.kommune.nummer.startsWith(trimmed)).sort((a, b) =>
			a.kommune.nummer < b.kommune.nummer ? -1 : 1
		);
		const by2024 = ENTRIES.flatMap((entry) =>
			byNummer.includes(entry) ? [] : entry.numbers2024.filter((n) => n.nummer.startsWith(trimmed)).map((n) => ({ entry, n }))
		).sort((a, b) => (a.n.nummer < b.n.nummer ? -1 : 1));
		return [
			...byNummer.map((entry) => hit(entry, 'nummer', null)),
			...by2024.map(({ entry, n }) => hit(entry, 'nummer2024', `kommunenummer ${n.nummer} fra 2024${n.navn ? `: ${n.navn}` : ''}`))
		].slice(0, limit);
	}

	const q = normalise(trimmed);
	if (q === '') return [];
	const spelt = lowerCase(trimmed);
	const found: { entry: Entry; match: MatchKind; other: number; asSpelt: number; reason: string | null }[] = [];
	for (const entry of ENTRIES) {
		let best: (typeof found)[number] | null = null;
		for (const name of entry.names) {
			const match = matchName(name, q);
			if (!match) continue;
			const candidate = {
				entry,
				match,
				other: name.reason === null ? 0 : 1,
				asSpelt: matchesAsSpelt(name.spelt, spelt, match) ? 0 : 1,
				reason: name.reason
			};
			if (!best || compare(candidate, best) < 0) best = candidate;
		}
		if (best) found.push(best);
	}
	return found
		.sort(compare)
		.slice(0, limit)
		.map(({ entry, match, reason }) => hit(entry, match, reason));
}

function compare(
	a: { entry: Entry; match: MatchKind; other: number; asSpelt: number },
	b: { entry: Entry; match: MatchKind; other: number; asSpelt: number }
): number {
	return RANK[a.match] - RANK[b.match] || a.other - b.other || a.asSpelt - b.asSpelt || a.entry.order - b.entry.order;
}
