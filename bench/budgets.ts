/**
 * The site's budgets (issue 10), reported by `npm run bench`. Sizes in bytes (1 KB = 1000 bytes),
 * gzipped as a host sends them; times in ms.
 */
export const BUDGET = {
	/**
	 * The simplified boundary topology geo/build.ts still writes for the share images. No page
	 * loads it in the browser, so the bench no longer reports it; geo/boundaries.test.ts checks it.
	 */
	topologyGzip: 60_000,
	/** The JavaScript the overview loads before its first paint. */
	firstPaintJsGzip: 50_000,
	/** A page's first paint: HTML, CSS (the view's /kart/<name>.css too), first-paint JS and the static map. */
	firstPaintGzip: 150_000,
	/** WebGL contexts a page creates before the visitor reaches for the map. */
	webglBeforeReach: 0,
	/** Map ready after the reach, as a share of the naive page's map ready after navigation (medians). */
	reachReadyRatio: 0.6,
	/** 95th percentile frame time while the pointer sweeps over the interactive map. */
	sweepP95Ms: 16,
	/** Lighthouse 12, on `/` and a kommune page. */
	lighthouse: {
		performance: { mobile: 95, desktop: 100 },
		tbtMs: 150,
		lcpMs: 2000,
		cls: 0,
		/** Accessibility, best practices and SEO. */
		otherCategories: 100
	}
} as const;
