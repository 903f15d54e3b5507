// The nominee list as a reader meets it, in a real browser (the component project in vite.config.ts):
// headings, link names and addresses, read through the accessibility tree.
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import NomineeList from './NomineeList.svelte';
import { EMBED_LINKS, pageLinksContext } from '../url/links';
import { AWARD_EDITIONS, everNominated, placeNote } from '../award/award-history';
import { kommunePath, type Filter } from '../url/paths';

const N = '\u00a0';
const show = (filter: Filter, context?: Map<symbol, unknown>) => render(NomineeList, { props: { filter }, context });
/** Each link's address and accessible name, in order. */
const links = () =>
	page
		.getByRole('link')
		.all()
		.map(
			(link) =>
				[
					link.element().getAttribute('href') ?? '',
					link
						.element()
						.textContent!.replace(/[ \t\r\n]+/g, ' ')
						.trim()
				] as const
		);

describe('NomineeList', () => {
	it('names each class in full, words hidden on phones included', async () => {
		show({ år: 2021, kategori: null });
		await expect.element(page.getByRole('heading', { name: `Kommuner under 15${N}000 innbyggere` })).toBeInTheDocument();
		await expect.element(page.getByRole('heading', { name: `Kommuner over 15${N}000 innbyggere` })).toBeInTheDocument();
	});

	it('shows one class only when filtered', async () => {
		show({ år: 2021, kategori: 'over' });
		expect(
			page
				.getByRole('heading')
				.all()
				.map((h) =>
					h
						.element()
						.textContent!.replace(/[ \t\r\n]+/g, ' ')
						.trim()
				)
		).toEqual([`Kommuner over 15${N}000 innbyggere`]);
	});

	it.each(AWARD_EDITIONS.map((e) => [e.year, e] as const))(
		'lists the nominees of %i under their names that year, the kommune of 2020–2023 beside a former one, winners marked',
		async (year, edition) => {
			show({ år: year, kategori: null });
			const shown = links();
			expect(shown.map(([href]) => href)).toEqual(edition.nominerte.map((n) => kommunePath(n.kommune.slug, year)));
			for (const [i, n] of edition.nominerte.entries()) {
				const [, name] = shown[i];
				expect(name.startsWith(n.navn), name).toBe(true);
				expect(name.includes('Vinner'), name).toBe(n.vinner === true);
				expect(name).toContain(placeNote(n) ?? n.fylke);
			}
			expect(page.getByText('De andre nominerte dette året er ikke kjent').elements().length > 0).toBe(!edition.nominerteKjent);
			expect(page.getByText('Hvem som vant, er ikke kjent.').elements().length > 0).toBe(!edition.vinnereKjent);
		}
	);

	it('links each nominee to its page in the edition shown', async () => {
		show({ år: 2019, kategori: 'under' });
		const hrefs = links().map(([href]) => href);
		expect(hrefs).toEqual(editionHrefs(2019, 'under'));
	});

	it('lists every kommune ever nominated under "alle", most nominations first, saying so, each year with its class', async () => {
		show({ år: 'alle', kategori: null });
		await expect.element(page.getByText('flest nominasjoner først, deretter etter navn')).toBeInTheDocument();
		const shown = links();
		const all = everNominated();
		expect(shown).toHaveLength(all.length);
		const counts = all.map(({ mark }) => mark.years.length);
		expect(counts).toEqual([...counts].sort((a, b) => b - a));
		for (const [i, { mark, history }] of all.entries()) {
			const [href, name] = shown[i];
			expect(href).toBe(kommunePath(history[0].nomination.kommune.slug, 'alle'));
			expect(name.startsWith(mark.navn), name).toBe(true);
			for (const { year } of history) expect(name).toContain(`${year}`);
			for (const { nomination } of history) expect(name).toContain(`${nomination.kategori} 15${N}000 innbyggere`);
			expect(name.includes('Vinner'), name).toBe(mark.vinner === true);
		}
	});

	it('links into the embed inside an embed', async () => {
		show({ år: 2023, kategori: 'over' }, pageLinksContext(EMBED_LINKS));
		expect(links().map(([href]) => href)).toEqual(editionHrefs(2023, 'over').map((href) => `/embed${href}`));
	});
});

/** The addresses the list should give an edition's nominees: each kommune's page, in that edition. */
function editionHrefs(year: number, kategori: 'under' | 'over') {
	return AWARD_EDITIONS.find((e) => e.year === year)!
		.nominerte.filter((n) => n.kategori === kategori)
		.map((n) => kommunePath(n.kommune.slug, year));
}
