/**
 * `npm run bench [-- --no-build] [--no-lighthouse] [--runs N] [--lighthouse-runs N]`
 *
 * Builds the site and a naive comparison page; reads the first-paint sizes from build/; visits the
 * app on an emulated phone (load, idle prefetch, then the pointer reaches for the map) alternately
 * with cold loads of the naive page; measures frame times while hovering; runs Lighthouse; and
 * writes bench-results/latest.{json,md}. Failed budgets are reported, not turned into an exit
 * code; only a bench that could not measure exits non-zero.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAP_COLOURS } from '../src/lib/map/kategori-colours';
import { launchChromium } from '../tests/e2e/chromium';
import {
	BENCH_CHROMIUM_ARGS,
	measureLoad,
	measureVisit,
	PHONE_PROFILE,
	pointerSweep,
	type LoadRun,
	type SweepResult,
	type VisitRun
} from './browser';
import { serveAppGzipped, serveDirGzipped } from './gzip-server';
import { runLighthouse, summarizeLighthouse, type FormFactor, type LighthouseResult, type LighthouseSummary } from './lighthouse';
import { buildNaivePage } from './naive-build';
import { startCpuShare, type CpuShare } from './cpu-share';
import { describeMachine, kb, markdown, ms, spread, spreadOf, type Row } from './report';
import { firstPaint, maplibreFile, type FirstPaint } from './static-budgets';
import { BUDGET } from './budgets';

const BUILD_DIR = resolve('build');
const OUT_DIR = resolve('bench-results');
const NAIVE_DIR = join(OUT_DIR, 'naive');
/**
 * The pages whose first paint is weighed: the overview, an edition's page, and kommune pages (a
 * coastal and a large inland one, and a winner of another edition than 2021).
 */
const FIRST_PAINT_PAGES = ['/', '/2023', '/kommune/kinn', '/kommune/kautokeino', '/kommune/halden'];
/** The pages visited and reached for on the phone, alternating with the naive page, and given to Lighthouse. */
const VISITED_PAGES = ['/', '/kommune/kinn'];
/** The pages given to Lighthouse: the overview, an edition's page and a kommune in its own edition. */
const LIGHTHOUSE_PAGES = ['/', '/2023', '/kommune/halden'];

function parseArgs(argv: string[]) {
	const options = { build: true, lighthouse: true, runs: 5, lighthouseRuns: 3 };
	const count = (arg: string, next: () => string) => {
		const value = Number(arg.includes('=') ? arg.split('=')[1] : next());
		if (!Number.isInteger(value) || value < 1) throw new Error(`${arg.split('=')[0]} needs a whole number ≥ 1, got ${value}`);
		return value;
	};
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--no-build') options.build = false;
		else if (arg === '--no-lighthouse') options.lighthouse = false;
		else if (arg === '--runs' || arg.startsWith('--runs=')) options.runs = count(arg, () => argv[++i]);
		else if (arg === '--lighthouse-runs' || arg.startsWith('--lighthouse-runs=')) options.lighthouseRuns = count(arg, () => argv[++i]);
		else throw new Error(`Unknown option ${arg}. Use --no-build, --no-lighthouse, --runs N, --lighthouse-runs N.`);
	}
	return options;
}

async function buildSite(): Promise<void> {
	const logFile = join(OUT_DIR, 'build.log');
	const log = createWriteStream(logFile);
	const code = await new Promise<number | null>((done) => {
		const child = spawn('npm', ['run', 'build'], { stdio: ['ignore', 'pipe', 'pipe'] });
		child.stdout.pipe(log, { end: false });
		child.stderr.pipe(log, { end: false });
		child.on('close', done);
	});
	await new Promise((done) => log.end(done));
	if (code !== 0) {
		const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-30).join('\n');
		throw new Error(`npm run build failed (exit ${code}); the end of ${logFile}:\n${tail}`);
	}
}

const log = (message: string) => console.log(`[bench] ${message}`);
const firstLine = (error: unknown) => String(error).split('\n')[0];

