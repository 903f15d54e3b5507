/**
 * All 356 kommuner of the 2020–2023 structure with their URL slugs, and lookups on them.
 * The records come from the index that geo/build.ts generates from the shared boundaries.
 */
import { kommuneRecords } from '../generated/kommuner';
import type { KommuneRecord } from './kommune-record';
import { slugify } from './slug';
import { sharedNames, withSlugs, type Kommune } from './kommune-slugs';
import { numbers2024 } from './kommuner-2024';

export type { KommuneRecord, Kommune };

const shared = sharedNames(kommuneRecords);

/**
 * Whether another kommune has the same name (compared as slugs, so also in URLs), so that its
 * county must tell them apart: Våler in Viken and in Innlandet, Herøy in Møre og Romsdal and in Nordland.
 */
export function sharesName(kommune: Pick<KommuneRecord, 'navn'>): boolean {
	return shared.has(slugify(kommune.navn));
}

/** Every kommune, sorted by name as Norwegian readers expect (æ, ø, å last). */
export const KOMMUNER: readonly Kommune[] = withSlugs(kommuneRecords).sort((a, b) => a.navn.localeCompare(b.navn, 'nb'));

const bySlug = new Map(KOMMUNER.map((kommune) => [kommune.slug, kommune]));
const byNummer = new Map(KOMMUNER.map((kommune) => [kommune.nummer, kommune]));

export function kommuneBySlug(slug: string): Kommune | undefined {
	return bySlug.get(slug);
}

export function kommuneByNummer(nummer: string): Kommune | undefined {
	return byNummer.get(nummer);
}

/** Rough distance in km between two [lon, lat] points; enough to rank neighbours. */
function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
	const kx = 111.32 * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
	return Math.hypot((lon2 - lon1) * kx, (lat2 - lat1) * 110.57);
}

/**
 * Of `candidates` (kommunenummer of 2020–2023, e.g. an edition's nominees), those to suggest from
 * `kommune`: the ones in its county, in the order given, or else the `count` nearest. Itself is
 * never among them. `nearest(molde, ['1539', '4602', …])` → { nummer: ['1539'], sameCounty: true }.
 */
export function nearest(kommune: KommuneRecord, candidates: readonly string[], count = 2): { nummer: string[]; sameCounty: boolean } {
	const others = candidates.filter((nummer) => nummer !== kommune.nummer && byNummer.has(nummer));
	const sameCounty = others.filter((nummer) => byNummer.get(nummer)!.fylkesnummer === kommune.fylkesnummer);
	if (sameCounty.length > 0) return { nummer: sameCounty, sameCounty: true };
	const ranked = others
		.map((nummer) => ({ nummer, d: distanceKm(kommune.labelPoint, byNummer.get(nummer)!.labelPoint) }))
		.sort((a, b) => a.d - b.d)
		.slice(0, count)
		.map(({ nummer }) => nummer);
	return { nummer: ranked, sameCounty: false };
}

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
export function closestKommuner(text: string, count = 3): Kommune[] {
	const wanted = slugify(text.slice(0, 100));
	if (!wanted) return [];
	return KOMMUNER.map((kommune) => ({
		kommune,
		score: Math.min(editDistance(wanted, kommune.slug), kommune.slug.startsWith(wanted) ? 0 : Infinity)
	}))
		.sort((a, b) => a.score - b.score || a.kommune.navn.localeCompare(b.kommune.navn, 'nb'))
		.slice(0, count)
		.map(({ kommune }) => kommune);
}

/** A kommune suggested for an unknown number, with the number that brought it up. */
export interface NummerSuggestion {
	kommune: Kommune;
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
		...KOMMUNER.map((kommune) => ({ kommune, nummer: kommune.nummer, fra2024: false })),
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
