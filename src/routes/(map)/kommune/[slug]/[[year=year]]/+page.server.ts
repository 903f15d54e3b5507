import { kommuneEntries, kommunePage } from '$lib/server/pages';
import type { EntryGenerator, PageServerLoad } from './$types';

// Every kommune by slug, showing its own edition (/kommune/kinn) or any other (/kommune/kinn/2021).
// The number addresses (/kommune/1539, /kommune/5632) are pages of their own, see
// src/routes/kommune/[nummer=kommunenummer].
export const entries: EntryGenerator = kommuneEntries;

// A server load: prerendering writes each page's data beside it, so the browser never needs the
// index of all 356 kommuner to move between pages.
export const load: PageServerLoad = ({ params }) => kommunePage(params);
