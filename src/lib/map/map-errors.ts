/** Why the interactive map could not start, as typed errors, and what the reader is told. */

/** The browser could not create a WebGL context for the map. */
export class WebGlUnavailableError extends Error {
	constructor(options?: ErrorOptions) {
		super('WebGL is not available', options);
		this.name = 'WebGlUnavailableError';
	}
}

/** MapLibre's script or stylesheet did not load (offline, or a deploy replaced the files). */
export class MapLoadError extends Error {
	constructor(what: string, options?: ErrorOptions) {
		super(`Could not load ${what}`, options);
		this.name = 'MapLoadError';
	}
}

/** The map did not become ready in time (its data or worker never answered). */
export class MapTimeoutError extends Error {
	constructor(seconds: number) {
		super(`The map was not ready after ${seconds} s`);
		this.name = 'MapTimeoutError';
	}
}

/** The Norwegian note shown over the static map when the interactive map cannot start. */
export function failureNote(error: unknown): string {
	if (error instanceof WebGlUnavailableError) {
		return 'Nettleseren din kan ikke vise det interaktive kartet (WebGL mangler), så du ser et forenklet kart.';
	}
	if (typeof navigator !== 'undefined' && navigator.onLine === false) {
		return 'Du ser ut til å være frakoblet, så det interaktive kartet kunne ikke lastes. Du ser et forenklet kart.';
	}
	if (error instanceof MapTimeoutError) return 'Det interaktive kartet brukte for lang tid på å laste, så du ser et forenklet kart.';
	return 'Det interaktive kartet kunne ikke lastes, så du ser et forenklet kart.';
}
