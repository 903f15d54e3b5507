/** Lighthouse through its CLI, one process per report, so a crash costs one row and not the bench. */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/chromium';

const run = promisify(execFile);

const LIGHTHOUSE_BIN = resolve(dirname(fileURLToPath(import.meta.url)), '../node_modules/lighthouse/cli/index.js');
// Lighthouse starts Chromium itself, so it asks for headless mode; the rest are the tests' flags.
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
	lcpMs?: number;
	tbtMs?: number;
	/** Failed scored audits of the non-performance categories, so a lost point can be traced. */
	failedAudits?: string[];
	warnings?: string[];
	error?: string;
}

interface Report {
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, { score: number | null; numericValue?: number; scoreDisplayMode: string; title: string }>;
	runtimeError?: { code: string; message: string };
	runWarnings?: string[];
}

export async function runLighthouse(baseUrl: string, path: string, formFactor: FormFactor, outDir: string): Promise<LighthouseResult> {
	const result: LighthouseResult = { path, formFactor };
	if (!existsSync(LIGHTHOUSE_BIN)) return { ...result, error: 'lighthouse is not installed (npm install)' };
	const outFile = join(outDir, `${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${formFactor}.json`);
	const args = [
		LIGHTHOUSE_BIN,
		baseUrl + path,
		'--output=json',
		`--output-path=${outFile}`,
		`--chrome-flags=${CHROME_FLAGS.join(' ')}`,
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
		lcpMs: report.audits['largest-contentful-paint']?.numericValue,
		tbtMs: report.audits['total-blocking-time']?.numericValue,
		failedAudits,
		warnings: report.runWarnings
	};
}
