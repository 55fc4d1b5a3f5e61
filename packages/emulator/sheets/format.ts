// Spreadsheet time, number formats and typed input, per spreadsheet locale and time zone.
//
// Sheets stores dates as serial numbers (days since 1899-12-30) of wall-clock time in the
// spreadsheet's time zone; Apps Script hands them to scripts as Date instants. Display values follow
// the cell's number format and the spreadsheet locale (id_ID: "," decimals, "." thousands).
import { isDate } from '../runtime';

export const SERIAL_EPOCH_OFFSET = 25569; // serial of 1970-01-01
const DAY_MS = 86400000;

// --------------------------------------------------------------------------------------------
// Time zones

const dtfCache = new Map<string, Intl.DateTimeFormat>();
const offsetCache = new Map<string, Map<number, number>>();

function dtf(tz: string): Intl.DateTimeFormat {
  let f = dtfCache.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    dtfCache.set(tz, f);
  }
  return f;
}

/** Wall-clock minus UTC, in ms, at instant `ms` (cached per hour: offsets change on the hour). */
export function tzOffsetMs(tz: string, ms: number): number {
  let cache = offsetCache.get(tz);
  if (!cache) offsetCache.set(tz, (cache = new Map()));
  const key = Math.floor(ms / 3600000);
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const p: Record<string, number> = {};
  for (const part of dtf(tz).formatToParts(new Date(key * 3600000))) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const off = wall - key * 3600000;
  cache.set(key, off);
  return off;
}

/** Wall-clock ms (as if UTC) of an instant in `tz`. */
export function toWallMs(ms: number, tz: string): number {
  return ms + tzOffsetMs(tz, ms);
}

/** The instant whose wall-clock time in `tz` is `wallMs`. */
export function fromWallMs(wallMs: number, tz: string): number {
  let guess = wallMs - tzOffsetMs(tz, wallMs);
  guess = wallMs - tzOffsetMs(tz, guess);
  return guess;
}

export function dateToSerial(d: Date, tz: string): number {
  return toWallMs(d.getTime(), tz) / DAY_MS + SERIAL_EPOCH_OFFSET;
}

// The dates a Sheets cell can show: 0001-01-01 to 9999-12-31. The upper bound is Google's own
// ("For years 1900 to 9999, Google Sheets will use that value as the year", DATE function,
// support.google.com/docs/answer/3092969; serial 2,958,465 is 31/12/9999 in the 1900 system, as in
// OOXML); the lower one is our reading (pre-1900 dates are shown, no page says how far back).
/** Serial of 0001-01-01. */
export const MIN_DATE_SERIAL = -693593;
/** Serial of 9999-12-31 (its last instant is just below MAX_DATE_SERIAL + 1). */
export const MAX_DATE_SERIAL = 2958465;

/** Whether a date-formatted number is a date Sheets can show (not NaN, not beyond 9999). */
export function isShowableSerial(serial: number): boolean {
  return Number.isFinite(serial) && serial >= MIN_DATE_SERIAL && serial < MAX_DATE_SERIAL + 1;
}

/**
 * What getValues() hands a script for a date-formatted number Sheets cannot show as a date (a
 * phone number typed into a date column). No reference page says. The one public report,
 * curvegrid/multibaas-for-google-sheets#15 (a 1E+18 in a cell formatted as date), logs
 * "In AppsScript reading: null(Invalid Date)": an invalid Date is the default. The quirks
 * `far-date-number` (the plain number) and `far-date-text` (the text the cell shows) are the
 * other plausible answers; conformance check sheets.farDateValue asks Google.
 */
export type FarDateAnswer = 'invalid-date' | 'number' | 'text';

/** A date-formatted serial as a script reads it (`far` for one Sheets cannot show). */
export function scriptDateOf(serial: number, tz: string, far: FarDateAnswer, loc: LocaleInfo): unknown {
  if (isShowableSerial(serial)) return serialToDate(serial, tz);
  if (far === 'number') return serial;
  if (far === 'text') return formatNumber(serial, undefined, loc);
  return new Date(Number.NaN);
}

