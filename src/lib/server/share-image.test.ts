import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { KOMMUNER } from '../kommuner/geography';
import { successorsOf } from '../kommuner/kommuner-2024';
import { everNominated, historyOf, editionOf, resultSentence } from '../award/award-history';
import { allFilters, filterKey } from '../url/paths';
import {
	ATTRIBUTION,
	fitText,
	kommuneShareImage,
	kommuneShareSvg,
	overviewShareImage,
	overviewShareSvg,
	textWidth,
	TEXT_WIDTH
} from './share-image';

/** Every name a kommune goes by: the 356 names and the official names from 2024. */
const NAMES = [
	...new Set([...KOMMUNER.map((k) => k.navn), ...KOMMUNER.flatMap((k) => successorsOf(k.nummer).map((s) => s.offisieltNavn))])
];
const widest = [...NAMES].sort((a, b) => textWidth(b, 88) - textWidth(a, 88)).slice(0, 12);

describe('fitText', () => {
	it('keeps "Vestre Toten" on one line, smaller, and whole', () => {
		const fitted = fitText('Vestre Toten', TEXT_WIDTH, 88, 56);
		expect(fitted.lines).toEqual(['Vestre Toten']);
		expect(fitted.size).toBeLessThan(88);
		expect(fitted.size).toBeGreaterThanOrEqual(56);
		expect(textWidth('Vestre Toten', fitted.size)).toBeLessThanOrEqual(TEXT_WIDTH);
	});

	it('leaves a short name at full size', () => {
		expect(fitText('Kinn', TEXT_WIDTH, 88, 56)).toEqual({ lines: ['Kinn'], size: 88 });
	});

	it.each(widest)('fits the wide name «%s» within the column', (name) => {
		const { lines, size } = fitText(name, TEXT_WIDTH, 88, 56);
		expect(lines.join(' ').replace('- ', '-')).toBe(name.replace(/ +/g, ' '));
		expect(lines.length).toBeLessThanOrEqual(2);
		for (const line of lines) expect(textWidth(line, size)).toBeLessThanOrEqual(TEXT_WIDTH);
	});

	it('fits every name a kommune goes by', () => {
		for (const name of NAMES) {
			const { lines, size } = fitText(name, TEXT_WIDTH, 88, 56);
			for (const line of lines) expect(textWidth(line, size), name).toBeLessThanOrEqual(TEXT_WIDTH);
			expect(size, name).toBeGreaterThanOrEqual(40);
		}
	});

	it.each([
		['Guovdageaidnu – Kautokeino – Guovdageaidnu', 2],
		['Aurskog-Høland-Aurskog-Høland', 2],
		['Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 1]
	])('wraps or shrinks «%s» (%i lines) and never cuts it', (name, lineCount) => {
		const { lines, size } = fitText(name, TEXT_WIDTH, 88, 56);
		expect(lines).toHaveLength(lineCount);
		for (const line of lines) expect(textWidth(line, size)).toBeLessThanOrEqual(TEXT_WIDTH);
	});
});

/** Count of pixels of one colour, and whether any non-white pixel lies right of `x`. */
function inspect(png: Buffer, colour: [number, number, number], x: number) {
	const image = PNG.sync.read(png);
	let count = 0;
	let inkRight = false;
	for (let py = 0; py < image.height; py++) {
		for (let px = 0; px < image.width; px++) {
			const i = (py * image.width + px) * 4;
			const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
			if (Math.abs(r - colour[0]) < 8 && Math.abs(g - colour[1]) < 8 && Math.abs(b - colour[2]) < 8) count++;
			if (px >= x && (r < 240 || g < 240 || b < 240)) inkRight = true;
		}
	}
	return { width: image.width, height: image.height, count, inkRight };
}
const STAR_GOLD: [number, number, number] = [0xf2, 0xc2, 0x30];

describe('share images', () => {
	it.each(everNominated().map(({ mark }) => [mark.navn, mark.nummer] as const))(
		'%s: 1200 × 630, nothing past the right margin, its latest nomination, the winner mark only on a winner',
		(_, nummer) => {
			const latest = historyOf(nummer).at(-1)!;
			const png = kommuneShareImage(nummer)!;
			const { width, height, count, inkRight } = inspect(png, STAR_GOLD, 1180);
			expect([width, height]).toEqual([1200, 630]);
			expect(inkRight).toBe(false);
			if (latest.nomination.vinner) expect(count).toBeGreaterThan(200);
			else expect(count).toBe(0);
			const svg = kommuneShareSvg(nummer)!;
			expect(svg).toContain(ATTRIBUTION);
			expect(svg).toContain(String(latest.year));
			expect(svg).toContain(latest.nomination.vinner ? 'Vinner av' : 'Nominert til');
		}
	);

	it('makes none for a kommune never nominated', () => {
		expect(kommuneShareSvg('0301')).toBeUndefined();
	});

	it.each(allFilters().map((filter) => [filterKey(filter), filter] as const))(
		'%s: 1200 × 630, nothing past the right margin, the result and the winners marked',
		(_, filter) => {
			const png = overviewShareImage(filter);
			const { width, height, count, inkRight } = inspect(png, STAR_GOLD, 1180);
			expect([width, height]).toEqual([1200, 630]);
			expect(inkRight).toBe(false);
			const svg = overviewShareSvg(filter);
			expect(svg).toContain(ATTRIBUTION);
			if (filter.år === 'alle') return;
			const edition = editionOf(filter.år)!;
			expect(svg).toContain(resultSentence(edition, filter.kategori).replace(/\.$/, ''));
			const winners = edition.nominerte.filter((n) => n.vinner === true && (!filter.kategori || n.kategori === filter.kategori));
			// Each winner's star on the map and in the list: some 190 gold pixels.
			if (winners.length > 0) expect(count).toBeGreaterThan(150 * winners.length);
			else expect(count).toBe(0);
		}
	);
});
