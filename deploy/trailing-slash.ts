/**
 * The site's addresses have no trailing slash; a request with one is redirected to the address
 * without it (deploy/nginx.conf does the same with a regular expression, and
 * tests/e2e/deploy.test.ts checks that both answer alike).
 */

/**
 * Where a request for a path with a trailing slash goes, or null. Read from the raw request target,
 * so nothing decoded can reach the Location header; a path starting with two slashes or a
 * backslash is not redirected, as "//other.host" there would leave the site.
 * @example trailingSlashRedirect('/kommune/kinn/?kategori=over') // '/kommune/kinn?kategori=over'
 */
export function trailingSlashRedirect(target: string): string | null {
	const match = target.match(/^(\/[^/\\?][^?]*?)\/+(\?.*)?$/);
	return match ? match[1] + (match[2] ?? '') : null;
}
