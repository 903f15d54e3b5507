/**
 * Every fact the history page shows comes from shared/content/kaaringen-2019-2025.json, read here
 * directly (not through the generated module): the page is rendered on the server and its text
 * and links are checked edition by edition against the file.
 */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it, vi } from 'vitest';
import Page from './+page.svelte';
import { sharedPath } from '../../../geo/shared-dir';

// The site footer reads the page's address, which SvelteKit gives only while it renders a request.
vi.mock('$app/state', () => ({ page: { url: new URL('https://vertskommunekartet.no/kaaringen') } }));

interface FileNominee {
	navn: string;
	fylke: string;
	class: 'under' | 'over';
	winner: boolean | null;
	classFrom: 'source' | 'elimination' | 'population';
}
interface FileEdition {
	year: number;
	none?: string;
	announced?: string | null;
	event?: string;
	proposals?: number | null;
	nomineesKnown?: boolean;
	winnersKnown?: boolean;
	pressReleaseBy?: string;
	nominees?: FileNominee[];
	sources: { url: string }[];
}
const history = JSON.parse(readFileSync(sharedPath('content', 'kaaringen-2019-2025.json'), 'utf8')) as { editions: FileEdition[] };

const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
const norwegianDate = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d}. ${MONTHS[m - 1]} ${y}`;
};

const html = render(Page).body;
/** The HTML of one edition's section. */
function section(year: number): string {
	const start = html.indexOf(`id="kaaringen-${year}"`);
	expect(start, `section ${year}`).toBeGreaterThan(-1);
	const end = html.indexOf('<section', start);
	return html.slice(start, end === -1 ? undefined : end);
}
const text = (fragment: string) =>
	fragment
		.replace(/<!--[^>]*-->/g, '')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();

describe('the history page', () => {
	it('has one section per year of the file, in order', () => {
		const years = [...html.matchAll(/<section id="kaaringen-(\d{4})"/g)].map((m) => Number(m[1]));
		expect(years).toEqual(history.editions.map((e) => e.year).sort((a, b) => a - b));
	});

	for (const edition of history.editions) {
		describe(String(edition.year), () => {
			it('lists exactly the sources the file gives, and links no other page elsewhere', () => {
				const part = section(edition.year);
				const links = (fragment: string) => [...fragment.matchAll(/href="(https?:[^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
				expect(links(part.slice(part.indexOf('Kilder</h3>')))).toEqual(edition.sources.map((s) => s.url));
				for (const url of links(part)) expect(edition.sources.map((s) => s.url)).toContain(url);
			});

			if (edition.none) {
				it('says there was no award', () => expect(text(section(edition.year))).toContain(`Ingen kåring i ${edition.year}.`));
				return;
			}

			it('states the date, event, place and number of proposals, or "ikke kjent"', () => {
				const shown = text(section(edition.year));
				expect(shown).toContain(`Kåret ${edition.announced ? norwegianDate(edition.announced) : 'ikke kjent'}`);
				const [event, ...place] = edition.event!.split(',').map((p) => p.trim());
				expect(shown).toContain(`Arrangement ${event}`);
				expect(shown).toContain(`Sted ${place.length ? place.join(', ') : 'ikke kjent'}`);
				expect(shown).toContain(`Forslag fra kommunene ${edition.proposals ?? 'ikke kjent'}`);
				expect(shown).toContain(
					`Pressemelding om de nominerte ${edition.pressReleaseBy ? `publisert senest ${norwegianDate(edition.pressReleaseBy)} ( kilde )` : 'dato ikke kjent'}`
				);
				// The labels' colons are drawn by CSS. No date is shown but the edition's own.
				const dates = [
					...shown.matchAll(/\d{1,2}\. (?:januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/g)
				].map((m) => m[0]);
				const own = [edition.announced, edition.pressReleaseBy].filter((d): d is string => !!d).map(norwegianDate);
				for (const date of dates) expect(own).toContain(date);
			});

			it('lists exactly the nominees of the file in their classes, with the county that year and the winners marked', () => {
				const part = section(edition.year);
				for (const kategori of ['under', 'over'] as const) {
					const start = part.indexOf(`Kommuner ${kategori} 15`);
					const end = kategori === 'under' ? part.indexOf('Kommuner over 15') : part.indexOf('Kilder</h3>');
					const items = [...part.slice(start, end).matchAll(/<li data-nominee="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)];
					const expected = edition.nominees!.filter((n) => n.class === kategori);
					expect(items.map((m) => m[1])).toEqual(expected.map((n) => n.navn));
					items.forEach((item, i) => {
						const shown = text(item[2]);
						expect(shown).toContain(`(${expected[i].fylke}`);
						expect(shown.includes('Vinner'), `${expected[i].navn} marked as winner`).toBe(expected[i].winner === true);
						expect(shown.includes('vinner: ikke kjent')).toBe(expected[i].winner === null);
						// Where no source states the class, the page says what it rests on.
						expect(shown.includes('klassen er ikke oppgitt'), `${expected[i].navn}: ground of the class`).toBe(
							expected[i].classFrom !== 'source'
						);
						if (expected[i].classFrom === 'population') expect(shown).toContain(`innbyggertallet er langt ${kategori} 15 000`);
					});
				}
			});

			it('says plainly what is not known', () => {
				const shown = text(section(edition.year));
				expect(shown.includes('De andre nominerte: ikke kjent')).toBe(edition.nomineesKnown === false);
				expect(shown.includes('Vinnerne er ikke kjent')).toBe(edition.winnersKnown === false);
				const winners = edition.nominees!.filter((n) => n.winner === true).map((n) => n.navn);
				if (winners.length) expect(shown).toContain(`${winners.join(' og ')} vant`);
			});
		});
	}

	it('quotes no jury text', () => {
		expect(html).not.toContain('<blockquote');
		expect(text(html)).not.toMatch(/juryen?s? /i);
	});
});
