import type { ParamMatcher } from '@sveltejs/kit';

/** A four-digit kommunenummer, e.g. 1539: the number form of a kommune's address. */
export const match: ParamMatcher = (param) => /^\d{4}$/.test(param);
