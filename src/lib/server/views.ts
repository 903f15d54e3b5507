/** Each page's static view, from what the geo build wrote (src/lib/generated/views/<name>.json). */
import { error } from '@sveltejs/kit';
import { pageView, type StaticViewData, type StaticViewSource } from '$lib/map/static-view-data';
import { mapMarks } from '$lib/map-marks';
import type { Filter } from '$lib/url/paths';

const views = import.meta.glob<StaticViewSource>('../generated/views/*.json', { import: 'default' });

/**
 * The static view named "norge" (the overview) or after a kommune's slug, as a page in state
 * `filter` shows it, with `selected` the kommunenummer of the page's kommune.
 */
export async function staticView(name: string, filter: Filter, selected: string | null): Promise<StaticViewData> {
	const load = views[`../generated/views/${name}.json`];
	if (!load) error(500, `Kartet for «${name}» mangler i bygget (kjør npm run geo).`);
	return pageView(await load(), filter, new Set(mapMarks(filter, selected).keys()), selected);
}
