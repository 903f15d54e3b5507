/**
 * Offline, a client-side navigation to another page fails (its data file, and perhaps its code,
 * must come from the network) and would replace the page, map and all, with an error page. While
 * the browser says it is offline, a navigation to another path is cancelled instead and a notice
 * (OfflineNotice.svelte) says why: the page stays as it was. A change of the query string alone
 * (the class filter) goes ahead, as it needs nothing from the network.
 */
import { afterNavigate, beforeNavigate } from '$app/navigation';

let refused = $state<URL | null>(null);

/** The address a navigation could not go to while offline, or null. */
export function refusedWhileOffline(): URL | null {
	return refused;
}

export function dismissOfflineNotice(): void {
	refused = null;
}

/** Called once while the root layout initialises. */
export function holdNavigationsWhileOffline(): void {
	beforeNavigate((navigation) => {
		const { from, to, willUnload } = navigation;
		if (navigator.onLine || willUnload || !to) return;
		if (from && from.url.pathname === to.url.pathname) return;
		navigation.cancel();
		refused = to.url;
	});
	afterNavigate(() => (refused = null));
}
