// The emulated spreadsheet to and from .xlsx (exceljs), and CSV into a sheet.
//
// Export writes what an officer would see: every sheet, values, each formula with its computed
// result, number formats, widths, frozen rows, bold and fills, data validations, conditional
// formats that map, and each chart as a picture (exceljs writes no charts). Import reads a
// workbook back into a new emulated spreadsheet, with real Dates and formulas kept as formulas.
import { canonicalFormula } from '../sheets/lambda';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Runtime, isDate } from '../runtime';
import { createSpreadsheet } from '../sheets';
import type { SheetImpl } from '../sheets/sheet';
import type { SpreadsheetImpl } from '../sheets/spreadsheet';
import { DataValidation, DataValidationBuilder } from '../sheets/validation';
import { ConditionalFormatRuleBuilder } from '../sheets/conditional';
import { colToLetters, cellA1, parseA1, quoteSheetName, rectA1, splitSheet } from '../sheets/a1';
import { fromWallMs, isDateFormat, toWallMs, dateToSerial, AUTOMATIC_FORMAT } from '../sheets/format';
import { renderChartPng } from '../render/chart';

const PX_PER_CHAR = 7;

/** exceljs has the per-sheet validation store but does not declare it. */
interface WithValidations {
  dataValidations: { add: (address: string, v: ExcelJS.DataValidation) => void; model: unknown };
}
const LIST_SHEET = '_validation_lists';
const DEFAULT_CHART_W = 600;
const DEFAULT_CHART_H = 371;

function argb(hex: string | undefined | null): { argb: string } | undefined {
  if (!hex) return undefined;
  return { argb: `FF${hex.replace('#', '').toUpperCase()}` };
}

function hexOf(color: { argb?: string } | undefined): string | undefined {
  const a = color?.argb;
  if (!a || a.length < 6) return undefined;
  return `#${a.slice(-6).toLowerCase()}`;
}

/** Sheets number format → Excel: date/time letters in lower case (Excel reads "MM" as month too, but be plain). */
function toExcelFormat(fmt: string): string {
  if (!isDateFormat(fmt)) return fmt;
  return fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]|(am\/pm|a\/p)|[DYMHS]/gi, (m, ampm) =>
    m.length === 1 && !ampm && !m.startsWith('\\') ? m.toLowerCase() : m,
  );
}

/** An instant shown in the spreadsheet's zone, as the naive UTC Date exceljs expects. */
function toExcelDate(d: Date, tz: string): Date {
  return new Date(toWallMs(d.getTime(), tz));
}

function fromExcelDate(d: Date, tz: string): Date {
  return new Date(fromWallMs(d.getTime(), tz));
}

function excelResult(v: unknown, tz: string): unknown {
  if (v === '' || v === undefined || v === null) return undefined;
  if (isDate(v)) return toExcelDate(v, tz);
  if (typeof v === 'string' && /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/.test(v))
    return { error: v === '#ERROR!' ? '#VALUE!' : v };
  return v;
}

