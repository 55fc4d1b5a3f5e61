// The browser the tests drive on a machine with only Node: the choice, the fallback and the
// loud failure when nothing can start (README: `npm ci && npm test` on a fresh machine).
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chooseChromium, requestedChoice, findSystemChromium, NoBrowserError, COMMON_ARGS } from './chromium';
import { skipBrowser } from './sidebar-browser';

const ROOT = path.resolve(__dirname, '../..');
const browserTest = skipBrowser ? test.skip : test;

describe('choosing the browser', () => {
  test('PPID_BROWSER reads system, bundled or unset; anything else is refused in plain words', () => {
    expect(requestedChoice({})).toBe('auto');
    expect(requestedChoice({ PPID_BROWSER: 'Bundled' })).toBe('bundled');
    expect(requestedChoice({ PPID_BROWSER: 'system' })).toBe('system');
    expect(() => requestedChoice({ PPID_BROWSER: 'chrome' })).toThrow(/PPID_BROWSER=chrome is not understood/);
  });

  test('PPID_CHROMIUM is the only system candidate when set', () => {
    expect(findSystemChromium({ PPID_CHROMIUM: process.execPath })).toBe(process.execPath);
    expect(findSystemChromium({ PPID_CHROMIUM: '/nonexistent/chromium' })).toBeNull();
  });

  test('a system browser asked for and missing fails instead of falling back', async () => {
    await expect(chooseChromium({ PPID_BROWSER: 'system', PPID_CHROMIUM: '/nonexistent/chromium' })).rejects.toThrow(
      NoBrowserError,
    );
    await expect(chooseChromium({ PPID_CHROMIUM: '/nonexistent/chromium' })).rejects.toThrow(/No system Chromium/);
  });

  test('an existing system browser is chosen when PPID_BROWSER is unset', async () => {
    // Any existing executable stands in for /usr/bin/chromium: choosing does not launch it.
    const c = await chooseChromium({ PPID_CHROMIUM: process.execPath });
    expect(c).toMatchObject({ kind: 'system', executablePath: process.execPath });
  });

  browserTest(
    'PPID_BROWSER=bundled takes the packaged Chromium even where a system one exists, and it starts',
    async () => {
      const c = await chooseChromium({ PPID_BROWSER: 'bundled', PPID_CHROMIUM: process.execPath });
      expect(c.kind).toBe('bundled');
      expect(fs.statSync(c.executablePath).mode & 0o100).toBeTruthy();
      const b = await chromium.launch({
        executablePath: c.executablePath,
        args: [...COMMON_ARGS, ...c.args],
        env: { ...process.env, ...c.env } as any,
        headless: true,
        timeout: 30000,
      });
      try {
        const page = await b.newPage();
        await page.setContent('<p id="p">Tanggal Permohonan</p>');
        expect(await page.textContent('#p')).toBe('Tanggal Permohonan');
        // Text is laid out with a real font (the bundled Open Sans at least): a zero width means none.
        expect(
          await page.evaluate(() => (globalThis as any).document.getElementById('p').getBoundingClientRect().width),
        ).toBeGreaterThan(50);
      } finally {
        await b.close();
      }
    },
    120000,
  );

  browserTest('a browser that cannot start is an error, never a skip', async () => {
    await expect(
      chromium.launch({ executablePath: '/bin/false', args: COMMON_ARGS, timeout: 10000 }),
    ).rejects.toThrow();
  });
});

describe('a fresh machine needs only npm ci', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));

  test('the bundled browser is locked, at a version whose engines accept Node 20', () => {
    const entry = lock.packages['node_modules/@sparticuz/chromium'];
    expect(entry).toBeDefined();
    expect(entry.dev).toBe(true);
    expect(pkg.devDependencies['@sparticuz/chromium']).toBe(entry.version);
    // 147.0.1 and later need Node 22.17; package.json says Node 20 suffices.
    expect(entry.engines.node).toMatch(/^>=20\./);
    expect(pkg.engines.node).toBe('>=20');
  });

  test('.ci/run installs nothing beyond npm ci and runs the browser test on the bundled browser', () => {
    const ci = fs.readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
    const code = ci
      .split('\n')
      .filter((l) => !l.trim().startsWith('#'))
      .join('\n');
    expect(code).not.toMatch(/apt-get|apt |dpkg|playwright install/);
    expect(code).toMatch(/^export PPID_BROWSER=bundled$/m);
    expect(code).toMatch(/npm ci/);
    expect(code).not.toMatch(/PPID_SKIP_BROWSER/);
  });

  test('no dependency that nothing imports: vega and vega-lite are gone', () => {
    expect(pkg.dependencies ?? {}).not.toHaveProperty('vega');
    expect(pkg.devDependencies).not.toHaveProperty('vega');
    expect(pkg.devDependencies).not.toHaveProperty('vega-lite');
    expect(lock.packages).not.toHaveProperty('node_modules/vega');
  });
});
