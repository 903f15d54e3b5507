import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hexToRgb } from './hex-colour';
import { kategoriColour, kategoriColourDark, MAP_COLOURS, MAP_COLOURS_DARK } from './kategori-colours';

const css = readFileSync(new URL('../../app.css', import.meta.url), 'utf8');
const darkAt = css.search(/@media [^{]*\(prefers-color-scheme: dark\)/);
const darkBlock = css.slice(darkAt);
const lightBlock = css.slice(0, darkAt);
const value = (block: string, name: string) => block.match(new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1];

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
	const luminance = (hex: string) => {
		const [r, g, b] = hexToRgb(hex)
			.map((c) => c / 255)
			.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

describe('kategori colours', () => {
	it('are the same in app.css (legend, list, static map) as in the scale the map uses', () => {
		expect(value(lightBlock, 'kategori-under')).toBe(kategoriColour('under'));
		expect(value(lightBlock, 'kategori-over')).toBe(kategoriColour('over'));
		expect(value(lightBlock, 'land')).toBe(MAP_COLOURS.land);
		expect(value(lightBlock, 'sea')).toBe(MAP_COLOURS.sea);
		expect(value(darkBlock, 'kategori-under')).toBe(kategoriColourDark('under'));
		expect(value(darkBlock, 'kategori-over')).toBe(kategoriColourDark('over'));
		expect(value(darkBlock, 'land')).toBe(MAP_COLOURS_DARK.land);
		expect(value(darkBlock, 'sea')).toBe(MAP_COLOURS_DARK.sea);
	});

	it('keep 3:1 contrast against the land of their theme (WCAG 1.4.11)', () => {
		for (const kategori of ['under', 'over'] as const) {
			expect(contrast(kategoriColour(kategori), MAP_COLOURS.land)).toBeGreaterThanOrEqual(3);
			expect(contrast(kategoriColourDark(kategori), MAP_COLOURS_DARK.land)).toBeGreaterThanOrEqual(3);
		}
	});
});
