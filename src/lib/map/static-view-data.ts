/** What the build writes for each page's static view (geo/static-views.ts) and the page loads. */
import type { Box } from './mercator';
import type { LabelSpec } from './label-layout';

export interface StaticViewData {
	/** "norge" or a kommune's slug: the base image is /kart/<name>.svg, its CSS /kart/<name>.css. */
	name: string;
	/** The box the view fits into the frame, in map units. */
	box: Box;
	/** What the base image covers, in map units. */
	region: Box;
	/** The base image's coordinate system: [width, height]. */
	size: [number, number];
	/** Path data, in the base image's coordinates, of the kommuner the view can colour or outline. */
	shapes: Record<string, string>;
	/** Every label the view may show: the marked kommuner of any year, counties, kommuner. */
	labels: LabelSpec[];
	/** The kommuner marked in the first view (the nominees of 2021), by kommunenummer, and whether each won: what the view's stylesheet places. */
	stylesheetMarks: Record<string, boolean>;
}
