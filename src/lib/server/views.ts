/** Each page's static view as the geo build wrote it (src/lib/generated/views/<name>.json). */
import { error } from '@sveltejs/kit';
import type { StaticViewData } from '$lib/map/static-view-data';

const views = import.meta.glob<StaticViewData>('../generated/views/*.json', { import: 'default' });

/** The view named "norge" (the overview) or after a kommune's slug. */
export async function staticView(name: string): Promise<StaticViewData> {
	const load = views[`../generated/views/${name}.json`];
	if (!load) error(500, `Kartet for «${name}» mangler i bygget (kjør npm run geo).`);
	return load();
}
