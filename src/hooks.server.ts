import { building } from '$app/environment';
import { base } from '$app/paths';
import type { Handle } from '@sveltejs/kit';
import { kommuneForNummer, numberAddressPage } from '$lib/server/number-address';

/**
 * While prerendering, the addresses by kommunenummer (/kommune/1539, /kommune/5632) are written as
 * small refresh pages here instead of as SvelteKit redirects, which log a line each (471 of them)
 * and carry an inline script. In development the page's load redirects as usual.
 */
export const handle: Handle = ({ event, resolve }) => {
	if (building) {
		const nummer = /^\/kommune\/(\d{4})$/.exec(event.url.pathname.slice(base.length))?.[1];
		const kommune = nummer ? kommuneForNummer(nummer) : undefined;
		if (kommune)
			return new Response(numberAddressPage(kommune), {
				// Exactly "text/html": the prerenderer names the file `….html` only then; the page declares its charset.
				headers: { 'content-type': 'text/html' }
			});
	}
	return resolve(event);
};
