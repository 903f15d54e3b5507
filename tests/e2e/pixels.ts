import { PNG } from 'pngjs';

/** Number of pixels in a PNG within `tolerance` (per channel) of the colour `hex`. */
export function countColour(png: Buffer, hex: string, tolerance = 6): number {
	const image = PNG.sync.read(png);
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	let count = 0;
	for (let i = 0; i < image.data.length; i += 4) {
		const d = image.data;
		if (Math.abs(d[i] - r) <= tolerance && Math.abs(d[i + 1] - g) <= tolerance && Math.abs(d[i + 2] - b) <= tolerance) count++;
	}
	return count;
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
	const image = PNG.sync.read(png);
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	const hits: number[] = [];
	for (let i = 0; i < image.data.length; i += 4) {
		const d = image.data;
		if (Math.abs(d[i] - r) <= tolerance && Math.abs(d[i + 1] - g) <= tolerance && Math.abs(d[i + 2] - b) <= tolerance) hits.push(i / 4);
	}
	if (hits.length === 0) return undefined;
	const chosen = pick === 'middle' ? hits[Math.floor(hits.length / 2)] : hits.reduce((a, b) => (b % image.width > a % image.width ? b : a));
	return { x: chosen % image.width, y: Math.floor(chosen / image.width) };
}
