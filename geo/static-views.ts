/**
 * The static first paint of every page, drawn at build time from the full-detail boundaries:
 * - a base image (SVG) of the view's surroundings: neighbouring land, Norway's land, kommune and
 *   county borders, the coast, simplified to half a pixel at the largest size the view is shown;
 * - the shapes of the kommuner the view can colour or outline (nominees, the selected kommune),
 *   in the same coordinates, drawn inline by the page so the filter can recolour them;
 * - the view's labels and the CSS that places them for every frame size (view-css.ts).
 */
import type { Box, Point } from '../src/lib/map/mercator';
import { boxCentre, boxHeight, boxWidth } from '../src/lib/map/mercator';
import { fitScale, MAX_SCALE } from '../src/lib/map/views';
import type { MapColours } from '../src/lib/map/kategori-colours';
import { LINE_WIDTHS } from '../src/lib/map/map-style';
import { boxesIntersect, clipLineToBox, clipRingToBox, orient, ringBox, simplifyLine, type Ring } from './planar';
import { linesOf, polygonsOf, simplified, type MapGeometry } from './map-geometry';

/** The base image is sharp up to the scale at which the view's box fills a frame this large. */
const SHARP_UP_TO: [number, number] = [1600, 1100];
/** Simplification tolerance in CSS pixels at that scale. */
const TOLERANCE_PX = 0.7;
/**
 * The base image reaches beyond the view's box so that no frame shows its edge: a frame from three
 * times as tall as wide (a tablet's map beside the list, 342 × 900 px at 768 × 1024) to twice as wide
 * as tall, the box fitted into it, with a tenth more around…
 */
const FRAME_ASPECTS = { tallest: 3, widest: 2 };
const REGION_MARGIN = 1.1;
/** …and at least this many CSS pixels from the centre at the view's largest scale (small kommuner at max zoom). */
const REGION_MIN_HALF_PX = 1100;

export interface StaticViewDrawing {
	region: Box;
	/** Width and height of the drawings' coordinate system (one unit ≈ one CSS pixel at the largest scale). */
	size: [number, number];
	/** The base image, an SVG document. */
	svg: string;
	/** Path data of the requested kommuner that reach into the region, in the same coordinates. */
	shapes: Record<string, string>;
}

export function regionOf(box: Box, maxScale: number): Box {
	const [cx, cy] = boxCentre(box);
	const [w, h] = [boxWidth(box), boxHeight(box)];
	const least = REGION_MIN_HALF_PX / maxScale;
	const halfW = Math.max((REGION_MARGIN * Math.max(w, h * FRAME_ASPECTS.widest)) / 2, least);
	const halfH = Math.max((REGION_MARGIN * Math.max(h, w * FRAME_ASPECTS.tallest)) / 2, least);
	return [cx - halfW, cy - halfH, cx + halfW, cy + halfH];
}

