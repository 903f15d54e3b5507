/**
 * The CSS that paints a view's static first view before any JavaScript runs: where the view's box
 * and base image sit in the frame, and, for each zoom step the frame's size can give, where every
 * label goes. The frame (.map-frame) is a size container; a step's rules apply from the frame size
 * at which the fitted scale reaches the step (container queries). StaticMap.svelte sets the same
 * custom properties from JavaScript once the page runs, so both agree.
 */
import { boxCentre, boxHeight, boxWidth, type Box } from './mercator';
import { fitScale } from './views';
import { layoutLabels, leaderEnd, scaleStep, type LabelSpec, type Placement } from './label-layout';
import { specsAtScale } from './view-labels';

/** Frame sizes a view is laid out for, in CSS pixels: from a small phone to a large desktop. */
const SMALLEST_FRAME = 120;
const LARGEST_FRAME: [number, number] = [1900, 1300];

export interface ViewGeometry {
	/** "norge" or a kommune's slug; the class of the view's root is `v-<name>`. */
	name: string;
	box: Box;
	/** What the base image covers, in map units. */
	region: Box;
}

const num = (value: number, digits = 2) => String(Number(value.toFixed(digits)));
const px = (value: number) => `${num(value)}px`;

/** The custom properties a placement sets on a label. */
export const PLACEMENT_PROPERTIES = [
	'--d',
	'--dx',
	'--dy',
	'--w',
	'--h',
	'--md',
	'--ld',
	'--len',
	'--ang',
	'--l2',
	'--pf',
	'--ms'
] as const;

/** Custom properties of a label for a placement, or of a hidden label; the same in CSS and JavaScript. */
export function labelProperties(placement: Placement | undefined): Record<string, string> {
	if (!placement) return { '--d': 'none' };
	const [lx, ly] = placement.leader ? leaderEnd(placement) : [0, 0];
	return {
		'--d': 'block',
		'--dx': px(placement.dx),
		'--dy': px(placement.dy),
		'--w': px(placement.width),
		'--h': px(placement.height),
		'--md': placement.marker ? 'block' : 'none',
		'--ld': placement.leader ? 'block' : 'none',
		'--len': px(Math.hypot(lx, ly)),
		'--ang': `${num(Math.atan2(ly, lx), 4)}rad`,
		'--l2': placement.lines.length > 1 ? 'block' : 'inline',
		'--pf': placement.compact ? '12px' : '14px',
		'--ms': placement.compact ? '12px' : '18px',
		// A nominee whose label found no room shows its marker alone.
		'--pd': placement.width > 0 ? 'flex' : 'none'
	};
}

/** Custom properties of the view's root: its box and base image, in map units. */
export function viewProperties({ box, region }: ViewGeometry): Record<string, string> {
	const [cx, cy] = boxCentre(box);
	return {
		'--bw': num(boxWidth(box)),
		'--bh': num(boxHeight(box)),
		'--cx': num(cx),
		'--cy': num(cy),
		'--rx0': num(region[0]),
		'--ry0': num(region[1]),
		'--rw': num(boxWidth(region)),
		'--rh': num(boxHeight(region))
	};
}

export function anchorProperties(spec: LabelSpec): Record<string, string> {
	return { '--ax': num(spec.anchor[0]), '--ay': num(spec.anchor[1]) };
}

/** The area labels may use in the static view: the fitted box, which grows with the scale. */
export function boxArea(box: Box) {
	const hw = boxWidth(box) / 2;
	const hh = boxHeight(box) / 2;
	return { x0: { k: -hw, c: 0 }, x1: { k: hw, c: 0 }, y0: { k: -hh, c: 0 }, y1: { k: hh, c: 0 } };
}

/** The label layout of the static view at the zoom step of `scale`. */
export function staticLayout(view: ViewGeometry, specs: readonly LabelSpec[], scale: number): Placement[] {
	const scales = scaleStep(scale);
	return layoutLabels({ labels: specsAtScale(specs, scales[0]), centre: boxCentre(view.box), scales, area: boxArea(view.box) });
}

const rule = (selector: string, properties: Record<string, string>) =>
	`${selector}{${Object.entries(properties)
		.map(([name, value]) => `${name}:${value}`)
		.join(';')}}`;

export function viewCss(view: ViewGeometry, specs: readonly LabelSpec[]): string {
	const root = `.v-${view.name}`;
	const out = [rule(root, viewProperties(view))];
	for (const spec of specs) out.push(rule(`${root} .l-${spec.id}`, anchorProperties(spec)));

	const from = fitScale(view.box, SMALLEST_FRAME, SMALLEST_FRAME);
	const to = fitScale(view.box, ...LARGEST_FRAME);
	const shown = new Map<string, string>();
	let scale = from;
	let first = true;
	while (scale <= to) {
		const [lo, hi] = scaleStep(scale);
		const placements = new Map(staticLayout(view, specs, lo).map((p) => [p.id, p]));
		const changed: string[] = [];
		for (const spec of specs) {
			const css = rule(`${root} .l-${spec.id}`, labelProperties(placements.get(spec.id)));
			if (shown.get(spec.id) === css) continue;
			shown.set(spec.id, css);
			changed.push(css);
		}
		if (changed.length) {
			// From the frame size at which the fitted scale reaches this step (rounded up: never early).
			const width = Math.ceil(boxWidth(view.box) * lo * 100) / 100;
			const height = Math.ceil(boxHeight(view.box) * lo * 100) / 100;
			out.push(first ? changed.join('') : `@container mapframe (min-width:${width}px) and (min-height:${height}px){${changed.join('')}}`);
		}
		first = false;
		scale = hi * (1 + 1e-9);
	}
	return out.join('\n') + '\n';
}
