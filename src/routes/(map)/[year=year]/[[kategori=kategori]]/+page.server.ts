import { overviewEntries, overviewFilter, overviewPage } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every edition and class is a page of its own: /2023, /2023/over, /alle/under, … (src/lib/url/paths.ts).
export const entries: EntryGenerator = overviewEntries;

export const load: PageServerLoad = ({ params }) => overviewPage(overviewFilter(params));
