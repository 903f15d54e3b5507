/**
 * The site's budgets, reported by `npm run bench`; the topology's is also a unit test
 * (geo/boundaries.test.ts). Sizes in bytes (1 KB = 1000 bytes), gzipped as a host sends them.
 */
export const BUDGET = {
	/** The boundary topology the map loads. */
	topologyGzip: 60_000,
	/** The JavaScript the overview loads before its first paint. */
	firstPaintJsGzip: 50_000,
	/** Everything on the wire until the map is ready, on an emulated phone. */
	bytesUntilReady: 450_000,
	/** Time until the map is ready, as a share of the naive page's. */
	mapReadyRatio: 0.6,
	/** 95th percentile frame time while the pointer sweeps over the map. */
	sweepP95Ms: 16
} as const;
