/** One kommune of the 2020–2023 structure by name and number, as listed in the index built by `geo/`. */
export interface KommuneName {
	/** Four-digit kommunenummer, e.g. "0301". */
	nummer: string;
	navn: string;
	/** Two-digit county number, e.g. "03". */
	fylkesnummer: string;
	fylke: string;
}

/** Where a kommune lies, from the same index. */
export interface KommunePlace {
	/** [west, south, east, north] in degrees. */
	bbox: [number, number, number, number];
	/** [lon, lat] inside the kommune's largest polygon, for labels. */
	labelPoint: [number, number];
}

/** One kommune of the 2020–2023 structure: its name and number, and where it lies. */
export interface KommuneRecord extends KommuneName, KommunePlace {}
