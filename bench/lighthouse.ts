/** Lighthouse through its CLI, one process per report, so a crash costs one row and not the bench. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';
import { BUDGET } from './budgets';

const run = promisify(execFile);

const LIGHTHOUSE_BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../node_modules/lighthouse/cli/index.js');
// Lighthouse starts Chromium itself, so it asks for headless mode; the rest are the tests' flags
// and the bench's own (see BENCH_CHROMIUM_ARGS).
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseResult {
	path: string;
	formFactor: FormFactor;
	/** Category scores 0–100. */
	performance?: number;
	accessibility?: number;
	bestPractices?: number;
	seo?: number;
	cls?: number;
	fcpMs?: number;
	lcpMs?: number;
	tbtMs?: number;
	speedIndexMs?: number;
	/** First and largest contentful paint as observed on this machine, before the simulated throttling. */
	observedFcpMs?: number;
	observedLcpMs?: number;
	/** Lighthouse's measure of the host's CPU speed during the run (a fast desktop is 1000–2000). */
	benchmarkIndex?: number;
	/** Failed scored audits of the non-performance categories, so a lost point can be traced. */
	failedAudits?: string[];
	warnings?: string[];
	error?: string;
}

interface Report {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<
		string,
		{
			score: number | null;
			numericValue?: number;
			scoreDisplayMode: string;
			title: string;
			details?: { items?: Record<string, unknown>[] };
		}
	>;
	runtimeError?: { code: string; message: string };
	runWarnings?: string[];
	environment?: { benchmarkIndex?: number };
}

/**
 * One Lighthouse run of `path`; the JSON report goes to `outDir`, named by page, form factor and
 * `run`. `extraFlags` are added to Chromium's.
 */
