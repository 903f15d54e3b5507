/**
 * Where the shared material is read from: the folder `shared` beside this checkout, which the
 * environment and CI provide, or `$SHARED_DIR` (a path relative to the checkout, or absolute).
 * Read-only: the build reads from it and never writes there.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DIR = resolve(PROJECT_ROOT, process.env.SHARED_DIR ?? '../shared');

/** The kommune boundaries of 2020–2023, as Kartverket publishes them. */
export const BOUNDARY_SOURCE = join(SHARED_DIR, 'geo', 'kommuner-2020.topojson');
/** KS and NHO's press release about the 2021 nominees, which the nominee texts quote. */
export const PRESS_RELEASE = join(SHARED_DIR, 'content', 'ks-nho-vertskommune-2021-nominerte.txt');
