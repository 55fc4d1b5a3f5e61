// What the recap sheet shows, as a grid: pure, so it is tested without Sheets and written with one
// setValues. Tables run down columns A–D (No. | label | Jumlah | Persentase); charts sit to the
// right, each beside its table. Nothing here reads the register: it renders one Recap object.
import type { Recap, CountRow, Lang } from '../core/types';
import type { Settings } from '../core/settings';
import { periodMatches } from '../core/settings';
import { safeCellText } from '../core/register';
import { applicantTypesRecorded, countRows } from '../core/recap';
import { LISTS, UNKNOWN } from '../core/register';
import { annualStatusRows, shownUnit } from '../core/report';
import { translator, periodLabel, formatDateShort, formatDateLong, quarterColumn } from '../core/report';
import { PercentRule, percentToken, refusalSplit, openAsOf, say } from '../core/report';
import { NOTICE_KEYS } from '../core/law';
import {
  SERVICE_BUCKETS,
  BUCKET_CLASSES,
  refusalRows,
  objectionOutcomeRows,
  disputeStageRows,
  disputeOutcomeRows,
} from '../core/recap';
import { refusalLabel, outcomeLabel, stageLabel, bucketLabel } from '../core/report';
import { followUpRows } from '../core/report';

export type Cell = string | number;

export interface ChartSpec {
  key: string;
  type: 'pie' | 'column' | 'bar';
  title: string;
  /** Data range (1-based, header row included): labels in the first column, counts in the second. */
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  anchorRow: number;
  anchorCol: number;
}

export interface TableSpec {
  key: string;
  title: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  numCols: number;
  totalRow: number | null;
  /**
   * 1-based column holding percent numbers (formatted 0%; `formats` says 0.0% for a total the
   * document shows with one decimal, docs/percentages.md), or null. A bound ("< 1%") is text.
   */
  percentCol: number | null;
  /** Further number formats by 1-based column, over the table's rows below its header. */
  formats?: Record<number, string>;
}

export interface RecapLayout {
  values: Cell[][];
  width: number;
  titleRow: number;
  sectionRows: number[];
  tables: TableSpec[];
  charts: ChartSpec[];
}

// Up to eight columns: the band-by-class table needs a label, five bands and a total.
const WIDTH = 8;
const CHART_ROWS = 18;
export const CHART_COLUMN = 6; // F
/** Each chart's size in pixels (its width and height options), so its picture's size is known. */
export { CHART_HEIGHT, CHART_WIDTH } from '../core/report';

export interface RecapLayoutOptions {
  /** Said in place of the problems table (a consolidation's problems belong to the units' registers). */
  problemsText?: string;
}

