import type { ParamMatcher } from '@sveltejs/kit';

/** A size class in a path: /2023/over, /alle/under. */
export const match: ParamMatcher = (param) => param === 'under' || param === 'over';
