/**
 * The eleven counties (fylker) of the 2020–2023 structure, keyed by fylkesnummer:
 * the first two digits of a kommune's four-digit number.
 */
export const COUNTY_NAMES: Readonly<Record<string, string>> = {
	'03': 'Oslo',
	'11': 'Rogaland',
	'15': 'Møre og Romsdal',
	'18': 'Nordland',
	'30': 'Viken',
	'34': 'Innlandet',
	'38': 'Vestfold og Telemark',
	'42': 'Agder',
	'46': 'Vestland',
	'50': 'Trøndelag',
	'54': 'Troms og Finnmark'
};

/** The county number of a four-digit kommunenummer, e.g. `countyNumberOf('1539') === '15'`. */
export function countyNumberOf(kommunenummer: string): string {
	return kommunenummer.slice(0, 2);
}
