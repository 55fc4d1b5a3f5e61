// What every browser test file shares: one Chromium for the file's tests, started before them
// (a failed start becomes each test's error, with the hint how to fix it), each test's pages
// closed after it, the browser stopped at the end.
import fs from 'node:fs';
import path from 'node:path';
import { SidebarBrowser, type SidebarSession, skipBrowser } from './sidebar-browser';
import { chooseChromium, NO_BROWSER_HINT } from './chromium';

/** Screenshots and page dumps an officer (or a failing run) can look at. */
export const ARTIFACTS = path.resolve(__dirname, '../../test-artifacts');
/** Markup typed where the page shows text: it must appear as text, never run. */
export const PAYLOAD = '<img src=x onerror=window.__pwned=1>';
/** A test that needs the browser: skipped only when PPID_SKIP_BROWSER=1 says so on purpose. */
export const browserTest = skipBrowser ? test.skip : test;

export function useBrowser(): { session: SidebarBrowser['session'] } {
  const browser = new SidebarBrowser();
  const sessions: SidebarSession[] = [];
  let startError: Error | null = null;

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    if (skipBrowser) return;
    try {
      await browser.start(await chooseChromium());
    } catch (err: any) {
      startError = new Error(`${err?.message ?? err}\n${NO_BROWSER_HINT}`);
    }
  }, 60000);

  afterAll(async () => {
    await browser.stop();
  });

  afterEach(async () => {
    for (const s of sessions.splice(0)) await s.page.close().catch(() => undefined);
  });

  return {
    session: async (...args) => {
      if (startError) throw startError;
      const s = await browser.session(...args);
      sessions.push(s);
      return s;
    },
  };
}