// biome-ignore format: a table laid out by hand, one entry per line
const NUMBER_OPERATORS: Record<string, string> = {
  NUMBER_BETWEEN: 'between', NUMBER_NOT_BETWEEN: 'notBetween', NUMBER_EQUAL_TO: 'equal', NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual', NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};
const DATE_OPERATORS: Record<string, string> = {
  DATE_AFTER: 'greaterThan',
  DATE_BEFORE: 'lessThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
  DATE_EQUAL_TO: 'equal',
  DATE_BETWEEN: 'between',
  DATE_NOT_BETWEEN: 'notBetween',
};

interface ListSheet {
  ws: ExcelJS.Worksheet | null;
  next: number;
}

function validationModel(
  dv: DataValidation,
  tz: string,
  lists: ListSheet,
  wb: ExcelJS.Workbook,
): Record<string, unknown> | null {
  const name = dv._criteria._name;
  const base: Record<string, unknown> = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: dv._allowInvalid ? 'warning' : 'stop',
  };
  if (dv._helpText) {
    base.error = dv._helpText;
    base.prompt = dv._helpText;
    base.showInputMessage = true;
  }
  const a = dv._args;
  if (name === 'VALUE_IN_LIST' || name === 'CHECKBOX') {
    const items = name === 'CHECKBOX' ? ['TRUE', 'FALSE'] : ((a[0] as unknown[]) ?? []).map((x) => String(x));
    const inline = items.join(',');
    if (inline.length <= 250 && !items.some((x) => x.includes(',') || x.includes('"'))) {
      return { ...base, type: 'list', formulae: [`"${inline}"`] };
    }
    // Long lists or items with commas: Excel wants a range, so the items go to a hidden sheet.
    if (!lists.ws) {
      lists.ws = wb.addWorksheet(LIST_SHEET, { state: 'veryHidden' });
      lists.next = 1;
    }
    const col = lists.next++;
    items.forEach((x, i) => (lists.ws!.getCell(i + 1, col).value = x));
    const letters = colToLetters(col);
    return {
      ...base,
      type: 'list',
      formulae: [`${LIST_SHEET}!$${letters}$1:$${letters}$${Math.max(1, items.length)}`],
    };
  }
  if (name === 'VALUE_IN_RANGE') {
    const range = a[0] as {
      _sheetImpl: () => SheetImpl;
      _rect: () => { r1: number; c1: number; r2: number; c2: number };
    };
    const r = range._rect();
    const ref = `${quoteSheetName(range._sheetImpl()._name)}!$${colToLetters(r.c1)}$${r.r1}:$${colToLetters(r.c2)}$${r.r2}`;
    return { ...base, type: 'list', formulae: [ref] };
  }
  if (NUMBER_OPERATORS[name])
    return { ...base, type: 'decimal', operator: NUMBER_OPERATORS[name], formulae: a.map((x) => Number(x)) };
  if (name === 'DATE_IS_VALID_DATE') return { ...base, type: 'date', operator: 'greaterThan', formulae: [1] };
  if (DATE_OPERATORS[name]) {
    return {
      ...base,
      type: 'date',
      operator: DATE_OPERATORS[name],
      formulae: a.map((x) => (isDate(x) ? Math.round(dateToSerial(x, tz)) : Number(x))),
    };
  }
  if (name === 'CUSTOM_FORMULA') return { ...base, type: 'custom', formulae: [String(a[0]).replace(/^=/, '')] };
  if (name === 'TEXT_IS_VALID_EMAIL') return null;
  return null;
}

function conditionalModel(
  rule: {
    _criteria: { _name: string };
    _args: unknown[];
    _format: { background: string | null; fontColor: string | null; bold: boolean | null; italic: boolean | null };
  },
  topLeft: string,
  priority: number,
): Record<string, unknown> | null {
  const style: Record<string, unknown> = {};
  if (rule._format.background)
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: argb(rule._format.background) };
  const font: Record<string, unknown> = {};
  if (rule._format.fontColor) font.color = argb(rule._format.fontColor);
  if (rule._format.bold) font.bold = true;
  if (rule._format.italic) font.italic = true;
  if (Object.keys(font).length) style.font = font;
  const a = rule._args;
  const q = (s: unknown) => `"${String(s).replace(/"/g, '""')}"`;
  switch (rule._criteria._name) {
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', formulae: [q(a[0])], style, priority };
    case 'TEXT_NOT_EQUAL_TO':
      return { type: 'cellIs', operator: 'notEqual', formulae: [q(a[0])], style, priority };
    case 'TEXT_CONTAINS':
      return { type: 'containsText', operator: 'containsText', text: String(a[0]), style, priority };
    case 'TEXT_DOES_NOT_CONTAIN':
      return { type: 'containsText', operator: 'notContains', text: String(a[0]), style, priority };
    case 'TEXT_STARTS_WITH':
      return { type: 'containsText', operator: 'beginsWith', text: String(a[0]), style, priority };
    case 'TEXT_ENDS_WITH':
      return { type: 'containsText', operator: 'endsWith', text: String(a[0]), style, priority };
    case 'CUSTOM_FORMULA':
      return { type: 'expression', formulae: [String(a[0]).replace(/^=/, '')], style, priority };
    case 'CELL_NOT_EMPTY':
      return { type: 'expression', formulae: [`LEN(TRIM(${topLeft}))>0`], style, priority };
    case 'CELL_EMPTY':
      return { type: 'expression', formulae: [`LEN(TRIM(${topLeft}))=0`], style, priority };
    default:
      if (NUMBER_OPERATORS[rule._criteria._name]) {
        return {
          type: 'cellIs',
          operator: NUMBER_OPERATORS[rule._criteria._name],
          formulae: a.map(String),
          style,
          priority,
        };
      }
      return null;
  }
}

