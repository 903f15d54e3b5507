/**
 * What each page of the map is called and says about itself, in one place: its heading, its
 * <title>, its description and its share image, the same for the page, its link preview, its
 * oEmbed answer and its share image's alt text. From the award's facts alone.
 */
import { AWARD_EDITIONS, editionOf, formatDate, listNames, resultSentence, winnersOf } from '../award/award-history';
import { AWARD, AWARD_YEAR, KATEGORI_LABEL, type Kategori } from '../award/nominees';
import type { KommunePageData } from './kommune-page';
import { filterKey, kommuneYear, type Filter, type YearFilter } from '../url/paths';

/** "2019–2025": the years the history spans. */
export const HISTORY_RANGE = `${AWARD_EDITIONS[0].year}–${AWARD_EDITIONS.at(-1)!.year}`;

/** The award's name in a year: the 2021 release's full name for 2021, the short one otherwise. */
export function awardName(year: number): string {
	return year === AWARD_YEAR ? `${AWARD.title} ${year}` : `Årets vertskommune ${year}`;
}

const NUMBER_WORDS = ['ingen', 'den ene', 'de to', 'de tre', 'de fire', 'de fem', 'de seks', 'de sju', 'de åtte', 'de ni', 'de ti'];
const countWords = (count: number) => NUMBER_WORDS[count] ?? `de ${count}`;

/** The nominees a filter shows of one edition. */
function shownNominees(year: number, kategori: Kategori | null) {
	return (editionOf(year)?.nominerte ?? []).filter((n) => !kategori || n.kategori === kategori);
}

/** An overview state's heading: "Årets vertskommune 2023", "Kåringen 2019–2025". */
export function overviewHeading({ år }: Filter): string {
	return år === 'alle' ? `Kåringen ${HISTORY_RANGE}` : awardName(år);
}

/** The class a state shows, as its heading's second line: "Kommuner over 15 000 innbyggere"; null for both. */
export function classHeading({ kategori }: Filter): string | null {
	return kategori ? `Kommuner ${KATEGORI_LABEL[kategori]}` : null;
}

/** An overview state's <title>: "Årets vertskommune 2023: Fyresdal og Halden vant". */
export function overviewTitle(filter: Filter): string {
	const { år, kategori } = filter;
	const klasse = kategori ? `, ${KATEGORI_LABEL[kategori]}` : '';
	if (år === 'alle') return `Kåringen ${HISTORY_RANGE}${klasse}: alle nominerte og vinnere på kart`;
	const edition = editionOf(år)!;
	const shown = shownNominees(år, kategori);
	const winners = edition.vinnereKjent ? shown.filter((n) => n.vinner === true).map((n) => n.navn) : [];
	const result = winners.length > 0 ? `${listNames(winners)} vant` : `${countWords(shown.length)} nominerte`;
	return `${awardName(år)}${klasse}: ${result}${år === AWARD_YEAR && !kategori ? ' – de seks nominerte på kart' : ''}`;
}

/** An overview state's description, for search results and link previews. */
export function overviewDescription({ år, kategori }: Filter): string {
	const klasse = kategori ? ` i klassen ${KATEGORI_LABEL[kategori]}` : '';
	if (år === 'alle') {
		return `Alle kommuner KS og NHO har nominert til Årets vertskommune ${HISTORY_RANGE}${klasse}, med årene og vinnerne, på kart.`;
	}
	const edition = editionOf(år)!;
	const count = shownNominees(år, kategori).length;
	const texts = år === AWARD_YEAR ? ', med juryens begrunnelser' : '';
	return `${resultSentence(edition, kategori)} Kart over ${countWords(count)} kommunene KS og NHO nominerte til ${awardName(år)}${klasse}${texts}.`;
}

/** The share image of an overview state: /share/<filterKey>.png. */
export function overviewImage(filter: Filter): { path: string; alt: string } {
	const { år, kategori } = filter;
	const klasse = kategori ? ` ${KATEGORI_LABEL[kategori]}` : '';
	const what = år === 'alle' ? `alle nominerte kommuner ${HISTORY_RANGE}${klasse}` : `de nominerte kommunene i ${år}${klasse}`;
	return { path: `/share/${filterKey(filter)}.png`, alt: `Norgeskart med ${what}, vinnerne merket` };
}

/** The oEmbed answer of an overview state: /oembed/<filterKey>.json. */
export const overviewOEmbedPath = (filter: Filter) => `/oembed/${filterKey(filter)}.json`;

