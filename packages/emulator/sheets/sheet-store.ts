// Sheet's cell store (no Apps Script class of its own): the tab state that Sheet and Range read and write.
//
// Cells live in plain row arrays (values, formulas, and one sparse grid per format property), so
// block reads and writes are O(cells). Formula results come from the spreadsheet's lazy engine,
// consulted only when a read touches a cell that a formula can reach (down-right of a formula).
import { type Runtime, service, isDate } from '../runtime';
import { Grid } from './grid';
import type { Rect } from './a1';
import {
  AUTOMATIC_FORMAT,
  dateToSerial,
  formatValue,
  interpretInput,
  isDateFormat,
  isTextFormat,
  scriptDateOf,
  type FarDateAnswer,
  type LocaleInfo,
} from './format';
import type { Inferred } from './formula';
import type { Protection } from './protection';
import type { EmbeddedChart } from './charts';
import type { Banding } from './banding';
import type { Anchor, CellStore, PropName, SheetModel, SpreadsheetModel } from './model';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
export const DEFAULT_COL_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export const FORMAT_PROPS: PropName[] = [
  'numberFormat',
  'background',
  'fontWeight',
  'fontColor',
  'fontSize',
  'fontStyle',
  'fontFamily',
  'fontLine',
  'hAlign',
  'vAlign',
  'wrap',
  'wrapStrategy',
];

export class SheetStore implements CellStore {
  _self!: SheetModel; // the counted proxy handed to scripts
  /** The unproxied object: hot internal paths use it so field reads skip the proxy trap. */
  _raw: SheetStore;
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
  /** The URL of the Google Form whose responses this sheet receives (sheets/forms.ts), or null. */
  _formUrl: string | null = null;
  private _anchorCache: Array<[number, number, string]> | null = null;
  private _lastColCache: number | null = null;

  constructor(
    protected _rt: Runtime,
    readonly _ss: SpreadsheetModel,
    name: string,
    readonly _id: number,
    rows = DEFAULT_ROWS,
    cols = DEFAULT_COLS,
  ) {
    this._name = name;
    this._maxRows = rows;
    this._maxCols = cols;
    this._raw = this;
    const proxy = service(_rt, 'Sheet', this);
    // Only ever built as a SheetImpl (sheet.ts), which is a SheetModel.
    this._self = proxy as unknown as SheetModel;
    return proxy;
  }

  // ------------------------------------------------------------------------------------------
  // Internals

  _prop(p: PropName): Grid<unknown> {
    let g = this._props.get(p);
    if (!g) this._props.set(p, (g = new Grid()));
    return g;
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

  /**
   * Values as getValues() returns them: formula results, Dates for date-formatted serials. `far`:
   * what a date-formatted number no date can show becomes (format.ts, FarDateAnswer). The
   * emulator's own readers (display, copy, sort, export) keep the number; Range.getValues and
   * Sheet.getSheetValues pass the answer the quirks give (`_scriptFarDate`).
   */
  _readValues(r1: number, c1: number, nr: number, nc: number, far: FarDateAnswer = 'number'): unknown[][] {
    return this._raw._readValuesRaw(r1, c1, nr, nc, far);
  }

  /** What a script reads for a date-formatted number beyond 9999 (default an invalid Date; quirks). */
  _scriptFarDate(): FarDateAnswer {
    return this._rt.quirk('far-date-number') ? 'number' : this._rt.quirk('far-date-text') ? 'text' : 'invalid-date';
  }

  _readValuesRaw(r1: number, c1: number, nr: number, nc: number, far: FarDateAnswer = 'number'): unknown[][] {
    let comp: Grid<unknown> | undefined;
    let hints: Grid<Inferred> | undefined;
    if (this._mayHaveComputed(r1 + nr - 1, c1 + nc - 1)) {
      this._ss._engine.ensure(this._self, r1 + nr - 1, r1);
      comp = this._ss._engine.computed.get(this._self);
      hints = this._ss._engine.hints.get(this._self);
    }
    const tz = this._ss._tz;
    const loc = () => this._ss._localeInfo();
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
          if (fmt !== undefined && isDateFormat(fmt)) v = scriptDateOf(v, tz, far, loc());
          else if (computed && !fmt && hints) {
            const h = hints.get(r0, c0);
            if (h === 'date' || h === 'datetime') v = scriptDateOf(v, tz, far, loc());
          }
        } else if (typeof v === 'object' && isDate(v)) {
          v =
            fmt && !isDateFormat(fmt) && fmt !== AUTOMATIC_FORMAT && !isTextFormat(fmt)
              ? dateToSerial(v, tz)
              : new Date(v.getTime());
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
      row.map((v, j) =>
        formatValue(v, fmts ? (fmts.get(r1 - 1 + i, c1 - 1 + j) as string | undefined) : undefined, loc, tz),
      ),
    );
  }

  /** Normalizes what a script writes into a cell; strings are read as Sheets reads typed input. */
  _normalize(v: unknown, r0: number, c0: number): { value?: unknown; formula?: string } {
    return this._raw._normalizeRaw(v, r0, c0);
  }

  _normalizeRaw(
    v: unknown,
    r0: number,
    c0: number,
    loc?: LocaleInfo,
    tz?: string,
  ): { value?: unknown; formula?: string } {
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
    for (const [v, what] of [
      [row, 'row'],
      [col, 'column'],
      [nr, 'rows'],
      [nc, 'columns'],
    ] as Array<[unknown, string]>) {
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
}

function rowHasContent(row: Array<unknown> | undefined): boolean {
  if (!row) return false;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v !== undefined && v !== '') return true;
  }
  return false;
}

/** Sheet.clear and Range.clear: contents and formats unless the options name what to clear. */
export function applyClear(
  sheet: CellStore,
  r: Rect,
  options?: { contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean; commentsOnly?: boolean },
): void {
  const o = options ?? {};
  const any = o.contentsOnly || o.formatOnly || o.validationsOnly || o.commentsOnly;
  if (!any || o.contentsOnly) sheet._clearContent(r);
  if (!any || o.formatOnly) sheet._clearProps(r, FORMAT_PROPS);
  if (o.validationsOnly) sheet._clearProps(r, ['validation']);
  if (o.commentsOnly) sheet._clearProps(r, ['note']);
}
