/**
 * URL slugs of the kommuner: the name's slug, plus the county's where two kommuner share a name
 * (Våler in Viken and in Innlandet, Herøy in Møre og Romsdal and in Nordland). The one place this
 * rule lives: geography.ts (routes, search) and the geo build (file names) both use it.
 */
import type { KommuneRecord } from './kommune-record';
import { slugify } from './slug';

export interface Kommune extends KommuneRecord {
	/** Unique URL slug: the name's slug, plus the county's where two kommuner share a name. */
	slug: string;
}

/** The names (as slugs, so also as URLs) that more than one kommune has. */
export function sharedNames(records: readonly Pick<KommuneRecord, 'navn'>[]): Set<string> {
	const count = new Map<string, number>();
	for (const record of records) count.set(slugify(record.navn), (count.get(slugify(record.navn)) ?? 0) + 1);
	return new Set([...count].filter(([, n]) => n > 1).map(([name]) => name));
}

/** The slug of each kommune, in the order given (`valer-viken`, `valer-innlandet`, `rauma`). */
export function kommuneSlugs(kommuner: readonly { navn: string; fylke: string }[]): string[] {
	const shared = sharedNames(kommuner);
	return kommuner.map(({ navn, fylke }) => (shared.has(slugify(navn)) ? `${slugify(navn)}-${slugify(fylke)}` : slugify(navn)));
}

export function withSlugs<T extends Pick<KommuneRecord, 'navn' | 'fylke'>>(records: readonly T[]): (T & { slug: string })[] {
	const slugs = kommuneSlugs(records);
	return records.map((record, i) => ({ ...record, slug: slugs[i] }));
}
