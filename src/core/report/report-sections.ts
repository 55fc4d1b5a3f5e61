// The report's statistic sections, each rendering part of one Recap into blocks: shared by the
// quarterly outline (the seed report's) and the annual one (the law's). A section gets its
// heading text from the outline, or none when the outline folds it into another.
import type { Recap } from '../types';
import type { Settings } from '../settings';
import { isYes, periodMatches } from '../settings';
import { formatDateLong, formatNumber, formatPercent, joinList, quarterColumn } from './labels';
import { applicantTypesRecorded, countRows } from '../recap';
import { LISTS, UNKNOWN } from '../register';
import {
  SERVICE_BUCKETS,
  BUCKET_CLASSES,
  refusalRows,
  objectionOutcomeRows,
  disputeStageRows,
  disputeOutcomeRows,
} from '../recap';
import { refusalLabel, outcomeLabel, stageLabel, bucketLabel } from './chain-labels';
import { OBJECTION_OUTCOMES, UNDECIDED } from '../law';
import type { DocBuilder } from './report-blocks';

type Heading = { level: 1 | 2 | 3; text: string } | null;
const TOP_TOPICS = 10;
const GROUPS = ['Dipenuhi', 'Ditolak/Tidak Dijawab', 'Diproses'] as const;

function heading(b: DocBuilder, h: Heading): void {
  if (h) b.heading(h.level, h.text);
}

/**
 * The annual table's status rows: the seed's three groups, Dibatalkan when the year has any, and
 * Tidak Diketahui for requests with no readable status, so each column adds up to its requests.
 */
export function annualStatusRows(recap: Recap): Array<{ group: string; quarters: number[]; total: number }> {
  const qs = recap.quarters ?? [];
  const known = [...GROUPS, 'Dibatalkan'];
  const rows = known.map((g) => ({
    group: g,
    quarters: qs.map((q) => q.byStatusGroup[g] ?? 0),
    total: recap.totals.byStatusGroup[g] ?? 0,
  }));
  const unknownQ = qs.map((q, i) => q.requests - rows.reduce((s, r) => s + r.quarters[i], 0));
  const unknownTotal = recap.totals.requests - rows.reduce((s, r) => s + r.total, 0);
  return [
    ...rows.filter((r) => (GROUPS as readonly string[]).includes(r.group) || r.total > 0),
    ...(unknownTotal > 0 ? [{ group: UNKNOWN, quarters: unknownQ, total: unknownTotal }] : []),
  ];
}

/** Requests per channel (every configured channel), its chart, and the hand-entered media statistics. */
export function requestsByChannel(b: DocBuilder, recap: Recap, settings: Settings, h: Heading): void {
  const { tr, n } = b;
  heading(b, h);
  const used = recap.channels.filter((c) => c.total > 0);
  b.p(
    recap.totals.requests
      ? tr('doc.count.intro', {
          ...b.vars,
          total: n(recap.totals.requests),
          used: used.length,
          channels: recap.channels.length,
        })
      : tr('doc.count.none', b.vars),
  );
  b.table(
    tr('recap.chart.byChannel'),
    [tr('recap.col.no'), tr('recap.col.channel'), tr('recap.col.count')],
    [
      ...recap.channels.map((c, i) => [`${i + 1}.`, c.channel, n(c.total)]),
      ['', tr('recap.total'), n(recap.totals.requests)],
    ],
  );
  if (recap.totals.requests) b.chart('channels', tr('recap.chart.byChannel'));
  const media = settings.media.filter((m) => periodMatches(m.period, recap.period.year, recap.period.quarter));
  if (media.length) {
    const items = media.map((m) => {
      const stats = [
        m.followers !== null ? tr('doc.media.followers', { n: n(m.followers) }) : '',
        m.posts !== null ? tr('doc.media.posts', { n: n(m.posts) }) : '',
        m.likes !== null ? tr('doc.media.likes', { n: n(m.likes) }) : '',
        m.visitors !== null ? tr('doc.media.visitors', { n: n(m.visitors) }) : '',
      ]
        .filter(Boolean)
        .join(', ');
      if (!stats) return m.account ? `${m.medium} (${m.account})` : m.medium;
      return tr(m.account ? 'doc.count.media' : 'doc.count.mediaNoAccount', {
        medium: m.medium,
        account: m.account,
        stats,
      });
    });
    b.bold(tr('doc.bab2.media'));
    b.push({ type: 'list', items });
  }
}

