// PropertiesService (document / user / script stores, strings only, Apps Script's size limits)
// and CacheService (string values with an expiry on the emulated clock).
import { type Runtime, service } from '../runtime';
import { gasError } from './common';
import { NO_ACCESS, canOpen } from './access';

/** The key a container's stores are kept under: its Drive file ID (a spreadsheet or a document). */
export function containerKey(container: object): string {
  const c = container as { _id?: unknown; _m?: { id?: unknown } };
  if (typeof c._id === 'string') return c._id;
  if (c._m && typeof c._m.id === 'string') return c._m.id;
  let k = anonymous.get(container);
  if (!k) anonymous.set(container, (k = `container-${anonymous_seq++}`));
  return k;
}
const anonymous = new WeakMap<object, string>();
let anonymous_seq = 0;

const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

function size(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

export class Properties {
  constructor(
    _rt: Runtime,
    readonly _store: Map<string, string>,
  ) {
    return service(_rt, 'Properties', this);
  }
  getProperty(key: string): string | null {
    return this._store.get(String(key)) ?? null;
  }
  setProperty(key: string, value: unknown): any {
    this._set({ [String(key)]: value });
    return this;
  }
  getProperties(): Record<string, string> {
    return Object.fromEntries(this._store);
  }
  setProperties(properties: Record<string, unknown>, deleteAllOthers?: boolean): any {
    if (properties == null || typeof properties !== 'object') throw gasError('Invalid argument: properties');
    if (deleteAllOthers) this._store.clear();
    this._set(properties);
    return this;
  }
  deleteProperty(key: string): any {
    this._store.delete(String(key));
    return this;
  }
  deleteAllProperties(): any {
    this._store.clear();
    return this;
  }
  getKeys(): string[] {
    return [...this._store.keys()];
  }
  _set(entries: Record<string, unknown>): void {
    const next = new Map(this._store);
    for (const [k, v] of Object.entries(entries)) {
      if (k === '') throw gasError('Invalid argument: key');
      const s = String(v);
      if (size(s) > MAX_VALUE_BYTES) throw gasError('Argument too large: value');
      next.set(k, s);
    }
    let total = 0;
    for (const [k, v] of next) total += size(k) + size(v);
    if (total > MAX_STORE_BYTES) {
      throw gasError('You have exceeded the property storage quota. Please remove some properties and try again.');
    }
    this._store.clear();
    for (const [k, v] of next) this._store.set(k, v);
  }
}

export class PropertiesService {
  readonly _script = new Map<string, string>();
  /** Per account (Properties reference: user properties are "specific to the current user of a script"). */
  readonly _user = new Map<string, Map<string, string>>();
  /** Per container, by its Drive file ID (shared by everyone who opens it). */
  readonly _document = new Map<string, Map<string, string>>();

  constructor(readonly _rt: Runtime) {
    return service(_rt, 'PropertiesService', this);
  }
  getScriptProperties(): any {
    return new Properties(this._rt, this._script);
  }
  getUserProperties(): any {
    let m = this._user.get(this._rt.userEmail);
    if (!m) this._user.set(this._rt.userEmail, (m = new Map()));
    return new Properties(this._rt, m);
  }
  /** Per container (the active spreadsheet); null outside one, like a standalone script. */
  getDocumentProperties(): any {
    const container = this._rt.activeSpreadsheet ?? this._rt.activeDocument;
    if (!container || typeof container !== 'object') return null;
    // Someone who lost access to the document (a trigger's owner) reaches none of its stores.
    if (!canOpen(this._rt, container)) throw gasError(NO_ACCESS);
    const key = containerKey(container);
    let m = this._document.get(key);
    if (!m) this._document.set(key, (m = new Map()));
    return new Properties(this._rt, m);
  }
}

interface CacheEntry {
  value: string;
  expires: number;
}

export class Cache {
  constructor(
    private readonly _rt: Runtime,
    readonly _map: Map<string, CacheEntry>,
  ) {
    return service(_rt, 'Cache', this);
  }
  get(key: string): string | null {
    return this._get(String(key));
  }
  getAll(keys: string[]): Record<string, string> {
    if (!Array.isArray(keys)) throw gasError('Invalid argument: keys');
    const out: Record<string, string> = {};
    for (const k of keys) {
      const v = this._get(String(k));
      if (v !== null) out[String(k)] = v;
    }
    return out;
  }
  put(key: string, value: unknown, expirationInSeconds?: number): void {
    this._put(String(key), value, expirationInSeconds);
  }
  putAll(values: Record<string, unknown>, expirationInSeconds?: number): void {
    for (const [k, v] of Object.entries(values ?? {})) this._put(k, v, expirationInSeconds);
  }
  remove(key: string): void {
    this._map.delete(String(key));
  }
  removeAll(keys: string[]): void {
    for (const k of keys) this._map.delete(String(k));
  }
  _get(key: string): string | null {
    const e = this._map.get(key);
    if (!e) return null;
    if (e.expires <= this._rt.now().getTime()) {
      this._map.delete(key);
      return null;
    }
    return e.value;
  }
  _put(key: string, value: unknown, expirationInSeconds?: number): void {
    if (key.length > 250) throw gasError('Argument too large: key');
    const s = String(value);
    if (size(s) > 100 * 1024) throw gasError('Argument too large: value');
    const ttl = Math.min(expirationInSeconds == null ? 600 : Number(expirationInSeconds), 21600);
    if (!(ttl >= 1)) throw gasError('Invalid argument: expirationInSeconds');
    this._map.set(key, { value: s, expires: this._rt.now().getTime() + ttl * 1000 });
  }
}

export class CacheService {
  readonly _script = new Map<string, CacheEntry>();
  readonly _user = new Map<string, Map<string, CacheEntry>>();
  readonly _document = new Map<string, Map<string, CacheEntry>>();

  constructor(readonly _rt: Runtime) {
    return service(_rt, 'CacheService', this);
  }
  getScriptCache(): any {
    return new Cache(this._rt, this._script);
  }
  getUserCache(): any {
    let m = this._user.get(this._rt.userEmail);
    if (!m) this._user.set(this._rt.userEmail, (m = new Map()));
    return new Cache(this._rt, m);
  }
  getDocumentCache(): any {
    const container = this._rt.activeSpreadsheet ?? this._rt.activeDocument;
    if (!container || typeof container !== 'object') return null;
    const key = containerKey(container);
    let m = this._document.get(key);
    if (!m) this._document.set(key, (m = new Map()));
    return new Cache(this._rt, m);
  }
}
