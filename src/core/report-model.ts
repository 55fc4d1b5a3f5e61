// What the report document says, as a list of blocks: the seed report's outline filled from one
// Recap and the settings. Pure: the Docs writer renders blocks, tests read them directly.
import type { Recap, Lang } from './types';
import type { Settings } from './settings-model';
import { fillTemplate, isYes, periodMatches } from './settings-model';
import { translator, periodLabel, formatDateLong, formatNumber, formatPercent, joinList, quarterColumn } from './labels';
import { countRows } from './recap';
import { LISTS, UNKNOWN } from './schema';

export type Block =
  | { type: 'title'; text: string }
  | { type: 'subtitle'; text: string }
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; align?: 'left' | 'center' | 'right' | 'justify'; bold?: boolean }
  | { type: 'list'; items: string[] }
  | { type: 'table'; caption: string; header: string[]; rows: string[][]; total: boolean }
  | { type: 'chart'; key: string; caption: string }
  | { type: 'pageBreak' };

export interface ReportModel {
  fileName: string;
  blocks: Block[];
}

const GROUPS = ['Dipenuhi', 'Ditolak/Tidak Dijawab', 'Diproses'] as const;

/**
 * The annual table's status rows: the seed's three groups, Dibatalkan when the year has any, and
 * Tidak Diketahui for requests with no readable status, so each column adds up to its requests.
 */
export function annualStatusRows(recap: Recap): Array<{ group: string; quarters: number[]; total: number }> {
  const qs = recap.quarters ?? [];
  const known = [...GROUPS, 'Dibatalkan'];
  const rows = known.map((g) => ({ group: g, quarters: qs.map((q) => q.byStatusGroup[g] ?? 0), total: recap.totals.byStatusGroup[g] ?? 0 }));
  const unknownQ = qs.map((q, i) => q.requests - rows.reduce((s, r) => s + r.quarters[i], 0));
  const unknownTotal = recap.totals.requests - rows.reduce((s, r) => s + r.total, 0);
  return [
    ...rows.filter((r) => (GROUPS as readonly string[]).includes(r.group) || r.total > 0),
    ...(unknownTotal > 0 ? [{ group: UNKNOWN, quarters: unknownQ, total: unknownTotal }] : []),
  ];
}
const TOP_TOPICS = 10;

/** Splits a narrative cell into paragraphs and bullet lists ("- " or "• " lines). */
function narrative(text: string): Block[] {
  const out: Block[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push({ type: 'list', items: list });
    list = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const bullet = line.match(/^(?:[-•*]|\d+[.)])\s+(.*)$/);
    if (bullet) list.push(bullet[1]);
    else {
      flush();
      out.push({ type: 'paragraph', text: line, align: 'justify' });
    }
  }
  flush();
  return out;
}

