/**
 * Until the app has started (first-reach.ts), its buttons, radio buttons and checkboxes are on
 * screen without their handlers. A click on one then is held and made again once the app has
 * started, so no tap is lost and no radio button shows a choice the page has not made. Links work
 * without JavaScript and are left alone; the map keeps its own reach (first-reach.ts, map/reach.ts).
 */
let held: HTMLElement | null = null;
let holding = false;

/** The control a click on `target` would work, if the app must answer it. */
function controlOf(target: EventTarget | null): HTMLElement | null {
	if (!(target instanceof Element)) return null;
	const control = target.closest<HTMLElement>('button, input[type=radio], input[type=checkbox], label, summary');
	if (control instanceof HTMLLabelElement) {
		const input = control.control;
		return input instanceof HTMLInputElement && (input.type === 'radio' || input.type === 'checkbox') ? control : null;
	}
	return control;
}

function hold(event: MouseEvent) {
	const control = controlOf(event.target);
	if (!control) return;
	event.preventDefault();
	event.stopPropagation();
	held = control;
}

export function holdEarlyClicks(): void {
	if (holding) return;
	holding = true;
	document.addEventListener('click', hold, true);
}

/** Called once the app has hydrated: the held click, if any, is made now. */
export function replayEarlyClicks(): void {
	if (!holding) return;
	holding = false;
	document.removeEventListener('click', hold, true);
	const control = held;
	held = null;
	if (control?.isConnected && !(control as HTMLButtonElement).disabled) control.click();
}
