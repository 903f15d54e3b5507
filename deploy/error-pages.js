/**
 * The pages nginx answers 400, 405, 414 and a too large header (its 494, sent as 400) with
 * (deploy/nginx.conf, `error_page`) instead of its own English ones: short, in Norwegian, with a link to the front page. Plain files that load nothing,
 * so they serve a request nginx could not even read, under DOCUMENT_ONLY_CSP. The build writes
 * them beside the site (svelte.config.js); asked for by name, nginx answers 404.
 *
 * Plain JavaScript with JSDoc types: svelte.config.js imports it.
 */
import { DOCUMENT_ONLY_CSP } from './security-policy.js';

/** File name → heading and text. */
export const ERROR_PAGES = {
	'400.html': {
		heading: 'Ugyldig adresse',
		text: 'Nettstedet kan ikke lese denne adressen. Sjekk at den er skrevet riktig.'
	},
	'405.html': {
		heading: 'Ikke tillatt',
		text: 'Nettstedet viser bare sider. Det tar ikke imot skjemaer eller opplastinger.'
	},
	'414.html': {
		heading: 'Adressen er for lang',
		text: 'Nettstedet kan ikke lese så lange adresser. Sjekk lenken du fulgte.'
	},
	// nginx's own code for request headers too large (mostly cookies), answered as 400.
	'494.html': {
		heading: 'Forespørselen er for stor',
		text: 'Nettleseren sendte mer enn nettstedet kan lese, som regel for mange informasjonskapsler. Slett informasjonskapslene for nettstedet og prøv igjen.'
	}
};

/** @param {string} text */
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * One error page.
 * @param {{ heading: string, text: string }} page
 * @param {string} base the base path the site is served under ('' or '/sub-path')
 */
export function errorPage({ heading, text }, base) {
	return [
		'<!doctype html>',
		'<html lang="nb">',
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="content-security-policy" content="${DOCUMENT_ONLY_CSP}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta name="color-scheme" content="light dark">',
		'<meta name="robots" content="noindex">',
		`<title>${escapeHtml(heading)} – Vertskommunekartet</title>`,
		'</head>',
		'<body>',
		'<main>',
		`<h1>${escapeHtml(heading)}</h1>`,
		`<p>${escapeHtml(text)}</p>`,
		`<p><a href="${escapeHtml(base)}/">Gå til forsiden</a></p>`,
		'</main>',
		'</body>',
		'</html>',
		''
	].join('\n');
}
