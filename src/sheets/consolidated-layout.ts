// What the Rekap Gabungan sheet shows, as a grid (pure, written with one setValues by the same
// writer as a unit's recap sheet): A. one row per unit and the body's row, B. the units that have
// not reported, C. the whole body's recap in the unit recap's own sections, with its charts.
import type { Lang } from '../core/types';
import type { Settings } from '../core/settings';
import { type Consolidation, MAX_UNITS_CHARTED } from '../core/recap';
import { safeCellText } from '../core/register';
import { translator, periodLabel, formatDateShort, formatNumber, joinList } from '../core/report';
import { buildRecapLayout, type Cell, type ChartSpec, type RecapLayout, type TableSpec } from './recap-layout';

const UNIT_COLUMNS = 13;
const CHART_ROWS = 18;

export function buildConsolidatedLayout(
  c: Consolidation,
  settings: Settings,
  lang: Lang,
  generated: string,
): RecapLayout {
  const tr = translator(lang);
  const recap = c.recap;
  const rows: Cell[][] = [];
  const sectionRows: number[] = [];
  const tables: TableSpec[] = [];
  const charts: ChartSpec[] = [];
  const push = (cells: Cell[] = []) => {
    rows.push(cells.slice(0, UNIT_COLUMNS));
    return rows.length;
  };
  const period = { kind: recap.period.kind, year: recap.period.year, quarter: recap.period.quarter };
  const num = (v: number | null): Cell => (v === null ? '-' : v);

  const titleRow = push([tr('cons.title')]);
  push([
    tr('cons.meta', {
      body: recap.unit,
      period: periodLabel(period, lang),
      units: c.units.length,
      asOf: formatDateShort(c.asOf),
      source: tr(`cons.source.${c.asOfSource}`),
      generated,
    }),
  ]);
  push();

  // A. One row per unit, then the body's row: recomputed from every line, never averaged.
  sectionRows.push(push([tr('cons.sA')]));
  const headerRow = push([
    tr('recap.col.no'),
    tr('cons.col.unit'),
    tr('cons.col.requests'),
    tr('cons.col.share'),
    tr('cons.col.granted'),
    tr('cons.col.refused'),
    tr('cons.col.rate'),
    tr('cons.col.avg'),
    tr('cons.col.median'),
    tr('cons.col.open'),
    tr('cons.col.overdue'),
    tr('cons.col.problems'),
    tr('cons.col.asOf'),
  ]);
  c.units.forEach((u, i) =>
    push([
      i + 1,
      u.unit,
      u.requests,
      u.share / 100,
      u.granted,
      u.refused,
      num(u.complianceRate),
      num(u.averageWorkingDays),
      num(u.medianWorkingDays),
      u.open,
      u.overdue,
      u.problems,
      formatDateShort(u.asOf),
    ]),
  );
  const sla = recap.sla;
  const totals = recap.totals;
  const totalRow = push([
    '',
    tr('cons.total'),
    totals.requests,
    totals.requests > 0 ? 1 : 0,
    (totals.byStatus.Dipenuhi ?? 0) + (totals.byStatus['Dipenuhi Sebagian'] ?? 0),
    totals.byStatus.Ditolak ?? 0,
    num(sla.complianceRate),
    num(recap.serviceTime.averageWorkingDays),
    num(recap.serviceTime.medianWorkingDays),
    sla.inProcess + sla.nearDue + sla.overdue,
    sla.overdue,
    c.problems.length,
    formatDateShort(c.asOf),
  ]);
  tables.push({
    key: 'units',
    title: '',
    headerRow,
    firstRow: headerRow + 1,
    lastRow: totalRow,
    numCols: UNIT_COLUMNS,
    totalRow,
    percentCol: 4,
    // The on-time rate as a percent; the unit's data date as a date (Sheets reads the dd/mm/yyyy text as one).
    formats: { 7: '0.0%', 13: 'dd/MM/yyyy' },
  });
  push(['', tr('cons.legend', { asOf: formatDateShort(c.asOf) })]);
  if (c.units.length && c.units.length <= MAX_UNITS_CHARTED) {
    charts.push({
      key: 'units',
      type: 'bar',
      title: tr('cons.chart.units'),
      row: headerRow,
      col: 2,
      numRows: c.units.length + 1,
      numCols: 2,
      anchorRow: headerRow,
      anchorCol: UNIT_COLUMNS + 2,
    });
    while (rows.length < headerRow + CHART_ROWS) push();
  }
  push();

  // B. Units on the settings' list with no file.
  sectionRows.push(push([tr('cons.sB')]));
  if (!settings.units.length) push(['', tr('cons.missing.noList')]);
  else if (!c.missing.length) push(['', tr('cons.missing.none')]);
  else c.missing.forEach((m, i) => push([i + 1, m]));
  if (c.unlisted.length) push(['', tr('cons.unlisted', { list: joinList(c.unlisted, lang) })]);
  push();

  // C. The whole body, in the sections of a unit's recap (its title rows left out), moved down.
  sectionRows.push(push([tr('cons.sC')]));
  const problemsText = c.problems.length
    ? tr('cons.problemsText', { count: formatNumber(c.problems.length, lang) })
    : tr('cons.noProblems');
  const body = buildRecapLayout(recap, settings, lang, generated, { problemsText });
  const skip = 3;
  const shift = rows.length - skip;
  for (const r of body.values.slice(skip)) push(r);
  sectionRows.push(...body.sectionRows.map((r) => r + shift));
  tables.push(
    ...body.tables.map((tb) => ({
      ...tb,
      headerRow: tb.headerRow + shift,
      firstRow: tb.firstRow + shift,
      lastRow: tb.lastRow + shift,
      totalRow: tb.totalRow === null ? null : tb.totalRow + shift,
    })),
  );
  charts.push(...body.charts.map((ch) => ({ ...ch, row: ch.row + shift, anchorRow: ch.anchorRow + shift })));

  // Unit names come from the units' files: none may turn into a formula when written. The body's
  // part is already escaped by its own layout (an apostrophe is not escaped twice).
  const width = UNIT_COLUMNS;
  const values = rows.map((r, i) => {
    const out = r.map((cell) => (typeof cell === 'string' && i < shift + skip ? safeCellText(cell) : cell));
    while (out.length < width) out.push('');
    return out;
  });
  return { values, width, titleRow, sectionRows, tables, charts };
}
