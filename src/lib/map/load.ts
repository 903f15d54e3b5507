/**
 * Starts loading MapLibre and the boundary data once, as early as the page can, so neither waits
 * for the other or for the map component's own code.
 */
import type { BoundaryTopology } from '../boundaries';

type MapLibre = typeof import('maplibre-gl');

async function fetchBoundaries(url: string): Promise<BoundaryTopology> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Kunne ikke laste kommunegrensene (HTTP ${response.status}).`);
	return (await response.json()) as BoundaryTopology;
}

/** Resolves once the browser has painted a frame: the static first view must not wait for MapLibre. */
function afterFirstPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

function hasWebGl(): boolean {
	const canvas = document.createElement('canvas');
	return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
}

let loading: Promise<[MapLibre, BoundaryTopology]> | undefined;

/** Rejects with an error naming WebGL, without downloading anything, where the browser has none. */
export function loadMapResources(boundaryUrl: string): Promise<[MapLibre, BoundaryTopology]> {
	if (!hasWebGl()) return Promise.reject(new Error('WebGL is not available in this browser.'));
	loading ??= Promise.all([
		afterFirstPaint().then(() => import('maplibre-gl')),
		fetchBoundaries(boundaryUrl),
		afterFirstPaint().then(() => import('maplibre-gl/dist/maplibre-gl.css'))
	]).then(
		([maplibre, topology]) => [maplibre, topology],
		(error) => {
			loading = undefined; // let a later attempt try again
			throw error;
		}
	);
	return loading;
}
