// The synthetic rows of the formula-form probe: a hidden sheet where Siapkan Register tries each
// way of writing the live columns before trusting one with the officer's register. The rows are
// made up (no personal data) and chosen so that each known way a form can go wrong shows:
// a holiday inside the deadline window, an extension, an answer on the due date and one after,
// near-due, in-process and overdue requests relative to today, an objection, a cancelled
// request, a blank date, an answer dated before receipt, a same-day answer. Rows differ from each
// other, so a column that shows one value for every row (WORKDAY not iterating) cannot agree.
import type { Day } from '../types';
import type { LiveRow } from './live';
import { WorkCalendar, dueDate } from '../calendar';
import { HOLIDAYS } from '../calendar';
import { dayFromIso, weekday } from '../calendar';

export interface ProbeRow extends LiveRow {
  /** What the row is there to catch (for the test report, not shown to officers). */
  why: string;
}

/** The latest weekday national holiday at least 20 days before today (from the built-in data). */
function recentHoliday(today: Day): Day {
  const days = HOLIDAYS.filter((h) => h.kind !== 'cuti_bersama')
    .map((h) => dayFromIso(h.date))
    .filter((d) => {
      const w = weekday(d);
      return w !== 0 && w !== 6 && d <= today - 20;
    });
  return days.length ? Math.max(...days) : today - 30;
}

/** The weekday `n` weekdays before `d` (holidays not skipped: only a rough placement). */
function weekdaysBefore(d: Day, n: number): Day {
  let x = d;
  let left = n;
  while (left > 0) {
    x -= 1;
    const w = weekday(x);
    if (w !== 0 && w !== 6) left -= 1;
  }
  return x;
}

/**
 * The probe's rows for `today`. Dates are placed with the built-in holidays; the expected values
 * are computed later from the holiday column the sheet really has, so an officer's edits to the
 * holiday sheet only move a row, never make the probe wrong.
 */
export function probeRows(today: Day): ProbeRow[] {
  const cal = new WorkCalendar(HOLIDAYS.map((h) => dayFromIso(h.date)));
  const h = recentHoliday(today);
  const before = weekdaysBefore(h, 3);
  const due = dueDate(before, false, cal);
  const base = {
    extended: false,
    answered: null,
    status: 'Diproses',
    objectionDate: null,
    objectionAnswered: null,
    disputeDate: null,
    disputeStage: null,
    disputeDecided: null,
  } as const;
  // Disputes on the Komisi Informasi's clock (UU 14/2008 Pasal 38: start within 14 working days,
  // settle within 100), on a request answered and objected to long before.
  const disputed = {
    ...base,
    received: cal.workday(today, -260),
    answered: cal.workday(today, -255),
    status: 'Ditolak',
    objectionDate: cal.workday(today, -250),
    objectionAnswered: cal.workday(today, -230),
  };
  return [
    { ...base, why: 'holiday inside the deadline window, open', received: before },
    {
      ...base,
      why: 'extended (+7 working days), answered on the extended due date',
      received: before,
      extended: true,
      answered: dueDate(before, true, cal),
      status: 'Dipenuhi',
    },
    { ...base, why: 'answered on the due date', received: before, answered: due, status: 'Dipenuhi' },
    {
      ...base,
      why: 'answered the working day after the due date',
      received: before,
      answered: cal.workday(due, 1),
      status: 'Dipenuhi',
    },
    { ...base, why: 'near due: one working day left', received: cal.workday(cal.workday(today, 1), -10) },
    { ...base, why: 'in process: received today', received: today },
    { ...base, why: 'overdue', received: today - 40 },
    {
      ...base,
      why: 'objection across the holiday, not answered yet',
      received: weekdaysBefore(before, 5),
      answered: before,
      status: 'Ditolak',
      objectionDate: before,
    },
    {
      ...base,
      why: 'objection answered by the superior',
      received: weekdaysBefore(before, 5),
      answered: before,
      status: 'Ditolak',
      objectionDate: before,
      objectionAnswered: cal.workday(before, 12),
    },
    { ...base, why: 'cancelled', received: before, status: 'Dibatalkan' },
    { ...base, why: 'no date received', received: null },
    { ...base, why: 'answer dated before receipt', received: before, answered: before - 2, status: 'Dipenuhi' },
    { ...base, why: 'same-day answer', received: before, answered: before, status: 'Dipenuhi' },
    {
      ...base,
      why: 'answer dated after today (not known yet)',
      received: today - 3,
      answered: today + 5,
      status: 'Dipenuhi',
    },
    { ...disputed, why: 'dispute across the holiday, in mediation', disputeDate: before, disputeStage: 'Mediasi' },
    { ...disputed, why: 'dispute with no stage past 14 working days', disputeDate: cal.workday(today, -20) },
    { ...disputed, why: 'dispute filed today, no stage yet', disputeDate: today },
    {
      ...disputed,
      why: 'dispute near its 100 working days',
      disputeDate: cal.workday(cal.workday(today, 1), -100),
      disputeStage: 'Ajudikasi',
    },
    {
      ...disputed,
      why: 'dispute past 100 working days, open',
      disputeDate: cal.workday(today, -120),
      disputeStage: 'Ajudikasi',
    },
    {
      ...disputed,
      why: 'dispute settled on its 100th working day',
      disputeDate: cal.workday(today, -200),
      disputeStage: 'Ajudikasi',
      disputeDecided: cal.workday(cal.workday(today, -200), 100),
    },
    {
      ...disputed,
      why: 'dispute settled after 100 working days',
      disputeDate: cal.workday(today, -200),
      disputeStage: 'Mediasi',
      disputeDecided: cal.workday(cal.workday(today, -200), 101),
    },
    {
      ...disputed,
      why: 'dispute in court: off the clock',
      disputeDate: cal.workday(today, -150),
      disputeStage: 'Pengadilan',
    },
    {
      ...disputed,
      why: 'dispute decided after today (not known yet)',
      disputeDate: cal.workday(today, -30),
      disputeStage: 'Ajudikasi',
      disputeDecided: today + 3,
    },
  ];
}
