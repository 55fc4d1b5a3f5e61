// The offline Apps Script emulator: one in-memory Google account (Drive, Sheets, Docs, Mail, Ui …)
// in which the add-on's built bundle runs unchanged through gas-local.
import fs from 'node:fs';
import path from 'node:path';
import { Runtime, type RuntimeOptions, type CallSnapshot, type QuirkName, quirkNames } from './runtime';
import { type AccountKind, TRIGGER_RUNTIME_PER_DAY_MS, QUOTA_WINDOW_MS } from './accounts';
import { Blob } from './blob';
import { createSheetsServices, createSpreadsheet } from './sheets';
import { createServices } from './services';
import { saveState, loadState, peekState, hasState } from './state';
import { nextRun, checkFireable, clockEvent } from './services/clock';
import type { TriggerSpec } from './services/trigger-spec';
import {
  linkForm,
  EmulatedForm,
  type LinkFormOptions,
  type FormSubmission,
  type FormSubmitEvent,
} from './sheets/forms';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const gasLocal = require('gas-local');

export { Runtime, Blob };
/** The services alone over a Runtime (tests that drive one service without the add-on). */
export { createServices };
export { QUIRKS, EXCLUSIVE as EXCLUSIVE_QUIRKS, quirkNames, newFileRecord } from './runtime';
export type { QuirkName, FileRecord, RuntimeOptions, ExecutionKind } from './runtime';
export type { Account, AccountKind, AccountOptions } from './accounts';
export { MAIL_RECIPIENTS_PER_DAY, TRIGGER_RUNTIME_PER_DAY_MS } from './accounts';
export { roleOf, canSee, canEdit } from './drive-acl';
export type { Role } from './drive-acl';
export { exportXlsx, exportXlsxBuffer } from './export/xlsx';
export { importXlsx, importXlsxBuffer } from './export/xlsx-import';
export { exportDocx, documentToDocxBuffer } from './export/docx';
export { unzip } from './services/drive-convert';
export { renderChartSvg } from './render/chart';
export { documentToPdf } from './export/pdf';
export { pdfText, pdfPages } from './export/pdf-text';
export { parseCsv, importCsv, typeCsvRows, typeImportedField } from './export/csv';
export type { CsvImportOptions } from './export/csv';
export { interpretInput, localeInfo } from './sheets/format';
export type { LocaleInfo } from './sheets/format';

/**
 * Where an emulator's default quirks come from when its options name none: a function the caller
 * hands over (this repository's conformance suite reads Google's results with it). The emulator
 * itself reads no results and knows nothing of who runs it.
 */
let quirkDefaults: () => readonly string[] = () => [];

/** Sets the source of default quirks for every emulator made afterwards (see quirkDefaults). */
export function setQuirkDefaults(source: () => readonly string[]): void {
  quirkDefaults = source;
}
export type { CallSnapshot };
export type { TriggerSpec };
export { EmulatedForm };
export type { LinkFormOptions, FormSubmission, FormSubmitEvent };

/** One event of a form submission, for one installable form-submit trigger (fired or not yet). */
export interface PendingFormEvent {
  triggerUid: string;
  handler: string;
  owner: string;
  /** The response sheet row the submission went to. */
  row: number;
  /** The event object, built when the response was written (as Google does). */
  event: FormSubmitEvent;
  /** The spreadsheet the trigger belongs to. */
  spreadsheet: unknown;
}

/** One run of a form-submit trigger's handler. */
export interface FormRun {
  triggerUid: string;
  handler: string;
  owner: string;
  /** What the handler returned (Apps Script ignores it; tests read it). */
  result: unknown;
  error: string | null;
}

/** One firing of a time-driven trigger by Emulator.runClock. */
export interface ClockRun {
  triggerUid: string;
  handler: string;
  owner: string;
  at: Date;
  /** The handler's error message, when it threw (Apps Script records the execution as failed). */
  error: string | null;
}

export interface EmulatorOptions extends RuntimeOptions {
  /** Name of the spreadsheet that is active when the add-on runs (created empty). */
  spreadsheetName?: string;
  /**
   * The quirks on by default, on top of `quirks`: what Google showed, as the caller read it from
   * its results (default: the source given to setQuirkDefaults; [] for none).
   */
  defaultQuirks?: readonly string[];
}

export class Emulator {
  readonly rt: Runtime;
  readonly sheets: ReturnType<typeof createSheetsServices>;
  readonly services: ReturnType<typeof createServices>;
  /** What the bundle wrote with console.log/info/warn/error. */
  readonly logs: Array<{ level: string; message: string; at: Date }> = [];
  /** The loaded bundle's global scope (gas-local context), once load() ran. */
  bundle: Record<string, any> | null = null;

