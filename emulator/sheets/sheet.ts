// Sheet: the cell store of one tab and the Apps Script Sheet class.
//
// Cells live in plain row arrays (values, formulas, and one sparse grid per format property), so
// block reads and writes are O(cells). Formula results come from the spreadsheet's lazy engine,
// consulted only when a read touches a cell that a formula can reach (down-right of a formula).
import { Runtime, service, isDate } from '../runtime';
import { Grid } from './grid';
import { Rect, cellA1, parseA1, intersects } from './a1';
import {
  AUTOMATIC_FORMAT, dateToSerial, formatValue, interpretInput, isDateFormat, isTextFormat, serialToDate, LocaleInfo,
} from './format';
import { localeToCanonical } from './formula';
import { Range } from './range';
import { Protection, Anchor } from './protection';
import { EmbeddedChart, EmbeddedChartBuilder } from './charts';
import { DataValidation } from './validation';
import { BandingTheme, EnumValue, enumName, SheetType } from './enums';
import type { SpreadsheetImpl } from './spreadsheet';
import type { Inferred } from './formula';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
export const DEFAULT_COL_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export type PropName =
  | 'numberFormat' | 'background' | 'fontWeight' | 'fontColor' | 'fontSize' | 'fontStyle' | 'fontFamily'
  | 'fontLine' | 'hAlign' | 'vAlign' | 'wrap' | 'wrapStrategy' | 'note' | 'validation';

export const FORMAT_PROPS: PropName[] = [
  'numberFormat', 'background', 'fontWeight', 'fontColor', 'fontSize', 'fontStyle', 'fontFamily', 'fontLine',
  'hAlign', 'vAlign', 'wrap', 'wrapStrategy',
];

const BANDING_COLORS: Record<string, [string, string, string, string]> = {
  LIGHT_GREY: ['#bdbdbd', '#ffffff', '#f3f3f3', '#dedede'],
  CYAN: ['#4dd0e1', '#ffffff', '#e0f7fa', '#a2e8f1'],
  GREEN: ['#63d297', '#ffffff', '#e7f9ef', '#afe9ca'],
  YELLOW: ['#f7cb4d', '#ffffff', '#fef8e3', '#fce8b2'],
  ORANGE: ['#f46524', '#ffffff', '#ffe6dd', '#ffccbc'],
  BLUE: ['#5b95f9', '#ffffff', '#e8f0fe', '#acc9fe'],
  TEAL: ['#26a69a', '#ffffff', '#ddf2f0', '#8cd3cd'],
  GREY: ['#78909c', '#ffffff', '#ebeff1', '#bbc8ce'],
  BROWN: ['#cca677', '#ffffff', '#f8f2eb', '#e6d3ba'],
  LIGHT_GREEN: ['#8bc34a', '#ffffff', '#eef7e3', '#c4e2a0'],
  INDIGO: ['#8989eb', '#ffffff', '#e8e7fc', '#c4c3f7'],
  PINK: ['#e91d63', '#ffffff', '#fddce8', '#f68ab0'],
};

export class Banding {
  readonly _sheet: SheetImpl;
  constructor(private _rt: Runtime, sheet: SheetImpl, readonly _anchor: Anchor, readonly _kind: 'ROWS' | 'COLUMNS', readonly _colors: Record<string, string | null>) {
    this._sheet = sheet._self;
    return service(_rt, 'Banding', this);
  }
  getRange(): unknown {
    return this._sheet._rangeOf(this._anchor.rect);
  }
  setRange(range: { _rect: () => Rect }): this {
    this._anchor.rect = range._rect();
    return this;
  }
  remove(): void {
    this._sheet._bandings = this._sheet._bandings.filter((b) => b._anchor !== this._anchor);
  }
  getHeaderRowColor(): string | null { return this._colors.header; }
  getFirstRowColor(): string | null { return this._colors.first; }
  getSecondRowColor(): string | null { return this._colors.second; }
  getFooterRowColor(): string | null { return this._colors.footer; }
  getHeaderColumnColor(): string | null { return this._colors.header; }
  getFirstColumnColor(): string | null { return this._colors.first; }
  getSecondColumnColor(): string | null { return this._colors.second; }
  setHeaderRowColor(c: string | null): this { this._colors.header = c; return this; }
  setFirstRowColor(c: string | null): this { this._colors.first = c; return this; }
  setSecondRowColor(c: string | null): this { this._colors.second = c; return this; }
  setFooterRowColor(c: string | null): this { this._colors.footer = c; return this; }
  setHeaderColumnColor(c: string | null): this { this._colors.header = c; return this; }
  setFirstColumnColor(c: string | null): this { this._colors.first = c; return this; }
  setSecondColumnColor(c: string | null): this { this._colors.second = c; return this; }
}

