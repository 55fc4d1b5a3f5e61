// The Komisi Informasi's own clock for a dispute (UU 14/2008 Pasal 38), with the semantics of the
// register's live columns Batas Penyelesaian Sengketa and Status Penyelesaian Sengketa
// (src/sheets/formulas.ts), so that the sheet, the recap and the annual report agree.
//
// Source: Pasal 38 ayat (1)–(2), close to verbatim (the DJKN PPID page quoting Pasal 37–38): the
// Komisi Informasi "harus mulai mengupayakan penyelesaian Sengketa Informasi Publik melalui Mediasi
// dan/atau Ajudikasi nonlitigasi paling lambat 14 (empat belas) hari kerja setelah menerima
// permohonan penyelesaian Sengketa Informasi Publik", and "proses penyelesaian sengketa paling
// lambat dapat diselesaikan dalam waktu 100 (seratus) hari kerja". The text found does not say
// from which day the 100 days run: both clocks run here from the petition's filing date (Tanggal
// Pengajuan Sengketa), the one date the register has. A dispute in court (Tahap Sengketa =
// Pengadilan) is off this clock: the court has its own.
import type { Day, SlaStatus } from '../types';
import { DEFAULT_NEAR_DUE_DAYS, type WorkCalendar } from './calendar';

/** Pasal 38 ayat (1): the Komisi Informasi starts mediation or adjudication within 14 working days. */
export const DISPUTE_START_WORKING_DAYS = 14;
/** Pasal 38 ayat (2): the dispute is settled within 100 working days. */
export const DISPUTE_SETTLE_WORKING_DAYS = 100;
/** The stage that takes a dispute off the Komisi Informasi's clock. */
export const COURT_STAGE = 'Pengadilan';

/** Open past the 14 working days with no stage recorded: mediation or adjudication has not started. */
export type DisputeClockStatus = SlaStatus | 'Lewat Batas Mulai';
/** Every status, in the order the recap lists them. */
export const DISPUTE_CLOCK_STATUSES: DisputeClockStatus[] = [
  'Tepat Waktu',
  'Terlambat',
  'Dalam Proses',
  'Mendekati Batas',
  'Lewat Batas',
  'Lewat Batas Mulai',
];

/** The last working day to settle a dispute filed on `filed` (Pasal 38 ayat 2). */
export function disputeSettleDue(filed: Day, cal: WorkCalendar): Day {
  return cal.workday(filed, DISPUTE_SETTLE_WORKING_DAYS);
}

/**
 * Where a dispute stands on the Komisi Informasi's clock as of `asOf`: settled on time or late
 * (a decision date known by then), open past 100 working days, open past 14 with no stage, near
 * the 100-day limit, or in process. Null when the dispute is in court, or its decision is dated
 * before its filing (a slip the register check lists). `stage` is the Tahap Sengketa cell's value
 * (null when blank).
 */
export function disputeClock(
  filed: Day,
  stage: string | null,
  decided: Day | null,
  asOf: Day,
  cal: WorkCalendar,
  nearDueDays: number = DEFAULT_NEAR_DUE_DAYS,
): DisputeClockStatus | null {
  if (stage === COURT_STAGE) return null;
  const due = disputeSettleDue(filed, cal);
  if (decided !== null && decided <= asOf) {
    if (decided < filed) return null;
    return decided <= due ? 'Tepat Waktu' : 'Terlambat';
  }
  if (asOf > due) return 'Lewat Batas';
  if (stage === null && asOf > cal.workday(filed, DISPUTE_START_WORKING_DAYS)) return 'Lewat Batas Mulai';
  return cal.countWorkingDays(asOf + 1, due) <= nearDueDays ? 'Mendekati Batas' : 'Dalam Proses';
}
