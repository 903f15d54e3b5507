/**
 * Where the build reads the shared material and writes what it generates: `../shared` beside the
 * checkout (or $SHARED_DIR, resolved from the project root) and src/lib/generated/. The one place
 * these paths are decided.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root (the folder holding package.json). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const SHARED_DIR = resolve(PROJECT_ROOT, process.env.SHARED_DIR ?? '../shared');

export const GENERATED_DIR = join(PROJECT_ROOT, 'src', 'lib', 'generated');

/** A file in the shared folder: `sharedPath('geo', 'kommuner-2024.topojson')`. */
export function sharedPath(...parts: string[]): string {
	return join(SHARED_DIR, ...parts);
}

/** A problem with a file in the shared folder, worded for the person running the build. */
export class SharedSourceError extends Error {}