export async function runLighthouse(
	baseUrl: string,
	path: string,
	formFactor: FormFactor,
	outDir: string,
	options: { run?: number; extraFlags?: string[]; tag?: string } = {}
): Promise<LighthouseResult> {
	const result: LighthouseResult = { path, formFactor };
	if (!existsSync(LIGHTHOUSE_BIN)) return { ...result, error: 'lighthouse is not installed (npm install)' };
	const name = [path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home', formFactor, options.tag, options.run].filter(Boolean).join('-');
	const outFile = join(outDir, `${name}.json`);
	const args = [
		LIGHTHOUSE_BIN,
		baseUrl + path,
		'--output=json',
		`--output-path=${outFile}`,
		`--chrome-flags=${[...CHROME_FLAGS, ...(options.extraFlags ?? [])].join(' ')}`,
		'--only-categories=performance,accessibility,best-practices,seo',
		// Software WebGL on two cores is slow; give the load time to settle.
		'--max-wait-for-load=90000',
		'--quiet',
		...(formFactor === 'desktop' ? ['--preset=desktop'] : [])
	];
	try {
		await run(process.execPath, args, {
			env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
			timeout: 300_000,
			maxBuffer: 16 * 1024 * 1024
		});
	} catch (error) {
		const e = error as { stderr?: string; message: string };
		return { ...result, error: (e.stderr?.trim().split('\n').slice(-3).join(' ') || e.message).slice(0, 400) };
	}
	const report = JSON.parse(readFileSync(outFile, 'utf8')) as Report;
	if (report.runtimeError) return { ...result, error: `${report.runtimeError.code}: ${report.runtimeError.message}` };
	const score = (id: string) => {
		const value = report.categories[id]?.score;
		return value === null || value === undefined ? undefined : Math.round(value * 100);
	};
	const observed = (name: string) => {
		const value = report.audits.metrics?.details?.items?.[0]?.[name];
		return typeof value === 'number' ? value : undefined;
	};
	const failedAudits = ['accessibility', 'best-practices', 'seo'].flatMap((category) =>
		(report.categories[category]?.auditRefs ?? [])
			.map((ref) => ({ id: ref.id, weight: ref.weight, audit: report.audits[ref.id] }))
			.filter(({ weight, audit }) => weight > 0 && audit?.scoreDisplayMode === 'binary' && audit.score === 0)
			.map(({ id }) => `${category}/${id}`)
	);
	return {
		...result,
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		cls: report.audits['cumulative-layout-shift']?.numericValue,
		fcpMs: report.audits['first-contentful-paint']?.numericValue,
		lcpMs: report.audits['largest-contentful-paint']?.numericValue,
		tbtMs: report.audits['total-blocking-time']?.numericValue,
		speedIndexMs: report.audits['speed-index']?.numericValue,
		observedFcpMs: observed('observedFirstContentfulPaint'),
		observedLcpMs: observed('observedLargestContentfulPaint'),
		benchmarkIndex: report.environment?.benchmarkIndex,
		failedAudits,
		warnings: report.runWarnings
	};
}

/** Several runs of one page and form factor, summed up. */
export interface LighthouseSummary {
	path: string;
	formFactor: FormFactor;
	/** How Chromium rastered the page: on the CPU (the bench's default) or through SwiftShader (Debian's default). */
	raster: 'cpu' | 'swiftshader';
	runs: number;
	failedRuns: string[];
	/** Medians over the runs that finished, with the lowest and highest performance score. */
	performance?: number;
	performanceRange?: [number, number];
	fcpMs?: number;
	lcpMs?: number;
	tbtMs?: number;
	speedIndexMs?: number;
	observedFcpMs?: number;
	observedLcpMs?: number;
	cls?: number;
	benchmarkIndex?: number;
	/** The lowest of the runs: these must hold in every run. */
	accessibility?: number;
	bestPractices?: number;
	seo?: number;
	failedAudits: string[];
	warnings: string[];
}

const median = (values: (number | undefined)[]) => {
	const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return undefined;
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const lowest = (values: (number | undefined)[]) => {
	const present = values.filter((v): v is number => typeof v === 'number');
	return present.length ? Math.min(...present) : undefined;
};

export function summarizeLighthouse(results: LighthouseResult[], raster: LighthouseSummary['raster']): LighthouseSummary {
	const done = results.filter((r) => !r.error);
	const scores = done.map((r) => r.performance).filter((v): v is number => typeof v === 'number');
	return {
		path: results[0].path,
		formFactor: results[0].formFactor,
		raster,
		runs: done.length,
		failedRuns: results.filter((r) => r.error).map((r) => r.error!),
		performance: median(scores),
		performanceRange: scores.length ? [Math.min(...scores), Math.max(...scores)] : undefined,
		fcpMs: median(done.map((r) => r.fcpMs)),
		lcpMs: median(done.map((r) => r.lcpMs)),
		tbtMs: median(done.map((r) => r.tbtMs)),
		speedIndexMs: median(done.map((r) => r.speedIndexMs)),
		observedFcpMs: median(done.map((r) => r.observedFcpMs)),
		observedLcpMs: median(done.map((r) => r.observedLcpMs)),
		cls: median(done.map((r) => r.cls)),
		benchmarkIndex: median(done.map((r) => r.benchmarkIndex)),
		accessibility: lowest(done.map((r) => r.accessibility)),
		bestPractices: lowest(done.map((r) => r.bestPractices)),
		seo: lowest(done.map((r) => r.seo)),
		failedAudits: [...new Set(done.flatMap((r) => r.failedAudits ?? []))],
		warnings: [...new Set(done.flatMap((r) => r.warnings ?? []))]
	};
}

/** The Lighthouse budgets a summary misses, in words; empty when it meets them all. */
export function lighthouseMisses(summary: LighthouseSummary): string[] {
	const budget = BUDGET.lighthouse;
	if (summary.runs === 0) return ['no run finished'];
	const misses: string[] = [];
	const check = (name: string, value: number | undefined, ok: (v: number) => boolean, shown: (v: number) => string, limit: string) => {
		if (value === undefined) misses.push(`${name} missing`);
		else if (!ok(value)) misses.push(`${name} ${shown(value)} (${limit})`);
	};
	const target = budget.performance[summary.formFactor];
	check('performance', summary.performance, (v) => v >= target, String, `≥ ${target}`);
	check(
		'TBT',
		summary.tbtMs,
		(v) => v <= budget.tbtMs,
		(v) => `${Math.round(v)} ms`,
		`≤ ${budget.tbtMs} ms`
	);
	check(
		'LCP',
		summary.lcpMs,
		(v) => v <= budget.lcpMs,
		(v) => `${(v / 1000).toFixed(2)} s`,
		`≤ ${(budget.lcpMs / 1000).toFixed(1)} s`
	);
	check(
		'CLS',
		summary.cls,
		(v) => v <= budget.cls,
		(v) => v.toFixed(3),
		`${budget.cls}`
	);
	for (const [name, value] of [
		['accessibility', summary.accessibility],
		['best practices', summary.bestPractices],
		['SEO', summary.seo]
	] as const)
		check(name, value, (v) => v >= budget.otherCategories, String, `${budget.otherCategories}`);
	return misses;
}
