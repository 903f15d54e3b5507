/**
 * Until the app has started (first-reach.ts), its buttons are on screen without their handlers. A
 * click on one then is held and made again once the app has started, so no tap is lost. Links (the
 * edition and class controls among them) work without JavaScript and are left alone; the map keeps
 * its own reach (first-reach.ts, map/reach.ts).
 */
let held: HTMLElement | null = null;
let holding = false;

function hold(event: MouseEvent) {
	const button = event.target instanceof Element ? event.target.closest<HTMLElement>('button, summary') : null;
	if (!button) return;
	event.preventDefault();
	event.stopPropagation();
	held = button;
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
	const button = held;
	held = null;
	if (button?.isConnected && !(button as HTMLButtonElement).disabled) button.click();
}
