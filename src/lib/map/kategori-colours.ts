/**
 * One ordinal colour scale for the two size classes, used by the map, the legend, the list, the
 * static map and the share images alike, and the map's own colours. The class colours keep at
 * least 3:1 contrast against the land of their theme (WCAG 1.4.11) and differ clearly in lightness
 * from each other, so they stay apart in greyscale; in the dark theme the land keeps 3:1 against
 * the sea. app.css repeats the values as custom properties (a unit test keeps them equal).
 */
import { scaleOrdinal } from 'd3-scale';
import { KATEGORIER, type Kategori } from '../award/nominees';

export const kategoriColour = scaleOrdinal<Kategori, string>().domain(KATEGORIER).range(['#c8501a', '#163a78']);

export const kategoriColourDark = kategoriColour.copy().range(['#ffa77a', '#e4f0ff']);

export interface MapColours {
	sea: string;
	land: string;
	/** Land outside Norway: Sweden, Finland, Russia and the rest. */
	neighbour: string;
	kommuneBorder: string;
	countyBorder: string;
	/** Norway's coast. */
	coast: string;
	/** Norway's border with Sweden, Finland and Russia. */
	nationalBorder: string;
	highlight: string;
}

export const MAP_COLOURS: MapColours = {
	sea: '#c6d9e5',
	land: '#f4f1ea',
	neighbour: '#e2dfd8',
	kommuneBorder: '#c2b9ab',
	countyBorder: '#6b6357',
	coast: '#7f98aa',
	nationalBorder: '#4a443c',
	highlight: '#1d1a16'
};

export const MAP_COLOURS_DARK: MapColours = {
	sea: '#0c1820',
	land: '#6a645b',
	neighbour: '#37342f',
	kommuneBorder: '#8c857a',
	countyBorder: '#e0d9cc',
	coast: '#a9cbe0',
	nationalBorder: '#f4efe6',
	highlight: '#ffffff'
};

export function themeColours(dark: boolean) {
	return { map: dark ? MAP_COLOURS_DARK : MAP_COLOURS, colour: dark ? kategoriColourDark : kategoriColour };
}
