/**
 * Where map labels go, so that none collides with another, with a marker or leader line, or leaves
 * the area they may use. Greedy by priority: the selected kommune's name, then the nominees (a
 * marker with a callout label, always shown), then county names, then kommune names; a label that
 * fits nowhere is left out.
 *
 * Positions scale with the map and label sizes do not, so a layout is computed for a range of
 * scales (a zoom step, see `scaleStep`) and is collision-free for every scale in it: both the
 * static first view (CSS, one rule per step) and the interactive map use the same steps, so the
 * two show the same labels at the same place.
 */
import type { Box, Point } from './mercator';
import { MAX_SCALE } from './views';
import { textWidth, type TextStyle } from './text-metrics';

export type LabelKind = 'selected' | 'nominee' | 'county' | 'kommune';

export interface LabelSpec {
	/** Unique among the labels of a view: "n4602" (nominee), "f46" (county), "k1539" (kommune). */
	id: string;
	kind: LabelKind;
	text: string;
	/** Where the label (or the nominee's marker) belongs, in map units. */
	anchor: Point;
	/** Nominees: the kommune's box in map units; the marker gives way to the shape when it is big enough to tap. */
	shapeBox?: Box;
	/** Nominees: a winner gets a star before the name. */
	winner?: boolean;
	/** Nominees: false for a marker without a label (many marked at once: only the winners are named). */
	pill?: boolean;
}

export const LABEL_STYLE: Readonly<Record<LabelKind, TextStyle & { lineHeight: number; padX: number }>> = {
	selected: { size: 16, bold: true, lineHeight: 20, padX: 4 },
	nominee: { size: 14, bold: true, lineHeight: 18, padX: 8 },
	county: { size: 11, bold: false, letterSpacing: 0.08, uppercase: true, lineHeight: 13, padX: 2 },
	kommune: { size: 12, bold: false, lineHeight: 15, padX: 2 }
};

/** A nominee's marker: a dot this many CSS pixels across, its hit area as wide; smaller on a small map. */
export const MARKER_SIZE = 18;
const COMPACT_MARKER_SIZE = 12;
/** Height of a nominee's visible label (a pill); labels keep apart by this. */
export const PILL_HEIGHT = 26;
/** On a map this small (Norway under ~300 px wide), nominee labels are compact: smaller type, lower pill. */
export const COMPACT_BELOW_SCALE = 0.0037;
const COMPACT_PILL_HEIGHT = 22;
const COMPACT_STYLE = { size: 12, bold: true, lineHeight: 16, padX: 6 };
/**
 * A nominee label is a hit target this tall (touch targets ≥ 44 px): the pill plus a margin above
 * and below. Margins may reach under a neighbour's pill; pills and markers are drawn above every
 * margin, so what is seen is what a tap opens.
 */
export const NOMINEE_HIT_HEIGHT = 44;
/** Width of the winner star and the gap after it, at the nominee font size. */
const STAR_WIDTH = 18;
/** Below this size on screen (both sides), a nominee's shape is too small to tap and gets a marker. */
export const SHAPE_TAPPABLE = 48;

/** Zoom steps per doubling of scale. */
export const STEPS_PER_OCTAVE = 4;

/** The range of scales [low, high) of the zoom step that `scale` falls in. */
export function scaleStep(scale: number): [number, number] {
	const index = Math.floor(Math.log2(scale / MAX_SCALE) * STEPS_PER_OCTAVE + 1e-9);
	return [MAX_SCALE * 2 ** (index / STEPS_PER_OCTAVE), MAX_SCALE * 2 ** ((index + 1) / STEPS_PER_OCTAVE)];
}

/** A value that moves with the map: `k * scale + c` CSS pixels. */
interface Linear {
	k: number;
	c: number;
}
const at = (v: Linear, scale: number) => v.k * scale + v.c;

/** An axis-aligned box whose edges move with the map. */
interface MovingBox {
	x0: Linear;
	y0: Linear;
	x1: Linear;
	y1: Linear;
}

export interface Placement {
	id: string;
	kind: LabelKind;
	/** The label box relative to the anchor's position on screen, in CSS pixels. */
	dx: number;
	dy: number;
	width: number;
	height: number;
	/** Lines of text, top to bottom. */
	lines: string[];
	/** Nominees: whether the marker is drawn (false once the shape itself is big enough to tap). */
	marker: boolean;
	/** Nominees: whether a line joins the marker to a label that sits away from it. */
	leader: boolean;
	/** Nominees: compact marker and label (a small map). */
	compact?: boolean;
}

