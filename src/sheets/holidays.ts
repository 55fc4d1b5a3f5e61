// The holiday sheet: pre-filled from the core's SKB data for the years around today; officers add
// or remove rows and the sheet is what counts at run time. Column E is a live ARRAYFORMULA giving
// the dates the register's formulas use (cuti bersama dropped when the unit works on them).
import { holidaysForYears, HOLIDAY_YEARS, type Holiday } from '../core/calendar';
import {
  compareHolidaySheet,
  decreeCell,
  type HolidayCorrection,
  type KindLabels,
  type SheetHolidayRow,
} from '../core/calendar';
import { WorkCalendar } from '../core/calendar';
import { parseDay, dayToDate, dayFromIso, type DateOrder } from '../core/calendar';
import { t } from '../core/i18n';
import type { Day, Lang } from '../core/types';
import { findSheet, SheetDirectory, SHEET_NAMES, sheetRef, spreadsheetDateOrder } from './workbook';
import { ensureRows } from './grow';
import { logActivity } from './activity-log';
import { RuleBook } from './setup-batch';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface HolidaySheetInfo {
  sheet: Sheet;
  /** The effective-dates column for WORKDAY/NETWORKDAYS, e.g. "'Hari Libur'!$E$2:$E". */
  effectiveRange: string;
  addedYears: number[];
  created: boolean;
  /** Differences from the built-in table in the years the sheet already held (not applied). */
  corrections: HolidayCorrection[];
  /** Header text of the effective-dates column (its formula's first literal). */
  effectiveHeader: string;
}

const KNOWN_ZONES: Record<string, number> = {
  'Asia/Jakarta': 420,
  'Asia/Pontianak': 420,
  'Asia/Makassar': 480,
  'Asia/Jayapura': 540,
  UTC: 0,
  'Etc/UTC': 0,
  GMT: 0,
};

/**
 * UTC offset (minutes) of the spreadsheet's zone, which decides the calendar day a date cell
 * holds. Indonesia's zones are known (no daylight saving); any other zone is asked of Apps Script
 * once, so a unit whose spreadsheet says Asia/Singapore does not get every date a day early.
 */
export function tzOffsetMinutes(timeZone: string): number {
  if (timeZone in KNOWN_ZONES) return KNOWN_ZONES[timeZone];
  try {
    const now = new Date();
    const wall = Utilities.formatDate(now, timeZone, 'yyyy-MM-dd HH:mm');
    const [d, t] = wall.split(' ');
    const asUtc = Date.parse(`${d}T${t}:00Z`);
    const minutes = Math.round((asUtc - Math.floor(now.getTime() / 60000) * 60000) / 60000);
    KNOWN_ZONES[timeZone] = minutes;
    return minutes;
  } catch (_) {
    return 420;
  }
}

/**
 * The last sheet row whose date cell (column A, values read from row 2) holds anything. In Sheets
 * the effective-dates ARRAYFORMULA fills column E to the bottom, so getLastRow() is the sheet's
 * last row and cannot say where the holiday list ends.
 */
/** The offset of the spreadsheet's own zone: the calendar day its date cells hold depends on it. */
export function spreadsheetOffset(ss: Spreadsheet): number {
  return tzOffsetMinutes(ss.getSpreadsheetTimeZone());
}

function lastFilledRow(columnA: unknown[][]): number {
  for (let i = columnA.length - 1; i >= 0; i--) {
    const v = columnA[i][0];
    if (v !== '' && v !== null && v !== undefined) return i + 2;
  }
  return 1;
}

/** Writes rows under `afterRow`, growing the sheet (formats and validation included) when too short. */
function appendHolidayRows(sheet: Sheet, afterRow: number, rows: unknown[][]): void {
  ensureRows(sheet, afterRow + rows.length);
  sheet.getRange(afterRow + 1, 1, rows.length, 4).setValues(rows);
}

function rowsFor(holidays: Holiday[], lang: Lang, tz: number): unknown[][] {
  return holidays.map((h) => [
    dayToDate(dayFromIso(h.date), tz),
    h.name,
    t(lang, h.kind === 'cuti_bersama' ? 'holiday.cuti' : 'holiday.national'),
    decreeCell(h),
  ]);
}

