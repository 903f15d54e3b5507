/** The title of each embed's iframe (what a screen reader announces for it) and of its oEmbed answer. */
import { AWARD } from './nominees';
import { SITE_NAME } from './site';

export const OVERVIEW_EMBED_TITLE = `Kart: ${AWARD.title} ${AWARD.year} – ${SITE_NAME}`;
export const HISTORY_EMBED_TITLE = `Kart: ${AWARD.title}, alle år – ${SITE_NAME}`;

export function kommuneEmbedTitle(navn: string): string {
	return `Kart: ${navn} – ${AWARD.title} – ${SITE_NAME}`;
}
