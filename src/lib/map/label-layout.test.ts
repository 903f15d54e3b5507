import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { boxCentre, boxHeight, boxWidth } from './mercator';
import { fitScale, INSET_FRAME, INSET_REGION, INSET_VIEW, usesInset } from './views';
import { hasMarker, layoutLabels, leaderEnd, MAX_LEADER, scaleStep, SMALL_MAP, type LabelSpec, type Placement } from './label-layout';
import { boxArea, INSET_LAYOUT, insetKeepOut, staticLayout, type LayoutOptions } from './view-css';
import type { StaticViewSource } from './static-view-data';
import { markedSpecs } from './view-labels';
import { mapMarks } from './map-marks';
import { kommuneBySlug } from '../kommuner/geography';
import { allFilters, filterKey, kommuneFilters } from '../url/paths';

const viewsDir = new URL('../generated/views/', import.meta.url);
const views: StaticViewSource[] = readdirSync(viewsDir).map((file) => JSON.parse(readFileSync(new URL(file, viewsDir), 'utf8')));

/**
 * The labels of each state a view's pages show (every overview state on "norge", every edition on a
 * kommune's view), states that label the same alike counted once: what each page's stylesheet places.
 * All years on all of Norway twice: as on a phone, and where the inset shows (its region's names
 * there, its frame kept clear). The inset's own view with its compact labels.
 */
function stateLabels(view: StaticViewSource): { state: string; labels: LabelSpec[]; options: LayoutOptions }[] {
	const overview = !kommuneBySlug(view.name);
	const selected = overview ? null : kommuneBySlug(view.name)!.nummer;
	const seen = new Map<string, { state: string; labels: LabelSpec[]; options: LayoutOptions }>();
	const add = (state: string, labels: LabelSpec[], options: LayoutOptions) => {
		const key = JSON.stringify([labels, options]);
		if (!seen.has(key)) seen.set(key, { state, labels, options });
	};
	for (const filter of (overview ? allFilters() : kommuneFilters()).filter((f) => filterKey(f) in view.stylesheets)) {
		const marks = mapMarks(filter, selected);
		if (view.name === INSET_VIEW) {
			add(filterKey(filter), markedSpecs(view.labels, marks), INSET_LAYOUT);
			continue;
		}
		add(filterKey(filter), markedSpecs(view.labels, marks), {});
		if (usesInset(view.name, marks.size)) {
			add(`${filterKey(filter)} with the inset`, markedSpecs(view.labels, marks, INSET_REGION), {
				keepOut: insetKeepOut({ frame: INSET_FRAME, region: INSET_REGION })
			});
			add(`${filterKey(filter)} with the inset below`, markedSpecs(view.labels, marks, INSET_REGION), {});
		}
	}
	return [...seen.values()];
}

type Rect = [number, number, number, number];
const markerRect = (x: number, y: number, r: number): Rect => [x - r, y - r, x + r, y + r];
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
			// A marker is 18 px across, 12 on a small map (a dot without a label 10 and 8), nudged by (mx, my) off a neighbour's.
			marker: p.marker ? markerRect(x + (p.mx ?? 0), y + (p.my ?? 0), (p.dot ? (p.compact ? 8 : 10) : p.compact ? 12 : 18) / 2) : null,
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
				for (const { state, labels, options } of stateLabels(view)) {
					const scale = fitScale(view.box, width, height);
					const placements = staticLayout(view, labels, scale, options);
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
								if (b !== a && b.marker)
									expect(overlaps(a.box, b.marker), `${state}: ${a.id} on the marker of ${b.id} at ${width}×${height}`).toBe(false);
							}
						}
					}
				}
			}
		}
	);

	it('gives every nominee of every overview state a marker, at every frame size', () => {
		for (const filter of allFilters()) {
			const view = views.find((each) => !kommuneBySlug(each.name) && each.name !== INSET_VIEW && filterKey(filter) in each.stylesheets)!;
			const labels = markedSpecs(view.labels, mapMarks(filter, null));
			const nominees = labels.filter((spec) => spec.kind === 'nominee').map((spec) => spec.id);
			expect(nominees.length, filterKey(filter)).toBe(mapMarks(filter, null).size);
			for (const [width, height] of FRAMES) {
				const scale = fitScale(view.box, width, height);
				const placed = staticLayout(view, labels, scale);
				// Each has its marker, or is shown by its shape, big enough to tap, and perhaps its label on it.
				const shown = labels.filter(
					(spec) => spec.kind === 'nominee' && (placed.some((p) => p.id === spec.id && p.marker) || !hasMarker(spec, scaleStep(scale)[0]))
				);
				expect(shown.map((spec) => spec.id).sort(), `${filterKey(filter)} at ${width}×${height}`).toEqual([...nominees].sort());
			}
		}
	});

	it('keeps every leader line within MAX_LEADER: 48 px on a small map, 64 px on a larger one', () => {
		for (const view of views) {
			for (const [width, height] of [...FRAMES, [640, 320]] as [number, number][]) {
				const scale = fitScale(view.box, width, height);
				const small = Math.min(boxWidth(view.box), boxHeight(view.box)) * scaleStep(scale)[0] < SMALL_MAP;
				for (const { state, labels, options } of stateLabels(view)) {
					const limit = options.maxLeader ?? (small ? MAX_LEADER.small : MAX_LEADER.large);
					for (const p of staticLayout(view, labels, scale, options).filter((each) => each.leader)) {
						const [ex, ey] = leaderEnd(p);
						const length = Math.hypot(ex - (p.mx ?? 0), ey - (p.my ?? 0));
						expect(length, `${view.name} ${state}: ${p.id} at ${width}×${height}`).toBeLessThanOrEqual(limit + 0.01);
					}
				}
			}
		}
		// Every view, frame and state: seconds of layout, more on a loaded machine.
	}, 60_000);

	it("names all seven winners of the inset once it is a tablet's size or more", () => {
		const inset = views.find((view) => view.name === INSET_VIEW)!;
		const marks = mapMarks({ år: 'alle', kategori: null }, null);
		const labels = markedSpecs(inset.labels, marks);
		const [x0, y0, x1, y1] = inset.box;
		const inside = ({ anchor: [x, y] }: LabelSpec) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
		const winners = labels.filter((spec) => spec.kind === 'nominee' && spec.winner && inside(spec)).map((spec) => spec.text);
		expect(winners.sort()).toEqual(['Arendal', 'Fyresdal', 'Halden', 'Kvitsøy', 'Sandefjord', 'Stavanger', 'Tysvær']);
		// The inset below Norway at 768×1024, over Sweden at 1280×800 and 1920×1080 (measured), and sizes between.
		for (const [width, height] of [
			[394, 400],
			[380, 190],
			[460, 260],
			[600, 330],
			[640, 420],
			[900, 560]
		] as [number, number][]) {
			const placed = staticLayout(inset, labels, fitScale(inset.box, width, height), INSET_LAYOUT);
			const named = labels
				.filter((spec) => spec.winner && inside(spec) && placed.some((p) => p.id === spec.id && p.width > 0))
				.map((spec) => spec.text);
			expect(named.sort(), `${width}×${height}`).toEqual(winners);
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
