/**
 * The visitor reaching for the map: a mouse over it, a touch or click on it, the wheel, or
 * keyboard focus into it. Each starts the interactive map with what the visitor was doing, so the
 * reach is not lost (a click selects, a hover shows its tooltip); a click while the map starts is
 * remembered and done once it is ready.
 */
import type { Attachment } from 'svelte/attachments';
import { takeEarlyPointer } from '../start/first-reach';
import type { Reach } from './InteractiveMap.svelte';
import type { MapState } from './map-state.svelte';

export interface ReachOptions {
	mapState: MapState;
	/** Starts the interactive map for this reach (or, while it starts, makes it the latest reach). */
	start: (why: Reach) => void;
	/** The reach the map is starting for, if any. */
	pending: () => Reach | null;
	/** Replaces it: a click that came while the map was starting. */
	remember: (why: Reach) => void;
	/** The pointer left the map area. */
	leave: () => void;
}

/** What the visitor was doing on the map before the app started (first-reach.ts kept it), as a reach. */
export function reachBeforeStart(area: HTMLElement): Reach | null {
	const pointer = takeEarlyPointer();
	if (area.querySelector('.map-frame')?.contains(document.activeElement)) return { kind: 'focus' };
	if (!pointer || !area.contains(pointer.target) || pointer.target.closest('.overlay')) return null;
	const rect = area.getBoundingClientRect();
	const click = pointer.clicked && !pointer.target.closest('a, button, input, label');
	// A finger that touched without tapping was dragging (start/early-gestures.ts moved the map): no tooltip.
	if (!click && pointer.pointerType === 'touch') return { kind: 'touch' };
	return { kind: 'point', x: pointer.clientX - rect.left, y: pointer.clientY - rect.top, click };
}

export function listenForReach({ mapState, start, pending, remember, leave }: ReachOptions): Attachment<HTMLElement> {
	return (area) => {
		const pointAt = (event: MouseEvent, click: boolean): Reach => {
			const rect = area.getBoundingClientRect();
			return { kind: 'point', x: event.clientX - rect.left, y: event.clientY - rect.top, click };
		};
		const fromPointer = (event: PointerEvent | WheelEvent) => {
			// The controls start the map themselves, with what they are for (a zoom button zooms).
			if (mapState.phase !== 'static' || (event.target as Element).closest('.overlay')) return;
			// A mouse is somewhere (its tooltip shows); a finger may be about to drag or tap (a tap is remembered below).
			start(event instanceof PointerEvent && event.pointerType === 'touch' ? { kind: 'touch' } : pointAt(event, false));
		};
		const listeners: [string, (event: Event) => void][] = [
			['pointerover', (event) => (event as PointerEvent).pointerType === 'mouse' && fromPointer(event as PointerEvent)],
			['pointerdown', (event) => fromPointer(event as PointerEvent)],
			['wheel', (event) => fromPointer(event as WheelEvent)],
			[
				'click',
				(event) => {
					const target = event.target as Element;
					const kind = pending()?.kind;
					if (mapState.phase !== 'starting' || (kind !== 'point' && kind !== 'touch') || target.closest('a, button, input, label')) return;
					remember(pointAt(event as MouseEvent, true));
				}
			],
			['focusin', (event) => (event.target as Element).closest('.map-frame') && start({ kind: 'focus' })],
			// The interactive map only sees the pointer leave if it saw it come in; the area always does.
			['pointerleave', leave]
		];
		for (const [type, listener] of listeners) area.addEventListener(type, listener, { passive: true });
		return () => {
			for (const [type, listener] of listeners) area.removeEventListener(type, listener);
		};
	};
}
