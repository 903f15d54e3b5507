/**
 * Which vector tiles exist (geo/tiles.ts writes them): the map asks only for those, so panning over
 * open sea makes no request and no 404.
 */

/** The deepest zoom with tiles; MapLibre draws deeper zooms from these (the data has no more detail). */
export const TILE_MAX_ZOOM = 9;

/**
 * The land drawn around Norway, [west, south, east, north]: where the map can be panned when zoomed
 * out. Far enough south that a phone's map, whose view reaches far below the frame (under the
 * sheet), still fits in it at the overview's zoom.
 */
export const WORLD_EXTENT: [number, number, number, number] = [-45, 30, 75, 84];

/** From this zoom on, tiles exist only in PAN_EXTENT, and the map keeps to it. */
export const PAN_LIMITED_FROM = 7;
/** Where the map can be panned when zoomed in: Norway with its neighbours. */
export const PAN_EXTENT: [number, number, number, number] = [-4, 54, 38, 74];

/** zoom → x → sorted y of the tiles that exist. */
export type TileIndex = Record<number, Record<number, number[]>>;

export function hasTile(index: TileIndex, z: number, x: number, y: number): boolean {
	const column = index[z]?.[x];
	if (!column) return false;
	let lo = 0;
	let hi = column.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		if (column[mid] === y) return true;
		if (column[mid] < y) lo = mid + 1;
		else hi = mid - 1;
	}
	return false;
}