  constructor(options: EmulatorOptions = {}) {
    const shown = quirkNames(options.defaultQuirks ?? quirkDefaults());
    this.rt = new Runtime({ ...options, quirks: [...shown, ...(options.quirks ?? [])] });
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
      ...(this.rt.driveService === 'missing' ? {} : { Drive: s.Drive }),
      ...(this.rt.docsService === 'missing' ? {} : { Docs: s.Docs }),
      MailApp: s.MailApp,
      PropertiesService: s.PropertiesService,
      LockService: s.LockService,
      CacheService: s.CacheService,
      Session: s.Session,
      Utilities: s.Utilities,
      Logger: s.Logger,
      ScriptApp: s.ScriptApp,
      HtmlService: s.HtmlService,
      console: this.consoleObject(),
      Date: this.clockDate(),
    };
  }

  /**
   * The bundle's `console`: Apps Script sends it to the execution log (Cloud Logging); here each
   * line is kept with its level and the emulated time, in `logs`.
   */
  private consoleObject(): Record<string, (...args: unknown[]) => void> {
    const write =
      (level: string) =>
      (...args: unknown[]) => {
        this.logs.push({
          level,
          message: args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '),
          at: this.rt.now(),
        });
      };
    return { log: write('log'), info: write('info'), warn: write('warn'), error: write('error') };
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

  /**
   * Calls a global function of the bundle as another officer (their triggers, properties, quota,
   * Drive grants). An address not met before joins the office: the active spreadsheet is shared
   * with it as an editor (declare it with addAccount to give it another role, or none).
   */
  callAs(email: string, fn: string, ...args: unknown[]): any {
    if (!this.rt.accounts.has(email)) this.addAccount(email);
    if (this.rt.account(email).deleted)
      throw new Error(`emulator: the account ${email} was deleted; it cannot sign in`);
    return this.rt.asUser(email, () => this.call(fn, ...args));
  }

  /**
   * A Google account of the office: its kind (consumer or Workspace: quotas, what Session tells),
   * its display name, and its role on the active spreadsheet (editor by default; viewer,
   * commenter, or null for none).
   */
  addAccount(
    email: string,
    opts: { kind?: AccountKind; displayName?: string; role?: 'editor' | 'viewer' | 'commenter' | null } = {},
  ): void {
    this.rt.addAccount({ email, kind: opts.kind, displayName: opts.displayName });
    const ss = this.rt.activeSpreadsheet as { _file?: import('./runtime').FileRecord } | null;
    const rec = ss?._file;
    const role = opts.role === undefined ? 'editor' : opts.role;
    if (!rec || role === null || rec.owner.toLowerCase() === email.toLowerCase()) return;
    this.share(rec.id, email, role);
  }

  /** Shares a Drive file with an account, as its owner would in Drive's Share dialog. */
  share(fileId: string, email: string, role: 'editor' | 'viewer' | 'commenter'): void {
    const rec = this.rt.files.get(fileId);
    if (!rec) throw new Error(`emulator: no file ${fileId}`);
    rec.editors.delete(email);
    rec.viewers.delete(email);
    rec.commenters.delete(email);
    (role === 'editor' ? rec.editors : role === 'viewer' ? rec.viewers : rec.commenters).add(email);
  }

  /** Takes an account's access to a file away (the officer left the unit, or was removed). */
  revokeAccess(fileId: string, email: string): void {
    const rec = this.rt.files.get(fileId);
    if (!rec) throw new Error(`emulator: no file ${fileId}`);
    for (const set of [rec.editors, rec.viewers, rec.commenters]) {
      for (const e of [...set]) if (e.toLowerCase() === email.toLowerCase()) set.delete(e);
    }
  }

  /**
   * Deletes an account (an officer who left, their account closed): it can no longer sign in, its
   * triggers no longer fire, what was shared with it is no longer, and the files it owned are gone
   * unless an administrator transfers them (`transferTo`, as the Admin console offers when a
   * Workspace user is deleted).
   */
  deleteAccount(email: string, opts: { transferTo?: string } = {}): void {
    const a = this.rt.account(email);
    a.deleted = true;
    const key = email.toLowerCase();
    for (const rec of [...this.rt.files.values()]) {
      for (const set of [rec.editors, rec.viewers, rec.commenters]) {
        for (const e of [...set]) if (e.toLowerCase() === key) set.delete(e);
      }
      if (rec.owner.toLowerCase() !== key) continue;
      if (opts.transferTo) rec.owner = opts.transferTo;
      else this.rt.files.delete(rec.id);
    }
  }

  /**
   * Moves the clock to `until`, firing every time-driven trigger that falls due on the way, in
   * time order: each as its owner, in an execution of its own, with the event object Apps Script
   * passes, and inside the document it was created in unless `withoutDocument` or the
   * `clock-without-document` quirk (the open question described in services/clock.ts). A handler that throws is recorded, not rethrown,
   * as Apps Script marks the execution failed and carries on.
   */
  runClock(until: Date | string, opts: { withoutDocument?: boolean } = {}): ClockRun[] {
    const end = new Date(until).getTime();
    if (Number.isNaN(end)) throw new Error(`emulator: runClock needs a date, got ${String(until)}`);
    const app = this.services.ScriptApp;
    const runs: ClockRun[] = [];
    for (let guard = 0; ; guard++) {
      if (guard > 100000)
        throw new Error('emulator: runClock fired more than 100,000 triggers; is a trigger every minute?');
      const clocks = (app._triggers as TriggerSpec[]).filter((t) => t.eventType === 'CLOCK');
      for (const t of clocks) checkFireable(t);
      const due = clocks
        .filter((t) => t.nextRun !== null && t.nextRun <= end)
        .sort((a, b) => a.nextRun! - b.nextRun! || a.created.getTime() - b.created.getTime())[0];
      if (!due) break;
      const at = due.nextRun!;
      if (at > this.rt.now().getTime()) this.rt.setNow(new Date(at));
      due.nextRun = nextRun(due, at, this.rt.timeZone);
      if (due.nextRun === null) app._triggers.splice(app._triggers.indexOf(due), 1);
      runs.push(this.fire(due, new Date(at), opts.withoutDocument ?? this.rt.quirk('clock-without-document')));
    }
    if (this.rt.now().getTime() < end) this.rt.setNow(new Date(end));
    return runs;
  }

  private fire(spec: TriggerSpec, at: Date, withoutDocument: boolean): ClockRun {
    const run: ClockRun = { triggerUid: spec.id, handler: spec.handler, owner: spec.owner, at, error: null };
    const previous = this.rt.activeSpreadsheet;
    const doc = spec.documentId ? this.rt.files.get(spec.documentId) : undefined;
    this.rt.activeSpreadsheet = withoutDocument || !doc || doc.trashed ? null : (doc.native ?? null);
    try {
      const f = this.bundle ? this.bundle[spec.handler] : undefined;
      if (typeof f !== 'function') throw new Error(`Script function not found: ${spec.handler}`);
      const event = clockEvent(spec, at, this.services.ScriptApp.AuthMode.FULL);
      this.runAsTrigger(spec.owner, () => f(event));
    } catch (err) {
      run.error = err && (err as Error).message ? (err as Error).message : String(err);
    } finally {
      this.rt.activeSpreadsheet = previous;
    }
    return run;
  }

  /**
   * One execution of an installable trigger as its owner ("Installable triggers always run under
   * the account of the person who created them", Installable triggers guide). A deleted owner's
   * trigger does not run. Each run spends the owner's daily trigger runtime (Quotas page: 90 min
   * consumer, 6 h Workspace): the emulated time it took plus `triggerCallCostMs` per counted call;
   * once spent, the trigger fails with the error public reports quote ("Service using too much
   * computer time for one day"; the page gives the limit, not the text).
   */
  private runAsTrigger<T>(owner: string, run: () => T): T {
    const a = this.rt.account(owner);
    if (a.deleted)
      throw new Error(`The trigger's owner ${owner} no longer has a Google account; the trigger does not run.`);
    const now = this.rt.now().getTime();
    if (a.triggerRuntime && now - a.triggerRuntime.start >= QUOTA_WINDOW_MS) a.triggerRuntime = null;
    const limit = TRIGGER_RUNTIME_PER_DAY_MS[a.kind];
    if (a.triggerRuntime && a.triggerRuntime.usedMs >= limit)
      throw new Error('Service using too much computer time for one day');
    const calls = this.rt.total;
    try {
      return this.rt.asTrigger(owner, () => this.rt.runExecution(run));
    } finally {
      const spent =
        Math.max(0, this.rt.now().getTime() - now) + Math.max(0, this.rt.total - calls) * this.rt.triggerCallCostMs;
      const w = a.triggerRuntime ?? { usedMs: 0, start: now };
      w.usedMs += spent;
      a.triggerRuntime = w;
    }
  }

  /** Links a Google Form to the active spreadsheet (sheets/forms.ts): its response sheet. */
  linkForm(opts: LinkFormOptions): EmulatedForm {
    return linkForm(this.rt, (this.rt.activeSpreadsheet as any)._impl(), opts);
  }

  /**
   * Someone submits the form: Google writes the response row, then every installable form-submit
   * trigger of the spreadsheet fires, each as its owner in an execution of its own, in the order
   * they were made. `fire: false` writes the row and returns the events unfired, so a test can
   * interleave them (two submissions at once) or fire one twice (a retried event).
   */
  submitForm(
    form: EmulatedForm,
    sub: FormSubmission,
    opts: { fire?: boolean } = {},
  ): { row: number; runs: FormRun[]; pending: PendingFormEvent[] } {
    const row = form._write(this.rt, sub);
    const pending = this.formEvents(form, row);
    if (opts.fire === false) return { row, runs: [], pending };
    return { row, runs: pending.map((p) => this.fireFormSubmit(p)), pending };
  }

  /**
   * The events Google would deliver for the response in `row` (one per installable form-submit
   * trigger of the spreadsheet), unfired: how a redelivery of an earlier response is played.
   */
  formEvents(form: EmulatedForm, row: number): PendingFormEvent[] {
    const ssId = form.ss.getId();
    const app = this.services.ScriptApp;
    const specs = (app._triggers as TriggerSpec[]).filter(
      (t) => t.eventType === 'ON_FORM_SUBMIT' && t.source === 'SPREADSHEETS' && t.sourceId === ssId,
    );
    return specs.map((t) => ({
      triggerUid: t.id,
      handler: t.handler,
      owner: t.owner,
      row,
      spreadsheet: form.ss._self,
      event: form._event(this.rt, row, t.id, app.AuthMode.FULL),
    }));
  }

  /**
   * Fires one form-submit event (again): the same event object, as a retried or duplicated
   * delivery carries. `blank` fires the spurious twin some reports describe (every value blank).
   * A handler that throws is recorded, not rethrown, as Apps Script marks the execution failed.
   */
  fireFormSubmit(p: PendingFormEvent, opts: { blank?: boolean } = {}): FormRun {
    const run: FormRun = {
      triggerUid: p.triggerUid,
      handler: p.handler,
      owner: p.owner,
      result: undefined,
      error: null,
    };
    const previous = this.rt.activeSpreadsheet;
    this.rt.activeSpreadsheet = p.spreadsheet;
    const event = opts.blank
      ? {
          ...p.event,
          values: p.event.values.map(() => ''),
          namedValues: Object.fromEntries(Object.keys(p.event.namedValues).map((k) => [k, ['']])),
        }
      : p.event;
    try {
      const f = this.bundle ? this.bundle[p.handler] : undefined;
      if (typeof f !== 'function') throw new Error(`Script function not found: ${p.handler}`);
      // The trigger is gone (deleted since): Google does not fire it.
      if (!(this.services.ScriptApp._triggers as TriggerSpec[]).some((t) => t.id === p.triggerUid)) return run;
      run.result = this.runAsTrigger(p.owner, () => f(event));
    } catch (err) {
      run.error = err && (err as Error).message ? (err as Error).message : String(err);
    } finally {
      this.rt.activeSpreadsheet = previous;
    }
    return run;
  }

  /**
   * Turns a quirk on or off mid-test (the world changing under a register already set up): the
   * active spreadsheet's formulas are evaluated again under the new behaviour.
   */
  setQuirk(name: QuirkName, on: boolean): void {
    if (on) this.rt.quirks.add(quirkNames([name])[0]);
    else this.rt.quirks.delete(name);
    this.spreadsheet?._impl?.()._engine.markDirty();
  }

  /** Saves this emulated Google to a folder (state.ts: what is kept and what is not). */
  save(dir: string): Promise<void> {
    return saveState(this, dir);
  }

  /**
   * An emulator holding the Google saved in `dir`: its clock and signed-in account unless the
   * options say otherwise, its spreadsheets, documents, files, properties, triggers and accounts.
   */
  static async restore(dir: string, options: EmulatorOptions = {}): Promise<Emulator> {
    const peek = peekState(dir);
    const em = new Emulator({
      ...options,
      locale: options.locale ?? peek.locale,
      timeZone: options.timeZone ?? peek.timeZone,
      now: options.now ?? peek.now,
      userEmail: options.userEmail ?? peek.user,
    });
    await loadState(em, dir);
    return em;
  }

  calls(): CallSnapshot {
    return this.rt.snapshot();
  }

  resetCalls(): void {
    this.rt.resetCalls();
  }
}

export { hasState, peekState };

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}