/** Rows × columns of a formula's spilled result (1×1 when it does not spill). */
function spillExtent(
  s: SheetImpl,
  comp: { get: (r: number, c: number) => unknown } | undefined,
  r: number,
  c: number,
  lastRow: number,
  lastCol: number,
): [number, number] {
  if (!comp) return [1, 1];
  let h = 1;
  while (r + h <= lastRow && comp.get(r + h - 1, c - 1) !== undefined && !s._formulas.get(r + h - 1, c - 1)) h++;
  let w = 1;
  while (c + w <= lastCol && comp.get(r - 1, c + w - 1) !== undefined && !s._formulas.get(r - 1, c + w - 1)) w++;
  return [h, w];
}

/** Builds the workbook for an emulated spreadsheet. */
export async function buildWorkbook(spreadsheet: unknown): Promise<ExcelJS.Workbook> {
  const ss = (spreadsheet as { _impl: () => SpreadsheetImpl })._impl();
  const tz = ss._tz;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PPID Sheets emulator';
  wb.created = ss._rt.now();
  const lists: ListSheet = { ws: null, next: 1 };
  const loc = ss._localeInfo();
  for (const s of ss._sheetImpls()) {
    const ws = wb.addWorksheet(s._name, {
      views: s._frozenRows || s._frozenCols ? [{ state: 'frozen', xSplit: s._frozenCols, ySplit: s._frozenRows }] : [],
      properties: { tabColor: argb(s._tabColor), defaultColWidth: 100 / PX_PER_CHAR } as ExcelJS.WorksheetProperties,
      state: s._hidden ? 'hidden' : 'visible',
    });
    const anchors = s._anchorList();
    if (anchors.length) ss._engine.ensure();
    const comp = anchors.length ? ss._engine.computed.get(s._self) : undefined;
    const lastRow = Math.max(s._lastRowRaw(), comp ? comp.rows.length : 0);
    let lastCol = s._lastColRaw();
    if (comp) for (const row of comp.rows) if (row) lastCol = Math.max(lastCol, row.length);
    const values = lastRow && lastCol ? s._readValues(1, 1, lastRow, lastCol) : [];
    const fmts = s._props.get('numberFormat');
    for (let r = 1; r <= lastRow; r++) {
      const vrow = values[r - 1];
      for (let c = 1; c <= lastCol; c++) {
        const f = s._formulas.get(r - 1, c - 1);
        const v = vrow[c - 1];
        const fmt = fmts?.get(r - 1, c - 1) as string | undefined;
        if (!f && (v === '' || v === undefined)) continue;
        const cell = ws.getCell(r, c);
        if (f) {
          const [h, w] = spillExtent(s, comp, r, c, lastRow, lastCol);
          // xlsx holds formulas in canonical syntax whatever the locale they were typed in.
          const canonical = ss._rt.quirk('formula-locale-separators') ? (canonicalFormula(f, loc.argSep) ?? f) : f;
          const model: Record<string, unknown> = { formula: canonical.replace(/^=/, ''), result: excelResult(v, tz) };
          if (h > 1 || w > 1) {
            model.shareType = 'array';
            model.ref = rectA1({ r1: r, c1: c, r2: r + h - 1, c2: c + w - 1 });
          }
          cell.value = model as unknown as ExcelJS.CellValue;
        } else {
          cell.value = (isDate(v) ? toExcelDate(v, tz) : v) as ExcelJS.CellValue;
        }
        if (fmt && fmt !== AUTOMATIC_FORMAT) cell.numFmt = toExcelFormat(fmt);
        else if (isDate(v)) {
          const wall = toWallMs(v.getTime(), tz);
          cell.numFmt = wall % 86400000 === 0 ? toExcelFormat(loc.date) : toExcelFormat(loc.dateTime);
        }
      }
    }
    // Styles and notes, wherever they are set (also on empty cells).
    const styleAt = (p: string) => s._props.get(p as never);
    const bold = styleAt('fontWeight');
    const bg = styleAt('background');
    const color = styleAt('fontColor');
    const size = styleAt('fontSize');
    const italic = styleAt('fontStyle');
    const hAlign = styleAt('hAlign');
    const wrap = styleAt('wrap');
    const notes = styleAt('note');
    const touched = new Set<string>();
    for (const g of [bold, bg, color, size, italic, hAlign, wrap, notes])
      g?.forEach((_v, r, c) => touched.add(`${r},${c}`));
    for (const key of touched) {
      const [r, c] = key.split(',').map(Number);
      const cell = ws.getCell(r + 1, c + 1);
      const font: Partial<ExcelJS.Font> = {};
      if (bold?.get(r, c) === 'bold') font.bold = true;
      if (italic?.get(r, c) === 'italic') font.italic = true;
      const fc = color?.get(r, c) as string | undefined;
      if (fc) font.color = argb(fc);
      const fs = size?.get(r, c) as number | undefined;
      if (fs) font.size = fs;
      if (Object.keys(font).length) cell.font = font;
      const fill = bg?.get(r, c) as string | undefined;
      if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: argb(fill)! };
      const ha = hAlign?.get(r, c) as string | undefined;
      const wr = wrap?.get(r, c) as boolean | undefined;
      if ((ha && ha !== 'general' && ha !== 'normal') || wr) {
        cell.alignment = {
          ...(ha && ha !== 'general' && ha !== 'normal' ? { horizontal: ha as ExcelJS.Alignment['horizontal'] } : {}),
          ...(wr ? { wrapText: true } : {}),
        };
      }
      const note = notes?.get(r, c) as string | undefined;
      if (note) cell.note = note;
    }
    for (let c = 1; c <= Math.max(lastCol, ...s._colWidths.keys(), ...s._hiddenCols); c++) {
      const col = ws.getColumn(c);
      col.width = (s._colWidths.get(c) ?? 100) / PX_PER_CHAR;
      if (s._hiddenCols.has(c)) col.hidden = true;
    }
    for (const m of s._merges) if (!m.deleted) ws.mergeCells(rectA1(m.rect));

    // Data validations, grouped into vertical runs of the same rule.
    const dvGrid = s._props.get('validation');
    if (dvGrid) {
      const models = new Map<DataValidation, Record<string, unknown> | null>();
      const runs = new Map<number, Array<[number, number, DataValidation]>>();
      dvGrid.forEach((dv, r, c) => {
        const list = runs.get(c) ?? [];
        runs.set(c, list);
        const last = list[list.length - 1];
        if (last && last[2] === dv && last[1] === r - 1) last[1] = r;
        else list.push([r, r, dv as DataValidation]);
      });
      for (const [c, list] of runs) {
        for (const [r1, r2, dv] of list) {
          if (!models.has(dv)) models.set(dv, validationModel(dv, tz, lists, wb));
          const model = models.get(dv);
          if (model)
            (ws as unknown as WithValidations).dataValidations.add(
              rectA1({ r1: r1 + 1, c1: c + 1, r2: r2 + 1, c2: c + 1 }),
              model as unknown as ExcelJS.DataValidation,
            );
        }
      }
    }

    // Conditional formats that have an Excel counterpart.
    let priority = 1;
    for (const rule of s._condRules as Array<{
      _criteria: { _name: string };
      _args: unknown[];
      _format: never;
      _ranges: Array<{ _rect: () => { r1: number; c1: number; r2: number; c2: number }; _sheetImpl: () => SheetImpl }>;
    }>) {
      for (const range of rule._ranges) {
        if (range._sheetImpl()._self !== s._self) continue;
        const rect = range._rect();
        const model = conditionalModel(rule, cellA1(rect.r1, rect.c1), priority++);
        if (model)
          ws.addConditionalFormatting({
            ref: rectA1(rect),
            rules: [model as unknown as ExcelJS.ConditionalFormattingRule],
          });
      }
    }

    // Charts as pictures at their anchor cell.
    for (const chart of s._charts) {
      const data = chart._data();
      const png = renderChartPng(data);
      const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
      const p = chart._spec.position;
      const colPx = s._colWidths.get(p.col) ?? 100;
      ws.addImage(id, {
        tl: { col: p.col - 1 + p.offX / colPx, row: p.row - 1 + p.offY / 21 } as ExcelJS.Anchor,
        ext: { width: data.width ?? DEFAULT_CHART_W, height: data.height ?? DEFAULT_CHART_H },
      });
    }
  }
  return wb;
}

