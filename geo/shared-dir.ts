/**
 * Where the build reads the shared material and writes what it generates: the folder `shared`
 * beside this checkout, which the environment and CI provide, or `$SHARED_DIR` (relative to the
 * project root, or absolute); and src/lib/generated/. The one place these paths are decided.
 * Read-only: the build reads from the shared folder and never writes there.
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

/** The kommune boundaries of 2020–2023, as Kartverket publishes them. */
export const BOUNDARY_SOURCE = sharedPath('geo', 'kommuner-2020.topojson');
/** KS and NHO's press release about the 2021 nominees, which the nominee texts quote. */
export const PRESS_RELEASE = sharedPath('content', 'ks-nho-vertskommune-2021-nominerte.txt');

/** A problem with a file in the shared folder, worded for the person running the build. */
export class SharedSourceError extends Error {}
