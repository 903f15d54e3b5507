/**
 * Reading the path of an address the site does not have, for the not-found page: what to echo
 * back, and where the visitor most likely meant to go.
 */

/**
 * Control, format and line/paragraph separator characters: among them the bidirectional overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069) that make text display in another order than it is
 * read, and zero-width characters.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** The longest slug echoed back, in characters. */
export const MAX_ECHOED = 60;

function decode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/**
 * The kommune slug a path under /kommune/ asked for, fit to show on the page: decoded, without
 * invisible characters, at most MAX_ECHOED characters; null for any other path.
 * @example askedKommuneSlug('/kommune/%E2%80%AEmoc.live') // 'moc.live'
 * @example askedKommuneSlug('/om-oss') // null
 */
export function askedKommuneSlug(pathname: string): string | null {
	const match = pathname.match(/^\/kommune\/([^/]+)/);
	if (!match) return null;
	const shown = Array.from(decode(match[1]).replace(INVISIBLE, '').trim()).slice(0, MAX_ECHOED).join('');
	return shown === '' ? null : shown;
}

/**
 * The path without the trailing slashes the site's addresses never have; null when there are none
 * to drop, when nothing would be left, or when it would start with "//" (another host, as a link).
 * @example withoutTrailingSlash('/kommune/kinn/') // '/kommune/kinn'
 */
export function withoutTrailingSlash(pathname: string): string | null {
	const trimmed = pathname.replace(/\/+$/, '');
	return trimmed === pathname || trimmed === '' || /^\/[/\\]/.test(trimmed) ? null : trimmed;
}
