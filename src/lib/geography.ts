/**
 * All 356 kommuner of the 2020–2023 structure with their URL slugs, and lookups on them.
 * The records come from the index that geo/build.ts generates from the shared boundaries.
 */
import { kommuneRecords } from './generated/kommuner';
import type { KommuneRecord } from './kommune-record';
import { NOMINEES, type Nominee } from './nominees';
import { kommuneSlugs, slugify } from './slug';

export type { KommuneRecord };

export interface Kommune extends KommuneRecord {
	/** Unique URL slug: the name's slug, plus the county's where two kommuner share a name. */
	slug: string;
}

function withSlugs(records: readonly KommuneRecord[]): Kommune[] {
	const slugs = kommuneSlugs(records);
	return records.map((record, i) => ({ ...record, slug: slugs[i] }));
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

/** The kommune record of a nominee (every nominee is in the boundary data; a unit test checks). */
export function kommuneOf(nominee: Nominee): Kommune {
	return byNummer.get(nominee.nummer)!;
}

/** Rough distance in km between two [lon, lat] points; enough to rank neighbours. */
function distanceKm([lon1, lat1]: [number, number], [lon2, lat2]: [number, number]): number {
	const kx = 111.32 * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
	return Math.hypot((lon2 - lon1) * kx, (lat2 - lat1) * 110.57);
}

/**
 * Nominees to suggest from a kommune that was not nominated: those in the same county, or else
 * the `count` nearest.
 */
export function nomineesNear(kommune: KommuneRecord, count = 2): Nominee[] {
	const sameCounty = NOMINEES.filter((n) => kommuneOf(n).fylkesnummer === kommune.fylkesnummer && n.nummer !== kommune.nummer);
	if (sameCounty.length > 0) return sameCounty;
	return NOMINEES.filter((n) => n.nummer !== kommune.nummer)
		.map((n) => ({ n, d: distanceKm(kommune.labelPoint, kommuneOf(n).labelPoint) }))
		.sort((a, b) => a.d - b.d)
		.slice(0, count)
		.map(({ n }) => n);
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