export function serialToDate(serial: number, tz: string): Date {
  // Outside the range a JavaScript Date can hold (±8.64e15 ms) the time-zone lookup would throw
  // "Invalid time value": such a serial is no instant at all.
  if (!isShowableSerial(serial)) return new Date(Number.NaN);
  const wall = Math.round((serial - SERIAL_EPOCH_OFFSET) * DAY_MS);
  return new Date(fromWallMs(wall, tz));
}

export interface WallParts {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
  dow: number;
}

export function wallPartsOfSerial(serial: number): WallParts {
  const dt = new Date(Math.round((serial - SERIAL_EPOCH_OFFSET) * DAY_MS));
  return {
    y: dt.getUTCFullYear(),
    mo: dt.getUTCMonth() + 1,
    d: dt.getUTCDate(),
    h: dt.getUTCHours(),
    mi: dt.getUTCMinutes(),
    s: dt.getUTCSeconds(),
    ms: dt.getUTCMilliseconds(),
    dow: dt.getUTCDay(),
  };
}

// --------------------------------------------------------------------------------------------
// Locales

export interface LocaleInfo {
  id: string;
  decimal: string;
  group: string;
  /** Default display patterns for date cells without an explicit format. */
  date: string;
  dateTime: string;
  /** Argument separator when a person types a formula in the UI. */
  argSep: string;
  dayFirst: boolean;
  months: string[];
  monthsShort: string[];
  days: string[];
  daysShort: string[];
}

const localeCache = new Map<string, LocaleInfo>();

export function localeInfo(locale: string): LocaleInfo {
  const hit = localeCache.get(locale);
  if (hit) return hit;
  const bcp = locale.replace('_', '-');
  let decimal = '.';
  let group = ',';
  try {
    for (const p of new Intl.NumberFormat(bcp).formatToParts(12345.5)) {
      if (p.type === 'decimal') decimal = p.value;
      if (p.type === 'group') group = p.value;
    }
  } catch {
    /* unknown locale: keep en_US separators */
  }
  if (/\s/.test(group)) group = '\u00a0';
  const monthFmt = (style: 'long' | 'short') =>
    Array.from({ length: 12 }, (_, i) =>
      new Intl.DateTimeFormat(bcp, { month: style, timeZone: 'UTC' })
        .format(new Date(Date.UTC(2024, i, 1)))
        .replace('.', ''),
    );
  const dayFmt = (style: 'long' | 'short') =>
    Array.from({ length: 7 }, (_, i) =>
      new Intl.DateTimeFormat(bcp, { weekday: style, timeZone: 'UTC' })
        .format(new Date(Date.UTC(2024, 0, 7 + i)))
        .replace('.', ''),
    );
  const us = locale === 'en_US' || locale === 'en';
  const info: LocaleInfo = {
    id: locale,
    decimal,
    group,
    date: us ? 'M/d/yyyy' : 'dd/MM/yyyy',
    dateTime: us ? 'M/d/yyyy H:mm:ss' : 'dd/MM/yyyy H:mm:ss',
    argSep: decimal === ',' ? ';' : ',',
    dayFirst: !us,
    months: monthFmt('long'),
    monthsShort: monthFmt('short'),
    days: dayFmt('long'),
    daysShort: dayFmt('short'),
  };
  localeCache.set(locale, info);
  return info;
}

// --------------------------------------------------------------------------------------------
// Number formats

/** What Range.getNumberFormat() returns for a cell with the automatic format. */
export const AUTOMATIC_FORMAT = '0.###############';

function stripLiterals(fmt: string): string {
  return fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

const dateFormatCache = new Map<string, boolean>();

export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  let hit = dateFormatCache.get(fmt);
  if (hit === undefined) {
    hit = /[dy]|m{1,5}|h|s/i.test(stripLiterals(fmt)) && !/^general$/i.test(fmt) && fmt !== AUTOMATIC_FORMAT;
    dateFormatCache.set(fmt, hit);
  }
  return hit;
}

export function isTextFormat(fmt: string | undefined): boolean {
  return fmt === '@';
}

