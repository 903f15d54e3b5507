// Where the map tooltip goes, in a real browser (the component project in vite.config.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import MapTooltip from './MapTooltip.svelte';

const OFFSET = 16;
const MAP = { width: 800, height: 400 };
const RAUMA = '1539';
const OSLO = '0301';

let map: HTMLElement;
beforeEach(() => {
	map = document.createElement('div');
	Object.assign(map.style, { position: 'relative', width: `${MAP.width}px`, height: `${MAP.height}px`, overflow: 'hidden' });
	document.body.append(map);
});
afterEach(() => map.remove());

const tooltip = () => page.getByRole('tooltip');

interface Placement {
	where: string;
	x: number;
	y: number;
	side: 'left' | 'right';
	level: 'above' | 'below';
}

/** The tooltip's box in the map's pixels, once it is shown. */
async function placed(nummer: string, x: number, y: number) {
	await render(MapTooltip, { target: map, props: { nummer, x, y, bounds: map } });
	await expect.element(tooltip()).toBeVisible();
	// Let the measured size settle into the position.
	await new Promise(requestAnimationFrame);
	const outer = map.getBoundingClientRect();
	const inner = tooltip().element().getBoundingClientRect();
	return { left: inner.left - outer.left, top: inner.top - outer.top, right: inner.right - outer.left, bottom: inner.bottom - outer.top };
}

describe('MapTooltip placement', () => {
	async function expectPlacement({ x, y, side, level }: Placement) {
		const box = await placed(RAUMA, x, y);
		if (side === 'right') expect(box.left).toBeCloseTo(x + OFFSET, 0);
		else expect(box.right).toBeCloseTo(x - OFFSET, 0);
		if (level === 'below') expect(box.top).toBeCloseTo(y + OFFSET, 0);
		else expect(box.bottom).toBeCloseTo(y - OFFSET, 0);
		expect(box.left).toBeGreaterThanOrEqual(0);
		expect(box.top).toBeGreaterThanOrEqual(0);
		expect(box.right).toBeLessThanOrEqual(MAP.width);
		expect(box.bottom).toBeLessThanOrEqual(MAP.height);
	}

	it.each<Placement>([
		{ where: 'top left', x: 40, y: 40, side: 'right', level: 'below' },
		{ where: 'middle', x: 400, y: 200, side: 'right', level: 'below' },
		{ where: 'bottom left', x: 40, y: 390, side: 'right', level: 'above' }
	])('near the $where of the map sits $side of and $level the pointer, inside the map', expectPlacement);

	// Known bug: near the right edge the tooltip wraps its text into the space that is left instead
	// of flipping (its measured width is the shrunk one), and loops resizing at the very edge.
	it.each<Placement>([
		{ where: 'right edge', x: 795, y: 40, side: 'left', level: 'below' },
		{ where: 'right, too close for the whole tooltip', x: 680, y: 40, side: 'left', level: 'below' },
		{ where: 'bottom right corner', x: 795, y: 390, side: 'left', level: 'above' }
	])('near the $where of the map sits $side of and $level the pointer, inside the map', expectPlacement);

	it('follows the pointer', async () => {
		const { rerender } = await render(MapTooltip, { target: map, props: { nummer: RAUMA, x: 40, y: 40, bounds: map } });
		await expect.element(tooltip()).toBeVisible();
		await rerender({ x: 100, y: 60 });
		await expect
			.poll(() => tooltip().element().getBoundingClientRect().left - map.getBoundingClientRect().left)
			.toBeCloseTo(100 + OFFSET, 0);
	});
});

describe('MapTooltip text', () => {
	it.each([
		['a winner', RAUMA, 'Rauma Møre og Romsdal Vinner, under 15 000 innbyggere'],
		['a kommune that was not nominated', OSLO, 'Oslo Oslo']
	])('names %s, its county and, for a nominee, the class', async (_, nummer, text) => {
		await render(MapTooltip, { target: map, props: { nummer, x: 40, y: 40, bounds: map } });
		await expect.element(tooltip()).toBeVisible();
		expect(tooltip().element().textContent!.replace(/\s+/g, ' ').trim()).toBe(text);
	});

	it('shows nothing for a number that is no kommune', async () => {
		await render(MapTooltip, { target: map, props: { nummer: '9999', x: 40, y: 40, bounds: map } });
		await expect.element(tooltip()).not.toBeInTheDocument();
	});
});
