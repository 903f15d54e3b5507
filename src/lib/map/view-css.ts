/**
 * The CSS that paints a view's static first paint before any JavaScript runs: where the view's box
 * and base image sit in the frame, and, for each zoom step the frame's size can give, where every
 * label goes. The frame (.map-frame) is a size container; a step's rules apply from the frame size
 * at which the fitted scale reaches the step (container queries). MapArea.svelte sets the same
 * custom properties from JavaScript once the page runs, so both agree.
 */
import { boxCentre, boxHeight, boxWidth, type Box } from './mercator';
import { fitScale, INSET_BELOW_QUERY, INSET_MEDIA, INSET_REGION } from './views';
import { layoutLabels, leaderEnd, MAX_LEADER, scaleStep, type LabelSpec, type LayoutInput, type Placement } from './label-layout';
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
	'--ms',
	'--pd',
	'--mx',
	'--my',
	'--pin',
	'--plen',
	'--pang'
] as const;

/** Custom properties of a label for a placement, or of a hidden label; the same in CSS and JavaScript. */
export function labelProperties(placement: Placement | undefined): Record<string, string> {
	if (!placement) return { '--d': 'none' };
	const mx = placement.mx ?? 0;
	const my = placement.my ?? 0;
	const [lx, ly] = placement.leader ? leaderEnd(placement) : [mx, my];
	const pin = Math.hypot(mx, my);
	return {
		'--d': 'block',
		'--dx': px(placement.dx),
		'--dy': px(placement.dy),
		'--w': px(placement.width),
		'--h': px(placement.height),
		'--md': placement.marker ? 'block' : 'none',
		'--ld': placement.leader ? 'block' : 'none',
		// The leader runs from the marker's centre to the pill.
		'--len': px(Math.hypot(lx - mx, ly - my)),
		'--ang': `${num(Math.atan2(ly - my, lx - mx), 4)}rad`,
		'--l2': placement.lines.length > 1 ? 'block' : 'inline',
		'--pf': placement.compact ? '12px' : '14px',
		'--ms': placement.dot ? (placement.compact ? '8px' : '10px') : placement.compact ? '12px' : '18px',
		// A nominee whose label found no room shows its marker alone.
		'--pd': placement.width > 0 ? 'flex' : 'none',
		// A marker nudged off a neighbour's, and the pin that joins it to its kommune's place.
		'--mx': px(mx),
		'--my': px(my),
		'--pin': placement.marker && pin > 0.5 ? 'block' : 'none',
		'--plen': px(pin),
		'--pang': `${num(Math.atan2(my, mx), 4)}rad`
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

/** What a static layout may set beyond its view and labels. */
export type LayoutOptions = Pick<LayoutInput, 'keepOut' | 'compactBelow' | 'maxLeader'>;

/** The label layout of the static view at the zoom step of `scale`. */
export function staticLayout(view: ViewGeometry, specs: readonly LabelSpec[], scale: number, options: LayoutOptions = {}): Placement[] {
	const scales = scaleStep(scale);
	return layoutLabels({ labels: specsAtScale(specs, scales[0]), centre: boxCentre(view.box), scales, area: boxArea(view.box), ...options });
}

/** An inset on a view: where its frame may lie and the region it magnifies, in the view's map units (views.ts). */
export interface InsetGeometry {
	frame: Box;
	region: Box;
}

/**
 * How the inset lays out its labels: compact while the region is under 520 CSS pixels wide (a
 * tablet's), with the leader lines of a large map, as it only shows on one.
 */
export const INSET_LAYOUT: LayoutOptions = { compactBelow: 520 / boxWidth(INSET_REGION), maxLeader: MAX_LEADER.large };

/** Height in CSS pixels of the inset's caption, above its frame. */
export const INSET_CAPTION = 18;

/** What an inset keeps the overview's labels off: its frame and caption. */
export const insetKeepOut = ({ frame }: InsetGeometry): LayoutInput['keepOut'] => [{ box: frame, above: INSET_CAPTION }];

/** Custom properties of a view's root that place an inset's frame and the outline of its region. */
export function insetProperties({ frame, region }: InsetGeometry): Record<string, string> {
	return {
		'--fx0': num(frame[0]),
		'--fy0': num(frame[1]),
		'--gx0': num(region[0]),
		'--gy0': num(region[1]),
		'--gw': num(boxWidth(region)),
		'--gh': num(boxHeight(region))
	};
}

const rule = (selector: string, properties: Record<string, string>) =>
	`${selector}{${Object.entries(properties)
		.map(([name, value]) => `${name}:${value}`)
		.join(';')}}`;

/**
 * The CSS of a view's static first paint for one state. `root` is the selector of the view's root
 * (`.v-<name>`; an inset's is more specific, as it lies inside the overview's). With `inset`, where
 * the inset shows (INSET_MEDIA), its rules follow and win: the root places the inset's frame and
 * region, and the labels are laid out again with `inset.specs` (the region's nominees named in the
 * inset), keeping off its frame where that lies on the box (not on a tall map, where it lies below).
 * `layout` as in LayoutInput (the inset's own view: INSET_LAYOUT).
 */
export function viewCss(
	view: ViewGeometry,
	specs: readonly LabelSpec[],
	{
		root = `.v-${view.name}`,
		inset,
		layout = {}
	}: { root?: string; inset?: { geometry: InsetGeometry; specs: readonly LabelSpec[] }; layout?: LayoutOptions } = {}
): string {
	const out = [rule(root, viewProperties(view))];
	for (const spec of specs) out.push(rule(`${root} .l-${spec.id}`, anchorProperties(spec)));
	out.push(...labelRules(view, specs, root, layout));
	if (inset) {
		const rules = [
			rule(root, insetProperties(inset.geometry)),
			// The box's height per width, for the map's frame to leave room below for the inset on a tall map (MapArea.svelte).
			rule('.map-inner.with-inset', { '--box-ratio': num(boxHeight(view.box) / boxWidth(view.box), 5) }),
			...labelRules(view, inset.specs, root, { keepOut: insetKeepOut(inset.geometry) }),
			// A tall map has the inset below the box: nothing on the box to keep off.
			`@container ${INSET_BELOW_QUERY}{${labelRules(view, inset.specs, root, {}).join('')}}`
		];
		out.push(`@media ${INSET_MEDIA}{${rules.join('')}}`);
	}
	return out.join('\n') + '\n';
}

/** The rules that place a view's labels, one set per zoom step the frame's size can give: the first for all sizes, each next from its size up. */
function labelRules(view: ViewGeometry, specs: readonly LabelSpec[], root: string, options: LayoutOptions): string[] {
	const out: string[] = [];
	const from = fitScale(view.box, SMALLEST_FRAME, SMALLEST_FRAME);
	const to = fitScale(view.box, ...LARGEST_FRAME);
	const shown = new Map<string, string>();
	let scale = from;
	let first = true;
	while (scale <= to) {
		const [lo, hi] = scaleStep(scale);
		const placements = new Map(staticLayout(view, specs, lo, options).map((p) => [p.id, p]));
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
	return out;
}