export async function exportXlsx(spreadsheet: unknown, filePath: string): Promise<void> {
  const wb = await buildWorkbook(spreadsheet);
  await wb.xlsx.writeFile(filePath);
}

export async function exportXlsxBuffer(spreadsheet: unknown): Promise<Buffer> {
  const wb = await buildWorkbook(spreadsheet);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ----------------------------------------------------------------------------------------------
// Import

function cellText(v: unknown): string {
  const rt = v as { richText?: Array<{ text: string }>; text?: unknown };
  if (rt && Array.isArray(rt.richText)) return rt.richText.map((p) => p.text).join('');
  if (rt && rt.text !== undefined) return cellText(rt.text);
  return String(v ?? '');
}

function noteText(n: unknown): string | undefined {
  if (!n) return undefined;
  if (typeof n === 'string') return n;
  const texts = (n as { texts?: Array<{ text: string }> }).texts;
  return texts ? texts.map((t) => t.text).join('') : undefined;
}

function fromExcelFormat(fmt: string | undefined): string | undefined {
  if (!fmt || fmt === 'General') return undefined;
  if (fmt === 'mm-dd-yy') return undefined; // Excel's locale short date: shown in the spreadsheet's own default
  return fmt;
}

/** Reads an .xlsx into a new emulated spreadsheet (not made active). */
export async function importXlsx(filePath: string, rt: Runtime): Promise<any> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(filePath);
  return workbookToSpreadsheet(wb, rt, path.basename(filePath).replace(/\.xlsx$/i, ''));
}

