import { overviewPage } from '$lib/server/pages';
import { DEFAULT_FILTER } from '$lib/url/paths';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => overviewPage(DEFAULT_FILTER);
