// Protected ranges and sheets. Scripts run as the user, so the emulator enforces protections only
// where Sheets' UI would: on what a person types (_typeValue), unless the protection only warns.
import { type Runtime, service } from '../runtime';
import { contains, intersects, type Rect } from './a1';
import { ProtectionType, type EnumValue } from './enums';
import type { Anchor, ProtectionModel, SheetModel } from './model';

export class User {
  constructor(
    _rt: Runtime,
    readonly _email: string,
  ) {
    return service(_rt, 'User', this);
  }
  getEmail(): string {
    return this._email;
  }
  getUsername(): string {
    return this._email.split('@')[0];
  }
  toString(): string {
    return this._email;
  }
}

function emailOf(u: unknown): string {
  if (typeof u === 'string') return u.trim().toLowerCase();
  const x = u as { getEmail?: () => string };
  if (x && typeof x.getEmail === 'function') return x.getEmail().trim().toLowerCase();
  throw new Error('Invalid argument: user');
}

export class Protection implements ProtectionModel {
  _description = '';
  _warningOnly = false;
  _editors = new Set<string>();
  _unprotected: Anchor[] = [];
  _removed = false;
  _domainEdit = false;

  readonly _sheet: SheetModel;
  constructor(
    private _rt: Runtime,
    sheet: SheetModel,
    readonly _type: 'RANGE' | 'SHEET',
    readonly _anchor: Anchor | null,
  ) {
    this._sheet = sheet._self;
    const owner = sheet._ss._owner();
    this._editors.add(owner.toLowerCase());
    this._editors.add(_rt.userEmail.toLowerCase());
    return service(_rt, 'Protection', this);
  }

  /**
   * Whether this protection keeps `email` out of any cell of `rect` on `sheet` (Range.canEdit):
   * a live range protection over any of its cells, or a sheet protection whose unprotected ranges
   * do not hold it whole. A warning-only protection keeps nobody out; its editors are let in.
   */
  _keepsOut(sheet: unknown, rect: Rect, email: string): boolean {
    if (this._sheet !== sheet || this._removed || this._warningOnly || this._editors.has(email.toLowerCase()))
      return false;
    if (this._anchor) return !this._anchor.deleted && intersects(this._anchor.rect, rect);
    const holds = (a: Rect) => contains(a, rect.r1, rect.c1) && contains(a, rect.r2, rect.c2);
    return !this._unprotected.some((a) => !a.deleted && holds(a.rect));
  }

  getProtectionType(): EnumValue {
    return ProtectionType[this._type];
  }
  getDescription(): string {
    return this._description;
  }
  setDescription(d: string): this {
    this._description = String(d);
    return this;
  }
  isWarningOnly(): boolean {
    return this._warningOnly;
  }
  setWarningOnly(w: boolean): this {
    this._warningOnly = !!w;
    return this;
  }
  addEditor(u: unknown): this {
    this._editors.add(emailOf(u));
    return this;
  }
  addEditors(us: unknown[]): this {
    for (const u of us) this._editors.add(emailOf(u));
    return this;
  }
  removeEditor(u: unknown): this {
    const e = emailOf(u);
    if (e !== this._sheet._ss._owner().toLowerCase()) this._editors.delete(e);
    return this;
  }
  removeEditors(us: unknown[]): this {
    for (const u of us) this.removeEditor(u);
    return this;
  }
  getEditors(): User[] {
    return [...this._editors].map((e) => new User(this._rt, e));
  }
  canEdit(): boolean {
    return this._editors.has(this._rt.userEmail.toLowerCase());
  }
  setDomainEdit(v: boolean): this {
    this._domainEdit = !!v;
    return this;
  }
  canDomainEdit(): boolean {
    return this._domainEdit;
  }
  remove(): void {
    this._removed = true;
    this._sheet._ss._protections = this._sheet._ss._protections.filter((p) => !p._removed);
  }
  getRange(): unknown {
    if (this._anchor) return this._sheet._rangeOf(this._anchor.rect);
    return this._sheet._rangeOf({ r1: 1, c1: 1, r2: this._sheet._maxRows, c2: this._sheet._maxCols });
  }
  setRange(range: { _rect: () => Rect }): this {
    if (this._anchor) this._anchor.rect = range._rect();
    return this;
  }
  setUnprotectedRanges(ranges: Array<{ _rect: () => Rect; _sheetImpl: () => SheetModel }>): this {
    if (this._type !== 'SHEET') throw new Error('Unprotected ranges can only be set on a sheet protection.');
    this._unprotected = ranges.map((r) => this._sheet._ss._anchor(r._sheetImpl(), r._rect()));
    return this;
  }
  getUnprotectedRanges(): unknown[] {
    return this._unprotected.filter((a) => !a.deleted).map((a) => this._sheet._rangeOf(a.rect));
  }
  isProtected(): boolean {
    return !this._removed;
  }

  /** Whether this protection stops `email` from typing into (row, col). */
  _blocks(email: string, row: number, col: number): boolean {
    if (this._removed || this._warningOnly || this._editors.has(email.toLowerCase())) return false;
    if (this._anchor) return !this._anchor.deleted && contains(this._anchor.rect, row, col);
    return !this._unprotected.some((a) => !a.deleted && contains(a.rect, row, col));
  }

  _covers(row: number, col: number): boolean {
    if (this._removed) return false;
    if (this._anchor) return !this._anchor.deleted && contains(this._anchor.rect, row, col);
    return !this._unprotected.some((a) => !a.deleted && contains(a.rect, row, col));
  }
}
