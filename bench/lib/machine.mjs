// What the figures were measured on: they mean little without it.
import os from 'node:os';
import { execFileSync } from 'node:child_process';

export function describeMachine(chromiumPath) {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(chromiumPath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // The version is informative only.
  }
  const cpus = os.cpus();
  return {
    cpu: `${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    node: process.version,
    chromium,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' / '),
  };
}