export interface LayoutInput {
	labels: readonly LabelSpec[];
	/** The map point at the origin of the pixel coordinates (the frame's centre). */
	centre: Point;
	/** The scales the layout must hold for, [low, high]; usually `scaleStep(scale)`. */
	scales: [number, number];
	/**
	 * Where labels may go, in CSS pixels from the origin: `k` moves an edge with the map (the fitted
	 * box of the static view scales with it), `c` is fixed (the frame of the interactive map).
	 */
	area: { x0: Linear; y0: Linear; x1: Linear; y1: Linear };
}

function overlapRange(a: MovingBox, b: MovingBox, [lo, hi]: [number, number], margin: number): boolean {
	// Each condition "u < v" with u, v linear in s holds on a half-line; the boxes overlap where all four hold.
	let from = lo;
	let to = hi;
	const holds = (u: Linear, v: Linear) => {
		// u < v + margin, with u and v linear in s: (u.k - v.k) s + (u.c - v.c - margin) < 0, a half-line.
		const k = u.k - v.k;
		const c = u.c - v.c - margin;
		if (Math.abs(k) < 1e-12) {
			if (c >= 0) from = Infinity;
			return;
		}
		const root = -c / k;
		if (k > 0) to = Math.min(to, root);
		else from = Math.max(from, root);
	};
	holds(a.x0, b.x1);
	holds(b.x0, a.x1);
	holds(a.y0, b.y1);
	holds(b.y0, a.y1);
	return from < to - 1e-9;
}

function inside(box: MovingBox, area: LayoutInput['area'], [lo, hi]: [number, number]): boolean {
	return [lo, hi].every(
		(s) =>
			at(box.x0, s) >= at(area.x0, s) - 0.01 &&
			at(box.y0, s) >= at(area.y0, s) - 0.01 &&
			at(box.x1, s) <= at(area.x1, s) + 0.01 &&
			at(box.y1, s) <= at(area.y1, s) + 0.01
	);
}

/** A leader line: from and to are offsets in CSS pixels from an anchor that moves by (x, y) × scale. */
interface MovingSegment {
	x: number;
	y: number;
	from: Point;
	to: Point;
}

/** Whether a leader line crosses a box at some scale in the range (checked at its ends and middle). */
function crosses(line: MovingSegment, box: MovingBox, [lo, hi]: [number, number]): boolean {
	return [lo, (lo + hi) / 2, hi].some((s) => {
		const ox = line.x * s;
		const oy = line.y * s;
		return segmentHitsRect(
			[ox + line.from[0], oy + line.from[1]],
			[ox + line.to[0], oy + line.to[1]],
			[at(box.x0, s), at(box.y0, s), at(box.x1, s), at(box.y1, s)]
		);
	});
}

/** Liang–Barsky: whether the segment a–b passes through the rectangle (edges included). */
function segmentHitsRect(a: Point, b: Point, [x0, y0, x1, y1]: [number, number, number, number]): boolean {
	const dx = b[0] - a[0];
	const dy = b[1] - a[1];
	let t0 = 0;
	let t1 = 1;
	for (const [p, q] of [
		[-dx, a[0] - x0],
		[dx, x1 - a[0]],
		[-dy, a[1] - y0],
		[dy, y1 - a[1]]
	]) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const r = q / p;
			if (p < 0) t0 = Math.max(t0, r);
			else t1 = Math.min(t1, r);
			if (t0 > t1) return false;
		}
	}
	return true;
}

/** Space kept between two labels, in CSS pixels. */
const GAP = 2;

function labelLines(spec: LabelSpec, twoLines: boolean): string[] {
	if (!twoLines) return [spec.text];
	const at = spec.text.lastIndexOf(' og ');
	return at === -1 ? [spec.text] : [spec.text.slice(0, at), spec.text.slice(at + 1)];
}

function labelSize(spec: LabelSpec, lines: string[], compact: boolean): [number, number] {
	const style = spec.kind === 'nominee' && compact ? COMPACT_STYLE : LABEL_STYLE[spec.kind];
	const textW = Math.max(...lines.map((line) => textWidth(line, style)));
	const star = spec.kind === 'nominee' && spec.winner ? (compact ? STAR_WIDTH - 2 : STAR_WIDTH) : 0;
	// A nominee's label is a touch target: at least 44 px wide (and 44 px tall with its margins).
	const width = Math.max(spec.kind === 'nominee' ? NOMINEE_HIT_HEIGHT : 0, textW + 2 * style.padX + star);
	const height = spec.kind === 'nominee' ? (compact ? COMPACT_PILL_HEIGHT : PILL_HEIGHT) : lines.length * style.lineHeight;
	return [width, height];
}

