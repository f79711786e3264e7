// Finds the Chromium that browser tests and story tests drive, with the fonts the visual baselines were drawn
// with. Never downloads a browser: on a Debian machine where we are root it installs Debian's `chromium`,
// `fonts-liberation` (Latin) and `fonts-noto-cjk` (Chinese and Japanese) packages; elsewhere it says how to get them.
import { accessSync, constants } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Flags for a headless Chromium as root on a closed network (no sandbox, no background traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Whether `path` exists with the access `mode` asks (`constants.X_OK`, `constants.R_OK`). */
function hasAccess(path, mode) {
  try {
    accessSync(path, mode);
    return true;
  } catch {
    return false;
  }
}

const isExecutable = (path) => hasAccess(path, constants.X_OK);

/** `CHROMIUM_PATH` when set, else the first system Chromium found, else undefined. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return isExecutable(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find(isExecutable);
}

function canInstallWithApt() {
  return process.platform === 'linux' && process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
}

/** Returns a Chromium path, installing Debian's package when possible; throws with advice otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    throw new Error(`CHROMIUM_PATH=${process.env.CHROMIUM_PATH} is not an executable file.`);
  }
  if (!canInstallWithApt()) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`, ' +
        'macOS: install Chrome) and set CHROMIUM_PATH to its executable if it is not at /usr/bin/chromium.',
    );
  }
  console.log('Chromium is missing: installing Debian\'s chromium package with apt-get…');
  aptInstall(['chromium', ...BASELINE_FONT_PACKAGES]);
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no executable was found at /usr/bin/chromium.');
  return installed;
}

/**
 * The fonts the visual baselines (stories/__screenshots__) were drawn with. Without them Chromium falls back to
 * other faces, and every Chinese label draws as boxes: each screenshot would differ from its baseline.
 */
export const BASELINE_FONT_PACKAGES = ['fonts-liberation', 'fonts-noto-cjk'];
/** A file each package installs, to tell whether it is there without asking dpkg. */
const BASELINE_FONT_FILES = ['/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc'];

function aptInstall(packages) {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

/** Installs the baseline fonts where they are missing and apt-get can; else says what to install. */
export function ensureBaselineFonts() {
  const missing = BASELINE_FONT_PACKAGES.filter((_, index) => !hasAccess(BASELINE_FONT_FILES[index], constants.R_OK));
  if (missing.length === 0) return 'present';
  if (!canInstallWithApt()) {
    throw new Error(
      `The visual tests compare screenshots drawn with Debian's ${BASELINE_FONT_PACKAGES.join(' and ')}; missing here: ${missing.join(', ')}. ` +
        'Install them (Debian/Ubuntu: `sudo apt-get install ' + missing.join(' ') + '`), or expect every screenshot to differ.',
    );
  }
  console.log(`Fonts of the visual baselines missing: installing ${missing.join(', ')} with apt-get…`);
  aptInstall(missing);
  return `installed ${missing.join(', ')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
    console.log(`Fonts of the visual baselines (${BASELINE_FONT_PACKAGES.join(', ')}): ${ensureBaselineFonts()}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
