// What the report, recap.json and the digest take from the lists: Final entries only, counts by
// class, the period's published or updated entries, the exemptions in force and those ending.
import type { Day, DipCounts } from '../types';
import { DIP_CLASSES, type DikEntry, type DipClass, type DipEntry, type DipList } from './model';

/** A month's notice before an exemption ends (the daily digest, the sheet's live column). */
export const EXPIRY_NOTICE_DAYS = 30;

export type ExemptionStatus = 'inForce' | 'endingSoon' | 'ended' | 'noEnd';

/**
 * Where an exemption's period stands on `today`: ended once its last day (`until`, inclusive) is
 * past, ending soon within EXPIRY_NOTICE_DAYS, no end when none is set. The sheet's live column
 * (dipExpiryFormula in src/sheets/dip.ts) gives the same answer.
 */
export function exemptionStatus(e: Pick<DikEntry, 'until'>, today: Day): ExemptionStatus {
  if (e.until === null) return 'noEnd';
  if (e.until < today) return 'ended';
  return e.until - today <= EXPIRY_NOTICE_DAYS ? 'endingSoon' : 'inForce';
}

/** The Indonesian labels the live column writes (the sheet's formula uses the same text). */
export const EXEMPTION_LABELS: Record<ExemptionStatus, string> = {
  inForce: 'Berlaku',
  endingSoon: 'Berakhir ≤ 30 hari',
  ended: 'Berakhir',
  noEnd: 'Tanpa batas tanggal',
};

const zero = (): Record<DipClass, number> =>
  Object.fromEntries(DIP_CLASSES.map((c) => [c, 0])) as Record<DipClass, number>;

/** Final entries that existed by `end` (an entry with no date counts as always there). */
function finalBy(entries: DipEntry[], end: Day): DipEntry[] {
  return entries.filter((e) => e.state === 'Final' && e.infoClass !== null && (e.updated === null || e.updated <= end));
}

/** The period's Final entries published or updated in [start, end], class by class in the law's order. */
export function entriesInPeriod(
  list: DipList,
  start: Day,
  end: Day,
): Array<{ infoClass: DipClass; entries: DipEntry[] }> {
  const inPeriod = finalBy(list.entries, end).filter((e) => e.updated !== null && e.updated >= start);
  return DIP_CLASSES.map((c) => ({
    infoClass: c,
    entries: inPeriod.filter((e) => e.infoClass === c).sort((a, b) => a.updated! - b.updated! || a.row - b.row),
  }));
}

/** Final DIK entries decided by `end` whose period had not ended before `start`. */
export function exemptionsInForce(list: DipList, start: Day, end: Day): DikEntry[] {
  return list.exempted.filter(
    (e) =>
      e.state === 'Final' &&
      e.ground !== null &&
      (e.from === null || e.from <= end) &&
      (e.until === null || e.until >= start),
  );
}

/** recap.json's `dip`: counts only, no cell text (docs/recap-json.md). */
export function dipCounts(list: DipList, start: Day, end: Day): DipCounts {
  const byClass = zero();
  for (const e of finalBy(list.entries, end)) byClass[e.infoClass!]++;
  const updatedByClass = zero();
  for (const g of entriesInPeriod(list, start, end)) updatedByClass[g.infoClass] = g.entries.length;
  const exempt = exemptionsInForce(list, start, end);
  return {
    byClass,
    updatedByClass,
    exempted: exempt.length,
    exemptionsEnded: exempt.filter((e) => e.until !== null && e.until <= end).length,
  };
}
