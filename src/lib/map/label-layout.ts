/**
 * Where map labels go, so that none collides with another, with a marker or leader line, or leaves
 * the area they may use. Greedy by priority: the selected kommune's name, then the nominees (a
 * marker with a callout label, always shown), then county names, then kommune names; a label that
 * fits nowhere is left out.
 *
 * Positions scale with the map and label sizes do not, so a layout is computed for a range of
 * scales (a zoom step, see `scaleStep`) and is collision-free for every scale in it: both the
 * static first paint (CSS, one rule per step) and the interactive map use the same steps, so the
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
	/** Nominees: false for a marker without a label (many marked at once: only the winners are named, or it is named in an inset). */
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
/** The marker of a nominee shown without a label (many marked at once: all years): a small dot. */
export const DOT_SIZE = 10;
const COMPACT_DOT_SIZE = 8;
/** Height of a nominee's visible label (a pill); labels keep apart by this. */
export const PILL_HEIGHT = 26;
/** On a small map (SMALL_MAP), nominee labels are compact: smaller type, lower pill. */
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
	/**
	 * Nominees: where the marker's centre sits, from the anchor, in CSS pixels: nudged off a
	 * neighbour's marker where two kommuner lie too close for both (a pin joins it to its place).
	 */
	mx?: number;
	my?: number;
	/** Nominees without a label by design (many marked at once): the marker is a small dot. */
	dot?: boolean;
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
	/**
	 * Boxes in map units no label may cover (an inset's frame over the map), reaching `above` CSS
	 * pixels further up (its caption).
	 */
	keepOut?: readonly { box: Box; above?: number }[];
	/**
	 * Nominee labels are compact below this scale, and leader lines at most `maxLeader` long; by
	 * default both follow the map's size (SMALL_MAP). An inset sets its own: small, on a big screen.
	 */
	compactBelow?: number;
	maxLeader?: number;
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

/**
 * The longest leader line from a nominee's marker to its label, in CSS pixels: a label stays near
 * its kommune, nearer on a small map.
 */
export const MAX_LEADER = { small: 48, large: 64 } as const;
/**
 * A map whose area is under this many CSS pixels on a side is small: a phone's (322 px wide at
 * 390×844), not a tablet's (342 px beside the list at 768×1024).
 */
export const SMALL_MAP = 330;

/** Where a county or kommune name may go: on its point, or a little above or below. */
function nameCandidates(spec: LabelSpec, width: number, height: number): { dx: number; dy: number }[] {
	const centred = { dx: -width / 2, dy: -height / 2 };
	if (spec.kind === 'kommune') return [centred];
	const step = height * 0.75;
	return [centred, { ...centred, dy: centred.dy - step }, { ...centred, dy: centred.dy + step }];
}

/** A place for a nominee's label, relative to its marker's centre (or to its anchor, without a marker). */
interface NomineeCandidate {
	dx: number;
	dy: number;
	leader: boolean;
	/** Lower is better: beside the marker in reading order, then by the leader's length. */
	cost: number;
}

/**
 * Where a nominee's label may go: beside the marker (8 places), or within `maxLeader` of it with a
 * leader line (16 directions, every 8 px out); on its shape where it has no marker (`r` 0).
 */
