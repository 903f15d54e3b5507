/**
 * An embed page inside another site's iframe tells the parent how tall its content is, each time
 * that changes, so the parent can size the iframe to it (the snippet's script in embed-code.ts does).
 * The message goes to any origin ('*'): it holds nothing but a height.
 *
 * WordPress sanitises an oEmbed iframe from a site it does not know: it drops the snippet's script
 * and adds `#?secret=…` to the iframe's address, and its own wp-embed script then sizes the iframe
 * from `{ message: 'height', value, secret }`. That message is posted too when there is a secret.
 */
import { HEIGHT_MESSAGE, type HeightMessage } from './embed-code';

/** The secret WordPress puts in the embed's address (`#?secret=abc123`), or null. */
export function wordPressSecret(hash: string): string | null {
	const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
	return secret && /^[\w-]{1,64}$/.test(secret) ? secret : null;
}

/** Starts posting the content's height to the parent window; returns the function that stops it. */
export function postHeightToParent(): () => void {
	if (window.parent === window) return () => {};
	const secret = wordPressSecret(location.hash);
	const root = document.documentElement;
	let posted = 0;
	const post = () => {
		// The root element's own box: as tall as the content, whatever the iframe's height is now.
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === posted || height === 0) return;
		posted = height;
		const message: HeightMessage = { type: HEIGHT_MESSAGE, height };
		window.parent.postMessage(message, '*');
		if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
	};
	const observer = new ResizeObserver(post);
	observer.observe(root);
	post();
	return () => observer.disconnect();
}
