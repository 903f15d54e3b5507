import { describe, expect, it } from 'vitest';
import { redirectPage } from './redirect-page';

describe('redirectPage', () => {
	const html = redirectPage({ name: 'Rauma', href: '/kommune/rauma', canonical: 'https://example.org/kommune/rauma' });

	it.each([
		['refreshes to the page at once', '<meta http-equiv="refresh" content="0;url=/kommune/rauma">'],
		['names the page as canonical', '<link rel="canonical" href="https://example.org/kommune/rauma">'],
		['links to it in words', '<a href="/kommune/rauma">Rauma</a>'],
		['is in Norwegian', '<html lang="nb">'],
		['has a title', '<title>Rauma – Vertskommunekartet</title>'],
		['keeps itself out of search results', '<meta name="robots" content="noindex">']
	])('%s', (_, markup) => expect(html).toContain(markup));

	it('has no script and no inline style, for a strict CSP', () => {
		expect(html).not.toMatch(/<script|style=/);
	});

	it('carries a policy that allows nothing to load, before anything it governs', () => {
		const policy = `<meta http-equiv="content-security-policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">`;
		expect(html.indexOf(policy)).toBeGreaterThan(-1);
		expect(html.indexOf(policy)).toBeLessThan(html.indexOf('<title>'));
	});

	it('escapes what it is given', () => {
		const page = redirectPage({ name: 'A & "B" <c>', href: '/x?a=1&b=2', canonical: 'https://example.org/x' });
		expect(page).toContain('<a href="/x?a=1&#38;b=2">A &#38; &#34;B&#34; &#60;c&#62;</a>');
	});
});
