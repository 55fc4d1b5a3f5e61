// Small helpers the checks share; Apps Script globals only.
import type { Json } from '../types';

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A cell value as JSON: dates as "YYYY-MM-DD" (or with the time) in the spreadsheet's zone. */
export function cell(v: unknown, tz: string): Json {
  if (isDate(v)) {
    const time = Utilities.formatDate(v, tz, 'HH:mm:ss');
    return time === '00:00:00'
      ? Utilities.formatDate(v, tz, 'yyyy-MM-dd')
      : Utilities.formatDate(v, tz, "yyyy-MM-dd'T'HH:mm:ss");
  }
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}

/** A date at midnight of Y-M-D in the zone (what a date cell of that day holds). */
export function midnight(ymd: string, tz: string): Date {
  // Utilities.parseDate reads the wall time in the given zone.
  return Utilities.parseDate(`${ymd} 00:00:00`, tz, 'yyyy-MM-dd HH:mm:ss');
}

/** The first line of an error's message, without IDs (long alphanumeric runs). */
export function errorText(err: unknown): string {
  const msg = err && (err as Error).message ? (err as Error).message : String(err);
  return msg
    .split('\n')[0]
    .replace(/[A-Za-z0-9_-]{25,}/g, '<id>')
    .slice(0, 160);
}

/** Runs `fn`; an exception becomes {error: message}. */
export function attempt<T extends Json>(fn: () => T): T | { error: string } {
  try {
    return fn();
  } catch (err) {
    return { error: errorText(err) };
  }
}

export function same(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
