// Dates typed as text in the register: found with one read, listed for the officer, and written
// back as real dates of the same day only when the officer agrees (Siapkan Register asks).
import { findTextDates, textDateRuns, type TextDateCell } from '../core/register';
import { dayToDate, ymdParts } from '../core/calendar';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { spreadsheetOffset } from '../sheets/holidays';
import { readRegister, NoRegisterError, type RegisterRead } from '../sheets/register';
import { spreadsheetDateOrder } from '../sheets/workbook';
import { readSettings } from '../sheets/settings';
import { storedMappingOf } from '../core/register';
import type { RegisterMapping } from '../core/register';
import { registerLayout } from './register-data';
import { UserError } from '../core/errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * The register (the adopted sheet the settings name, or the add-on's own) and where its columns
 * are; null without a register or without a date column (nothing to convert then).
 */
function registerAndMapping(ss: Spreadsheet): { register: RegisterRead; mapping?: RegisterMapping } | null {
  const settings = readSettings(ss);
  const stored = storedMappingOf(settings.values);
  let register: RegisterRead;
  try {
    register = readRegister(ss, stored);
  } catch (err) {
    if (err instanceof NoRegisterError) return null;
    throw err;
  }
  if (!stored) return { register };
  try {
    return { register, mapping: registerLayout(register, settings).mapping };
  } catch (err) {
    // A stored mapping that no longer resolves is Periksa Data's problem to list, not setup's.
    if (err instanceof UserError) return null;
    throw err;
  }
}

function textDatesIn(
  ss: Spreadsheet,
  found: { register: RegisterRead; mapping?: RegisterMapping } | null,
): TextDateCell[] {
  if (!found) return [];
  return findTextDates(found.register.values, {
    dateOrder: spreadsheetDateOrder(ss),
    tzOffsetMinutes: spreadsheetOffset(ss),
    mapping: found.mapping,
  });
}

/** The register's date cells holding text that reads as a date (one read; none without a register). */
export function pendingTextDates(ss: Spreadsheet): TextDateCell[] {
  return textDatesIn(ss, registerAndMapping(ss));
}

/**
 * Writes each text date back as a date of the same day, from a fresh read (the register may have
 * changed since the question). One write per run of adjacent cells in a column; only cells found
 * are written, so no other value passes through Sheets' input parsing again. Returns how many.
 */
export function convertTextDates(ss: Spreadsheet): number {
  const found = registerAndMapping(ss);
  const cells = textDatesIn(ss, found);
  if (!found || !cells.length) return 0;
  const sheet = found.register.sheet;
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
