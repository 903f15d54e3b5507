import { PNG } from 'pngjs';
import { hexToRgb } from '../../src/lib/map/hex-colour';

/** Indexes (in reading order) of the pixels in a PNG within `tolerance` (per channel) of the colour `hex`. */
function pixelsOfColour(png: Buffer, hex: string, tolerance: number): { width: number; hits: number[] } {
	const image = PNG.sync.read(png);
	const [r, g, b] = hexToRgb(hex);
	const d = image.data;
	const hits: number[] = [];
	for (let i = 0; i < d.length; i += 4) {
		if (Math.abs(d[i] - r) <= tolerance && Math.abs(d[i + 1] - g) <= tolerance && Math.abs(d[i + 2] - b) <= tolerance) hits.push(i / 4);
	}
	return { width: image.width, hits };
}

/** Number of pixels in a PNG within `tolerance` (per channel) of the colour `hex`. */
export function countColour(png: Buffer, hex: string, tolerance = 6): number {
	return pixelsOfColour(png, hex, tolerance).hits.length;
}

/**
 * A pixel of colour `hex` in the PNG, or undefined: the middle one of all matches in reading
 * order, or the rightmost one.
 */
export function findColour(
	png: Buffer,
	hex: string,
	pick: 'middle' | 'rightmost' = 'middle',
	tolerance = 2
): { x: number; y: number } | undefined {
	const { width, hits } = pixelsOfColour(png, hex, tolerance);
	if (hits.length === 0) return undefined;
	const chosen = pick === 'middle' ? hits[Math.floor(hits.length / 2)] : hits.reduce((a, b) => (b % width > a % width ? b : a));
	return { x: chosen % width, y: Math.floor(chosen / width) };
}

/** Every `step`-th pixel of colour `hex` in the PNG, in reading order. */
export function pixelsOf(png: Buffer, hex: string, step = 7, tolerance = 2): { x: number; y: number }[] {
	const { width, hits } = pixelsOfColour(png, hex, tolerance);
	return hits.filter((_, i) => i % step === 0).map((hit) => ({ x: hit % width, y: Math.floor(hit / width) }));
}

/**
 * The share of pixels two same-sized PNGs differ at by more than `tolerance` in some channel:
 * two renderings of one view (the static map and the interactive one taking it over).
 */
export function differingShare(a: Buffer, b: Buffer, tolerance = 40): number {
	const [x, y] = [PNG.sync.read(a), PNG.sync.read(b)];
	if (x.width !== y.width || x.height !== y.height) return 1;
	let differing = 0;
	for (let i = 0; i < x.data.length; i += 4) {
		if (Math.max(...[0, 1, 2].map((c) => Math.abs(x.data[i + c] - y.data[i + c]))) > tolerance) differing++;
	}
	return differing / (x.width * x.height);
}
