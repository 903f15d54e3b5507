/**
 * The oEmbed answer for each page that can be embedded, written at build time to /oembed/… and
 * named by the page's <link rel="alternate" type="application/json+oembed">: the overview, the
 * history page (the map of all years) and each kommune.
 */
import { kommuneBySlug } from '../geography';
import { nomineeByNummer } from '../nominees';
import { oembed, type OEmbedRich } from '../embed-code';
import { HISTORY_EMBED_TITLE, kommuneEmbedTitle, OVERVIEW_EMBED_TITLE } from '../embed-titles';
import { absoluteHref, absoluteUrl, SITE_NAME } from '../site';
import { embedKommuneHref, embedOverviewHref } from '../url-state';

/** The pages other than kommuner with an oEmbed file: /oembed/<name>.json. */
export const OEMBED_PAGES = ['oversikt', 'kaaringen'] as const;

const provider = () => ({ providerName: SITE_NAME, providerUrl: absoluteUrl('/') });

export function pageOEmbed(name: (typeof OEMBED_PAGES)[number]): OEmbedRich {
	return oembed({
		...provider(),
		src: absoluteHref(name === 'kaaringen' ? embedOverviewHref({ år: 'alle' }) : embedOverviewHref()),
		title: name === 'kaaringen' ? HISTORY_EMBED_TITLE : OVERVIEW_EMBED_TITLE,
		thumbnail: absoluteUrl('/share/norge.png')
	});
}

/** A kommune's oEmbed answer, or undefined if no kommune has the slug. */
export function kommuneOEmbed(slug: string): OEmbedRich | undefined {
	const kommune = kommuneBySlug(slug);
	if (!kommune) return undefined;
	const nominee = nomineeByNummer(kommune.nummer);
	return oembed({
		...provider(),
		src: absoluteHref(embedKommuneHref(kommune.slug)),
		title: kommuneEmbedTitle(kommune.navn),
		thumbnail: absoluteUrl(nominee ? `/share/${kommune.slug}.png` : '/share/norge.png')
	});
}
