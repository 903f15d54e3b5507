/**
 * After a client-side navigation failed (a data file answering 500 or something that is not data,
 * a script missing), loads the page in full instead if the server has it: every page is a
 * prerendered file that carries its own data, so it needs neither the data file nor the script that
 * failed. Tried once per address within a minute, so a page that fails in full as well cannot
 * reload itself in a loop; then the error page's message stays.
 */
const KEY = 'vertskommunekartet:loaded-in-full';
const ONCE_WITHIN_MS = 60_000;

function triedRecently(url: URL): boolean {
	try {
		const last = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as { href: string; at: number } | null;
		return last !== null && last.href === url.href && Date.now() - last.at < ONCE_WITHIN_MS;
	} catch {
		return true; // no session storage: no way to stop a loop, so no reload
	}
}

export async function loadInFull(url: URL): Promise<void> {
	if (!navigator.onLine || triedRecently(url)) return;
	try {
		const response = await fetch(url, { cache: 'no-store' });
		await response.body?.cancel();
		if (!response.ok || !response.headers.get('content-type')?.startsWith('text/html')) return;
		sessionStorage.setItem(KEY, JSON.stringify({ href: url.href, at: Date.now() }));
	} catch {
		return;
	}
	location.replace(url.href);
}
