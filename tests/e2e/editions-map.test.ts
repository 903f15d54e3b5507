/**
 * Every edition's map as a reader first meets it, at every size the issue names, in light and dark:
 * each nominee labelled with its name that year next to its marker, no label on another or under an
 * overlay, leader lines short and crossing nothing, and a tap anywhere on a label opening that
 * label's kommune. «Alle år» names every winner where the map has its inset (from 768 px up), and on
 * a phone says how the rest are found. Measured on the page's first paint, the app not started.
 */
import type { BrowserContextOptions, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AWARD_EDITIONS, yearMarks } from '../../src/lib/award/award-history';
import { overviewPath, type YearFilter } from '../../src/lib/url/paths';
import { inside, overlap, overlayRects, rectOf, type Rect, url, mapArea } from './util';

const VIEWPORTS: [string, BrowserContextOptions, 'phone' | 'large'][] = [
	['320×640', { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true }, 'phone'],
	['360×640', { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true }, 'phone'],
	['390×844', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }, 'phone'],
	['844×390', { viewport: { width: 844, height: 390 }, isMobile: true, hasTouch: true }, 'phone'],
	['768×1024', { viewport: { width: 768, height: 1024 } }, 'large'],
	['1280×800', { viewport: { width: 1280, height: 800 } }, 'large'],
	['1920×1080', { viewport: { width: 1920, height: 1080 } }, 'large']
];

/** The longest leader line, in CSS pixels: about 48 on a phone, 64 on a larger screen (with a pixel of rounding). */
const MAX_LEADER = { phone: 49, large: 65 };

const YEARS: YearFilter[] = [...AWARD_EDITIONS.map((edition) => edition.year), 'alle'];

interface DrawnLabel {
	name: string;
	winner: boolean;
	/** In the inset (a magnified region) rather than on the map itself. */
	inset: boolean;
	marker: Rect | null;
	pill: Rect | null;
	/** Whether a leader line joins the marker to the pill (a label away from its marker). */
	leader: boolean;
	/** For each corner and end of the pill and the marker's centre: whether a tap there lands on this label's link. */
	taps: { where: string; ours: boolean }[];
}

/** The nominees' markers and labels drawn on the page, and what a tap at each label's corners would hit. */
function drawnLabels(page: Page): Promise<DrawnLabel[]> {
	return page.evaluate(() => {
		const rect = (element: Element | null) => {
			if (!element || getComputedStyle(element).display === 'none') return null;
			const r = element.getBoundingClientRect();
			return r.width > 0 && r.height > 0 ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
		};
		const out: DrawnLabel[] = [];
		for (const link of document.querySelectorAll<HTMLAnchorElement>('.labels-frame a.map-label.nominee')) {
			if (getComputedStyle(link).display === 'none') continue;
			const inset = link.closest('.inset-frame') !== null;
			if (inset && getComputedStyle(link.closest('.inset-frame')!).display === 'none') continue;
			const marker = rect(link.querySelector('.marker'));
			const pill = rect(link.querySelector('.pill'));
			const hits = (x: number, y: number) => document.elementFromPoint(x, y)?.closest('a') === link;
			const taps: { where: string; ours: boolean }[] = [];
			if (pill) {
				// The pill's corners, as far out as its rounded ends reach (2 px in), and the tips of its ends.
				const { x, y, width, height } = pill;
				const r = height / 2;
				for (const [where, px, py] of [
					['top left', x + r, y + 2],
					['top right', x + width - r, y + 2],
					['bottom left', x + r, y + height - 2],
					['bottom right', x + width - r, y + height - 2],
					['left end', x + 2, y + r],
					['right end', x + width - 2, y + r]
				] as const)
					taps.push({ where, ours: hits(px, py) });
			}
			if (marker) taps.push({ where: 'marker', ours: hits(marker.x + marker.width / 2, marker.y + marker.height / 2) });
			out.push({
				name: link.getAttribute('aria-label')!.split(', nominert ')[0],
				winner: link.classList.contains('winner'),
				inset,
				marker,
				pill,
				leader: rect(link.querySelector('.leader')) !== null,
				taps
			});
		}
		return out;
	});
}

const centreOf = (r: Rect): [number, number] => [r.x + r.width / 2, r.y + r.height / 2];

/** The leader: from the marker's centre to the point of the pill nearest it. */
function leader(marker: Rect, pill: Rect): [[number, number], [number, number]] {
	const [mx, my] = centreOf(marker);
	const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));
	return [
		[mx, my],
		[clamp(mx, pill.x, pill.x + pill.width), clamp(my, pill.y, pill.y + pill.height)]
	];
}