/** "HTML 12.0, CSS 14.1 (6 files), JS 47.9 (19 files), map 25.6 KB" */
function viewParts(view: FirstPaint): string {
	const n = (v: number) => (v / 1000).toFixed(1);
	return `HTML ${n(view.html.gzip)}, CSS ${n(view.css.gzip)} (${view.css.files.length} files), JS ${n(view.js.gzip)} (${view.js.files.length} files), map ${n(view.images.gzip)} KB`;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	mkdirSync(OUT_DIR, { recursive: true });

	if (options.build) {
		log('building the site (npm run build, log in bench-results/build.log)…');
		await buildSite();
	}
	if (!existsSync(join(BUILD_DIR, 'index.html'))) throw new Error('build/index.html is missing: run without --no-build.');
	log('building the naive comparison page…');
	await buildNaivePage(NAIVE_DIR);

	const views = FIRST_PAINT_PAGES.map((page) => firstPaint(BUILD_DIR, page));
	const naiveView = firstPaint(NAIVE_DIR, '/');
	const maplibre = maplibreFile(BUILD_DIR);

	const appServer = await serveAppGzipped(BUILD_DIR);
	const naiveServer = await serveDirGzipped(NAIVE_DIR);
	const browser = await launchChromium(BENCH_CHROMIUM_ARGS);
	const chromiumVersion = browser.version();

	const visits = new Map<string, VisitRun[]>(VISITED_PAGES.map((page) => [page, []]));
	const naiveLoads: LoadRun[] = [];
	const failures: { variant: string; run: number; error: string }[] = [];
	let sweep: SweepResult | { error: string };
	const stopCpuShare = startCpuShare();
	let cpuShare: CpuShare;
	try {
		// A fresh browser's first pages pay one-off start-up costs (GPU process, shader caches): one
		// visit of each kind that is not counted.
		log('warm-up (not counted)…');
		for (const warmUp of [
			() => measureVisit(browser, appServer.url + '/', MAP_COLOURS.land),
			() => measureLoad(browser, naiveServer.url + '/')
		]) {
			await warmUp().catch((error: unknown) => log(`warm-up failed: ${firstLine(error)}`));
		}
		for (let run = 1; run <= options.runs; run++) {
			const order: { variant: string; page: string }[] = [
				{ variant: 'app', page: VISITED_PAGES[0] },
				{ variant: 'naive', page: '/' },
				...VISITED_PAGES.slice(1).map((page) => ({ variant: 'app', page }))
			];
			for (const { variant, page } of order) {
				const label = `${variant} ${page} ${run}/${options.runs}`;
				try {
					if (variant === 'naive') {
						const result = await measureLoad(browser, naiveServer.url + page);
						naiveLoads.push(result);
						log(`${label}: FCP ${ms(result.fcpMs)}, map ready ${ms(result.mapReadyMs)}, ${kb(result.bytesUntilReady)}`);
					} else {
						const result = await measureVisit(browser, appServer.url + page, MAP_COLOURS.land);
						visits.get(page)!.push(result);
						log(
							`${label}: FCP ${ms(result.fcpMs)}, LCP ${ms(result.lcpMs)}, WebGL before reach ${result.webglBeforeReach}, prefetched ${result.prefetched}; reach → tooltip ${ms(result.reachToTooltipMs)} (${result.tooltipText ?? 'none'}), → map ready ${ms(result.reachToReadyMs)}, ${kb(result.bytesAfterReach)} after reach`
						);
					}
				} catch (error) {
					failures.push({ variant: `${variant} ${page}`, run, error: firstLine(error) });
					log(`${label}: failed: ${firstLine(error)}`);
				}
			}
		}
		log('pointer sweep on the desktop home page…');
		try {
			sweep = await pointerSweep(browser, appServer.url + '/', MAP_COLOURS.sea);
		} catch (error) {
			sweep = { error: firstLine(error) };
		}
	} finally {
		cpuShare = stopCpuShare();
		await browser.close();
	}

	let lighthouse: LighthouseSummary[] | string = 'Skipped (--no-lighthouse).';
	let lighthouseCpuShare: CpuShare | null = null;
	const lighthouseRuns: LighthouseResult[] = [];
	if (options.lighthouse) {
		const lighthouseDir = join(OUT_DIR, 'lighthouse');
		mkdirSync(lighthouseDir, { recursive: true });
		const stopLighthouseShare = startCpuShare();
		const summaries: LighthouseSummary[] = [];
		// The bench's raster (the table), then Debian's SwiftShader raster once per page for comparison.
		const plan: { path: string; formFactor: FormFactor; raster: LighthouseSummary['raster']; runs: number }[] = [
			...LIGHTHOUSE_PAGES.flatMap((path) =>
				(['mobile', 'desktop'] as const).map((formFactor) => ({ path, formFactor, raster: 'cpu' as const, runs: options.lighthouseRuns }))
			),
			...LIGHTHOUSE_PAGES.map((path) => ({ path, formFactor: 'mobile' as const, raster: 'swiftshader' as const, runs: 1 }))
		];
		// Round by round, so a spell of load from other processes falls on every page alike.
		const results = plan.map((): LighthouseResult[] => []);
		const rounds = Math.max(...plan.map((p) => p.runs));
		for (let run = 1; run <= rounds; run++) {
			for (const [i, { path, formFactor, raster, runs }] of plan.entries()) {
				if (run > runs) continue;
				log(`lighthouse ${path} ${formFactor} (${raster} raster) ${run}/${runs}…`);
				const result = await runLighthouse(appServer.url, path, formFactor, lighthouseDir, {
					run,
					tag: raster === 'cpu' ? undefined : raster,
					extraFlags: raster === 'cpu' ? BENCH_CHROMIUM_ARGS : []
				});
				log(
					result.error
						? `  failed: ${result.error}`
						: `  performance ${result.performance}, FCP ${ms(result.fcpMs)}, LCP ${ms(result.lcpMs)}, TBT ${ms(result.tbtMs)}, CLS ${result.cls?.toFixed(3)}, observed FCP ${ms(result.observedFcpMs)}, benchmark index ${result.benchmarkIndex}`
				);
				results[i].push(result);
			}
		}
		lighthouseRuns.push(...results.flat());
		summaries.push(...plan.map(({ raster }, i) => summarizeLighthouse(results[i], raster)));
		lighthouseCpuShare = stopLighthouseShare();
		lighthouse = summaries;
	}
	await appServer.close();
	await naiveServer.close();

	const visitSummary = (runs: VisitRun[]) => ({
		fcpMs: spread(runs.map((r) => r.fcpMs)),
		lcpMs: spread(runs.map((r) => r.lcpMs)),
		loadMs: spread(runs.map((r) => r.loadMs)),
		bytesUntilLoad: spread(runs.map((r) => r.bytesUntilLoad)),
		jsBytesBeforeFcp: spread(runs.map((r) => r.jsBytesBeforeFcp)),
		reachToTooltipMs: spread(runs.map((r) => r.reachToTooltipMs)),
		reachToReadyMs: spread(runs.map((r) => r.reachToReadyMs)),
		bytesAfterReach: spread(runs.map((r) => r.bytesAfterReach)),
		networkRequestsAfterReach: spread(runs.map((r) => r.networkRequestsAfterReach)),
		tooltips: runs.filter((r) => r.reachToTooltipMs !== null).length,
		prefetched: runs.filter((r) => r.prefetched).length,
		webglBeforeReach: Math.max(0, ...runs.map((r) => r.webglBeforeReach)),
		/** Runs in which the counter saw MapLibre's context once the map was ready: it counts. */
		webglCounted: runs.filter((r) => r.webglAfterReady >= 1).length,
		maplibreRanBeforeReach: runs.filter((r) => r.maplibreRanBeforeReach).length,
		clsBeforeReach: Math.max(0, ...runs.map((r) => r.clsBeforeReach)),
		externalRequests: runs.reduce((total, r) => total + r.externalRequests.length, 0),
		errors: runs.reduce((total, r) => total + r.errors.length, 0),
		n: runs.length
	});
	const app = new Map(VISITED_PAGES.map((page) => [page, visitSummary(visits.get(page)!)]));
	const naive = {
		fcpMs: spread(naiveLoads.map((r) => r.fcpMs)),
		lcpMs: spread(naiveLoads.map((r) => r.lcpMs)),
		mapReadyMs: spread(naiveLoads.map((r) => r.mapReadyMs)),
		bytesUntilReady: spread(naiveLoads.map((r) => r.bytesUntilReady)),
		jsBytesBeforeFcp: spread(naiveLoads.map((r) => r.jsBytesBeforeFcp)),
		requestsUntilReady: spread(naiveLoads.map((r) => r.requestsUntilReady)),
		externalRequests: naiveLoads.reduce((total, r) => total + r.externalRequests.length, 0),
		errors: naiveLoads.reduce((total, r) => total + r.errors.length, 0)
	};
	const ratios = new Map(
		VISITED_PAGES.map((page) => {
			const reach = app.get(page)!.reachToReadyMs;
			return [page, reach && naive.mapReadyMs ? reach.median / naive.mapReadyMs.median : null];
		})
	);
	const sweepOk = 'p95Ms' in sweep ? sweep : null;
	const count = (v: number) => String(Math.round(v));
	const allVisits = [...app.values()];

	const rows: Row[] = [
		...views.map((view) => ({
			figure: `First paint of ${view.page}, gzip (${viewParts(view)})`,
			app: kb(view.gzip),
			naive: view.page === '/' ? `${kb(naiveView.gzip)} (no map yet)` : '—',
			budget: `≤ ${kb(BUDGET.firstPaintGzip)}`,
			pass: view.gzip <= BUDGET.firstPaintGzip
		})),
		...views.map((view) => ({
			figure: `JS ${view.page} loads before first paint, gzip (${view.js.files.length} files)`,
			app: kb(view.js.gzip),
			naive: view.page === '/' ? kb(naiveView.js.gzip) : '—',
			budget: view.page === '/' ? `≤ ${kb(BUDGET.firstPaintJsGzip)}` : '—',
			pass: view.page === '/' ? view.js.gzip <= BUDGET.firstPaintJsGzip : undefined
		})),
		{
			figure: 'MapLibre among the first-paint JS',
			app: views.some((v) => v.js.includesMaplibre) ? 'yes' : 'no',
			naive: naiveView.js.includesMaplibre ? 'yes' : 'no',
			budget: 'no',
			pass: !views.some((v) => v.js.includesMaplibre)
		},
		{
			figure: 'MapLibre script, gzip (prefetched when idle, run on reach)',
			app: kb(maplibre?.gzip),
			naive: '(in the first-paint JS)',
			budget: '—'
		},
		...VISITED_PAGES.flatMap((page): Row[] => {
			const a = app.get(page)!;
			const isHome = page === '/';
			return [
				{
					figure: `${page}: first contentful paint`,
					app: spreadOf(a.fcpMs, ms),
					naive: isHome ? spreadOf(naive.fcpMs, ms) : '—',
					budget: '—'
				},
				{
					figure: `${page}: largest contentful paint`,
					app: spreadOf(a.lcpMs, ms),
					naive: isHome ? spreadOf(naive.lcpMs, ms) : '—',
					budget: '—'
				},
				{ figure: `${page}: load event`, app: spreadOf(a.loadMs, ms), naive: '—', budget: '—' },
				{
					figure: `${page}: bytes on the wire until the load event`,
					app: spreadOf(a.bytesUntilLoad, kb),
					naive: '—',
					budget: '—'
				},
				{
					figure: `${page}: MapLibre prefetched before the reach`,
					app: `${a.prefetched} of ${a.n}`,
					naive: '—',
					budget: 'all',
					pass: a.n > 0 && a.prefetched === a.n
				},
				{
					figure: `${page}: WebGL contexts created before the reach (most in a run; the counter saw MapLibre's after the reach in ${a.webglCounted} of ${a.n} runs); MapLibre ran before the reach in ${a.maplibreRanBeforeReach} runs`,
					app: String(a.webglBeforeReach),
					naive: '—',
					budget: String(BUDGET.webglBeforeReach),
					pass: a.n > 0 && a.webglBeforeReach <= BUDGET.webglBeforeReach && a.maplibreRanBeforeReach === 0 && a.webglCounted === a.n
				},
				{
					figure: `${page}: layout shift before the reach (largest in a run)`,
					app: a.clsBeforeReach.toFixed(3),
					naive: '—',
					budget: '0',
					pass: a.n > 0 && a.clsBeforeReach === 0
				},
				{
					figure: `${page}: reach → tooltip names the kommune (in ${a.tooltips} of ${a.n} runs)`,
					app: spreadOf(a.reachToTooltipMs, ms),
					naive: '—',
					budget: '—'
				},
				{
					figure: `${page}: reach → map ready (app); navigation → map ready (naive)`,
					app: spreadOf(a.reachToReadyMs, ms),
					naive: spreadOf(naive.mapReadyMs, ms),
					budget: '—'
				},
				{
					figure: `${page}: map ready after the reach ÷ naive page's map ready (medians)`,
					app: ratios.get(page) === null ? '—' : ratios.get(page)!.toFixed(2),
					naive: '',
					budget: `≤ ${BUDGET.reachReadyRatio}`,
					pass: ratios.get(page) === null ? false : ratios.get(page)! <= BUDGET.reachReadyRatio
				},
				{
					figure: `${page}: bytes on the wire after the reach until map ready (app); until map ready (naive)`,
					app: `${spreadOf(a.bytesAfterReach, kb)}, ${spreadOf(a.networkRequestsAfterReach, count)} requests`,
					naive: isHome ? `${spreadOf(naive.bytesUntilReady, kb)}, ${spreadOf(naive.requestsUntilReady, count)} requests` : '—',
					budget: '—'
				}
			];
		}),
		{
			figure: 'Requests to other hosts (all runs)',
			app: String(allVisits.reduce((total, a) => total + a.externalRequests, 0)),
			naive: String(naive.externalRequests),
			budget: '0',
			pass: allVisits.every((a) => a.n > 0) && allVisits.every((a) => a.externalRequests === 0)
		},
		{
			figure: 'Page and console errors (all runs)',
			app: String(allVisits.reduce((total, a) => total + a.errors, 0)),
			naive: String(naive.errors),
			budget: '0',
			pass: allVisits.every((a) => a.n > 0) && allVisits.every((a) => a.errors === 0)
		},
		{
			figure: `Frame time p95, desktop pointer sweep over the interactive map (${
				sweepOk
					? `${sweepOk.frames} frames in ${ms(sweepOk.durationMs)}, median ${ms(sweepOk.p50Ms)}, max ${ms(sweepOk.maxMs)}; main-thread long tasks: ${sweepOk.longTasks}, ${ms(sweepOk.longTaskMs)}`
					: 'failed'
			})`,
			app: sweepOk ? ms(sweepOk.p95Ms) : `failed: ${'error' in sweep ? sweep.error : ''}`,
			naive: '—',
			budget: `≤ ${BUDGET.sweepP95Ms} ms`,
			pass: sweepOk ? sweepOk.p95Ms <= BUDGET.sweepP95Ms : false
		}
	];

	const machine = describeMachine(chromiumVersion);
	const pct = (share: number) => `${Math.round(share * 100)} %`;
	const settings = [
		`First paint: the files in build/ each page's HTML names for its first paint: the HTML, its stylesheets (the view's /kart/<name>.css among them), the scripts it starts (modulepreload, the inline import) with their static imports, and its images (the static map /kart/<name>.svg, one file for #fills and #lines), each gzipped at level 6. Not counted: the favicon, and MapLibre's files, which are prefetched after the load event.`,
		`Visits: ${VISITED_PAGES.join(' and ')} of the app ${options.runs} times each, alternating with cold loads of the naive page; each visit in a fresh browser context (empty cache, which then keeps what the page prefetches). A visit waits for the load event, MapLibre's idle prefetch and network quiet, then moves the mouse onto a kommune of the static map (uncovered land nearest the frame's centre); reach times run from that pointer event (its timeStamp) until the tooltip names a kommune and until \`[data-map-ready="true"]\`. WebGL contexts are counted by wrapping getContext before any page script runs. The naive page loads with the cache off and its map starts at once: its map ready counts from navigation. One visit of each kind before the runs warms the browser up and is not counted. Medians with (min–max).`,
		`Phone: ${PHONE_PROFILE.viewport.width}×${PHONE_PROFILE.viewport.height} at ${PHONE_PROFILE.deviceScaleFactor}×, touch, CPU ${PHONE_PROFILE.cpuSlowdown}× slower, network ${(PHONE_PROFILE.downloadKbps / 1024).toFixed(1)} Mbit/s down, ${PHONE_PROFILE.uploadKbps} kbit/s up, ${PHONE_PROFILE.rttMs} ms latency (Lighthouse's slow 4G, as DevTools throttling).`,
		'Gzip: both sites are served on 127.0.0.1 through a proxy that gzips text, JS, CSS, JSON, SVG, .topojson and vector tile (.pbf) responses (node:zlib level 6), as deploy/nginx.conf does; byte figures at run time are CDP encodedDataLength (on the wire, headers included). 1 KB = 1000 bytes.',
		'Naive page: one Vite bundle with MapLibre, fetches the raw 2.5 MB kommuner-2020.topojson, converts it with topojson-client on the main thread, fills and borders from the same polygons; map ready = first `idle`.',
		`Chromium: the tests' flags (WebGL through SwiftShader, software) plus ${BENCH_CHROMIUM_ARGS.join(' ')}: Debian's chromium wrapper turns on GPU rasterization, which on SwiftShader delays a fresh browser's first paint by seconds; upstream Chrome rasters on the CPU there. Map-ready and frame times remain pessimistic (software WebGL).`,
		'Frame times: desktop 1280×800, no throttling, the mouse reaches for the map, then moves over the land in 60 steps ~16 ms apart; requestAnimationFrame intervals. Few main-thread long tasks during the sweep mean the time goes to rasterization in SwiftShader, not page code.',
		`CPU while the browser measured: the bench and its Chromium ${pct(cpuShare.bench)}, other processes ${pct(cpuShare.others)} of the machine's ${cpuShare.cores} cores. Others' load slows both pages; alternating the runs keeps it from favouring either.`
	];
	const lighthouseSettings = [
		`${options.lighthouseRuns} runs per page and form factor with the bench's Chromium flags (raster "cpu"), taken round by round over the pages; performance, CLS, FCP, LCP, TBT, the observed paints and the benchmark index are medians (performance range in brackets), accessibility, best practices and SEO the lowest of the runs. One run per page on mobile with Debian's default flags (raster "swiftshader", GPU rasterization on SwiftShader) for comparison: compare its observed first paint.`,
		"Lighthouse's default simulated throttling: mobile is a Moto G Power on slow 4G with 4× CPU slowdown, desktop is unthrottled. Simulated times scale the main-thread work observed on this machine, so other processes' load raises TBT and LCP; the benchmark index (Lighthouse's CPU measure, higher is faster) shows how fast the machine was.",
		...(lighthouseCpuShare
			? [
					`CPU during the Lighthouse runs: the bench and Lighthouse's Chromium ${pct(lighthouseCpuShare.bench)}, other processes ${pct(lighthouseCpuShare.others)} of the machine.`
				]
			: [])
	];
	const notes = [
		...failures.map((f) => `${f.variant} run ${f.run} failed: ${f.error}`),
		...(maplibre ? [] : ['No MapLibre file was found in build/_app.'])
	];
	const report = markdown({ machine, settings, rows, lighthouse, lighthouseSettings, notes });

	const results = {
		machine,
		options,
		budgets: BUDGET,
		rows,
		static: { firstPaints: views, naiveFirstPaint: naiveView, maplibre },
		visits: Object.fromEntries(VISITED_PAGES.map((page) => [page, { summary: app.get(page), runs: visits.get(page) }])),
		naive: { summary: naive, runs: naiveLoads },
		reachReadyRatios: Object.fromEntries(ratios),
		failures,
		sweep,
		cpuShareDuringBrowserRuns: cpuShare,
		cpuShareDuringLighthouse: lighthouseCpuShare,
		lighthouse,
		lighthouseRuns
	};
	writeFileSync(join(OUT_DIR, 'latest.json'), JSON.stringify(results, null, '\t') + '\n');
	writeFileSync(join(OUT_DIR, 'latest.md'), report);
	console.log('\n' + report);
	log('wrote bench-results/latest.json and bench-results/latest.md');
	if (naiveLoads.length === 0 || allVisits.some((a) => a.n === 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
	console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
