/**
 * The not-found page's own script (src/routes/404/+page.svelte): a classic script the page loads
 * right after the answer element, so the answer and its suggestions are in the page's first paint
 * (its <link rel="expect" blocking="render"> holds the paint until the script has run), not only
 * once the app has started. Built as a self-contained file by Vite (`?worker&url`); a static host
 * serves the same 404.html for every unknown address, so only the browser knows which one it was.
 */
import { ANSWER_ATTRIBUTE, renderNotFoundAnswer } from './render';

const target = document.querySelector<HTMLElement>(`[${ANSWER_ATTRIBUTE}]`);
if (target) renderNotFoundAnswer(target, location.pathname);