/** The "Jenis" labels in every language, so a sheet set up in English compares too. */
function kindLabels(): KindLabels {
  const both = (key: string) => [...new Set([t('id', key), t('en', key)])];
  return { nasional: both('holiday.national'), cuti_bersama: both('holiday.cuti') };
}

function sheetRows(values: unknown[][], tz: number, order: DateOrder = 'dmy'): SheetHolidayRow[] {
  return values.map((v, i) => {
    const d = parseDay(v[0], tz, order);
    return {
      row: i + 2,
      day: typeof d === 'number' ? d : null,
      name: String(v[1] ?? ''),
      kind: String(v[2] ?? ''),
      source: String(v[3] ?? ''),
    };
  });
}

/** Columns A–D below the header, one read. */
function readRows(sheet: Sheet): unknown[][] {
  const last = sheet.getLastRow();
  return last > 1 ? sheet.getRange(2, 1, last - 1, 4).getValues() : [];
}

/** What the holiday sheet lacks or holds out of date, compared with the built-in table (read only). */
export function holidayCorrections(ss: Spreadsheet): HolidayCorrection[] {
  const sheet = findSheet(ss, SHEET_NAMES.holidays);
  if (!sheet) return [];
  return compareHolidaySheet(sheetRows(readRows(sheet), spreadsheetOffset(ss), spreadsheetDateOrder(ss)), kindLabels());
}

/**
 * Applies the corrections the officer agreed to, from a fresh read (so a sheet edited since the
 * question is compared again). Rows freed by a removal take the added dates first; the rest are
 * appended under the last filled date. Returns the corrections applied.
 */
export function applyHolidayCorrections(ss: Spreadsheet, lang: Lang): HolidayCorrection[] {
  const sheet = findSheet(ss, SHEET_NAMES.holidays);
  if (!sheet) return [];
  const tz = spreadsheetOffset(ss);
  const values = readRows(sheet);
  const corrections = compareHolidaySheet(sheetRows(values, tz, spreadsheetDateOrder(ss)), kindLabels());
  if (!corrections.length) return [];
  const free: number[] = [];
  const adds: Holiday[] = [];
  for (const c of corrections) {
    if (c.action === 'update') sheet.getRange(c.row, 1, 1, 4).setValues(rowsFor([c.holiday], lang, tz));
    else if (c.action === 'remove') free.push(c.row);
    else adds.push(c.holiday);
  }
  const reuse = Math.min(free.length, adds.length);
  for (let i = 0; i < reuse; i++) sheet.getRange(free[i], 1, 1, 4).setValues(rowsFor([adds[i]], lang, tz));
  for (const row of free.slice(reuse)) sheet.getRange(row, 1, 1, 4).clearContent();
  if (adds.length > reuse) appendHolidayRows(sheet, lastFilledRow(values), rowsFor(adds.slice(reuse), lang, tz));
  return corrections;
}

/** One Log Aktivitas row for corrections applied (how many; the dates are in the sheet). */
export function logHolidayCorrections(ss: Spreadsheet, lang: Lang, count: number): boolean {
  return logActivity(ss, lang, 'holidays', t(lang, 'log.holidaysWhat', { count }));
}

