/**
 * URL slugs of the kommuner: the name's slug, plus the county's where two kommuner share a name
 * (Våler in Viken and in Innlandet, Herøy in Møre og Romsdal and in Nordland).
 */
import type { KommuneRecord } from './kommune-record';
import { slugify } from './slug';

export interface Kommune extends KommuneRecord {
	/** Unique URL slug: the name's slug, plus the county's where two kommuner share a name. */
	slug: string;
}

export function withSlugs(records: readonly KommuneRecord[]): Kommune[] {
	const nameCount = new Map<string, number>();
	for (const record of records) nameCount.set(slugify(record.navn), (nameCount.get(slugify(record.navn)) ?? 0) + 1);
	return records.map((record) => {
		const slug = slugify(record.navn);
		return { ...record, slug: nameCount.get(slug)! > 1 ? `${slug}-${slugify(record.fylke)}` : slug };
	});
}
