import { describe, expect, it } from 'vitest';
import { ERROR_PAGES, errorPage } from './error-pages.js';
import { DOCUMENT_ONLY_CSP } from './security-policy.js';

describe('errorPage', () => {
	const pages = Object.entries(ERROR_PAGES).map(([file, page]) => [file, errorPage(page, '')] as const);

	it('writes the pages nginx answers 400, 405, 414 and a too large header with', () => {
		expect(Object.keys(ERROR_PAGES)).toEqual(['400.html', '405.html', '414.html', '494.html']);
	});

	it.each(pages)('%s is short, in Norwegian, and leads to the front page', (_file, html) => {
		expect(html).toContain('<html lang="nb">');
		expect(html).toMatch(/<h1>[A-ZÆØÅ][^<]+<\/h1>\n<p>[^<]+\.<\/p>/);
		expect(html).toContain('<a href="/">Gå til forsiden</a>');
	});

	it.each(pages)('%s loads nothing, under a policy that allows nothing', (_file, html) => {
		expect(html).not.toMatch(/<script|<link|<img|style=|<style/);
		expect(html.indexOf(`<meta http-equiv="content-security-policy" content="${DOCUMENT_ONLY_CSP}">`)).toBeLessThan(
			html.indexOf('<title>')
		);
	});

	it('leads to the front page under the base path', () => {
		expect(errorPage(ERROR_PAGES['414.html'], '/vertskommune')).toContain('<a href="/vertskommune/">Gå til forsiden</a>');
	});
});
