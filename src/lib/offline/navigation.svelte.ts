/**
 * Offline, a client-side navigation to another page fails (its data file, and perhaps its code,
 * must come from the network) and would replace the page, map and all, with an error page. While
 * the browser says it is offline, a navigation to another path is cancelled instead: a page the
 * service worker has kept (src/service-worker.ts) is loaded in full from its cache, and for any
 * other a notice (OfflineNotice.svelte) says why, the page staying as it was. A change of the query string alone
 * (the class filter) goes ahead, as it needs nothing from the network.
 */
import { afterNavigate, beforeNavigate } from '$app/navigation';
import { keepShownPage } from './register';

let refused = $state<URL | null>(null);

/** The address a navigation could not go to while offline, or null. */
export function refusedWhileOffline(): URL | null {
	return refused;
}

export function dismissOfflineNotice(): void {
	refused = null;
}

/** Whether the service worker has kept the page at `url`, so that it opens offline. */
async function keptPage(url: URL): Promise<boolean> {
	if (!navigator.serviceWorker?.controller || typeof caches === 'undefined') return false;
	try {
		return (await caches.match(url.href, { ignoreSearch: true })) !== undefined;
	} catch {
		return false;
	}
}

/** Called once while the root layout initialises. */
export function holdNavigationsWhileOffline(): void {
	beforeNavigate((navigation) => {
		const { from, to, willUnload } = navigation;
		if (navigator.onLine || willUnload || !to) return;
		if (from && from.url.pathname === to.url.pathname) return;
		navigation.cancel();
		const target = to.url;
		// A page the service worker kept (src/service-worker.ts) opens from its cache, in full: its
		// data file and code for a client-side navigation may not have been kept with it.
		void keptPage(target).then((kept) => {
			if (kept) location.href = target.href;
			else refused = target;
		});
	});
	afterNavigate(({ type }) => {
		refused = null;
		if (type !== 'enter') keepShownPage();
	});
}
