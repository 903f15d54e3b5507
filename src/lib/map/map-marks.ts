/**
 * Which kommuner the map marks (colours, and gives a marker while small) for a page's filter: the
 * nominees of the edition (or of every edition) in the class shown, named as they were then, and
 * the selected kommune if it is among the edition's nominees, whatever the class filter. The
 * pages, their static views' stylesheets (geo/build.ts) and the interactive map all mark from here.
 */
import { AWARD_EDITIONS, yearMarks } from '../award/award-history';
import type { Kategori } from '../award/nominees';
import type { Filter, YearFilter } from '../url/paths';

export interface Mark {
	/** The name it was nominated under: Haram (2019) on the map of 2020–2023's Ålesund. */
	navn: string;
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
				navn: mark.navn,
				kategori: mark.kategori ?? latestKategori.get(mark.nummer)!,
				vinner: mark.vinner,
				years: mark.years,
				slug: slugOf.get(mark.nummer)!
			}
		])
	);
}

/** The marks for a filter, by kommunenummer of 2020–2023, with the selected kommune's kept whatever the class. */
export function mapMarks({ kategori, år }: Filter, selected: string | null): Map<string, Mark> {
	const marks = marksFor(år, kategori);
	if (selected && !marks.has(selected)) {
		const unfiltered = marksFor(år, null).get(selected);
		if (unfiltered) marks.set(selected, unfiltered);
	}
	return marks;
}
