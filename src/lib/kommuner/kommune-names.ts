/**
 * The kommuner by name and number alone, with their URL slugs, and the kommuner to suggest for an
 * address that names none. Apart from geography.ts, which adds where each lies, because the
 * not-found page's own script (src/lib/not-found/first-paint.ts) needs these before that page
 * paints: without the boxes and label points it is a third of the size.
 */
import { kommuneNames } from '../generated/kommuner';
import type { KommuneName } from './kommune-record';
import { slugify } from './slug';
import { withSlugs } from './kommune-slugs';
import { numbers2024 } from './kommuner-2024';

/** A kommune by name and number, with its URL slug. */
export type NamedKommune = KommuneName & { slug: string };

/** Every kommune, sorted by name as Norwegian readers expect (æ, ø, å last). */
export const KOMMUNE_NAMES: readonly NamedKommune[] = withSlugs(kommuneNames).sort((a, b) => a.navn.localeCompare(b.navn, 'nb'));

const byNummer = new Map(KOMMUNE_NAMES.map((kommune) => [kommune.nummer, kommune]));

/** Levenshtein distance, for suggesting names close to a mistyped slug. */
function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * The kommuner whose slugs are closest to `text` (typically the unknown part of a URL), best
 * first: `closestKommuner('trondhjem')[0].navn === 'Trondheim'`.
 */
export function closestKommuner(text: string, count = 3): NamedKommune[] {
	const wanted = slugify(text.slice(0, 100));
	if (!wanted) return [];
	return KOMMUNE_NAMES.map((kommune) => ({
		kommune,
		score: Math.min(editDistance(wanted, kommune.slug), kommune.slug.startsWith(wanted) ? 0 : Infinity)
	}))
		.sort((a, b) => a.score - b.score || a.kommune.navn.localeCompare(b.kommune.navn, 'nb'))
		.slice(0, count)
		.map(({ kommune }) => kommune);
}

/** A kommune suggested for an unknown number, with the number that brought it up. */
export interface NummerSuggestion {
	kommune: NamedKommune;
	nummer: string;
	/** Whether `nummer` is its number from 2024 rather than that of 2020–2023. */
	fra2024: boolean;
}

/**
 * The kommuner whose number, of 2020–2023 or from 2024, is closest to `digits` (typically an
 * unknown address such as /kommune/5699), best first: with fewer than four digits those whose
 * number starts so, else the nearest in value. `kommunerNearNummer('5699')[0]` is Nesseby (5636
 * from 2024).
 */
export function kommunerNearNummer(digits: string, count = 3): NummerSuggestion[] {
	if (!/^\d+$/.test(digits)) return [];
	const candidates: NummerSuggestion[] = [
		...KOMMUNE_NAMES.map((kommune) => ({ kommune, nummer: kommune.nummer, fra2024: false })),
		...numbers2024()
			.filter(({ nummer2024, nummer2020 }) => nummer2024 !== nummer2020)
			.map(({ nummer2024, nummer2020 }) => ({ kommune: byNummer.get(nummer2020)!, nummer: nummer2024, fra2024: true }))
	];
	const wanted = digits.slice(0, 4);
	const ranked =
		wanted.length < 4
			? candidates.filter((c) => c.nummer.startsWith(wanted)).sort((a, b) => a.nummer.localeCompare(b.nummer))
			: candidates
					.map((c) => ({ c, distance: Math.abs(Number(c.nummer) - Number(wanted)) }))
					.sort((a, b) => a.distance - b.distance || a.c.nummer.localeCompare(b.c.nummer))
					.map(({ c }) => c);
	const seen = new Set<string>();
	return ranked.filter((c) => !seen.has(c.kommune.nummer) && seen.add(c.kommune.nummer)).slice(0, count);
}
