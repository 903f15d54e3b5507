import { describe, expect, it } from 'vitest';
import { echo, notFoundAnswer, suggestionsTitle } from './answer';

describe('notFoundAnswer', () => {
	it('echoes a mistyped name and suggests the kommuner it is closest to, with their pages', () => {
		const answer = notFoundAnswer('/kommune/trondhjem')!;
		expect(echo(answer)).toBe('Vi fant ingen kommune med adressen «trondhjem».');
		expect(suggestionsTitle(answer)).toBe('Mente du en av disse?');
		expect(answer.suggestions[0]).toEqual({ path: '/kommune/trondheim', navn: 'Trondheim', detail: 'Trøndelag' });
	});

	it('answers digits by number, from 2024 too', () => {
		const answer = notFoundAnswer('/kommune/5699')!;
		expect(echo(answer)).toBe('Vi fant ingen kommune med kommunenummeret «5699».');
		expect(suggestionsTitle(answer)).toBe('Nærmeste kommunenummer:');
		expect(answer.suggestions[0]).toMatchObject({ navn: 'Nesseby', detail: 'kommunenummer 5636 fra 2024, Troms og Finnmark' });
	});

	it('has nothing to say about an address that did not ask for a kommune', () => {
		expect(notFoundAnswer('/om-oss')).toBeNull();
		expect(notFoundAnswer('/kommune/')).toBeNull();
	});
});
