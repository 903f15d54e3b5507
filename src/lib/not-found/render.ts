/**
 * Writes the not-found answer (answer.ts) into the page's answer element, as plain DOM with text
 * set as text: the page's own script does it before the page is first painted, before Svelte is
 * there (first-paint.ts), and NotFound.svelte does it on a client-side navigation. Svelte owns the
 * element and never its children.
 */
import { echo, notFoundAnswer, suggestionsTitle } from './answer';

/** The attribute of the answer element; its value is the site's base path. */
export const ANSWER_ATTRIBUTE = 'data-not-found-answer';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
	const made = document.createElement(tag);
	if (text !== undefined) made.textContent = text;
	return made;
}

/** Fills `target` with the answer for the address `pathname` (with the base path), or empties it. */
export function renderNotFoundAnswer(target: HTMLElement, pathname: string): void {
	const base = target.getAttribute(ANSWER_ATTRIBUTE) ?? '';
	if (target.dataset.answered === pathname) return;
	target.dataset.answered = pathname;
	const answer = notFoundAnswer(pathname.startsWith(base) ? pathname.slice(base.length) : pathname);
	if (!answer) {
		target.replaceChildren();
		return;
	}
	const parts: HTMLElement[] = [element('p', echo(answer))];
	if (answer.suggestions.length > 0) {
		const title = element('p', suggestionsTitle(answer));
		title.id = 'suggestions-title';
		const list = element('ul');
		list.setAttribute('aria-labelledby', title.id);
		for (const { path, navn, detail } of answer.suggestions) {
			const link = element('a', navn);
			link.href = `${base}${path}`;
			const item = element('li');
			item.append(link, ` (${detail})`);
			list.append(item);
		}
		parts.push(title, list);
	}
	target.replaceChildren(...parts);
}
