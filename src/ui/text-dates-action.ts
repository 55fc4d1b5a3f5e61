// Dates typed as text in the register: found with one read, listed for the officer, and written
// back as real dates of the same day only when the officer agrees (Siapkan Register asks).
import { findTextDates, textDateRuns, TextDateCell } from '../core/text-dates';
import { dayToDate, ymdParts } from '../core/dates';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { spreadsheetOffset } from '../sheets/holidays';
import { readRegister, NoRegisterError } from '../sheets/register';
import { spreadsheetDateOrder } from '../sheets/workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The register's date cells holding text that reads as a date (one read; none without a register). */
export function pendingTextDates(ss: Spreadsheet): TextDateCell[] {
  let values: unknown[][];
  try {
    values = readRegister(ss).values;
  } catch (err) {
    if (err instanceof NoRegisterError) return [];
    throw err;
  }
  return findTextDates(values, { dateOrder: spreadsheetDateOrder(ss), tzOffsetMinutes: spreadsheetOffset(ss) });
}

/**
 * Writes each text date back as a date of the same day, from a fresh read (the register may have
 * changed since the question). One write per run of adjacent cells in a column; only cells found
 * are written, so no other value passes through Sheets' input parsing again. Returns how many.
 */
export function convertTextDates(ss: Spreadsheet): number {
  const cells = pendingTextDates(ss);
  if (!cells.length) return 0;
  const sheet = readRegister(ss).sheet;
  const tz = spreadsheetOffset(ss);
  for (const run of textDateRuns(cells)) {
    sheet.getRange(run.row, run.col + 1, run.days.length, 1).setValues(run.days.map((d) => [dayToDate(d, tz)]));
  }
  return cells.length;
}

/** "baris 5, Tanggal Permohonan: "05/04/2025" → 05/04/2025" per cell, for the question. */
export function textDateLines(cells: TextDateCell[], lang: Lang): string[] {
  return cells.map((c) => {
    const [y, m, d] = ymdParts(c.day);
    const date = `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`;
    return t(lang, 'textDates.item', { row: c.row, column: c.column, value: c.text.trim(), date });
  });
}