export function buildReportModel(recap: Recap, settings: Settings, lang: Lang, generatedOn: string): ReportModel {
  const tr = translator(lang);
  const v = settings.values;
  const period = { kind: recap.period.kind, year: recap.period.year, quarter: recap.period.quarter };
  const periodText = periodLabel(period, lang);
  const unit = recap.unit;
  const vars = { unit, period: periodText, year: String(recap.period.year) };
  const fill = (s: string) => fillTemplate(s, vars);
  const n = (x: number) => formatNumber(x, lang);
  const blocks: Block[] = [];
  let tableNo = 0;
  let chartNo = 0;
  const table = (title: string, header: string[], rows: string[][], total = true) => {
    tableNo += 1;
    blocks.push({ type: 'table', caption: tr('doc.table', { n: tableNo, title }), header, rows, total });
  };
  const chart = (key: string, title: string) => {
    chartNo += 1;
    blocks.push({ type: 'chart', key, caption: tr('doc.chart', { n: chartNo, title }) });
  };
  const p = (text: string) => blocks.push({ type: 'paragraph', text, align: 'justify' });
  const h = (level: 1 | 2 | 3, key: string) => blocks.push({ type: 'heading', level, text: tr(key) });
  const pct = (x: number) => tr('doc.pct', { n: x });
  const group = (g: string) => tr(`group.${g}`);

  // Cover.
  blocks.push({ type: 'title', text: tr(recap.period.kind === 'year' ? 'doc.titleAnnual' : 'doc.title') });
  for (const line of [unit, v.parentBody, v.ministry].filter(Boolean)) blocks.push({ type: 'subtitle', text: line.toUpperCase() });
  blocks.push({ type: 'paragraph', text: tr('doc.periodLine', { period: periodText.toUpperCase() }), align: 'center', bold: true });
  blocks.push({ type: 'pageBreak' });

  // Kata Pengantar with place, date, officer and NIP.
  blocks.push({ type: 'heading', level: 1, text: tr('doc.foreword') });
  p(tr('doc.foreword.p1', vars));
  p(tr('doc.foreword.p2', { asOf: formatDateLong(recap.asOf, lang) }));
  p(tr('doc.foreword.p3'));
  blocks.push({ type: 'paragraph', text: tr('doc.signPlace', { city: v.city || '', date: formatDateLong(generatedOn, lang) }), align: 'right' });
  if (v.officerTitle) blocks.push({ type: 'paragraph', text: v.officerTitle, align: 'right' });
  blocks.push({ type: 'paragraph', text: v.officerName || '…………………………', align: 'right', bold: true });
  if (v.officerNip) blocks.push({ type: 'paragraph', text: tr('doc.nip', { nip: v.officerNip }), align: 'right' });
  blocks.push({ type: 'pageBreak' });

  // Bab I.
  h(1, 'doc.bab1');
  h(2, 'doc.bab1.bg');
  blocks.push(...narrative(fill(v.textBackground)));
  h(2, 'doc.bab1.aim');
  h(3, 'doc.bab1.purpose');
  blocks.push(...narrative(fill(v.textPurpose)));
  h(3, 'doc.bab1.objective');
  blocks.push(...narrative(fill(v.textObjective)));
  blocks.push({ type: 'pageBreak' });

  // Bab II.
  h(1, 'doc.bab2');
  h(2, 'doc.bab2.policy');
  blocks.push(...narrative(fill(v.textPolicy)));
  h(2, 'doc.bab2.activities');
  h(3, 'doc.bab2.facility');
  blocks.push(...narrative(fill(v.textServiceDesk)));

  // 2.2.2 Requests per channel, with the hand-entered media statistics.
  h(3, 'doc.bab2.count');
  const used = recap.channels.filter((c) => c.total > 0);
  p(recap.totals.requests
    ? tr('doc.count.intro', { ...vars, total: n(recap.totals.requests), used: used.length, channels: recap.channels.length })
    : tr('doc.count.none', vars));
  table(tr('recap.chart.byChannel'), [tr('recap.col.no'), tr('recap.col.channel'), tr('recap.col.count')],
    [...recap.channels.map((c, i) => [`${i + 1}.`, c.channel, n(c.total)]), ['', tr('recap.total'), n(recap.totals.requests)]]);
  if (recap.totals.requests) chart('channels', tr('recap.chart.byChannel'));
  const media = settings.media.filter((m) => periodMatches(m.period, recap.period.year, recap.period.quarter));
  if (media.length) {
    const items = media.map((m) => {
      const stats = [
        m.followers !== null ? tr('doc.media.followers', { n: n(m.followers) }) : '',
        m.posts !== null ? tr('doc.media.posts', { n: n(m.posts) }) : '',
        m.likes !== null ? tr('doc.media.likes', { n: n(m.likes) }) : '',
        m.visitors !== null ? tr('doc.media.visitors', { n: n(m.visitors) }) : '',
      ].filter(Boolean).join(', ');
      if (!stats) return m.account ? `${m.medium} (${m.account})` : m.medium;
      return tr(m.account ? 'doc.count.media' : 'doc.count.mediaNoAccount', { medium: m.medium, account: m.account, stats });
    });
    blocks.push({ type: 'paragraph', text: tr('doc.bab2.media'), bold: true });
    blocks.push({ type: 'list', items });
  }

  // 2.2.3 Applicant types per channel: a table, a pie and a sentence that reads it.
  h(3, 'doc.bab2.applicants');
  p(tr('doc.applicants.intro', vars));
  for (const c of used) {
    blocks.push({ type: 'paragraph', text: c.channel, bold: true });
    table(tr('recap.s2.table', { channel: c.channel }), [tr('recap.col.no'), tr('recap.col.applicantType'), tr('recap.col.count'), tr('recap.col.percent')],
      [...c.applicantRows.map((r, i) => [`${i + 1}.`, r.label === UNKNOWN ? group(UNKNOWN) : r.label, n(r.count), pct(r.percent)]), ['', tr('recap.total'), n(c.total), pct(100)]]);
    // The leader is read among known types only: "most came from unknown" says nothing.
    const known = c.applicantRows.filter((r) => r.label !== UNKNOWN);
    const unknown = c.applicantRows.find((r) => r.label === UNKNOWN)?.count ?? 0;
    const top = Math.max(0, ...known.map((r) => r.count));
    const leaders = known.filter((r) => r.count === top);
    if (top === 0) p(tr('doc.applicants.allUnknown', { channel: c.channel, total: n(c.total) }));
    else {
      const read = leaders.length === 1
        ? tr('doc.applicants.read', { channel: c.channel, top: leaders[0].label.toLowerCase(), count: n(top), percent: leaders[0].percent, total: n(c.total) })
        : tr('doc.applicants.tie', { channel: c.channel, total: n(c.total), count: n(top), list: joinList(leaders.map((r) => r.label.toLowerCase()), lang) });
      p(unknown ? `${read} ${tr('doc.applicants.unknownNote', { count: n(unknown) })}` : read);
    }
    chart(`applicants:${c.channel}`, tr('recap.chart.applicants', { channel: c.channel }));
  }
  const unused = recap.channels.filter((c) => c.total === 0).map((c) => c.channel);
  if (unused.length) p(tr('doc.applicants.zeroChannels', { list: joinList(unused, lang) }));

  // 2.2.4 Status per channel in the seed's three groups.
  h(3, 'doc.bab2.status');
  for (const c of used) {
    blocks.push({ type: 'paragraph', text: c.channel, bold: true });
    table(tr('recap.s3.table', { channel: c.channel }), [tr('recap.col.no'), tr('recap.col.status'), tr('recap.col.count'), tr('recap.col.percent')],
      [...c.statusRows.map((r, i) => [`${i + 1}.`, group(r.label), n(r.count), pct(r.percent)]), ['', tr('recap.total'), n(c.total), pct(100)]]);
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
    p(tr('doc.status.read', { channel: c.channel, total: n(c.total), parts: joinList(parts, lang) }));
  }
  if (!used.length) p(tr('doc.count.none', vars));

  // 2.2.5 Service time: the rule, then the measured figures.
  h(3, 'doc.bab2.time');
  const cutiWorked = isYes(v.cutiBersamaWorking);
  p(tr('doc.time.rule', { cuti: tr(cutiWorked ? 'doc.time.cutiWorked' : 'doc.time.cutiCounted') }));
  blocks.push(...narrative(fill(v.textServiceHours)));
  const st = recap.serviceTime;
  const fmt = (x: number | null) => (x === null ? '-' : formatNumber(x, lang));
  p(st.answered
    ? tr('doc.time.read', { answered: n(st.answered), avg: fmt(st.averageWorkingDays), median: fmt(st.medianWorkingDays), min: fmt(st.minWorkingDays), max: fmt(st.maxWorkingDays), onTime: n(recap.sla.onTime), late: n(recap.sla.late), rate: formatPercent(recap.sla.complianceRate, lang) })
    : tr('doc.time.none'));
  p(tr('doc.time.open', { asOf: formatDateLong(recap.asOf, lang), inProcess: n(recap.sla.inProcess), nearDue: n(recap.sla.nearDue), overdue: n(recap.sla.overdue) }));
  table(tr('recap.chart.sla'), [tr('recap.col.no'), tr('recap.col.status'), tr('recap.col.count')], [
    ['1.', tr('measure.onTime'), n(recap.sla.onTime)],
    ['2.', tr('measure.late'), n(recap.sla.late)],
    ['3.', tr('measure.inProcess'), n(recap.sla.inProcess)],
    ['4.', tr('measure.nearDue'), n(recap.sla.nearDue)],
    ['5.', tr('measure.overdue'), n(recap.sla.overdue)],
  ], false);
  if (recap.totals.requests) chart('sla', tr('recap.chart.sla'));

  // 2.2.6 Topics, 2.2.7 channels used, 2.2.8 objections and disputes.
  h(3, 'doc.bab2.topics');
  const topics = recap.topics.filter((x) => x.count > 0);
  p(topics.length ? tr('doc.topics.read', { list: joinList(topics.slice(0, 5).map((x) => `${x.topic.toLowerCase()} (${n(x.count)})`), lang) }) : tr('doc.topics.none'));
  // The ten most requested topics; no total row, since the list may be cut.
  if (topics.length) {
    table(tr('doc.table.topics'), [tr('recap.col.no'), tr('recap.col.topic'), tr('recap.col.count')],
      topics.slice(0, TOP_TOPICS).map((x, i) => [`${i + 1}.`, x.topic, n(x.count)]), false);
  }
  h(3, 'doc.bab2.channels');
  p(used.length ? tr('doc.channels.read', { list: joinList(used.map((c) => `${c.channel} (${n(c.total)})`), lang) }) : tr('doc.channels.none'));
  h(3, 'doc.bab2.disputes');
  const ob = recap.objections;
  p(tr('doc.disputes.read', { objections: n(ob.count), answered: n(ob.answered), onTime: n(ob.onTime), disputes: n(recap.disputes) }));
  table(tr('doc.table.objections'), [tr('recap.col.no'), tr('recap.col.measure'), tr('recap.col.count')], [
    [tr('measure.objections'), ob.count], [tr('measure.objectionsAnswered'), ob.answered], [tr('measure.objectionsOnTime'), ob.onTime],
    [tr('measure.objectionsLate'), ob.late], [tr('measure.objectionsPending'), ob.pending], [tr('measure.disputes'), recap.disputes],
  ].map(([label, x], i) => [`${i + 1}.`, String(label), n(Number(x))]), false);

  // 2.3 Information classes requested.
  h(2, 'doc.bab2.classes');
  const classes = Object.entries(recap.totals.byInfoClass).filter(([, c]) => c > 0);
  p(classes.length ? tr('doc.classes.read', { list: joinList(classes.map(([k, c]) => `${k} (${n(c)})`), lang) }) : tr('doc.classes.none'));
  if (classes.length) {
    // Requests without a class get their own row, so the table adds up to all requests.
    const classRows = countRows(LISTS.infoClasses, recap.totals.byInfoClass, recap.totals.requests);
    table(tr('doc.table.classes'), [tr('recap.col.no'), tr('recap.col.infoClass'), tr('recap.col.count'), tr('recap.col.percent')],
      [...classRows.map((r, i) => [`${i + 1}.`, r.label === UNKNOWN ? tr(`group.${UNKNOWN}`) : r.label, n(r.count), pct(r.percent)]),
        ['', tr('recap.total'), n(recap.totals.requests), pct(100)]]);
  }

  // The data note closes the statistics (before the period's own activities). Rows, not
  // problems: one row may carry several problems.
  if (recap.problems.length) p(tr('doc.problems', { rows: n(new Set(recap.problems.map((x) => x.row)).size), count: n(recap.problems.length) }));

  // Annual: the four quarters side by side.
  if (recap.quarters) {
    h(2, 'doc.bab2.quarters');
    p(tr('doc.quarters.read'));
    const qs = recap.quarters;
    const row = (label: string, pick: (q: (typeof qs)[number]) => number, total: number) => [label, ...qs.map((q) => n(pick(q))), n(total)];
    table(tr('recap.s8').replace(/^\d+\.\s*/, ''), [tr('recap.col.measure'), ...[1, 2, 3, 4].map((q) => quarterColumn(q, lang)), tr('recap.col.total')], [
      row(tr('measure.requests'), (q) => q.requests, recap.totals.requests),
      // Every status group that has requests, so the status rows add up to the requests row.
      ...annualStatusRows(recap).map((r) => [group(r.group), ...r.quarters.map(n), n(r.total)]),
      row(tr('measure.onTime'), (q) => q.onTime, recap.sla.onTime),
      row(tr('measure.late'), (q) => q.late, recap.sla.late),
    ], false);
  }

  // The period's own activities, each a subsection of Bab II in the order entered.
  const entries = settings.entries.filter((e) => periodMatches(e.period, recap.period.year, recap.period.quarter));
  let sub = recap.quarters ? 4 : 3;
  for (const e of entries.filter((x) => x.section === 'activity')) {
    sub += 1;
    blocks.push({ type: 'heading', level: 2, text: `2.${sub}. ${e.title || '-'}` });
    blocks.push(...narrative(fill(e.text)));
  }
  blocks.push({ type: 'pageBreak' });

  // Bab III and IV: the period's own text, or the default from the settings.
  const own = (section: 'obstacle' | 'recommendation', fallback: string) => {
    const mine = entries.filter((x) => x.section === section);
    if (!mine.length) return narrative(fill(fallback));
    return mine.flatMap((x) => [...(x.title ? [{ type: 'paragraph', text: x.title, bold: true } as Block] : []), ...narrative(fill(x.text))]);
  };
  h(1, 'doc.bab3');
  blocks.push(...own('obstacle', v.textObstacles));
  h(1, 'doc.bab4');
  blocks.push(...own('recommendation', v.textRecommendations));

  return { fileName: tr('doc.fileName', { unit, period: periodText }), blocks };
}
