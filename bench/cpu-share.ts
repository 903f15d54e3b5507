/**
 * How much of the machine's CPU went to processes outside the bench while it measured. On a
 * two-core machine shared with builds and tests, that is the first thing to know about a timing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

interface Sample {
	/** Busy and total jiffies of the whole machine. */
	busy: number;
	total: number;
	/** Jiffies of this process and its descendants, with the reaped children's included. */
	ours: number;
}

function sample(): Sample {
	const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
	const [user, nice, system, idle, iowait, irq, softirq, steal] = fields;
	const busy = user + nice + system + irq + softirq + steal;

	const processes = new Map<number, { ppid: number; jiffies: number }>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			// After "pid (comm) ": state ppid … utime stime cutime cstime are the 1st–2nd and 12th–15th.
			processes.set(Number(name), {
				ppid: Number(rest[1]),
				jiffies: Number(rest[11]) + Number(rest[12]) + Number(rest[13]) + Number(rest[14])
			});
		} catch {
			// The process ended while we looked.
		}
	}
	const isOurs = (pid: number): boolean => {
		for (let at = pid, hops = 0; at > 1 && hops < 64; hops++) {
			if (at === process.pid) return true;
			at = processes.get(at)?.ppid ?? 0;
		}
		return false;
	};
	let ours = 0;
	for (const [pid, p] of processes) if (isOurs(pid)) ours += p.jiffies;
	return { busy, total: busy + idle + iowait, ours };
}

export interface CpuShare {
	/** Shares of the whole machine (all cores), 0–1. */
	bench: number;
	others: number;
	cores: number;
}

export function startCpuShare(): () => CpuShare {
	const start = sample();
	return () => {
		const end = sample();
		const total = end.total - start.total;
		const ours = Math.max(0, end.ours - start.ours);
		const others = Math.max(0, end.busy - start.busy - ours);
		return { bench: total > 0 ? ours / total : 0, others: total > 0 ? others / total : 0, cores: cpus().length };
	};
}
