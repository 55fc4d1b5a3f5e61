// The report's sections on how requests were served (UU 14/2008 Pasal 12 huruf b–d): the time
// each needed and the requests open as of the report's date, the decisions, and the refusals with
// their grounds told apart from the notices (docs/report-wording.md). Split from report-sections.ts.
import type { Recap } from '../types';
import type { Settings } from '../settings';
import { isYes } from '../settings';
import { formatDateLong, formatNumber, joinList } from './labels';
import { countRows, SERVICE_BUCKETS, BUCKET_CLASSES, refusalRows } from '../recap';
import { UNKNOWN } from '../register';
import { NOTICE_KEYS, UNSPECIFIED_PASAL_17 } from '../law';
import { bucketLabel, refusalLabel, refusalPhrase } from './chain-labels';
import type { DocBuilder } from './report-blocks';
import { say, parts, ranking } from './say';
import { refusalSplit, openAsOf, extendedBand, OPEN_STATES } from './readings';
import { heading, registerStatusNote, type Heading } from './section-common';
import { hoursProfile } from './unit-profile';

/** How long the answered requests took, and how many were on time. */
function timeSentence(b: DocBuilder, recap: Recap): string {
  const { tr, n, pct } = b;
  const st = recap.serviceTime;
  const sla = recap.sla;
  if (!st.answered) return tr('doc.time.none');
  const fmt = (x: number | null) => (x === null ? '-' : formatNumber(x, b.lang));
  const within = (d: number) => (d === 0 ? tr('say.time.sameDay') : say(b.lang, 'say.time.within', d, { n: fmt(d) }));
  const min = st.minWorkingDays ?? 0;
  const max = st.maxWorkingDays ?? 0;
  if (st.answered === 1)
    return tr('say.time.one', {
      within: within(min),
      timely: tr(sla.onTime ? 'say.time.timely.onTime' : 'say.time.timely.late'),
    });
  const first =
    min === max
      ? tr('say.time.same', { answered: n(st.answered), within: within(min) })
      : tr('say.time.spread', {
          answered: n(st.answered),
          avg: fmt(st.averageWorkingDays),
          median: fmt(st.medianWorkingDays),
          min: min === 0 ? tr('say.time.sameDay') : fmt(min),
          max: fmt(max),
        });
  const rate = pct(sla.onTime, sla.onTime + sla.late);
  const second = !sla.late
    ? tr('say.time.allOnTime', { rate })
    : !sla.onTime
      ? tr('say.time.allLate', { rate })
      : say(b.lang, 'say.time.mixed', sla.onTime, { onTime: n(sla.onTime), late: n(sla.late), rate });
  return `${first} ${second}`;
}

/**
 * The requests open as of the report's date (docs/report-wording.md: not withdrawn, no answer
 * dated on or before it), and, when the register's Status says otherwise, what it says.
 */
function openSentence(b: DocBuilder, recap: Recap): string {
  const { tr, n } = b;
  const o = openAsOf(recap);
  const asOf = formatDateLong(recap.asOf, b.lang);
  const states = OPEN_STATES.filter((s) => o.byState[s as keyof typeof o.byState] > 0);
  const count = (s: string) => o.byState[s as keyof typeof o.byState];
  let text: string;
  if (!o.open) text = tr('say.open.none', { asOf });
  else if (o.open === 1) text = tr('say.open.one', { asOf, state: tr(`say.open.state1.${states[0]}`) });
  else if (states.length === 1)
    text = tr('say.open.all', { asOf, open: n(o.open), state: tr(`say.open.stateAll.${states[0]}`) });
  else
    text = tr('say.open.parts', {
      asOf,
      open: n(o.open),
      parts: parts(
        b.lang,
        states.map((s) => ({ n: count(s), text: say(b.lang, `say.open.part.${s}`, count(s), { n: n(count(s)) }) })),
      ),
    });
  if (o.differs && o.open) {
    const list = joinList(
      o.byRegisterStatus.map((x) =>
        tr('say.open.registerPart', { status: x.status ?? tr(`group.${UNKNOWN}`), n: n(x.n) }),
      ),
      b.lang,
    );
    text += ` ${say(b.lang, 'say.open.register', o.open, { list })}`;
  }
  if (o.staleDiproses) text += ` ${say(b.lang, 'say.open.staleDiproses', o.staleDiproses, { n: n(o.staleDiproses) })}`;
  return text;
}