export async function importXlsxBuffer(buffer: Buffer, rt: Runtime, name = 'Imported'): Promise<any> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbookToSpreadsheet(wb, rt, name);
}

function workbookToSpreadsheet(wb: ExcelJS.Workbook, rt: Runtime, name: string): any {
  const proxy = createSpreadsheet(rt, name, { locale: rt.locale, timeZone: rt.timeZone });
  const ss = (proxy as { _impl: () => SpreadsheetImpl })._impl();
  const tz = ss._tz;
  const placeholder = ss._sheetImpls()[0];
  ss._renameSheet(placeholder, `__placeholder_${rt.newId('p')}`);
  const listSheet = wb.worksheets.find((w) => w.name === LIST_SHEET) ?? null;
  const pending: Array<{ sheet: SheetImpl; ws: ExcelJS.Worksheet }> = [];
  for (const ws of wb.worksheets) {
    if (ws.name === LIST_SHEET) continue;
    const rows = Math.max(1000, ws.rowCount);
    const cols = Math.max(26, ws.columnCount);
    const sheet = ss._addSheet(ws.name, ss._sheetImpls().length, rows, cols);
    if (ws.state === 'hidden' || ws.state === 'veryHidden') sheet._hidden = true;
    const view = ws.views?.[0] as { state?: string; ySplit?: number; xSplit?: number } | undefined;
    if (view?.state === 'frozen') {
      sheet._frozenRows = view.ySplit ?? 0;
      sheet._frozenCols = view.xSplit ?? 0;
    }
    const tab = hexOf((ws.properties as { tabColor?: { argb?: string } }).tabColor);
    if (tab) sheet._tabColor = tab;
    const skip = new Set<string>();
    const data: unknown[][] = [];
    const formulas: Array<[number, number, string]> = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const line: unknown[] = (data[r - 1] = data[r - 1] ?? []);
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (skip.has(`${r},${c}`)) return;
        // A merged range keeps its value in the top-left cell only; the others read as empty, as
        // Sheets shows them after an import (the file stores nothing there; exceljs hands the
        // top-left value to every cell of the range). Source: tanaikech, "Technique for Processing
        // Google Spreadsheet Including Merged Cells using Google Apps Script" (gist a03b0bb4…).
        if (cell.type === ExcelJS.ValueType.Merge) return;
        const v = cell.value as unknown;
        const fv = v as {
          formula?: string;
          sharedFormula?: string;
          shareType?: string;
          ref?: string;
          error?: string;
        } | null;
        if (fv && typeof fv === 'object' && (fv.formula !== undefined || fv.sharedFormula !== undefined)) {
          const text = cell.formula ?? fv.formula ?? '';
          formulas.push([r, c, `=${text}`]);
          if (fv.shareType === 'array' && fv.ref) {
            const p = parseA1(fv.ref);
            if (p && p.r1 && p.c1 && p.r2 && p.c2) {
              for (let i = p.r1; i <= p.r2; i++)
                for (let j = p.c1; j <= p.c2; j++) if (i !== r || j !== c) skip.add(`${i},${j}`);
            }
          }
        } else if (v === null || v === undefined) {
          /* empty */
        } else if (isDate(v)) {
          line[c - 1] = fromExcelDate(v, tz);
        } else if (typeof v === 'object' && fv && fv.error) {
          line[c - 1] = fv.error;
        } else if (typeof v === 'object') {
          line[c - 1] = cellText(v);
        } else {
          line[c - 1] = v;
        }
        const fmt = fromExcelFormat(cell.numFmt);
        if (fmt) sheet._prop('numberFormat').set(r - 1, c - 1, fmt);
        if (cell.font?.bold) sheet._prop('fontWeight').set(r - 1, c - 1, 'bold');
        if (cell.font?.italic) sheet._prop('fontStyle').set(r - 1, c - 1, 'italic');
        const fc = hexOf(cell.font?.color as { argb?: string } | undefined);
        if (fc && fc !== '#000000') sheet._prop('fontColor').set(r - 1, c - 1, fc);
        const fill = cell.fill as { type?: string; fgColor?: { argb?: string } } | undefined;
        const bg = fill?.type === 'pattern' ? hexOf(fill.fgColor) : undefined;
        if (bg) sheet._prop('background').set(r - 1, c - 1, bg);
        const note = noteText(cell.note);
        if (note) sheet._prop('note').set(r - 1, c - 1, note);
      });
    });
    for (let i = 0; i < data.length; i++) if (!data[i]) data[i] = [];
    if (data.length) sheet._writeRaw(1, 1, data);
    for (const [r, c, f] of formulas) sheet._writeFormulas(r, c, [[f]]);
    ws.columns?.forEach((col, i) => {
      if (col.width) sheet._colWidths.set(i + 1, Math.round(col.width * PX_PER_CHAR));
      if (col.hidden) sheet._hiddenCols.add(i + 1);
    });
    const merges = (ws.model as { merges?: string[] }).merges ?? [];
    for (const m of merges) {
      const p = parseA1(m);
      if (p && p.r1 && p.c1 && p.r2 && p.c2)
        sheet._merges.push(ss._anchor(sheet, { r1: p.r1, c1: p.c1, r2: p.r2, c2: p.c2 }));
    }
    pending.push({ sheet, ws });
  }
  // Validations last: a range rule may point at any sheet.
  for (const { sheet, ws } of pending) {
    importValidations(ss, sheet, ws, listSheet, tz);
    importConditionalFormats(ss, sheet, ws);
  }
  ss.deleteSheet(placeholder);
  ss._activeSheet = ss._sheetImpls()[0];
  ss._protections.length = 0;
  return proxy;
}

