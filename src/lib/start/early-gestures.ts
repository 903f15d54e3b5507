/**
 * The first drag on the page does what it says, before the app or the interactive map is there to
 * handle it: the visitor's first touch is also what starts them (first-reach.ts), and they take
 * from a few hundred milliseconds (the app) to seconds (MapLibre) to be ready.
 *
 *   - A drag on the sheet's handle (phones) moves the sheet, and lets go at the nearest height; the
 *     sheet takes that height over when the app has started (Sheet.svelte: `takeEarlySheetHeight`).
 *   - A drag on the map moves the static map under the finger (or mouse); the interactive map takes
 *     the offset over when it is ready, and a drag still going on then moves it instead
 *     (InteractiveMap.svelte: `handOverMapPan`).
 *
 * A drag is a press that moves more than a few pixels; a press that does not move is a tap (a click
 * on what is under it: early-clicks.ts and map/reach.ts keep those), and the click that ends a
 * drag is swallowed. Plain DOM: this runs in the start's chunk, before Svelte has hydrated.
 */
import { draggedSheetHeight, nearestSheetHeight, type SheetHeight } from './sheet-snap';

/** How far a press moves before it is a drag, in CSS pixels. */
const DRAG_FROM = 6;

interface Drag {
	pointer: number;
	startX: number;
	startY: number;
	moved: boolean;
	/** What it drags: the sheet (its height when pressed) or the map (its offset when pressed). */
	sheet?: { element: HTMLElement; startHeight: number };
	map?: { area: HTMLElement; startDx: number; startDy: number };
}

let drag: Drag | null = null;
let listening = false;

/** The static map's offset from its fitted view, in CSS pixels, until the interactive map takes it. */
let pan = { dx: 0, dy: 0 };
/** Once the interactive map is ready: where a drag's further moves go. */
let panInteractive: ((dx: number, dy: number) => void) | null = null;
let mapHandedOver = false;

let sheetHeight: SheetHeight | null = null;
let sheetTaker: ((height: SheetHeight) => void) | null = null;

function down(event: PointerEvent) {
	if (drag || event.button !== 0 || !(event.target instanceof Element)) return;
	const base = { pointer: event.pointerId, startX: event.clientX, startY: event.clientY, moved: false };
	const handle = event.target.closest<HTMLElement>('.sheet .handle');
	if (handle) {
		// Once the sheet's own handlers are there, it drags itself.
		if (sheetTaker) return;
		const element = handle.closest<HTMLElement>('.sheet')!;
		drag = { ...base, sheet: { element, startHeight: element.getBoundingClientRect().height } };
		return;
	}
	const area = event.target.closest<HTMLElement>('.map-area');
	if (!area || mapHandedOver || event.target.closest('.overlay')) return;
	drag = { ...base, map: { area, startDx: pan.dx, startDy: pan.dy } };
}

function move(event: PointerEvent) {
	if (!drag || event.pointerId !== drag.pointer) return;
	const dx = event.clientX - drag.startX;
	const dy = event.clientY - drag.startY;
	if (!drag.moved && Math.hypot(dx, dy) < DRAG_FROM) return;
	drag.moved = true;
	if (drag.sheet) {
		const { element, startHeight } = drag.sheet;
		const total = element.parentElement!.getBoundingClientRect().height;
		element.style.setProperty('height', `${draggedSheetHeight(startHeight - dy, total)}px`);
	} else if (drag.map) {
		const next = { dx: drag.map.startDx + dx, dy: drag.map.startDy + dy };
		if (panInteractive) panInteractive(next.dx - pan.dx, next.dy - pan.dy);
		else placeStaticMap(drag.map.area, next);
		pan = next;
	}
}

function up(event: PointerEvent) {
	if (!drag || event.pointerId !== drag.pointer) return;
	const ended = drag;
	drag = null;
	if (!ended.moved) return;
	swallowNextClick();
	if (ended.sheet) {
		const { element } = ended.sheet;
		const share = element.getBoundingClientRect().height / element.parentElement!.getBoundingClientRect().height;
		const height = nearestSheetHeight(share);
		if (sheetTaker) {
			element.style.removeProperty('height');
			sheetTaker(height);
		} else sheetHeight = height;
	}
	if (ended.map && panInteractive) stopForMap();
}

function cancel(event: PointerEvent) {
	if (drag?.pointer === event.pointerId) drag = null;
}

/** The click a drag ends in (on the handle, a label) is not a tap. */
function swallowNextClick() {
	const swallow = (event: Event) => {
		event.preventDefault();
		event.stopImmediatePropagation();
	};
	addEventListener('click', swallow, { capture: true, once: true });
	// A drag that ends off its element gets no click: the next real tap must not be swallowed.
	setTimeout(() => removeEventListener('click', swallow, { capture: true }), 0);
}

/** Moves the static map's layers (the picture and the labels) by the offset. */
function placeStaticMap(area: HTMLElement, { dx, dy }: { dx: number; dy: number }) {
	for (const view of area.querySelectorAll<HTMLElement>('.map-frame > .map-view')) view.style.setProperty('translate', `${dx}px ${dy}px`);
}

/** Listens for drags from the first moment the start-up runs; before the click holder, so its swallow comes first. */
export function listenForEarlyGestures(): void {
	if (listening) return;
	listening = true;
	addEventListener('pointerdown', down, { capture: true, passive: true });
	addEventListener('pointermove', move, { capture: true, passive: true });
	addEventListener('pointerup', up, { capture: true, passive: true });
	addEventListener('pointercancel', cancel, { capture: true, passive: true });
}

function stopForMap() {
	mapHandedOver = true;
	panInteractive = null;
}

/**
 * The interactive map is ready: it takes the static map's offset (`panBy` moves its camera so the
 * map moves that far on screen) and the rest of a drag still going on, and from then on handles
 * drags itself. Returns whether the map had been moved (it no longer shows the page's own view).
 */
export function handOverMapPan(area: HTMLElement, panBy: (dx: number, dy: number) => void): boolean {
	const moved = pan.dx !== 0 || pan.dy !== 0;
	if (moved) panBy(pan.dx, pan.dy);
	for (const view of area.querySelectorAll<HTMLElement>('.map-frame > .map-view')) view.style.removeProperty('translate');
	if (drag?.map) panInteractive = panBy;
	else stopForMap();
	return moved;
}

/** The sheet's own handlers are there: it takes the height an early drag left it at, if any, and drags itself from now on. */
export function takeEarlySheetHeight(sheet: HTMLElement, take: (height: SheetHeight) => void): void {
	sheetTaker = take;
	if (!sheetHeight || drag?.sheet) return;
	sheet.style.removeProperty('height');
	take(sheetHeight);
	sheetHeight = null;
}
