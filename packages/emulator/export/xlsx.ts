// The emulated spreadsheet to .xlsx (exceljs); reading one back is xlsx-import.ts, CSV is csv.ts.
//
// Export writes what an officer would see: every sheet, values, each formula with its computed
// result, number formats, widths, frozen rows, bold and fills, data validations, conditional
// formats that map, and each chart as a picture (exceljs writes no charts). Import reads a
// workbook back into a new emulated spreadsheet, with real Dates and formulas kept as formulas.
import { canonicalFormula } from '../sheets/lambda';
import ExcelJS from 'exceljs';
import { isDate } from '../runtime';
import type { SheetImpl } from '../sheets/sheet';
import type { SpreadsheetImpl } from '../sheets/spreadsheet';
import type { DataValidation } from '../sheets/validation';
import { colToLetters, cellA1, quoteSheetName, rectA1 } from '../sheets/a1';
import { toWallMs, dateToSerial, AUTOMATIC_FORMAT } from '../sheets/format';
import { renderChartPng } from '../render/raster';
import {
  DATE_OPERATORS,
  DEFAULT_CHART_H,
  DEFAULT_CHART_W,
  LIST_SHEET,
  type ListSheet,
  NUMBER_OPERATORS,
  PX_PER_CHAR,
  type WithValidations,
  argb,
  excelResult,
  toExcelDate,
  toExcelFormat,
} from './xlsx-common';

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

export { parseCsv, importCsv, typeCsvRows, typeImportedField } from './csv';
