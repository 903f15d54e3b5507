/**
 * Planar geometry in map units (Web Mercator, see src/lib/map/mercator.ts) for the static views:
 * rings and lines as arrays of [x, y].
 */
import type { Box, Point } from '../src/lib/map/mercator';

export type Ring = Point[];

/** Twice the signed area; positive for a clockwise ring on screen (y grows downwards). */
export function signedArea2(ring: Ring): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
	return -sum;
}

/**
 * Exterior rings clockwise and holes counter-clockwise on screen, as the vector tile format and the
 * SVG nonzero fill rule expect, whatever the source's winding.
 */
export function orient(polygon: Ring[]): Ring[] {
	return polygon.map((ring, i) => {
		const clockwise = signedArea2(ring) > 0;
		return clockwise === (i === 0) ? ring : [...ring].reverse();
	});
}

export function ringBox(ring: Ring): Box {
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const [x, y] of ring) {
		if (x < x0) x0 = x;
		if (x > x1) x1 = x;
		if (y < y0) y0 = y;
		if (y > y1) y1 = y;
	}
	return [x0, y0, x1, y1];
}

export function boxesIntersect(a: Box, b: Box): boolean {
	return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Sutherland–Hodgman: the part of a closed ring inside `box`, or an empty ring. */
export function clipRingToBox(ring: Ring, [x0, y0, x1, y1]: Box): Ring {
	const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
		[(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
		[(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
		[(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
		[(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]]
	];
	let points = ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : ring;
	for (const [isInside, cross] of edges) {
		if (points.length === 0) break;
		const next: Point[] = [];
		for (let i = 0; i < points.length; i++) {
			const current = points[i];
			const previous = points[(i + points.length - 1) % points.length];
			if (isInside(current)) {
				if (!isInside(previous)) next.push(cross(previous, current));
				next.push(current);
			} else if (isInside(previous)) next.push(cross(previous, current));
		}
		points = next;
	}
	return points.length >= 3 ? [...points, points[0]] : [];
}

/**
 * Douglas–Peucker simplification of an open or closed line to `tolerance` map units; the
 * endpoints always stay.
 */
export function simplifyLine(line: Point[], tolerance: number): Point[] {
	if (line.length <= 2) return line;
	const keep = new Uint8Array(line.length);
	keep[0] = keep[line.length - 1] = 1;
	const stack: [number, number][] = [[0, line.length - 1]];
	const t2 = tolerance * tolerance;
	while (stack.length) {
		const [first, last] = stack.pop()!;
		let index = -1;
		let max = t2;
		const [ax, ay] = line[first];
		const [bx, by] = line[last];
		const dx = bx - ax;
		const dy = by - ay;
		const len2 = dx * dx + dy * dy;
		for (let i = first + 1; i < last; i++) {
			const [px, py] = line[i];
			let t = len2 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0;
			t = Math.max(0, Math.min(1, t));
			const ex = ax + t * dx - px;
			const ey = ay + t * dy - py;
			const d2 = ex * ex + ey * ey;
			if (d2 > max) {
				max = d2;
				index = i;
			}
		}
		if (index !== -1) {
			keep[index] = 1;
			stack.push([first, index], [index, last]);
		}
	}
	return line.filter((_, i) => keep[i]);
}

/**
 * The runs of a line that lie inside `box`, each with the point before and after it so the run
 * reaches the box edge (the drawing clips the rest).
 */
export function clipLineToBox(line: Point[], [x0, y0, x1, y1]: Box): Point[][] {
	const inside = (p: Point) => p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1;
	const crosses = (a: Point, b: Point) => boxesIntersect(ringBox([a, b]), [x0, y0, x1, y1]);
	const runs: Point[][] = [];
	let run: Point[] = [];
	for (let i = 0; i < line.length; i++) {
		const p = line[i];
		const next = line[i + 1];
		const keep = inside(p) || (next !== undefined && crosses(p, next)) || (i > 0 && crosses(line[i - 1], p));
		if (keep) run.push(p);
		else if (run.length) {
			if (run.length >= 2) runs.push(run);
			run = [];
		}
	}
	if (run.length >= 2) runs.push(run);
	return runs;
}