/** Candidate offsets of a label box [dx, dy] from its anchor, best first, and whether each needs a leader line. */
/** `r`: the marker's radius, 0 without a marker. */
function candidates(spec: LabelSpec, width: number, height: number, r: number): { dx: number; dy: number; leader: boolean }[] {
	const centred = { dx: -width / 2, dy: -height / 2, leader: false };
	const step = height * 0.75;
	const onTheSpot = [centred, { ...centred, dy: centred.dy - step }, { ...centred, dy: centred.dy + step }];
	if (spec.kind === 'kommune') return [centred];
	if (spec.kind !== 'nominee') return onTheSpot;
	// A nominee whose shape is big enough to tap has no marker: its label sits on the shape, or
	// where that is taken, a little away with a leader line to it.
	const out: { dx: number; dy: number; leader: boolean }[] =
		r === 0
			? [...onTheSpot]
			: [
					{ dx: r + 3, dy: -height / 2, leader: false },
					{ dx: -r - 3 - width, dy: -height / 2, leader: false },
					{ dx: -width / 2, dy: -r - 3 - height, leader: false },
					{ dx: -width / 2, dy: r + 3, leader: false },
					{ dx: r - 2, dy: -r - height + 2, leader: false },
					{ dx: -r + 2 - width, dy: -r - height + 2, leader: false },
					{ dx: r - 2, dy: r - 2, leader: false },
					{ dx: -r + 2 - width, dy: r - 2, leader: false }
				];
	// Further away with a leader line, in 16 directions: the label's nearest edge at distance d.
	for (const d of [24, 40, 60, 84, 112, 144]) {
		for (let i = 0; i < 16; i++) {
			const angle = (i * Math.PI) / 8;
			const ux = Math.cos(angle);
			const uy = Math.sin(angle);
			const cx = ux * (d + (width / 2) * Math.abs(ux));
			const cy = uy * (d + (height / 2) * Math.abs(uy));
			out.push({ dx: cx - width / 2, dy: cy - height / 2, leader: true });
		}
	}
	return out;
}

const PRIORITY: Readonly<Record<LabelKind, number>> = { selected: 0, nominee: 1, county: 2, kommune: 3 };

/**
 * Places the labels: every nominee is shown (at the least crowded candidate if none is free),
 * other labels only where they fit. Deterministic: the same input gives the same output here and
 * in the browser.
 */
export function layoutLabels(input: LayoutInput): Placement[] {
	const ordered = [...input.labels].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
	let best = layoutInOrder(input, ordered);
	if (best.conflicts === 0) return best.placements;
	// Crowded: try the nominees in other orders (each rotation, forwards and backwards), keep the best.
	const nominees = ordered.filter((spec) => spec.kind === 'nominee');
	const others = ordered.filter((spec) => spec.kind !== 'nominee');
	const head = others.filter((spec) => PRIORITY[spec.kind] < PRIORITY.nominee);
	const tail = others.filter((spec) => PRIORITY[spec.kind] > PRIORITY.nominee);
	for (const reverse of [false, true]) {
		for (let shift = 0; shift < nominees.length; shift++) {
			const turned = [...nominees.slice(shift), ...nominees.slice(0, shift)];
			const attempt = layoutInOrder(input, [...head, ...(reverse ? turned.reverse() : turned), ...tail]);
			if (attempt.conflicts < best.conflicts) best = attempt;
			if (best.conflicts === 0) return best.placements;
		}
	}
	return best.placements;
}

