/**
 * All 356 kommuner of the 2020–2023 structure with their URL slugs, and lookups on them.
 * The records come from the index that geo/build.ts generates from the shared boundaries: the
 * names and numbers (kommune-names.ts, with the suggestions for an unknown address), and where each lies.
 */
import { kommunePlaces } from '../generated/kommuner';
import type { KommuneRecord } from './kommune-record';
import { slugify } from './slug';
import { sharedNames, type Kommune } from './kommune-slugs';
import { KOMMUNE_NAMES } from './kommune-names';

export type { KommuneRecord, Kommune };

const shared = sharedNames(KOMMUNE_NAMES);

/**
 * Whether another kommune has the same name (compared as slugs, so also in URLs), so that its
 * county must tell them apart: Våler in Viken and in Innlandet, Herøy in Møre og Romsdal and in Nordland.
 */
export function sharesName(kommune: Pick<KommuneRecord, 'navn'>): boolean {
	return shared.has(slugify(kommune.navn));
}

/** Every kommune, sorted by name as Norwegian readers expect (æ, ø, å last). */
export const KOMMUNER: readonly Kommune[] = KOMMUNE_NAMES.map((kommune) => ({ ...kommune, ...kommunePlaces[kommune.nummer] }));

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
