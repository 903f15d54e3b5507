/**
 * Norway drawn as SVG path strings from the same boundaries as the interactive map, in the same
 * Web Mercator projection, so a static SVG can stand in for MapLibre until it is ready.
 * Used at build time only (share images and the prerendered first paint).
 */
import { geoArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import { merge, mesh } from 'topojson-client';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { NORWAY_BOUNDS, toGeoJson, type BoundaryGeoJson, type BoundaryTopology } from '../kommuner/boundaries';
import { MAP_COLOURS, MAP_COLOURS_DARK, type MapColours } from './kategori-colours';

export interface SvgMap {
	width: number;
	height: number;
	projection: GeoProjection;
	/** Path data: all land, borders between kommuner, county borders, and one path per kommune on request. */
	land: string;
	kommuneBorders: string;
	countyBorders: string;
	kommune: (nummer: string) => string;
	/** [x, y] of a [lon, lat] point. */
	point: (lonLat: [number, number]) => [number, number];
}

const boundsFeature = (): Feature<Polygon> => {
	const [w, s, e, n] = NORWAY_BOUNDS;
	return {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'Polygon',
			coordinates: [
				[
					[w, s],
					[w, n],
					[e, n],
					[e, s],
					[w, s]
				]
			]
		}
	};
};

/**
 * d3-geo reads polygons on the sphere and wants exterior rings clockwise; the GeoJSON standard
 * (and so the boundary data) winds them counter-clockwise. A polygon whose area comes out larger
 * than a hemisphere is wound the other way, so its rings are reversed.
 */
function rewind<T extends Feature<Polygon | MultiPolygon>>(feature: T): T {
	const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
	const fixed = polygons.map((rings) =>
		geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings
	);
	return { ...feature, geometry: { type: 'MultiPolygon', coordinates: fixed } };
}

/**
 * The topology simplified so no triangle smaller than `minPixelArea` square pixels remains, for a
 * Mercator projection of `scale` pixels per radian (measured at 65° N, the middle of Norway).
 */
function coarser(topology: BoundaryTopology, minPixelArea: number, scale: number): BoundaryTopology {
	const steradiansPerPixel = (Math.cos((65 * Math.PI) / 180) / scale) ** 2;
	const weighted = presimplify(topology as never, sphericalTriangleArea);
	return simplify(weighted, minPixelArea * steradiansPerPixel) as unknown as BoundaryTopology;
}

/**
 * Fits Norway's bounds into `width` × `height` (less `padding` on each side) and returns path
 * data rounded to `digits` decimals. The size of the viewBox is Norway's own aspect ratio when
 * `height` is omitted.
 */
export function svgMap(topology: BoundaryTopology, width: number, height?: number, padding = 0, digits = 1, minPixelArea = 0): SvgMap {
	let projection = geoMercator().fitWidth(width - 2 * padding, boundsFeature());
	const [[, y0], [, y1]] = geoPath(projection).bounds(boundsFeature());
	const fullHeight = height ?? Math.ceil(y1 - y0 + 2 * padding);
	projection = geoMercator().fitExtent(
		[
			[padding, padding],
			[width - padding, fullHeight - padding]
		],
		boundsFeature()
	);
	const path = geoPath(projection).digits(digits);
	const data: BoundaryGeoJson = toGeoJson(topology);
	const kommuner = data.kommuner.features.map(rewind);
	// Land and borders lose detail finer than the pixels they are drawn at; kommune shapes keep it.
	const drawn = minPixelArea > 0 ? coarser(topology, minPixelArea, projection.scale()) : topology;
	const byNummer = new Map(kommuner.map((f) => [f.properties.id, f]));
	return {
		width,
		height: fullHeight,
		projection,
		land: path(rewind({ type: 'Feature', properties: {}, geometry: merge(drawn, drawn.objects.kommuner.geometries as never) })) ?? '',
		kommuneBorders: path(mesh(drawn, drawn.objects.kommuner, (a, b) => a !== b)) ?? '',
		countyBorders: path(mesh(drawn, drawn.objects.fylker, (a, b) => a !== b)) ?? '',
		kommune: (nummer) => {
			const f = byNummer.get(nummer);
			return f ? (path(f) ?? '') : '';
		},
		point: (lonLat) => {
			const [x, y] = projection(lonLat) ?? [0, 0];
			return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
		}
	};
}

/**
 * The static map's base layer as an SVG document: land, kommune and county borders. Its colours
 * follow the page's colour scheme; the sea is the background of the element it sits in.
 */
export function norwayBaseSvg(map: SvgMap): string {
	const css = (c: MapColours) =>
		`.land{fill:${c.land}}.k{fill:none;stroke:${c.kommuneBorder};stroke-width:.5}.c{fill:none;stroke:${c.countyBorder};stroke-width:1}`;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${map.width} ${map.height}" width="${map.width}" height="${map.height}">` +
		`<style>${css(MAP_COLOURS)}@media (prefers-color-scheme:dark){${css(MAP_COLOURS_DARK)}}</style>` +
		`<path class="land" d="${map.land}"/><path class="k" d="${map.kommuneBorders}"/><path class="c" d="${map.countyBorders}"/></svg>\n`
	);
}

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
