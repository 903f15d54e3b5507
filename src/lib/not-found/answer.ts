/**
 * What the not-found page says about the address it was served for: the kommune slug or number
 * the visitor asked for, and the kommuner they most likely meant. Pure, so that the page's own
 * script (first-paint.ts, before the page is painted) and the app (NotFound.svelte, on a
 * client-side navigation) say the same.
 */
import { closestKommuner, kommunerNearNummer } from '../kommuner/kommune-names';
import { kommuneHomePath } from '../url/kommune-home';
import { askedKommuneSlug } from './requested-path';

export interface Suggestion {
	/** The kommune's page, without the base path. */
	path: string;
	navn: string;
	/** What tells it apart or brought it up: its county, or its number. */
	detail: string;
}

export interface NotFoundAnswer {
	/** The slug or number asked for, fit to echo back. */
	asked: string;
	/** Digits ask for a kommunenummer: suggested by number, not by name. */
	byNummer: boolean;
	suggestions: Suggestion[];
}

/**
 * The answer for `pathname` (without the base path); null when it did not ask for a kommune.
 * @example notFoundAnswer('/kommune/trondhjem')?.suggestions[0].navn // 'Trondheim'
 */
export function notFoundAnswer(pathname: string): NotFoundAnswer | null {
	const asked = askedKommuneSlug(pathname);
	if (asked === null) return null;
	const byNummer = /^\d+$/.test(asked);
	const suggestions = byNummer
		? kommunerNearNummer(asked).map(({ kommune, nummer, fra2024 }) => ({
				path: kommuneHomePath(kommune.slug),
				navn: kommune.navn,
				detail: `kommunenummer ${nummer}${fra2024 ? ' fra 2024' : ' (2020–2023)'}, ${kommune.fylke}`
			}))
		: closestKommuner(asked).map((kommune) => ({ path: kommuneHomePath(kommune.slug), navn: kommune.navn, detail: kommune.fylke }));
	return { asked, byNummer, suggestions };
}

/** The sentence that echoes the address back. */
export const echo = ({ asked, byNummer }: NotFoundAnswer) =>
	`Vi fant ingen kommune med ${byNummer ? 'kommunenummeret' : 'adressen'} «${asked}».`;

/** The heading of the suggestion list. */
export const suggestionsTitle = ({ byNummer }: NotFoundAnswer) => (byNummer ? 'Nærmeste kommunenummer:' : 'Mente du en av disse?');
