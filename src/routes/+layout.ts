// Every page is prerendered: the site is plain files on any static host.
export const prerender = true;
export const trailingSlash = 'never';
