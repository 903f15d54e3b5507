/**
 * Loads MapLibre (its standard build, worker inline) as a script from the site itself, only when
 * the visitor reaches for the map (engine-files.ts prefetches it). No WebGL context is created to
 * test for WebGL: MapLibre's own failure to create one is turned into a WebGlUnavailableError.
 * Only the interactive map imports this module: it carries the tile index.
 */
import type * as MapLibre from 'maplibre-gl';
import { base } from '$app/paths';
import { maplibreCssUrl, maplibreUrl } from '../start/engine-files';
import { MapLoadError, WebGlUnavailableError } from './map-errors';
import { TILE_INDEX, TILE_PATH } from '$lib/generated/tiles';
import { hasTile } from './tile-index';

export type MapLibreModule = typeof MapLibre;

/** The custom URL scheme of the map's tiles, answered by `tileProtocol` without asking for tiles that do not exist. */
export const TILE_SCHEME = 'kart';
export const TILE_URL = `${TILE_SCHEME}://{z}/{x}/{y}`;

function loadStylesheet(): Promise<void> {
	if (document.querySelector(`link[rel="stylesheet"][href="${maplibreCssUrl}"]`)) return Promise.resolve();
	return new Promise((resolve, reject) => {
		const link = document.createElement('link');
		link.rel = 'stylesheet';
		link.href = maplibreCssUrl;
		link.onload = () => resolve();
		link.onerror = () => {
			link.remove();
			reject(new MapLoadError('the map stylesheet'));
		};
		document.head.append(link);
	});
}

function loadScript(): Promise<MapLibreModule> {
	const loaded = (window as unknown as { maplibregl?: MapLibreModule }).maplibregl;
	if (loaded) return Promise.resolve(loaded);
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = maplibreUrl;
		script.async = true;
		script.onload = () => {
			const module = (window as unknown as { maplibregl?: MapLibreModule }).maplibregl;
			if (module) resolve(module);
			else reject(new MapLoadError('MapLibre'));
		};
		script.onerror = () => {
			script.remove();
			reject(new MapLoadError('MapLibre'));
		};
		document.head.append(script);
	});
}

let loading: Promise<MapLibreModule> | undefined;

/** MapLibre, loaded once; a failed load may be tried again. */
export function loadMapEngine(): Promise<MapLibreModule> {
	loading ??= Promise.all([loadScript(), loadStylesheet()]).then(
		([maplibre]) => {
			maplibre.addProtocol(TILE_SCHEME, tileProtocol);
			return maplibre;
		},
		(error: unknown) => {
			loading = undefined;
			throw error;
		}
	);
	return loading;
}

/** Answers the map's tile requests: existing tiles from the site, an empty tile for open sea. */
async function tileProtocol(params: { url: string }, abort: AbortController) {
	const [z, x, y] = params.url.slice(`${TILE_SCHEME}://`.length).split('/').map(Number);
	if (!hasTile(TILE_INDEX, z, x, y)) return { data: new ArrayBuffer(0) };
	const response = await fetch(`${base}/${TILE_PATH}/${z}/${x}/${y}.pbf`, { signal: abort.signal });
	if (!response.ok) throw new MapLoadError(`tile ${z}/${x}/${y} (HTTP ${response.status})`);
	return { data: await response.arrayBuffer() };
}

/**
 * Creates the map, turning MapLibre's failure to get a WebGL context into a WebGlUnavailableError
 * (it fires `webglcontextcreationerror` on its canvas, which is seen here while capturing).
 */
export function createMap(maplibre: MapLibreModule, options: MapLibre.MapOptions): MapLibre.Map {
	const container = options.container as HTMLElement;
	let contextFailed = false;
	const onContextError = () => (contextFailed = true);
	container.addEventListener('webglcontextcreationerror', onContextError, true);
	try {
		return new maplibre.Map(options);
	} catch (error) {
		if (contextFailed) throw new WebGlUnavailableError({ cause: error });
		throw error;
	} finally {
		container.removeEventListener('webglcontextcreationerror', onContextError, true);
	}
}
