/**
 * Addresses by kommunenummer, /kommune/1539 or /kommune/5632 (a number from 2024): which kommune
 * of 2020–2023 they mean, and the small page a static host serves for them.
 */
import { kommuneByNummer, type Kommune } from '../geography';
import { holderOf } from '../kommuner-2024';
import { absoluteUrl } from '../site';
import { kommuneHref } from '../url-state';
import { escapeXml } from '../svg-map';

/** The kommune of 2020–2023 a four-digit address means: its number then, or its number from 2024. */
export function kommuneForNummer(nummer: string): Kommune | undefined {
	if (!/^\d{4}$/.test(nummer)) return undefined;
	return kommuneByNummer(nummer) ?? kommuneByNummer(holderOf(nummer) ?? '');
}

/**
 * The page written for a number address when the site is prerendered: a meta refresh to the
 * kommune's page, its canonical address, and a link for anyone the refresh does not move. No
 * script, so it works under a strict Content-Security-Policy.
 */
export function numberAddressPage(kommune: Kommune): string {
	const href = escapeXml(kommuneHref(kommune.slug));
	const name = escapeXml(kommune.navn);
	return (
		`<!doctype html>\n<html lang="nb"><head><meta charset="utf-8">` +
		`<meta name="viewport" content="width=device-width, initial-scale=1">` +
		`<title>${name} – Vertskommunekartet</title>` +
		`<meta http-equiv="refresh" content="0;url=${href}">` +
		`<link rel="canonical" href="${escapeXml(absoluteUrl(`/kommune/${kommune.slug}`))}">` +
		`<meta name="robots" content="noindex">` +
		`</head><body><p><a href="${href}">${name}</a></p></body></html>\n`
	);
}
