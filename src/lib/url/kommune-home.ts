/**
 * A kommune's own page, which shows its own edition: "/kommune/halden". paths.ts builds every
 * address from it; alone here because the not-found page's own script (which suggests kommuner
 * before that page paints) needs no more, and paths.ts carries the award's history.
 */
export const kommuneHomePath = (slug: string): string => `/kommune/${slug}`;
