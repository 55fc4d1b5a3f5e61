// Figures the documents read out of one Recap without counting anything again: the refusals told
// apart from the notices recorded on Ditolak rows, the requests open as of the report's date by
// their register status, and the service-time band past 10 working days split into on time (an
// extension) and late. Each is derived from keys recap.json already has (docs/recap-json.md), so a
// version 2 file from an earlier release reads the same; no key is added.
import type { Recap, SlaStatus } from '../types';
import { NOTICE_KEYS, NOT_DOCUMENTED, NOT_HELD } from '../law';
import { STATUSES } from '../register';

export interface RefusalSplit {
  /** Requests with status Ditolak (`refusals.total`). */
  marked: number;
  /** Of those, the ones whose ground is a ground for refusal (or none at all). */
  refused: number;
  /** Of those, the ones whose ground is a notice: not a refusal (a row problem). */
  noticeGround: { total: number; held: number; documented: number };
  /** Notices on requests with another status: really in addition to the Ditolak rows. */
  otherNotices: { total: number; held: number; documented: number };
}

/**
 * `refusals.byReason` holds the notice grounds of Ditolak rows; `refusals.notices` counts notices
 * whatever the status (recap.json v2). The notices "besides" the Ditolak rows are the difference.
 */
export function refusalSplit(rf: Recap['refusals']): RefusalSplit {
  const on = (k: string) => rf.byReason[k] ?? 0;
  const held = on(NOT_HELD);
  const documented = on(NOT_DOCUMENTED);
  const noticeTotal = [...NOTICE_KEYS].reduce((s, k) => s + on(k), 0);
  const otherHeld = Math.max(0, (rf.noticesByReason[NOT_HELD] ?? 0) - held);
  const otherDocumented = Math.max(0, (rf.noticesByReason[NOT_DOCUMENTED] ?? 0) - documented);
  return {
    marked: rf.total,
    refused: Math.max(0, rf.total - noticeTotal),
    noticeGround: { total: noticeTotal, held, documented },
    otherNotices: {
      total: Math.max(0, rf.notices - noticeTotal),
      held: otherHeld,
      documented: otherDocumented,
    },
  };
}

/** SLA states of a request open as of the report's date. */
export const OPEN_STATES: SlaStatus[] = ['Dalam Proses', 'Mendekati Batas', 'Lewat Batas'];

export interface OpenAsOf {
  /** Open as of `asOf`: not withdrawn, and no answer dated on or before it (`sla` in-process states). */
  open: number;
  byState: Record<'Dalam Proses' | 'Mendekati Batas' | 'Lewat Batas', number>;
  /** The open requests by their register Status (null: no recognised status), in the register's order. */
  byRegisterStatus: Array<{ status: string | null; n: number }>;
  /** Rows still marked Diproses in the register that are answered as of `asOf`. */
  staleDiproses: number;
  /** True when the register's Status and the as-of view disagree (see docs/report-wording.md). */
  differs: boolean;
}

/** The one definition of "open as of" (docs/report-wording.md), read from the recap's lines. */
export function openAsOf(recap: Recap): OpenAsOf {
  const sla = recap.sla;
  const byState = { 'Dalam Proses': sla.inProcess, 'Mendekati Batas': sla.nearDue, 'Lewat Batas': sla.overdue };
  const open = sla.inProcess + sla.nearDue + sla.overdue;
  const tally = new Map<string | null, number>();
  let staleDiproses = 0;
  let diproses = 0;
  for (const l of recap.requests) {
    const isOpen = l.slaStatus !== null && OPEN_STATES.includes(l.slaStatus);
    if (isOpen) tally.set(l.status, (tally.get(l.status) ?? 0) + 1);
    if (l.status === 'Diproses') {
      diproses++;
      if (!isOpen) staleDiproses++;
    }
  }
  // In the register's own order of statuses; no recognised status last.
  const rank = (st: string | null) => (st === null ? STATUSES.length : STATUSES.indexOf(st as never));
  const byRegisterStatus = [...tally.entries()]
    .map(([status, n]) => ({ status, n }))
    .sort((a, b) => rank(a.status) - rank(b.status));
  const onlyDiproses = byRegisterStatus.every((x) => x.status === 'Diproses');
  return {
    open,
    byState,
    byRegisterStatus,
    staleDiproses,
    differs: !onlyDiproses || staleDiproses > 0 || diproses !== open,
  };
}

/** The band past the law's 10 working days, split by what the SLA says of each request. */
export function extendedBand(recap: Recap): { onTime: number; late: number; over17: number } {
  let onTime = 0;
  let late = 0;
  let over17 = 0;
  for (const l of recap.requests) {
    const d = l.workingDays;
    if (d === null || d <= 10) continue;
    if (d > 17) over17++;
    else if (l.slaStatus === 'Tepat Waktu') onTime++;
    else late++;
  }
  return { onTime, late, over17 };
}
