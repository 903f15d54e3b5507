/**
 * Addresses by kommunenummer, /kommune/1539 or /kommune/5632 (a number from 2024): which kommune
 * of 2020–2023 they mean.
 */
import { kommuneByNummer, type Kommune } from '../kommuner/geography';
import { holderOf } from '../kommuner/kommuner-2024';

/** The kommune of 2020–2023 a four-digit address means: its number then, or its number from 2024. */
export function kommuneForNummer(nummer: string): Kommune | undefined {
	if (!/^\d{4}$/.test(nummer)) return undefined;
	return kommuneByNummer(nummer) ?? kommuneByNummer(holderOf(nummer) ?? '');
}
