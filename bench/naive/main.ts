/**
 * The straightforward way to draw the map, as a baseline for the app: one bundle with MapLibre,
 * the raw 2.5 MB boundary file as published, converted to GeoJSON on the main thread, and the
 * polygons' own edges as borders.
 */
import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { ExpressionSpecification } from 'maplibre-gl';
import { kategoriColour, MAP_COLOURS } from '../../src/lib/map/kategori-colours';
import { NOMINEES } from '../../src/lib/award/nominees';

const NORWAY_BOUNDS: [number, number, number, number] = [4.5, 57.95, 31.17, 71.19];

async function main() {
	const container = document.getElementById('map') as HTMLDivElement;
	const response = await fetch('./kommuner-2020.topojson');
	const topology = (await response.json()) as Topology;
	const [name] = Object.keys(topology.objects);
	const kommuner = feature(topology, topology.objects[name] as GeometryCollection<{ kommunenummer: number; navn: string }>);

	// The raw file numbers kommuner as integers (301 for Oslo), the app as "0301".
	const fillColour = [
		'match',
		['get', 'kommunenummer'],
		...NOMINEES.flatMap((nominee) => [Number(nominee.nummer), kategoriColour(nominee.kategori)]),
		MAP_COLOURS.land
	] as unknown as ExpressionSpecification;

	const map = new maplibregl.Map({
		container,
		bounds: NORWAY_BOUNDS,
		fitBoundsOptions: { padding: 24 },
		attributionControl: { compact: true, customAttribution: 'Kartgrunnlag: © Kartverket (CC BY 4.0)' },
		style: {
			version: 8,
			sources: { kommuner: { type: 'geojson', data: kommuner } },
			layers: [
				{ id: 'sea', type: 'background', paint: { 'background-color': MAP_COLOURS.sea } },
				{ id: 'kommune-fill', type: 'fill', source: 'kommuner', paint: { 'fill-color': fillColour } },
				{ id: 'kommune-borders', type: 'line', source: 'kommuner', paint: { 'line-color': MAP_COLOURS.kommuneBorder, 'line-width': 0.6 } }
			]
		}
	});
	map.once('idle', () => (container.dataset.mapReady = 'true'));
}

main().catch((error: unknown) => console.error(error));