function layoutInOrder(input: LayoutInput, ordered: readonly LabelSpec[]): { placements: Placement[]; conflicts: number } {
	const { centre, scales } = input;
	const [lo] = scales;
	const anchorAt = (p: Point) => ({ x: { k: p[0] - centre[0], c: 0 }, y: { k: p[1] - centre[1], c: 0 } });
	const placed: MovingBox[] = [];
	const leaders: MovingSegment[] = [];
	const result: Placement[] = [];
	let conflicts = 0;

	// Nominee markers are obstacles for every label but their own.
	const compact = lo < COMPACT_BELOW_SCALE;
	const r = (compact ? COMPACT_MARKER_SIZE : MARKER_SIZE) / 2;
	const markers = new Map<string, MovingBox>();
	for (const spec of ordered) {
		if (spec.kind !== 'nominee' || !hasMarker(spec, lo)) continue;
		const { x, y } = anchorAt(spec.anchor);
		const point = { x0: x, x1: x, y0: y, y1: y };
		// A marker shows where its kommune is in the area; it may reach past the area's edge by its radius.
		if (inside(point, input.area, scales))
			markers.set(spec.id, { x0: { k: x.k, c: -r }, x1: { k: x.k, c: r }, y0: { k: y.k, c: -r }, y1: { k: y.k, c: r } });
	}

	// A small nominee's shape is kept clear of county and kommune names.
	const shapes: MovingBox[] = [];
	for (const spec of ordered) {
		if (!markers.has(spec.id) || !spec.shapeBox) continue;
		const [x0, y0, x1, y1] = spec.shapeBox;
		shapes.push({
			x0: { k: x0 - centre[0], c: 0 },
			x1: { k: x1 - centre[0], c: 0 },
			y0: { k: y0 - centre[1], c: 0 },
			y1: { k: y1 - centre[1], c: 0 }
		});
	}

	for (const spec of ordered) {
		const nominee = spec.kind === 'nominee';
		const marker = markers.has(spec.id);
		// A nominee whose marker would leave the area is not shown at all.
		if (nominee && hasMarker(spec, lo) && !marker) continue;
		const { x, y } = anchorAt(spec.anchor);
		if (nominee && marker && spec.pill === false) {
			result.push({ id: spec.id, kind: spec.kind, dx: 0, dy: 0, width: 0, height: 0, lines: [], marker, leader: false, compact });
			continue;
		}
		const obstacles = [...[...markers].filter(([id]) => id !== spec.id).map(([, b]) => b), ...(nominee ? [] : shapes)];
		let best: { box: MovingBox; segment: MovingSegment | null; placement: Placement; conflicts: number } | null = null;
		for (const twoLines of spec.kind === 'county' ? [false, true] : [false]) {
			const lines = labelLines(spec, twoLines);
			if (twoLines && lines.length === 1) continue;
			const [width, height] = labelSize(spec, lines, compact);
			for (const { dx, dy, leader } of candidates(spec, width, height, marker ? r : 0)) {
				const box: MovingBox = {
					x0: { k: x.k, c: dx },
					x1: { k: x.k, c: dx + width },
					y0: { k: y.k, c: dy },
					y1: { k: y.k, c: dy + height }
				};
				if (!inside(box, input.area, scales)) continue;
				let conflicts = [...placed, ...obstacles].filter((other) => overlapRange(box, other, scales, GAP)).length;
				conflicts += leaders.filter((line) => crosses(line, box, scales)).length;
				let segment: MovingSegment | null = null;
				if (leader) {
					const [ex, ey] = leaderEnd({ dx, dy, width, height } as Placement);
					segment = { x: x.k, y: y.k, from: [0, 0], to: [ex, ey] };
					conflicts += [...placed, ...obstacles].filter((other) => crosses(segment!, other, scales)).length;
				}
				if (conflicts > 0 && !nominee) continue;
				if (!best || conflicts < best.conflicts) {
					best = {
						box,
						segment,
						conflicts,
						placement: { id: spec.id, kind: spec.kind, dx, dy, width, height, lines, marker, leader, compact: nominee && compact }
					};
				}
				if (conflicts === 0) break;
			}
			if (best?.conflicts === 0) break;
		}
		if (!best) {
			// No room for its label inside the area: the marker alone.
			if (nominee && marker)
				result.push({ id: spec.id, kind: spec.kind, dx: 0, dy: 0, width: 0, height: 0, lines: [], marker, leader: false, compact });
			continue;
		}
		if (nominee && best.conflicts > 0) {
			// No room for its label anywhere: the marker alone (or, without a marker, the coloured shape
			// alone, itself a link), rather than labels on top of each other.
			if (marker)
				result.push({ id: spec.id, kind: spec.kind, dx: 0, dy: 0, width: 0, height: 0, lines: [], marker, leader: false, compact });
			conflicts += best.conflicts;
			continue;
		}
		conflicts += best.conflicts;
		placed.push(best.box);
		if (best.segment) leaders.push(best.segment);
		result.push(best.placement);
	}
	// Placements come out in the order of the input, whatever order they were placed in.
	const position = new Map(input.labels.map((spec, i) => [spec.id, i]));
	result.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
	return { placements: result, conflicts };
}

/** Whether a nominee is drawn as a marker (its shape too small to tap) at this scale. */
export function hasMarker(spec: LabelSpec, scale: number): boolean {
	if (!spec.shapeBox) return true;
	const [x0, y0, x1, y1] = spec.shapeBox;
	return Math.min(x1 - x0, y1 - y0) * scale < SHAPE_TAPPABLE;
}

/** Where a nominee's leader line ends: the point of the pill nearest the marker, from the anchor. */
export function leaderEnd(placement: Placement): Point {
	const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
	return [clamp(0, placement.dx, placement.dx + placement.width), clamp(0, placement.dy, placement.dy + placement.height)];
}
