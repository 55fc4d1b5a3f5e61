// The "Surat" sheet: the log of letters made, one row each, read in one call and appended in
// one call. Numbers are written into plain-text cells: Sheets would read "001/PPID/V/2025" or a
// registration number like "01/07/2025" as a date and the next letter number could not be found.
import { LOG_SHEET_NAMES, logHeaderRow, readLog, type LoggedLetter } from '../core/letters';
import { safeCellText } from '../core/register';
import type { Lang } from '../core/types';
import { findSheet } from './workbook';
import { ensureRows } from './grow';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const WIDTHS = [110, 130, 300, 170, 110, 260, 260, 80];

/**
 * The log sheet, made with its header the first time a letter is made. A sheet left without its
 * header (a run that failed right after making it) gets the header before anything is logged.
 */
export function ensureLogSheet(ss: Spreadsheet, lang: Lang): Sheet {
  const found = findSheet(ss, LOG_SHEET_NAMES);
  if (found && found.getLastRow() > 0) return found;
  const sheet = found ?? ss.insertSheet(LOG_SHEET_NAMES[lang === 'en' ? 1 : 0]);
  const header = logHeaderRow(lang);
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold').setBackground('#e8eaed');
  sheet.setFrozenRows(1);
  const rows = sheet.getMaxRows();
  sheet.getRange(1, 2, rows, 1).setNumberFormat('@');
  sheet.getRange(1, 4, rows, 1).setNumberFormat('@');
  sheet.getRange(2, 5, rows - 1, 1).setNumberFormat('dd/mm/yyyy');
  WIDTHS.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
  return sheet;
}

/** The whole log in one read (header first). */
export function readLogGrid(sheet: Sheet): unknown[][] {
  return sheet.getLastRow() > 0 ? sheet.getDataRange().getValues() : [];
}

export function readLogSheet(ss: Spreadsheet, tz: number): LoggedLetter[] {
  const sheet = findSheet(ss, LOG_SHEET_NAMES);
  return sheet ? readLog(readLogGrid(sheet), tz) : [];
}

/** Appends one letter under the last row, adding rows when the sheet is full. Returns its row. */
export function appendLogRow(sheet: Sheet, values: Array<string | number | Date>): number {
  return appendLogRows(sheet, [values]);
}

/**
 * Appends letters under the last row in one write (the Form intake logs every receipt of a run
 * at once), adding rows when the sheet is full through the one mechanism every writer uses
 * (src/sheets/grow.ts). Returns the first row written.
 */
export function appendLogRows(sheet: Sheet, rows: Array<Array<string | number | Date>>): number {
  const target = sheet.getLastRow() + 1;
  if (!rows.length) return target;
  ensureRows(sheet, target + rows.length - 1);
  const cells = rows.map((r) => r.map((v) => (typeof v === 'string' ? safeCellText(v) : v)));
  // Rows added later may not carry the columns' text format: set it on these rows' number cells.
  sheet.getRange(target, 2, rows.length, 1).setNumberFormat('@');
  sheet.getRange(target, 4, rows.length, 1).setNumberFormat('@');
  sheet.getRange(target, 1, rows.length, cells[0].length).setValues(cells);
  return target;
}
