/**
 * The edition whose press release the site quotes word for word
 * (shared/content/ks-nho-vertskommune-2021-nominerte.txt): the site's own, shown at /. Apart from
 * nominees.ts, which reads the generated history, so that the history's build can use it too.
 */
export const AWARD_YEAR = 2021;
