// Reading an .xlsx back into a new emulated spreadsheet (exceljs): values with real Dates,
// formulas kept as formulas, number formats, bold and fills, notes, data validations and the
// conditional formats that map. The other way is xlsx.ts.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { type Runtime, isDate } from '../runtime';
import { createSpreadsheet } from '../sheets';
import type { SheetImpl } from '../sheets/sheet';
import type { SpreadsheetImpl } from '../sheets/spreadsheet';
import { type DataValidation, DataValidationBuilder } from '../sheets/validation';
import { ConditionalFormatRuleBuilder } from '../sheets/conditional';
import { parseA1, splitSheet } from '../sheets/a1';
import { fromWallMs } from '../sheets/format';
import {
  DATE_OPERATORS,
  LIST_SHEET,
  NUMBER_OPERATORS,
  PX_PER_CHAR,
  type WithValidations,
  fromExcelDate,
  hexOf,
} from './xlsx-common';

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

export async function importXlsxBuffer(
  buffer: Buffer,
  rt: Runtime,
  name = 'Imported',
  opts: { id?: string; locale?: string; timeZone?: string } = {},
): Promise<any> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  return workbookToSpreadsheet(wb, rt, name, opts);
}

function workbookToSpreadsheet(
  wb: ExcelJS.Workbook,
  rt: Runtime,
  name: string,
  opts: { id?: string; locale?: string; timeZone?: string } = {},
): any {
  const proxy = createSpreadsheet(rt, name, {
    locale: opts.locale ?? rt.locale,
    timeZone: opts.timeZone ?? rt.timeZone,
    id: opts.id,
  });
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
            if (p?.r1 && p.c1 && p.r2 && p.c2) {
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
      if (p?.r1 && p.c1 && p.r2 && p.c2)
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
    if (!p?.r1 || !p.c1) continue;
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
      if (!p?.r1 || !p.c1) return null;
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
