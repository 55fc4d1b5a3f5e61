// Which Chromium the browser tests drive. A machine with only Node (the README's promise) has no
// system browser, so the fallback is the Chromium that @sparticuz/chromium ships inside its npm
// package (a brotli-compressed chrome-headless-shell that needs nothing from the system beyond
// libc and expat: checked with ldd). playwright-core launches either one.
//
// PPID_BROWSER picks: "system" (Debian's /usr/bin/chromium), "bundled" (the package's, even where a
// system one exists, which is how .ci/run keeps the fallback tested), or unset: system when
// installed, else bundled. PPID_CHROMIUM names one executable and is the only place looked at.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

export type BrowserKind = 'system' | 'bundled';

export interface ChromiumChoice {
  kind: BrowserKind;
  executablePath: string;
  /** Flags beyond the tests' common ones. */
  args: string[];
  /** Environment for the browser process (fonts for the bundled one). */
  env: Record<string, string>;
}

export const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Flags every launch gets. The machine runs tests as root in a sandbox without a network: no
 * setuid sandbox, no GPU, and no background connections (refused here, many at a time, and slow).
 */
export const COMMON_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The bundled shell needs nothing beyond COMMON_ARGS here: tried as root in this sandbox, it starts
 * with them, and even with none (playwright-core adds --no-sandbox itself). The package's own
 * recommended list (its `args`: --single-process, --no-zygote, SwiftShader WebGL, relaxed web
 * security) is for Lambda and is left out, so the page runs under the same rules as in Sheets.
 */
const BUNDLED_ARGS: string[] = [];

export class NoBrowserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoBrowserError';
  }
}

function packageVersion(): string | null {
  // The package's `exports` hide its package.json, and build/cjs holds a package.json of its own
  // (type only): walk up from the entry point to the one that names the package.
  let dir: string;
  try {
    dir = path.dirname(require.resolve('@sparticuz/chromium'));
  } catch {
    return null;
  }
  for (; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (!fs.existsSync(file)) continue;
    const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (pkg.name === '@sparticuz/chromium') return String(pkg.version);
  }
  return null;
}

/** Where the bundled browser is unpacked: one folder per package version, shared by test runs. */
export function bundledDir(version: string): string {
  return path.join(os.tmpdir(), `ppid-chromium-${version}`);
}

const READY = '.ppid-complete';

/**
 * Unpacks the package's Chromium (about 4 s the first time, then reused). The package itself
 * unpacks into os.tmpdir() and trusts any /tmp/chromium it finds, half-written or another
 * project's; so it is pointed at a fresh staging folder, and the folder is renamed into place only
 * when complete. Two test processes racing both unpack; the first rename wins, the other's copy is
 * removed.
 */
export function unpackBundled(): string {
  const version = packageVersion();
  if (!version) {
    throw new NoBrowserError(
      '@sparticuz/chromium is not installed, so there is no bundled Chromium to fall back to. Run `npm ci`.',
    );
  }
  const dir = bundledDir(version);
  const exe = path.join(dir, 'chromium');
  if (fs.existsSync(path.join(dir, READY)) && fs.existsSync(exe)) return exe;
  fs.rmSync(dir, { recursive: true, force: true });

  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-chromium-stage-'));
  try {
    // A child process, because os.tmpdir() reads the real environment, which jest's sandboxed
    // process.env does not reach.
    const entry = require.resolve('@sparticuz/chromium');
    const script = `require(${JSON.stringify(entry)}).executablePath().then((p) => process.stdout.write(p))`;
    const unpacked = execFileSync(process.execPath, ['-e', script], {
      env: { ...process.env, TMPDIR: stage },
      encoding: 'utf8',
      timeout: 120000,
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
    if (path.dirname(unpacked) !== stage) throw new Error(`unpacked to ${unpacked}, not into ${stage}`);
    writeFontConfig(stage, dir);
    fs.writeFileSync(path.join(stage, READY), `${version}\n`);
    try {
      fs.renameSync(stage, dir);
    } catch (err: any) {
      if (!fs.existsSync(path.join(dir, READY))) throw err;
    }
  } catch (err: any) {
    const detail = String(err?.stderr || err?.message || err)
      .trim()
      .split('\n')
      .slice(-3)
      .join(' ');
    throw new NoBrowserError(`The bundled Chromium (@sparticuz/chromium ${version}) could not be unpacked: ${detail}`);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
  return exe;
}

/**
 * The package's own fonts.conf names Lambda's folders; this one names the bundled Open Sans where
 * it ends up, then the system's fonts when there are any, so text renders on a bare machine too.
 */
function writeFontConfig(stage: string, finalDir: string): void {
  const conf = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${finalDir}/fonts/fonts</dir>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <cachedir>${finalDir}/fonts-cache</cachedir>
</fontconfig>
`;
  fs.writeFileSync(path.join(stage, 'ppid-fonts.conf'), conf);
}

function bundledEnv(exe: string): Record<string, string> {
  return { FONTCONFIG_FILE: path.join(path.dirname(exe), 'ppid-fonts.conf') };
}

export type Choice = 'auto' | BrowserKind;

export function requestedChoice(env: NodeJS.ProcessEnv = process.env): Choice {
  const v = (env.PPID_BROWSER ?? '').trim().toLowerCase();
  if (v === '' || v === 'auto') return 'auto';
  if (v === 'system' || v === 'bundled') return v;
  throw new NoBrowserError(
    `PPID_BROWSER=${env.PPID_BROWSER} is not understood: use "system", "bundled" or leave it unset.`,
  );
}

/** The system Chromium's path, or null. PPID_CHROMIUM, when set, is the only candidate. */
export function findSystemChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = env.PPID_CHROMIUM ? [env.PPID_CHROMIUM] : SYSTEM_CANDIDATES;
  for (const c of candidates) if (fs.existsSync(c)) return c;
  return null;
}

/** The browser to launch, per PPID_BROWSER; throws NoBrowserError, in plain words, when none. */
export async function chooseChromium(env: NodeJS.ProcessEnv = process.env): Promise<ChromiumChoice> {
  const choice = requestedChoice(env);
  if (choice !== 'bundled') {
    const system = findSystemChromium(env);
    if (system) return { kind: 'system', executablePath: system, args: [], env: {} };
    if (choice === 'system' || env.PPID_CHROMIUM) {
      const looked = env.PPID_CHROMIUM ? [env.PPID_CHROMIUM] : SYSTEM_CANDIDATES;
      throw new NoBrowserError(
        `No system Chromium (looked at ${looked.join(', ')}). Unset PPID_BROWSER/PPID_CHROMIUM to use the bundled one.`,
      );
    }
  }
  const exe = unpackBundled();
  return { kind: 'bundled', executablePath: exe, args: BUNDLED_ARGS, env: bundledEnv(exe) };
}

export const NO_BROWSER_HINT =
  'The browser test could not start any Chromium. `npm ci` installs the bundled one (@sparticuz/chromium); ' +
  'set PPID_SKIP_BROWSER=1 only to skip this test on purpose.';
