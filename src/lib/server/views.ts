/** Each page's static view, from what the geo build wrote (src/lib/generated/views/<name>.json). */
import { error } from '@sveltejs/kit';
import { pageView, type StaticViewData, type StaticViewSource } from '$lib/map/static-view-data';
import { mapMarks } from '$lib/map/map-marks';
import type { Filter } from '$lib/url/paths';
import { INSET_FRAME, INSET_REGION, INSET_VIEW, usesInset } from '$lib/map/views';

const views = import.meta.glob<StaticViewSource>('../generated/views/*.json', { import: 'default' });

/**
 * The static view named "norge" (the overview) or after a kommune's slug, as a page in state
 * `filter` shows it, with `selected` the kommunenummer of the page's kommune.
 */
export async function staticView(name: string, filter: Filter, selected: string | null): Promise<StaticViewData> {
	const source = async (viewName: string) => {
		const load = views[`../generated/views/${viewName}.json`];
		if (!load) error(500, `Kartet for «${viewName}» mangler i bygget (kjør npm run geo).`);
		return load();
	};
	const marked = new Set(mapMarks(filter, selected).keys());
	const view = pageView(await source(name), filter, marked, selected);
	if (!usesInset(name, marked.size)) return view;
	return { ...view, inset: { view: pageView(await source(INSET_VIEW), filter, marked, null), frame: INSET_FRAME, region: INSET_REGION } };
}
