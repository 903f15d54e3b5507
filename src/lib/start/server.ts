/**
 * Pages name for preloading only the scripts the start runs; the page's own code goes in a <meta>
 * (page-code.ts) and is prefetched after the first paint. SvelteKit asks about the start's scripts
 * first, then about each page node (a `nodes/` file) with what it imports (see client.ts).
 */
import type { Handle } from '@sveltejs/kit';
import { PAGE_CODE_META } from './page-code';

export const namePageCodeForLater: Handle = async ({ event, resolve }) => {
	const later: string[] = [];
	let pageCode = false;
	return resolve(event, {
		preload: ({ type, path }) => {
			if (type !== 'js') return true;
			if (path.includes('/nodes/')) pageCode = true;
			if (pageCode) later.push(encodeURI(path));
			return !pageCode;
		},
		transformPageChunk: ({ html }) =>
			later.length === 0 ? html : html.replace('</head>', `<meta name="${PAGE_CODE_META}" content="${later.join(' ')}">\n</head>`)
	});
};
