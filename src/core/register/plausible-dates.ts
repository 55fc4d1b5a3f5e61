// Which register dates are plausible. A date cell holds a day from the day UU 14/2008 took effect
// to 2099 (registerDay, applied by the parse), and none more than a year after the as-of date.
// A parse has no as-of date (one parse serves every period, the consolidation and the bench), so
// that second rule is applied where one is known: the recap (its as-of date) and Periksa Data
// (today), through futureDateProblems.
import type { Day, Lang, ParsedRegister, Problem, RequestRecord } from '../types';
import { dayFromYmd, isDateObject, parseDay, ymd, type DateOrder } from '../calendar';
import { t } from '../i18n';
import { columnSpec, type ColumnKey } from './schema';

// No register date comes before UU 14/2008 took effect: two years after its promulgation on
// 30 April 2008 (Pasal 64 ayat 1), i.e. 30 April 2010 (the date secondary sources give, e.g. Universitas
// Victory Sorong's 2022/2023 paper on scribd.com, doc. 656291387). An earlier date is a slip (a year typed
// alone, 2025, reads as serial 2025 = 17 July 1905; a birth date in the wrong column), listed as
// implausible. Past 2099 nothing is a date of this register.
export const LAW_IN_FORCE = dayFromYmd(2010, 4, 30);
const LATEST = dayFromYmd(2099, 12, 31);

/**
 * A register date cell read: a day; null when blank; 'number' for a number where a date belongs
 * (a phone number typed into a date column: beyond any date, an invalid Date as Google may hand it
 * back, or digits only as text); 'early' for a real date before the law took effect; else 'invalid'.
 */
export type RegisterDate = Day | null | 'invalid' | 'number' | 'early';

const DIGITS = /^[+-]?\d+(?:[.,]\d+)?(?:e[+-]?\d+)?$/i;

export function registerDay(v: unknown, tz: number, order: DateOrder = 'dmy'): RegisterDate {
  const d = parseDay(v, tz, order);
  if (d === 'invalid') {
    if (typeof v === 'number' || isDateObject(v)) return 'number';
    return typeof v === 'string' && DIGITS.test(v.trim()) ? 'number' : 'invalid';
  }
  if (typeof d !== 'number') return d;
  if (d > LATEST) return typeof v === 'number' ? 'number' : 'invalid';
  return d < LAW_IN_FORCE ? 'early' : d;
}

/** A year and a day: a date later than this after the as-of date cannot have happened yet. */
export const FUTURE_SLACK_DAYS = 366;

const DATE_FIELDS: ReadonlyArray<ColumnKey & keyof RequestRecord> = [
  'received',
  'answered',
  'objectionDate',
  'objectionAnswered',
  'disputeDate',
  'disputeDecided',
];

/**
 * One problem per date more than a year after `asOf`, in row order. The date is not quoted: the
 * message names the column and the as-of date only, so it may travel with the recap. A received
 * date that far ahead is coded `received.future` (the row falls in no period yet).
 */
export function futureDateProblems(parsed: ParsedRegister, asOf: Day, lang: Lang): Problem[] {
  const limit = asOf + FUTURE_SLACK_DAYS;
  const out: Problem[] = [];
  const when = ymd(asOf);
  for (const r of parsed.requests) {
    for (const key of DATE_FIELDS) {
      const d = r[key] as Day | null;
      if (d === null || d <= limit) continue;
      const column = parsed.labels?.[key] ?? columnSpec(key)[lang];
      const received = key === 'received';
      out.push({
        row: r.row,
        number: r.number,
        column,
        code: received ? 'received.future' : 'date.future',
        message: t(lang, received ? 'problem.received.future' : 'problem.date.future', { column, asOf: when }),
      });
    }
  }
  return out;
}