/** Reads the band table: within the law's 10 days, 11–17 (on time by an extension, or late), over 17. */
function bandSentence(b: DocBuilder, recap: Recap): string {
  const { tr, n, pct } = b;
  const st = recap.serviceTime;
  const within10 = st.buckets['0-3'] + st.buckets['4-7'] + st.buckets['8-10'];
  const x = extendedBand(recap);
  const out: string[] = [];
  if (within10 === st.answered) out.push(tr('say.bands.within10.all'));
  else if (within10)
    out.push(say(b.lang, 'say.bands.within10', within10, { n: n(within10), percent: pct(within10, st.answered) }));
  const ext = x.onTime + x.late;
  if (x.onTime && x.late) out.push(tr('say.bands.ext.mixed', { n: n(ext), onTime: n(x.onTime), late: n(x.late) }));
  else if (x.onTime) out.push(say(b.lang, 'say.bands.ext.onTime', ext, { n: n(ext) }));
  else if (x.late) out.push(say(b.lang, 'say.bands.ext.late', ext, { n: n(ext) }));
  if (x.over17) out.push(say(b.lang, 'say.bands.over17', x.over17, { n: n(x.over17) }));
  return out.join(' ');
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
  if (opts.hoursText) {
    b.narrative(settings.values.textServiceHours);
    hoursProfile(b, settings);
  }
  const st = recap.serviceTime;
  b.p(timeSentence(b, recap));
  b.p(openSentence(b, recap));
  b.table(
    tr('say.table.slaAsOf', { asOf: formatDateLong(recap.asOf, b.lang) }),
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
    const shares = b.shares(
      rows.map((r) => r.count),
      st.answered,
    );
    b.table(
      tr('recap.buckets.title'),
      [tr('recap.col.no'), tr('recap.col.band'), tr('recap.col.count'), tr('recap.col.percent')],
      [
        ...rows.map((r, i) => [`${i + 1}.`, bucketLabel(r.label, b.lang), n(r.count), shares[i]]),
        ['', tr('recap.total'), n(st.answered), pct(st.answered, st.answered)],
      ],
    );
    b.p(bandSentence(b, recap));
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

const DECIDED = ['Dipenuhi', 'Dipenuhi Sebagian', 'Ditolak'];

/** The decisions of the period: granted in full or in part, refused, and the rest (Pasal 12 c). */
export function decisions(b: DocBuilder, recap: Recap, h: Heading): void {
  const { tr, n, pct } = b;
  heading(b, h);
  const s = recap.totals.byStatus;
  const total = recap.totals.requests;
  const of = (k: string) => s[k] ?? 0;
  const nonZero = DECIDED.filter((k) => of(k) > 0);
  let text: string;
  if (!total) text = tr('say.decisions.none');
  else if (!nonZero.length) text = say(b.lang, 'say.decisions.undecided', total, { total: n(total) });
  else if (nonZero.length === 1 && of(nonZero[0]) === total)
    text = tr(total === 1 ? 'say.decisions.only' : 'say.decisions.all', {
      total: n(total),
      verb: say(b.lang, `say.decisions.verb.${nonZero[0]}`, total),
    });
  else
    text = tr('say.decisions.of', {
      total: n(total),
      parts: parts(
        b.lang,
        nonZero.map((k) => ({ n: of(k), text: say(b.lang, `say.decisions.part.${k}`, of(k), { n: n(of(k)) }) })),
      ),
    });
  const sp = refusalSplit(recap.refusals);
  if (sp.noticeGround.total)
    text +=
      sp.noticeGround.total === sp.marked
        ? ` ${tr('say.decisions.noticeAll')}`
        : ` ${say(b.lang, 'say.decisions.notice', sp.noticeGround.total, { n: n(sp.noticeGround.total) })}`;
  b.p(text);
  // Granted, in part, refused first: the order Pasal 12 huruf c names them.
  const rows = countRows([...DECIDED, 'Tidak Dijawab', 'Diproses', 'Dibatalkan'], s, total);
  const shares = b.shares(
    rows.map((r) => r.count),
    total,
  );
  b.table(
    tr('doc.table.decisions'),
    [tr('recap.col.no'), tr('recap.col.status'), tr('recap.col.count'), tr('recap.col.percent')],
    [
      ...rows.map((r, i) => [
        `${i + 1}.`,
        r.label === UNKNOWN ? tr(`group.${UNKNOWN}`) : tr(`status.${r.label}`),
        n(r.count),
        shares[i],
      ]),
      ['', tr('recap.total'), n(total), pct(total, total)],
    ],
  );
  registerStatusNote(b, recap);
}

/** "tidak dikuasai", "belum didokumentasikan", or both with their counts. */
function whichNotice(b: DocBuilder, x: { held: number; documented: number }): string {
  if (x.held && x.documented)
    return b.tr('say.refusals.which.both', { held: b.n(x.held), documented: b.n(x.documented) });
  return b.tr(x.held ? 'say.refusals.which.held' : 'say.refusals.which.documented');
}

/** Which grounds the refusals rested on: a "most" only when one ground leads. */
function groundLead(b: DocBuilder, rows: Array<{ label: string; count: number }>): string {
  const rank = ranking(rows, (r) => r.count);
  const phrase = (r: { label: string }) => refusalPhrase(r.label, b.lang);
  if (rank.kind === 'none') return '';
  if (rank.kind === 'only') return b.tr('say.refusals.single', { ground: phrase(rank.top) });
  if (rank.kind === 'lead') return b.tr('say.refusals.lead', { ground: phrase(rank.top), n: b.n(rank.count) });
  return say(b.lang, 'say.refusals.tie', rank.count, {
    list: joinList(rank.tied.map(phrase), b.lang),
    n: b.n(rank.count),
  });
}

/**
 * Refusals with their grounds (Pasal 12 huruf d). A Ditolak row whose ground is a notice is said
 * to be one, never a refusal (it is also a row problem); the notices on requests of another status
 * follow as what they are, additional requests.
 */
export function refusals(b: DocBuilder, recap: Recap, h: Heading, alwaysTable: boolean): void {
  const { tr, n, pct } = b;
  const rf = recap.refusals;
  const sp = refusalSplit(rf);
  // Without a heading of its own (the quarterly report keeps the seed's numbering), a bold label
  // as the channels' tables have, so the paragraph does not read as the last channel's.
  if (h) heading(b, h);
  else b.bold(tr('doc.refusals.label'));
  const rows = refusalRows(rf);
  const groundRows = rows.filter((r) => !NOTICE_KEYS.has(r.label));
  const noticeRows = rows.filter((r) => NOTICE_KEYS.has(r.label));
  const k = sp.noticeGround.total;
  if (!sp.marked) b.p(tr('doc.refusals.none'));
  else if (!k) {
    const only = groundRows.filter((r) => r.count > 0);
    b.p(
      sp.marked === 1 && only.length === 1
        ? tr('say.refusals.one', { ground: refusalPhrase(only[0].label, b.lang) })
        : `${tr('say.refusals.many', { total: n(sp.marked) })} ${groundLead(b, groundRows)}`.trim(),
    );
  } else {
    const out = [say(b.lang, 'say.refusals.marked', sp.marked, { total: n(sp.marked) })];
    const used = groundRows.filter((r) => r.count > 0);
    if (sp.refused === 1 && used.length === 1)
      out.push(tr('say.refusals.ofThem.one', { ground: refusalPhrase(used[0].label, b.lang) }));
    else if (sp.refused)
      out.push(say(b.lang, 'say.refusals.ofThem', sp.refused, { n: n(sp.refused) }), groundLead(b, groundRows));
    const which = whichNotice(b, sp.noticeGround);
    out.push(
      sp.refused
        ? say(b.lang, 'say.refusals.noticeRest', k, { n: n(k), which })
        : say(b.lang, 'say.refusals.noticeAll', sp.marked, { which }),
      say(b.lang, 'say.refusals.noticeIsNot', k),
    );
    b.p(out.filter(Boolean).join(' '));
  }
  if (sp.marked || alwaysTable) {
    const header = [tr('recap.col.no'), tr('recap.col.reason'), tr('recap.col.count'), tr('recap.col.percent')];
    const leaves = [...groundRows, ...noticeRows];
    const shares = b.shares(
      leaves.map((r) => r.count),
      rf.total,
    );
    const line = (r: { label: string; count: number }, i: number) => [
      `${i + 1}.`,
      refusalLabel(r.label, b.lang),
      n(r.count),
      shares[i],
    ];
    if (!k)
      b.table(tr('recap.refusals.title'), header, [
        ...leaves.map(line),
        ['', tr('recap.total'), n(rf.total), pct(rf.total, rf.total)],
      ]);
    else
      b.table(tr('say.refusals.tableSplit'), header, [
        ...groundRows.map(line),
        ['', tr('say.refusals.subtotalRefused'), n(sp.refused), pct(sp.refused, rf.total)],
        ...noticeRows.map((r, i) => line(r, groundRows.length + i)),
        ['', tr('say.refusals.subtotalNotice'), n(k), pct(k, rf.total)],
        ['', tr('say.refusals.totalMarked'), n(rf.total), pct(rf.total, rf.total)],
      ]);
  }
  const unspecified = rf.byReason[UNSPECIFIED_PASAL_17] ?? 0;
  if (unspecified) b.p(say(b.lang, 'say.refusals.unspecified', unspecified, { n: n(unspecified) }));
  const other = sp.otherNotices.total;
  if (other) {
    const which = whichNotice(b, sp.otherNotices);
    b.p(
      say(b.lang, sp.marked ? 'say.refusals.otherNotices' : 'say.refusals.onlyNotices', other, { n: n(other), which }),
    );
  }
}
