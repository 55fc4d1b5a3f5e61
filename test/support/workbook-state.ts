// The emulated workbook's state as plain data, for "the workbook setup makes is the same as before"
// (test/addon/setup-workbook.test.ts). Every sheet, in order: its values (dates as ISO text),
// formulas, number formats, backgrounds, font weights, wraps, data validations (criteria, values,
// help text, allow-invalid) cell by cell, column widths, frozen rows and columns, hidden or not,
// conditional format rules, protections (range, description, warning-only) and bandings.
//
// A column's cells are kept as runs [firstRow, lastRow, value] of equal values, so a property set
// over a 1,000-row body is one entry. Read through the emulated Apps Script API after the run
// under test (em.resetCalls() before the next count makes these reads invisible to it).

/** Runs of equal values down each column: { A: [[1, 1, 'x'], [2, 1000, '']], … }. */
export type Runs = Record<string, Array<[number, number, unknown]>>;

export interface SheetState {
  name: string;
  hidden: boolean;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  /** Width of every column, as runs of equal widths: [firstCol, lastCol, width]. */
  widths: Array<[number, number, number]>;
  cells: Record<
    'values' | 'formulas' | 'numberFormats' | 'backgrounds' | 'fontWeights' | 'wraps' | 'validations',
    Runs
  >;
  conditional: unknown[];
  protections: ProtectionState[];
  bandings: unknown[];
}

export interface ProtectionState {
  type: string;
  range: string | null;
  description: string;
  warningOnly: boolean;
}

export interface WorkbookState {
  active: string;
  sheets: SheetState[];
}

function letter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

function plain(v: unknown): unknown {
  if (isDate(v)) return `date:${v.toISOString()}`;
  return v;
}

function a1Of(range: any): string {
  return `${range.getSheet().getName()}!${range.getA1Notation()}`;
}

function criteriaValue(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(criteriaValue);
  if (v && typeof v === 'object' && typeof (v as any).getA1Notation === 'function') return a1Of(v);
  return plain(v);
}

function ruleState(rule: any): unknown {
  if (!rule) return null;
  return {
    criteria: String(rule.getCriteriaType()),
    values: rule.getCriteriaValues().map(criteriaValue),
    allowInvalid: rule.getAllowInvalid(),
    help: rule.getHelpText() ?? null,
  };
}

function runsOf(grid: unknown[][], map: (v: unknown) => unknown = plain): Runs {
  const out: Runs = {};
  const cols = grid[0]?.length ?? 0;
  for (let c = 0; c < cols; c++) {
    const runs: Array<[number, number, unknown]> = [];
    let key = '';
    for (let r = 0; r < grid.length; r++) {
      const v = map(grid[r][c]);
      const k = JSON.stringify(v) ?? 'undefined';
      if (runs.length && k === key) runs[runs.length - 1][1] = r + 1;
      else {
        runs.push([r + 1, r + 1, v]);
        key = k;
      }
    }
    out[letter(c + 1)] = runs;
  }
  return out;
}

function conditionalState(rule: any): unknown {
  const cond = rule.getBooleanCondition();
  return {
    ranges: rule.getRanges().map(a1Of),
    criteria: String(cond.getCriteriaType()),
    values: cond.getCriteriaValues().map(criteriaValue),
    background: cond.getBackground(),
    fontColor: cond.getFontColor(),
    bold: cond.getBold(),
  };
}

function protectionState(p: any): ProtectionState {
  const range = p.getRange();
  return {
    type: String(p.getProtectionType()),
    range: range ? a1Of(range) : null,
    description: p.getDescription(),
    warningOnly: p.isWarningOnly(),
  };
}

