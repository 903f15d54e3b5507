import { describe, expect, it } from 'vitest';
import { hasTile, type TileIndex } from './tile-index';
import { TILE_INDEX } from '$lib/generated/tiles';

describe('the tile index', () => {
	const index: TileIndex = { 3: { 4: [1, 2, 5] }, 9: { 270: [140, 141] } };
	it.each([
		[3, 4, 1, true],
		[3, 4, 5, true],
		[3, 4, 3, false],
		[3, 5, 1, false],
		[9, 270, 141, true],
		[8, 270, 141, false]
	])('z%i/%i/%i exists: %s', (z, x, y, expected) => {
		expect(hasTile(index, z, x, y)).toBe(expected);
	});

	it('of the build has tiles for Oslo at every zoom and none for the open Atlantic', () => {
		for (let z = 0; z <= 9; z++) {
			const n = 2 ** z;
			const x = Math.floor(((10.75 + 180) / 360) * n);
			const sin = Math.sin((59.91 * Math.PI) / 180);
			const y = Math.floor((0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * n);
			expect(hasTile(TILE_INDEX, z, x, y), `z${z}`).toBe(true);
		}
		expect(hasTile(TILE_INDEX, 6, 25, 18)).toBe(false);
	});
});
