// The emulator's shared state: the call counter, fault injection, the clock, the signed-in user,
// executions (for locks) and the Drive file table that spreadsheets, documents and files share.
//
// Every emulated Apps Script object is wrapped by `service()`: each public method call is counted
// as "Class.method", and a method the emulator lacks throws "not emulated: Class.method" instead of
// returning undefined. Emulator internals talk to each other through `_`-prefixed members, which
// are neither counted nor checked, so internal traffic never inflates the add-on's call count.

export interface CallSnapshot {
  total: number;
  byMethod: Record<string, number>;
}

/** A file in the emulated Drive (spreadsheet, document, PDF, JSON, folder …). */
export interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  editors: Set<string>;
  viewers: Set<string>;
  commenters: Set<string>;
  access: string; // DriveApp.Access name: PRIVATE, DOMAIN, ANYONE, ANYONE_WITH_LINK …
  permission: string; // DriveApp.Permission name: VIEW, EDIT, COMMENT, NONE
  trashed: boolean;
  created: Date;
  updated: Date;
  description: string;
  isFolder: boolean;
  /**
   * Made through the Advanced Drive service's Files.create (by the one app the emulator runs), or
   * granted to it by the user through a Picker: under the `strict-drive-file` quirk the Drive API
   * reaches only such files.
   */
  viaDriveApi?: boolean;
  grantedToApp?: boolean;
  /** Stored bytes for plain files. */
  bytes?: Buffer;
  /** For Google-native files (Docs, Sheets): the emulated object behind the file. */
  native?: unknown;
  /** Renders a Google-native file as a blob of the given MIME type (Docs → PDF, …). */
  render?: (mimeType: string) => { bytes: Buffer; contentType: string; name: string };
}

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
  /** Quirks on for this emulator (on top of those a results file from Google made defaults). */
  quirks?: Iterable<string>;
  locale?: string;
  timeZone?: string;
  now?: Date | string;
  userEmail?: string;
  userLocale?: string;
}

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
  userEmail: string;
  userLocale: string;
  private clock: Date;
  /** The running execution; locks belong to executions and are released when they end. */
  execution = 0;
  private executionSeq = 0;
  readonly files = new Map<string, FileRecord>();
  rootFolderId = '';
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

  /** A Picker grant: the user chose this file for the app, so drive.file reaches it. */
  grantToApp(fileId: string): void {
    const rec = this.files.get(fileId);
    if (!rec) throw new Error(`emulator: no file ${fileId} to grant`);
    rec.grantedToApp = true;
  }

  /** Whether the Drive API may touch this file (always, unless the `strict-drive-file` quirk is on). */
  driveApiReaches(rec: FileRecord): boolean {
    return !this.quirk('strict-drive-file') || !!rec.viaDriveApi || !!rec.grantedToApp || rec.id === this.rootFolderId;
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

  setNow(d: Date | string): void {
    this.clock = new Date(d);
  }

  /** Moves the emulated clock forward (LockService.waitLock, Utilities.sleep). */
  advance(ms: number): void {
    this.clock = new Date(this.clock.getTime() + ms);
  }

  count(name: string): void {
    if (this.quiet > 0) return;
    this.total += 1;
    this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
    for (const hook of this.callHooks) hook(name, this.total);
    if (this.failAtCall !== null && this.total === this.failAtCall) {
      throw new Error(`Service error: injected fault at call ${this.total} (${name})`);
    }
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
    parents: parentId ? [parentId] : rt.rootFolderId ? [rt.rootFolderId] : [],
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

const proxies = new WeakMap<object, object>();

/**
 * Wraps an emulated object so that each public method call is counted as `className.method`
 * and unknown members throw "not emulated". Returns the same proxy for the same target.
 * Call it as the last line of a constructor: `return service(rt, 'Range', this)`.
 */
export function service<T extends object>(rt: Runtime, className: string, target: T): T {
  const existing = proxies.get(target);
  if (existing) return existing as T;
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
            rt.count(name);
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
  proxies.set(target, proxy);
  return proxy;
}

/** Cross-realm checks: the bundle runs in a vm context, so `instanceof Date` is unreliable. */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
