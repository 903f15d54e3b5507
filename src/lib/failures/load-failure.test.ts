import { describe, expect, it } from 'vitest';
import { failureKind, type FailureKind } from './load-failure';

describe('failureKind', () => {
	const cases: [string, unknown, boolean, FailureKind][] = [
		['any error while the browser is offline', new SyntaxError('Unexpected token <'), false, 'offline'],
		['fetch without an answer, Chromium', new TypeError('Failed to fetch'), true, 'offline'],
		['fetch without an answer, Firefox', new TypeError('NetworkError when attempting to fetch resource.'), true, 'offline'],
		['fetch without an answer, Safari', new TypeError('Load failed'), true, 'offline'],
		['a module gone after a deploy', new TypeError('Failed to fetch dynamically imported module: /_app/x.js'), true, 'load'],
		['a data file that is not JSON', new SyntaxError('Unexpected token < in JSON at position 0'), true, 'load'],
		['a programming error', new TypeError("Cannot read properties of undefined (reading 'x')"), true, 'load'],
		['something thrown that is not an Error', 'oops', true, 'load']
	];
	it.each(cases)('%s', (_name, error, online, expected) => {
		expect(failureKind(error, online)).toBe(expected);
	});
});
