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

/** A county from 1 January 2024: its Norwegian name and any official Sámi or Kven names beside it. */
export interface County2024 {
	navn: string;
	andreNavn: readonly string[];
}

/** The fifteen counties from 1 January 2024, keyed by fylkesnummer (the table in shared/geo/README.md). */
export const COUNTIES_2024: Readonly<Record<string, County2024>> = {
	'03': { navn: 'Oslo', andreNavn: [] },
	'11': { navn: 'Rogaland', andreNavn: [] },
	'15': { navn: 'Møre og Romsdal', andreNavn: [] },
	'18': { navn: 'Nordland', andreNavn: ['Nordlánnda'] },
	'31': { navn: 'Østfold', andreNavn: [] },
	'32': { navn: 'Akershus', andreNavn: [] },
	'33': { navn: 'Buskerud', andreNavn: [] },
	'34': { navn: 'Innlandet', andreNavn: [] },
	'39': { navn: 'Vestfold', andreNavn: [] },
	'40': { navn: 'Telemark', andreNavn: [] },
	'42': { navn: 'Agder', andreNavn: [] },
	'46': { navn: 'Vestland', andreNavn: [] },
	'50': { navn: 'Trøndelag', andreNavn: ['Trööndelage'] },
	'55': { navn: 'Troms', andreNavn: ['Romsa', 'Tromssa'] },
	'56': { navn: 'Finnmark', andreNavn: ['Finnmárku', 'Finmarkku'] }
};

/** A 2024 county's name with its other official names, as the README writes it: "Troms (Romsa, Tromssa)". */
export function countyLabel2024(fylkesnummer: string): string {
	const county = COUNTIES_2024[fylkesnummer];
	if (!county) return fylkesnummer;
	return county.andreNavn.length > 0 ? `${county.navn} (${county.andreNavn.join(', ')})` : county.navn;
}
