/**
 * The oEmbed answer for each page that can be embedded, written at build time to /oembed/… and
 * named by the page's <link rel="alternate" type="application/json+oembed">: each overview state
 * (/oembed/2023-over.json) and each kommune page (/oembed/kommune/kinn.json, …/kinn/2021.json).
 */
import { kommuneBySlug } from '../kommuner/geography';
import { kommunePageData } from '../pages/kommune-page';
import { oembed, type OEmbedRich } from '../embed/embed-code';
import { kommuneEmbedTitle, kommuneImage, overviewEmbedTitle, overviewImage } from '../pages/page-text';
import { absoluteHref, absoluteUrl, SITE_NAME } from '../url/site';
import { embedKommuneHref, embedOverviewHref } from '../url/links';
import { DEFAULT_FILTER, kommuneYear, parseYear, type Filter } from '../url/paths';

/** Names that earlier pages gave their answers, kept for consumers that stored them. */
export const OEMBED_ALIASES: Readonly<Record<string, Filter>> = {
	oversikt: DEFAULT_FILTER,
	kaaringen: { år: 'alle', kategori: null }
};

const provider = () => ({ providerName: SITE_NAME, providerUrl: absoluteUrl('/') });

export function overviewOEmbed(filter: Filter): OEmbedRich {
	return oembed({
		...provider(),
		src: absoluteHref(embedOverviewHref(filter)),
		title: overviewEmbedTitle(filter),
		thumbnail: absoluteUrl(overviewImage(filter).path)
	});
}

/** A kommune's oEmbed answer, its map showing its own edition or `year`; undefined if there is no such kommune or edition. */
export function kommuneOEmbed(slug: string, year?: string): OEmbedRich | undefined {
	const kommune = kommuneBySlug(slug);
	const år = year === undefined ? kommuneYear(slug) : parseYear(year);
	const data = kommune && år !== null ? kommunePageData(kommune.slug, år) : undefined;
	if (!data) return undefined;
	return oembed({
		...provider(),
		src: absoluteHref(embedKommuneHref(data.kommune.slug, data.edition.år)),
		title: kommuneEmbedTitle(data.kommune.navn),
		thumbnail: absoluteUrl(kommuneImage(data).path)
	});
}
