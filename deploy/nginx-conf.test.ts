import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_HEADERS, contentSecurityPolicyHeader } from './security-policy.js';

const config = readFileSync('deploy/nginx.conf', 'utf8');

describe('deploy/nginx.conf', () => {
	it('is linked from the deploy docs, and copied into no document that could fall behind it', () => {
		const docs = ['README.md', 'docs/deploy.md', 'docs/architecture.md', 'CONTRIBUTING.md'].map((file) => readFileSync(file, 'utf8'));
		expect(docs[1]).toContain('](../deploy/nginx.conf)');
		for (const doc of docs) expect(doc).not.toContain('```nginx');
	});

	it('advises HSTS for the TLS server, for a year, without preload, and the deploy docs say why', () => {
		const advice = config.split('\n').filter((line) => /Strict-Transport-Security/.test(line));
		expect(advice).toEqual(['\t#   add_header Strict-Transport-Security "max-age=31536000" always;']);
		const docs = readFileSync('docs/deploy.md', 'utf8');
		expect(docs).toContain('Strict-Transport-Security: max-age=31536000');
		expect(docs).toMatch(/preload/);
	});

	it('decides who may frame a page on the path it serves, not on the raw address', () => {
		expect(config).toMatch(/^map \$uri \$vertskommunekartet_frame_ancestors \{$/m);
		expect(config).not.toMatch(/\$request_uri \$vertskommunekartet_frame_ancestors/);
	});

	it('sends the header values of deploy/security-policy.js', () => {
		const csp = contentSecurityPolicyHeader(false).replace("frame-ancestors 'none'", 'frame-ancestors $vertskommunekartet_frame_ancestors');
		expect(config).toContain(`add_header Content-Security-Policy "${csp}" always;`);
		for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(config).toContain(`add_header ${name} "${value}" always;`);
	});
});
