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
  /** Stored bytes for plain files. */
  bytes?: Buffer;
  /** For Google-native files (Docs, Sheets): the emulated object behind the file. */
  native?: unknown;
  /** Renders a Google-native file as a blob of the given MIME type (Docs → PDF, …). */
  render?: (mimeType: string) => { bytes: Buffer; contentType: string; name: string };
}

export interface RuntimeOptions {
  locale?: string;
  timeZone?: string;
  now?: Date | string;
  userEmail?: string;
  userLocale?: string;
}

export const PROBE_NAMES = new Set([
  'then', 'toJSON', 'constructor', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName',
  'inspect', 'valueOf', 'toString', 'length', '@@__IMMUTABLE_ITERABLE__@@', '@@__IMMUTABLE_RECORD__@@',
  '_isMockFunction', 'prototype', 'hasOwnProperty',
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

  constructor(options: RuntimeOptions = {}) {
    this.locale = options.locale ?? 'id_ID';
    this.timeZone = options.timeZone ?? 'Asia/Jakarta';
    this.userEmail = options.userEmail ?? 'petugas@example.go.id';
    this.userLocale = options.userLocale ?? this.locale.split('_')[0];
    this.clock = options.now ? new Date(options.now) : new Date();
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
