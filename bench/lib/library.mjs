// The benchmarks measure the package as published: dist/, built here when missing or older than src/.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { REPO } from './paths.mjs';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Runs `vite build` unless dist/ is at least as new as every file in src/. Returns what it did. */
export function ensureLibraryBuilt({ force = false } = {}) {
  const built = join(REPO, 'dist/index.js');
  const fresh = existsSync(built) && existsSync(join(REPO, 'dist/testing.js')) && statSync(built).mtimeMs >= newestMtime(join(REPO, 'src'));
  if (fresh && !force) return 'dist/ is up to date with src/';
  const { status } = spawnSync(join(REPO, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: REPO, stdio: 'inherit' });
  if (status !== 0) throw new Error('`vite build` of the library failed.');
  return 'built dist/ with `vite build`';
}
