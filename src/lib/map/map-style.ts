/**
 * The interactive map's MapLibre style: vector tiles the build cut from the full-detail boundaries
 * (geo/tiles.ts), served by the site itself; no sprites, no glyphs (every label is HTML, see
 * MapLabels.svelte). Colours and line widths are the static first paint's (geo/static-views.ts), so
 * the two look the same where they meet.
 */
import type { ExpressionSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { themeColours } from './kategori-colours';
import type { Kategori } from '../award/nominees';
import { WORLD_EXTENT } from './tile-index';

/** Line widths in CSS pixels, at every zoom (as in the static view). */
export const LINE_WIDTHS = { kommune: 0.6, county: 1.3, coast: 0.9, national: 1.6, selected: 3, hover: 2 } as const;

/** The source layers of the tiles. */
export const TILE_LAYERS = { kommuner: 'kommuner', borders: 'borders', neighbours: 'neighbours' } as const;

/** A kommune coloured on the map, by its 2020–2023 kommunenummer. */
export interface MapMark {
	nummer: string;
	kategori: Kategori;
}

export function kommuneFillColour(marks: readonly MapMark[], dark: boolean): ExpressionSpecification {
	const { map, colour } = themeColours(dark);
	if (marks.length === 0) return ['literal', map.land] as unknown as ExpressionSpecification;
	const cases = marks.flatMap((mark) => [mark.nummer, colour(mark.kategori)]);
	return ['match', ['get', 'id'], ...cases, map.land] as unknown as ExpressionSpecification;
}

/** Colour properties per layer, so a change of colour scheme or marks repaints without touching data. */
function paints(dark: boolean, marks: readonly MapMark[]) {
	const { map } = themeColours(dark);
	return {
		sea: { 'background-color': map.sea },
		neighbours: { 'fill-color': map.neighbour },
		'kommune-fill': { 'fill-color': kommuneFillColour(marks, dark) },
		'kommune-borders': { 'line-color': map.kommuneBorder },
		'county-borders': { 'line-color': map.countyBorder },
		coast: { 'line-color': map.coast },
		'national-border': { 'line-color': map.nationalBorder },
		'kommune-highlight': { 'line-color': map.highlight }
	} as const;
}

export function applyColours(instance: MapLibreMap, dark: boolean, marks: readonly MapMark[]): void {
	for (const [layer, properties] of Object.entries(paints(dark, marks))) {
		for (const [name, value] of Object.entries(properties)) instance.setPaintProperty(layer, name, value);
	}
}

export function mapStyle(tileUrl: string, tileMaxZoom: number, marks: readonly MapMark[], dark: boolean): StyleSpecification {
	const paint = paints(dark, marks);
	const line = { 'line-join': 'round', 'line-cap': 'round' } as const;
	return {
		version: 8,
		// Colour changes (filter, year, colour scheme) apply at once: no transition frames to render.
		transition: { duration: 0, delay: 0 },
		sources: {
			boundaries: {
				type: 'vector',
				tiles: [tileUrl],
				minzoom: 0,
				maxzoom: tileMaxZoom,
				bounds: WORLD_EXTENT,
				promoteId: { [TILE_LAYERS.kommuner]: 'id' }
			}
		},
		layers: [
			{ id: 'sea', type: 'background', paint: paint.sea },
			{ id: 'neighbours', type: 'fill', source: 'boundaries', 'source-layer': TILE_LAYERS.neighbours, paint: paint.neighbours },
			{
				id: 'kommune-fill',
				type: 'fill',
				source: 'boundaries',
				'source-layer': TILE_LAYERS.kommuner,
				paint: {
					...paint['kommune-fill'],
					'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.75, 1]
				}
			},
			...(['kommune', 'county', 'coast', 'national'] as const).map((kind) => ({
				id: { kommune: 'kommune-borders', county: 'county-borders', coast: 'coast', national: 'national-border' }[kind],
				type: 'line' as const,
				source: 'boundaries',
				'source-layer': TILE_LAYERS.borders,
				filter: ['==', ['get', 'kind'], kind] as ExpressionSpecification,
				layout: line,
				paint: {
					...{ kommune: paint['kommune-borders'], county: paint['county-borders'], coast: paint.coast, national: paint['national-border'] }[
						kind
					],
					'line-width': LINE_WIDTHS[kind]
				}
			})),
			{
				id: 'kommune-highlight',
				type: 'line',
				source: 'boundaries',
				'source-layer': TILE_LAYERS.kommuner,
				layout: line,
				paint: {
					...paint['kommune-highlight'],
					'line-width': [
						'case',
						['boolean', ['feature-state', 'selected'], false],
						LINE_WIDTHS.selected,
						['boolean', ['feature-state', 'hover'], false],
						LINE_WIDTHS.hover,
						0
					]
				}
			}
		]
	};
}
