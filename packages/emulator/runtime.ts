// The emulator's shared state: the call counter, fault injection, the clock, the accounts and the
// signed-in one, executions (for locks) and the Drive file table that spreadsheets, documents and
// files share.
//
// Every emulated Apps Script object is wrapped by `service()`: each public method call is counted
// as "Class.method", and a method the emulator lacks throws "not emulated: Class.method" instead of
// returning undefined. Emulator internals talk to each other through `_`-prefixed members, which
// are neither counted nor checked, so internal traffic never inflates the add-on's call count.

import { type FileRecord, canSee, isInside } from './drive-acl';
import { AccountBook, type Account, type AccountKind, type AccountOptions } from './accounts';

export interface CallSnapshot {
  total: number;
  byMethod: Record<string, number>;
}

export type { FileRecord } from './drive-acl';

/**
 * Switches that make the emulator behave the other way on a question no Google source settles
 * (this package's README, "Quirks", gives each one's sources). They combine. A check run on Google
 * decides each; the caller turns the ones Google showed into defaults through setQuirkDefaults
 * (index.ts): this repository's conformance suite does, from its results files.
 */
// biome-ignore format: a table laid out by hand, one entry per line
export const QUIRKS = {
  /** Range.setFormula parses formulas in the spreadsheet locale's syntax (";" in id_ID). */
  'formula-locale-separators': 'setFormula parses in the spreadsheet locale (id_ID: ";" between arguments)',
  /** WORKDAY and NETWORKDAYS inside ARRAYFORMULA take the first element of a range, not each row. */
  'scalar-workday': 'WORKDAY/NETWORKDAYS inside ARRAYFORMULA do not iterate (first element only)',
  /** The Drive API reaches only files made by Drive.Files.create of this app, or granted through a Picker. */
  'strict-drive-file': 'the Drive API refuses files it did not create (DocumentApp.create included) unless granted',
  /** LockService.getDocumentLock() returns null (as outside a container-bound context). */
  'no-document-lock': 'getDocumentLock() returns null',
  /** An add-on's time-driven trigger runs with no active document (services/clock.ts). */
  'clock-without-document': 'time-driven triggers run without their spreadsheet (no getActive(), no document properties)',
  /**
   * Sheet.insertRowsAfter gives the new rows the formats and data validation of the row above
   * (as the Sheets API's InsertDimensionRequest does with inheritFromBefore). The Apps Script
   * reference does not say; by default the emulator leaves the new rows bare.
   */
  'rows-inherit-format': 'insertRowsAfter copies the formats and validation of the row above into the new rows',
  /**
   * Paragraph.merge() on a section's last paragraph is refused, as removeFromParent() is ("Can't
   * remove the last paragraph in a document section."). The merge() reference says the element is
   * removed and says nothing of the last paragraph; by default the emulator merges it.
   */
  'no-merge-last-paragraph': 'Paragraph.merge() of a section\'s last paragraph throws, like removeFromParent()',
  /**
   * EmbeddedChart.getAs on the object EmbeddedChartBuilder.build() returned throws, even once the
   * chart is inserted: only charts read back with Sheet.getCharts() give pictures. No source says
   * either way (the EmbeddedChart reference lists getAs for every chart object and says of
   * getChartId only that a chart may be "not in a spreadsheet"); by default the emulator draws it.
   */
  'built-chart-no-picture': 'EmbeddedChart.getAs works only on charts from Sheet.getCharts(), not on the built object',
  /**
   * A folder picked in the Picker grants the app its contents too (files and subfolders, present
   * and future), not only the folder. Reports disagree (transloadit/uppy#6385: it does not; a
   * translated Stack Exchange answer: it does); by default a picked folder grants only itself.
   */
  'picker-folder-grants-children': 'a folder picked in the Picker grants the app the files inside it too',
  /**
   * Session.getActiveUser() is blank for a consumer account, or one outside the developer's
   * Workspace domain, in every execution ("If security policies do not allow access to the user's
   * identity, User.getEmail() returns a blank string"), not only in triggers and simple triggers.
   */
  'active-user-hidden': 'getActiveUser().getEmail() is blank for consumer and other-domain accounts everywhere',
  /**
   * Docs ignores ParagraphStyle.keepWithNext on paragraphs inside table cells, so a short table
   * whose rows keep with the next is not kept whole (rows still never split: preventOverflow).
   * keepWithNext is documented per paragraph, "if possible"; no page says whether it holds in a
   * cell. By default the emulator's PDF keeps such a table whole where it fits on a page.
   */
  'no-keep-in-cells': 'keepWithNext in table cells is ignored: short tables may split between rows',
  /**
   * getValues() of a date-formatted number no date can show (beyond 31/12/9999, NaN) gives the
   * plain number. No page says; the one public report (curvegrid/multibaas-for-google-sheets#15)
   * saw an invalid Date, the default (sheets/format.ts, FarDateAnswer).
   */
  'far-date-number': 'getValues() of a date-formatted number beyond 31/12/9999 gives the number, not an invalid Date',
  /** The same cell read as the text it shows (the number), as getDisplayValues() gives it. */
  'far-date-text': 'getValues() of a date-formatted number beyond 31/12/9999 gives the text the cell shows',
  /**
   * Drive refuses a Google Group's address shared as `type: 'user'` (it wants 'group'). No source
   * says (research/google.md §7, open); by default the emulator grants it like a person's.
   */
  'group-as-user-refused': "Drive.Permissions.create refuses a Google Group's address sent as type 'user'",
  /**
   * EmbeddedChart.getAs('image/png') of a chart on a hidden sheet throws (nothing is drawn while
   * hidden). The reference names no condition; by default the picture is made as on a visible
   * sheet (conformance check chart.getAs.hidden-sheet decides it).
   */
  'hidden-chart-no-picture': 'EmbeddedChart.getAs of a chart on a hidden sheet throws',
  /**
   * Body.getParagraphs() leaves out the paragraphs inside table cells. The reference says "all the
   * Paragraphs contained in the section (including ListItems)" and nothing of tables; by default
   * the emulator walks into them (conformance check docs.picture.placed decides it).
   */
  'paragraphs-without-cells': 'Body.getParagraphs() leaves out the paragraphs in table cells',
  /**
   * Drive's import of a .docx (Drive.Files.create with the Google Docs MIME type) drops a PAGE or
   * NUMPAGES field, keeping only its last shown text. Not documented; one public report
   * (PHPOffice/PHPWord#677) saw them kept, the default: AutoText PAGE_NUMBER in documents.get.
   */
  'docx-drops-page-number': 'Drive import of a .docx keeps a PAGE field only as its shown text, not as a page number',
} as const;

