import { describe, expect, it } from 'vitest';
import { askedKommuneSlug, MAX_ECHOED, withoutTrailingSlash } from './requested-path';

describe('askedKommuneSlug', () => {
	const cases: [string, string, string | null][] = [
		['a plain slug', '/kommune/kinnn', 'kinnn'],
		['only the slug, not what follows', '/kommune/kinnn/mer/tekst', 'kinnn'],
		['decoded', '/kommune/b%C3%B8', 'bø'],
		['a right-to-left override dropped', '/kommune/%E2%80%AEmoc.live%20ot%20og', 'moc.live ot og'],
		['isolates and marks dropped', '/kommune/a%E2%81%A6b%E2%81%A9c%E2%80%8Fd', 'abcd'],
		['zero-width characters dropped', '/kommune/ki%E2%80%8Bnn%EF%BB%BF', 'kinn'],
		['control characters and line breaks dropped', '/kommune/ki%0Ann%00%1B%E2%80%A8', 'kinn'],
		['bad percent-encoding kept as it is', '/kommune/%E2%80', '%E2%80'],
		['nothing but invisible characters', '/kommune/%E2%80%AE%E2%80%AE', null],
		['a path outside /kommune/', '/om-oss', null],
		['/kommune/ alone', '/kommune/', null]
	];
	it.each(cases)('%s', (_name, path, expected) => {
		expect(askedKommuneSlug(path)).toBe(expected);
	});

	it(`cuts at ${MAX_ECHOED} characters without splitting one`, () => {
		const asked = askedKommuneSlug(`/kommune/${'😀'.repeat(100)}`)!;
		expect(Array.from(asked)).toHaveLength(MAX_ECHOED);
		expect(asked).toBe('😀'.repeat(MAX_ECHOED));
	});
});

describe('withoutTrailingSlash', () => {
	const cases: [string, string | null][] = [
		['/kommune/kinn/', '/kommune/kinn'],
		['/kommune/kinn//', '/kommune/kinn'],
		['/kommune/', '/kommune'],
		['/kommune/kinn', null],
		['/', null],
		['//', null],
		['//other.example/', null],
		['/\\other.example/', null]
	];
	it.each(cases)('%s', (path, expected) => {
		expect(withoutTrailingSlash(path)).toBe(expected);
	});
});
