import type { ParamMatcher } from '@sveltejs/kit';

/**
 * A year filter in a path: a four-digit year or "alle" (/2023, /kommune/kinn/2021). Which years
 * are editions is checked by the pages' loads (every one is prerendered), so the client's router
 * need not carry the award's history.
 */
export const match: ParamMatcher = (param) => /^(\d{4}|alle)$/.test(param);
