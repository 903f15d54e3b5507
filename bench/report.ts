/** Turns the bench's results into the Markdown report, and describes the machine. */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { lighthouseMisses, type LighthouseSummary } from './lighthouse';

export interface Machine {
	cpu: string;
	cores: number;
	memoryGiB: number;
	node: string;
	chromium: string;
	date: string;
}

export function describeMachine(chromium: string): Machine {
	const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
	return {
		cpu: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1].trim() ?? cpus()[0]?.model ?? 'unknown',
		cores: cpus().length,
		memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
		node: process.version,
		chromium,
		date: new Date().toISOString()
	};
}

export interface Spread {
	median: number;
	min: number;
	max: number;
	n: number;
}

export function spread(values: (number | null | undefined)[]): Spread | null {
	const sorted = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length === 0) return null;
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** One line of the budget table. `pass` is undefined for figures without a budget. */
export interface Row {
	figure: string;
	app: string;
	naive: string;
	budget: string;
	pass?: boolean;
}

// 1 KB = 1000 bytes throughout, the stricter reading of the budgets.
export const kb = (bytes: number | null | undefined) => (typeof bytes === 'number' ? `${(bytes / 1000).toFixed(1)} KB` : '—');
export const ms = (value: number | null | undefined) =>
	typeof value !== 'number' ? '—' : value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
export const spreadOf = (s: Spread | null, unit: (v: number) => string) => (s ? `${unit(s.median)} (${unit(s.min)}–${unit(s.max)})` : '—');
const mark = (pass: boolean | undefined) => (pass === undefined ? '' : pass ? '✓' : '✗');

export function markdown(options: {
	machine: Machine;
	settings: string[];
	rows: Row[];
	lighthouse: LighthouseSummary[] | string;
	lighthouseSettings: string[];
	notes: string[];
}): string {
	const { machine, settings, rows, lighthouse, lighthouseSettings, notes } = options;
	const lines = [
		`# Vertskommunekartet bench, ${machine.date.slice(0, 16).replace('T', ' ')} UTC`,
		'',
		`Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}, Chromium ${machine.chromium}.`,
		'',
		...settings.map((s) => `- ${s}`),
		'',
		'| figure | app | naive | budget (app) | |',
		'| --- | --- | --- | --- | --- |',
		...rows.map((r) => `| ${r.figure} | ${r.app} | ${r.naive} | ${r.budget} | ${mark(r.pass)} |`),
		'',
		'## Lighthouse 12 (app, served locally with gzip)',
		''
	];
	if (typeof lighthouse === 'string') lines.push(lighthouse);
	else {
		lines.push(
			...lighthouseSettings.map((s) => `- ${s}`),
			'',
			'| page | form factor | raster | runs | performance | accessibility | best practices | SEO | CLS | FCP | LCP | TBT | observed FCP, LCP | benchmark index | budgets |',
			'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |'
		);
		for (const r of lighthouse) {
			const misses = lighthouseMisses(r);
			const range = r.performanceRange && r.runs > 1 ? ` (${r.performanceRange[0]}–${r.performanceRange[1]})` : '';
			lines.push(
				`| ${r.path} | ${r.formFactor} | ${r.raster} | ${r.runs} | ${r.performance ?? '—'}${range} | ${r.accessibility ?? '—'} | ${r.bestPractices ?? '—'} | ${r.seo ?? '—'} | ${r.cls?.toFixed(3) ?? '—'} | ${ms(r.fcpMs)} | ${ms(r.lcpMs)} | ${ms(r.tbtMs)} | ${ms(r.observedFcpMs)}, ${ms(r.observedLcpMs)} | ${r.benchmarkIndex === undefined ? '—' : Math.round(r.benchmarkIndex)} | ${misses.length ? `✗ ${misses.join(', ')}` : '✓'} |`
			);
		}
		const failedRuns = lighthouse.flatMap((r) =>
			r.failedRuns.map((e) => `${r.path} ${r.formFactor} (${r.raster}): ${e.replace(/\n/g, ' ')}`)
		);
		if (failedRuns.length) lines.push('', ...failedRuns.map((f) => `Failed Lighthouse run: ${f}`));
		const failed = [...new Set(lighthouse.flatMap((r) => r.failedAudits.map((a) => `${a} (${r.path}, ${r.formFactor})`)))];
		if (failed.length) lines.push('', `Failed scored audits: ${failed.join('; ')}.`);
		const warnings = [...new Set(lighthouse.flatMap((r) => r.warnings))];
		if (warnings.length) lines.push('', ...warnings.map((w) => `Lighthouse warning: ${w}`));
	}
	if (notes.length) lines.push('', '## Notes', '', ...notes.map((n) => `- ${n}`));
	return lines.join('\n') + '\n';
}
