/**
 * Which kommuner the map marks (colours, and gives a marker while small) for what the URL asks:
 * the nominees of the year (or of every year) in the class shown, and the selected kommune if it
 * is among the year's nominees, whatever the class filter.
 */
import { AWARD_EDITIONS, yearMarks, type YearFilter } from './award-history';
import type { Kategori } from './nominees';
import type { ViewParams } from './url-state';

export interface Mark {
	/** The class; for a kommune nominated in both classes over the years, its latest. */
	kategori: Kategori;
	/** Whether it won (in any of the years shown); null where the winner is not known. */
	vinner: boolean | null;
	years: number[];
	slug: string;
}

const slugOf = new Map(AWARD_EDITIONS.flatMap((edition) => edition.nominerte.map((n) => [n.kommune.nummer, n.kommune.slug] as const)));
const latestKategori = new Map<string, Kategori>();
for (const edition of AWARD_EDITIONS) for (const n of edition.nominerte) latestKategori.set(n.kommune.nummer, n.kategori);

function marksFor(år: YearFilter, kategori: Kategori | null): Map<string, Mark> {
	return new Map(
		yearMarks(år, kategori).map((mark) => [
			mark.nummer,
			{
				kategori: mark.kategori ?? latestKategori.get(mark.nummer)!,
				vinner: mark.vinner,
				years: mark.years,
				slug: slugOf.get(mark.nummer)!
			}
		])
	);
}

export function mapMarks({ kategori, år }: ViewParams, selected: string | null): Map<string, Mark> {
	const marks = marksFor(år, kategori);
	if (selected && !marks.has(selected)) {
		const unfiltered = marksFor(år, null).get(selected);
		if (unfiltered) marks.set(selected, unfiltered);
	}
	return marks;
}
