/**
 * What MapArea.svelte shares with the parts of the map below it, as layercake's <LayerCake> shares
 * its box (`getContext('LayerCake')`): the map state, the page's view, and the frame as a padding
 * box around it. MapArea sets it (`setMapContext`); the interactive map, the labels, the locator
 * and the notes read it (`getMapContext`) instead of having it passed down. Its fields are getters,
 * so a reader sees the latest values, reactively.
 */
import { createContext } from 'svelte';
import type { MapState } from './map-state.svelte';
import type { StaticViewData } from './static-view-data';

/** Room around the frame inside the map area, in whole CSS pixels (MapLibre's `padding`). */
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export interface MapContext {
	/** The frame, the interactive map's camera and how far it has come. */
	readonly mapState: MapState;
	/** The page's static view: its box is what the map fits into the frame. */
	readonly view: StaticViewData;
	/** The frame as padding inside the map area: what the interactive map fits the view into. */
	readonly padding: Padding;
}

export const [getMapContext, setMapContext] = createContext<MapContext>();

/** The frame of `mapState` as padding inside its map area, rounded to whole pixels. */
export function framePadding({ frame, area }: Pick<MapState, 'frame' | 'area'>): Padding {
	return {
		top: Math.round(frame.top),
		left: Math.round(frame.left),
		right: Math.round(area.width - frame.left - frame.width),
		bottom: Math.round(area.height - frame.top - frame.height)
	};
}
