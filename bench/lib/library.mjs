// The benchmarks measure the package as published: dist/, built here when missing or older than src/.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { isLibraryBuilt } from '../../scripts/lib/libraryBuild.mjs';
import { REPO } from './paths.mjs';

/** Runs `vite build` unless dist/ is at least as new as every file in src/. Returns what it did. */
export function ensureLibraryBuilt({ force = false } = {}) {
  if (isLibraryBuilt() && !force) return 'dist/ is up to date with src/';
  const { status } = spawnSync(join(REPO, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit' });
  if (status !== 0) throw new Error('`vite build` of the library failed.');
  return 'built dist/ with `vite build`';
}
