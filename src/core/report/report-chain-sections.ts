// The report's sections on objections to the Atasan PPID and disputes at the Komisi Informasi and
// in court (UU 14/2008 Pasal 35–50; Perki 1/2021 Pasal 56), each sentence written for none, one
// and many (docs/report-wording.md). Split from report-sections.ts.
import type { Recap } from '../types';
import { joinList } from './labels';
import { objectionOutcomeRows, disputeStageRows, disputeOutcomeRows } from '../recap';
import { OBJECTION_OUTCOMES, UNDECIDED } from '../law';
import { UNKNOWN } from '../register';
import { outcomeLabel, stageLabel } from './chain-labels';
import type { DocBuilder } from './report-blocks';
import { parts } from './say';
import { heading, type Heading } from './section-common';

/** "12 ditanggapi (…)" and "5 belum ditanggapi (…)", the parts of the objections' sentence. */
function objectionParts(b: DocBuilder, ob: Recap['objections']): string {
  const { tr, n } = b;
  const answered = (() => {
    if (!ob.answered) return '';
    const all = ob.answered === ob.count;
    const kind = !ob.late ? 'onTime' : !ob.onTime ? 'late' : 'mixed';
    const params = { n: n(ob.answered), onTime: n(ob.onTime), late: n(ob.late) };
    return tr(all ? `say.objections.answeredAll.${kind}` : `say.objections.answered.${kind}`, params);
  })();
  const pending = (() => {
    if (!ob.pending) return '';
    if (ob.pending === ob.count && !ob.overdue) return tr('say.objections.pendingAll');
    const params = { n: n(ob.pending), overdue: n(ob.overdue) };
    if (!ob.overdue) return tr('say.objections.pending', params);
    return tr(ob.overdue === ob.pending ? 'say.objections.pendingOverdueAll' : 'say.objections.pendingOverdue', params);
  })();
  return parts(b.lang, [
    { n: ob.answered, text: answered },
    { n: ob.pending, text: pending },
  ]);
}

/** Objections to the Atasan PPID: count, timeliness (Pasal 36) and the decisions. */
export function objections(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  const ob = recap.objections;
  heading(b, h);
  if (!ob.count) b.p(tr('doc.objections.none'));
  else {
    let first: string;
    if (ob.count === 1) {
      const state = ob.answered ? (ob.onTime ? 'onTime' : 'late') : ob.overdue ? 'overdue' : 'pending';
      first = tr('say.objections.one', { state: tr(`say.objections.state.${state}`) });
    } else first = tr('say.objections.many', { count: n(ob.count), parts: objectionParts(b, ob) });
    const decided = OBJECTION_OUTCOMES.filter((k) => (ob.byOutcome[k] ?? 0) > 0);
    const sum = decided.reduce((s, k) => s + (ob.byOutcome[k] ?? 0), 0);
    const label = (k: string) => outcomeLabel(k, b.lang).toLowerCase();
    const second = !decided.length
      ? ''
      : sum === 1
        ? tr('say.objections.decision', { outcome: label(decided[0]) })
        : tr('say.objections.decisions', {
            list: joinList(
              decided.map((k) => `${label(k)} ${n(ob.byOutcome[k])}`),
              b.lang,
            ),
          });
    b.p(second ? `${first} ${second}` : first);
  }
  b.table(
    tr('recap.objections.title'),
    [tr('recap.col.no'), tr('recap.col.measure'), tr('recap.col.count')],
    [
      [tr('measure.objections'), ob.count],
      [tr('measure.objectionsAnswered'), ob.answered],
      [tr('measure.objectionsOnTime'), ob.onTime],
      [tr('measure.objectionsLate'), ob.late],
      [tr('measure.objectionsPending'), ob.pending],
      [tr('measure.objectionsOverdue'), ob.overdue],
    ].map(([label, x], i) => [`${i + 1}.`, String(label), n(Number(x))]),
    false,
  );
  if (ob.count) {
    const rows = objectionOutcomeRows(ob);
    const shares = b.shares(
      rows.map((r) => r.count),
      ob.count,
    );
    b.table(
      tr('recap.objectionOutcomes.title'),
      [tr('recap.col.no'), tr('recap.col.outcome'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...rows.map((r, i) => [`${i + 1}.`, outcomeLabel(r.label, b.lang), n(r.count), shares[i]]),
        ['', tr('recap.total'), n(ob.count), pct(ob.count, ob.count)],
      ],
    );
  }
}

/** "tahap mediasi", or "tahapnya belum dicatat". */
function stagePhrase(b: DocBuilder, key: string): string {
  return key === UNKNOWN
    ? b.tr('say.disputes.stageUnknown')
    : b.tr('say.disputes.stage', { stage: stageLabel(key, b.lang).toLowerCase() });
}

/** Disputes at the Komisi Informasi and in court: filed, stage reached, outcome (Pasal 37–50). */
export function disputes(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  const d = recap.disputes;
  heading(b, h);
  if (!d.filed) {
    b.p(tr('doc.disputes.none'));
    return;
  }
  const stageRows = disputeStageRows(d);
  const used = stageRows.filter((r) => r.count > 0);
  const pending = d.byOutcome[UNDECIDED] ?? 0;
  if (d.filed === 1) {
    b.p(
      tr('say.disputes.one', {
        stage: stagePhrase(b, used[0]?.label ?? UNKNOWN),
        state: tr(d.decided ? 'say.disputes.decided1' : 'say.disputes.pending1'),
      }),
    );
  } else {
    const stages =
      used.length === 1
        ? used[0].label === UNKNOWN
          ? tr('say.disputes.stageUnknown')
          : tr('say.disputes.stageAll', { stage: stageLabel(used[0].label, b.lang).toLowerCase() })
        : joinList(
            used.map((r) => `${stageLabel(r.label, b.lang).toLowerCase()} ${n(r.count)}`),
            b.lang,
          );
    const state = !d.decided
      ? tr('say.disputes.noneDecided')
      : !pending
        ? tr('say.disputes.allDecided')
        : tr('say.disputes.someDecided', { decided: n(d.decided), pending: n(pending) });
    b.p(tr('say.disputes.many', { filed: n(d.filed), stages, state }));
  }
  const stageShares = b.shares(
    stageRows.map((r) => r.count),
    d.filed,
  );
  b.table(
    tr('recap.disputeStages.title'),
    [tr('recap.col.no'), tr('recap.col.stage'), tr('recap.col.count'), tr('recap.col.percent')],
    [
      ...stageRows.map((r, i) => [`${i + 1}.`, stageLabel(r.label, b.lang), n(r.count), stageShares[i]]),
      ['', tr('recap.total'), n(d.filed), pct(d.filed, d.filed)],
    ],
  );
  const outcomeRows = disputeOutcomeRows(d);
  const outcomeShares = b.shares(
    outcomeRows.map((r) => r.count),
    d.filed,
  );
  b.table(
    tr('recap.disputeOutcomes.title'),
    [tr('recap.col.no'), tr('recap.col.outcome'), tr('recap.col.count'), tr('recap.col.percent')],
    [
      ...outcomeRows.map((r, i) => [`${i + 1}.`, outcomeLabel(r.label, b.lang), n(r.count), outcomeShares[i]]),
      ['', tr('recap.total'), n(d.filed), pct(d.filed, d.filed)],
    ],
  );
}