function nomineeCandidates(width: number, height: number, r: number, maxLeader: number): NomineeCandidate[] {
	const out: NomineeCandidate[] = [];
	const beside =
		r === 0
			? [
					[-width / 2, -height / 2],
					[-width / 2, -height / 2 - height * 0.75],
					[-width / 2, -height / 2 + height * 0.75]
				]
			: [
					[r + 3, -height / 2],
					[-r - 3 - width, -height / 2],
					[-width / 2, -r - 3 - height],
					[-width / 2, r + 3],
					[r - 2, -r - height + 2],
					[-r + 2 - width, -r - height + 2],
					[r - 2, r - 2],
					[-r + 2 - width, r - 2]
				];
	beside.forEach(([dx, dy], i) => out.push({ dx, dy, leader: false, cost: i * 0.5 }));
	for (let d = r + 8; d <= maxLeader; d += 8) {
		for (let i = 0; i < 16; i++) {
			const angle = (i * Math.PI) / 8;
			const ux = Math.cos(angle);
			const uy = Math.sin(angle);
			const cx = ux * (d + (width / 2) * Math.abs(ux));
			const cy = uy * (d + (height / 2) * Math.abs(uy));
			const dx = cx - width / 2;
			const dy = cy - height / 2;
			const length = Math.hypot(...nearestPoint(dx, dy, width, height));
			if (length <= maxLeader) out.push({ dx, dy, leader: true, cost: 10 + length });
		}
	}
	return out;
}

/** The point of a box [dx, dy, width, height] nearest the origin. */
function nearestPoint(dx: number, dy: number, width: number, height: number): Point {
	const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
	return [clamp(0, dx, dx + width), clamp(0, dy, dy + height)];
}

const PRIORITY: Readonly<Record<LabelKind, number>> = { selected: 0, nominee: 1, county: 2, kommune: 3 };

/** Cost of leaving a nominee without its label: a winner's far more than any placement. */
const UNLABELLED = { winner: 1e6, other: 1e4 };
/** How many placements the search for the nominees' labels tries before it keeps the best so far. */
const SEARCH_BUDGET = 20_000;

/**
 * Places the labels. The selected kommune's name first; then the nominees' labels, searched
 * together so that as many as possible are shown, winners first, each near its marker (a leader
 * of at most MAX_LEADER) and none on another's label, leader or marker; markers of kommuner too
 * close for both are nudged apart. Then county and kommune names, each only where it fits.
 * Deterministic: the same input gives the same output here and in the browser.
 */
