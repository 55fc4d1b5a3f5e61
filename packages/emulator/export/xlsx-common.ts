// What the xlsx export and import share: Excel's colours, formats and dates as exceljs holds them,
// the validation operators, and the hidden sheet that holds dropdown lists.
import { fromWallMs, isDateFormat, toWallMs } from '../sheets/format';
import { isDate } from '../runtime';
import type ExcelJS from 'exceljs';

export const PX_PER_CHAR = 7;

/** exceljs has the per-sheet validation store but does not declare it. */
export interface WithValidations {
  dataValidations: { add: (address: string, v: ExcelJS.DataValidation) => void; model: unknown };
}
export const LIST_SHEET = '_validation_lists';
export const DEFAULT_CHART_W = 600;
export const DEFAULT_CHART_H = 371;

export function argb(hex: string | undefined | null): { argb: string } | undefined {
  if (!hex) return undefined;
  return { argb: `FF${hex.replace('#', '').toUpperCase()}` };
}

export function hexOf(color: { argb?: string } | undefined): string | undefined {
  const a = color?.argb;
  if (!a || a.length < 6) return undefined;
  return `#${a.slice(-6).toLowerCase()}`;
}

/** Sheets number format → Excel: date/time letters in lower case (Excel reads "MM" as month too, but be plain). */
export function toExcelFormat(fmt: string): string {
  if (!isDateFormat(fmt)) return fmt;
  return fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]|(am\/pm|a\/p)|[DYMHS]/gi, (m, ampm) =>
    m.length === 1 && !ampm && !m.startsWith('\\') ? m.toLowerCase() : m,
  );
}

/** An instant shown in the spreadsheet's zone, as the naive UTC Date exceljs expects. */
export function toExcelDate(d: Date, tz: string): Date {
  return new Date(toWallMs(d.getTime(), tz));
}

export function fromExcelDate(d: Date, tz: string): Date {
  return new Date(fromWallMs(d.getTime(), tz));
}

export function excelResult(v: unknown, tz: string): unknown {
  if (v === '' || v === undefined || v === null) return undefined;
  if (isDate(v)) return toExcelDate(v, tz);
  if (typeof v === 'string' && /^#(REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!)$/.test(v))
    return { error: v === '#ERROR!' ? '#VALUE!' : v };
  return v;
}

// biome-ignore format: a table laid out by hand, one entry per line
export const NUMBER_OPERATORS: Record<string, string> = {
  NUMBER_BETWEEN: 'between', NUMBER_NOT_BETWEEN: 'notBetween', NUMBER_EQUAL_TO: 'equal', NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual', NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
};
export const DATE_OPERATORS: Record<string, string> = {
  DATE_AFTER: 'greaterThan',
  DATE_BEFORE: 'lessThan',
  DATE_ON_OR_AFTER: 'greaterThanOrEqual',
  DATE_ON_OR_BEFORE: 'lessThanOrEqual',
  DATE_EQUAL_TO: 'equal',
  DATE_BETWEEN: 'between',
  DATE_NOT_BETWEEN: 'notBetween',
};

export interface ListSheet {
  ws: ExcelJS.Worksheet | null;
  next: number;
}