export function drawStaticView(
	geometry: MapGeometry,
	neighbours: Ring[][],
	box: Box,
	shapeIds: readonly string[],
	colours: { light: MapColours; dark: MapColours }
): StaticViewDrawing {
	const maxScale = Math.min(fitScale(box, ...SHARP_UP_TO), MAX_SCALE);
	const region = regionOf(box, maxScale);
	const tolerance = TOLERANCE_PX / maxScale;
	// Lines and rings reaching a little outside the region are kept whole; the image clips them.
	const margin = 4 / maxScale;
	const reach: Box = [region[0] - margin, region[1] - margin, region[2] + margin, region[3] + margin];
	const topology = simplified(geometry, tolerance, reach);
	const size: [number, number] = [round(boxWidth(region) * maxScale), round(boxHeight(region) * maxScale)];
	const toPx = ([x, y]: Point): Point => [(x - region[0]) * maxScale, (y - region[1]) * maxScale];

	const fill = (polygons: Ring[][]) =>
		polygons
			.flatMap((polygon) => {
				if (!boxesIntersect(ringBox(polygon[0]), reach)) return [];
				const clipped = orient(polygon.map((ring) => clipRingToBox(ring, reach)).filter((ring) => ring.length >= 4));
				return clipped.length && clipped[0].length >= 4 ? [clipped] : [];
			})
			.map((polygon) => polygon.map((ring) => ringPath(ring.map(toPx))).join(''))
			.join('');
	const stroke = (lines: Point[][]) =>
		lines
			.filter((line) => boxesIntersect(ringBox(line), reach))
			.flatMap((line) => clipLineToBox(line, reach))
			.map((line) => linePath(line.map(toPx)))
			.join('');

	const neighbourPath = fill(
		neighbours
			.filter((polygon) => boxesIntersect(ringBox(polygon[0]), reach))
			.map((polygon) => polygon.map((ring) => simplifyLine(ring, tolerance)))
	);
	const landPath = fill(polygonsOf(topology, geometry.land));
	const kommunePath = stroke(linesOf(topology, geometry.kommuneBorders));
	const countyPath = stroke(linesOf(topology, geometry.countyBorders));
	const coastPath = stroke(linesOf(topology, geometry.coast));
	const borderPath = stroke(linesOf(topology, geometry.nationalBorder));

	const shapes: Record<string, string> = {};
	const byId = new Map(topology.objects.kommuner.geometries.map((g) => [String(g.id), g]));
	for (const id of shapeIds) {
		const kommune = byId.get(id);
		const path = kommune ? fill(polygonsOf(topology, kommune)) : '';
		if (path) shapes[id] = path;
	}

	const css = (c: MapColours) =>
		`.n{fill:${c.neighbour}}.l{fill:${c.land}}` +
		`.k,.f,.o,.b{fill:none;vector-effect:non-scaling-stroke;stroke-linejoin:round;stroke-linecap:round}` +
		`.k{stroke:${c.kommuneBorder};stroke-width:${LINE_WIDTHS.kommune}}` +
		`.f{stroke:${c.countyBorder};stroke-width:${LINE_WIDTHS.county}}` +
		`.o{stroke:${c.coast};stroke-width:${LINE_WIDTHS.coast}}` +
		`.b{stroke:${c.nationalBorder};stroke-width:${LINE_WIDTHS.national}}`;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size[0]} ${size[1]}" width="${size[0]}" height="${size[1]}" preserveAspectRatio="none">` +
		`<style>g:not(:target){display:none}${css(colours.light)}@media (prefers-color-scheme:dark){${css(colours.dark)}}</style>` +
		`<g id="fills"><path class="n" d="${neighbourPath}"/><path class="l" d="${landPath}"/></g>` +
		`<g id="lines"><path class="k" d="${kommunePath}"/><path class="f" d="${countyPath}"/><path class="o" d="${coastPath}"/><path class="b" d="${borderPath}"/></g></svg>\n`;
	return { region, size, svg, shapes };
}

/** Whole units: one unit is a CSS pixel at the view's largest scale, so half a pixel at most. */
const round = (value: number) => Math.round(value);

/** Path data with relative moves between rounded points, repeated points dropped. */
function pathData(points: Point[], close: boolean): string {
	const rounded = points.map(([x, y]) => [round(x), round(y)]);
	const kept = rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
	if (kept.length < (close ? 3 : 2)) return '';
	let d = `M${kept[0][0]} ${kept[0][1]}`;
	for (let i = 1; i < kept.length; i++) {
		const dx = kept[i][0] - kept[i - 1][0];
		const dy = kept[i][1] - kept[i - 1][1];
		d += `${i === 1 ? 'l' : ' '}${dx}${dy < 0 ? '' : ' '}${dy}`;
	}
	return close ? `${d}z` : d;
}

const ringPath = (ring: Point[]) => pathData(ring.slice(0, -1), true);
const linePath = (line: Point[]) => pathData(line, false);

/** Height of the locator's coordinate system; Norway's outline is simplified to a unit of it. */
const LOCATOR_HEIGHT = 60;

/** Norway's land as one small path for the locator inset and the «Vis hele Norge» button. */
export function drawLocator(geometry: MapGeometry, box: Box): { viewBox: string; land: string; box: Box } {
	const scale = LOCATOR_HEIGHT / boxHeight(box);
	const topology = simplified(geometry, 0.6 / scale, box);
	const toPx = ([x, y]: Point): Point => [(x - box[0]) * scale, (y - box[1]) * scale];
	const land = polygonsOf(topology, geometry.land)
		.filter((polygon) => {
			const [x0, y0, x1, y1] = ringBox(polygon[0]);
			return (x1 - x0) * scale >= 1.5 || (y1 - y0) * scale >= 1.5;
		})
		.map((polygon) => ringPath(polygon[0].map(toPx)))
		.join('');
	return { viewBox: `0 0 ${Math.ceil(boxWidth(box) * scale)} ${LOCATOR_HEIGHT}`, land, box };
}
