import { describe, expect, it } from 'vitest';
import { hexToRgb } from './hex-colour';

describe('hexToRgb', () => {
	it.each([
		['#000000', [0, 0, 0]],
		['#ffffff', [255, 255, 255]],
		['#b3421f', [179, 66, 31]],
		['#1F5FA8', [31, 95, 168]]
	])('%s → %j', (hex, rgb) => expect(hexToRgb(hex)).toEqual(rgb));

	it.each(['', 'b3421f', '#b3421', '#b3421f0', '#fff', '#gg0000', 'rgb(0, 0, 0)'])('refuses %j', (text) =>
		expect(() => hexToRgb(text)).toThrow('Not a #rrggbb colour')
	);
});
