/**
 * Starting the interactive map, and its failure: the visitor's reach (reach.ts) loads what only
 * the interactive map needs (interactive.ts); while it loads, the latest reach is the one done once
 * the map is ready. A failure to load or to draw keeps the static map, with a note saying why.
 */
import type { Attachment } from 'svelte/attachments';
import { failureNote } from './map-errors';
import { listenForReach } from './reach';
import type { MapState } from './map-state.svelte';
import type { Reach } from './InteractiveMap.svelte';

type Interactive = typeof import('./interactive');

export class MapStart {
	/** The interactive map and what only it needs (the kommune index, the tooltip), once loaded. */
	interactive: Interactive | undefined = $state();
	/** What the visitor reached for the map with, done once it is ready. */
	reach: Reach | null = $state(null);
	readonly #mapState: MapState;

	constructor(mapState: MapState) {
		this.#mapState = mapState;
	}

	/** Starts the interactive map for this reach (or, while it starts, makes it the latest reach). */
	start = (why: Reach) => {
		const mapState = this.#mapState;
		// While starting, the latest thing the visitor asked for is what is done once ready.
		if (mapState.phase === 'starting') this.reach = why;
		if (mapState.phase !== 'static') return;
		mapState.phase = 'starting';
		this.reach = why;
		import('./interactive').then((module) => (this.interactive = module)).catch((error: unknown) => this.fail(error));
	};

	/** The interactive map could not be had: the static map stays, and the note says why. */
	fail = (error: unknown) => {
		const mapState = this.#mapState;
		console.warn(error);
		mapState.phase = 'failed';
		mapState.camera = null;
		mapState.note = failureNote(error);
		this.interactive = undefined;
	};

	/** Listens on the map area for the visitor's reach; `leave` is told when the pointer leaves it. */
	listen(leave: () => void): Attachment<HTMLElement> {
		return listenForReach({
			mapState: this.#mapState,
			start: this.start,
			pending: () => this.reach,
			remember: (why) => (this.reach = why),
			leave
		});
	}
}