export function buildRecapLayout(
  recap: Recap,
  settings: Settings,
  lang: Lang,
  generated: string,
  opts: RecapLayoutOptions = {},
): RecapLayout {
  const tr = translator(lang);
  const rows: Cell[][] = [];
  const sectionRows: number[] = [];
  const tables: TableSpec[] = [];
  const charts: ChartSpec[] = [];
  const push = (cells: Cell[] = []) => {
    const r = cells.slice(0, WIDTH);
    while (r.length < WIDTH) r.push('');
    rows.push(r);
    return rows.length; // 1-based row number
  };
  const period = { kind: recap.period.kind, year: recap.period.year, quarter: recap.period.quarter };
  const group = (g: string) => tr(`group.${g}`);

  const titleRow = push([tr('recap.title')]);
  push([
    tr('recap.meta', {
      unit: shownUnit(recap.unit, lang),
      period: periodLabel(period, lang),
      asOf: formatDateShort(recap.asOf),
      generated,
    }),
  ]);
  push();

  const section = (key: string) => {
    sectionRows.push(push([tr(key)]));
  };

  // Percentages by the documents' rule (percent.ts, docs/percentages.md): written once the whole
  // sheet is known, as numbers in the percent column (text for a bound such as "< 1%").
  const rule = new PercentRule();
  const percentCells: Array<{ row: number; count: number; total: number }> = [];
  const tableTotals = new Map<TableSpec, number>();

  /**
   * A No. | label | Jumlah | Persentase table with a total row; returns its spec. Rows marked
   * `subtotal` carry no number and are not part of the split the total row adds up.
   */
  const countTable = (
    key: string,
    title: string,
    labelHeader: string,
    items: Array<Pick<CountRow, 'label' | 'count'> & { subtotal?: boolean }>,
    chart?: { type: 'pie' | 'column' | 'bar'; title: string },
    totalLabel = tr('recap.total'),
  ) => {
    const start = rows.length + 1;
    if (title) push(['', title]);
    const headerRow = push([tr('recap.col.no'), labelHeader, tr('recap.col.count'), tr('recap.col.percent')]);
    const leaves = items.filter((it) => !it.subtotal);
    const total = leaves.reduce((s, it) => s + it.count, 0);
    rule.partition(
      leaves.map((it) => it.count),
      total,
    );
    let no = 0;
    for (const it of items) {
      const row = push([it.subtotal ? '' : ++no, it.label, it.count, '']);
      percentCells.push({ row, count: it.count, total });
    }
    const totalRow = push(['', totalLabel, total, '']);
    percentCells.push({ row: totalRow, count: total, total });
    const spec: TableSpec = {
      key,
      title,
      headerRow,
      firstRow: headerRow + 1,
      lastRow: totalRow,
      numCols: 4,
      totalRow,
      percentCol: 4,
    };
    tables.push(spec);
    tableTotals.set(spec, total);
    if (chart) {
      charts.push({
        key,
        type: chart.type,
        title: chart.title,
        row: headerRow,
        col: 2,
        numRows: leaves.length + 1,
        numCols: 2,
        anchorRow: start,
        anchorCol: CHART_COLUMN,
      });
      while (rows.length < start + CHART_ROWS) push();
    }
    push();
    return spec;
  };

  /** A two-column measure | value table. */
  const measureTable = (key: string, items: Array<[string, Cell]>, chart?: ChartSpec) => {
    const headerRow = push(['', tr('recap.col.measure'), tr('recap.col.value')]);
    items.forEach(([label, value]) => push(['', label, value]));
    tables.push({
      key,
      title: '',
      headerRow,
      firstRow: headerRow + 1,
      lastRow: headerRow + items.length,
      numCols: 3,
      totalRow: null,
      percentCol: null,
    });
    if (chart) {
      charts.push(chart);
      while (rows.length < chart.anchorRow + CHART_ROWS) push();
    }
    push();
  };

  // Tables of pairs (the counts; their percentages follow the rule above).
  const withPercent = (pairs: Array<[string, number]>): CountRow[] =>
    countRows(
      pairs.map(([l]) => l),
      Object.fromEntries(pairs),
    );

  // 1. Requests per channel (every configured channel, zeros included).
  section('recap.s1');
  const channelRows = withPercent(recap.channels.map((c) => [c.channel, c.total]));
  countTable('channels', '', tr('recap.col.channel'), channelRows, {
    type: 'column',
    title: tr('recap.chart.byChannel'),
  });

  // 2. Applicant types per channel, with a pie for each channel that has requests.
  section('recap.s2');
  const used = recap.channels.filter((c) => c.total > 0);
  const typed = applicantTypesRecorded(recap);
  if (!used.length) push(['', tr('recap.noRequestsChannel')]);
  else if (!typed)
    push(['', say(lang, 'recap.s2.notRecorded', recap.totals.requests, { total: recap.totals.requests })]);
  for (const c of typed ? used : []) {
    countTable(
      `applicants:${c.channel}`,
      tr('recap.s2.table', { channel: c.channel }),
      tr('recap.col.applicantType'),
      c.applicantRows,
      { type: 'pie', title: tr('recap.chart.applicants', { channel: c.channel }) },
    );
  }

  // 3. Status per channel in the seed's three groups (Dibatalkan only when non-zero).
  section('recap.s3');
  if (!used.length) push(['', tr('recap.noRequestsChannel')]);
  for (const c of used) {
    countTable(
      `status:${c.channel}`,
      tr('recap.s3.table', { channel: c.channel }),
      tr('recap.col.status'),
      c.statusRows.map((r) => ({ ...r, label: group(r.label) })),
    );
  }
  // The status tables follow the register's Status column; say so when the as-of view differs.
  const open = openAsOf(recap);
  if (used.length && open.differs) {
    push(['', say(lang, 'say.open.tableNote', open.open, { asOf: formatDateLong(recap.asOf, lang), open: open.open })]);
    push();
  }

  // 4. Service time and SLA.
  section('recap.s4');
  const st = recap.serviceTime;
  const num = (v: number | null) => (v === null ? '-' : v);
  const slaStart = rows.length + 1;
  const slaHeader = slaStart + 6; // the SLA rows below, used as the chart's data range
  measureTable(
    'serviceTime',
    [
      [tr('measure.answered'), st.answered],
      [tr('measure.avg'), num(st.averageWorkingDays)],
      [tr('measure.median'), num(st.medianWorkingDays)],
      [tr('measure.min'), num(st.minWorkingDays)],
      [tr('measure.max'), num(st.maxWorkingDays)],
      [tr('recap.col.status'), tr('recap.col.count')],
      [tr('measure.onTime'), recap.sla.onTime],
      [tr('measure.late'), recap.sla.late],
      [tr('measure.inProcess'), recap.sla.inProcess],
      [tr('measure.nearDue'), recap.sla.nearDue],
      [tr('measure.overdue'), recap.sla.overdue],
      [
        tr('measure.compliance'),
        recap.sla.onTime + recap.sla.late ? percentToken(recap.sla.onTime, recap.sla.onTime + recap.sla.late) : '-',
      ],
    ],
    {
      key: 'sla',
      type: 'bar',
      title: tr('recap.chart.sla'),
      row: slaHeader,
      col: 2,
      numRows: 6,
      numCols: 2,
      anchorRow: slaStart,
      anchorCol: CHART_COLUMN,
    },
  );
  // The time each request needed, in bands around the law's 10 and 17 working days (Pasal 12 b).
  countTable(
    'buckets',
    tr('recap.buckets.title'),
    tr('recap.col.band'),
    countRows(SERVICE_BUCKETS, st.buckets).map((r) => ({ ...r, label: bucketLabel(r.label, lang) })),
  );
  {
    push(['', tr('recap.bucketsByClass.title')]);
    const headerRow = push([
      '',
      tr('recap.col.infoClass'),
      ...SERVICE_BUCKETS.map((b) => bucketLabel(b, lang, true)),
      tr('recap.col.total'),
    ]);
    for (const c of BUCKET_CLASSES) {
      const row = st.bucketsByInfoClass[c];
      const counts = SERVICE_BUCKETS.map((b) => row[b]);
      const sum = counts.reduce((a, b) => a + b, 0);
      if (c === UNKNOWN && sum === 0) continue;
      push(['', c === UNKNOWN ? tr(`group.${UNKNOWN}`) : c, ...counts, sum]);
    }
    const totalRow = push(['', tr('recap.total'), ...SERVICE_BUCKETS.map((b) => st.buckets[b]), st.answered]);
    tables.push({
      key: 'bucketsByClass',
      title: tr('recap.bucketsByClass.title'),
      headerRow,
      firstRow: headerRow + 1,
      lastRow: totalRow,
      numCols: 8,
      totalRow,
      percentCol: null,
    });
    push();
  }

  // 5. Topics, information classes, objections and disputes.
  section('recap.s5');
  const topicRows = withPercent(recap.topics.map((x) => [x.topic, x.count]));
  countTable('topics', '', tr('recap.col.topic'), topicRows);
  // As in the document: requests without a class get a Tidak Diketahui row, so the table adds up.
  const classRows = countRows(LISTS.infoClasses, recap.totals.byInfoClass, recap.totals.requests).map((r) =>
    r.label === UNKNOWN ? { ...r, label: tr(`group.${UNKNOWN}`) } : r,
  );
  countTable('classes', '', tr('recap.col.infoClass'), classRows);
  // Refusals with their grounds (Pasal 12 c–d). Ditolak rows whose ground is a notice are split
  // off under their own subtotal (no refusal); notices on other statuses are counted apart.
  const sp = refusalSplit(recap.refusals);
  const reasonRows = refusalRows(recap.refusals).map((r) => ({ ...r, label: refusalLabel(r.label, lang) }));
  const isNotice = refusalRows(recap.refusals).map((r) => NOTICE_KEYS.has(r.label));
  if (!sp.noticeGround.total) countTable('refusals', tr('recap.refusals.title'), tr('recap.col.reason'), reasonRows);
  else
    countTable(
      'refusals',
      tr('say.refusals.tableSplit'),
      tr('recap.col.reason'),
      [
        ...reasonRows.filter((_, i) => !isNotice[i]),
        { label: tr('say.refusals.subtotalRefused'), count: sp.refused, subtotal: true },
        ...reasonRows.filter((_, i) => isNotice[i]),
        { label: tr('say.refusals.subtotalNotice'), count: sp.noticeGround.total, subtotal: true },
      ],
      undefined,
      tr('say.refusals.totalMarked'),
    );
  measureTable('notices', [
    [tr('recap.refusals.notices'), recap.refusals.notices],
    [tr('say.refusals.noticesMarked'), sp.noticeGround.total],
    [tr('say.refusals.noticesOther'), sp.otherNotices.total],
  ]);
  // The objection → dispute chain (Perki 1/2021 Pasal 56: objections, the superior's answers,
  // disputes at the Komisi Informasi and in court).
  const ob = recap.objections;
  measureTable('objections', [
    [tr('measure.objections'), ob.count],
    [tr('measure.objectionsAnswered'), ob.answered],
    [tr('measure.objectionsOnTime'), ob.onTime],
    [tr('measure.objectionsLate'), ob.late],
    [tr('measure.objectionsPending'), ob.pending],
    [tr('measure.objectionsOverdue'), ob.overdue],
    [tr('measure.objectionsAvg'), num(ob.averageWorkingDays)],
    [tr('measure.disputesFiled'), recap.disputes.filed],
    [tr('measure.disputesDecided'), recap.disputes.decided],
    [tr('measure.fees'), recap.fees.total],
  ]);
  countTable(
    'objectionOutcomes',
    tr('recap.objectionOutcomes.title'),
    tr('recap.col.outcome'),
    objectionOutcomeRows(ob).map((r) => ({ ...r, label: outcomeLabel(r.label, lang) })),
  );
  countTable(
    'disputeStages',
    tr('recap.disputeStages.title'),
    tr('recap.col.stage'),
    disputeStageRows(recap.disputes).map((r) => ({ ...r, label: stageLabel(r.label, lang) })),
  );
  countTable(
    'disputeOutcomes',
    tr('recap.disputeOutcomes.title'),
    tr('recap.col.outcome'),
    disputeOutcomeRows(recap.disputes).map((r) => ({ ...r, label: outcomeLabel(r.label, lang) })),
  );
  // Issue 23: decisions carried out, court suits, the Komisi Informasi's clock (Pasal 38).
  if (recap.disputes.filed || recap.courtSuits)
    measureTable('courtSuits', [[tr('recap.courtSuits'), recap.courtSuits]]);
  for (const t of followUpRows(recap, tr)) countTable(t.key, t.title, tr('recap.col.status'), t.rows);

  // 6. Problems found in the register for this period, by row.
  section('recap.s6');
  if (opts.problemsText) {
    push(['', opts.problemsText]);
  } else if (!recap.problems.length) {
    push(['', tr('recap.noProblems')]);
  } else {
    const headerRow = push([
      tr('recap.col.row'),
      tr('recap.col.number'),
      tr('recap.col.column'),
      tr('recap.col.problem'),
    ]);
    for (const p of recap.problems) push([p.row, p.number ?? '', p.column, p.message]);
    tables.push({
      key: 'problems',
      title: '',
      headerRow,
      firstRow: headerRow + 1,
      lastRow: headerRow + recap.problems.length,
      numCols: 4,
      totalRow: null,
      percentCol: null,
    });
  }
  push();

  // 7. Media statistics typed by hand in the settings for this period.
  section('recap.s7');
  const media = settings.media.filter((m) => periodMatches(m.period, recap.period.year, recap.period.quarter));
  if (!media.length) {
    push(['', tr('recap.noMedia')]);
  } else {
    const headerRow = push(['', ...tr('media.col').split('|')]);
    for (const m of media)
      push(['', m.medium, m.account, num(m.followers), num(m.posts), num(m.likes), num(m.visitors)]);
    tables.push({
      key: 'media',
      title: '',
      headerRow,
      firstRow: headerRow + 1,
      lastRow: headerRow + media.length,
      numCols: 7,
      totalRow: null,
      percentCol: null,
    });
  }
  push();

  // 8. Annual only: the four quarters side by side with the year's total.
  if (recap.quarters) {
    section('recap.s8');
    const qs = recap.quarters;
    const headerRow = push([
      '',
      tr('recap.col.measure'),
      ...qs.map((q) => quarterColumn(q.quarter, lang)).slice(0, 4),
      tr('recap.col.total'),
    ]);
    const line = (label: string, pick: (q: (typeof qs)[number]) => number, total: number) =>
      push(['', label, ...qs.map(pick), total]);
    line(tr('measure.requests'), (q) => q.requests, recap.totals.requests);
    for (const c of recap.channels) line(c.channel, (q) => q.byChannel[c.channel] ?? 0, c.total);
    for (const r of annualStatusRows(recap)) push(['', group(r.group), ...r.quarters, r.total]);
    line(tr('measure.onTime'), (q) => q.onTime, recap.sla.onTime);
    line(tr('measure.late'), (q) => q.late, recap.sla.late);
    tables.push({
      key: 'quarters',
      title: '',
      headerRow,
      firstRow: headerRow + 1,
      lastRow: rows.length,
      numCols: 7,
      totalRow: null,
      percentCol: null,
    });
    push();
  }

  // The percentages, now that every table's split is known.
  for (const p of percentCells) {
    const v = rule.value(p.count, p.total, lang);
    rows[p.row - 1][3] = v.fraction ?? v.text;
  }
  for (const [spec, total] of tableTotals)
    if (rule.decimalsOf(total)) spec.formats = { ...(spec.formats ?? {}), [spec.percentCol!]: '0.0%' };

  // Channel names, topics, registration numbers and messages come from officers' typing: none may
  // turn into a formula when written.
  const values = rows.map((r) => r.map((c) => (typeof c === 'string' ? safeCellText(rule.resolve(c, lang)) : c)));
  return { values, width: WIDTH, titleRow, sectionRows, tables, charts };
}
