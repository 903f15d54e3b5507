/**
 * One ordinal colour scale for the two size classes, used by the map, the legend, the list and
 * the share images alike. Both colours keep 3:1 contrast against the land colour (WCAG 1.4.11).
 */
import { scaleOrdinal } from 'd3-scale';
import { SIZE_CLASSES, type SizeClass } from './nominees';

export const classColour = scaleOrdinal<SizeClass, string>().domain(SIZE_CLASSES).range(['#b3421f', '#1f5fa8']);

export const MAP_COLOURS = {
	sea: '#c9dbe6',
	land: '#f4f1ea',
	kommuneBorder: '#b9b2a6',
	countyBorder: '#5f574c',
	highlight: '#1d1a16'
} as const;