export function layoutLabels(input: LayoutInput): Placement[] {
	const { centre, scales } = input;
	const [lo] = scales;
	const ordered = [...input.labels].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
	const anchorAt = (p: Point) => ({ x: { k: p[0] - centre[0], c: 0 }, y: { k: p[1] - centre[1], c: 0 } });
	const placed: MovingBox[] = (input.keepOut ?? []).map(({ box: [x0, y0, x1, y1], above = 0 }) => ({
		x0: { k: x0 - centre[0], c: 0 },
		x1: { k: x1 - centre[0], c: 0 },
		y0: { k: y0 - centre[1], c: -above },
		y1: { k: y1 - centre[1], c: 0 }
	}));
	const leaders: MovingSegment[] = [];
	const result: Placement[] = [];
	// A phone's map has compact labels and keeps them closer to their kommuner.
	const small = Math.min(at(input.area.x1, lo) - at(input.area.x0, lo), at(input.area.y1, lo) - at(input.area.y0, lo)) < SMALL_MAP;
	const compact = input.compactBelow === undefined ? small : lo < input.compactBelow;
	const r = (compact ? COMPACT_MARKER_SIZE : MARKER_SIZE) / 2;
	const maxLeader = input.maxLeader ?? (small ? MAX_LEADER.small : MAX_LEADER.large);

	// Nominee markers, nudged apart where two would overlap; each is an obstacle for every label but its own.
	const shown = ordered.filter((spec) => {
		if (spec.kind !== 'nominee' || !hasMarker(spec, lo)) return false;
		const { x, y } = anchorAt(spec.anchor);
		// A marker shows where its kommune is in the area; it may reach past the area's edge by its radius.
		return inside({ x0: x, x1: x, y0: y, y1: y }, input.area, scales);
	});
	const radius = (spec: LabelSpec) => (spec.pill === false ? (compact ? COMPACT_DOT_SIZE : DOT_SIZE) / 2 : r);
	const nudges = nudgeMarkers(
		shown.map((spec) => [(spec.anchor[0] - centre[0]) * lo, (spec.anchor[1] - centre[1]) * lo]),
		shown.map(radius),
		GAP
	);
	const markers = new Map<string, { box: MovingBox; offset: Point }>();
	shown.forEach((spec, i) => {
		const { x, y } = anchorAt(spec.anchor);
		const [mx, my] = nudges[i];
		const mr = radius(spec);
		markers.set(spec.id, {
			offset: [mx, my],
			box: { x0: { k: x.k, c: mx - mr }, x1: { k: x.k, c: mx + mr }, y0: { k: y.k, c: my - mr }, y1: { k: y.k, c: my + mr } }
		});
	});
	const markerBoxes = (except?: string) => [...markers].filter(([id]) => id !== except).map(([, m]) => m.box);

	// A small nominee's shape is kept clear of county and kommune names.
	const shapes: MovingBox[] = ordered.flatMap((spec) => {
		if (!markers.has(spec.id) || !spec.shapeBox) return [];
		const [x0, y0, x1, y1] = spec.shapeBox;
		return [
			{ x0: { k: x0 - centre[0], c: 0 }, x1: { k: x1 - centre[0], c: 0 }, y0: { k: y0 - centre[1], c: 0 }, y1: { k: y1 - centre[1], c: 0 } }
		];
	});

	const boxAt = (x: Linear, y: Linear, dx: number, dy: number, width: number, height: number): MovingBox => ({
		x0: { k: x.k, c: dx },
		x1: { k: x.k, c: dx + width },
		y0: { k: y.k, c: dy },
		y1: { k: y.k, c: dy + height }
	});
	const free = (box: MovingBox, obstacles: MovingBox[]) =>
		inside(box, input.area, scales) &&
		!obstacles.some((other) => overlapRange(box, other, scales, GAP)) &&
		!leaders.some((line) => crosses(line, box, scales));

	// The selected kommune's name, where it fits.
	for (const spec of ordered.filter((each) => each.kind === 'selected')) placeName(spec);

	// The nominees.
	const nominees = ordered.filter((spec) => spec.kind === 'nominee');
	const wanted: { spec: LabelSpec; options: (NomineeCandidate & { box: MovingBox; segment: MovingSegment | null })[] }[] = [];
	for (const spec of nominees) {
		const marker = markers.get(spec.id);
		// A nominee whose marker would leave the area is not shown at all.
		if (hasMarker(spec, lo) && !marker) continue;
		const [mx, my] = marker?.offset ?? [0, 0];
		const markerPlacement: Placement = {
			id: spec.id,
			kind: spec.kind,
			dx: 0,
			dy: 0,
			width: 0,
			height: 0,
			lines: [],
			marker: !!marker,
			leader: false,
			compact,
			mx,
			my,
			...(spec.pill === false ? { dot: true } : {})
		};
		if (spec.pill === false) {
			if (marker) result.push(markerPlacement);
			continue;
		}
		const { x, y } = anchorAt(spec.anchor);
		const [width, height] = labelSize(spec, [spec.text], compact);
		const obstacles = [...placed, ...markerBoxes(spec.id)];
		const options = nomineeCandidates(width, height, marker ? r : 0, maxLeader).flatMap((candidate) => {
			const dx = mx + candidate.dx;
			const dy = my + candidate.dy;
			const box = boxAt(x, y, dx, dy, width, height);
			if (!free(box, obstacles)) return [];
			let segment: MovingSegment | null = null;
			if (candidate.leader) {
				const [ex, ey] = nearestPoint(candidate.dx, candidate.dy, width, height);
				segment = { x: x.k, y: y.k, from: [mx, my], to: [mx + ex, my + ey] };
				if (obstacles.some((other) => crosses(segment!, other, scales))) return [];
			}
			return [{ ...candidate, dx, dy, box, segment }];
		});
		wanted.push({ spec, options });
		// Until the search below gives it a label, the marker alone (or the coloured shape, itself a link).
		if (marker) result.push(markerPlacement);
	}
	const chosen = searchNomineeLabels(wanted, scales);
	for (const [i, option] of chosen.entries()) {
		if (!option) continue;
		const { spec } = wanted[i];
		const marker = markers.get(spec.id);
		const [mx, my] = marker?.offset ?? [0, 0];
		const placement: Placement = {
			id: spec.id,
			kind: spec.kind,
			dx: option.dx,
			dy: option.dy,
			width: option.box.x1.c - option.box.x0.c,
			height: option.box.y1.c - option.box.y0.c,
			lines: [spec.text],
			marker: !!marker,
			leader: option.leader,
			compact,
			mx,
			my
		};
		const at = result.findIndex((p) => p.id === spec.id);
		if (at === -1) result.push(placement);
		else result[at] = placement;
		placed.push(option.box);
		if (option.segment) leaders.push(option.segment);
	}

	// County and kommune names, where they fit.
	for (const spec of ordered.filter((each) => each.kind === 'county' || each.kind === 'kommune')) placeName(spec);

	/** A name (selected, county, kommune) at its first free place, or left out. */
	function placeName(spec: LabelSpec) {
		const { x, y } = anchorAt(spec.anchor);
		const obstacles = [...placed, ...markerBoxes(), ...(spec.kind === 'selected' ? [] : shapes)];
		for (const twoLines of spec.kind === 'county' ? [false, true] : [false]) {
			const lines = labelLines(spec, twoLines);
			if (twoLines && lines.length === 1) continue;
			const [width, height] = labelSize(spec, lines, compact);
			for (const { dx, dy } of nameCandidates(spec, width, height)) {
				const box = boxAt(x, y, dx, dy, width, height);
				if (!free(box, obstacles)) continue;
				placed.push(box);
				result.push({ id: spec.id, kind: spec.kind, dx, dy, width, height, lines, marker: false, leader: false });
				return;
			}
		}
	}

	// Placements come out in the order of the input, whatever order they were placed in.
	const position = new Map(input.labels.map((spec, i) => [spec.id, i]));
	result.sort((a, b) => position.get(a.id)! - position.get(b.id)!);
	return result;
}

