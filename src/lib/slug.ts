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

/**
 * The URL slug of each kommune, in the order given: the name's slug, plus the county's where two
 * kommuner share a name (`valer-viken`, `valer-innlandet`). Geography and the geo build both use it.
 */
export function kommuneSlugs(kommuner: readonly { navn: string; fylke: string }[]): string[] {
	const nameCount = new Map<string, number>();
	for (const { navn } of kommuner) nameCount.set(slugify(navn), (nameCount.get(slugify(navn)) ?? 0) + 1);
	return kommuner.map(({ navn, fylke }) => (nameCount.get(slugify(navn))! > 1 ? `${slugify(navn)}-${slugify(fylke)}` : slugify(navn)));
}