function isAutomatic(fmt: string | undefined): boolean {
  return !fmt || fmt === AUTOMATIC_FORMAT || /^general$/i.test(fmt);
}

/** The display string of one cell value, as getDisplayValues() returns it. */
export function formatValue(v: unknown, fmt: string | undefined, loc: LocaleInfo, tz: string): string {
  if (v === '' || v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return applyTextSection(v, fmt);
  if (isDate(v)) {
    const serial = dateToSerial(v, tz);
    if (isDateFormat(fmt)) return formatDate(serial, fmt!, loc);
    if (!isAutomatic(fmt) && !isTextFormat(fmt)) return formatNumber(serial, fmt, loc);
    const wall = wallPartsOfSerial(serial);
    const midnight = wall.h === 0 && wall.mi === 0 && wall.s === 0;
    return formatDate(serial, midnight ? loc.date : loc.dateTime, loc);
  }
  if (typeof v === 'number') {
    // A number no date can show (beyond 9999): shown as the number it is (our reading; no source).
    if (isDateFormat(fmt)) return isShowableSerial(v) ? formatDate(v, fmt!, loc) : formatNumber(v, undefined, loc);
    return formatNumber(v, fmt, loc);
  }
  return String(v);
}

function applyTextSection(s: string, fmt: string | undefined): string {
  if (!fmt?.includes('@')) return s;
  const sections = splitSections(fmt);
  const text = sections.length >= 4 ? sections[3] : sections.find((x) => x.includes('@'));
  if (!text) return s;
  return text.replace(/"([^"]*)"|\\(.)|@/g, (_m, q, e) => (q !== undefined ? q : e !== undefined ? e : s));
}

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = '';
  let inQ = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === '"') inQ = !inQ;
    if (ch === '\\' && !inQ) {
      cur += ch + (fmt[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === ';' && !inQ) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

export function formatNumber(n: number, fmt: string | undefined, loc: LocaleInfo): string {
  if (!Number.isFinite(n)) return String(n);
  if (isAutomatic(fmt) || isTextFormat(fmt)) return autoNumber(n, loc);
  const sections = splitSections(fmt!);
  let section = sections[0];
  let value = n;
  let sign = n < 0 ? '-' : '';
  if (n < 0 && sections.length >= 2 && sections[1] !== '') {
    section = sections[1];
    value = -n;
    sign = '';
  } else if (n === 0 && sections.length >= 3 && sections[2] !== '') {
    section = sections[2];
  } else {
    value = Math.abs(n);
  }
  // Split the section into literal prefix, numeric pattern and literal suffix.
  let prefix = '';
  let suffix = '';
  let pattern = '';
  let seenDigit = false;
  let percent = false;
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const lit = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
      if (seenDigit) suffix += lit;
      else prefix += lit;
      continue;
    }
    if (ch === '\\') {
      const lit = section[i + 1] ?? '';
      i++;
      if (seenDigit) suffix += lit;
      else prefix += lit;
      continue;
    }
    if (ch === '[') {
      const end = section.indexOf(']', i);
      const tag = section.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? section.length : end;
      const cur = /^\$([^-]*)/.exec(tag);
      if (cur) {
        if (seenDigit) suffix += cur[1];
        else prefix += cur[1];
      }
      continue;
    }
    if (
      '0#?'.includes(ch) ||
      (seenDigit && (ch === ',' || ch === '.') && /[0#?]/.test(section.slice(i + 1, i + 2) || ''))
    ) {
      seenDigit = true;
      pattern += ch;
      continue;
    }
    if (ch === '.' && !seenDigit && /[0#?]/.test(section[i + 1] ?? '')) {
      seenDigit = true;
      pattern += ch;
      continue;
    }
    if (ch === '%') percent = true;
    if (ch === '_' || ch === '*') {
      i++;
      continue;
    }
    if (seenDigit) suffix += ch;
    else prefix += ch;
  }
  if (!pattern) return sign + prefix + suffix;
  if (percent) value *= 100;
  const [intPat, decPat = ''] = pattern.split('.');
  const grouping = intPat.includes(',');
  const minInt = (intPat.match(/0/g) ?? []).length;
  const minDec = (decPat.match(/0/g) ?? []).length;
  const maxDec = (decPat.match(/[0#?]/g) ?? []).length;
  let fixed = value.toFixed(maxDec);
  let [ip, dp = ''] = fixed.split('.');
  while (dp.length > minDec && dp.endsWith('0')) dp = dp.slice(0, -1);
  if (ip === '0' && minInt === 0) ip = '';
  while (ip.length < minInt) ip = `0${ip}`;
  if (grouping) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, loc.group);
  fixed = dp ? `${ip}${loc.decimal}${dp}` : ip;
  if (sign && /^[0.,\s]*$/.test(fixed.replace(loc.group, ''))) sign = '';
  return sign + prefix + fixed + suffix;
}

function autoNumber(n: number, loc: LocaleInfo): string {
  let s: string;
  if (Number.isInteger(n) && Math.abs(n) < 1e15) s = String(n);
  else if (Math.abs(n) >= 1e15 || (Math.abs(n) < 1e-9 && n !== 0)) s = n.toExponential(2).toUpperCase();
  else {
    s = String(Number(n.toPrecision(10)));
    if (s.includes('e')) s = n.toFixed(10).replace(/0+$/, '');
  }
  return s.replace('.', loc.decimal);
}

type DateTok = { k: string; n: number } | { lit: string };

const dateTokCache = new Map<string, DateTok[]>();

function tokenizeDate(fmt: string): DateTok[] {
  const hit = dateTokCache.get(fmt);
  if (hit) return hit;
  const toks: DateTok[] = [];
  const section = splitSections(fmt)[0];
  for (let i = 0; i < section.length; ) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      toks.push({ lit: section.slice(i + 1, end < 0 ? undefined : end) });
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    if (ch === '\\') {
      toks.push({ lit: section[i + 1] ?? '' });
      i += 2;
      continue;
    }
    if (ch === '[') {
      const end = section.indexOf(']', i);
      i = end < 0 ? section.length : end + 1;
      continue;
    }
    if (/^(am\/pm|a\/p)/i.test(section.slice(i))) {
      const m = /^(am\/pm|a\/p)/i.exec(section.slice(i))!;
      toks.push({ k: 'ampm', n: m[0].length });
      i += m[0].length;
      continue;
    }
    const lower = ch.toLowerCase();
    if ('dmyhs'.includes(lower) || ch === 'E' || lower === 'a') {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === lower) j++;
      toks.push({ k: lower === 'e' ? 'd' : lower, n: lower === 'e' ? Math.max(3, j - i) : j - i });
      i = j;
      continue;
    }
    if (ch === '.' && /^\.0+/.test(section.slice(i))) {
      const m = /^\.0+/.exec(section.slice(i))!;
      toks.push({ k: 'frac', n: m[0].length - 1 });
      i += m[0].length;
      continue;
    }
    toks.push({ lit: ch });
    i++;
  }
  // "m" means minutes right after an hour or right before seconds.
  const fields = toks.filter((t): t is { k: string; n: number } => 'k' in t);
  for (let i = 0; i < fields.length; i++) {
    const t = fields[i];
    if (t.k !== 'm' || t.n > 2) continue;
    if (fields[i - 1]?.k === 'h' || fields[i + 1]?.k === 's') t.k = 'min';
  }
  dateTokCache.set(fmt, toks);
  return toks;
}

export function formatDate(serial: number, fmt: string, loc: LocaleInfo): string {
  const toks = tokenizeDate(fmt);
  const p = wallPartsOfSerial(serial);
  const twelve = toks.some((t) => 'k' in t && (t.k === 'ampm' || t.k === 'a'));
  const pad = (v: number, n: number) => String(v).padStart(n, '0');
  let out = '';
  for (const t of toks) {
    if ('lit' in t) {
      out += t.lit;
      continue;
    }
    switch (t.k) {
      case 'y':
        out += t.n <= 2 ? pad(p.y % 100, 2) : String(p.y);
        break;
      case 'm':
        if (t.n === 1) out += String(p.mo);
        else if (t.n === 2) out += pad(p.mo, 2);
        else if (t.n === 3) out += loc.monthsShort[p.mo - 1];
        else if (t.n === 4) out += loc.months[p.mo - 1];
        else out += loc.months[p.mo - 1][0];
        break;
      case 'd':
        if (t.n === 1) out += String(p.d);
        else if (t.n === 2) out += pad(p.d, 2);
        else if (t.n === 3) out += loc.daysShort[p.dow];
        else out += loc.days[p.dow];
        break;
      case 'h': {
        const h = twelve ? ((p.h + 11) % 12) + 1 : p.h;
        out += t.n >= 2 ? pad(h, 2) : String(h);
        break;
      }
      case 'min':
        out += t.n >= 2 ? pad(p.mi, 2) : String(p.mi);
        break;
      case 's':
        out += t.n >= 2 ? pad(p.s, 2) : String(p.s);
        break;
      case 'frac':
        out += loc.decimal + pad(p.ms, 3).slice(0, t.n);
        break;
      case 'ampm':
      case 'a':
        out += p.h < 12 ? 'AM' : 'PM';
        break;
      default:
        break;
    }
  }
  return out;
}

// --------------------------------------------------------------------------------------------
// Typed input

export type Interpreted = { value: unknown } | { formula: string };

function makeDate(y: number, mo: number, d: number, h: number, mi: number, s: number, tz: string): Date | null {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCDate() !== d || check.getUTCMonth() !== mo - 1) return null;
  return new Date(fromWallMs(wall, tz));
}

const numberReCache = new Map<string, RegExp>();

function numberRe(loc: LocaleInfo): RegExp {
  let re = numberReCache.get(loc.id);
  if (!re) {
    const g = loc.group === '.' ? '\\.' : loc.group === '\u00a0' ? '[\\s\\u00a0]' : loc.group;
    const d = loc.decimal === '.' ? '\\.' : loc.decimal;
    re = new RegExp(`^([+-]?)(\\d{1,3}(?:${g}\\d{3})+|\\d+|(?=${d}\\d))(?:${d}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`);
    numberReCache.set(loc.id, re);
  }
  return re;
}

/**
 * What Sheets makes of a string written by a script or typed by a person: formulas, numbers,
 * booleans and dates in the spreadsheet's locale; a leading apostrophe forces text.
 */
export function interpretInput(s: string, loc: LocaleInfo, tz: string, textFormat = false): Interpreted {
  if (s === '') return { value: '' };
  if (textFormat) return { value: s };
  const c0 = s.charCodeAt(0);
  if (c0 === 39 /* ' */) return { value: s.slice(1) };
  if (c0 === 61 /* = */ && s.length > 1) return { formula: s };
  const t = s.trim();
  if (!t) return { value: s };
  const f = t.charCodeAt(0);
  const digitish = (f >= 48 && f <= 57) || f === 43 || f === 45 || t[0] === loc.decimal;
  if (!digitish) {
    if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
    return { value: s };
  }
  const m = numberRe(loc).exec(t);
  if (m) {
    const intPart = m[2]
      .split(loc.group)
      .join('')
      .replace(/\s|\u00a0/g, '');
    let n = Number(`${intPart || '0'}.${m[3] ?? '0'}${m[4] ? `e${m[4]}` : ''}`);
    if (m[1] === '-') n = -n;
    if (m[5]) n /= 100;
    if (Number.isFinite(n)) return { value: n };
  }
  let dm = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (dm) {
    const d = makeDate(+dm[1], +dm[2], +dm[3], +(dm[4] ?? 0), +(dm[5] ?? 0), +(dm[6] ?? 0), tz);
    if (d) return { value: d };
  }
  dm = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(t);
  if (dm) {
    const [a, b] = [+dm[1], +dm[2]];
    const [day, month] = loc.dayFirst ? [a, b] : [b, a];
    const d = makeDate(+dm[3], month, day, +(dm[4] ?? 0), +(dm[5] ?? 0), +(dm[6] ?? 0), tz);
    if (d) return { value: d };
  }
  return { value: s };
}
