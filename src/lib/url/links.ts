/**
 * The site's links, base path included, and where links in content that the site and its embeds
 * share go. On the site: its own pages. In an embed (a page inside another site's iframe): kommune
 * and overview links stay in the embed, and a link that leaves it (to the full site or a source)
 * opens in a new tab — the full site refuses to be framed, and a reader should not lose the
 * article the map sits in.
 *
 *   // in a layout: setPageLinks(EMBED_LINKS);
 *   // in a component: const links = pageLinks(); <a href={links.kommune('rauma', 2019)}>
 */
import { getContext, setContext } from 'svelte';
import { base } from '$app/paths';
import { DEFAULT_FILTER, embedPath, kommunePath, overviewPath, type Filter, type YearFilter } from './paths';

/** Link to an overview state. */
export const overviewHref = (filter: Filter = DEFAULT_FILTER) => `${base}${overviewPath(filter)}`;
/** Link to a kommune's page, showing its own edition or `år`. */
export const kommuneHref = (slug: string, år?: YearFilter) => `${base}${kommunePath(slug, år)}`;
/** Link to an overview state's embed. */
export const embedOverviewHref = (filter: Filter = DEFAULT_FILTER) => `${base}${embedPath(overviewPath(filter))}`;
/** Link to a kommune's embed. */
export const embedKommuneHref = (slug: string, år?: YearFilter) => `${base}${embedPath(kommunePath(slug, år))}`;

/** Link to the page on the award's history, at one edition's section when `year` is given. */
export function historyHref(year?: number): string {
	return `${base}/kaaringen${year ? `#kaaringen-${year}` : ''}`;
}

export interface PageLinks {
	/** A kommune's page, showing its own edition or `år`. */
	kommune: (slug: string, år?: YearFilter) => string;
	/** An overview state. */
	overview: (filter?: Filter) => string;
	/** The `target` of a link that leaves these pages (another page of the full site, a source). */
	outside: '_blank' | undefined;
}

export const SITE_LINKS: PageLinks = { kommune: kommuneHref, overview: overviewHref, outside: undefined };
export const EMBED_LINKS: PageLinks = { kommune: embedKommuneHref, overview: embedOverviewHref, outside: '_blank' };

const KEY = Symbol('page-links');

/** The context that gives a component rendered on its own (a test) these links. */
export function pageLinksContext(links: PageLinks): Map<symbol, PageLinks> {
	return new Map([[KEY, links]]);
}

/** Called by a layout while it initialises: the links its pages' content uses. */
export function setPageLinks(links: PageLinks): void {
	setContext(KEY, links);
}

/** Called by a component while it initialises; the site's links unless a layout set others. */
export function pageLinks(): PageLinks {
	return getContext<PageLinks | undefined>(KEY) ?? SITE_LINKS;
}
