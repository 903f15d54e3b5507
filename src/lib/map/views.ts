/**
 * How the map frames what it shows: all of Norway, or one kommune with room around it. A view is a
 * box in map units; it is fitted into the frame (the part of the map no panel, sheet, legend,
 * control or attribution covers) the way MapLibre's fitBounds does it, and the static first view
 * does the same in CSS (see StaticMap.svelte and static-view.ts).
 */
import { boxCentre, boxHeight, boxOfExtent, boxWidth, scaleOfZoom, type Box, type Point } from './mercator';

/** West, south, east, north of mainland Norway with its islands, as in the boundary data. */
export const NORWAY_EXTENT: [number, number, number, number] = [4.5, 57.95, 31.17, 71.19];
/**
 * The overview's box: Norway with sea around, more of it to the south-west (the Skagerrak and the
 * North Sea), where five of the six nominees and their labels crowd.
 */
export const NORWAY_BOX: Box = boxOfExtent([2.6, 56.9, 31.8, 71.5]);

/**
 * The boundary data has a point about every 400–800 m (median 830 m): beyond zoom 10 a border would
 * only grow straighter, so the map stops there.
 */
export const MAX_ZOOM = 10;
export const MAX_SCALE = scaleOfZoom(MAX_ZOOM);
/** Norway fills a 200 px frame at about zoom 2.8; no one needs to see more of the world. */
export const MIN_ZOOM = 2.5;

/** A selected kommune is fitted with this much room around its own box, so neighbours and sea show. */
export const KOMMUNE_CONTEXT = 1.75;

/** The box shown for a kommune with the given [west, south, east, north] extent. */
export function kommuneBox(extent: readonly [number, number, number, number]): Box {
	return expand(boxOfExtent(extent), KOMMUNE_CONTEXT);
}

/** `box` grown by `factor` around its centre. */
export function expand(box: Box, factor: number): Box {
	const [cx, cy] = boxCentre(box);
	const hw = (boxWidth(box) * factor) / 2;
	const hh = (boxHeight(box) * factor) / 2;
	return [cx - hw, cy - hh, cx + hw, cy + hh];
}

/** CSS pixels per map unit when `box` is fitted into a frame of `width` × `height` pixels. */
export function fitScale(box: Box, width: number, height: number): number {
	return Math.min(width / boxWidth(box), height / boxHeight(box), MAX_SCALE);
}

/** A fitted view: what map point sits at the frame's centre, and at what scale. */
export interface Camera {
	centre: Point;
	scale: number;
}

export function fitCamera(box: Box, width: number, height: number): Camera {
	return { centre: boxCentre(box), scale: fitScale(box, width, height) };
}
