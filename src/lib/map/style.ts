/**
 * The self-contained MapLibre style: every source is inline GeoJSON, and there are no tiles,
 * sprites or glyph server to fetch. Kommune names (zoomed in) are drawn from the device's own
 * sans-serif font, which MapLibre (5.11+) does when a style has no `glyphs`; county and nominee
 * names, shown from the first view, are HTML labels (see MapLabels.svelte for why).
 */
import type { ExpressionSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import type { BoundaryGeoJson } from '../boundaries';
import { themeColours } from '../kategori-colours';
import { KOMMUNER } from '../geography';
import { NOMINEES, nomineesIn, type Kategori } from '../nominees';

const FONT = ['sans-serif'];
const NOMINEE_IDS = NOMINEES.map((n) => n.nummer);

/** Nominees shown by the filter in their class colour, every other kommune in the land colour. */
export function kommuneFillColour(kategori: Kategori | null, dark: boolean): ExpressionSpecification {
	const { map, colour } = themeColours(dark);
	const cases = nomineesIn(kategori).flatMap((nominee) => [nominee.nummer, colour(nominee.kategori)]);
	return ['match', ['get', 'id'], ...cases, map.land] as unknown as ExpressionSpecification;
}

function points(items: readonly { id: string; navn: string; labelPoint: [number, number] }[]): FeatureCollection<Point> {
	return {
		type: 'FeatureCollection',
		features: items.map(({ id, navn, labelPoint }) => ({
			type: 'Feature',
			properties: { id, navn },
			geometry: { type: 'Point', coordinates: labelPoint }
		}))
	};
}

/** Colour properties per layer, so a change of colour scheme repaints without touching data. */
function paints(dark: boolean, kategori: Kategori | null) {
	const { map } = themeColours(dark);
	const text = { 'text-color': map.label, 'text-halo-color': map.labelHalo };
	return {
		sea: { 'background-color': map.sea },
		'kommune-fill': { 'fill-color': kommuneFillColour(kategori, dark) },
		'kommune-borders': { 'line-color': map.kommuneBorder },
		'county-borders': { 'line-color': map.countyBorder },
		'kommune-highlight': { 'line-color': map.highlight },
		'kommune-labels': text
	} as const;
}

export function applyTheme(instance: MapLibreMap, dark: boolean, kategori: Kategori | null): void {
	for (const [layer, properties] of Object.entries(paints(dark, kategori))) {
		for (const [name, value] of Object.entries(properties)) instance.setPaintProperty(layer, name, value);
	}
}

export function mapStyle(data: BoundaryGeoJson, kategori: Kategori | null, dark: boolean): StyleSpecification {
	const paint = paints(dark, kategori);
	const halo = { 'text-halo-width': 1.5, 'text-halo-blur': 0.5 };
	return {
		version: 8,
		// Colour changes (filter, colour scheme) apply at once: no transition frames to render.
		transition: { duration: 0, delay: 0 },
		sources: {
			kommuner: { type: 'geojson', data: data.kommuner, promoteId: 'id' },
			kommuneBorders: { type: 'geojson', data: data.kommuneBorders },
			countyBorders: { type: 'geojson', data: data.countyBorders },
			kommuneLabels: { type: 'geojson', data: points(KOMMUNER.map((k) => ({ ...k, id: k.nummer }))) }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: paint.sea },
			{
				id: 'kommune-fill',
				type: 'fill',
				source: 'kommuner',
				paint: {
					...paint['kommune-fill'],
					'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.7, 1]
				}
			},
			{
				id: 'kommune-borders',
				type: 'line',
				source: 'kommuneBorders',
				paint: { ...paint['kommune-borders'], 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 9, 1.2] }
			},
			{
				id: 'county-borders',
				type: 'line',
				source: 'countyBorders',
				paint: { ...paint['county-borders'], 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 9, 2.5] }
			},
			{
				id: 'kommune-highlight',
				type: 'line',
				source: 'kommuner',
				paint: {
					...paint['kommune-highlight'],
					'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, ['boolean', ['feature-state', 'hover'], false], 2, 0]
				}
			},
			{
				id: 'kommune-labels',
				type: 'symbol',
				source: 'kommuneLabels',
				minzoom: 6.5,
				filter: ['!', ['in', ['get', 'id'], ['literal', NOMINEE_IDS]]],
				layout: { 'text-field': ['get', 'navn'], 'text-font': FONT, 'text-size': 12, 'text-max-width': 8 },
				paint: { ...paint['kommune-labels'], ...halo }
			}
		]
	};
}
