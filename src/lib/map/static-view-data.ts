/**
 * Each page's static view: what the geo build writes per view (geo/build.ts, the overview's
 * "norge" and one per kommune), and the part of it a page carries in its data — the shapes and
 * labels of what its own state marks, and the stylesheet drawn for exactly that.
 */
import type { Box } from './mercator';
import type { LabelSpec } from './label-layout';
import { filterKey, type Filter } from '../url/paths';

interface ViewGeometry {
	/** "norge" or a kommune's slug: the base image is /kart/<name>.svg. */
	name: string;
	/** The box the view fits into the frame, in map units. */
	box: Box;
	/** What the base image covers, in map units. */
	region: Box;
	/** The base image's coordinate system: [width, height]. */
	size: [number, number];
}

/** What the geo build writes: src/lib/generated/views/<name>.json. */
export interface StaticViewSource extends ViewGeometry {
	/** Path data, in the base image's coordinates, of every kommune the view can colour or outline. */
	shapes: Record<string, string>;
	/** Every label the view may show: the kommuner marked in any state, counties, kommuner. */
	labels: LabelSpec[];
	/** For each state a page of this view shows (by filterKey), its stylesheet under /kart/: base image placed, labels laid out. */
	stylesheets: Record<string, string>;
}

/** What a page's data holds of its view. */
export interface StaticViewData extends ViewGeometry {
	/** Path data of the kommuner the page marks, and of the selected one. */
	shapes: Record<string, string>;
	/** The labels the page's state may show (nominees it does not mark left out). */
	labels: LabelSpec[];
	/** Its stylesheet under /kart/, which places exactly these labels for every frame size. */
	stylesheet: string;
	/** A region magnified in a frame over the map, named there (all years on all of Norway): its view, its frame and region in this view's map units. */
	inset?: { view: StaticViewData; frame: Box; region: Box };
}

/**
 * The part of `source` a page in state `filter` carries, with `marked` the kommuner it marks.
 * Throws where the build drew no stylesheet for the state: a page and the build disagree.
 */
export function pageView(source: StaticViewSource, filter: Filter, marked: ReadonlySet<string>, selected: string | null): StaticViewData {
	const stylesheet = source.stylesheets[filterKey(filter)];
	if (!stylesheet) throw new Error(`The static view «${source.name}» has no stylesheet for ${filterKey(filter)}: run npm run geo.`);
	const shown = (nummer: string) => marked.has(nummer) || nummer === selected;
	return {
		name: source.name,
		box: source.box,
		region: source.region,
		size: source.size,
		shapes: Object.fromEntries(Object.entries(source.shapes).filter(([nummer]) => shown(nummer))),
		labels: source.labels.filter((spec) => spec.kind !== 'nominee' || marked.has(spec.id.slice(1))),
		stylesheet
	};
}
