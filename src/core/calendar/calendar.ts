// Working-day arithmetic with exactly the semantics of Sheets' WORKDAY and NETWORKDAYS, so the
// live formulas in the register and the core's figures always agree.
//
// Each call is O(log h) in the number of holidays h: weekdays are counted with week arithmetic
// (5 per 7 days) and weekday holidays with a binary search in a sorted array, never by walking
// day by day. A 100,000-row recap therefore costs a few hundred thousand cheap operations.
import type { Day, SlaStatus, StatusValue } from '../types';
import { weekday } from './dates';

/** UU 14/2008 Pasal 22(7): answer within 10 working days … */
export const DUE_WORKING_DAYS = 10;
/** … extendable once by 7 working days (Pasal 22(8)). */
export const EXTENSION_WORKING_DAYS = 7;
/** Pasal 36 ayat (2): the atasan PPID answers an objection within 30 working days. */
export const OBJECTION_WORKING_DAYS = 30;
/**
 * Pasal 37 ayat (2): a dispute goes to the Komisi Informasi within 14 working days after the
 * atasan PPID's written answer. Without an answer the window runs from the end of the 30 days
 * (Perki 1/2013 on the dispute procedure, as the Komisi Informasi's service pages state it; the
 * article number was not checked against the regulation's text here).
 */
export const DISPUTE_WINDOW_WORKING_DAYS = 14;
export const DEFAULT_NEAR_DUE_DAYS = 2;

/** 1970-01-05, the first Monday of the day count: weeks are counted from there. */
const MONDAY0 = 4;

/** Weekdays (Mon–Fri) d < x, counted from MONDAY0 (negative before it). */
function weekdaysBefore(x: Day): number {
  const t = x - MONDAY0;
  const w = Math.floor(t / 7);
  const r = t - 7 * w;
  return 5 * w + Math.min(r, 5);
}

/** The weekday d with weekdaysBefore(d) = m - 1, i.e. the m-th weekday of the count. */
function nthWeekday(m: number): Day {
  const k = m - 1;
  const w = Math.floor(k / 5);
  return MONDAY0 + 7 * w + (k - 5 * w);
}

export class WorkCalendar {
  /** Sorted, distinct holidays that fall on weekdays (weekend holidays change nothing). */
  private readonly days: Float64Array;
  private readonly set: Set<number>;

  constructor(holidays: Iterable<Day>) {
    const seen = new Set<number>();
    for (const h of holidays) {
      if (typeof h !== 'number' || !Number.isFinite(h)) continue;
      const d = Math.floor(h);
      const w = weekday(d);
      if (w !== 0 && w !== 6) seen.add(d);
    }
    this.set = seen;
    this.days = Float64Array.from(seen).sort();
  }

  /**
   * A calendar from the holiday sheet's rows. Rows whose kind reads as cuti bersama are dropped
   * when the unit works on those days (the settings switch).
   */
  static fromEntries(
    entries: Iterable<{ day: Day; kind?: string | null }>,
    opts: { workOnCutiBersama?: boolean } = {},
  ): WorkCalendar {
    const days: Day[] = [];
    for (const e of entries) {
      if (opts.workOnCutiBersama && isCutiBersamaKind(e.kind)) continue;
      days.push(e.day);
    }
    return new WorkCalendar(days);
  }

  /** How many weekday holidays the calendar holds. */
  get holidayCount(): number {
    return this.days.length;
  }

  isWorkingDay(d: Day): boolean {
    const w = weekday(d);
    return w !== 0 && w !== 6 && !this.set.has(d);
  }

