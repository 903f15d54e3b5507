/**
 * One ordinal colour scale for the two size classes, used by the map, the legend, the list, the
 * static map and the share images alike. Every colour keeps at least 3:1 contrast against the
 * land colour of its theme (WCAG 1.4.11); the dark theme uses lighter variants of the same hues.
 * app.css repeats these values as --kategori-under / --kategori-over (a unit test keeps them equal).
 */
import { scaleOrdinal } from 'd3-scale';
import { KATEGORIER, type Kategori } from './nominees';

export const kategoriColour = scaleOrdinal<Kategori, string>().domain(KATEGORIER).range(['#b3421f', '#1f5fa8']);

export const kategoriColourDark = kategoriColour.copy().range(['#f08a5d', '#7fb2f0']);

export interface MapColours {
	sea: string;
	land: string;
	kommuneBorder: string;
	countyBorder: string;
	highlight: string;
	label: string;
	labelHalo: string;
}

export const MAP_COLOURS: MapColours = {
	sea: '#c9dbe6',
	land: '#f4f1ea',
	kommuneBorder: '#b9b2a6',
	countyBorder: '#5f574c',
	highlight: '#1d1a16',
	label: '#1d1a16',
	labelHalo: '#ffffff'
};

export const MAP_COLOURS_DARK: MapColours = {
	sea: '#12212c',
	land: '#2b2925',
	kommuneBorder: '#4d483f',
	countyBorder: '#a59c8c',
	highlight: '#ffffff',
	label: '#f4f1ea',
	labelHalo: '#12212c'
};

export function themeColours(dark: boolean) {
	return { map: dark ? MAP_COLOURS_DARK : MAP_COLOURS, colour: dark ? kategoriColourDark : kategoriColour };
}