export type QuirkName = keyof typeof QUIRKS;

/** The quirk names, checked: an unknown name is an error that lists the known ones. */
export function quirkNames(names: Iterable<string>): QuirkName[] {
  const out: QuirkName[] = [];
  for (const n of names) {
    if (!(n in QUIRKS)) throw new Error(`unknown quirk "${n}": use ${Object.keys(QUIRKS).join(', ')}`);
    if (!out.includes(n as QuirkName)) out.push(n as QuirkName);
  }
  for (const group of EXCLUSIVE) {
    const on = group.filter((q) => out.includes(q));
    if (on.length > 1) throw new Error(`quirks ${on.join(' and ')} answer the same question: choose one`);
  }
  return out;
}

/** Quirks that are other answers to one question (never on together). */
export const EXCLUSIVE: QuirkName[][] = [['far-date-number', 'far-date-text']];

export interface RuntimeOptions {
  /**
   * The Advanced Drive service: on (default), not added to the project (the global `Drive` is
   * missing), or added but its API switched off in the Cloud project or by the domain's admin
   * (every call fails with Google's "Access Not Configured" answer).
   */
  driveService?: 'enabled' | 'missing' | 'not-configured';
  /** The advanced Docs service: on (default), or not added to the project (the global `Docs` is missing). */
  docsService?: 'enabled' | 'missing';
  /** Order of Sheet.getCharts(): as inserted (default), or reversed (undocumented either way). */
  chartOrder?: 'inserted' | 'reversed';
  /** Functions this Sheets lacks (e.g. MAP, LAMBDA before 2022): formulas using them show #NAME?. */
  unsupportedFunctions?: string[];
  /**
   * A MAP whose output has more rows than this fails as a whole, its cell showing #ERROR! and
   * nothing spilled: Sheets' calculation limit (about 2,000,000 function calls per formula cell,
   * community pages only: sheets.wiki/concept/Calculation-limits, docs.astral.cafe/calculation-limits;
   * no Google page gives it). Default: no limit.
   */
  mapRowLimit?: number;
  /** Quirks on for this emulator (on top of those a results file from Google made defaults). */
  quirks?: Iterable<string>;
  locale?: string;
  timeZone?: string;
  now?: Date | string;
  userEmail?: string;
  userLocale?: string;
  /** The accounts of the office, declared with their kind (others are made on first use). */
  accounts?: Array<AccountOptions | string>;
  /** The kind of an account not declared in `accounts` (default consumer). */
  accountKind?: AccountKind;
  /**
   * The add-on developer's Google Workspace domain: an active user of that domain is visible in
   * triggers too (Session reference). Default none: the developer is nobody's colleague.
   */
  developerDomain?: string;
  /**
   * Trigger runtime each counted call costs the trigger's owner, in ms (default 7: Google's
   * best-practices measurement of a per-cell call, as the README's estimate uses it).
   */
  triggerCallCostMs?: number;
}

