/**
 * `npm run bench [-- --no-build] [--no-lighthouse] [--runs N]`
 *
 * Builds the site and a naive comparison page, loads both alternately on an emulated phone in
 * headless Chromium, checks the static size budgets of build/, measures frame times while
 * hovering, runs Lighthouse, and writes bench-results/latest.{json,md}. Failed budgets are
 * reported, not turned into an exit code; only a bench that could not measure exits non-zero.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MAP_COLOURS } from '../src/lib/kategori-colours';
import { launchChromium } from '../tests/e2e/chromium';
import { measureLoad, PHONE_PROFILE, pointerSweep, type LoadRun, type SweepResult } from './browser';
import { serveAppGzipped, serveDirGzipped } from './gzip-server';
import { runLighthouse, type FormFactor, type LighthouseResult } from './lighthouse';
import { buildNaivePage } from './naive-build';
import { startCpuShare, type CpuShare } from './cpu-share';
import { describeMachine, kb, markdown, ms, spread, spreadOf, type Row } from './report';
import { firstPaintJs, sizeOf, staticFigures } from './static-budgets';
import { BUDGET } from './budgets';

const BUILD_DIR = resolve('build');
const OUT_DIR = resolve('bench-results');
const NAIVE_DIR = join(OUT_DIR, 'naive');

function parseArgs(argv: string[]) {
	const options = { build: true, lighthouse: true, runs: 5 };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === '--no-build') options.build = false;
		else if (arg === '--no-lighthouse') options.lighthouse = false;
		else if (arg === '--runs' || arg.startsWith('--runs=')) {
			const value = Number(arg.includes('=') ? arg.split('=')[1] : argv[++i]);
			if (!Number.isInteger(value) || value < 1) throw new Error(`--runs needs a whole number ≥ 1, got ${value}`);
			options.runs = value;
		} else throw new Error(`Unknown option ${arg}. Use --no-build, --no-lighthouse, --runs N.`);
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

	const appStatic = staticFigures(BUILD_DIR);
	const naiveStatic = { topology: sizeOf(NAIVE_DIR, 'kommuner-2020.topojson'), firstPaintJs: firstPaintJs(NAIVE_DIR) };

	const appServer = await serveAppGzipped(BUILD_DIR);
	const naiveServer = await serveDirGzipped(NAIVE_DIR);
	const browser = await launchChromium();
	const chromiumVersion = browser.version();

	const loads: Record<'app' | 'naive', LoadRun[]> = { app: [], naive: [] };
	const failures: { variant: string; run: number; error: string }[] = [];
	let sweep: SweepResult | { error: string };
	const stopCpuShare = startCpuShare();
	let cpuShare: CpuShare;
	try {
		for (let run = 1; run <= options.runs; run++) {
			for (const variant of ['app', 'naive'] as const) {
				const url = (variant === 'app' ? appServer.url : naiveServer.url) + '/';
				try {
					const result = await measureLoad(browser, url);
					loads[variant].push(result);
					log(
						`${variant} ${run}/${options.runs}: FCP ${ms(result.fcpMs)}, map ready ${ms(result.mapReadyMs)}, ${kb(result.bytesUntilReady)}`
					);
				} catch (error) {
					failures.push({ variant, run, error: String(error).split('\n')[0] });
					log(`${variant} ${run}/${options.runs}: failed: ${String(error).split('\n')[0]}`);
				}
			}
		}
		log('pointer sweep on the desktop home page…');
		try {
			sweep = await pointerSweep(browser, appServer.url + '/', MAP_COLOURS.sea);
		} catch (error) {
			sweep = { error: String(error).split('\n')[0] };
		}
	} finally {
		cpuShare = stopCpuShare();
		await browser.close();
	}

	let lighthouse: LighthouseResult[] | string = 'Skipped (--no-lighthouse).';
	if (options.lighthouse) {
		lighthouse = [];
		const lighthouseDir = join(OUT_DIR, 'lighthouse');
		mkdirSync(lighthouseDir, { recursive: true });
		for (const path of ['/', '/kommune/kinn']) {
			for (const formFactor of ['mobile', 'desktop'] as FormFactor[]) {
				log(`lighthouse ${path} ${formFactor}…`);
				lighthouse.push(await runLighthouse(appServer.url, path, formFactor, lighthouseDir));
			}
		}
	}
	await appServer.close();
	await naiveServer.close();

	const summary = (runs: LoadRun[]) => ({
		fcpMs: spread(runs.map((r) => r.fcpMs)),
		lcpMs: spread(runs.map((r) => r.lcpMs)),
		mapReadyMs: spread(runs.map((r) => r.mapReadyMs)),
		bytesUntilReady: spread(runs.map((r) => r.bytesUntilReady)),
		bodyBytesUntilReady: spread(runs.map((r) => r.bodyBytesUntilReady)),
		lastResponseMs: spread(runs.map((r) => r.lastResponseMs)),
		jsBytesBeforeFcp: spread(runs.map((r) => r.jsBytesBeforeFcp)),
		requestsUntilReady: spread(runs.map((r) => r.requestsUntilReady)),
		externalRequests: runs.reduce((sum, r) => sum + r.externalRequests.length, 0),
		errors: runs.reduce((sum, r) => sum + r.errors.length, 0)
	});
	const app = summary(loads.app);
	const naive = summary(loads.naive);
	const ratio = app.mapReadyMs && naive.mapReadyMs ? app.mapReadyMs.median / naive.mapReadyMs.median : null;
	const sweepOk = 'p95Ms' in sweep ? sweep : null;
	const bytes = (v: number) => kb(v);
	const pct = (share: number) => `${Math.round(share * 100)} %`;
	const count = (v: number) => String(Math.round(v));

	const rows: Row[] = [
		{ figure: 'Boundary topology, raw', app: kb(appStatic.topology.raw), naive: kb(naiveStatic.topology.raw), budget: '—' },
		{
			figure: 'Boundary topology, gzip',
			app: kb(appStatic.topology.gzip),
			naive: kb(naiveStatic.topology.gzip),
			budget: `≤ ${kb(BUDGET.topologyGzip)}`,
			pass: appStatic.topology.gzip <= BUDGET.topologyGzip
		},
		{
			figure: `JS index.html loads before first paint, gzip (${appStatic.firstPaintJs.files.length} files)`,
			app: kb(appStatic.firstPaintJs.gzip),
			naive: kb(naiveStatic.firstPaintJs.gzip),
			budget: `≤ ${kb(BUDGET.firstPaintJsGzip)}`,
			pass: appStatic.firstPaintJs.gzip <= BUDGET.firstPaintJsGzip
		},
		{
			figure: 'MapLibre among the first-paint JS',
			app: appStatic.firstPaintJs.includesMaplibre ? 'yes' : 'no',
			naive: naiveStatic.firstPaintJs.includesMaplibre ? 'yes' : 'no',
			budget: 'no',
			pass: !appStatic.firstPaintJs.includesMaplibre
		},
		{ figure: 'MapLibre chunk, gzip', app: kb(appStatic.maplibreChunk?.gzip), naive: '(in the bundle)', budget: '—' },
		{ figure: 'First contentful paint', app: spreadOf(app.fcpMs, ms), naive: spreadOf(naive.fcpMs, ms), budget: '—' },
		{ figure: 'Largest contentful paint', app: spreadOf(app.lcpMs, ms), naive: spreadOf(naive.lcpMs, ms), budget: '—' },
		{ figure: 'Map ready', app: spreadOf(app.mapReadyMs, ms), naive: spreadOf(naive.mapReadyMs, ms), budget: '—' },
		{
			figure: 'Last response before map ready finished',
			app: spreadOf(app.lastResponseMs, ms),
			naive: spreadOf(naive.lastResponseMs, ms),
			budget: '—'
		},
		{
			figure: 'Map ready, app ÷ naive (medians)',
			app: ratio === null ? '—' : ratio.toFixed(2),
			naive: '',
			budget: `≤ ${BUDGET.mapReadyRatio}`,
			pass: ratio === null ? false : ratio <= BUDGET.mapReadyRatio
		},
		{
			figure: 'Bytes until map ready (gzip, on the wire)',
			app: spreadOf(app.bytesUntilReady, bytes),
			naive: spreadOf(naive.bytesUntilReady, bytes),
			budget: `≤ ${kb(BUDGET.bytesUntilReady)}`,
			pass: app.bytesUntilReady ? app.bytesUntilReady.median <= BUDGET.bytesUntilReady : false
		},
		{
			figure: '… of which response bodies',
			app: spreadOf(app.bodyBytesUntilReady, bytes),
			naive: spreadOf(naive.bodyBytesUntilReady, bytes),
			budget: '—'
		},
		{
			figure: 'JS transferred before FCP',
			app: spreadOf(app.jsBytesBeforeFcp, bytes),
			naive: spreadOf(naive.jsBytesBeforeFcp, bytes),
			budget: '—'
		},
		{
			figure: 'Requests until map ready',
			app: spreadOf(app.requestsUntilReady, count),
			naive: spreadOf(naive.requestsUntilReady, count),
			budget: '—'
		},
		{
			figure: 'Requests to other hosts (all runs)',
			app: String(app.externalRequests),
			naive: String(naive.externalRequests),
			budget: '0',
			pass: loads.app.length > 0 && app.externalRequests === 0
		},
		{ figure: 'Page and console errors (all runs)', app: String(app.errors), naive: String(naive.errors), budget: '—' },
		{
			figure: `Frame time p95, desktop pointer sweep (${
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
	const settings = [
		`Loads: ${loads.app.length} app and ${loads.naive.length} naive cold loads of \`/\`, alternating, each in a fresh browser context with the cache disabled; medians with (min–max).`,
		`Phone: ${PHONE_PROFILE.viewport.width}×${PHONE_PROFILE.viewport.height} at ${PHONE_PROFILE.deviceScaleFactor}×, touch, CPU ${PHONE_PROFILE.cpuSlowdown}× slower, network ${(PHONE_PROFILE.downloadKbps / 1024).toFixed(1)} Mbit/s down, ${PHONE_PROFILE.uploadKbps} kbit/s up, ${PHONE_PROFILE.rttMs} ms latency (Lighthouse's slow 4G, as DevTools throttling).`,
		'Gzip: both sites are served on 127.0.0.1 through a proxy that gzips text, JS, CSS, JSON, SVG and .topojson responses (node:zlib level 6); byte figures at run time are CDP encodedDataLength (on the wire, headers included), static ones are gzip level 6 of the files. 1 KB = 1000 bytes.',
		'Naive page: one Vite bundle with MapLibre, fetches the raw 2.5 MB kommuner-2020.topojson, converts it with topojson-client on the main thread, fills and borders from the same polygons; map ready = first `idle`, as in the app.',
		'Frame times: desktop 1280×800, no throttling, mouse moved over the land in 60 steps ~16 ms apart, requestAnimationFrame intervals. WebGL is SwiftShader (software) on this machine, so frame times and map-ready times are pessimistic; few main-thread long tasks during the sweep mean the time goes to rasterization, not page code.',
		`CPU while the browser measured: the bench and its Chromium ${pct(cpuShare.bench)}, other processes ${pct(cpuShare.others)} of the machine's ${cpuShare.cores} cores. Others' load slows both pages; alternating the runs keeps it from favouring either.`
	];
	const notes = [
		...failures.map((f) => `${f.variant} run ${f.run} failed: ${f.error}`),
		...(appStatic.maplibreChunk ? [] : ['No MapLibre chunk was found in build/_app.'])
	];
	const report = markdown({ machine, settings, rows, lighthouse, notes });

	const results = {
		machine,
		options,
		budgets: BUDGET,
		rows,
		static: { app: appStatic, naive: naiveStatic },
		loads: { app: { summary: app, runs: loads.app }, naive: { summary: naive, runs: loads.naive }, failures, mapReadyRatio: ratio },
		sweep,
		cpuShareDuringBrowserRuns: cpuShare,
		lighthouse
	};
	writeFileSync(join(OUT_DIR, 'latest.json'), JSON.stringify(results, null, '\t') + '\n');
	writeFileSync(join(OUT_DIR, 'latest.md'), report);
	console.log('\n' + report);
	log('wrote bench-results/latest.json and bench-results/latest.md');
	if (loads.app.length === 0 || loads.naive.length === 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
	console.error(`[bench] ${error instanceof Error ? error.message : String(error)}`);
	process.exit(1);
});