/** The title of an overview state's embed (its iframe's title). */
export function overviewEmbedTitle(filter: Filter): string {
	const { år, kategori } = filter;
	const klasse = kategori ? `, ${KATEGORI_LABEL[kategori]}` : '';
	return `Kart: ${år === 'alle' ? `${AWARD.title}, alle år` : awardName(år)}${klasse} – Vertskommunekartet`;
}

/** A kommune's latest nomination in words, as its panel opens: "Vinner 2023, over 15 000 innbyggere". */
export function kommuneKind(data: Pick<KommunePageData, 'nominations'>): string {
	const latest = data.nominations[0];
	if (!latest) return 'Kommune';
	return `${latest.vinner ? 'Vinner' : 'Nominert'} ${latest.year}, ${KATEGORI_LABEL[latest.kategori]}`;
}

/** The edition a kommune page's map shows, where it is not the kommune's own: " – kart over 2021". */
function mapYear(slug: string, år: YearFilter): string {
	if (år === kommuneYear(slug)) return '';
	return ` – kart over ${år === 'alle' ? `alle år` : år}`;
}

/** A kommune page's <title>: "Halden – vinner av Årets vertskommune 2023". */
export function kommuneTitle(data: Pick<KommunePageData, 'kommune' | 'nominations' | 'edition'>): string {
	const { kommune, nominations } = data;
	const latest = nominations[0];
	const story = latest
		? `${kommune.navn} – ${latest.vinner ? 'vinner av' : 'nominert til'} ${awardName(latest.year)}`
		: `${kommune.navn} – Årets vertskommune ${HISTORY_RANGE}`;
	return story + mapYear(kommune.slug, data.edition.år);
}

/** A kommune page's description: its latest nomination and the others, or that it has none. */
export function kommuneDescription(data: Pick<KommunePageData, 'kommune' | 'nominations'>): string {
	const { kommune, nominations } = data;
	const [latest, ...earlier] = nominations;
	if (!latest) return `${kommune.navn} (${kommune.fylke}) er ikke blant de nominerte som er kjent fra kåringene ${HISTORY_RANGE}.`;
	const edition = editionOf(latest.year)!;
	const klasse = KATEGORI_LABEL[latest.kategori];
	const result = latest.vinner
		? `vant klassen ${klasse}${edition.kunngjort ? ` ${formatDate(edition.kunngjort)}` : ` i ${latest.year}`}`
		: `var nominert i klassen ${klasse} i ${latest.year}`;
	const also = earlier.length > 0 ? ` Også nominert ${listNames(earlier.map((n) => String(n.year)).toReversed())}.` : '';
	const jury = nominations.find((n) => n.begrunnelse)?.begrunnelse?.[0];
	const quote = jury ? ` ${jury.slice(0, 110)}…` : '';
	return `${kommune.navn} (${kommune.fylke}) ${result}.${also}${quote}`;
}

/** A kommune page's share image: its own where it was nominated, else that of the edition its map shows. */
export function kommuneImage(data: Pick<KommunePageData, 'kommune' | 'nominations' | 'edition'>): { path: string; alt: string } {
	const latest = data.nominations[0];
	if (!latest) return overviewImage({ år: data.edition.år, kategori: null });
	return {
		path: `/share/${data.kommune.slug}.png`,
		alt: `Norgeskart der ${data.kommune.navn} er uthevet${latest.vinner ? `, merket som vinner ${latest.year}` : ''}`
	};
}

/** The oEmbed answer of a kommune page: /oembed/kommune/<slug>.json, or …/<slug>/<år>.json for another edition. */
export function kommuneOEmbedPath(slug: string, år: YearFilter): string {
	return år === kommuneYear(slug) ? `/oembed/kommune/${slug}.json` : `/oembed/kommune/${slug}/${år}.json`;
}

/** The title of a kommune's embed. */
export function kommuneEmbedTitle(navn: string): string {
	return `Kart: ${navn} – ${AWARD.title} – Vertskommunekartet`;
}

/** The winners an overview state names, for its share image: the edition's in the class shown. */
export function shownWinners(filter: Filter): string[] {
	if (filter.år === 'alle') return [];
	return winnersOf(editionOf(filter.år)!)
		.filter((n) => !filter.kategori || n.kategori === filter.kategori)
		.map((n) => n.navn);
}
