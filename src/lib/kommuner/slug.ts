/**
 * The URL slug of a name: lower case, æ→ae, ø→o, å→a, other diacritics stripped, spaces and
 * other separators → hyphens. `slugify('Nore og Uvdal') === 'nore-og-uvdal'`,
 * `slugify('Aurskog-Høland') === 'aurskog-holand'`.
 */
export function slugify(name: string): string {
	return name
		.toLowerCase()
		.replaceAll('æ', 'ae')
		.replaceAll('ø', 'o')
		.replaceAll('å', 'a')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
