import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import YearControl from './YearControl.svelte';

describe('YearControl', () => {
	it.each([
		[2021, '2021'],
		[2019, '2019'],
		['alle' as const, 'alle']
	])('is a labelled group of native radios, one per year and "Alle år", %s checked', (year, value) => {
		const html = render(YearControl, { props: { year } }).body;
		expect(html).toMatch(/<fieldset[^>]*>\s*<legend[^>]*>Vis år<\/legend>/);
		const radios = [...html.matchAll(/<input type="radio" name="år" value="([^"]+)"([^>]*)>/g)];
		expect(radios.map((m) => m[1])).toEqual(['2019', '2021', '2022', '2023', '2024', '2025', 'alle']);
		expect(radios.filter((m) => /\bchecked\b/.test(m[2])).map((m) => m[1])).toEqual([value]);
		expect(html).toContain('<span>Alle år</span>');
		expect(html).not.toContain('style=');
	});
});
