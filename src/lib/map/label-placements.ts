/**
 * Where the map's labels go on screen: the static view's layout while the camera shows the page's
 * own fitted view (none at all when the view's stylesheet already places every label), and a
 * fresh layout of the labels in sight once the interactive map has moved.
 */
import { layoutLabels, scaleStep, type LabelSpec, type Placement } from './label-layout';
import { insetKeepOut, staticLayout } from './view-css';
import { specsAtScale } from './view-labels';
import { fitScale, type Camera } from './views';
import type { StaticViewData } from './static-view-data';

export interface PlacementInput {
	view: StaticViewData;
	/** The view's own labels, and the labels the camera may show (every kommune's once it moved). */
	viewSpecs: readonly LabelSpec[];
	specs: readonly LabelSpec[];
	frame: { width: number; height: number };
	/** The camera the labels are laid out for; null while static. */
	camera: Camera | null;
	/** Whether the camera is at a fit of our own rather than where the visitor moved it. */
	fitted: boolean;
	/** Whether the view's stylesheet places every label of the current marks. */
	stylesheetPlaces: boolean;
	/** Whether the view's inset shows (INSET_MEDIA) on the box, so the labels keep off its frame. */
	insetOnBox: boolean;
}

/** Placements by label id, or null when the stylesheet's placements stand (or there is no frame yet). */
export function labelPlacements({
	view,
	viewSpecs,
	specs,
	frame,
	camera,
	fitted,
	stylesheetPlaces,
	insetOnBox
}: PlacementInput): Map<string, Placement> | null {
	const { width, height } = frame;
	if (width === 0) return null;
	if (!camera || fitted) {
		if (stylesheetPlaces) return null;
		const keepOut = view.inset && insetOnBox ? insetKeepOut(view.inset) : undefined;
		return byId(staticLayout(view, viewSpecs, fitScale(view.box, width, height), { keepOut }));
	}
	const scales = scaleStep(camera.scale);
	const area = {
		x0: { k: 0, c: -width / 2 },
		x1: { k: 0, c: width / 2 },
		y0: { k: 0, c: -height / 2 },
		y1: { k: 0, c: height / 2 }
	};
	const nearby = inSight(specs, camera.centre, camera.scale, width, height);
	return byId(layoutLabels({ labels: specsAtScale(nearby, scales[0]), centre: camera.centre, scales, area }));
}

function byId(placements: readonly Placement[]): Map<string, Placement> {
	return new Map(placements.map((p) => [p.id, p]));
}

function inSight(all: readonly LabelSpec[], centre: readonly number[], scale: number, width: number, height: number) {
	const hw = width / 2 / scale;
	const hh = height / 2 / scale;
	return all.filter((s) => Math.abs(s.anchor[0] - centre[0]) <= hw && Math.abs(s.anchor[1] - centre[1]) <= hh);
}
