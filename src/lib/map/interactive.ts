/**
 * What only the interactive map needs, loaded when the visitor reaches for the map: MapLibre's
 * wrapper, the tooltip, and labels for every kommune (the kommune index).
 */
import { countyLabels } from '$lib/generated/kommuner';
import { KOMMUNER, kommuneByNummer } from '../kommuner/geography';
import type { Mark } from './map-marks';
import type { LabelSpec } from './label-layout';
import { labelSpecs, markedSpecs } from './view-labels';

export { default as InteractiveMap } from './InteractiveMap.svelte';
export { default as MapTooltip } from './MapTooltip.svelte';

/** The URL slug of a kommune by its number. */
export function slugOf(nummer: string): string | undefined {
	return kommuneByNummer(nummer)?.slug;
}

const byArea = [...KOMMUNER].sort((a, b) => area(b.bbox) - area(a.bbox));

function area([w, s, e, n]: readonly number[]): number {
	return (e - w) * Math.cos((((s + n) / 2) * Math.PI) / 180) * (n - s);
}

/** Labels for the whole map: the selected kommune, the marked ones, counties and every kommune. */
export function allLabelSpecs(selected: string | null, marks: ReadonlyMap<string, Mark>): LabelSpec[] {
	const selectedKommune = selected ? (kommuneByNummer(selected) ?? null) : null;
	const specs = labelSpecs({
		selected: selectedKommune,
		marked: [...marks].flatMap(([nummer, mark]) => {
			const kommune = kommuneByNummer(nummer);
			return kommune ? [{ ...kommune, vinner: mark.vinner === true }] : [];
		}),
		counties: countyLabels,
		kommuner: byArea
	});
	return markedSpecs(specs, marks);
}
