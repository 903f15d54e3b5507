/** Debian's Chromium and the flags that let it draw WebGL in software and stay off the network. */
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
	'--use-angle=swiftshader',
	'--enable-unsafe-swiftshader',
	'--no-sandbox',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
	'--disable-sync',
	// Debian's wrapper turns GPU rasterization on, which on SwiftShader rasters every page in
	// software GL too; upstream Chrome rasters pages on the CPU here.
	'--disable-gpu-rasterization'
];

/** Starts that Chromium headless with those flags, and any `extraArgs`. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
