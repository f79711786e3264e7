// Whether dist/ is the build of the src/ in this checkout: the benchmarks and the example apps measure and install
// the package as published, and rebuild it only when src/ changed since the last `vite build`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/ holds the entries and is at least as new as every file in src/. */
export function isLibraryBuilt() {
  const built = join(REPO, 'dist/index.js');
  return existsSync(built) && existsSync(join(REPO, 'dist/testing.js')) && statSync(built).mtimeMs >= newestMtime(join(REPO, 'src'));
}
