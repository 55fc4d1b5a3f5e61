// Shared pieces of the emulated services: Apps Script enums, errors that read like Apps Script's,
// the iterators DriveApp hands out, e-mail validation and the User object.
import { type Runtime, service } from '../runtime';

/** One value of an Apps Script enum: prints as its name, like the real ones do. */
export class EnumValue {
  constructor(
    readonly _enum: string,
    readonly _name: string,
    readonly _ordinal: number,
  ) {}
  name(): string {
    return this._name;
  }
  ordinal(): number {
    return this._ordinal;
  }
  toString(): string {
    return this._name;
  }
  toJSON(): string {
    return this._name;
  }
}

export type Enum = Record<string, EnumValue>;

/** Builds a frozen enum object; an unknown member reads as undefined like in Apps Script. */
export function makeEnum(enumName: string, names: string[]): Enum {
  const out: Enum = {};
  names.forEach((n, i) => {
    out[n] = new EnumValue(enumName, n, i);
  });
  return Object.freeze(out);
}

/**
 * Resolves an enum argument to its name. Accepts the enum value itself or its name as a string
 * (the add-on may store names in settings); anything else is refused like Apps Script refuses it.
 */
export function enumName(e: Enum, value: unknown, what: string): string {
  const name = value == null ? '' : String(value);
  if (!Object.prototype.hasOwnProperty.call(e, name)) {
    throw gasError(`Invalid argument: ${what}`);
  }
  return name;
}

/**
 * Errors thrown by Apps Script services are `Exception`s: `String(e)` reads "Exception: message".
 * The bundle runs in another realm, so its `instanceof Error` is false for these: same as any
 * host error there, and the add-on should only rely on `e.message`.
 */
export function gasError(message: string): Error {
  const e = new Error(message);
  e.name = 'Exception';
  return e;
}

const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isEmail(s: unknown): boolean {
  return typeof s === 'string' && EMAIL.test(s.trim());
}

/** Splits a comma-separated recipient list the way MailApp reads it. */
export function splitAddresses(list: unknown): string[] {
  if (list == null) return [];
  return String(list)
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** A Google account as Session and DriveApp describe it. */
export class User {
  constructor(
    _rt: Runtime,
    private readonly _email: string,
  ) {
    return service(_rt, 'User', this);
  }
  getEmail(): string {
    return this._email;
  }
  getName(): string {
    return this._email.split('@')[0];
  }
  getUsername(): string {
    return this._email.split('@')[0];
  }
  getDomain(): string {
    return this._email.split('@')[1] ?? '';
  }
  getPhotoUrl(): string {
    return '';
  }
}

/** DriveApp's FileIterator / FolderIterator over a snapshot of items. */
export class DriveIterator<T> {
  private _pos = 0;
  constructor(
    _rt: Runtime,
    className: string,
    private readonly _items: T[],
  ) {
    return service(_rt, className, this);
  }
  hasNext(): boolean {
    return this._pos < this._items.length;
  }
  next(): T {
    if (this._pos >= this._items.length) {
      throw gasError('Cannot retrieve the next object: iterator has reached the end.');
    }
    return this._items[this._pos++];
  }
  getContinuationToken(): string {
    return Buffer.from(String(this._pos)).toString('base64');
  }
  /** Emulator-only: the remaining items without counting calls. */
  _rest(): T[] {
    return this._items.slice(this._pos);
  }
}
