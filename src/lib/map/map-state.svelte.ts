/**
 * What the map area shares between its parts: the frame (the part of the map no overlay covers),
 * the interactive map's camera once it runs, and how far it has come.
 */
import type { Camera } from './views';

export type MapPhase = 'static' | 'starting' | 'interactive' | 'failed';

export interface FrameRect {
	/** Offsets and size in CSS pixels, relative to the map area. */
	left: number;
	top: number;
	width: number;
	height: number;
}

export class MapState {
	frame = $state<FrameRect>({ left: 0, top: 0, width: 0, height: 0 });
	/** Size of the whole map area in CSS pixels. */
	area = $state({ width: 0, height: 0 });
	/** The interactive map's view: the map point at the frame's centre, and the scale. Null while static. */
	camera = $state<Camera | null>(null);
	/**
	 * The camera the labels are laid out for: updated when a movement ends or crosses a zoom step,
	 * not on every frame (between, the labels move with the map).
	 */
	layoutCamera = $state<Camera | null>(null);
	/**
	 * Whether the interactive map still shows the page's fitted view; labels then keep to the view's
	 * box exactly as the static view does, so nothing changes when the interactive map takes over.
	 */
	fitted = $state(true);
	/** The box the interactive camera was last fitted to (or is flying to): until it is the page's, the labels keep to the static fit. */
	cameraBox = $state<readonly number[] | null>(null);
	phase = $state<MapPhase>('static');
	/** Why the interactive map is not there, for people. */
	note = $state<string | null>(null);
}
