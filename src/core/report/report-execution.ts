// The annual report's BAB IV additions (issue 23, item 22; docs/annual-report.md, "BAB IV: what
// the register adds"): how the Atasan PPID's and the dispute's decisions were carried out, the
// number of court suits, and the disputes against the Komisi Informasi's clock (UU 14/2008
// Pasal 38). Figures only, from recap.json's execution, courtSuits and disputeClock.
import type { CountRow, Recap } from '../types';
import { DISPUTE_CLOCK_STATUSES } from '../calendar';
import { countRows } from '../recap';
import type { DocBuilder } from './report-blocks';

const ALWAYS: ReadonlySet<string> = new Set(['Tepat Waktu', 'Terlambat', 'Lewat Batas', 'Lewat Batas Mulai']);
const total = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

function executionTable(b: DocBuilder, counts: Record<string, number>, side: 'objections' | 'disputes'): void {
  const { tr, n, pct } = b;
  const all = total(counts);
  if (!all) return;
  b.p(tr(`annual.execution.${side}.read`, { count: n(all) }));
  const rows = countRows(Object.keys(counts), counts);
  // Every percentage by the document's one rule (percent.ts, docs/percentages.md).
  const shares = b.shares(
    rows.map((r) => r.count),
    all,
  );
  b.table(
    tr(`annual.execution.${side}.title`),
    [tr('recap.col.no'), tr('recap.col.status'), tr('recap.col.count'), tr('recap.col.percent')],
    [
      ...rows.map((r, i) => [`${i + 1}.`, tr(`annual.execution.state.${r.label}`), n(r.count), shares[i]]),
      ['', tr('recap.total'), n(all), pct(all, all)],
    ],
  );
}

/**
 * The recap sheet's tables of the same figures (sheets/recap-layout.ts), labelled: only those with
 * something to count, as in the document.
 */
export function followUpRows(
  recap: Recap,
  tr: (key: string, params?: Record<string, string | number>) => string,
): Array<{ key: string; title: string; rows: CountRow[] }> {
  const out: Array<{ key: string; title: string; rows: CountRow[] }> = [];
  for (const side of ['objections', 'disputes'] as const) {
    const counts = recap.execution[side];
    if (!total(counts)) continue;
    out.push({
      key: `execution.${side}`,
      title: tr(`annual.execution.${side}.title`),
      rows: countRows(Object.keys(counts), counts).map((r) => ({
        ...r,
        label: tr(`annual.execution.state.${r.label}`),
      })),
    });
  }
  if (total(recap.disputeClock)) {
    const keys = DISPUTE_CLOCK_STATUSES.filter((k) => ALWAYS.has(k) || (recap.disputeClock[k] ?? 0) > 0);
    out.push({
      key: 'disputeClock',
      title: tr('annual.clock.title'),
      rows: countRows(keys, recap.disputeClock).map((r) => ({ ...r, label: tr(`annual.clock.status.${r.label}`) })),
    });
  }
  return out;
}

/** After 4.1: how the superior's decisions that grant the request were carried out. */
export function objectionExecution(b: DocBuilder, recap: Recap): void {
  executionTable(b, recap.execution.objections, 'objections');
}

/** After 4.2: the dispute decisions carried out, the court suits, the Pasal 38 clock. */
export function disputeFollowUp(b: DocBuilder, recap: Recap): void {
  const { tr, n } = b;
  executionTable(b, recap.execution.disputes, 'disputes');
  if (recap.disputes.filed || recap.courtSuits) b.p(tr('annual.courtSuits', { count: n(recap.courtSuits) }));
  const clocked = total(recap.disputeClock);
  if (!clocked) return;
  b.p(tr('annual.clock.read'));
  b.table(
    tr('annual.clock.title'),
    [tr('recap.col.no'), tr('recap.col.status'), tr('recap.col.count')],
    [
      // The law's two limits always; the open states only when some dispute is in them.
      ...DISPUTE_CLOCK_STATUSES.filter((k) => ALWAYS.has(k) || (recap.disputeClock[k] ?? 0) > 0).map((k, i) => [
        `${i + 1}.`,
        tr(`annual.clock.status.${k}`),
        n(recap.disputeClock[k] ?? 0),
      ]),
      ['', tr('recap.total'), n(clocked)],
    ],
  );
}
