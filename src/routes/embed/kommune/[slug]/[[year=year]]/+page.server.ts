import { kommuneEntries, kommunePage } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every kommune's embed, in each edition (nothing links to most of them, so the crawler would not find them).
export const entries: EntryGenerator = kommuneEntries;

// A server load: prerendering writes each page's data beside it, so the browser never needs the
// index of all 356 kommuner to move between pages.
export const load: PageServerLoad = ({ params }) => kommunePage(params);
