// Runs the add-on's sidebar HTML in headless Chromium (the system's or the bundled one: chromium.ts) with google.script.run wired to an
// emulator in the jest process, so the page is tested as an officer meets it in Sheets.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Emulator } from '@ppid-sheets/emulator';
import { COMMON_ARGS, type ChromiumChoice } from './chromium';

/** Width of the Sheets sidebar frame. */
export const SIDEBAR_WIDTH = 300;

const ADDON_CSS = 'https://ssl.gstatic.com/docs/script/css/add-ons1.css';

export const skipBrowser = process.env.PPID_SKIP_BROWSER === '1';

/**
 * The client half of google.script.run, injected before the page's own script. It offers exactly
 * the bundle's public globals (as Apps Script does: none ending in "_"), refuses argument types
 * Apps Script refuses, and calls the handlers later, never synchronously, as the real one does.
 */
function shimSource(names: string[]): string {
  return `(() => {
  const names = ${JSON.stringify(names)};
  function illegal(v, seen) {
    if (v === null || v === undefined) return null;
    const t = typeof v;
    if (t === 'string' || t === 'number' || t === 'boolean') return null;
    if (t === 'function') return 'a function';
    if (v instanceof Date) return 'a Date';
    if (typeof Node !== 'undefined' && v instanceof Node) return 'a DOM node';
    if (seen.includes(v)) return 'a cyclic object';
    seen = seen.concat([v]);
    for (const k of Object.keys(v)) { const bad = illegal(v[k], seen); if (bad) return bad; }
    return null;
  }
  function runner(success, failure, userObject) {
    const r = {
      withSuccessHandler: (fn) => runner(fn, failure, userObject),
      withFailureHandler: (fn) => runner(success, fn, userObject),
      withUserObject: (o) => runner(success, failure, o),
    };
    const fail = (err) => setTimeout(() => {
      if (failure) failure(err, userObject);
      else console.error('Uncaught server error (no failure handler): ' + err.message);
    }, 0);
    for (const name of names) {
      r[name] = (...args) => {
        const bad = illegal(args, []);
        if (bad) { fail(new Error('Failed due to illegal value in property: ' + bad)); return; }
        window.__gasBridge(name, JSON.stringify(args)).then((reply) => {
          const res = JSON.parse(reply);
          if (!res.ok) { const e = new Error(res.message); e.name = res.name || 'ScriptError'; fail(e); return; }
          setTimeout(() => { if (success) success(res.value, userObject); }, 0);
        }, (err) => fail(new Error(String(err && err.message || err))));
      };
    }
    return r;
  }
  window.google = window.google || {};
  window.google.script = {
    run: runner(null, null, undefined),
    // origin: the Sheets page that hosts the dialog (what PickerBuilder.setOrigin is given there).
    host: { origin: 'https://docs.google.com', close() { window.__hostClosed = true; }, setHeight() {}, setWidth() {}, editor: { focus() {} } },
  };
})();`;
}

/** A value Apps Script cannot return to the page (Dates, functions), named, or null. */
function illegalReturn(v: unknown, seen: unknown[] = []): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'function') return 'a function';
  if (typeof v !== 'object') return null;
  // The bundle's objects come from another realm: no instanceof.
  if (Object.prototype.toString.call(v) === '[object Date]') return 'a Date';
  if (seen.includes(v)) return 'a cyclic object';
  for (const k of Object.keys(v as object)) {
    const bad = illegalReturn((v as any)[k], [...seen, v]);
    if (bad) return `${bad} at ${k}`;
  }
  return null;
}

export interface ServerCall {
  name: string;
  args: unknown[];
}

export interface SidebarSession {
  page: Page;
  url: string;
  /** Every google.script.run call the page made, in order. */
  calls: ServerCall[];
  /** Uncaught page errors and console errors. */
  pageErrors: string[];
  /** Requests the page tried to send off this machine (all answered locally or refused). */
  externalRequests: string[];
  /** Return values the real google.script.run could not have delivered. */
  bridgeProblems: string[];
  /** Renders the sidebar again through the add-on's menu item and loads it, as reopening it does. */
  open(): Promise<void>;
}

/** Scripts a page loads from elsewhere, answered locally (a stub of Google's Picker loader, say). */
export type ExternalScripts = Record<string, string>;

