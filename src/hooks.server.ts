import { namePageCodeForLater } from '$lib/start/server';

// The HTML preloads only the start's scripts (src/lib/start/).
export const handle = namePageCodeForLater;
