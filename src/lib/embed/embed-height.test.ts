import { describe, expect, it } from 'vitest';
import { wordPressSecret } from './embed-height';

describe('wordPressSecret', () => {
	it.each([
		['#?secret=AbC123xyz0', 'AbC123xyz0'],
		['#secret=abc', 'abc'],
		['#?secret=abc&other=1', 'abc'],
		['', null],
		['#', null],
		['#?other=1', null],
		['#?secret=', null],
		['#?secret=<script>', null],
		[`#?secret=${'a'.repeat(65)}`, null]
	])('%s → %s', (hash, expected) => expect(wordPressSecret(hash)).toBe(expected));
});