/** One Chromium for a test file, one fresh profile, one loopback HTTP server. */
export class SidebarBrowser {
  private context: BrowserContext | null = null;
  private server: http.Server | null = null;
  private profile = '';
  private base = '';
  private html = '';

  async start(choice: ChromiumChoice): Promise<void> {
    this.profile = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-profile-'));
    this.context = await chromium.launchPersistentContext(this.profile, {
      executablePath: choice.executablePath,
      headless: true,
      viewport: { width: SIDEBAR_WIDTH, height: 900 },
      // An Indonesian officer's browser: dates in the date picker read dd/mm/yyyy.
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      args: [...COMMON_ARGS, ...choice.args],
      env: { ...process.env, ...choice.env } as Record<string, string>,
      timeout: 20000,
    });
    this.server = http.createServer((req, res) => {
      if (req.url === '/sidebar') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(this.html);
      } else {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await this.context?.close().catch(() => undefined);
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    if (this.profile) fs.rmSync(this.profile, { recursive: true, force: true });
  }

  /**
   * A new page whose google.script.run calls run the emulator's bundle functions. By default the
   * page is the request sidebar; `menu` and `surface` pick another menu item's page (a dialog),
   * `user` makes every call as that officer (a second person at another computer), and
   * `external` answers scripts the page loads from elsewhere (a stub of Google's Picker loader).
   */
  async session(
    em: Emulator,
    opts: { menu?: string; surface?: 'sidebar' | 'dialog'; user?: string; external?: ExternalScripts } = {},
  ): Promise<SidebarSession> {
    const external = opts.external ?? {};
    if (!this.context) throw new Error('SidebarBrowser.start() was not called');
    const page = await this.context.newPage();
    // What google.script.run offers: the bundle's global functions, less the private ones.
    const bundle = (em as unknown as { bundle: Record<string, unknown> | null }).bundle ?? {};
    const names = Object.keys(bundle).filter((k) => typeof bundle[k] === 'function' && !k.endsWith('_'));
    const calls: ServerCall[] = [];
    const pageErrors: string[] = [];
    const externalRequests: string[] = [];
    const bridgeProblems: string[] = [];

    page.on('pageerror', (err) => pageErrors.push(String(err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !/Failed to load resource: .*404/.test(msg.text())) pageErrors.push(msg.text());
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(this.base)) return route.continue();
      externalRequests.push(url);
      // No network here, and a sidebar must not depend on one beyond Google's own stylesheet.
      if (url === ADDON_CSS) return route.fulfill({ status: 200, contentType: 'text/css', body: '' });
      if (url in external) return route.fulfill({ status: 200, contentType: 'text/javascript', body: external[url] });
      return route.abort('blockedbyclient');
    });
    await page.exposeFunction('__gasBridge', async (name: string, argsJson: string) => {
      const args = JSON.parse(argsJson) as unknown[];
      calls.push({ name, args });
      try {
        // A server call is a separate execution: let the page carry on first.
        await new Promise((r) => setImmediate(r));
        const value = opts.user ? em.callAs(opts.user, name, ...args) : em.call(name, ...args);
        const bad = illegalReturn(value);
        if (bad) {
          bridgeProblems.push(`${name} returned ${bad}`);
          return JSON.stringify({
            ok: false,
            message: `${name} returned ${bad}, which google.script.run cannot deliver`,
          });
        }
        return JSON.stringify({ ok: true, value: value === undefined ? null : value });
      } catch (err: any) {
        return JSON.stringify({ ok: false, name: err?.name, message: String(err?.message ?? err) });
      }
    });
    await page.addInitScript({ content: shimSource(names) });

    const url = `${this.base}/sidebar`;
    const session: SidebarSession = {
      page,
      url,
      calls,
      pageErrors,
      externalRequests,
      bridgeProblems,
      open: async () => {
        const menu = opts.menu ?? 'menuLogRequest';
        const shown = opts.surface === 'dialog' ? em.services.ui._dialogs : em.services.ui._sidebars;
        const before = shown.length;
        if (opts.user) em.callAs(opts.user, menu);
        else em.call(menu);
        const surface = shown.length > before ? shown.at(-1) : null;
        if (!surface?.content) throw new Error(`${menu} showed no ${opts.surface ?? 'sidebar'}`);
        if (surface.width) await page.setViewportSize({ width: surface.width, height: surface.height ?? 600 });
        this.html = surface.content;
        await page.goto(url, { waitUntil: 'load' });
      },
    };
    return session;
  }
}
