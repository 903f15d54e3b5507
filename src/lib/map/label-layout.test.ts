import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boxCentre, boxHeight, boxWidth } from './mercator';
import { fitScale } from './views';
import { layoutLabels, leaderEnd, scaleStep, type LabelSpec, type Placement } from './label-layout';
import { boxArea, staticLayout } from './view-css';
import type { StaticViewSource } from './static-view-data';
import { markedSpecs } from './view-labels';
import { mapMarks } from '../map-marks';
import { kommuneBySlug } from '../geography';
import { allFilters, filterKey, kommuneFilters } from '../url/paths';

const viewsDir = new URL('../generated/views/', import.meta.url);
const views: StaticViewSource[] = readdirSync(viewsDir).map((file) => JSON.parse(readFileSync(new URL(file, viewsDir), 'utf8')));

/**
 * The labels of each state a view's pages show (every overview state on "norge", every edition on a
 * kommune's view), states that label the same alike counted once: what each page's stylesheet places.
 */
function stateLabels(view: StaticViewSource): { state: string; labels: LabelSpec[] }[] {
	const selected = view.name === 'norge' ? null : kommuneBySlug(view.name)!.nummer;
	const seen = new Map<string, { state: string; labels: LabelSpec[] }>();
	for (const filter of view.name === 'norge' ? allFilters() : kommuneFilters()) {
		const labels = markedSpecs(view.labels, mapMarks(filter, selected));
		const key = JSON.stringify(labels);
		if (!seen.has(key)) seen.set(key, { state: filterKey(filter), labels });
	}
	return [...seen.values()];
}

type Rect = [number, number, number, number];
const overlaps = (a: Rect, b: Rect) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

/** Label boxes, markers and leader lines on screen at a scale, relative to the frame's centre. */
function drawn(view: StaticViewSource, placements: Placement[], scale: number) {
	const [cx, cy] = boxCentre(view.box);
	const specs = new Map(view.labels.map((spec) => [spec.id, spec]));
	return placements.map((p) => {
		const spec = specs.get(p.id)!;
		const x = (spec.anchor[0] - cx) * scale;
		const y = (spec.anchor[1] - cy) * scale;
		return {
			id: p.id,
			box: [x + p.dx, y + p.dy, x + p.dx + p.width, y + p.dy + p.height] as Rect,
			// A marker is 18 px across, 12 on a small map.
			marker: p.marker
				? ([x - (p.compact ? 6 : 9), y - (p.compact ? 6 : 9), x + (p.compact ? 6 : 9), y + (p.compact ? 6 : 9)] as Rect)
				: null,
			hasBox: p.width > 0,
			anchor: [x, y]
		};
	});
}

/**
 * Frame sizes from the smallest phone to a large desktop, as [width, height] of the frame: what
 * 320×568, 360×640, 390×844, 844×390, 1024×768, 1280×800, 1920×1080 and 640×400 leave (measured).
 */
const FRAMES: [number, number][] = [
	[252, 306],
	[292, 306],
	[322, 423],
	[384, 292],
	[528, 670],
	[556, 702],
	[1196, 982],
	[272, 302],
	// The phone's frame with the sheet at half height, and a short landscape phone.
	[322, 250],
	[300, 220]
];

describe('static label layout', () => {
	it.each(views.map((view) => [view.name, view] as const))(
		'%s: in every state, no label overlaps another or a marker, all inside the box',
		(_name, view) => {
			for (const [width, height] of FRAMES) {
				for (const { state, labels } of stateLabels(view)) {
					const scale = fitScale(view.box, width, height);
					const placements = staticLayout(view, labels, scale);
					for (const at of scaleStep(scale).map((s, i) => (i === 0 ? s : s * 0.9999))) {
						const items = drawn(view, placements, at);
						const halfW = (boxWidth(view.box) * at) / 2 + 0.05;
						const halfH = (boxHeight(view.box) * at) / 2 + 0.05;
						// A marker without a label has no label box; its marker is checked below.
						for (const [i, a] of items.filter((item) => item.hasBox).entries()) {
							expect(
								a.box[0] >= -halfW && a.box[2] <= halfW && a.box[1] >= -halfH && a.box[3] <= halfH,
								`${state}: ${a.id} inside at ${width}×${height}`
							).toBe(true);
							for (const b of items.filter((item) => item.hasBox).slice(i + 1)) {
								expect(overlaps(a.box, b.box), `${state}: ${a.id} and ${b.id} at ${width}×${height}`).toBe(false);
							}
							for (const b of items) {
								if (b !== a && b.marker) expect(overlaps(a.box, b.marker), `${state}: ${a.id} on the marker of ${b.id}`).toBe(false);
							}
						}
					}
				}
			}
		}
	);

	it('gives every nominee of every overview state a marker, at every frame size', () => {
		const norge = views.find((view) => view.name === 'norge')!;
		for (const filter of allFilters()) {
			const labels = markedSpecs(norge.labels, mapMarks(filter, null));
			const nominees = labels.filter((spec) => spec.kind === 'nominee').map((spec) => spec.id);
			expect(nominees.length, filterKey(filter)).toBe(mapMarks(filter, null).size);
			for (const [width, height] of FRAMES) {
				const placed = staticLayout(norge, labels, fitScale(norge.box, width, height));
				expect(
					placed
						.filter((p) => p.kind === 'nominee' && p.marker)
						.map((p) => p.id)
						.sort(),
					`${filterKey(filter)} at ${width}×${height}`
				).toEqual([...nominees].sort());
			}
		}
	});

	it('is the same for the same input (deterministic) and does not change its input', () => {
		const norge = views.find((view) => view.name === 'norge')!;
		const copy = structuredClone(norge.labels);
		const scale = fitScale(norge.box, 374, 380);
		expect(staticLayout(norge, norge.labels, scale)).toEqual(staticLayout(norge, norge.labels, scale));
		expect(norge.labels).toEqual(copy);
	});

	it('leaves out a label that does not fit, but never a nominee inside the area', () => {
		const labels: LabelSpec[] = [
			{ id: 'n1', kind: 'nominee', text: 'Ett', anchor: [0, 0] },
			{ id: 'f1', kind: 'county', text: 'ET FYLKE MED ET LANGT NAVN', anchor: [0, 20] }
		];
		// 60 px across: room for the nominee's marker, none for the county's name.
		const placed = layoutLabels({ labels, centre: [0, 0], scales: [1, 1.1], area: boxArea([-30, -30, 30, 30]) });
		expect(placed.map((p) => p.id)).toEqual(['n1']);
		// With room, both are placed: the county was left out for want of room, not for its kind.
		const roomy = layoutLabels({ labels, centre: [0, 0], scales: [1, 1.1], area: boxArea([-400, -400, 400, 400]) });
		expect(roomy.map((p) => p.id).sort()).toEqual(['f1', 'n1']);
	});

	it('ends a leader line on the pill, at the point nearest the marker', () => {
		expect(leaderEnd({ id: 'x', kind: 'nominee', dx: 30, dy: -13, width: 60, height: 26, lines: [], marker: true, leader: true })).toEqual([
			30, 0
		]);
		expect(leaderEnd({ id: 'x', kind: 'nominee', dx: -20, dy: 40, width: 60, height: 26, lines: [], marker: true, leader: true })).toEqual([
			0, 40
		]);
	});
});
