// Calendar dates as plain day numbers (days since 1970-01-01), so comparing and adding days costs
// nothing and no time zone can shift a date. Conversions use integer civil-calendar arithmetic
// (H. Hinnant's days_from_civil / civil_from_days) rather than Date objects: a 100,000-row register
// is parsed without allocating a Date per cell.
import type { Day } from '../types';

const MS_PER_DAY = 86400000;
/** Sheets/Excel serial 0 is 1899-12-30, which is day -25569. */
const SERIAL_OFFSET = 25569;
/** Serial of 9999-12-31, the last date Sheets can show. */
const MAX_SERIAL = 2958465;

/** Jakarta (WIB) is UTC+7 all year: no daylight saving. */
export const WIB_OFFSET_MINUTES = 420;

/** The day for a valid y-m-d (month 1–12). Use `isValidYmd` first for user input. */
export function dayFromYmd(y: number, m: number, d: number): Day {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month 1–12, day 1–31] of a day. */
export function ymdParts(day: Day): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** 'YYYY-MM-DD'. */
export function ymd(day: Day): string {
  const [y, m, d] = ymdParts(day);
  const ys = y >= 0 && y < 10000 ? String(y).padStart(4, '0') : String(y);
  return `${ys}-${pad2(m)}-${pad2(d)}`;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    y >= 1 &&
    y <= 9999 &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  );
}

/** 0 = Sunday … 6 = Saturday, as Date.getDay() (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: Day): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

/** Sheets serial number (epoch 1899-12-30) of a day. */
export function toSerial(day: Day): number {
  return day + SERIAL_OFFSET;
}

/** The day of a Sheets serial number; a time fraction is dropped. */
export function fromSerial(n: number): Day {
  return Math.floor(n) - SERIAL_OFFSET;
}

/** The calendar date a Date shows in the given UTC offset (Sheets hands out midnight in the sheet's zone). */
export function dayOfDate(date: Date, tzOffsetMinutes: number = WIB_OFFSET_MINUTES): Day {
  return Math.floor((date.getTime() + tzOffsetMinutes * 60000) / MS_PER_DAY);
}

/** A Date at local midnight of `day` in the given offset, for writing a date cell. */
export function dayToDate(day: Day, tzOffsetMinutes: number = WIB_OFFSET_MINUTES): Date {
  return new Date(day * MS_PER_DAY - tzOffsetMinutes * 60000);
}

/** Cross-realm safe: Dates from the Apps Script vm context fail `instanceof Date`. */
export function isDateObject(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

const ISO_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
// Day and month in the spreadsheet locale's order, then a four-digit year, with an optional time,
// as Sheets reads typed input and CSV imports (the emulator's interpretInput, emulator/sheets/format.ts).
// One separator throughout: "1-4/2025" is refused rather than guessed at (the emulator's model of
// Sheets takes mixed separators; no source says what Sheets does, and refusing costs only a listed
// problem, never a wrong day).
const LOCAL_RE = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Which of day and month comes first in a typed date: the spreadsheet locale decides. */
export type DateOrder = 'dmy' | 'mdy';

/**
 * The order Sheets reads "05/04/2025" in, by spreadsheet locale: month first in en_US (the
 * emulator's model of Sheets says the same), day first in id_ID and the other locales a unit uses.
 */
export function dateOrderForLocale(locale: string | null | undefined): DateOrder {
  return locale === 'en_US' || locale === 'en' ? 'mdy' : 'dmy';
}

/**
 * A cell value as a day. Blank (null, undefined, '' or spaces) → null. Anything that is not a real
 * date → 'invalid', never a guess: 31/02/2025 and 2025-13-45 are invalid, and so are numbers that
 * are no Sheets date. Accepts Date objects, serial numbers, 'YYYY-MM-DD' (an ISO time part is
 * ignored: the date written is the date meant) and day/month/year with / . or - in the locale's
 * order (`order`, default day first): the same reading Sheets gives the text when it is typed or
 * imported, so the report and the register's live columns never disagree on which day it is.
 */
export function parseDay(
  value: unknown,
  tzOffsetMinutes: number = WIB_OFFSET_MINUTES,
  order: DateOrder = 'dmy',
): Day | null | 'invalid' {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > MAX_SERIAL) return 'invalid';
    return fromSerial(value);
  }
  if (typeof value === 'string') {
    const s = value.trim();
    if (s === '') return null;
    if (s.length > 40) return 'invalid';
    let m = ISO_RE.exec(s);
    if (m) return checked(+m[1], +m[2], +m[3]);
    m = LOCAL_RE.exec(s);
    if (m) return order === 'dmy' ? checked(+m[4], +m[3], +m[1]) : checked(+m[4], +m[1], +m[3]);
    return 'invalid';
  }
  if (isDateObject(value)) {
    const t = value.getTime();
    return Number.isNaN(t) ? 'invalid' : dayOfDate(value, tzOffsetMinutes);
  }
  return 'invalid';
}

function checked(y: number, m: number, d: number): Day | 'invalid' {
  return isValidYmd(y, m, d) ? dayFromYmd(y, m, d) : 'invalid';
}

/** 'YYYY-MM-DD' to a day; throws on anything else (for data files and options, not cells). */
export function dayFromIso(s: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m || !isValidYmd(+m[1], +m[2], +m[3])) throw new Error(`Not a YYYY-MM-DD date: ${s}`);
  return dayFromYmd(+m[1], +m[2], +m[3]);
}
