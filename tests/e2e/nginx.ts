/**
 * Debian's nginx serving a build with deploy/nginx.conf, as an unprivileged process: its own
 * prefix, configuration, pid and logs in a temporary folder, listening on a free loopback port.
 * Only `listen` and `root` of deploy/nginx.conf are changed.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { StaticServer } from './serve';

export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
export const hasNginx = existsSync(NGINX);

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
		probe.on('error', fail);
	});
}

/** deploy/nginx.conf with its `listen` and `root` pointed at this machine. */
export function siteConfig(port: number, root: string): string {
	const original = readFileSync('deploy/nginx.conf', 'utf8');
	const config = original
		.replace(/^\s*listen \[::\]:80;\n/m, '')
		.replace(/^(\s*)listen 80;$/m, `$1listen 127.0.0.1:${port};`)
		.replace(/^(\s*)root [^;]+;$/m, `$1root ${root};`);
	if (!config.includes(`listen 127.0.0.1:${port};`) || !config.includes(`root ${root};`)) {
		throw new Error('deploy/nginx.conf no longer has the `listen 80;` and `root …;` lines that tests/e2e/nginx.ts replaces');
	}
	return config;
}

export async function startNginx(dir = 'build'): Promise<StaticServer> {
	const prefix = mkdtempSync(join(tmpdir(), 'vertskommunekartet-nginx-'));
	const port = await freePort();
	const errorLog = join(prefix, 'error.log');
	writeFileSync(join(prefix, 'site.conf'), siteConfig(port, resolve(dir)));
	const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `\t${name}_temp_path ${join(prefix, name)};`).join('\n');
	writeFileSync(
		join(prefix, 'nginx.conf'),
		[
			'daemon off;',
			'worker_processes 1;',
			`pid ${join(prefix, 'nginx.pid')};`,
			`error_log ${errorLog} warn;`,
			'events { worker_connections 64; }',
			'http {',
			'\tinclude /etc/nginx/mime.types;',
			'\tdefault_type application/octet-stream;',
			'\taccess_log off;',
			temp,
			`\tinclude ${join(prefix, 'site.conf')};`,
			'}',
			''
		].join('\n')
	);
	const child = spawn(NGINX, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-e', errorLog], { stdio: 'ignore' });
	const exited = new Promise<number | null>((done) => child.on('exit', done));
	const url = `http://127.0.0.1:${port}`;
	const log = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
	for (let attempt = 0; ; attempt++) {
		const answered = await fetch(`${url}/`).then(
			() => true,
			() => false
		);
		if (answered) break;
		if (child.exitCode !== null || attempt === 100) {
			child.kill();
			throw new Error(`nginx did not start (exit code ${child.exitCode}):\n${log()}`);
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	return {
		url,
		close: async () => {
			child.kill('SIGQUIT');
			await exited;
			rmSync(prefix, { recursive: true, force: true });
		}
	};
}