/** Normalizes colors the way Sheets reports them (#rrggbb, lower case). */
export function normalizeColor(c: unknown): string | undefined {
  if (c === null || c === undefined || c === '') return undefined;
  const s = String(c).trim().toLowerCase();
  const named: Record<string, string> = {
    white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00',
    gray: '#808080', grey: '#808080', orange: '#ffa500', purple: '#800080', cyan: '#00ffff', magenta: '#ff00ff',
  };
  if (named[s]) return named[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  throw new Error(`Invalid color: ${String(c)}`);
}

export class SheetImpl {
  _self!: SheetImpl; // the counted proxy handed to scripts
  /** The unproxied object: hot internal paths use it so field reads skip the proxy trap. */
  _raw: SheetImpl;
  _name: string;
  _maxRows: number;
  _maxCols: number;
  readonly _values = new Grid<unknown>();
  readonly _formulas = new Grid<string>();
  readonly _props = new Map<PropName, Grid<unknown>>();
  _frozenRows = 0;
  _frozenCols = 0;
  _colWidths = new Map<number, number>();
  _rowHeights = new Map<number, number>();
  _hiddenCols = new Set<number>();
  _hiddenRows = new Set<number>();
  _hidden = false;
  _tabColor: string | null = null;
  _charts: EmbeddedChart[] = [];
  _condRules: unknown[] = [];
  _bandings: Banding[] = [];
  _merges: Anchor[] = [];
  _borders: Array<{ a1: string; args: unknown[] }> = [];
  _sheetProtection: Protection | null = null;
  private _anchorCache: Array<[number, number, string]> | null = null;
  private _lastColCache: number | null = null;

  constructor(private _rt: Runtime, readonly _ss: SpreadsheetImpl, name: string, readonly _id: number, rows = DEFAULT_ROWS, cols = DEFAULT_COLS) {
    this._name = name;
    this._maxRows = rows;
    this._maxCols = cols;
    this._raw = this;
    const proxy = service(_rt, 'Sheet', this);
    this._self = proxy;
    return proxy;
  }

  // ------------------------------------------------------------------------------------------
  // Internals

  _prop(p: PropName): Grid<unknown> {
    let g = this._props.get(p);
    if (!g) this._props.set(p, (g = new Grid()));
    return g;
  }

  _rangeOf(r: Rect): Range {
    return new Range(this._rt, this, r.r1, r.c1, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1);
  }

  /** Last row holding a value or a formula (spilled results are not counted). */
  _lastRowRaw(): number {
    const v = this._values.rows;
    const f = this._formulas.rows;
    for (let r = Math.max(v.length, f.length) - 1; r >= 0; r--) {
      if (rowHasContent(v[r]) || rowHasContent(f[r])) return r + 1;
    }
    return 0;
  }

  _lastColRaw(): number {
    if (this._lastColCache !== null) return this._lastColCache;
    let last = 0;
    for (const g of [this._values.rows, this._formulas.rows]) {
      for (const row of g) {
        if (!row) continue;
        for (let c = row.length - 1; c >= last; c--) {
          const x = row[c];
          if (x !== undefined && x !== '') {
            last = c + 1;
            break;
          }
        }
      }
    }
    this._lastColCache = last;
    return last;
  }

  _anchorList(): Array<[number, number, string]> {
    if (!this._anchorCache) {
      const list: Array<[number, number, string]> = [];
      this._formulas.forEach((f, r, c) => {
        if (f) list.push([r + 1, c + 1, f]);
      });
      this._anchorCache = list;
    }
    return this._anchorCache;
  }

  _formulasChanged(): void {
    this._anchorCache = null;
    this._ss._engine.markDirty();
  }

  _touched(): void {
    this._lastColCache = null;
    this._ss._engine.onWrite(this._self);
    this._ss._touchFile();
  }

  _mayHaveComputed(r2: number, c2: number): boolean {
    const anchors = this._anchorList();
    for (let i = 0; i < anchors.length; i++) if (anchors[i][0] <= r2 && anchors[i][1] <= c2) return true;
    return false;
  }

  /** Values as getValues() returns them: formula results, Dates for date-formatted serials. */
  _readValues(r1: number, c1: number, nr: number, nc: number): unknown[][] {
    return this._raw._readValuesRaw(r1, c1, nr, nc);
  }

  _readValuesRaw(r1: number, c1: number, nr: number, nc: number): unknown[][] {
    let comp: Grid<unknown> | undefined;
    let hints: Grid<Inferred> | undefined;
    if (this._mayHaveComputed(r1 + nr - 1, c1 + nc - 1)) {
      this._ss._engine.ensure();
      comp = this._ss._engine.computed.get(this._self);
      hints = this._ss._engine.hints.get(this._self);
    }
    const tz = this._ss._tz;
    const fmts = this._props.get('numberFormat');
    const rows = this._values.rows;
    const out: unknown[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const r0 = r1 - 1 + i;
      const row = rows[r0];
      const compRow = comp ? comp.rows[r0] : undefined;
      const fmtRow = fmts ? fmts.rows[r0] : undefined;
      const line: unknown[] = new Array(nc);
      for (let j = 0; j < nc; j++) {
        const c0 = c1 - 1 + j;
        let v = row ? row[c0] : undefined;
        let computed = false;
        if (compRow) {
          const cv = compRow[c0];
          if (cv !== undefined) {
            v = cv;
            computed = true;
          }
        }
        if (v === undefined) {
          line[j] = '';
          continue;
        }
        const fmt = fmtRow ? (fmtRow[c0] as string | undefined) : undefined;
        if (typeof v === 'number') {
          if (fmt !== undefined && isDateFormat(fmt)) v = serialToDate(v, tz);
          else if (computed && !fmt && hints) {
            const h = hints.get(r0, c0);
            if (h === 'date' || h === 'datetime') v = serialToDate(v, tz);
          }
        } else if (typeof v === 'object' && isDate(v)) {
          v = fmt && !isDateFormat(fmt) && fmt !== AUTOMATIC_FORMAT && !isTextFormat(fmt) ? dateToSerial(v, tz) : new Date(v.getTime());
        }
        line[j] = v;
      }
      out[i] = line;
    }
    return out;
  }

  _readRect(r: Rect): unknown[][] {
    return this._readValues(r.r1, r.c1, r.r2 - r.r1 + 1, r.c2 - r.c1 + 1);
  }

  _readDisplay(r1: number, c1: number, nr: number, nc: number): string[][] {
    return this._raw._readDisplayRaw(r1, c1, nr, nc);
  }

  _readDisplayRaw(r1: number, c1: number, nr: number, nc: number): string[][] {
    const values = this._readValues(r1, c1, nr, nc);
    const loc = this._ss._localeInfo();
    const tz = this._ss._tz;
    const fmts = this._props.get('numberFormat');
    return values.map((row, i) =>
      row.map((v, j) => formatValue(v, fmts ? (fmts.get(r1 - 1 + i, c1 - 1 + j) as string | undefined) : undefined, loc, tz)),
    );
  }

  /** Normalizes what a script writes into a cell; strings are read as Sheets reads typed input. */
  _normalize(v: unknown, r0: number, c0: number): { value?: unknown; formula?: string } {
    return this._raw._normalizeRaw(v, r0, c0);
  }

  _normalizeRaw(v: unknown, r0: number, c0: number, loc?: LocaleInfo, tz?: string): { value?: unknown; formula?: string } {
    if (v === null || v === undefined) return { value: '' };
    const t = typeof v;
    if (t === 'number') return { value: Number.isFinite(v as number) ? v : '#NUM!' };
    if (t === 'boolean') return { value: v };
    if (t === 'string') {
      const s = v as string;
      if (s === '') return { value: '' };
      const fmts = this._props.get('numberFormat');
      const textFmt = fmts ? fmts.get(r0, c0) === '@' : false;
      const ss = loc && tz ? null : this._ss._raw;
      const res = interpretInput(s, loc ?? ss!._localeInfo(), tz ?? ss!._tz, textFmt);
      return 'formula' in res ? { formula: res.formula } : { value: res.value };
    }
    if (isDate(v)) {
      const ms = (v as Date).getTime();
      if (Number.isNaN(ms)) return { value: '' };
      return { value: new Date(ms) };
    }
    return { value: String(v) };
  }

  /** Writes a block of script values (strings interpreted, "=…" becoming formulas). */
  _writeValues(r1: number, c1: number, data: unknown[][]): void {
    this._raw._writeValuesRaw(r1, c1, data);
  }

  _writeValuesRaw(r1: number, c1: number, data: unknown[][]): void {
    let formulaChange = false;
    const vals = this._values;
    const forms = this._formulas;
    const ssRaw = this._ss._raw;
    const loc = ssRaw._localeInfo();
    const tz = ssRaw._tz;
    for (let i = 0; i < data.length; i++) {
      const r0 = r1 - 1 + i;
      const src = data[i];
      const vrow = vals.row(r0);
      const frow = forms.rows[r0];
      for (let j = 0; j < src.length; j++) {
        const c0 = c1 - 1 + j;
        const x = src[j];
        const tx = typeof x;
        if ((tx === 'number' && Number.isFinite(x)) || tx === 'boolean') {
          vrow[c0] = x;
          if (frow && frow[c0] !== undefined) {
            frow[c0] = undefined;
            formulaChange = true;
          }
          continue;
        }
        const n = this._normalizeRaw(x, r0, c0, loc, tz);
        if (n.formula !== undefined) {
          vrow[c0] = undefined;
          forms.set(r0, c0, n.formula);
          formulaChange = true;
        } else {
          vrow[c0] = n.value;
          if (frow && frow[c0] !== undefined) {
            frow[c0] = undefined;
            formulaChange = true;
          }
        }
      }
    }
    if (formulaChange) this._formulasChanged();
    this._touched();
  }

  /** Stores values exactly as given (importers: text stays text, never a formula). */
  _writeRaw(r1: number, c1: number, data: unknown[][]): void {
    this._ensureSize(r1 + data.length - 1, c1 + Math.max(0, ...data.map((r) => r.length)) - 1);
    let formulaChange = false;
    for (let i = 0; i < data.length; i++) {
      const r0 = r1 - 1 + i;
      const vrow = this._values.row(r0);
      const frow = this._formulas.rows[r0];
      for (let j = 0; j < data[i].length; j++) {
        const v = data[i][j];
        vrow[c1 - 1 + j] = v === null || v === undefined ? '' : isDate(v) ? new Date((v as Date).getTime()) : v;
        if (frow && frow[c1 - 1 + j] !== undefined) {
          frow[c1 - 1 + j] = undefined;
          formulaChange = true;
        }
      }
    }
    if (formulaChange) this._formulasChanged();
    this._touched();
  }

  _writeFormulas(r1: number, c1: number, data: string[][]): void {
    for (let i = 0; i < data.length; i++) {
      for (let j = 0; j < data[i].length; j++) {
        const f = data[i][j];
        const r0 = r1 - 1 + i;
        const c0 = c1 - 1 + j;
        if (f === '' || f === null || f === undefined) {
          this._formulas.set(r0, c0, undefined);
          this._values.set(r0, c0, '');
          continue;
        }
        const text = String(f).startsWith('=') ? String(f) : `=${f}`;
        this._formulas.set(r0, c0, text);
        this._values.set(r0, c0, undefined);
      }
    }
    this._formulasChanged();
    this._touched();
  }

  _clearContent(r: Rect): void {
    this._values.clearRect(r.r1 - 1, r.c1 - 1, r.r2 - 1, r.c2 - 1);
    let had = false;
    const rows = this._formulas.rows;
    for (let i = r.r1 - 1; i <= Math.min(r.r2 - 1, rows.length - 1); i++) {
      const row = rows[i];
      if (!row) continue;
      for (let c = r.c1 - 1; c <= Math.min(r.c2 - 1, row.length - 1); c++) {
        if (row[c] !== undefined) {
          row[c] = undefined;
          had = true;
        }
      }
    }
    if (had) this._formulasChanged();
    this._touched();
  }

  _clearProps(r: Rect, props: PropName[]): void {
    for (const p of props) this._props.get(p)?.clearRect(r.r1 - 1, r.c1 - 1, r.r2 - 1, r.c2 - 1);
    this._ss._touchFile();
  }

  _setProp(r: Rect, p: PropName, v: unknown): void {
    this._raw._setPropRaw(r, p, v);
  }

  _setPropRaw(r: Rect, p: PropName, v: unknown): void {
    const g = this._prop(p);
    const val = v === null ? undefined : v;
    for (let row = r.r1 - 1; row <= r.r2 - 1; row++) {
      const line = val === undefined ? g.rows[row] : g.row(row);
      if (!line) continue;
      for (let c = r.c1 - 1; c <= r.c2 - 1; c++) line[c] = val;
    }
    if (p === 'numberFormat') this._ss._engine.onWrite(this._self);
    this._ss._touchFile();
  }

  _setProps(r: Rect, p: PropName, data: unknown[][], map: (v: unknown) => unknown = (v) => v): void {
    this._raw._setPropsRaw(r, p, data, map);
  }

  _setPropsRaw(r: Rect, p: PropName, data: unknown[][], map: (v: unknown) => unknown): void {
    const g = this._prop(p);
    for (let i = 0; i < data.length; i++) {
      const line = g.row(r.r1 - 1 + i);
      for (let j = 0; j < data[i].length; j++) {
        const v = data[i][j];
        line[r.c1 - 1 + j] = v === null || v === undefined || v === '' ? undefined : map(v);
      }
    }
    this._ss._touchFile();
  }

  _ensureSize(rows: number, cols: number): void {
    if (rows > this._maxRows) this._maxRows = rows;
    if (cols > this._maxCols) this._maxCols = cols;
  }

  /** Applies an inserted/deleted block of rows or columns to everything on this sheet. */
  _structural(dim: 'row' | 'col', at: number, n: number): void {
    const grids: Array<Grid<unknown>> = [this._values, this._formulas as Grid<unknown>, ...this._props.values()];
    for (const g of grids) {
      if (dim === 'row') {
        if (n > 0) g.insertRows(at - 1, n);
        else g.deleteRows(at - 1, -n);
      } else if (n > 0) g.insertCols(at - 1, n);
      else g.deleteCols(at - 1, -n);
    }
    if (dim === 'row') this._maxRows += n;
    else this._maxCols += n;
    const shiftKeys = <T>(m: Map<number, T> | Set<number>) => {
      const entries = m instanceof Map ? [...m.entries()] : [...m].map((k) => [k, true] as [number, unknown]);
      m.clear();
      for (const [k, v] of entries) {
        if (n < 0 && k >= at && k < at - n) continue;
        const nk = k >= at ? k + n : k;
        if (m instanceof Map) (m as Map<number, unknown>).set(nk, v);
        else (m as Set<number>).add(nk);
      }
    };
    if (dim === 'row') {
      shiftKeys(this._rowHeights);
      shiftKeys(this._hiddenRows);
    } else {
      shiftKeys(this._colWidths);
      shiftKeys(this._hiddenCols);
    }
    for (const ch of this._charts) {
      const p = ch._spec.position;
      if (dim === 'row' && p.row >= at) p.row = Math.max(at, p.row + n);
      if (dim === 'col' && p.col >= at) p.col = Math.max(at, p.col + n);
    }
    this._ss._shiftEverywhere(this._self, dim, at, n);
    this._anchorCache = null;
    this._lastColCache = null;
    this._ss._engine.markDirty();
  }

  _checkRange(row: number, col: number, nr: number, nc: number): void {
    for (const [v, what] of [[row, 'row'], [col, 'column'], [nr, 'rows'], [nc, 'columns']] as Array<[unknown, string]>) {
      if (typeof v !== 'number' || Number.isNaN(v)) throw new Error(`Cannot convert '${String(v)}' to int.`);
      void what;
    }
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (nr < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (nc < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + nr - 1 > this._maxRows || col + nc - 1 > this._maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
  }

  _rangeFromA1(a1: string): Range {
    const p = parseA1(a1);
    if (!p) throw new Error('Range not found');
    let r1 = p.r1 ?? 1;
    let c1 = p.c1 ?? 1;
    let r2 = p.r2 ?? this._maxRows;
    let c2 = p.c2 ?? this._maxCols;
    if (r1 > r2) [r1, r2] = [r2, r1];
    if (c1 > c2) [c1, c2] = [c2, c1];
    if (r2 > this._maxRows || c2 > this._maxCols) throw new Error('Range not found');
    return new Range(this._rt, this, r1, c1, r2 - r1 + 1, c2 - c1 + 1);
  }

  _protectionsAt(row: number, col: number): Protection[] {
    return this._ss._protections.filter((p) => p._sheet === this._self && p._covers(row, col));
  }

  _cellRect(a1: string): Rect {
    const p = parseA1(a1);
    if (!p || p.r1 === null || p.c1 === null) throw new Error(`Invalid cell: ${a1}`);
    return { r1: p.r1, c1: p.c1, r2: p.r1, c2: p.c1 };
  }

  _checkTyping(row: number, col: number): void {
    const email = this._rt.userEmail;
    for (const p of this._protectionsAt(row, col)) {
      if (p._blocks(email, row, col)) {
        throw new Error('You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.');
      }
      if (p._warningOnly) this._ss._protectionWarnings.push({ sheet: this._name, a1: cellA1(row, col), description: p._description });
    }
  }

  /**
   * Emulator only: a person types `value` into one cell in the Sheets UI. Protections apply,
   * and a value breaking a rule that rejects invalid input is refused with the rule's help text.
   */
  _typeValue(a1: string, value: unknown): void {
    const { r1: row, c1: col } = this._cellRect(a1);
    this._checkTyping(row, col);
    if (typeof value === 'string' && value.startsWith('=') && value.length > 1) {
      this._writeFormulas(row, col, [[localeToCanonical(value, this._ss._localeInfo().argSep)]]);
      return;
    }
    const n = this._normalize(value, row - 1, col - 1);
    const rule = this._prop('validation').get(row - 1, col - 1) as DataValidation | undefined;
    if (rule && !rule._allowInvalid && !rule._accepts(n.value)) {
      const help = rule._helpText ?? `The data you entered in cell ${cellA1(row, col)} violates the data validation rules set on this cell.`;
      throw new Error(`There was a problem: ${help}`);
    }
    this._writeValues(row, col, [[value]]);
  }

  /** Emulator only: a person types a formula in the UI, in the spreadsheet locale's syntax. */
  _typeFormula(a1: string, text: string): void {
    const { r1: row, c1: col } = this._cellRect(a1);
    this._checkTyping(row, col);
    const t = text.startsWith('=') ? text : `=${text}`;
    this._writeFormulas(row, col, [[localeToCanonical(t, this._ss._localeInfo().argSep)]]);
  }

  /** Emulator only: cells whose current value breaks their validation rule. */
  _invalidCells(): Array<{ a1: string; value: unknown; helpText: string | null }> {
    const out: Array<{ a1: string; value: unknown; helpText: string | null }> = [];
    const g = this._props.get('validation');
    if (!g) return out;
    g.forEach((rule, r0, c0) => {
      const dv = rule as DataValidation;
      const value = this._readValues(r0 + 1, c0 + 1, 1, 1)[0][0];
      if (!dv._accepts(value)) out.push({ a1: cellA1(r0 + 1, c0 + 1), value, helpText: dv._helpText });
    });
    return out;
  }

  // ------------------------------------------------------------------------------------------
  // Apps Script Sheet

  getName(): string {
    return this._name;
  }
  setName(name: string): SheetImpl {
    this._ss._renameSheet(this, String(name));
    return this;
  }
  getSheetName(): string {
    return this._name;
  }
  getSheetId(): number {
    return this._id;
  }
  getIndex(): number {
    return this._ss._sheets.indexOf(this._self) + 1;
  }
  getParent(): unknown {
    return this._ss._self;
  }
  getType(): EnumValue {
    return SheetType.GRID;
  }
  activate(): SheetImpl {
    this._ss._activeSheet = this._self;
    this._hidden = false;
    return this;
  }
  getRange(a: string | number, col?: number, numRows?: number, numCols?: number): Range {
    if (typeof a === 'string' && col === undefined) return this._rangeFromA1(a);
    const row = a as number;
    const nr = numRows ?? 1;
    const nc = numCols ?? 1;
    this._checkRange(row, col as number, nr, nc);
    return new Range(this._rt, this, row, col as number, nr, nc);
  }
  getRangeList(a1s: string[]): unknown {
    void a1s;
    throw new Error('not emulated: Sheet.getRangeList');
  }
  getDataRange(): Range {
    return this._dataRange();
  }
  _dataRange(): Range {
    return new Range(this._rt, this, 1, 1, Math.max(1, this._lastRowRaw()), Math.max(1, this._lastColRaw()));
  }
  getLastRow(): number {
    return this._lastRowRaw();
  }
  getLastColumn(): number {
    return this._lastColRaw();
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxCols;
  }
  getSheetValues(row: number, col: number, numRows: number, numCols: number): unknown[][] {
    const nr = numRows === -1 ? Math.max(1, this._lastRowRaw() - row + 1) : numRows;
    const nc = numCols === -1 ? Math.max(1, this._lastColRaw() - col + 1) : numCols;
    this._checkRange(row, col, nr, nc);
    return this._readValues(row, col, nr, nc);
  }

  insertRowsBefore(before: number, howMany: number): SheetImpl {
    if (before < 1 || before > this._maxRows) throw new Error('Those rows are out of bounds.');
    this._structural('row', before, howMany);
    return this;
  }
  insertRowsAfter(after: number, howMany: number): SheetImpl {
    if (after < 1 || after > this._maxRows) throw new Error('Those rows are out of bounds.');
    this._structural('row', after + 1, howMany);
    return this;
  }
  insertRowBefore(before: number): SheetImpl {
    return this.insertRowsBefore(before, 1);
  }
  insertRowAfter(after: number): SheetImpl {
    return this.insertRowsAfter(after, 1);
  }
  insertRows(rowIndex: number, numRows?: number): void {
    this.insertRowsBefore(rowIndex, numRows ?? 1);
  }
  insertColumnsBefore(before: number, howMany: number): SheetImpl {
    if (before < 1 || before > this._maxCols) throw new Error('Those columns are out of bounds.');
    this._structural('col', before, howMany);
    return this;
  }
  insertColumnsAfter(after: number, howMany: number): SheetImpl {
    if (after < 1 || after > this._maxCols) throw new Error('Those columns are out of bounds.');
    this._structural('col', after + 1, howMany);
    return this;
  }
  insertColumnBefore(before: number): SheetImpl {
    return this.insertColumnsBefore(before, 1);
  }
  insertColumnAfter(after: number): SheetImpl {
    return this.insertColumnsAfter(after, 1);
  }
  insertColumns(columnIndex: number, numColumns?: number): void {
    this.insertColumnsBefore(columnIndex, numColumns ?? 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this._maxRows) throw new Error('Those rows are out of bounds.');
    if (this._maxRows - howMany <= this._frozenRows) throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    this._structural('row', rowPosition, -howMany);
  }
  deleteRow(rowPosition: number): SheetImpl {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this._maxCols) throw new Error('Those columns are out of bounds.');
    if (this._maxCols - howMany <= this._frozenCols) throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    this._structural('col', columnPosition, -howMany);
  }
  deleteColumn(columnPosition: number): SheetImpl {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  appendRow(rowContents: unknown[]): SheetImpl {
    this._appendRow(rowContents);
    return this;
  }
  _appendRow(rowContents: unknown[]): void {
    if (!Array.isArray(rowContents)) throw new Error('Invalid argument: rowContents');
    const row = this._lastRowRaw() + 1;
    if (row > this._maxRows) this._maxRows = row;
    if (rowContents.length > this._maxCols) this._maxCols = rowContents.length;
    this._writeValues(row, 1, [Array.from(rowContents)]);
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): SheetImpl {
    const all: Rect = { r1: 1, c1: 1, r2: this._maxRows, c2: this._maxCols };
    applyClear(this, all, options);
    return this;
  }
  clearContents(): SheetImpl {
    this._clearContent({ r1: 1, c1: 1, r2: this._maxRows, c2: this._maxCols });
    return this;
  }
  clearFormats(): SheetImpl {
    this._clearProps({ r1: 1, c1: 1, r2: this._maxRows, c2: this._maxCols }, FORMAT_PROPS);
    return this;
  }
  clearNotes(): SheetImpl {
    this._clearProps({ r1: 1, c1: 1, r2: this._maxRows, c2: this._maxCols }, ['note']);
    return this;
  }
  clearConditionalFormatRules(): void {
    this._condRules = [];
  }
  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this._maxRows) throw new Error('Invalid argument: rows');
    this._frozenRows = rows;
  }
  getFrozenRows(): number {
    return this._frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this._maxCols) throw new Error('Invalid argument: columns');
    this._frozenCols = columns;
  }
  getFrozenColumns(): number {
    return this._frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    this._colWidths.set(columnPosition, width);
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    for (let c = startColumn; c < startColumn + numColumns; c++) this._colWidths.set(c, width);
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this._colWidths.get(columnPosition) ?? DEFAULT_COL_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): SheetImpl {
    this._rowHeights.set(rowPosition, height);
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): SheetImpl {
    for (let r = startRow; r < startRow + numRows; r++) this._rowHeights.set(r, height);
    return this;
  }
  setRowHeightsForced(startRow: number, numRows: number, height: number): SheetImpl {
    return this.setRowHeights(startRow, numRows, height);
  }
  getRowHeight(rowPosition: number): number {
    return this._rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }
  autoResizeColumns(startColumn: number, numColumns: number): SheetImpl {
    const last = this._lastRowRaw();
    if (last === 0) return this;
    const display = this._readDisplay(1, startColumn, last, numColumns);
    for (let j = 0; j < numColumns; j++) {
      let longest = 0;
      for (const row of display) longest = Math.max(longest, ...String(row[j]).split('\n').map((l) => l.length));
      this._colWidths.set(startColumn + j, Math.max(20, Math.round(longest * 7 + 12)));
    }
    return this;
  }
  autoResizeColumn(columnPosition: number): SheetImpl {
    return this.autoResizeColumns(columnPosition, 1);
  }
  autoResizeRows(startRow: number, numRows: number): SheetImpl {
    void startRow;
    void numRows;
    return this;
  }
  hideSheet(): SheetImpl {
    const visible = this._ss._sheetImpls().filter((s) => !s._hidden);
    if (visible.length <= 1 && !this._hidden) throw new Error("You can't hide all the sheets in a document.");
    this._hidden = true;
    return this;
  }
  showSheet(): SheetImpl {
    this._hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this._hidden;
  }
  hideColumns(columnIndex: number, numColumns?: number): void {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this._hiddenCols.add(c);
  }
  showColumns(columnIndex: number, numColumns?: number): void {
    for (let c = columnIndex; c < columnIndex + (numColumns ?? 1); c++) this._hiddenCols.delete(c);
  }
  hideColumn(range: { _rect: () => Rect }): void {
    const r = range._rect();
    this.hideColumns(r.c1, r.c2 - r.c1 + 1);
  }
  unhideColumn(range: { _rect: () => Rect }): void {
    const r = range._rect();
    this.showColumns(r.c1, r.c2 - r.c1 + 1);
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this._hiddenCols.has(columnPosition);
  }
  hideRows(rowIndex: number, numRows?: number): void {
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) this._hiddenRows.add(r);
  }
  showRows(rowIndex: number, numRows?: number): void {
    for (let r = rowIndex; r < rowIndex + (numRows ?? 1); r++) this._hiddenRows.delete(r);
  }
  hideRow(range: { _rect: () => Rect }): void {
    const r = range._rect();
    this.hideRows(r.r1, r.r2 - r.r1 + 1);
  }
  unhideRow(range: { _rect: () => Rect }): void {
    const r = range._rect();
    this.showRows(r.r1, r.r2 - r.r1 + 1);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this._hiddenRows.has(rowPosition);
  }
  setTabColor(color: string | null): SheetImpl {
    this._tabColor = normalizeColor(color) ?? null;
    return this;
  }
  getTabColor(): string | null {
    return this._tabColor;
  }
  protect(): Protection {
    if (this._sheetProtection && !this._sheetProtection._removed) return this._sheetProtection;
    const p = new Protection(this._rt, this, 'SHEET', null);
    this._sheetProtection = p;
    this._ss._protections.push(p);
    return p;
  }
  getProtections(type: unknown): Protection[] {
    const name = enumName(type);
    if (name !== 'RANGE' && name !== 'SHEET') throw new Error('Invalid argument: type');
    return this._ss._protections.filter((p) => p._sheet === this._self && p._type === name && !p._removed);
  }
  newChart(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(this._rt, this);
  }
  insertChart(chart: EmbeddedChart): void {
    if (!chart || !(chart as { _spec?: unknown })._spec) throw new Error('Invalid argument: chart');
    const c = chart as EmbeddedChart;
    if (c._chartId !== null && this._charts.some((x) => x._chartId === c._chartId)) throw new Error('The chart is already in the sheet.');
    c._chartId = this._ss._nextChartId();
    this._charts.push(c);
  }
  updateChart(chart: EmbeddedChart): void {
    const c = chart as EmbeddedChart;
    const i = this._charts.findIndex((x) => x._chartId !== null && x._chartId === c._chartId);
    if (i < 0) throw new Error('The chart does not exist in this sheet.');
    this._charts[i] = c;
  }
  removeChart(chart: EmbeddedChart): void {
    const c = chart as EmbeddedChart;
    const i = this._charts.findIndex((x) => x._chartId !== null && x._chartId === c._chartId);
    if (i < 0) throw new Error('The chart does not exist in this sheet.');
    this._charts.splice(i, 1);
  }
  getCharts(): EmbeddedChart[] {
    return [...this._charts];
  }
  getConditionalFormatRules(): unknown[] {
    return [...this._condRules];
  }
  setConditionalFormatRules(rules: unknown[]): void {
    if (!Array.isArray(rules)) throw new Error('Invalid argument: rules');
    for (const r of rules) if (!r || !(r as { _criteria?: unknown })._criteria) throw new Error('Invalid argument: rules');
    this._condRules = Array.from(rules);
  }
  getBandings(): Banding[] {
    return [...this._bandings];
  }
  getNamedRanges(): unknown[] {
    return this._ss._namedRangeObjects().filter((n) => (n as unknown as { _anchor: Anchor })._anchor.sheet === this._self);
  }
  getActiveRange(): unknown {
    return this._ss._activeRange && this._ss._activeRange._sheetImpl() === this._self ? this._ss._activeRange : new Range(this._rt, this, 1, 1, 1, 1);
  }
  getActiveCell(): unknown {
    const r = this.getActiveRange() as Range;
    return r.getCell(1, 1);
  }
  getCurrentCell(): unknown {
    return this.getActiveCell();
  }
  setActiveRange(range: Range): Range {
    this._ss._activeRange = range;
    this._ss._activeSheet = this._self;
    return range;
  }
  setActiveSelection(a: string | Range): Range {
    const r = typeof a === 'string' ? this._rangeFromA1(a) : a;
    return this.setActiveRange(r);
  }
  setCurrentCell(cell: Range): Range {
    return this.setActiveRange(cell);
  }
  sort(columnPosition: number, ascending?: boolean): SheetImpl {
    const last = this._lastRowRaw();
    const first = this._frozenRows + 1;
    if (last < first) return this;
    new Range(this._rt, this, first, 1, last - first + 1, Math.max(this._lastColRaw(), columnPosition)).sort({ column: columnPosition, ascending: ascending ?? true });
    return this;
  }
  copyTo(spreadsheet: unknown): unknown {
    const target = (spreadsheet as { _impl?: () => SpreadsheetImpl })._impl?.() ?? this._ss;
    return this._copyInto(target)._self;
  }
  _copyInto(target: SpreadsheetImpl): SheetImpl {
    const copy = target._addSheet(target._uniqueName(`Copy of ${this._name}`), target._sheets.length, this._maxRows, this._maxCols);
    this._values.forEach((v, r, c) => copy._values.set(r, c, isDate(v) ? new Date((v as Date).getTime()) : v));
    this._formulas.forEach((f, r, c) => copy._formulas.set(r, c, f));
    for (const [p, g] of this._props) if (p !== 'validation' || target._self === this._ss._self) g.forEach((v, r, c) => copy._prop(p).set(r, c, v));
    copy._frozenRows = this._frozenRows;
    copy._colWidths = new Map(this._colWidths);
    copy._formulasChanged();
    return copy._self;
  }
  setHiddenGridlines(hide: boolean): SheetImpl {
    void hide;
    return this;
  }

  // Emulator-only conveniences, also reachable on the spreadsheet.
  _applyBanding(range: Range, kind: 'ROWS' | 'COLUMNS', theme?: unknown, header = true, footer = false): Banding {
    const rect = range._rect();
    if (this._bandings.some((b) => intersects(b._anchor.rect, rect))) {
      throw new Error('You cannot add alternating colors to a range that already has alternating colors.');
    }
    const t = BANDING_COLORS[theme === undefined ? 'LIGHT_GREY' : enumName(BandingTheme[enumName(theme)])] ?? BANDING_COLORS.LIGHT_GREY;
    const b = new Banding(this._rt, this, this._ss._anchor(this._self, rect), kind, {
      header: header ? t[0] : null, first: t[1], second: t[2], footer: footer ? t[3] : null,
    });
    this._bandings.push(b);
    return b;
  }
}

function rowHasContent(row: Array<unknown> | undefined): boolean {
  if (!row) return false;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v !== undefined && v !== '') return true;
  }
  return false;
}

export function applyClear(sheet: SheetImpl, r: Rect, options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean }): void {
  const o = options ?? {};
  const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
  if (!any || o.contentsOnly) sheet._clearContent(r);
  if (!any || o.formatOnly) sheet._clearProps(r, FORMAT_PROPS);
  if (o.validationsOnly) sheet._clearProps(r, ['validation']);
  if (o.commentsOnly) sheet._clearProps(r, ['note']);
}
