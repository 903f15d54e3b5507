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