export function sheetState(em: any, sheet: any): SheetState {
  const types = em.sheets.SpreadsheetApp.ProtectionType;
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  const all = sheet.getRange(1, 1, maxRows, maxCols);
  const widths: Array<[number, number, number]> = [];
  for (let c = 1; c <= maxCols; c++) {
    const w = sheet.getColumnWidth(c);
    const last = widths[widths.length - 1];
    if (last && last[2] === w) last[1] = c;
    else widths.push([c, c, w]);
  }
  return {
    name: sheet.getName(),
    hidden: sheet.isSheetHidden(),
    maxRows,
    maxCols,
    frozenRows: sheet.getFrozenRows(),
    frozenCols: sheet.getFrozenColumns(),
    widths,
    cells: {
      values: runsOf(all.getValues()),
      formulas: runsOf(all.getFormulas()),
      numberFormats: runsOf(all.getNumberFormats()),
      backgrounds: runsOf(all.getBackgrounds()),
      fontWeights: runsOf(all.getFontWeights()),
      wraps: runsOf(all.getWraps()),
      validations: runsOf(all.getDataValidations(), ruleState),
    },
    conditional: sheet.getConditionalFormatRules().map(conditionalState),
    protections: [...sheet.getProtections(types.SHEET), ...sheet.getProtections(types.RANGE)].map(protectionState),
    bandings: sheet.getBandings().map((b: any) => ({
      range: a1Of(b.getRange()),
      header: b.getHeaderRowColor(),
      first: b.getFirstRowColor(),
      second: b.getSecondRowColor(),
      footer: b.getFooterRowColor(),
    })),
  };
}

/** The whole workbook. The activity log's time cells (column A below the header) become 'time'. */
export function workbookState(em: any): WorkbookState {
  const ss = em.spreadsheet;
  const sheets: SheetState[] = ss.getSheets().map((s: any) => sheetState(em, s));
  for (const s of sheets) {
    if (s.name !== 'Log Aktivitas' && s.name !== 'Activity Log') continue;
    s.cells.values.A = s.cells.values.A.map(([r1, r2, v]) => [r1, r2, r1 > 1 && v !== '' ? 'time' : v]);
  }
  return { active: ss.getActiveSheet().getName(), sheets };
}

/**
 * Protections with the same sheet, type, rows, description and warning-only flag over adjacent
 * columns, merged into one protection over all those columns (a column range "A1:A1000" and
 * "B1:B1000" become "A1:B1000"), in the order of their first columns. Two workbooks that differ
 * only in how many protections cover the same cells with the same meaning compare equal after this.
 */
export function mergedProtections(list: ProtectionState[]): ProtectionState[] {
  const parse = (a1: string) => {
    const m = /^(.*)!([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
    if (!m) return null;
    const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return { sheet: m[1], c1: col(m[2]), r1: Number(m[3]), c2: col(m[4] ?? m[2]), r2: Number(m[5] ?? m[3]) };
  };
  const ranged = list
    .map((p) => ({ p, r: p.range ? parse(p.range) : null }))
    .sort((a, b) => (a.r && b.r ? a.r.c1 - b.r.c1 : 0));
  const out: Array<{ p: ProtectionState; r: ReturnType<typeof parse> }> = [];
  for (const x of ranged) {
    const prev = out.find(
      (o) =>
        o.r &&
        x.r &&
        o.p.type === x.p.type &&
        o.p.description === x.p.description &&
        o.p.warningOnly === x.p.warningOnly &&
        o.r.sheet === x.r.sheet &&
        o.r.r1 === x.r.r1 &&
        o.r.r2 === x.r.r2 &&
        o.r.c2 + 1 === x.r.c1,
    );
    if (prev?.r && x.r) {
      prev.r = { ...prev.r, c2: x.r.c2 };
      prev.p = {
        ...prev.p,
        range: `${prev.r.sheet}!${letter(prev.r.c1)}${prev.r.r1}:${letter(prev.r.c2)}${prev.r.r2}`,
      };
    } else out.push({ p: { ...x.p }, r: x.r });
  }
  return out.map((o) => o.p);
}
