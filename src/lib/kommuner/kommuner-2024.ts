/**
 * What each kommune of 2020–2023 is from 1 January 2024: number, official name (with Sámi and
 * Kven forms) and county. From the crosswalk geo/history-build.ts generates by shape overlap
 * and name (geo/crosswalk.ts).
 */
import { SUCCESSORS } from '../generated/kommuner-2024';
import { countyLabel2024, countyNumberOf, COUNTIES_2024 } from './counties';

export interface Kommune2024 {
	nummer: string;
	/** The official name, several forms joined by " – ": "Guovdageaidnu – Kautokeino". */
	offisieltNavn: string;
	fylkesnummer: string;
	/** The county's Norwegian name: "Finnmark". */
	fylke: string;
	/** The county with its other official names: "Finnmark (Finnmárku, Finmarkku)". */
	fylkeOffisielt: string;
}

function kommune2024([nummer, offisieltNavn]: readonly [string, string]): Kommune2024 {
	const fylkesnummer = countyNumberOf(nummer);
	return {
		nummer,
		offisieltNavn,
		fylkesnummer,
		fylke: COUNTIES_2024[fylkesnummer]?.navn ?? fylkesnummer,
		fylkeOffisielt: countyLabel2024(fylkesnummer)
	};
}

/** The successors from 2024 of a kommune of 2020–2023, the one bearing its name first: Ålesund 1507 → Ålesund 1508, Haram 1580. */
export function successorsOf(nummer2020: string): Kommune2024[] {
	return (SUCCESSORS[nummer2020] ?? []).map(kommune2024);
}

const holderOf2024 = new Map<string, string>();
for (const [nummer2020, successors] of Object.entries(SUCCESSORS))
	for (const [nummer2024] of successors) holderOf2024.set(nummer2024, nummer2020);

/** The kommunenummer of 2020–2023 whose area a kommune of 2024 lies in: "5632" → "5443", "1580" → "1507". */
export function holderOf(nummer2024: string): string | undefined {
	return holderOf2024.get(nummer2024);
}

/** Every kommunenummer of 2024, with the kommune of 2020–2023 holding it. */
export function numbers2024(): { nummer2024: string; nummer2020: string }[] {
	return [...holderOf2024].map(([nummer2024, nummer2020]) => ({ nummer2024, nummer2020 }));
}

/**
 * The numbers of 2024 that can stand as an address for a kommune of 2020–2023: those that are not
 * already a number of 2020–2023 (which then means that kommune). Each leads to the one kommune of
 * 2020–2023 it lies in: "5632" → Båtsfjord, "1580" (Haram) → Ålesund.
 */
export function redirectNumbers2024(): { nummer2024: string; nummer2020: string }[] {
	return numbers2024().filter(({ nummer2024 }) => !(nummer2024 in SUCCESSORS));
}
