// The response sheet of a linked Google Form, as the add-on reads and writes it: one read of the
// whole sheet, the registration-number column it adds, and numbers written back per run of
// adjacent rows (normally one row). Google owns the other columns; the add-on never writes them.
import { responseLayout, NUMBER_HEADER, type ResponseLayout } from '../core/intake';
import { safeCellText } from '../core/register';
import type { Lang } from '../core/types';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ResponseSheetRead {
  sheet: Sheet;
  /** Row 0 holds the headers. */
  values: unknown[][];
  layout: ResponseLayout;
}

/**
 * The sheets a form sends its responses to. Sheet.getFormUrl() says so (Spreadsheet reference:
 * "the URL for the form that sends its responses to this sheet, or null"); it needs no scope
 * beyond the spreadsheet's own, unlike anything of FormApp.
 */
export function linkedResponseSheets(ss: Spreadsheet): Sheet[] {
  return ss.getSheets().filter((s) => !!s.getFormUrl());
}

/** The whole response sheet in one read, or null when it is not laid out as Google writes one. */
export function readResponseSheet(sheet: Sheet): ResponseSheetRead | null {
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (!lastRow || !lastCol) return null;
  const values = sheet.getRange(1, 1, lastRow, lastCol).getValues();
  const layout = responseLayout(values[0]);
  return layout ? { sheet, values, layout } : null;
}

/**
 * The registration-number column: found by its header, or added right of the last column. The
 * column is plain text, so a number such as "001/PPID/2025" is never read as a date.
 */
export function ensureNumberColumn(read: ResponseSheetRead, lang: Lang): number {
  if (read.layout.number !== null) return read.layout.number;
  const { sheet } = read;
  const col = read.layout.width;
  if (col + 1 > sheet.getMaxColumns()) sheet.insertColumnsAfter(sheet.getMaxColumns(), col + 1 - sheet.getMaxColumns());
  sheet.getRange(1, col + 1, sheet.getMaxRows(), 1).setNumberFormat('@');
  sheet
    .getRange(1, col + 1)
    .setValue(NUMBER_HEADER[lang])
    .setFontWeight('bold');
  read.layout.number = col;
  read.layout.width = col + 1;
  for (const row of read.values) row[col] = row[col] ?? '';
  read.values[0][col] = NUMBER_HEADER[lang];
  return col;
}

/**
 * Writes each value into its row of the number column, one call per run of adjacent rows, and
 * returns how to clear them again. A failure part-way clears what was written before rethrowing.
 */
export function writeNumbers(
  read: ResponseSheetRead,
  col: number,
  entries: Array<{ index: number; value: string }>,
): () => void {
  const sorted = [...entries].sort((a, b) => a.index - b.index);
  const runs: Array<Array<{ index: number; value: string }>> = [];
  for (const e of sorted) {
    const run = runs[runs.length - 1];
    if (run && run[run.length - 1].index + 1 === e.index) run.push(e);
    else runs.push([e]);
  }
  const written: Array<[number, number]> = [];
  const undo = () => {
    for (const [row, n] of written) read.sheet.getRange(row, col + 1, n, 1).clearContent();
  };
  try {
    for (const run of runs) {
      const row = run[0].index + 1;
      written.push([row, run.length]);
      read.sheet.getRange(row, col + 1, run.length, 1).setValues(run.map((e) => [safeCellText(e.value)]));
      for (const e of run) read.values[e.index][col] = e.value;
    }
  } catch (err) {
    try {
      undo();
    } catch (_) {
      // The first failure is the one to report.
    }
    throw err;
  }
  return undo;
}
