// The offline Apps Script emulator: one in-memory Google account (Drive, Sheets, Docs, Mail, Ui …)
// in which the add-on's built bundle runs unchanged through gas-local.
import fs from 'node:fs';
import path from 'node:path';
import { Runtime, RuntimeOptions, CallSnapshot } from './runtime';
import { Blob } from './blob';
import { createSheetsServices, createSpreadsheet } from './sheets';
import { createServices } from './services';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const gasLocal = require('gas-local');

export { Runtime, Blob };
export type { CallSnapshot };

export interface EmulatorOptions extends RuntimeOptions {
  /** Name of the spreadsheet that is active when the add-on runs (created empty). */
  spreadsheetName?: string;
}

export class Emulator {
  readonly rt: Runtime;
  readonly sheets: ReturnType<typeof createSheetsServices>;
  readonly services: ReturnType<typeof createServices>;
  /** The loaded bundle's global scope (gas-local context), once load() ran. */
  bundle: Record<string, any> | null = null;

  constructor(options: EmulatorOptions = {}) {
    this.rt = new Runtime(options);
    this.services = createServices(this.rt);
    this.sheets = createSheetsServices(this.rt);
    this.rt.ui = this.services.ui;
    const ss = createSpreadsheet(this.rt, options.spreadsheetName ?? 'Register PPID', {
      locale: this.rt.locale,
      timeZone: this.rt.timeZone,
    });
    this.rt.activeSpreadsheet = ss;
  }

  /** The Apps Script globals, fresh object each call (gas-local mutates what it is given). */
  globals(): Record<string, unknown> {
    const s = this.services;
    return {
      SpreadsheetApp: this.sheets.SpreadsheetApp,
      Charts: this.sheets.Charts,
      DocumentApp: s.DocumentApp,
      DriveApp: s.DriveApp,
      Drive: s.Drive,
      MailApp: s.MailApp,
      PropertiesService: s.PropertiesService,
      LockService: s.LockService,
      CacheService: s.CacheService,
      Session: s.Session,
      Utilities: s.Utilities,
      Logger: s.Logger,
      ScriptApp: s.ScriptApp,
      HtmlService: s.HtmlService,
      console: { log() {}, info() {}, warn() {}, error() {} },
      Date: this.clockDate(),
    };
  }

  /**
   * `Date` for the bundle: `new Date()` and `Date.now()` read the emulator's clock, so a run
   * "as of" a date is that date everywhere, not only in TODAY().
   */
  private clockDate(): DateConstructor {
    const rt = this.rt;
    class EmulatedDate extends Date {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(rt.now().getTime());
        else super(...(args as [number]));
      }
      static now(): number {
        return rt.now().getTime();
      }
      // Dates the emulator hands back are host-realm Dates: still Dates to the bundle.
      static [Symbol.hasInstance](v: unknown): boolean {
        return Object.prototype.toString.call(v) === '[object Date]';
      }
    }
    return EmulatedDate as unknown as DateConstructor;
  }

  /** The spreadsheet the add-on sees as active. */
  get spreadsheet(): any {
    return this.rt.activeSpreadsheet;
  }

  setActiveSpreadsheet(ss: unknown): void {
    this.rt.activeSpreadsheet = ss;
  }

  /** Loads a built bundle folder (dist/): its .js into one vm context, its .html as project files. */
  load(dir: string): Record<string, any> {
    const projectFiles = this.rt.projectFiles;
    for (const f of fs.readdirSync(dir)) {
      if (f.endsWith('.html')) projectFiles.set(f.replace(/\.html$/, ''), fs.readFileSync(path.join(dir, f), 'utf8'));
    }
    this.bundle = gasLocal.require(dir, this.globals(), { filter: (f: string) => f.endsWith('.js') });
    // Template scriptlets such as <?!= include('SidebarStyle') ?> call the bundle's own globals.
    this.services.HtmlService._setGlobals(this.bundle);
    return this.bundle!;
  }

  /** Calls a global function of the loaded bundle as one Apps Script execution. */
  call(fn: string, ...args: unknown[]): any {
    if (!this.bundle) throw new Error('emulator: no bundle loaded (call load(dir) first)');
    const f = this.bundle[fn];
    if (typeof f !== 'function') throw new Error(`emulator: the bundle has no global function ${fn}`);
    return this.rt.runExecution(() => f(...args));
  }

  calls(): CallSnapshot {
    return this.rt.snapshot();
  }

  resetCalls(): void {
    this.rt.resetCalls();
  }
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}