function importValidations(
  ss: SpreadsheetImpl,
  sheet: SheetImpl,
  ws: ExcelJS.Worksheet,
  listSheet: ExcelJS.Worksheet | null,
  tz: string,
): void {
  const model = (
    (ws as unknown as WithValidations).dataValidations as unknown as {
      model: Record<string, Record<string, unknown> | undefined>;
    }
  ).model;
  const built = new Map<object, DataValidation | null>();
  const grid = sheet._prop('validation');
  for (const [address, dvm] of Object.entries(model)) {
    if (!dvm) continue;
    if (!built.has(dvm)) built.set(dvm, toValidation(ss, dvm, listSheet, tz));
    const dv = built.get(dvm);
    if (!dv) continue;
    const p = parseA1(address);
    if (!p || !p.r1 || !p.c1) continue;
    for (let r = p.r1; r <= (p.r2 ?? p.r1); r++)
      for (let c = p.c1; c <= (p.c2 ?? p.c1); c++) grid.set(r - 1, c - 1, dv);
  }
}

function toValidation(
  ss: SpreadsheetImpl,
  m: Record<string, unknown>,
  listSheet: ExcelJS.Worksheet | null,
  tz: string,
): DataValidation | null {
  const b = new DataValidationBuilder(ss._rt);
  const formulae = (m.formulae as unknown[]) ?? [];
  const f0 = String(formulae[0] ?? '');
  const op = String(m.operator ?? 'between');
  if (m.type === 'list') {
    if (f0.startsWith('"')) {
      b.requireValueInList(f0.slice(1, -1).split(','), true);
    } else {
      const { sheet, ref } = splitSheet(f0);
      const p = parseA1(ref.replace(/\$/g, ''));
      if (!p || !p.r1 || !p.c1) return null;
      if (sheet === LIST_SHEET && listSheet) {
        const items: string[] = [];
        for (let r = p.r1; r <= (p.r2 ?? p.r1); r++) items.push(cellText(listSheet.getCell(r, p.c1).value));
        b.requireValueInList(items, true);
      } else {
        const target = sheet ? ss._findSheet(sheet) : null;
        if (!target) return null;
        b.requireValueInRange(target._rangeOf({ r1: p.r1, c1: p.c1, r2: p.r2 ?? p.r1, c2: p.c2 ?? p.c1 }), true);
      }
    }
  } else if (m.type === 'decimal' || m.type === 'whole') {
    const n = formulae.map(Number);
    const name = Object.entries(NUMBER_OPERATORS).find(([, v]) => v === op)?.[0] ?? 'NUMBER_BETWEEN';
    b.withCriteria(name, n);
  } else if (m.type === 'date') {
    if (op === 'greaterThan' && Number(f0) <= 1) b.requireDate();
    else {
      const name = Object.entries(DATE_OPERATORS).find(([, v]) => v === op)?.[0] ?? 'DATE_BETWEEN';
      b.withCriteria(
        name,
        formulae.map((x) => {
          const serial = Number(x);
          return new Date(fromWallMs(Math.round((serial - 25569) * 86400000), tz));
        }),
      );
    }
  } else if (m.type === 'custom') {
    b.requireFormulaSatisfied(`=${f0}`);
  } else {
    return null;
  }
  // Excel only refuses input when it shows a "stop" error; anything else lets the value in.
  b.setAllowInvalid(m.showErrorMessage !== true || (m.errorStyle !== undefined && m.errorStyle !== 'stop'));
  const help = (m.prompt ?? m.error) as string | undefined;
  if (help) b.setHelpText(help);
  return b.build();
}

