// npm test's own bundle gate (size-limit, .size-limit.js: the same budgets), run here so both figures sit side
// by side. Its limits come from size-limit's own report, not from importing .size-limit.js: that file reads
// the emitted bundles, which do not exist until `measureBundles({ emitDir })` has written them.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './paths.mjs';

/** Each check as `{ name, size, limit, passed }`; `limit` and `passed` are undefined for a check without a limit. */
export function runSizeLimit() {
  return new Promise((resolve) => {
    const child = spawn(join(REPO, 'node_modules/.bin/size-limit'), ['--json'], { cwd: REPO, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', () => {
      try {
        const results = JSON.parse(out.slice(out.indexOf('[')));
        resolve(results.map((r) => ({ name: r.name, size: r.size, limit: r.sizeLimit, passed: r.passed })));
      } catch {
        console.error(`size-limit printed no report:\n${out}`);
        resolve(undefined);
      }
    });
  });
}
