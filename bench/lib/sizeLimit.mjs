// npm test's own bundle gate (size-limit, .size-limit.js: the same budgets), run here so both figures sit side by side.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import config from '../../.size-limit.js';
import { REPO } from './paths.mjs';

export function runSizeLimit() {
  return new Promise((resolve) => {
    const child = spawn(join(REPO, 'node_modules/.bin/size-limit'), ['--json'], { cwd: REPO, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('close', () => {
      try {
        const results = JSON.parse(out.slice(out.indexOf('[')));
        resolve(results.map((r, i) => ({ name: r.name, size: r.size, limit: config[i]?.limit, passed: r.passed })));
      } catch {
        resolve(undefined);
      }
    });
  });
}
