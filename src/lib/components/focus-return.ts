/**
 * Where focus goes back to when the kommune panel closes. The element that opened the panel is
 * usually gone by then (the overview re-renders), so it is remembered as a selector.
 */
let opener: string | null = null;

export function rememberOpener(element: Element | null): void {
	if (!element || element === document.body) return;
	if (element instanceof HTMLAnchorElement) opener = `a[href="${CSS.escape(element.getAttribute('href') ?? '')}"]`;
	else if (element.id) opener = `#${CSS.escape(element.id)}`;
	else if (element.classList.contains('maplibregl-canvas')) opener = '.maplibregl-canvas';
	else opener = null;
}

/** Focuses the remembered opener if it is on the page again; returns whether it did. */
export function restoreOpener(): boolean {
	const target = opener ? document.querySelector<HTMLElement>(opener) : null;
	opener = null;
	target?.focus();
	return target !== null;
}