/** How the running execution started: a person at the document, or an installable trigger as its owner. */
export type ExecutionKind = 'user' | 'trigger';

export const PROBE_NAMES = new Set([
  'then',
  'toJSON',
  'constructor',
  'asymmetricMatch',
  '$$typeof',
  'nodeType',
  'tagName',
  'inspect',
  'valueOf',
  'toString',
  'length',
  '@@__IMMUTABLE_ITERABLE__@@',
  '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction',
  'prototype',
  'hasOwnProperty',
]);

export class NotEmulatedError extends Error {
  constructor(what: string) {
    super(`not emulated: ${what}`);
    this.name = 'NotEmulatedError';
  }
}

let idCounter = 0;

export class Runtime {
  readonly byMethod = new Map<string, number>();
  total = 0;
  /** When set, the call with this 1-based number (counted from the last reset) throws. */
  failAtCall: number | null = null;
  /** Observers of every counted call (tests use this to interleave a second caller). */
  readonly callHooks: Array<(name: string, n: number) => void> = [];
  locale: string;
  timeZone: string;
  /** The effective user: the account the running code acts as (a trigger's owner in a trigger). */
  userEmail: string;
  userLocale: string;
  /** The office's accounts (accounts.ts): grants, My Drive, quotas, deleted or not. */
  readonly accounts: AccountBook;
  /** How the running execution started (Session.getActiveUser depends on it). */
  executionKind: ExecutionKind = 'user';
  readonly developerDomain: string | null;
  triggerCallCostMs: number;
  /**
   * Checks, before each counted call, that the signed-in account may make it (access.ts installs
   * it: viewing and editing a spreadsheet or document). Null: no checks.
   */
  accessGuard: ((className: string, method: string, target: object) => void) | null = null;
  private clock: Date;
  /** The running execution; locks belong to executions and are released when they end. */
  execution = 0;
  private executionSeq = 0;
  readonly files = new Map<string, FileRecord>();
  /** Set by the emulator's index: the Ui instance that SpreadsheetApp.getUi() returns. */
  ui: unknown = null;
  /** Set by the emulator's index: the spreadsheet SpreadsheetApp.getActive() returns. */
  activeSpreadsheet: unknown = null;
  /** Set by the emulator's index: the document DocumentApp.getActiveDocument() returns. */
  activeDocument: unknown = null;
  readonly endOfExecution: Array<(execution: number) => void> = [];
  /** The project's HTML files by name (without .html), for HtmlService.*FromFile. */
  readonly projectFiles = new Map<string, string>();
  /** Display names of the emulated Google accounts (Drive's About.user.displayName); default: the address's local part. */
  readonly displayNames = new Map<string, string>();
  readonly driveService: 'enabled' | 'missing' | 'not-configured';
  readonly docsService: 'enabled' | 'missing';
  chartOrder: 'inserted' | 'reversed';
  readonly unsupportedFunctions: Set<string>;
  /** See RuntimeOptions.mapRowLimit; settable, the world changing under a register. */
  mapRowLimit: number | null;
  /** The quirks this emulator runs with (see QUIRKS). */
  readonly quirks: Set<QuirkName>;
  /** Calls made while this is above 0 are neither counted nor faulted (emulator-internal work). */
  private quiet = 0;

  constructor(options: RuntimeOptions = {}) {
    this.locale = options.locale ?? 'id_ID';
    this.timeZone = options.timeZone ?? 'Asia/Jakarta';
    this.userEmail = options.userEmail ?? 'petugas@example.go.id';
    this.userLocale = options.userLocale ?? this.locale.split('_')[0];
    this.clock = options.now ? new Date(options.now) : new Date();
    this.quirks = new Set(quirkNames(options.quirks ?? []));
    this.driveService = options.driveService ?? 'enabled';
    this.docsService = options.docsService ?? 'enabled';
    this.chartOrder = options.chartOrder ?? 'inserted';
    this.unsupportedFunctions = new Set((options.unsupportedFunctions ?? []).map((f) => f.toUpperCase()));
    this.mapRowLimit = options.mapRowLimit ?? null;
    this.accounts = new AccountBook(options.accountKind ?? 'consumer');
    this.developerDomain = options.developerDomain ? options.developerDomain.toLowerCase() : null;
    this.triggerCallCostMs = options.triggerCallCostMs ?? 7;
    for (const a of options.accounts ?? []) this.addAccount(typeof a === 'string' ? { email: a } : a);
  }

