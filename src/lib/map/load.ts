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

let loading: Promise<[MapLibre, BoundaryTopology]> | undefined;

export function loadMapResources(boundaryUrl: string): Promise<[MapLibre, BoundaryTopology]> {
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
