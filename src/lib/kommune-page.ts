/**
 * What a kommune's page shows, on the site (/kommune/<slug>) and in its embed
 * (/embed/kommune/<slug>): computed by the pages' server loads at build time, so the browser never
 * needs the index of all 356 kommuner to move between pages.
 */
import { kommuneBySlug, kommuneOf, nomineesNear, type Kommune } from './geography';
import { nomineeByNummer, type Nominee } from './nominees';
import { describeNomination, describeReform, historyOf } from './award-history';
import { successorsOf, type Kommune2024 } from './kommuner-2024';
import { historyHref } from './url-state';

export interface KommunePageData {
	kommune: Kommune;
	nominee: Nominee | null;
	/** What the kommune is from 1 January 2024: one successor, or more where it was split (Ålesund). */
	fra2024: Kommune2024[];
	/** Its history with the award, reforms included, in words, with a link to each year's sources. */
	history: { year: number; vinner: boolean | null; text: string; reform: string | null; sources: string }[];
	/** For a kommune that was not nominated: the nominees to suggest. */
	near: Nominee[];
	/** Whether those share its county. */
	nearInSameCounty: boolean;
}

/** The page of the kommune with this slug, or undefined if there is none. */
export function kommunePageData(slug: string): KommunePageData | undefined {
	const kommune = kommuneBySlug(slug);
	if (!kommune) return undefined;
	const nominee = nomineeByNummer(kommune.nummer) ?? null;
	const near = nominee ? [] : nomineesNear(kommune);
	return {
		kommune,
		nominee,
		fra2024: successorsOf(kommune.nummer),
		history: historyOf(kommune.nummer).map((entry) => ({
			year: entry.year,
			vinner: entry.nomination.vinner,
			text: describeNomination(entry),
			reform: describeReform(entry),
			sources: historyHref(entry.year)
		})),
		near,
		nearInSameCounty: near.length > 0 && kommuneOf(near[0]).fylkesnummer === kommune.fylkesnummer
	};
}
