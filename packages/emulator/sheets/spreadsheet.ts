// Spreadsheet: its sheets, named ranges, protections, locale and time zone, its Drive file record,
// and the lazy formula engine shared by its sheets.
import { type Runtime, service, type FileRecord, newFileRecord } from '../runtime';
import { type Rect, parseA1, shiftRect, splitSheet } from './a1';
import { FormulaEngine } from './engine';
import { dropSheetInFormula, renameSheetInFormula, shiftFormula } from './formula';
import { localeInfo, type LocaleInfo } from './format';
import { type Protection, User } from './protection';
import type { Range } from './range';
import { SheetImpl } from './sheet';
import { DEFAULT_COLS, DEFAULT_ROWS } from './sheet-store';
import { enumName } from './enums';
import type { Anchor, NamedRangeModel, RangeModel, SheetModel, SpreadsheetModel } from './model';

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';

export class NamedRange implements NamedRangeModel {
  constructor(
    readonly _rt: Runtime,
    readonly _ss: SpreadsheetImpl,
    public _name: string,
    readonly _anchor: Anchor,
  ) {
    return service(_rt, 'NamedRange', this);
  }
  getName(): string {
    return this._name;
  }
  setName(name: string): this {
    this._ss._renameNamedRange(this._name, name);
    return this;
  }
  getRange(): RangeModel {
    return this._anchor.sheet._rangeOf(this._anchor.rect);
  }
  setRange(range: Range): this {
    this._anchor.sheet = range._sheetImpl();
    this._anchor.rect = range._rect();
    this._ss._engine.markDirty();
    return this;
  }
  remove(): void {
    this._ss._namedRanges.delete(this._name.toLowerCase());
    this._ss._engine.markDirty();
  }
}

function validRangeName(name: string): boolean {
  return (
    /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C\d*$/i.test(name) &&
    !/^(true|false)$/i.test(name) &&
    name.length <= 250
  );
}

export class SpreadsheetImpl implements SpreadsheetModel {
  _self!: SpreadsheetImpl;
  _raw: SpreadsheetImpl;
  readonly _id: string;
  readonly _file: FileRecord;
  _locale: string;
  _tz: string;
  _sheets: SheetImpl[] = [];
  /** Set by the sheets and ranges of this spreadsheet (activate), so a SheetModel: one of _sheets. */
  _activeSheet: SheetModel | null = null;
  _activeRange: RangeModel | null = null;
  readonly _namedRanges = new Map<string, NamedRange>();
  readonly _toasts: Array<{ message: string; title: string; timeoutSeconds: number | null }> = [];
  readonly _engine: FormulaEngine;
  _protections: Protection[] = [];
  readonly _anchors = new Set<Anchor>();
  readonly _protectionWarnings: Array<{ sheet: string; a1: string; description: string }> = [];
  private _sheetSeq = 0;
  private _chartSeq = 0;

  constructor(
    readonly _rt: Runtime,
    name: string,
    opts: { locale?: string; timeZone?: string; rows?: number; cols?: number; noSheet?: boolean; id?: string } = {},
  ) {
    this._id = opts.id ?? _rt.newId('ss');
    this._locale = opts.locale ?? _rt.locale;
    this._tz = opts.timeZone ?? _rt.timeZone;
    this._raw = this;
    this._engine = new FormulaEngine(this);
    this._file = newFileRecord(_rt, String(name), SPREADSHEET_MIME, undefined, this._id);
    const proxy = service(_rt, 'Spreadsheet', this);
    this._self = proxy;
    this._file.native = proxy;
    if (!opts.noSheet) this._addSheet('Sheet1', 0, opts.rows ?? DEFAULT_ROWS, opts.cols ?? DEFAULT_COLS);
    this._activeSheet = this._sheets[0] ?? null;
    return proxy;
  }