function importConditionalFormats(ss: SpreadsheetImpl, sheet: SheetImpl, ws: ExcelJS.Worksheet): void {
  const cfs =
    (ws as unknown as { conditionalFormattings?: Array<{ ref: string; rules: Array<Record<string, unknown>> }> })
      .conditionalFormattings ?? [];
  for (const cf of cfs) {
    const refs = String(cf.ref).split(/\s+/);
    for (const rule of cf.rules) {
      const b = new ConditionalFormatRuleBuilder(ss._rt);
      const f = (rule.formulae as string[] | undefined) ?? [];
      const unq = (s: string) => (s.startsWith('"') ? s.slice(1, -1).replace(/""/g, '"') : s);
      if (rule.type === 'cellIs' && rule.operator === 'equal' && String(f[0]).startsWith('"'))
        b.whenTextEqualTo(unq(f[0]));
      else if (rule.type === 'containsText' && rule.operator === 'containsText') b.whenTextContains(String(rule.text));
      else if (rule.type === 'expression') b.whenFormulaSatisfied(`=${f[0]}`);
      else continue;
      const style = (rule.style ?? {}) as {
        fill?: { bgColor?: { argb?: string } };
        font?: { color?: { argb?: string }; bold?: boolean };
      };
      const bg = hexOf(style.fill?.bgColor);
      if (bg) b.setBackground(bg);
      const fc = hexOf(style.font?.color);
      if (fc) b.setFontColor(fc);
      if (style.font?.bold) b.setBold(true);
      const ranges = refs.map((r) => sheet._rangeFromA1(r));
      b.setRanges(ranges);
      sheet._condRules.push(b.build());
    }
  }
}

// ----------------------------------------------------------------------------------------------
// CSV: moved to csv.ts; re-exported for callers of the old path.
export { parseCsv, importCsv, typeCsvRows, typeImportedField } from './csv';