/**
 * Offsets in CSS pixels that move markers (centres `points`, `radii`) apart until no two are nearer
 * than their radii and `gap`, each moved as little as it takes; deterministic. Markers far enough
 * apart keep [0, 0].
 */
export function nudgeMarkers(points: readonly Point[], radii: readonly number[], gap: number): Point[] {
	const offsets: Point[] = points.map(() => [0, 0]);
	for (let round = 0; round < 60; round++) {
		let moved = false;
		for (let i = 0; i < points.length; i++) {
			for (let j = i + 1; j < points.length; j++) {
				const ax = points[i][0] + offsets[i][0];
				const ay = points[i][1] + offsets[i][1];
				const bx = points[j][0] + offsets[j][0];
				const by = points[j][1] + offsets[j][1];
				let dx = bx - ax;
				let dy = by - ay;
				let d = Math.hypot(dx, dy);
				const distance = radii[i] + radii[j] + gap;
				if (d >= distance - 1e-6) continue;
				if (d < 1e-6) {
					// On the same spot: apart side by side.
					[dx, dy, d] = [1, 0, 1];
				}
				const push = (distance - d) / 2 + 0.01;
				offsets[i] = [offsets[i][0] - (dx / d) * push, offsets[i][1] - (dy / d) * push];
				offsets[j] = [offsets[j][0] + (dx / d) * push, offsets[j][1] + (dy / d) * push];
				moved = true;
			}
		}
		if (!moved) break;
	}
	return offsets.map(([x, y]) => [Math.round(x * 100) / 100, Math.round(y * 100) / 100]);
}

/**
 * The label to give each nominee, or null for none: the labelling with the fewest nominees left
 * out (a winner counting far more than any other), then the cheapest places (beside the marker,
 * short leaders). A branch-and-bound search: the most hemmed-in nominee next, its places cheapest
 * first, the others' places that clash with it struck at once, and a branch given up as soon as
 * what it must leave out costs more than the best found. Stops after SEARCH_BUDGET steps with the
 * best so far (the first it finds is the greedy labelling).
 */
