/**
 * A static page that sends the visitor on to another address: a meta refresh (no script, so it
 * works under a strict CSP and without JavaScript), a canonical link for search engines, and a
 * plain link for anyone whose browser does not follow the refresh. Its policy allows no script,
 * style or other load at all (deploy/security-policy.js).
 */
import { DOCUMENT_ONLY_CSP } from '../../../deploy/security-policy.js';
import { SITE_NAME } from '../url/site';
import { escapeXml } from '../map/svg-map';

export interface RedirectTarget {
	/** Name of the page led to, for the title and the link: the kommune's. */
	name: string;
	/** Its address as the site links to it (with the base path). */
	href: string;
	/** Its absolute URL. */
	canonical: string;
}

export function redirectPage({ name, href, canonical }: RedirectTarget): string {
	const [text, to, url] = [name, href, canonical].map(escapeXml);
	return (
		`<!doctype html>\n<html lang="nb">\n<head>\n<meta charset="utf-8">\n` +
		`<meta http-equiv="content-security-policy" content="${DOCUMENT_ONLY_CSP}">\n<title>${text} – ${SITE_NAME}</title>\n` +
		`<meta name="robots" content="noindex">\n<link rel="canonical" href="${url}">\n` +
		`<meta http-equiv="refresh" content="0;url=${to}">\n</head>\n` +
		`<body>\n<p>Siden har flyttet til <a href="${to}">${text}</a>.</p>\n</body>\n</html>\n`
	);
}