  /** Declares an account of the office (its kind and display name). */
  addAccount(opts: AccountOptions): Account {
    const a = this.accounts.add(opts);
    if (opts.displayName) this.displayNames.set(a.email, opts.displayName);
    return a;
  }

  /** The account of an address (the signed-in one by default), made on first use. */
  account(email: string = this.userEmail): Account {
    return this.accounts.get(email);
  }

  /** The "My Drive" folder of an account (the signed-in one by default), made on first use. */
  rootOf(email: string = this.userEmail): string {
    const a = this.account(email);
    if (a.rootId && this.files.has(a.rootId)) return a.rootId;
    const now = this.now();
    const rec: FileRecord = {
      id: this.newId('root'),
      name: 'My Drive',
      mimeType: 'application/vnd.google-apps.folder',
      parents: [],
      owner: a.email,
      editors: new Set(),
      viewers: new Set(),
      commenters: new Set(),
      access: 'PRIVATE',
      permission: 'NONE',
      trashed: false,
      created: now,
      updated: now,
      description: '',
      isFolder: true,
    };
    this.files.set(rec.id, rec);
    a.rootId = rec.id;
    return rec.id;
  }

  /** The signed-in account's "My Drive" folder. */
  get rootFolderId(): string {
    return this.rootOf(this.userEmail);
  }

  /** Whether a file is some account's "My Drive" folder. */
  isRoot(id: string): boolean {
    return this.accounts.all().some((a) => a.rootId === id);
  }

  quirk(name: QuirkName): boolean {
    return this.quirks.has(name);
  }

  /** Runs emulator-internal work through public methods without counting it as the add-on's calls. */
  uncounted<T>(fn: () => T): T {
    this.quiet += 1;
    try {
      return fn();
    } finally {
      this.quiet -= 1;
    }
  }

  /**
   * A Picker grant: the person (the signed-in one by default) chose this file for the app, so
   * drive.file reaches it for them. A folder grants itself (and, under the quirk
   * `picker-folder-grants-children`, what is inside it). The person must be able to see the file
   * ("If you include the file ID of a file that the user doesn't have access to, the file is
   * excluded from the view", DocsView.setFileIds reference): otherwise the Picker offers nothing.
   */
  grantToApp(fileId: string, email: string = this.userEmail): void {
    const rec = this.files.get(fileId);
    if (!rec) throw new Error(`emulator: no file ${fileId} to grant`);
    if (!canSee(this.files, rec, email))
      throw new Error(`emulator: ${email} cannot see ${fileId}: the Picker would not offer it`);
    const a = this.account(email);
    a.grants.add(rec.id);
    if (rec.isFolder) a.pickedFolders.add(rec.id);
  }

  /** The app made this file for the person (Drive API create or copy): drive.file reaches it for them. */
  grantCreated(fileId: string, email: string = this.userEmail): void {
    this.account(email).grants.add(fileId);
  }

  /**
   * Whether the Drive API (under drive.file) may touch this file for the signed-in person: they can
   * see it in Drive, and the app holds a grant for them (they made it with the app or picked it, or
   * picked a folder above it under `picker-folder-grants-children`). Their own My Drive folder is
   * always reachable (a file made without parents lands there).
   */
  driveApiReaches(rec: FileRecord, email: string = this.userEmail): boolean {
    const a = this.account(email);
    if (a.rootId === rec.id) return true;
    if (!canSee(this.files, rec, email)) return false;
    if (a.grants.has(rec.id)) return true;
    if (this.quirk('picker-folder-grants-children')) {
      for (const f of a.pickedFolders) if (isInside(this.files, rec, f)) return true;
    }
    return false;
  }

  now(): Date {
    return new Date(this.clock.getTime());
  }

  displayName(email: string = this.userEmail): string {
    return this.displayNames.get(email) ?? email.split('@')[0];
  }

  /** Runs `fn` signed in as another Google account (a second officer), then signs the first back in. */
  asUser<T>(email: string, fn: () => T): T {
    const previous = this.userEmail;
    this.userEmail = email;
    try {
      return fn();
    } finally {
      this.userEmail = previous;
    }
  }

