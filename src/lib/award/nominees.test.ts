import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AWARD, NOMINEES, nomineesIn, nomineeByNummer, stepsFrom } from './nominees';
import { kommuneByNummer } from '../kommuner/geography';
import { successorsOf } from '../kommuner/kommuner-2024';
import { PRESS_RELEASE, sharedPath } from '../../../geo/shared-dir';

const release = readFileSync(PRESS_RELEASE, 'utf8');
/** The history file itself, read here rather than through the generated module. */
const history = JSON.parse(readFileSync(sharedPath('content', 'kaaringen-2019-2025.json'), 'utf8')) as {
	editions: { year: number; nominees?: { navn: string; kommunenummer: string; fylke: string; class: string; winner: boolean | null }[] }[];
};

describe('nominee data', () => {
	it('quotes every justification paragraph word for word from the press release', () => {
		for (const nominee of NOMINEES) {
			expect(nominee.begrunnelse.length).toBeGreaterThan(0);
			for (const paragraph of nominee.begrunnelse) expect(release).toContain(paragraph);
		}
	});

	it('quotes the award introduction word for word', () => {
		for (const paragraph of AWARD.introduction) expect(release).toContain(paragraph);
		expect(release).toContain(`mottok ${AWARD.proposals} forslag`);
		expect(release).toContain(AWARD.winnersAnnounced);
	});

	it('has every justification paragraph of the release, in order, under its own heading', () => {
		for (const nominee of NOMINEES) {
			const heading = `${nominee.navn} (${nominee.fylke2021})\n`;
			const start = release.indexOf(heading, release.indexOf('Begrunnelser for kategorien'));
			expect(start, nominee.navn).toBeGreaterThan(0);
			const body = release.slice(start + heading.length).trim();
			expect(body.startsWith(nominee.begrunnelse.join('\n\n'))).toBe(true);
		}
	});

	it('has three nominees in each class, as the release lists them', () => {
		expect(nomineesIn('under').map((n) => n.navn)).toEqual(['Båtsfjord', 'Vestre Toten', 'Rauma']);
		expect(nomineesIn('over').map((n) => n.navn)).toEqual(['Kinn', 'Kongsberg', 'Arendal']);
		expect(nomineesIn(null)).toHaveLength(6);
	});

	it('matches the boundary data: number, name and slug', () => {
		for (const nominee of NOMINEES) {
			expect(kommuneByNummer(nominee.nummer)?.navn).toBe(nominee.navn);
			expect(kommuneByNummer(nominee.nummer)?.slug).toBe(nominee.slug);
		}
		expect(nomineeByNummer('0301')).toBeUndefined();
	});

	it('is, from 2024, what the table in the geo README says (through the crosswalk)', () => {
		const readme = readFileSync(sharedPath('geo', 'README.md'), 'utf8');
		for (const nominee of NOMINEES) {
			const row = new RegExp(`\\| ${nominee.navn} \\| ${nominee.nummer} \\| ${nominee.fylke2021} \\| (\\d{4}) \\| ([^|]+?) \\|`).exec(
				readme
			);
			expect(row, nominee.navn).not.toBeNull();
			const [successor] = successorsOf(nominee.nummer);
			expect([successor.nummer, successor.fylke]).toEqual([row![1], row![2]]);
		}
	});
});

describe('winners', () => {
	it('marks as winners exactly those the history file names for 2021: Rauma and Arendal', () => {
		const nominees2021 = history.editions.find((e) => e.year === 2021)!.nominees!;
		const fromFile = nominees2021.filter((n) => n.winner === true).map((n) => n.navn);
		expect(NOMINEES.filter((n) => n.vinner).map((n) => n.navn)).toEqual(fromFile);
		expect(fromFile).toEqual(['Rauma', 'Arendal']);
	});

	it('agrees with the history file on every 2021 nominee: name, number, county and class', () => {
		const nominees2021 = history.editions.find((e) => e.year === 2021)!.nominees!;
		expect(NOMINEES.map((n) => [n.navn, n.nummer, n.fylke2021, n.kategori, n.vinner])).toEqual(
			nominees2021.map((n) => [n.navn, n.kommunenummer, n.fylke, n.class, n.winner])
		);
	});
});

describe('stepsFrom', () => {
	const names = (steps: ReturnType<typeof stepsFrom>) => steps && [steps.previous.navn, steps.next.navn];
	it.each([
		['4602', null, ['Rauma', 'Kongsberg']],
		['5443', null, ['Arendal', 'Vestre Toten']],
		['4203', 'over', ['Kongsberg', 'Kinn']],
		['5443', 'under', ['Rauma', 'Vestre Toten']],
		['4602', 'under', ['Rauma', 'Båtsfjord']]
	] as const)('from %s with filter %s → %j', (nummer, kategori, expected) => {
		expect(names(stepsFrom(nummer, kategori))).toEqual(expected);
	});
});
