// The search combobox's keys, in a real browser (the component project in vite.config.ts).
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-svelte';
import { goto } from '$app/navigation';
import type { Kommune } from '$lib/kommuner/geography';
import KommuneSearch from './KommuneSearch.svelte';

vi.mock('$app/navigation', () => ({ goto: vi.fn() }));

const field = () => page.getByRole('combobox', { name: 'Søk etter kommune' });
const options = () => page.getByRole('option');
/** The text of the option the combobox points at with aria-activedescendant, or null. */
function activeOption(): string | null {
	const id = field().element().getAttribute('aria-activedescendant');
	return id ? (document.getElementById(id)?.querySelector('.name')?.textContent ?? null) : null;
}

/** Escape presses the component left unhandled, on their way to the page. */
let escapesLetThrough = 0;
const countEscape = (event: KeyboardEvent) => {
	if (event.key === 'Escape' && !event.defaultPrevented) escapesLetThrough++;
};

let onopen: Mock<(kommune: Kommune) => void>;
beforeEach(async () => {
	vi.mocked(goto).mockClear();
	escapesLetThrough = 0;
	document.addEventListener('keydown', countEscape);
	onopen = vi.fn();
	await render(KommuneSearch, { onopen });
	await userEvent.click(field());
});
afterEach(() => document.removeEventListener('keydown', countEscape));

/** Types `text` and waits for the hits (the search index loads on first use). */
async function type(text: string, count: number) {
	await userEvent.type(field(), text);
	await expect.poll(() => options().elements().length).toBe(count);
}

describe('KommuneSearch keys', () => {
	it('lists the hits as the visitor types, without choosing one', async () => {
		await type('toten', 2);
		await expect.element(field()).toHaveAttribute('aria-expanded', 'true');
		expect(
			options()
				.elements()
				.map((option) => option.querySelector('.name')?.textContent)
		).toEqual(['Vestre Toten', 'Østre Toten']);
		expect(activeOption()).toBeNull();
		await expect.element(page.getByRole('option', { selected: true })).not.toBeInTheDocument();
	});

	it.each([
		['↓ once', ['{ArrowDown}'], 'Vestre Toten'],
		['↓ twice', ['{ArrowDown}', '{ArrowDown}'], 'Østre Toten'],
		['↓ past the last, wrapping to the first', ['{ArrowDown}', '{ArrowDown}', '{ArrowDown}'], 'Vestre Toten'],
		['↑ from none, to the last', ['{ArrowUp}'], 'Østre Toten'],
		['↑ from the first, wrapping to the last', ['{ArrowDown}', '{ArrowUp}'], 'Østre Toten'],
		['↓ then ↑', ['{ArrowDown}', '{ArrowDown}', '{ArrowUp}'], 'Vestre Toten']
	])('makes an option active with %s, and only that one selected', async (_, keys, expected) => {
		await type('toten', 2);
		for (const key of keys) await userEvent.keyboard(key);
		expect(activeOption()).toBe(expected);
		const selected = options()
			.elements()
			.filter((option) => option.getAttribute('aria-selected') === 'true');
		expect(selected.map((option) => option.querySelector('.name')?.textContent)).toEqual([expected]);
	});

	it.each(['{ArrowLeft}', '{ArrowRight}', '{Home}', '{End}'])('moves the focus back to the text with %s', async (key) => {
		await type('toten', 2);
		await userEvent.keyboard('{ArrowDown}');
		expect(activeOption()).toBe('Vestre Toten');
		await userEvent.keyboard(key);
		expect(activeOption()).toBeNull();
		await expect.element(field()).toHaveAttribute('aria-expanded', 'true');
	});

	it('opens the active hit with Enter, empties the field and closes the list', async () => {
		await type('toten', 2);
		await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
		expect(goto).toHaveBeenCalledExactlyOnceWith('/kommune/ostre-toten');
		expect(onopen).toHaveBeenCalledWith(expect.objectContaining({ navn: 'Østre Toten' }));
		await expect.element(field()).toHaveValue('');
		await expect.element(field()).toHaveAttribute('aria-expanded', 'false');
	});

	it('opens the first hit with Enter when none is active', async () => {
		await type('1539', 1);
		await userEvent.keyboard('{Enter}');
		expect(goto).toHaveBeenCalledExactlyOnceWith('/kommune/rauma');
	});

	it('does nothing on Enter when nothing matches', async () => {
		await userEvent.type(field(), 'xyzzy');
		await expect.element(page.getByText('Ingen treff', { exact: true }).first()).toBeVisible();
		await userEvent.keyboard('{Enter}');
		expect(goto).not.toHaveBeenCalled();
		expect(onopen).not.toHaveBeenCalled();
	});

	it('ignores Enter while an input method is composing', async () => {
		await type('toten', 2);
		field()
			.element()
			.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true }));
		expect(goto).not.toHaveBeenCalled();
	});

	it('closes the list with Escape, clears the text with the next, and lets the third through to the page', async () => {
		await type('bats', 1);
		await userEvent.keyboard('{Escape}');
		await expect.element(field()).toHaveAttribute('aria-expanded', 'false');
		await expect.element(field()).toHaveValue('bats');
		expect(escapesLetThrough).toBe(0);

		await userEvent.keyboard('{Escape}');
		await expect.element(field()).toHaveValue('');
		expect(escapesLetThrough).toBe(0);

		await userEvent.keyboard('{Escape}');
		expect(escapesLetThrough).toBe(1);
	});

	it.each([
		['↓', '{ArrowDown}', 'Båtsfjord'],
		['↑', '{ArrowUp}', 'Båtsfjord'],
		['Alt+↓', '{Alt>}{ArrowDown}{/Alt}', null]
	])('reopens a closed list with %s', async (_, key, active) => {
		await type('bats', 1);
		await userEvent.keyboard('{Escape}');
		await expect.element(field()).toHaveAttribute('aria-expanded', 'false');
		await userEvent.keyboard(key);
		await expect.element(field()).toHaveAttribute('aria-expanded', 'true');
		expect(activeOption()).toBe(active);
	});

	it('closes the list when the focus leaves the field', async () => {
		await type('bats', 1);
		await userEvent.keyboard('{Tab}');
		await expect.element(field()).toHaveAttribute('aria-expanded', 'false');
		await expect.element(field()).toHaveValue('bats');
	});

	it('opens a hit that is clicked, keeping the focus in the field until then', async () => {
		await type('toten', 2);
		await userEvent.click(page.getByRole('option', { name: /Østre Toten/ }));
		expect(goto).toHaveBeenCalledExactlyOnceWith('/kommune/ostre-toten');
	});

	it.each([
		['toten', '2 treff'],
		['xyzzy', 'Ingen treff'],
		['a', /^\d+ treff, viser de 8 første$/]
	])('tells screen readers how many hits «%s» gives once typing pauses', async (text, status) => {
		await userEvent.type(field(), text);
		await expect.element(page.getByRole('status')).toHaveTextContent(status);
	});
});
