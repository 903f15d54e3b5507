/**
 * Web Mercator as MapLibre uses it, in "map units": the world is MAP_UNITS wide and tall, x grows
 * east and y south from the top-left corner (lon −180°, lat ≈ 85°). One map unit is one CSS pixel
 * at zoom MAP_UNIT_ZOOM, so a scale `s` (CSS pixels per map unit) is zoom `MAP_UNIT_ZOOM + log2(s)`.
 * The static first paint (CSS) and the interactive map (MapLibre) both place things with these
 * numbers, so they frame a view identically.
 */

/** MapLibre's world size at zoom 0, in CSS pixels. */
export const TILE_SIZE = 512;
/** The zoom at which one map unit is one CSS pixel. */
export const MAP_UNIT_ZOOM = 11;
export const MAP_UNITS = TILE_SIZE * 2 ** MAP_UNIT_ZOOM;

/** [x0, y0, x1, y1] in map units, x0 < x1 and y0 < y1 (y0 is the northern edge). */
export type Box = [number, number, number, number];
export type Point = [number, number];

/** [lon, lat] in degrees → [x, y] in map units. */
export function project([lon, lat]: readonly [number, number]): Point {
	const sin = Math.sin((lat * Math.PI) / 180);
	const y = 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
	return [((lon + 180) / 360) * MAP_UNITS, y * MAP_UNITS];
}

/** [x, y] in map units → [lon, lat] in degrees. */
export function unproject([x, y]: readonly [number, number]): [number, number] {
	const lon = (x / MAP_UNITS) * 360 - 180;
	const n = Math.PI - (2 * Math.PI * y) / MAP_UNITS;
	return [lon, (180 / Math.PI) * Math.atan(Math.sinh(n))];
}

/** The box of a [west, south, east, north] extent in degrees. */
export function boxOfExtent([west, south, east, north]: readonly [number, number, number, number]): Box {
	const [x0, y0] = project([west, north]);
	const [x1, y1] = project([east, south]);
	return [x0, y0, x1, y1];
}

/** [west, south, east, north] in degrees of a box. */
export function extentOfBox([x0, y0, x1, y1]: Box): [number, number, number, number] {
	const [west, north] = unproject([x0, y0]);
	const [east, south] = unproject([x1, y1]);
	return [west, south, east, north];
}

export const boxWidth = (box: Box) => box[2] - box[0];
export const boxHeight = (box: Box) => box[3] - box[1];
export const boxCentre = (box: Box): Point => [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];

export function zoomOfScale(scale: number): number {
	return MAP_UNIT_ZOOM + Math.log2(scale);
}

export function scaleOfZoom(zoom: number): number {
	return 2 ** (zoom - MAP_UNIT_ZOOM);
}
