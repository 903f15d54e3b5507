import { describe, expect, it } from 'vitest';
import { trailingSlashRedirect } from './trailing-slash';

describe('trailingSlashRedirect', () => {
	const cases: [string, string | null][] = [
		['/kommune/kinn/', '/kommune/kinn'],
		['/kommune/kinn///', '/kommune/kinn'],
		['/kommune/kinn/?kategori=over', '/kommune/kinn?kategori=over'],
		['/kommune/', '/kommune'],
		['/tilgjengelighet/', '/tilgjengelighet'],
		['/kommune/kinn', null],
		['/kommune/kinn?next=/a/', null],
		['/', null],
		['/?kategori=over', null],
		['//evil.example/', null],
		['/\\evil.example/', null],
		['/%2F%2Fevil.example/', '/%2F%2Fevil.example'],
		['/kommune/kinn%0D%0ASet-Cookie:x/', '/kommune/kinn%0D%0ASet-Cookie:x']
	];
	it.each(cases)('%s → %s', (target, expected) => {
		expect(trailingSlashRedirect(target)).toBe(expected);
	});
});