  /** Weekday holidays h < x. */
  private holidaysBefore(x: Day): number {
    const a = this.days;
    let lo = 0;
    let hi = a.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (a[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Working days d < x (relative to the count's origin; only differences mean anything). */
  private workingBefore(x: Day): number {
    return weekdaysBefore(x) - this.holidaysBefore(x);
  }

  /** The working day d with workingBefore(d + 1) = k. */
  private kthWorkingDay(k: number): Day {
    // Each pass skips the holidays found so far; the guess never overshoots the answer, and
    // stops moving once no new holiday lies before it (proof in the tests' property checks).
    let h = this.holidaysBefore(nthWeekday(k) + 1);
    for (;;) {
      const d = nthWeekday(k + h);
      const h2 = this.holidaysBefore(d + 1);
      if (h2 === h) return d;
      h = h2;
    }
  }

  /** Working days in [a, b], both ends included; 0 when b < a. */
  countWorkingDays(a: Day, b: Day): number {
    if (b < a) return 0;
    return this.workingBefore(b + 1) - this.workingBefore(a);
  }

  /**
   * Sheets WORKDAY(start, n, holidays): the n-th working day after start (before it when n < 0);
   * start itself never counts, n = 0 returns start unchanged, a fractional n is truncated.
   */
  workday(start: Day, n: number): Day {
    const steps = Math.trunc(n);
    if (steps === 0) return start;
    const k = steps > 0 ? this.workingBefore(start + 1) + steps : this.workingBefore(start) + steps + 1;
    return this.kthWorkingDay(k);
  }

  /** Sheets NETWORKDAYS(a, b, holidays): working days between, both ends included; negative when b < a. */
  networkdays(a: Day, b: Day): number {
    return a <= b ? this.countWorkingDays(a, b) : 0 - this.countWorkingDays(b, a);
  }

  /** Working days d with received < d ≤ answered: 0 for a same-day answer (and for an answer dated before receipt). */
  workingDaysBetween(received: Day, answered: Day): number {
    return this.countWorkingDays(received + 1, answered);
  }
}

/** Holiday-sheet kinds that mean cuti bersama: the data's code, Indonesian or English text. */
export function isCutiBersamaKind(kind: string | null | undefined): boolean {
  if (!kind) return false;
  const k = kind.trim().toLowerCase();
  return k === 'cuti_bersama' || k.includes('cuti') || k.includes('collective');
}

/** The 10th working day after receipt, the 17th when extended (WORKDAY(received, 10|17)). */
export function dueDate(received: Day, extended: boolean, cal: WorkCalendar): Day {
  return cal.workday(received, extended ? DUE_WORKING_DAYS + EXTENSION_WORKING_DAYS : DUE_WORKING_DAYS);
}

/** The 30th working day after the objection was filed. */
export function objectionDue(date: Day, cal: WorkCalendar): Day {
  return cal.workday(date, OBJECTION_WORKING_DAYS);
}

/**
 * The last day to take the dispute to the Komisi Informasi: 14 working days after the answer
 * known on the report's date, else 14 after the 30-day answer period (WORKDAY(filed, 44), the
 * same day as WORKDAY(WORKDAY(filed, 30), 14) since the 30th is a working day). Null for an
 * answer dated before the objection (a slip listed as a problem).
 */
export function disputeWindow(objectionDate: Day, answered: Day | null, cal: WorkCalendar): Day | null {
  if (answered !== null && answered < objectionDate) return null;
  return answered !== null
    ? cal.workday(answered, DISPUTE_WINDOW_WORKING_DAYS)
    : cal.workday(objectionDate, OBJECTION_WORKING_DAYS + DISPUTE_WINDOW_WORKING_DAYS);
}

/**
 * An objection's answer status as of a date, with the request SLA's words: answered on time or
 * late against the 30-working-day due date, else in process, near due or overdue. An answer dated
 * after `asOf` was not known then; an answer dated before the objection has no status.
 */
export function objectionStatus(
  objectionDate: Day,
  answered: Day | null,
  asOf: Day,
  cal: WorkCalendar,
  nearDueDays: number = DEFAULT_NEAR_DUE_DAYS,
): SlaStatus | null {
  const due = objectionDue(objectionDate, cal);
  if (answered !== null && answered <= asOf) {
    if (answered < objectionDate) return null;
    return answered <= due ? 'Tepat Waktu' : 'Terlambat';
  }
  if (asOf > due) return 'Lewat Batas';
  return cal.countWorkingDays(asOf + 1, due) <= nearDueDays ? 'Mendekati Batas' : 'Dalam Proses';
}

export interface SlaInput {
  received: Day;
  extended: boolean;
  answered: Day | null;
  status: StatusValue | null;
}

/**
 * The SLA status as of a date, from the request's due date. Dibatalkan has none. An answer dated
 * after `asOf` was not known on that date, so the request counts as open then (a report
 * regenerated for a past date shows what was true on that date). An answer dated before receipt
 * is a slip listed as a problem: no SLA status. One rule for the recap, the register check and the
 * consolidation of units' files (which carry each request's due date, not its extension flag).
 */
export function slaFromDue(
  received: Day,
  due: Day,
  answered: Day | null,
  cancelled: boolean,
  asOf: Day,
  cal: WorkCalendar,
  nearDueDays: number = DEFAULT_NEAR_DUE_DAYS,
): SlaStatus | null {
  if (cancelled) return null;
  if (answered !== null && answered <= asOf) {
    if (answered < received) return null;
    return answered <= due ? 'Tepat Waktu' : 'Terlambat';
  }
  if (asOf > due) return 'Lewat Batas';
  return cal.countWorkingDays(asOf + 1, due) <= nearDueDays ? 'Mendekati Batas' : 'Dalam Proses';
}

/** The SLA status of a request as of a date (see slaFromDue). */
export function slaStatus(
  req: SlaInput,
  asOf: Day,
  cal: WorkCalendar,
  nearDueDays: number = DEFAULT_NEAR_DUE_DAYS,
): SlaStatus | null {
  if (req.status === 'Dibatalkan') return null;
  return slaFromDue(
    req.received,
    dueDate(req.received, req.extended, cal),
    req.answered,
    false,
    asOf,
    cal,
    nearDueDays,
  );
}
