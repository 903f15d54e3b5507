/**
 * The page's own code (its components: SvelteKit's page nodes and the `page` chunk, see
 * src/lib/start/first-paint-bundle.ts) runs only when the visitor first reaches for the page
 * (first-reach.ts), so the HTML does not ask for it with the scripts the start needs. It names it
 * in a <meta> instead (src/hooks.server.ts), and the start-up hook prefetches it into the HTTP
 * cache once the static map has painted; it is compiled and run at the reach. (Preloaded as modules
 * then, their compiling was main-thread work at load: Lighthouse's TBT went from 140 to 280 ms.)
 */
export const PAGE_CODE_META = 'vertskommunekartet:page-code';

/** Prefetches the scripts the page's <meta> names (once). */
export function prefetchPageCode(): void {
	const meta = document.querySelector<HTMLMetaElement>(`meta[name="${PAGE_CODE_META}"]`);
	if (!meta) return;
	meta.remove();
	for (const href of meta.content.split(' ').filter(Boolean)) {
		const link = document.createElement('link');
		link.rel = 'prefetch';
		link.as = 'script';
		link.href = href;
		document.head.append(link);
	}
}