  // Internals ---------------------------------------------------------------------------------
  _impl(): SpreadsheetImpl {
    return this._self;
  }
  _sheetImpls(): SheetImpl[] {
    return this._sheets;
  }
  _localeInfo(): LocaleInfo {
    return localeInfo(this._locale);
  }
  _owner(): string {
    return this._file.owner;
  }
  _touchFile(): void {
    this._file.updated = this._rt.now();
  }
  _nextChartId(): number {
    this._chartSeq += 1;
    return this._chartSeq * 1000 + Math.floor(Math.random() * 1000);
  }
  _anchor(sheet: SheetModel, rect: Rect): Anchor {
    const a: Anchor = { sheet: sheet._self, rect: { ...rect } };
    this._anchors.add(a);
    return a;
  }
  _uniqueName(base: string): string {
    let name = base;
    for (let i = 2; this._findSheet(name); i++) name = `${base} ${i}`;
    return name;
  }
  /** Uncounted lookup for emulator tooling (the CLI, tests). */
  _sheetByName(name: string): SheetImpl | null {
    return this._findSheet(name);
  }
  _findSheet(name: string): SheetImpl | null {
    const lower = name.toLowerCase();
    return this._sheets.find((s) => s._name.toLowerCase() === lower) ?? null;
  }
  _addSheet(name: string, index: number, rows = DEFAULT_ROWS, cols = DEFAULT_COLS): SheetImpl {
    if (!name.trim()) throw new Error('Sheet name cannot be empty.');
    if (this._findSheet(name))
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this._sheetSeq += 1;
    const id = this._sheetSeq === 1 ? 0 : 100000000 + this._sheetSeq * 7919;
    const sheet = new SheetImpl(this._rt, this._self ?? this, name, id, rows, cols);
    this._sheets.splice(Math.max(0, Math.min(index, this._sheets.length)), 0, sheet);
    this._engine.markDirty();
    this._touchFile();
    return sheet;
  }
  _renameSheet(sheet: SheetModel, name: string): void {
    if (!name.trim()) throw new Error('Sheet name cannot be empty.');
    const other = this._findSheet(name);
    if (other && other !== sheet._self)
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    const old = sheet._name;
    if (old === name) return;
    for (const s of this._sheets) {
      let changed = false;
      s._formulas.forEach((f, r, c) => {
        const n = renameSheetInFormula(f, old, name);
        if (n !== f) {
          s._formulas.set(r, c, n);
          changed = true;
        }
      });
      if (changed) s._formulasChanged();
    }
    sheet._name = name;
    this._engine.markDirty();
  }
  _shiftEverywhere(sheet: SheetModel, dim: 'row' | 'col', at: number, n: number): void {
    for (const a of this._anchors) {
      if (a.sheet !== sheet._self || a.deleted) continue;
      const moved = shiftRect(a.rect, dim, at, n);
      if (moved) a.rect = moved;
      else a.deleted = true;
    }
    for (const s of this._sheets) {
      let changed = false;
      s._formulas.forEach((f, r, c) => {
        const nf = shiftFormula(f, s._name, sheet._name, dim, at, n);
        if (nf !== f) {
          s._formulas.set(r, c, nf);
          changed = true;
        }
      });
      if (changed) s._formulasChanged();
    }
  }
  _namedRangeList(): Array<{ name: string; sheet: SheetModel; rect: Rect }> {
    return [...this._namedRanges.values()]
      .filter((n) => !n._anchor.deleted)
      .map((n) => ({ name: n._name, sheet: n._anchor.sheet, rect: n._anchor.rect }));
  }
  _namedRangeObjects(): NamedRange[] {
    return [...this._namedRanges.values()].filter((n) => !n._anchor.deleted);
  }
  _renameNamedRange(from: string, to: string): void {
    if (!validRangeName(to)) throw new Error('Named range name is invalid.');
    const nr = this._namedRanges.get(from.toLowerCase());
    if (!nr) return;
    if (this._namedRanges.has(to.toLowerCase()) && to.toLowerCase() !== from.toLowerCase())
      throw new Error('A named range with this name already exists.');
    this._namedRanges.delete(from.toLowerCase());
    nr._name = to;
    this._namedRanges.set(to.toLowerCase(), nr);
    this._engine.markDirty();
  }
  _sheetFor(a1: string): { sheet: SheetImpl; ref: string } {
    const { sheet, ref } = splitSheet(a1);
    const target = sheet !== null ? this._findSheet(sheet) : this._active();
    if (!target) throw new Error('Range not found');
    return { sheet: target, ref };
  }
  _active(): SheetImpl {
    const active = this._sheets.find((s) => s === this._activeSheet);
    if (active) return active;
    this._activeSheet = this._sheets[0];
    return this._sheets[0];
  }
  /** Emulator only: a person types into 'Sheet!A1' (see Sheet._typeValue). */
  _typeValue(a1: string, value: unknown): void {
    const { sheet, ref } = this._sheetFor(a1);
    sheet._typeValue(ref, value);
  }
  _typeFormula(a1: string, text: string): void {
    const { sheet, ref } = this._sheetFor(a1);
    sheet._typeFormula(ref, text);
  }
  _invalidCells(): Array<{ sheet: string; a1: string; value: unknown; helpText: string | null }> {
    return this._sheets.flatMap((s) => s._invalidCells().map((c) => ({ sheet: s._name, ...c })));
  }