/** Applicant types per channel: a table, a pie and a sentence that reads it. */
export function applicants(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  const group = (g: string) => tr(`group.${g}`);
  heading(b, h);
  const used = recap.channels.filter((c) => c.total > 0);
  // A table of "Tidak Diketahui 100%" per channel says nothing: one sentence says why there is none.
  if (used.length && !applicantTypesRecorded(recap)) {
    b.p(tr('doc.applicants.notRecorded', { ...b.vars, total: n(recap.totals.requests) }));
    return;
  }
  b.p(tr('doc.applicants.intro', b.vars));
  for (const c of used) {
    b.bold(c.channel);
    b.table(
      tr('recap.s2.table', { channel: c.channel }),
      [tr('recap.col.no'), tr('recap.col.applicantType'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...c.applicantRows.map((r, i) => [
          `${i + 1}.`,
          r.label === UNKNOWN ? group(UNKNOWN) : r.label,
          n(r.count),
          pct(r.percent),
        ]),
        ['', tr('recap.total'), n(c.total), pct(100)],
      ],
    );
    // The leader is read among known types only: "most came from unknown" says nothing.
    const known = c.applicantRows.filter((r) => r.label !== UNKNOWN);
    const unknown = c.applicantRows.find((r) => r.label === UNKNOWN)?.count ?? 0;
    const top = Math.max(0, ...known.map((r) => r.count));
    const leaders = known.filter((r) => r.count === top);
    if (top === 0) b.p(tr('doc.applicants.allUnknown', { channel: c.channel, total: n(c.total) }));
    else {
      const read =
        leaders.length === 1
          ? tr('doc.applicants.read', {
              channel: c.channel,
              top: leaders[0].label.toLowerCase(),
              count: n(top),
              percent: leaders[0].percent,
              total: n(c.total),
            })
          : tr('doc.applicants.tie', {
              channel: c.channel,
              total: n(c.total),
              count: n(top),
              list: joinList(
                leaders.map((r) => r.label.toLowerCase()),
                b.lang,
              ),
            });
      b.p(unknown ? `${read} ${tr('doc.applicants.unknownNote', { count: n(unknown) })}` : read);
    }
    b.chart(`applicants:${c.channel}`, tr('recap.chart.applicants', { channel: c.channel }));
  }
  const unused = recap.channels.filter((c) => c.total === 0).map((c) => c.channel);
  if (unused.length) b.p(tr('doc.applicants.zeroChannels', { list: joinList(unused, b.lang) }));
}

/** Status per channel in the seed's three groups. */
export function statusPerChannel(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  const group = (g: string) => tr(`group.${g}`);
  heading(b, h);
  const used = recap.channels.filter((c) => c.total > 0);
  for (const c of used) {
    b.bold(c.channel);
    b.table(
      tr('recap.s3.table', { channel: c.channel }),
      [tr('recap.col.no'), tr('recap.col.status'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...c.statusRows.map((r, i) => [`${i + 1}.`, group(r.label), n(r.count), pct(r.percent)]),
        ['', tr('recap.total'), n(c.total), pct(100)],
      ],
    );
    const by = (label: string) => c.statusRows.find((r) => r.label === label)?.count ?? 0;
    const done = c.statusRows.find((r) => r.label === 'Dipenuhi');
    // Every row of the table is read, so the sentence's parts add up to its total.
    const parts = [
      tr('doc.status.done', { n: n(by('Dipenuhi')), percent: done ? done.percent : 0 }),
      tr('doc.status.refused', { n: n(by('Ditolak/Tidak Dijawab')) }),
      tr('doc.status.open', { n: n(by('Diproses')) }),
      ...(by('Dibatalkan') ? [tr('doc.status.cancelled', { n: n(by('Dibatalkan')) })] : []),
      ...(by(UNKNOWN) ? [tr('doc.status.unknown', { n: n(by(UNKNOWN)) })] : []),
    ];
    b.p(tr('doc.status.read', { channel: c.channel, total: n(c.total), parts: joinList(parts, b.lang) }));
  }
  if (!used.length) b.p(tr('doc.count.none', b.vars));
}

/** The decisions of the period: granted in full or in part, refused, and the rest (Pasal 12 c). */
export function decisions(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  heading(b, h);
  const s = recap.totals.byStatus;
  // Granted, in part, refused first: the order Pasal 12 huruf c names them.
  const rows = countRows(
    ['Dipenuhi', 'Dipenuhi Sebagian', 'Ditolak', 'Tidak Dijawab', 'Diproses', 'Dibatalkan'],
    s,
    recap.totals.requests,
  );
  b.p(
    tr('doc.decisions.read', {
      total: n(recap.totals.requests),
      full: n(s.Dipenuhi ?? 0),
      part: n(s['Dipenuhi Sebagian'] ?? 0),
      refused: n(s.Ditolak ?? 0),
    }),
  );
  b.table(
    tr('doc.table.decisions'),
    [tr('recap.col.no'), tr('recap.col.status'), tr('recap.col.count'), tr('recap.col.percent')],
    [
      ...rows.map((r, i) => [
        `${i + 1}.`,
        r.label === UNKNOWN ? tr(`group.${UNKNOWN}`) : tr(`status.${r.label}`),
        n(r.count),
        pct(r.percent),
      ]),
      ['', tr('recap.total'), n(recap.totals.requests), pct(recap.totals.requests ? 100 : 0)],
    ],
  );
}

/** Refusals with their grounds (Pasal 12 d), and the notices counted apart. */
export function refusals(b: DocBuilder, recap: Recap, h: Heading, alwaysTable: boolean): void {
  const { tr, n, pct } = b;
  const rf = recap.refusals;
  // Without a heading of its own (the quarterly report keeps the seed's numbering), a bold label
  // as the channels' tables have, so the paragraph does not read as the last channel's.
  if (h) heading(b, h);
  else b.bold(b.tr('doc.refusals.label'));
  if (!rf.total) b.p(tr('doc.refusals.none'));
  else {
    const top = refusalRows(rf)
      .filter((r) => r.count > 0)
      .sort((x, y) => y.count - x.count)
      .slice(0, 3);
    b.p(
      tr('doc.refusals.read', {
        total: n(rf.total),
        list: joinList(
          top.map((r) => `${refusalLabel(r.label, b.lang)} (${n(r.count)})`),
          b.lang,
        ),
      }),
    );
  }
  if (rf.total || alwaysTable) {
    const rows = refusalRows(rf);
    b.table(
      tr('recap.refusals.title'),
      [tr('recap.col.no'), tr('recap.col.reason'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...rows.map((r, i) => [`${i + 1}.`, refusalLabel(r.label, b.lang), n(r.count), pct(r.percent)]),
        ['', tr('recap.total'), n(rf.total), pct(rf.total ? 100 : 0)],
      ],
    );
  }
  if (rf.byReason['Pasal 17 (huruf belum disebut)'])
    b.p(tr('doc.refusals.unspecified', { n: n(rf.byReason['Pasal 17 (huruf belum disebut)']) }));
  if (rf.notices) {
    b.p(
      tr('doc.refusals.notices', {
        n: n(rf.notices),
        held: n(rf.noticesByReason['Informasi tidak dikuasai'] ?? 0),
        documented: n(rf.noticesByReason['Belum didokumentasikan'] ?? 0),
      }),
    );
  }
}

/** Service time: the rule, the measured figures, the open requests, the SLA table and chart. */
export function serviceTime(
  b: DocBuilder,
  recap: Recap,
  settings: Settings,
  h: Heading,
  opts: { hoursText: boolean; byClass: boolean },
): void {
  const { tr, n, pct } = b;
  heading(b, h);
  const cutiWorked = isYes(settings.values.cutiBersamaWorking);
  b.p(tr('doc.time.rule', { cuti: tr(cutiWorked ? 'doc.time.cutiWorked' : 'doc.time.cutiCounted') }));
  if (opts.hoursText) b.narrative(settings.values.textServiceHours);
  const st = recap.serviceTime;
  const fmt = (x: number | null) => (x === null ? '-' : formatNumber(x, b.lang));
  b.p(
    st.answered
      ? tr('doc.time.read', {
          answered: n(st.answered),
          avg: fmt(st.averageWorkingDays),
          median: fmt(st.medianWorkingDays),
          min: fmt(st.minWorkingDays),
          max: fmt(st.maxWorkingDays),
          onTime: n(recap.sla.onTime),
          late: n(recap.sla.late),
          rate: formatPercent(recap.sla.complianceRate, b.lang),
        })
      : tr('doc.time.none'),
  );
  b.p(
    tr('doc.time.open', {
      asOf: formatDateLong(recap.asOf, b.lang),
      inProcess: n(recap.sla.inProcess),
      nearDue: n(recap.sla.nearDue),
      overdue: n(recap.sla.overdue),
    }),
  );
  b.table(
    tr('recap.chart.sla'),
    [tr('recap.col.no'), tr('recap.col.status'), tr('recap.col.count')],
    [
      ['1.', tr('measure.onTime'), n(recap.sla.onTime)],
      ['2.', tr('measure.late'), n(recap.sla.late)],
      ['3.', tr('measure.inProcess'), n(recap.sla.inProcess)],
      ['4.', tr('measure.nearDue'), n(recap.sla.nearDue)],
      ['5.', tr('measure.overdue'), n(recap.sla.overdue)],
    ],
    false,
  );
  if (recap.totals.requests) b.chart('sla', tr('recap.chart.sla'));
  // The time each request needed, in bands around the law's 10 and 17 working days.
  if (st.answered) {
    const rows = countRows(SERVICE_BUCKETS, st.buckets);
    b.table(
      tr('recap.buckets.title'),
      [tr('recap.col.no'), tr('recap.col.band'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...rows.map((r, i) => [`${i + 1}.`, bucketLabel(r.label, b.lang), n(r.count), pct(r.percent)]),
        ['', tr('recap.total'), n(st.answered), pct(100)],
      ],
    );
  }
  if (opts.byClass && st.answered) {
    const rows = BUCKET_CLASSES.map((c) => ({
      c,
      counts: SERVICE_BUCKETS.map((k) => st.bucketsByInfoClass[c][k]),
    })).filter((r) => r.c !== UNKNOWN || r.counts.some((x) => x > 0));
    b.table(
      tr('recap.bucketsByClass.title'),
      [tr('recap.col.infoClass'), ...SERVICE_BUCKETS.map((k) => bucketLabel(k, b.lang, true)), tr('recap.col.total')],
      [
        ...rows.map((r) => [
          r.c === UNKNOWN ? tr(`group.${UNKNOWN}`) : r.c,
          ...r.counts.map(n),
          n(r.counts.reduce((x, y) => x + y, 0)),
        ]),
        [tr('recap.total'), ...SERVICE_BUCKETS.map((k) => n(st.buckets[k])), n(st.answered)],
      ],
      true,
      true,
    );
  }
}

export function topics(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n } = b;
  heading(b, h);
  const list = recap.topics.filter((x) => x.count > 0);
  b.p(
    list.length
      ? tr('doc.topics.read', {
          list: joinList(
            list.slice(0, 5).map((x) => `${x.topic.toLowerCase()} (${n(x.count)})`),
            b.lang,
          ),
        })
      : tr('doc.topics.none'),
  );
  // The ten most requested topics; no total row, since the list may be cut.
  if (list.length) {
    b.table(
      tr('doc.table.topics'),
      [tr('recap.col.no'), tr('recap.col.topic'), tr('recap.col.count')],
      list.slice(0, TOP_TOPICS).map((x, i) => [`${i + 1}.`, x.topic, n(x.count)]),
      false,
    );
  }
}

export function channelsUsed(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n } = b;
  heading(b, h);
  const used = recap.channels.filter((c) => c.total > 0);
  b.p(
    used.length
      ? tr('doc.channels.read', {
          list: joinList(
            used.map((c) => `${c.channel} (${n(c.total)})`),
            b.lang,
          ),
        })
      : tr('doc.channels.none'),
  );
}

/** Objections to the Atasan PPID: count, timeliness (Pasal 36) and the decisions. */
export function objections(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  const ob = recap.objections;
  heading(b, h);
  const decided = OBJECTION_OUTCOMES.map((k) => `${outcomeLabel(k, b.lang).toLowerCase()} ${n(ob.byOutcome[k] ?? 0)}`);
  b.p(
    ob.count
      ? tr('doc.objections.read', {
          count: n(ob.count),
          answered: n(ob.answered),
          onTime: n(ob.onTime),
          late: n(ob.late),
          pending: n(ob.pending),
          decisions: joinList(decided, b.lang),
        })
      : tr('doc.objections.none'),
  );
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
    b.table(
      tr('recap.objectionOutcomes.title'),
      [tr('recap.col.no'), tr('recap.col.outcome'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...objectionOutcomeRows(ob).map((r, i) => [
          `${i + 1}.`,
          outcomeLabel(r.label, b.lang),
          n(r.count),
          pct(r.percent),
        ]),
        ['', tr('recap.total'), n(ob.count), pct(100)],
      ],
    );
  }
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
  const stages = disputeStageRows(d)
    .filter((r) => r.count > 0)
    .map((r) => `${stageLabel(r.label, b.lang).toLowerCase()} ${n(r.count)}`);
  b.p(
    tr('doc.disputes.filed', {
      filed: n(d.filed),
      decided: n(d.decided),
      pending: n(d.byOutcome[UNDECIDED] ?? 0),
      stages: joinList(stages, b.lang),
    }),
  );
  b.table(
    tr('recap.disputeStages.title'),
    [tr('recap.col.no'), tr('recap.col.stage'), tr('recap.col.count'), tr('recap.col.percent')],
    [
      ...disputeStageRows(d).map((r, i) => [`${i + 1}.`, stageLabel(r.label, b.lang), n(r.count), pct(r.percent)]),
      ['', tr('recap.total'), n(d.filed), pct(100)],
    ],
  );
  b.table(
    tr('recap.disputeOutcomes.title'),
    [tr('recap.col.no'), tr('recap.col.outcome'), tr('recap.col.count'), tr('recap.col.percent')],
    [
      ...disputeOutcomeRows(d).map((r, i) => [`${i + 1}.`, outcomeLabel(r.label, b.lang), n(r.count), pct(r.percent)]),
      ['', tr('recap.total'), n(d.filed), pct(100)],
    ],
  );
}

/** Requests by information class, with a Tidak Diketahui row so the table adds up. */
export function infoClasses(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  heading(b, h);
  const classes = Object.entries(recap.totals.byInfoClass).filter(([, c]) => c > 0);
  b.p(
    classes.length
      ? tr('doc.classes.read', {
          list: joinList(
            classes.map(([k, c]) => `${k} (${n(c)})`),
            b.lang,
          ),
        })
      : tr('doc.classes.none'),
  );
  if (classes.length) {
    const classRows = countRows(LISTS.infoClasses, recap.totals.byInfoClass, recap.totals.requests);
    b.table(
      tr('doc.table.classes'),
      [tr('recap.col.no'), tr('recap.col.infoClass'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...classRows.map((r, i) => [
          `${i + 1}.`,
          r.label === UNKNOWN ? tr(`group.${UNKNOWN}`) : r.label,
          n(r.count),
          pct(r.percent),
        ]),
        ['', tr('recap.total'), n(recap.totals.requests), pct(100)],
      ],
    );
  }
}

/** Annual: the four quarters side by side with the year's total. */
export function quarterTable(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n } = b;
  if (!recap.quarters) return;
  heading(b, h);
  b.p(tr('doc.quarters.read'));
  const qs = recap.quarters;
  const row = (label: string, pick: (q: (typeof qs)[number]) => number, total: number) => [
    label,
    ...qs.map((q) => n(pick(q))),
    n(total),
  ];
  b.table(
    tr('recap.s8').replace(/^\d+\.\s*/, ''),
    [tr('recap.col.measure'), ...[1, 2, 3, 4].map((q) => quarterColumn(q, b.lang)), tr('recap.col.total')],
    [
      row(tr('measure.requests'), (q) => q.requests, recap.totals.requests),
      // Every status group that has requests, so the status rows add up to the requests row.
      ...annualStatusRows(recap).map((r) => [tr(`group.${r.group}`), ...r.quarters.map(n), n(r.total)]),
      row(tr('measure.onTime'), (q) => q.onTime, recap.sla.onTime),
      row(tr('measure.late'), (q) => q.late, recap.sla.late),
    ],
    false,
    true,
  );
}

/** The data note: rows, not problems (one row may carry several problems). */
export function dataNote(b: DocBuilder, recap: Recap): void {
  if (recap.problems.length)
    b.p(
      b.tr('doc.problems', {
        rows: b.n(new Set(recap.problems.map((x) => x.row)).size),
        count: b.n(recap.problems.length),
      }),
    );
}
