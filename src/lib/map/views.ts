/**
 * How the map frames what it shows: all of Norway, or one kommune with room around it. A view is a
 * box in map units; it is fitted into the frame (the part of the map no panel, sheet, legend,
 * control or attribution covers) the way MapLibre's fitBounds does it, and the static first paint
 * does the same in CSS (view-css.ts, applied by MapArea.svelte).
 */
import { boxCentre, boxHeight, boxOfExtent, boxWidth, project, scaleOfZoom, type Box, type Point } from './mercator';
import { MOST_NAMED } from './view-labels';

/** West, south, east, north of mainland Norway with its islands, as in the boundary data. */
export const NORWAY_EXTENT: [number, number, number, number] = [4.5, 57.95, 31.17, 71.19];
/**
 * The overview's box: Norway with sea around, more of it to the south-west (the Skagerrak and the
 * North Sea), where five of the six nominees and their labels crowd.
 */
export const NORWAY_BOX: Box = boxOfExtent([2.6, 56.9, 31.8, 71.5]);

/** What the overview frames where every kommune a state marks lies in southern Norway: south of Trøndelag. */
const SOUTH_EXTENT: [number, number, number, number] = [4.2, 57.8, 13.2, 63.2];
export const SOUTH_BOX: Box = boxOfExtent([3.9, 57.6, 13.5, 63.35]);

/**
 * The view an overview state is drawn on: "sor-norge", southern Norway, where every kommune it
 * marks lies there (2019 and 2025: nominees that crowd at the scale of all of Norway get room), else
 * "norge". `extentOf` gives a kommune's [west, south, east, north] by its number.
 */
export function overviewViewName(marked: Iterable<string>, extentOf: (nummer: string) => readonly number[]): 'norge' | 'sor-norge' {
	const [w, s, e, n] = SOUTH_EXTENT;
	for (const nummer of marked) {
		const [x0, y0, x1, y1] = extentOf(nummer);
		if (x0 < w || y0 < s || x1 > e || y1 > n) return 'norge';
	}
	return 'sor-norge';
}

/**
 * «Alle år» on all of Norway: so many kommuner are marked that the winners along the south coast
 * and in the south-west, a few kilometres apart, have no room for their names at this scale. That
 * region is shown again, magnified, in a frame of its own (the "inset") where they are named: over
 * Sweden on a wide map, below Norway on a tall one. Not on a phone: too small to help there.
 */
export const INSET_REGION: Box = boxOfExtent([4.6, 57.9, 12.6, 59.95]);
/** The view drawn in the inset frame. */
export const INSET_VIEW = 'innfelt';
/** Where the inset shows (the same query in StaticInset.svelte and MapArea.svelte). */
export const INSET_MEDIA = '(min-width: 48rem) and (min-height: 37.5rem)';
/**
 * A map area at most this wide per its height is tall: the inset lies below Norway, off the
 * overview's box (the same condition, `@container maparea (max-aspect-ratio: 5 / 8)`, in the
 * Svelte files); a wider one has it over Sweden, on the box.
 */
export const INSET_BELOW_ASPECT = 5 / 8;
export const INSET_BELOW_QUERY = 'maparea (max-aspect-ratio: 5 / 8)';
/**
 * The part of the overview's box the inset may lie on, in map units: from its top-left corner
 * (east of the Swedish border, south of Trøndelag) to the box's lower right. The overview's labels
 * keep off it; the frame itself may reach further right and down, beyond the box, to the map's edge.
 */
export const INSET_FRAME: Box = [...project([14.2, 63]), NORWAY_BOX[2], NORWAY_BOX[3]];
/** Whether a state on view `viewName` marking `marks` kommuner has the inset: all years, on all of Norway. */
export function usesInset(viewName: string, marks: number): boolean {
	return viewName === 'norge' && marks > MOST_NAMED;
}

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