  // Apps Script Spreadsheet ---------------------------------------------------------------------
  getId(): string {
    return this._id;
  }
  getName(): string {
    return this._file.name;
  }
  rename(name: string): void {
    this._file.name = String(name);
    this._touchFile();
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this._id}/edit`;
  }
  getLocale(): string {
    return this._locale;
  }
  getSpreadsheetLocale(): string {
    return this._locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this._locale = String(locale);
    this._engine.markDirty();
  }
  getSpreadsheetTimeZone(): string {
    return this._tz;
  }
  setSpreadsheetTimeZone(tz: string): void {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: tz });
    } catch {
      throw new Error(`Invalid argument: timeZone (${tz})`);
    }
    this._tz = String(tz);
    this._engine.markDirty();
  }
  getSheets(): SheetImpl[] {
    return [...this._sheets];
  }
  /** A linked form's URL or null; with several linked forms Google says which is "indeterminate": here the first sheet's. */
  getFormUrl(): string | null {
    return this._sheets.find((s) => s._formUrl)?._formUrl ?? null;
  }
  getNumSheets(): number {
    return this._sheets.length;
  }
  getSheetByName(name: string): SheetImpl | null {
    return this._findSheet(String(name));
  }
  getSheetById(id: number): SheetImpl | null {
    return this._sheets.find((s) => s._id === id) ?? null;
  }
  insertSheet(a?: unknown, b?: unknown, c?: unknown): SheetImpl {
    let name: string | null = null;
    let index = this._sheets.length;
    let options: { template?: SheetImpl } | null = null;
    for (const arg of [a, b, c]) {
      if (typeof arg === 'string') name = arg;
      else if (typeof arg === 'number') index = arg;
      else if (arg && typeof arg === 'object') options = arg as { template?: SheetImpl };
    }
    if (name === null) name = this._uniqueName(`Sheet${this._sheets.length + 1}`);
    const sheet = this._addSheet(name, index);
    if (options?.template) {
      const t = options.template;
      t._values.forEach((v, r, cc) => sheet._values.set(r, cc, v));
      t._formulas.forEach((f, r, cc) => sheet._formulas.set(r, cc, f));
      for (const [p, g] of t._props) g.forEach((v, r, cc) => sheet._prop(p).set(r, cc, v));
      sheet._maxRows = t._maxRows;
      sheet._maxCols = t._maxCols;
      sheet._formulasChanged();
    }
    this._activeSheet = sheet;
    return sheet;
  }
  deleteSheet(sheet: SheetModel): void {
    const target = sheet?._self;
    const i = this._sheets.indexOf(target as SheetImpl);
    if (i < 0) throw new Error('Invalid argument: sheet');
    if (this._sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this._sheets.splice(i, 1);
    for (const a of this._anchors) if (a.sheet === target) a.deleted = true;
    for (const [k, nr] of this._namedRanges) if (nr._anchor.sheet === target) this._namedRanges.delete(k);
    this._protections = this._protections.filter((p) => p._sheet !== target);
    for (const s of this._sheets) {
      let changed = false;
      s._formulas.forEach((f, r, c) => {
        const nf = dropSheetInFormula(f, target._name);
        if (nf !== f) {
          s._formulas.set(r, c, nf);
          changed = true;
        }
      });
      if (changed) s._formulasChanged();
    }
    if (this._activeSheet === target) this._activeSheet = this._sheets[Math.max(0, i - 1)];
    this._engine.markDirty();
    this._touchFile();
  }
  setActiveSheet(sheet: SheetModel): SheetModel {
    if (!this._sheets.some((s) => s === sheet?._self)) throw new Error('Invalid argument: sheet');
    this._activeSheet = sheet._self;
    sheet._self._hidden = false;
    return sheet;
  }
  getActiveSheet(): SheetImpl {
    return this._active();
  }
  getActiveRange(): unknown {
    return this._activeRange ?? this._active()._rangeOf({ r1: 1, c1: 1, r2: 1, c2: 1 });
  }
  getActiveCell(): unknown {
    const r = this._activeRange;
    if (!r) return this._active()._rangeOf({ r1: 1, c1: 1, r2: 1, c2: 1 });
    return r._s._rangeOf({ r1: r._r, c1: r._c, r2: r._r, c2: r._c });
  }
  getCurrentCell(): unknown {
    return this._activeRange
      ? this._activeRange._s._rangeOf({
          r1: this._activeRange._r,
          c1: this._activeRange._c,
          r2: this._activeRange._r,
          c2: this._activeRange._c,
        })
      : this._active()._rangeOf({ r1: 1, c1: 1, r2: 1, c2: 1 });
  }
  setActiveRange(range: Range): Range {
    this._activeRange = range;
    this._activeSheet = range._sheetImpl();
    return range;
  }
  setActiveSelection(a1: string): Range {
    const { sheet, ref } = this._sheetFor(String(a1));
    const r = sheet._rangeFromA1(ref);
    this._activeRange = r;
    this._activeSheet = sheet;
    return r;
  }
  getSheetId(): number {
    return this._active()._id;
  }
  getSheetName(): string {
    return this._active()._name;
  }
  moveActiveSheet(pos: number): void {
    const s = this._active();
    this._sheets.splice(this._sheets.indexOf(s), 1);
    this._sheets.splice(Math.max(0, Math.min(pos - 1, this._sheets.length)), 0, s);
  }
  duplicateActiveSheet(): SheetModel {
    const copy = this._active()._copyInto(this);
    this._activeSheet = copy;
    return copy;
  }
  toast(msg: string, title?: string, timeoutSeconds?: number): void {
    this._toasts.push({
      message: String(msg ?? ''),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? null,
    });
  }
  getNamedRanges(): NamedRange[] {
    return this._namedRangeObjects();
  }
  setNamedRange(name: string, range: Range): void {
    if (!validRangeName(String(name))) throw new Error('Named range name is invalid.');
    const key = String(name).toLowerCase();
    const existing = this._namedRanges.get(key);
    if (existing) {
      existing._anchor.sheet = range._sheetImpl();
      existing._anchor.rect = range._rect();
      existing._anchor.deleted = false;
    } else {
      this._namedRanges.set(
        key,
        new NamedRange(this._rt, this._self, String(name), this._anchor(range._sheetImpl(), range._rect())),
      );
    }
    this._engine.markDirty();
  }
  getRangeByName(name: string): RangeModel | null {
    const nr = this._namedRanges.get(String(name).toLowerCase());
    if (!nr || nr._anchor.deleted) return null;
    return nr._anchor.sheet._rangeOf(nr._anchor.rect);
  }
  removeNamedRange(name: string): void {
    if (!this._namedRanges.delete(String(name).toLowerCase())) throw new Error('Named range not found.');
    this._engine.markDirty();
  }
  getRange(a1: string): Range {
    const { sheet, ref } = this._sheetFor(String(a1));
    if (!parseA1(ref)) throw new Error('Range not found');
    return sheet._rangeFromA1(ref);
  }
  getProtections(type: unknown): Protection[] {
    const name = enumName(type);
    return this._protections.filter((p) => p._type === name && !p._removed);
  }
  getLastRow(): number {
    return this._active()._lastRowRaw();
  }
  getLastColumn(): number {
    return this._active()._lastColRaw();
  }
  getDataRange(): unknown {
    return this._active()._dataRange();
  }
  appendRow(row: unknown[]): SheetImpl {
    const s = this._active();
    s._appendRow(row);
    return s;
  }
  getFrozenRows(): number {
    return this._active()._frozenRows;
  }
  setFrozenRows(n: number): void {
    const s = this._active();
    if (n < 0 || n > s._maxRows) throw new Error('Invalid argument: rows');
    s._frozenRows = n;
  }
  getOwner(): User {
    return new User(this._rt, this._file.owner);
  }
  getEditors(): User[] {
    return [this._file.owner, ...this._file.editors].map((e) => new User(this._rt, e));
  }
  getViewers(): User[] {
    return [...this._file.viewers].map((e) => new User(this._rt, e));
  }
  addEditor(user: unknown): SpreadsheetImpl {
    this._file.editors.add(typeof user === 'string' ? user : (user as User).getEmail());
    return this;
  }
  addEditors(users: unknown[]): SpreadsheetImpl {
    for (const u of users) this.addEditor(u);
    return this;
  }
  removeEditor(user: unknown): SpreadsheetImpl {
    this._file.editors.delete(typeof user === 'string' ? user : (user as User).getEmail());
    return this;
  }
  addViewer(user: unknown): SpreadsheetImpl {
    this._file.viewers.add(typeof user === 'string' ? user : (user as User).getEmail());
    return this;
  }
  addViewers(users: unknown[]): SpreadsheetImpl {
    for (const u of users) this.addViewer(u);
    return this;
  }
  copy(name: string): SpreadsheetImpl {
    const copy = new SpreadsheetImpl(this._rt, name, { locale: this._locale, timeZone: this._tz, noSheet: true });
    for (const s of this._sheets) {
      const c = s._copyInto(copy);
      copy._renameSheet(c, s._name);
    }
    copy._activeSheet = copy._sheets[0];
    return copy;
  }
}
