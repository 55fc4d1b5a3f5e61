// What each live column of the register must show for one row, as the core computes it: the
// oracle the add-on compares Sheets' own results with (the formula-form probe at setup, the
// sample check in Periksa Data and reports). Same semantics as the formulas in
// src/sheets/formulas.ts, key for key (LIVE_FORMULAS there).
import type { Day, SlaStatus } from '../types';
import type { DisputeClockStatus } from '../calendar';
import type { ComputedKey } from './schema';
import {
  type WorkCalendar,
  dueDate,
  objectionDue,
  slaStatus,
  objectionStatus,
  disputeWindow,
  disputeSettleDue,
  disputeClock,
} from '../calendar';

/** The typed cells a live column reads, already parsed: days, or null when blank. */
export interface LiveRow {
  received: Day | null;
  extended: boolean;
  answered: Day | null;
  /** The Status cell's text: only the canonical "Dibatalkan" cancels, as in the formula. */
  status: string | null;
  objectionDate: Day | null;
  /** Tanggal Tanggapan Keberatan: the Atasan PPID's answer. */
  objectionAnswered: Day | null;
  /** Tanggal Pengajuan Sengketa, Tahap Sengketa (its canonical text, as the formula compares it), Tanggal Putusan Sengketa. */
  disputeDate: Day | null;
  disputeStage: string | null;
  disputeDecided: Day | null;
}

/** A day (shown as a date), a number of working days, a status text, or '' for a blank cell. */
export type LiveValue = Day | number | DisputeClockStatus | '';

/** A live value typed for comparison: dates are compared as days, the rest as they are. */
export interface LiveCell {
  kind: 'date' | 'number' | 'text';
  value: LiveValue;
}

/**
 * The live columns' values of one row on `today` (the spreadsheet's TODAY()), for the calendar of
 * the effective holiday column and the near-due threshold of the settings.
 */
export function liveValues(
  row: LiveRow,
  today: Day,
  cal: WorkCalendar,
  nearDueDays: number,
): Record<ComputedKey, LiveCell> {
  const { received, answered } = row;
  const due = received === null ? null : dueDate(received, row.extended, cal);
  let sla: SlaStatus | '' = '';
  if (received !== null && row.status !== 'Dibatalkan') {
    sla = slaStatus({ received, extended: row.extended, answered, status: null }, today, cal, nearDueDays) ?? '';
  }
  return {
    due: { kind: 'date', value: due ?? '' },
    // Service time as recap.json counts it: none for a cancelled request, an answer not known yet
    // (dated after today) or one dated before receipt.
    workingDays: {
      kind: 'number',
      value:
        received === null || answered === null || answered > today || answered < received || row.status === 'Dibatalkan'
          ? ''
          : cal.workingDaysBetween(received, answered),
    },
    slaStatus: { kind: 'text', value: sla },
    objectionDue: { kind: 'date', value: row.objectionDate === null ? '' : objectionDue(row.objectionDate, cal) },
    objectionStatus: {
      kind: 'text',
      value:
        row.objectionDate === null
          ? ''
          : (objectionStatus(row.objectionDate, row.objectionAnswered, today, cal, nearDueDays) ?? ''),
    },
    disputeWindow: {
      kind: 'date',
      value:
        row.objectionDate === null
          ? ''
          : (disputeWindow(
              row.objectionDate,
              row.objectionAnswered !== null && row.objectionAnswered <= today ? row.objectionAnswered : null,
              cal,
            ) ?? ''),
    },
    // The Komisi Informasi's clock (UU 14/2008 Pasal 38; calendar/dispute-clock.ts).
    disputeSettleDue: { kind: 'date', value: row.disputeDate === null ? '' : disputeSettleDue(row.disputeDate, cal) },
    disputeClock: {
      kind: 'text',
      value:
        row.disputeDate === null
          ? ''
          : (disputeClock(row.disputeDate, row.disputeStage, row.disputeDecided, today, cal, nearDueDays) ?? ''),
    },
  };
}
