/**
 * The self-contained MapLibre style: every source is inline GeoJSON, there are no tiles, sprites
 * or glyphs to fetch, so the map makes no request beyond the boundary file.
 */
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { BoundaryGeoJson } from '../boundaries';
import { classColour, MAP_COLOURS } from '../class-colours';
import { nomineesIn, type SizeClass } from '../nominees';

/** Nominees shown by the filter in their class colour, every other kommune in the land colour. */
export function kommuneFillColour(kategori: SizeClass | null): ExpressionSpecification {
	const shown = nomineesIn(kategori);
	if (shown.length === 0) return ['literal', MAP_COLOURS.land] as unknown as ExpressionSpecification;
	const cases = shown.flatMap((nominee) => [nominee.nummer, classColour(nominee.klasse)]);
	return ['match', ['get', 'id'], ...cases, MAP_COLOURS.land] as unknown as ExpressionSpecification;
}

export function mapStyle(data: BoundaryGeoJson, kategori: SizeClass | null): StyleSpecification {
	return {
		version: 8,
		sources: {
			kommuner: { type: 'geojson', data: data.kommuner, promoteId: 'id' },
			kommuneBorders: { type: 'geojson', data: data.kommuneBorders },
			countyBorders: { type: 'geojson', data: data.countyBorders },
			outline: { type: 'geojson', data: data.outline }
		},
		layers: [
			{ id: 'sea', type: 'background', paint: { 'background-color': MAP_COLOURS.sea } },
			{
				id: 'kommune-fill',
				type: 'fill',
				source: 'kommuner',
				paint: {
					'fill-color': kommuneFillColour(kategori),
					'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 0.75, 1]
				}
			},
			{
				id: 'kommune-borders',
				type: 'line',
				source: 'kommuneBorders',
				paint: { 'line-color': MAP_COLOURS.kommuneBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 9, 1.2] }
			},
			{ id: 'outline', type: 'line', source: 'outline', paint: { 'line-color': MAP_COLOURS.kommuneBorder, 'line-width': 0.6 } },
			{
				id: 'county-borders',
				type: 'line',
				source: 'countyBorders',
				paint: { 'line-color': MAP_COLOURS.countyBorder, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 1, 9, 2.5] }
			},
			{
				id: 'kommune-highlight',
				type: 'line',
				source: 'kommuner',
				paint: {
					'line-color': MAP_COLOURS.highlight,
					'line-width': [
						'case',
						['boolean', ['feature-state', 'selected'], false],
						3,
						['boolean', ['feature-state', 'hover'], false],
						2,
						0
					]
				}
			}
		]
	};
}
