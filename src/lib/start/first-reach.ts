/**
 * The app (search, filters, buttons, the interactive map) starts when the visitor first reaches for
 * the page: a pointer that moves or presses, a touch, a key, focus, the wheel or a click. Until then
 * the page is what the server drew: its static map, its text and its links, which all work without
 * JavaScript. A visitor who only reads never pays for hydrating it (about 0.1 s of main thread on a
 * fast machine, four times that on a mid-range phone), and no work competes with the first paint.
 *
 * Nothing the visitor does meanwhile is lost: a click on a control is held and made again once the
 * app has started (early-clicks.ts), and where the pointer was on the map is kept here, so the map
 * can start with it (a hover shows its tooltip, a tap selects).
 */

const REACHES = ['pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'wheel', 'click'] as const;

/** The pointer's last place before the app started, and whether it clicked there. */
export interface EarlyPointer {
	target: Element;
	clientX: number;
	clientY: number;
	/** `mouse`, `pen` or `touch`; a wheel counts as a mouse. */
	pointerType: string;
	clicked: boolean;
}

let pointer: EarlyPointer | null = null;
let recording = false;

const POINTER_EVENTS = ['pointermove', 'pointerdown', 'wheel', 'click'];

function record(event: Event) {
	// A click is what the visitor asked for; moving on afterwards does not undo it.
	if (pointer?.clicked || !(event instanceof MouseEvent) || !(event.target instanceof Element)) return;
	const pointerType = event instanceof PointerEvent ? event.pointerType : 'mouse';
	pointer = { target: event.target, clientX: event.clientX, clientY: event.clientY, pointerType, clicked: event.type === 'click' };
}

/** Keeps where the pointer is until the app has started (an embed starts by itself, and keeps it too). */
export function recordPointer(): void {
	if (recording) return;
	recording = true;
	for (const type of POINTER_EVENTS) addEventListener(type, record, { capture: true, passive: true });
}

/** Resolves at the visitor's first reach, or at once if focus is already in the page. */
export function firstReach(): Promise<void> {
	recordPointer();
	return new Promise((reached) => {
		const focused = document.activeElement;
		if (focused && focused !== document.body && focused !== document.documentElement) return reached();
		const reach = () => {
			for (const type of REACHES) removeEventListener(type, reach, { capture: true });
			// Offline, the page's code may not all be in the cache: the page stays as drawn until the connection is back.
			if (navigator.onLine) reached();
			else addEventListener('online', () => reached(), { once: true });
		};
		for (const type of REACHES) addEventListener(type, reach, { capture: true, passive: true });
	});
}

/** Called once the app has started: the pointer's place is kept as it was then. */
export function stopRecordingPointer(): void {
	if (!recording) return;
	recording = false;
	for (const type of POINTER_EVENTS) removeEventListener(type, record, { capture: true });
}

/** Where the pointer was before the app started; once, later calls get null. */
export function takeEarlyPointer(): EarlyPointer | null {
	const early = pointer;
	pointer = null;
	return early;
}
