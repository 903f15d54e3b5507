/**
 * Which labels a view has: the selected kommune's name, the marked kommuner (nominees of the year
 * shown) with their markers, county names when zoomed out, kommune names when zoomed in.
 */
import { project, scaleOfZoom, type Box, type Point } from './mercator';
import type { LabelSpec } from './label-layout';

/** County names show below this zoom, kommune names from it. */
export const COUNTY_LABEL_MAX_ZOOM = 6.5;
const COUNTY_LABEL_MAX_SCALE = scaleOfZoom(COUNTY_LABEL_MAX_ZOOM);

export interface Place {
	nummer: string;
	navn: string;
	/** [lon, lat] inside the largest polygon. */
	labelPoint: [number, number];
}

export interface MarkedPlace extends Place {
	/** [west, south, east, north] in degrees. */
	bbox: [number, number, number, number];
	vinner: boolean;
}

export interface LabelSources {
	selected: Place | null;
	/** Kommuner drawn with a marker while small: the nominees shown. */
	marked: readonly MarkedPlace[];
	counties: readonly Place[];
	/** Kommuner whose names may show when zoomed in, most important (largest) first. */
	kommuner: readonly Place[];
}

const anchor = (place: Place): Point => project(place.labelPoint);

export function labelSpecs({ selected, marked, counties, kommuner }: LabelSources): LabelSpec[] {
	const markedIds = new Set(marked.map((place) => place.nummer));
	const specs: LabelSpec[] = [];
	// The selected kommune's name; markedSpecs drops it while the kommune is marked (its nominee label names it).
	if (selected) specs.push({ id: `s${selected.nummer}`, kind: 'selected', text: selected.navn, anchor: anchor(selected) });
	for (const place of marked) {
		const [x0, y0] = project([place.bbox[0], place.bbox[3]]);
		const [x1, y1] = project([place.bbox[2], place.bbox[1]]);
		specs.push({
			id: `n${place.nummer}`,
			kind: 'nominee',
			text: place.navn,
			anchor: anchor(place),
			shapeBox: [x0, y0, x1, y1],
			winner: place.vinner
		});
	}
	for (const county of counties) specs.push({ id: `f${county.nummer}`, kind: 'county', text: county.navn, anchor: anchor(county) });
	for (const place of kommuner) {
		if (markedIds.has(place.nummer) || place.nummer === selected?.nummer) continue;
		specs.push({ id: `k${place.nummer}`, kind: 'kommune', text: place.navn, anchor: anchor(place) });
	}
	return specs;
}

/** The labels that show at a scale: county names zoomed out, kommune names zoomed in. */
export function specsAtScale(specs: readonly LabelSpec[], scale: number): LabelSpec[] {
	const zoomedOut = scale < COUNTY_LABEL_MAX_SCALE;
	return specs.filter((spec) => (spec.kind === 'county' ? zoomedOut : spec.kind === 'kommune' ? !zoomedOut : true));
}

/** Above this many marked kommuner (all years at once), only the winners get a label beside their marker. */
export const MOST_NAMED = 8;

/**
 * The view's labels for the kommuner marked now: nominees not marked are left out, the others get
 * the name they were nominated under, their winner star, and a label unless too many are marked
 * (then only the winners') or they lie in `namedElsewhere` (a region magnified in an inset, which
 * names them); the selected kommune's own name only while it is not marked.
 */
export function markedSpecs(
	specs: readonly LabelSpec[],
	marks: ReadonlyMap<string, { navn: string; vinner: boolean | null }>,
	namedElsewhere?: Box
): LabelSpec[] {
	const many = marks.size > MOST_NAMED;
	const inside = ([x, y]: Point) =>
		namedElsewhere !== undefined && x >= namedElsewhere[0] && x <= namedElsewhere[2] && y >= namedElsewhere[1] && y <= namedElsewhere[3];
	return specs.flatMap((spec) => {
		if (spec.kind === 'selected') return marks.has(spec.id.slice(1)) ? [] : [spec];
		if (spec.kind !== 'nominee') return [spec];
		const mark = marks.get(spec.id.slice(1));
		if (!mark) return [];
		const winner = mark.vinner === true;
		return [{ ...spec, text: mark.navn, winner, pill: !inside(spec.anchor) && (!many || winner) }];
	});
}
