/** One kommune of the 2020–2023 structure, as listed in the index built by `geo/`. */
export interface KommuneRecord {
	/** Four-digit kommunenummer, e.g. "0301". */
	nummer: string;
	navn: string;
	/** Two-digit county number, e.g. "03". */
	fylkesnummer: string;
	fylke: string;
	/** [west, south, east, north] in degrees. */
	bbox: [number, number, number, number];
	/** [lon, lat] inside the kommune's largest polygon, for labels. */
	labelPoint: [number, number];
}
