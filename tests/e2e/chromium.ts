/** Debian's Chromium and the flags that let it draw WebGL in software and stay off the network. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync'
];
