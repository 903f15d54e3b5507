// See https://svelte.dev/docs/kit/types#app.d.ts
import type { FailureKind } from '$lib/failures/load-failure';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Set by src/hooks.client.ts for a page that could not be loaded in the browser. */
			kind?: FailureKind;
		}
	}
}

// Newer than Svelte's element types: `blocking="render"` holds the first paint (src/routes/404).
declare module 'svelte/elements' {
	interface HTMLLinkAttributes {
		blocking?: 'render';
	}
}

export {};