function searchNomineeLabels<T extends NomineeCandidate & { box: MovingBox; segment: MovingSegment | null }>(
	wanted: { spec: LabelSpec; options: T[] }[],
	scales: [number, number]
): (T | null)[] {
	const n = wanted.length;
	const penalty = wanted.map((w) => (w.spec.winner === true ? UNLABELLED.winner : UNLABELLED.other));
	// Every option of every nominee, cheapest first within each, numbered once.
	const all: { item: number; option: T }[] = [];
	const domains0: number[][] = wanted.map((w, item) =>
		[...w.options]
			.sort((a, b) => a.cost - b.cost)
			.map((option) => {
				all.push({ item, option });
				return all.length - 1;
			})
	);
	const known = new Map<number, boolean>();
	const clash = (a: number, b: number) => {
		const key = a < b ? a * all.length + b : b * all.length + a;
		let result = known.get(key);
		if (result === undefined) {
			const x = all[a].option;
			const y = all[b].option;
			result =
				overlapRange(x.box, y.box, scales, GAP) ||
				(x.segment !== null && crosses(x.segment, y.box, scales)) ||
				(y.segment !== null && crosses(y.segment, x.box, scales));
			known.set(key, result);
		}
		return result;
	};

	let best: { cost: number; picks: (number | null)[] } = { cost: Infinity, picks: wanted.map(() => null) };
	const picks: (number | null | undefined)[] = wanted.map(() => undefined);
	let budget = SEARCH_BUDGET;
	/** The least the open nominees can still cost: their cheapest place, or leaving them out. */
	const bound = (domains: number[][]) =>
		domains.reduce(
			(sum, domain, item) => (picks[item] !== undefined ? sum : sum + (domain.length ? all[domain[0]].option.cost : penalty[item])),
			0
		);
	const visit = (domains: number[][], cost: number) => {
		if (budget-- <= 0 || cost + bound(domains) >= best.cost) return;
		// The open nominee with the fewest places left, a winner before others.
		let next = -1;
		for (let item = 0; item < n; item++) {
			if (picks[item] !== undefined) continue;
			if (
				next === -1 ||
				domains[item].length < domains[next].length ||
				(domains[item].length === domains[next].length && penalty[item] > penalty[next])
			)
				next = item;
		}
		if (next === -1) {
			best = { cost, picks: picks.map((pick) => pick ?? null) };
			return;
		}
		for (const choice of domains[next]) {
			const narrowed = domains.map((domain, item) =>
				item === next || picks[item] !== undefined ? domain : domain.filter((other) => !clash(choice, other))
			);
			picks[next] = choice;
			visit(narrowed, cost + all[choice].option.cost);
			picks[next] = undefined;
			if (budget <= 0) break;
		}
		picks[next] = null;
		visit(domains, cost + penalty[next]);
		picks[next] = undefined;
	};
	visit(domains0, 0);
	return best.picks.map((pick) => (pick === null ? null : all[pick].option));
}

/** Whether a nominee is drawn as a marker (its shape too small to tap) at this scale. */
export function hasMarker(spec: LabelSpec, scale: number): boolean {
	if (!spec.shapeBox) return true;
	const [x0, y0, x1, y1] = spec.shapeBox;
	return Math.min(x1 - x0, y1 - y0) * scale < SHAPE_TAPPABLE;
}

/** Where a nominee's leader line ends: the point of the pill nearest the marker, from the anchor. */
export function leaderEnd(placement: Placement): Point {
	const mx = placement.mx ?? 0;
	const my = placement.my ?? 0;
	const [ex, ey] = nearestPoint(placement.dx - mx, placement.dy - my, placement.width, placement.height);
	return [mx + ex, my + ey];
}