  /** Runs `fn` as an installable trigger of `owner` (the effective user; Session sees a trigger). */
  asTrigger<T>(owner: string, fn: () => T): T {
    const previous = this.executionKind;
    this.executionKind = 'trigger';
    try {
      return this.asUser(owner, fn);
    } finally {
      this.executionKind = previous;
    }
  }

  setNow(d: Date | string): void {
    this.clock = new Date(d);
  }

  /** Moves the emulated clock forward (LockService.waitLock, Utilities.sleep). */
  advance(ms: number): void {
    this.clock = new Date(this.clock.getTime() + ms);
  }

  count(name: string, target?: object, method?: string): void {
    if (this.quiet > 0) return;
    this.total += 1;
    this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
    for (const hook of this.callHooks) hook(name, this.total);
    if (this.failAtCall !== null && this.total === this.failAtCall) {
      throw new Error(`Service error: injected fault at call ${this.total} (${name})`);
    }
    if (this.accessGuard && target && method)
      this.accessGuard(name.slice(0, name.length - method.length - 1), method, target);
  }

  snapshot(): CallSnapshot {
    const byMethod: Record<string, number> = {};
    for (const k of [...this.byMethod.keys()].sort()) byMethod[k] = this.byMethod.get(k)!;
    return { total: this.total, byMethod };
  }

  resetCalls(): void {
    this.total = 0;
    this.byMethod.clear();
  }

  newId(prefix = 'id'): string {
    idCounter += 1;
    return `${prefix}${Date.now().toString(36)}${idCounter.toString(36).padStart(6, '0')}`;
  }

  /** Runs `fn` as one Apps Script execution: locks it still holds are released at the end. */
  runExecution<T>(fn: () => T): T {
    const previous = this.execution;
    this.executionSeq += 1;
    this.execution = this.executionSeq;
    const mine = this.execution;
    try {
      return fn();
    } finally {
      for (const end of this.endOfExecution) end(mine);
      this.execution = previous;
    }
  }
}

/** A new Drive file record in `rt.files`, in the root folder unless a parent is given. */
export function newFileRecord(rt: Runtime, name: string, mimeType: string, parentId?: string, id?: string): FileRecord {
  const now = rt.now();
  const rec: FileRecord = {
    id: id ?? rt.newId('1'),
    name,
    mimeType,
    parents: parentId ? [parentId] : [rt.rootFolderId],
    owner: rt.userEmail,
    editors: new Set(),
    viewers: new Set(),
    commenters: new Set(),
    access: 'PRIVATE',
    permission: 'NONE',
    trashed: false,
    created: now,
    updated: now,
    description: '',
    isFolder: mimeType === 'application/vnd.google-apps.folder',
  };
  rt.files.set(rec.id, rec);
  return rec;
}

/**
 * Where a target keeps its proxy: a non-enumerable symbol property rather than a WeakMap, since
 * V8 frees WeakMap entries (ephemerons) only in a full collection, so a loop making millions of
 * short-lived Ranges (the bench's naive baseline) grew the heap by gigabytes of garbage.
 */
const PROXY = Symbol('emulator.proxy');

/**
 * Wraps an emulated object so that each public method call is counted as `className.method`
 * and unknown members throw "not emulated". Returns the same proxy for the same target.
 * Call it as the last line of a constructor: `return service(rt, 'Range', this)`.
 */
export function service<T extends object>(rt: Runtime, className: string, target: T): T {
  const existing = (target as { [PROXY]?: T })[PROXY];
  if (existing) return existing;
  const methodCache = new Map<PropertyKey, unknown>();
  const proxy: T = new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol') return Reflect.get(obj, prop, receiver);
      if (prop.startsWith('_')) return Reflect.get(obj, prop, receiver);
      if (prop in obj) {
        const value = Reflect.get(obj, prop, obj);
        if (typeof value !== 'function') return value;
        let wrapped = methodCache.get(prop);
        if (!wrapped) {
          const name = `${className}.${prop}`;
          wrapped = function countedCall(this: unknown, ...args: unknown[]) {
            rt.count(name, obj, prop);
            const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
            return result === obj ? proxy : result;
          };
          methodCache.set(prop, wrapped);
        }
        return wrapped;
      }
      if (PROBE_NAMES.has(prop)) return undefined;
      return function notEmulated() {
        throw new NotEmulatedError(`${className}.${prop}`);
      };
    },
  });
  Object.defineProperty(target, PROXY, { value: proxy });
  return proxy;
}

/** Cross-realm checks: the bundle runs in a vm context, so `instanceof Date` is unreliable. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
