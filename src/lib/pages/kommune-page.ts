/**
 * What a kommune's page shows, on the site (/kommune/<slug>[/<år>]) and in its embed: computed by
 * the pages' server loads at build time, so the browser never needs the index of all 356 kommuner
 * to move between pages. The kommune's own story (its nominations in every edition, most recent
 * first) is the same on each of its pages; what the panel says about the edition the map shows
 * follows the page's year.
 */
import { kommuneByNummer, kommuneBySlug, nearest, type Kommune } from '../kommuner/geography';
import { AWARD_YEAR, nomineeByNummer, type Kategori } from '../award/nominees';
import { describeNomination, describeReform, editionOf, everNominated, historyOf } from '../award/award-history';
import { successorsOf, type Kommune2024 } from '../kommuner/kommuner-2024';
import { historyHref } from '../url/links';
import type { YearFilter } from '../url/paths';

/** One of the kommune's nominations, in words. */
export interface NominationItem {
	year: number;
	/** "Vinner 2023 (over 15 000 innbyggere)", "Nominert 2019 som Haram (…)". */
	text: string;
	vinner: boolean | null;
	kategori: Kategori;
	/** Where it was another kommune then (Haram 2019 on Ålesund's page), in words; or null. */
	reform: string | null;
	/** The history page's section with that edition's sources. */
	sources: string;
	/** On a 2021 nominee's 2021 entry: the jury's justification, word for word from the press release. */
	begrunnelse: readonly string[] | null;
}

/** Another nominee of an edition, as the panel links to it. */
export interface NomineeLink {
	slug: string;
	/** Its name that year. */
	navn: string;
	/** Its county that year (of 2020–2023, under "alle"). */
	fylke: string;
	kategori: Kategori;
	vinner: boolean | null;
}

export interface KommunePageData {
	kommune: Kommune;
	/** What the kommune is from 1 January 2024: one successor, or more where it was split (Ålesund). */
	fra2024: Kommune2024[];
	/** Its nominations in every edition, most recent first; empty for a kommune never nominated. */
	nominations: NominationItem[];
	/** What the panel says about the edition its map shows. */
	edition: {
		år: YearFilter;
		/** Whether the kommune is among that edition's nominees (among every edition's, under "alle"). */
		nominated: boolean;
		/** Where it is: the previous and next nominee of the edition, in the list's order. */
		steps: { previous: NomineeLink; next: NomineeLink } | null;
		/** Where it is not: the edition's nominees in its county, or else the nearest. */
		near: NomineeLink[];
		nearInSameCounty: boolean;
	};
}

/** The nominees of an edition (every kommune ever nominated, under "alle") in the order the list shows them. */
function nomineesOf(år: YearFilter): (NomineeLink & { nummer: string })[] {
	if (år === 'alle') {
		return everNominated().map(({ mark, history }) => {
			const latest = history.at(-1)!.nomination;
			return {
				nummer: mark.nummer,
				slug: latest.kommune.slug,
				navn: latest.navn,
				fylke: kommuneByNummer(mark.nummer)!.fylke,
				kategori: latest.kategori,
				vinner: mark.vinner
			};
		});
	}
	return (editionOf(år)?.nominerte ?? []).map((n) => ({
		nummer: n.kommune.nummer,
		slug: n.kommune.slug,
		navn: n.navn,
		fylke: n.fylke,
		kategori: n.kategori,
		vinner: n.vinner
	}));
}

const link = ({ slug, navn, fylke, kategori, vinner }: NomineeLink): NomineeLink => ({ slug, navn, fylke, kategori, vinner });

/** The page of the kommune with this slug, showing edition `år`; undefined if there is no such kommune. */
export function kommunePageData(slug: string, år: YearFilter): KommunePageData | undefined {
	const kommune = kommuneBySlug(slug);
	if (!kommune) return undefined;
	const release = nomineeByNummer(kommune.nummer);
	const nominees = nomineesOf(år);
	const at = nominees.findIndex((n) => n.nummer === kommune.nummer);
	const steps =
		at === -1 || nominees.length < 2
			? null
			: { previous: link(nominees[(at - 1 + nominees.length) % nominees.length]), next: link(nominees[(at + 1) % nominees.length]) };
	const near =
		at === -1
			? nearest(
					kommune,
					nominees.map((n) => n.nummer)
				)
			: { nummer: [], sameCounty: false };
	return {
		kommune,
		fra2024: successorsOf(kommune.nummer),
		nominations: historyOf(kommune.nummer)
			.toReversed()
			.map((entry) => ({
				year: entry.year,
				text: describeNomination(entry),
				vinner: entry.nomination.vinner,
				kategori: entry.nomination.kategori,
				reform: describeReform(entry),
				sources: historyHref(entry.year),
				begrunnelse: release && entry.year === AWARD_YEAR ? release.begrunnelse : null
			})),
		edition: {
			år,
			nominated: at !== -1,
			steps,
			near: near.nummer.map((nummer) => link(nominees.find((n) => n.nummer === nummer)!)),
			nearInSameCounty: near.sameCounty
		}
	};
}
