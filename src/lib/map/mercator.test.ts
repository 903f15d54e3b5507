import { describe, expect, it } from 'vitest';
import { boxOfExtent, extentOfBox, MAP_UNITS, project, scaleOfZoom, unproject, zoomOfScale } from './mercator';
import { fitScale, kommuneBox, MAX_SCALE, NORWAY_BOX } from './views';

describe('Web Mercator in map units', () => {
	it.each([
		[
			[0, 0],
			[MAP_UNITS / 2, MAP_UNITS / 2]
		],
		[
			[-180, 0],
			[0, MAP_UNITS / 2]
		],
		[
			[180, 0],
			[MAP_UNITS, MAP_UNITS / 2]
		]
	] as const)('projects %j to %j', (lonLat, expected) => {
		const [x, y] = project(lonLat);
		expect(x).toBeCloseTo(expected[0], 6);
		expect(y).toBeCloseTo(expected[1], 6);
	});

	it('puts the north higher (smaller y) and unprojects what it projects', () => {
		const oslo: [number, number] = [10.75, 59.91];
		const tromso: [number, number] = [18.96, 69.65];
		expect(project(tromso)[1]).toBeLessThan(project(oslo)[1]);
		const [lon, lat] = unproject(project(tromso));
		expect(lon).toBeCloseTo(tromso[0], 9);
		expect(lat).toBeCloseTo(tromso[1], 9);
	});

	it('matches MapLibre: one map unit is a CSS pixel at zoom 11, 512 px world at zoom 0', () => {
		expect(MAP_UNITS).toBe(512 * 2 ** 11);
		expect(scaleOfZoom(11)).toBe(1);
		expect(zoomOfScale(scaleOfZoom(7.25))).toBeCloseTo(7.25, 12);
	});

	it('turns extents into boxes and back', () => {
		const extent: [number, number, number, number] = [4.5, 57.95, 31.17, 71.19];
		const box = boxOfExtent(extent);
		expect(box[0]).toBeLessThan(box[2]);
		expect(box[1]).toBeLessThan(box[3]);
		extentOfBox(box).forEach((value, i) => expect(value).toBeCloseTo(extent[i], 9));
	});
});

describe('framing', () => {
	it('fits a box into a frame by its limiting side, never past zoom 10', () => {
		const box = NORWAY_BOX;
		const wide = fitScale(box, 2000, 500);
		expect((box[3] - box[1]) * wide).toBeCloseTo(500, 6);
		const tall = fitScale(box, 300, 2000);
		expect((box[2] - box[0]) * tall).toBeCloseTo(300, 6);
		expect(fitScale([0, 0, 10, 10], 1000, 1000)).toBe(MAX_SCALE);
	});

	it('gives a kommune room around it: 1.75 × its own box, same centre', () => {
		const extent: [number, number, number, number] = [10, 60, 11, 61];
		const own = boxOfExtent(extent);
		const shown = kommuneBox(extent);
		expect(shown[2] - shown[0]).toBeCloseTo(1.75 * (own[2] - own[0]), 6);
		expect(shown[3] - shown[1]).toBeCloseTo(1.75 * (own[3] - own[1]), 6);
		expect((shown[0] + shown[2]) / 2).toBeCloseTo((own[0] + own[2]) / 2, 6);
	});
});