export function ensureHolidaySheet(
  ss: Spreadsheet,
  lang: Lang,
  today: Day,
  cutiRef: string,
  /** The spreadsheet's offset when the caller has read it (spreadsheetOffset). */
  tz: number = spreadsheetOffset(ss),
  sheets: SheetDirectory = new SheetDirectory(ss),
  book: RuleBook = new RuleBook(),
): HolidaySheetInfo {
  const year = new Date(today * 86400000).getUTCFullYear();
  const from = Math.max(HOLIDAY_YEARS.from, year - 1);
  const to = Math.min(HOLIDAY_YEARS.to, year + 1);
  let sheet = sheets.find(SHEET_NAMES.holidays);
  const created = !sheet;
  const header = t(lang, 'holiday.header').split('|');
  let addedYears: number[] = [];
  let corrections: HolidayCorrection[] = [];
  if (!sheet) {
    sheet = sheets.insert(SHEET_NAMES.holidays[0]);
    const rows = rowsFor(holidaysForYears(from, to, true), lang, tz);
    sheet.getRange(1, 1, 1, 4).setValues([header.slice(0, 4)]);
    if (rows.length) sheet.getRange(2, 1, rows.length, 4).setValues(rows);
    addedYears = Array.from({ length: to - from + 1 }, (_, i) => from + i);
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, 5).setFontWeight('bold').setBackground('#e8eaed');
    sheet.setColumnWidth(2, 280);
    sheet.setColumnWidth(4, 360);
  } else {
    // Add whole years that are missing (a new year arrived). In the years the sheet holds, the
    // differences from the built-in table are only listed: the officer decides (applyHolidayCorrections).
    const values = readRows(sheet);
    const rows = sheetRows(values, tz, spreadsheetDateOrder(ss));
    corrections = compareHolidaySheet(rows, kindLabels());
    const present = new Set<number>();
    for (const r of rows) if (r.day !== null) present.add(new Date(r.day * 86400000).getUTCFullYear());
    const missing: Holiday[] = [];
    for (let y = from; y <= to; y++) {
      if (!present.has(y)) {
        missing.push(...holidaysForYears(y, y, true));
        addedYears.push(y);
      }
    }
    addedYears = addedYears.filter((y) => missing.some((h) => h.date.startsWith(String(y))));
    if (missing.length) appendHolidayRows(sheet, lastFilledRow(values), rowsFor(missing, lang, tz));
  }
  const maxRows = sheet.getMaxRows();
  // A value typed into the effective column would block the formula's spill: clear it (a sheet
  // this run made holds none).
  if (!created && maxRows > 1) sheet.getRange(2, 5, maxRows - 1, 1).clearContent();
  // Both date columns (A and E) in one RangeList call.
  const last = Math.max(maxRows, 2);
  sheet.getRangeList([`A2:A${last}`, `E2:E${last}`]).setNumberFormat('dd/mm/yyyy');
  // The effective column's formula is written by the formula-form probe (formula-form.ts), in the
  // argument separator this spreadsheet parses.
  void cutiRef;
  sheet
    .getRange(2, 3, Math.max(maxRows - 1, 1), 1)
    .setDataValidation(
      book.rule('holidayKind', null, false, (b) =>
        b.requireValueInList([t(lang, 'holiday.national'), t(lang, 'holiday.cuti')], true),
      ),
    );
  return {
    sheet,
    effectiveRange: `${sheetRef(sheets.nameOf(sheet))}!$E$2:$E`,
    addedYears,
    created,
    corrections,
    effectiveHeader: header[4],
  };
}

/**
 * The working-day calendar from the holiday sheet (one read); the built-in data when the sheet is
 * missing. Years in `ensureYears` that have no row at all in the sheet (a report on an old year,
 * say) get the built-in holidays appended first, so their due dates are not computed as if the
 * year had none; rows an officer removed from a year that has others stay removed.
 */
export function readCalendar(
  ss: Spreadsheet,
  workOnCutiBersama: boolean,
  ensureYears: number[] = [],
  lang: Lang = 'id',
  write = true,
  /** When given, receives the sheet's differences from the built-in table (same read, nothing written). */
  corrections?: HolidayCorrection[],
): WorkCalendar {
  const tz = spreadsheetOffset(ss);
  const sheet = findSheet(ss, SHEET_NAMES.holidays);
  if (!sheet) {
    const all = holidaysForYears(HOLIDAY_YEARS.from, HOLIDAY_YEARS.to, !workOnCutiBersama);
    return new WorkCalendar(all.map((h) => dayFromIso(h.date)));
  }
  const values = readRows(sheet);
  const rows = sheetRows(values, tz, spreadsheetDateOrder(ss));
  if (corrections) corrections.push(...compareHolidaySheet(rows, kindLabels()));
  const entries: Array<{ day: Day; kind: string }> = [];
  const present = new Set<number>();
  for (const r of rows) {
    if (r.day === null) continue;
    entries.push({ day: r.day, kind: r.kind });
    present.add(new Date(r.day * 86400000).getUTCFullYear());
  }
  const missing = ensureYears.filter((y) => !present.has(y)).flatMap((y) => holidaysForYears(y, y, true));
  if (missing.length) {
    // A read-only caller gets the same calendar without the sheet being touched.
    if (write) appendHolidayRows(sheet, lastFilledRow(values), rowsFor(missing, lang, tz));
    for (const h of missing) entries.push({ day: dayFromIso(h.date), kind: h.kind });
  }
  return WorkCalendar.fromEntries(entries, { workOnCutiBersama });
}
