import { staticView } from '$lib/server/views';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => ({ view: await staticView('norge') });
