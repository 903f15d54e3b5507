import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_HEADERS, contentSecurityPolicyHeader } from './security-policy.js';

const config = readFileSync('deploy/nginx.conf', 'utf8');

describe('deploy/nginx.conf', () => {
	it('is the configuration the README shows', () => {
		const shown = readFileSync('README.md', 'utf8').match(/```nginx\n([\s\S]*?)\n```/)?.[1];
		expect(shown).toBe(config.trimEnd());
	});

	it('sends the header values of deploy/security-policy.js', () => {
		const csp = contentSecurityPolicyHeader(false).replace("frame-ancestors 'none'", 'frame-ancestors $vertskommunekartet_frame_ancestors');
		expect(config).toContain(`add_header Content-Security-Policy "${csp}" always;`);
		for (const [name, value] of Object.entries(COMMON_HEADERS)) expect(config).toContain(`add_header ${name} "${value}" always;`);
	});
});