/** Whether a segment passes through a box shrunk by a pixel on each side (Liang–Barsky). */
function crosses([[ax, ay], [bx, by]]: [[number, number], [number, number]], r: Rect): boolean {
	const [x0, y0, x1, y1] = [r.x + 1, r.y + 1, r.x + r.width - 1, r.y + r.height - 1];
	const dx = bx - ax;
	const dy = by - ay;
	let t0 = 0;
	let t1 = 1;
	for (const [p, q] of [
		[-dx, ax - x0],
		[dx, x1 - ax],
		[-dy, ay - y0],
		[dy, y1 - ay]
	]) {
		if (p === 0) {
			if (q < 0) return false;
		} else {
			const t = q / p;
			if (p < 0) t0 = Math.max(t0, t);
			else t1 = Math.min(t1, t);
			if (t0 > t1) return false;
		}
	}
	return true;
}

test.describe('every edition on the map', () => {
	for (const [size, options, kind] of VIEWPORTS) {
		for (const colorScheme of ['light', 'dark'] as const) {
			test(`labels every nominee near its marker, clear of the others, and opens it at a tap, at ${size} (${colorScheme})`, async ({
				open
			}) => {
				const { page } = await open(undefined, { ...options, colorScheme });
				for (const år of YEARS) {
					const path = overviewPath({ år, kategori: null });
					await page.goto(url(path));
					const labels = await drawnLabels(page);
					const marks = yearMarks(år);
					const at = `${path} at ${size} (${colorScheme})`;

					// Named: every nominee of an edition; on «Alle år», the winners where the inset shows (and on a phone, the way to the rest).
					const named = new Set(labels.filter((label) => label.pill).map((label) => label.name));
					const due = år === 'alle' ? (kind === 'large' ? marks.filter((mark) => mark.vinner === true) : []) : marks;
					expect(
						due.map((mark) => mark.navn).filter((name) => !named.has(name)),
						`${at}: nominees without a label`
					).toEqual([]);
					if (år === 'alle') {
						const note = page.getByText('På en liten skjerm er det ikke plass til alle navnene på kartet.');
						expect(await note.isVisible(), `${at}: the note on how to find the rest`).toBe(kind === 'phone');
						// Every nominee has its marker on the map itself, named or not.
						const onMap = new Set(labels.filter((label) => !label.inset && label.marker).map((label) => label.name));
						expect(
							marks.map((mark) => mark.navn).filter((name) => !onMap.has(name)),
							`${at}: nominees without a marker`
						).toEqual([]);
					}

					const area = await rectOf(mapArea(page));
					const overlays = await overlayRects(page);
					const insetFrame = await page.locator('.inset-frame').evaluateAll((frames) =>
						frames.flatMap((frame) => {
							if (getComputedStyle(frame).display === 'none') return [];
							const r = frame.getBoundingClientRect();
							// With its caption above it.
							return [{ x: r.x, y: r.y - 18, width: r.width, height: r.height + 18 }];
						})
					);
					for (const [i, a] of labels.entries()) {
						const who = `${at}: ${a.name}${a.inset ? ' (inset)' : ''}`;
						for (const part of [a.pill, a.marker]) {
							if (!part) continue;
							expect(inside(part, area), `${who} inside the map`).toBe(true);
							for (const o of overlays) expect(overlap(part, o.rect), `${who} under ${o.name}`).toBe(false);
							if (!a.inset) for (const frame of insetFrame) expect(overlap(part, frame), `${who} under the inset`).toBe(false);
						}
						const line = a.pill && a.marker ? leader(a.marker, a.pill) : null;
						if (line) {
							const length = Math.hypot(line[1][0] - line[0][0], line[1][1] - line[0][1]);
							expect(length, `${who}: leader length`).toBeLessThanOrEqual(MAX_LEADER[kind]);
						}
						for (const b of labels.slice(i + 1)) {
							if (a.inset !== b.inset) continue;
							if (a.pill && b.pill) expect(overlap(a.pill, b.pill), `${who} on ${b.name}'s label`).toBe(false);
						}
						for (const b of labels) {
							if (b === a || a.inset !== b.inset) continue;
							if (a.pill && b.marker) expect(overlap(a.pill, b.marker), `${who}'s label on ${b.name}'s marker`).toBe(false);
							if (!line || !a.leader) continue;
							if (b.pill) expect(crosses(line, b.pill), `${who}'s leader across ${b.name}'s label`).toBe(false);
							if (b.marker) expect(crosses(line, b.marker), `${who}'s leader across ${b.name}'s marker`).toBe(false);
						}
						for (const tap of a.taps) expect(tap.ours, `${who}: a tap at its ${tap.where} opens it`).toBe(true);
					}
				}
			});
		}
	}
});
