/**
 * Measuring the frame: the map area's size and where in it the frame lies (the part of the map no
 * overlay covers, placed by MapArea.svelte's CSS), kept in the map state for the interactive map's
 * padding, the labels' layout and the locator.
 */
import type { MapState } from './map-state.svelte';

/** Measures `area` and `frame` into `mapState` now and whenever either changes size; returns the stop. */
export function measureFrame(mapState: MapState, area: HTMLElement, frame: HTMLElement): () => void {
	function measure() {
		const a = area.getBoundingClientRect();
		const f = frame.getBoundingClientRect();
		mapState.area = { width: a.width, height: a.height };
		const next = { left: f.left - a.left, top: f.top - a.top, width: f.width, height: f.height };
		const now = mapState.frame;
		if (next.left !== now.left || next.top !== now.top || next.width !== now.width || next.height !== now.height) mapState.frame = next;
	}
	measure();
	const observer = new ResizeObserver(measure);
	observer.observe(area);
	observer.observe(frame);
	return () => observer.disconnect();
}
