// Lazy formula evaluation for one spreadsheet with HyperFormula.
//
// Nothing is evaluated on write: writes only mark the engine dirty, and the next read that touches
// a formula cell or a cell a formula may spill into rebuilds HyperFormula once. The rebuild hands
// HyperFormula only what formulas can see (the ranges they reference, the cells they may spill
// into, every formula), so a 100k-row register with a few ARRAYFORMULA columns stays affordable.
import { HyperFormula, DetailedCellError } from 'hyperformula';
import { isDate } from '../runtime';
import { Grid } from './grid';
import { dateToSerial, isDateFormat, toWallMs } from './format';
import { inferResultType, type Inferred, prepareForEngine, type RefParts, type ClosedRef, tokenize } from './formula';
import { quoteSheetName } from './a1';
import { canonicalFormula, expandMap, scalarWorkdays, usesLambda } from './lambda';
import { bandFormula, type RowWindow, windowable } from './window';
import type { EngineModel, SheetModel, SpreadsheetModel } from './model';

const ERROR_MAP: Record<string, string> = {
  SPILL: '#REF!', // Sheets: "Array result was not expanded because it would overwrite data"
  CYCLE: '#REF!',
  LIC: '#ERROR!',
  ERROR: '#ERROR!',
};

export function hfInput(v: unknown, tz: string): unknown {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string') return `'${v}`;
  if (isDate(v)) return dateToSerial(v, tz);
  return v;
}

export class FormulaEngine implements EngineModel {
  dirty = true;
  /** Sheets whose writes can change a result: those holding formulas or referenced by one. */
  private relevant = new Set<SheetModel>();
  readonly computed = new Map<SheetModel, Grid<unknown>>();
  readonly hints = new Map<SheetModel, Grid<Inferred>>();
  private pinnedToday = '';
  private usesToday = false;
  /** Milliseconds spent in the last rebuild (for the benchmark report). */
  lastBuildMs = 0;
  builds = 0;

  constructor(private ss: SpreadsheetModel) {}

  markDirty(): void {
    this.dirty = true;
  }

  onWrite(sheet: SheetModel): void {
    if (!this.dirty && this.relevant.has(sheet._self)) this.dirty = true;
  }

  private todayParts() {
    const wall = new Date(toWallMs(this.ss._rt.now().getTime(), this.ss._tz));
    return {
      y: wall.getUTCFullYear(),
      m: wall.getUTCMonth() + 1,
      d: wall.getUTCDate(),
      h: wall.getUTCHours(),
      mi: wall.getUTCMinutes(),
      s: wall.getUTCSeconds(),
    };
  }

  /**
   * Makes the computed values current. A read of rows `from`..`upTo` of one sheet passes those:
   * when that sheet's formulas are row-local, only the rows read (and the top rows already
   * evaluated) are evaluated (window.ts); any other read evaluates everything.
   */
  ensure(sheet?: SheetModel, upTo?: number, from?: number): void {
    if (!this.dirty && this.usesToday) {
      const t = this.todayParts();
      if (`${t.y}-${t.m}-${t.d} ${t.h}:${t.mi}:${t.s}` !== this.pinnedToday) this.dirty = true;
    }
    const w = this.window;
    if (!this.dirty) {
      if (!w) return;
      // Other sheets are evaluated in full under a window; the windowed sheet in its rows.
      if (sheet && sheet !== w.sheet) return;
      if (sheet && upTo !== undefined) {
        if (upTo <= w.lastRow) return;
        if (w.band && from !== undefined && from >= w.band.from && upTo <= w.band.to) return;
      }
    }
    if (!sheet || upTo === undefined) {
      this.rebuild(null);
      return;
    }
    // A read below the top rows already evaluated is a band; the top rows are kept.
    const kept = !this.dirty && w?.sheet === sheet ? w.lastRow : 0;
    this.rebuild(
      from !== undefined && from > kept + 2
        ? { sheet, lastRow: kept, band: { from, to: upTo } }
        : { sheet, lastRow: upTo },
    );
  }

  /** Set when the last rebuild evaluated only some rows of one sheet (tests read it). */
  window: RowWindow | null = null;

  /** The window a rebuild may use for `wanted`: its band if one is allowed, else rows 1..its end. */
  private chooseWindow(wanted: RowWindow | null, sheets: SheetModel[], argSep: string): RowWindow | null {
    if (!wanted) return null;
    const { sheet, band } = wanted;
    if (band) {
      const top = Math.max(wanted.lastRow, sheet._anchorList()[0]?.[0] ?? 1);
      if (windowable(sheet, sheets, top, argSep, band)) return { sheet, lastRow: top, band };
    }
    const lastRow = band ? band.to : wanted.lastRow;
    return windowable(sheet, sheets, lastRow, argSep) ? { sheet, lastRow } : null;
  }

  private rebuild(wanted: RowWindow | null): void {
    const started = Date.now();
    const ss = this.ss;
    const tz = ss._tz;
    const sheets = ss._sheetImpls();
    const byName = new Map(sheets.map((s) => [s._name.toLowerCase(), s]));
    const today = this.todayParts();
    const rt = ss._rt;
    const argSep = rt.quirk('formula-locale-separators') ? ss._localeInfo().argSep : ',';
    const scalarWorkday = rt.quirk('scalar-workday');
    this.pinnedToday = `${today.y}-${today.m}-${today.d} ${today.h}:${today.mi}:${today.s}`;
    this.usesToday = false;
    const win = this.chooseWindow(wanted, sheets, argSep);
    this.window = win;
    const extent = (name: string) => {
      const s = byName.get(name.toLowerCase());
      if (!s) return null;
      const lastRow = win && win.sheet === s ? Math.min(s._lastRowRaw(), win.lastRow) : s._lastRowRaw();
      return { lastRow, lastCol: s._lastColRaw(), maxRows: s._maxRows, maxCols: s._maxCols };
    };

    const data = new Map<SheetModel, unknown[][]>();
    for (const s of sheets) data.set(s, []);
    const put = (s: SheetModel, r0: number, c0: number, v: unknown) => {
      const rows = data.get(s)!;
      while (rows.length <= r0) rows.push([]);
      rows[r0][c0] = v;
    };
    const include = (s: SheetModel, ref: { r1: number; c1: number; r2: number; c2: number }) => {
      const values = s._values.rows;
      const last = Math.min(ref.r2, values.length);
      for (let r = ref.r1; r <= last; r++) {
        const row = values[r - 1];
        if (!row) continue;
        const cl = Math.min(ref.c2, row.length);
        for (let c = ref.c1; c <= cl; c++) {
          const v = row[c - 1];
          if (v !== undefined && v !== '') put(s, r - 1, c - 1, hfInput(v, tz));
        }
      }
    };

    this.relevant = new Set();
    const anchorsBySheet = new Map<SheetModel, Array<{ r: number; c: number; formula: string; type: Inferred }>>();
    const allRefs: Array<{ sheet: SheetModel; ref: ClosedRef }> = [];
    const usedNames = new Set<string>();
    let wholeSheets = false;
    for (const s of sheets) {
      const anchors = s._anchorList();
      if (!anchors.length) continue;
      this.relevant.add(s);
      const list: Array<{ r: number; c: number; formula: string; type: Inferred }> = [];
      for (const [r, c, stored] of anchors) {
        // Stored as set; read in the syntax the spreadsheet parses (see canonicalFormula).
        const formula = canonicalFormula(stored, argSep);
        if (formula === null) {
          list.push({ r, c, formula: stored, type: 'other' });
          put(s, r - 1, c - 1, '=#ERROR!');
          continue;
        }
        if (
          rt.unsupportedFunctions.size &&
          tokenize(formula).some((t) => t.t === 'func' && rt.unsupportedFunctions.has(t.s.toUpperCase()))
        ) {
          list.push({ r, c, formula: stored, type: 'other' });
          put(s, r - 1, c - 1, '=#NAME?');
          continue;
        }
        if (/\b(TODAY|NOW)\s*\(/i.test(formula)) this.usesToday = true;
        const prep = prepareForEngine(formula, s._name, extent, today);
        for (const ref of prep.refs) {
          const target = byName.get(ref.sheet.toLowerCase());
          if (target) {
            this.relevant.add(target);
            allRefs.push({ sheet: target, ref });
          }
        }
        for (const n of prep.names) usedNames.add(n.toLowerCase());
        if (prep.usesVolatileRefs) wholeSheets = true;
        const type = inferResultType(formula, (ref: RefParts) => this.refType(s, ref, byName));
        list.push({ r, c, formula, type });
        let text = prep.text.startsWith('=') ? prep.text : `=${prep.text}`;
        if (scalarWorkday && /\bARRAYFORMULA\s*\(/i.test(text)) text = scalarWorkdays(text);
        if (usesLambda(text)) this.putExpanded(s, r, c, text, put);
        else put(s, r - 1, c - 1, text);
        if (win?.band && win.sheet === s) {
          // The same formula once more for the band, anchored in the row above it (window.ts).
          const { from, to } = win.band;
          const end = Math.min(to, s._lastRowRaw());
          const band = prepareForEngine(bandFormula(formula, s._name, r, from, end), s._name, extent, today);
          for (const ref of band.refs) {
            const target = byName.get(ref.sheet.toLowerCase());
            if (target) allRefs.push({ sheet: target, ref });
          }
          let btext = band.text.startsWith('=') ? band.text : `=${band.text}`;
          if (scalarWorkday && /\bARRAYFORMULA\s*\(/i.test(btext)) btext = scalarWorkdays(btext);
          if (usesLambda(btext)) this.putExpanded(s, from - 1, c, btext, put, r);
          else put(s, from - 2, c - 1, btext);
        }
      }
      anchorsBySheet.set(s, list);
    }

    // Named ranges become named expressions; their cells are included when a formula names them.
    const named: Array<{ name: string; expression: string }> = [
      { name: 'TRUE', expression: '=TRUE()' },
      { name: 'FALSE', expression: '=FALSE()' },
    ];
    for (const nr of ss._namedRangeList()) {
      const target = nr.sheet;
      if (!sheets.includes(target)) continue;
      const rect = nr.rect;
      named.push({
        name: nr.name,
        expression: `=${quoteSheetName(target._name)}!$${colLetters(rect.c1)}$${rect.r1}:$${colLetters(rect.c2)}$${rect.r2}`,
      });
      if (usedNames.has(nr.name.toLowerCase())) {
        this.relevant.add(target);
        allRefs.push({ sheet: target, ref: { sheet: target._name, ...rect } });
      }
    }

    if (wholeSheets) {
      for (const s of sheets) {
        this.relevant.add(s);
        allRefs.push({ sheet: s, ref: { sheet: s._name, r1: 1, c1: 1, r2: s._values.rows.length, c2: s._maxCols } });
      }
    }
    for (const { sheet, ref } of allRefs) include(sheet, ref);
    // Cells a formula may spill into must be there for HyperFormula to see the spill blocked.
    for (const [s, list] of anchorsBySheet) {
      const minR = Math.min(...list.map((a) => a.r));
      const minC = Math.min(...list.map((a) => a.c));
      include(s, {
        r1: minR,
        c1: minC,
        r2: win && win.sheet === s ? win.lastRow : s._values.rows.length,
        c2: s._maxCols,
      });
      if (win?.band && win.sheet === s)
        include(s, { r1: win.band.from - 1, c1: minC, r2: win.band.to, c2: s._maxCols });
    }

    const input: Record<string, unknown[][]> = {};
    for (const s of sheets) input[s._name] = data.get(s)!;
    const maxRows = Math.max(...sheets.map((s) => Math.max(s._maxRows, data.get(s)!.length)), 1000);
    const maxCols = Math.max(...sheets.map((s) => s._maxCols), 26);
    let hf: HyperFormula | null = null;
    this.computed.clear();
    this.hints.clear();
    try {
      hf = HyperFormula.buildFromSheets(
        input as any,
        {
          licenseKey: 'gpl-v3',
          maxRows: maxRows + 1,
          maxColumns: maxCols + 1,
          useArrayArithmetic: false,
          smartRounding: true,
          useWildcards: true,
          matchWholeCell: true,
          caseSensitive: false,
          dateFormats: ss._localeInfo().dayFirst
            ? ['DD/MM/YYYY', 'DD-MM-YYYY', 'YYYY-MM-DD']
            : ['MM/DD/YYYY', 'MM/DD/YY', 'YYYY-MM-DD'],
        },
        named as any,
      );
      for (const [s, list] of anchorsBySheet) this.collect(hf, s, list, win?.sheet === s ? win : null);
    } finally {
      hf?.destroy();
    }
    this.dirty = false;
    this.builds += 1;
    this.lastBuildMs = Date.now() - started;
  }

  /**
   * A MAP formula as one formula per output row (lambda.ts). Like a spill, the rows below the
   * anchor must be empty: a value typed there gives #REF! at the anchor, as Sheets shows. `home`:
   * the row of the formula as stored (a band's copy is put elsewhere, window.ts).
   */
  private putExpanded(
    s: SheetModel,
    r: number,
    c: number,
    text: string,
    put: (s: SheetModel, r0: number, c0: number, v: unknown) => void,
    home = r,
  ): void {
    const cells = expandMap(text);
    if (typeof cells === 'string') {
      put(s, r - 1, c - 1, `=${cells}`);
      return;
    }
    // The calculation limit (RuntimeOptions.mapRowLimit): the formula stops and shows #ERROR!.
    // Counted over the sheet's rows, not the evaluated window: Sheets computes the whole formula.
    const limit = this.ss._rt.mapRowLimit;
    const outRows = Math.max(cells.filter((x) => x.dr > 0).length, s._values.rows.length - home);
    if (limit !== null && outRows > limit) {
      // The stored formula shows #ERROR! and spills nothing: a band's copy puts nothing at all.
      if (home === r) put(s, r - 1, c - 1, '=#ERROR!');
      return;
    }
    const raw = s._values.rows;
    const forms = s._formulas.rows;
    for (const cell of cells) {
      if (cell.dr === 0) continue;
      const r0 = r - 1 + cell.dr;
      const v = raw[r0]?.[c - 1];
      if ((v !== undefined && v !== '') || forms[r0]?.[c - 1]) {
        put(s, r - 1, c - 1, '=#REF!');
        return;
      }
    }
    for (const cell of cells) put(s, r - 1 + cell.dr, c - 1, `=${cell.text}`);
  }

  private refType(host: SheetModel, ref: RefParts, byName: Map<string, SheetModel>): Inferred {
    const s = ref.sheet ? byName.get(ref.sheet.toLowerCase()) : host;
    if (!s || ref.c1 === null) return 'other';
    const r = ref.r1 ?? 1;
    const v = s._values.get(r - 1, ref.c1 - 1);
    if (isDate(v)) return 'date';
    const fmt = s._prop('numberFormat').get(r - 1, ref.c1 - 1) as string | undefined;
    if (typeof v === 'number' && isDateFormat(fmt)) return 'date';
    return 'other';
  }

  /** The evaluated rows of `s` into `computed`: all of them, or a window's top rows and band. */
  private collect(
    hf: HyperFormula,
    s: SheetModel,
    anchors: Array<{ r: number; c: number; formula: string; type: Inferred }>,
    win: RowWindow | null,
  ): void {
    const sheetId = hf.getSheetId(s._name)!;
    const dims = hf.getSheetDimensions(sheetId);
    const minR = Math.min(...anchors.map((a) => a.r));
    const minC = Math.min(...anchors.map((a) => a.c));
    const comp = new Grid<unknown>();
    const hints = new Grid<Inferred>();
    this.computed.set(s, comp);
    this.hints.set(s, hints);
    if (dims.height < minR || dims.width < minC) return;
    const spans: Array<[number, number]> = win?.band
      ? [
          [minR, Math.min(win.lastRow, dims.height)],
          [win.band.from, Math.min(win.band.to, dims.height)],
        ]
      : [[minR, dims.height]];
    const anchorAt = new Map<number, Inferred>();
    const width = s._maxCols + 1;
    for (const a of anchors) anchorAt.set((a.r - 1) * width + (a.c - 1), a.type);
    const colType: Array<Inferred | undefined> = [];
    const raw = s._values.rows;
    for (const [first, last] of spans) {
      if (last < first) continue;
      const values = hf.getRangeValues({
        start: { sheet: sheetId, row: first - 1, col: minC - 1 },
        end: { sheet: sheetId, row: last - 1, col: dims.width - 1 },
      });
      this.collectRows(values, first, minC, width, anchorAt, colType, raw, comp, hints);
    }
  }

  private collectRows(
    values: unknown[][],
    first: number,
    minC: number,
    width: number,
    anchorAt: Map<number, Inferred>,
    colType: Array<Inferred | undefined>,
    raw: Array<unknown[] | undefined>,
    comp: Grid<unknown>,
    hints: Grid<Inferred>,
  ): void {
    for (let i = 0; i < values.length; i++) {
      const r0 = first - 1 + i;
      const row = values[i];
      const rawRow = raw[r0];
      let rowType: Inferred | undefined;
      for (let j = 0; j < row.length; j++) {
        const c0 = minC - 1 + j;
        const key = r0 * width + c0;
        const anchorType = anchorAt.get(key);
        let v = row[j] as unknown;
        if (anchorType !== undefined) {
          colType[c0] = anchorType;
          rowType = anchorType;
          v = convertResult(v);
          comp.set(r0, c0, v === null ? '' : v);
          if (typeof v === 'number' && anchorType !== 'other') hints.set(r0, c0, anchorType);
          continue;
        }
        if (v === null || v === undefined) continue;
        const rv = rawRow ? rawRow[c0] : undefined;
        if (rv !== undefined && rv !== '') continue;
        v = convertResult(v);
        comp.set(r0, c0, v);
        const t = colType[c0] ?? rowType;
        if (typeof v === 'number' && t && t !== 'other') hints.set(r0, c0, t);
      }
    }
  }
}

function colLetters(c: number): string {
  let s = '';
  let n = c;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function convertResult(v: unknown): unknown {
  if (v instanceof DetailedCellError) return ERROR_MAP[v.type] ?? v.value;
  if (typeof v === 'number' && !Number.isFinite(v)) return '#NUM!';
  return v;
}
