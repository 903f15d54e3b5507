/**
 * The award's editions as geo/award-history.ts generates them from
 * shared/content/kaaringen-2019-2025.json (src/lib/generated/award-history.ts).
 */
import type { Kategori } from './nominees';

/**
 * How a nominee's size class is known: stated by a source; by elimination (the three nominees of the
 * other class are stated, so the rest are in this one); or from its population, far from 15 000.
 */
export type KategoriKjent = 'kilde' | 'utelukkelse' | 'innbyggertall';

export interface AwardNomination {
	/** The name that year. */
	navn: string;
	/** Kommunenummer in force that year. */
	kommunenummer: string;
	/** County that year. */
	fylke: string;
	kategori: Kategori;
	kategoriKjent: KategoriKjent;
	/** Whether it won; null where no source states it. */
	vinner: boolean | null;
	/** The history file's note on it (in English, as the file has it), e.g. on a merger; or null. */
	merknad: string | null;
	/** The kommune of 2020–2023 that holds it: kommunenummer, name and URL slug. */
	kommune: { nummer: string; navn: string; slug: string };
	/**
	 * Set where the nominee was another kommune than the one of 2020–2023 that holds it (Haram 2019
	 * in Ålesund): the kommune of 2024 bearing its name again, if there is one.
	 */
	tidligereKommune: { igjenFra2024: { nummer: string; navn: string } | null } | null;
}

export interface AwardEdition {
	year: number;
	/** Kommune structure the year's numbers and counties belong to: 2019, 2020 (2020–2023) or 2024. */
	struktur: 2019 | 2020 | 2024;
	/** The day the winners were named (YYYY-MM-DD), or null where no source states it. */
	kunngjort: string | null;
	/** The event, e.g. "Kommunalpolitisk toppmøte". */
	arrangement: string;
	/** Where it was held, or null where no source states it. */
	sted: string | null;
	/** Number of proposals received, or null where no source states it. */
	forslag: number | null;
	/** False where only the winners are known (2022). */
	nominerteKjent: boolean;
	/** False where no source states the winners (2025). */
	vinnereKjent: boolean;
	nominerte: AwardNomination[];
	/** The first source that names every winner (by what the file says it states), or null. */
	kildeForVinnerne: string | null;
	/** The source that is the press release the site quotes (shared/content/…-nominerte.txt), or null. */
	kildeForPressemeldingen: string | null;
	/** The latest day (YYYY-MM-DD) by which the nominees' press release was public, and the source that shows it; or null. */
	pressemeldingSenest: { dato: string; kilde: string } | null;
	/** The history file's note on the edition (in English, as the file has it), or null. */
	merknad: string | null;
}

/** A year without an award, with the pages that say so. */
export interface YearWithoutAward {
	year: number;
	/** Why there was none, as the history file says it (in English). */
	merknad: string;
	kilder: string[];
}
