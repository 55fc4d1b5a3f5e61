// What the consolidated report document says: the unit report's outline drawn from the body's
// recap (same chapters, tables and charts), its cover and foreword saying it is a consolidation
// and at which date statuses were assessed, and a "Rekap per Unit" section closing Bab II: the
// units' table, one short section per unit, and the units that have not reported.
import type { Lang } from '../types';
import type { Settings } from '../settings';
import { buildReportDraft, type Block, type ReportModel } from './report-model';
import { resolveBlocks } from './report-blocks';
import { translator, periodLabel, formatDateLong, formatNumber } from './labels';
import { MAX_UNITS_CHARTED, type Consolidation } from '../recap';
import { say, parts } from './say';
import { docFileName, shownUnit } from './missing-settings';

export function buildConsolidatedModel(
  c: Consolidation,
  settings: Settings,
  lang: Lang,
  generatedOn: string,
): ReportModel {
  const tr = translator(lang);
  const recap = c.recap;
  // A draft: the units' shares and rates join the document's percentage rule (percent.ts).
  const draft = buildReportDraft(recap, settings, lang, generatedOn);
  const builder = draft.builder;
  const base = { fileName: draft.fileName, blocks: builder.blocks, emptyItems: draft.emptyItems };
  const period = { kind: recap.period.kind, year: recap.period.year, quarter: recap.period.quarter };
  const periodText = periodLabel(period, lang);
  const vars = { unit: shownUnit(recap.unit, lang), period: periodText, year: String(recap.period.year) };
  const asOfLong = formatDateLong(c.asOf, lang);
  const source = tr(`cons.source.${c.asOfSource}`);
  const n = (x: number) => formatNumber(x, lang);
  const fmt = (x: number | null) => (x === null ? '-' : formatNumber(x, lang));

  // Cover and foreword: a consolidation, and the one date statuses were assessed at.
  const p1 = tr('doc.foreword.p1', vars);
  const p2 = tr('doc.foreword.p2', { asOf: asOfLong });
  const blocks: Block[] = base.blocks.map((b, i): Block => {
    if (i === 0 && b.type === 'title')
      return { ...b, text: tr(recap.period.kind === 'year' ? 'cons.doc.titleAnnual' : 'cons.doc.title') };
    // The units belong to the parent body when the settings name one ("di lingkungan Kementerian …").
    if (b.type === 'paragraph' && b.text === p1)
      return {
        ...b,
        text: say(lang, 'say.cons.p1', c.units.length, {
          ...vars,
          unit: settings.values.parentBody || vars.unit,
          units: n(c.units.length),
        }),
      };
    if (b.type === 'paragraph' && b.text === p2) return { ...b, text: tr('cons.doc.p2', { asOf: asOfLong, source }) };
    return b;
  });

  // The section closes the chapter of the service's figures: Bab II of the quarterly outline, Bab
  // III of the annual one (the law's order, report-annual.ts). Its number follows the chapter's
  // last heading.
  const annual = recap.period.kind === 'year';
  const chapter = annual ? 3 : 2;
  const bab3 = blocks.findIndex(
    (b) => b.type === 'heading' && b.level === 1 && b.text === tr(annual ? 'annual.bab4' : 'doc.bab3'),
  );
  let last = 0;
  const numbered = new RegExp(`^${chapter}\\.(\\d+)\\.`);
  for (const b of blocks.slice(0, bab3)) {
    const m = b.type === 'heading' && b.level === 2 ? numbered.exec(b.text) : null;
    if (m) last = Math.max(last, Number(m[1]));
  }
  const section = last + 1;
  const tableNo = blocks.filter((b) => b.type === 'table').length + 1;
  const chartNo = blocks.filter((b) => b.type === 'chart').length + 1;

  const own: Block[] = [];
  own.push({ type: 'heading', level: 2, text: tr('cons.doc.section', { chapter, n: section }) });
  own.push({ type: 'paragraph', text: tr('cons.doc.intro', { asOf: asOfLong }), align: 'justify' });
  const sla = recap.sla;
  // Each unit's share of the body's requests: one split of the total (percent.ts rule 2).
  const shares = builder.shares(
    c.units.map((u) => u.requests),
    recap.totals.requests,
  );
  const rate = (onTime: number, late: number) => (onTime + late ? builder.pct(onTime, onTime + late) : '-');
  own.push({
    type: 'table',
    caption: tr('doc.table', { n: tableNo, title: tr('cons.doc.table') }),
    // Medians and averages are read in each unit's own paragraph below; the sheet has every column.
    header: [
      tr('recap.col.no'),
      tr('cons.col.unit'),
      tr('cons.col.requests'),
      tr('cons.col.granted'),
      tr('cons.col.refused'),
      tr('cons.col.rate'),
      tr('cons.col.overdue'),
    ],
    rows: [
      ...c.units.map((u, i) => [
        `${i + 1}.`,
        u.unit,
        n(u.requests),
        n(u.granted),
        n(u.refused),
        rate(u.onTime, u.late),
        n(u.overdue),
      ]),
      [
        '',
        tr('cons.total'),
        n(recap.totals.requests),
        n((recap.totals.byStatus.Dipenuhi ?? 0) + (recap.totals.byStatus['Dipenuhi Sebagian'] ?? 0)),
        n(recap.totals.byStatus.Ditolak ?? 0),
        rate(sla.onTime, sla.late),
        n(sla.overdue),
      ],
    ],
    total: true,
    // The unit's name gets the room; the figures are short. About the width of an A4 page's text.
    widths: [25, 100, 90, 68, 58, 56, 56],
  });
  if (c.units.length && c.units.length <= MAX_UNITS_CHARTED)
    own.push({ type: 'chart', key: 'units', caption: tr('doc.chart', { n: chartNo, title: tr('cons.chart.units') }) });

  // One short section per unit: a heading and the sentence that reads its row.
  c.units.forEach((u, i) => {
    own.push({ type: 'heading', level: 3, text: `${chapter}.${section}.${i + 1}. ${u.unit}` });
    const time =
      u.onTime + u.late > 0
        ? tr('cons.doc.unitTime', {
            avg: fmt(u.averageWorkingDays),
            median: fmt(u.medianWorkingDays),
            rate: rate(u.onTime, u.late),
          })
        : tr('cons.doc.unitNoTime');
    const problems = u.problems ? ` ${say(lang, 'say.cons.unitProblems', u.problems, { count: n(u.problems) })}` : '';
    const open =
      u.overdue === 0
        ? 'say.cons.part.open'
        : u.overdue === u.open
          ? 'say.cons.part.openAllOverdue'
          : 'say.cons.part.openOverdue';
    const list = parts(lang, [
      { n: u.granted, text: tr('say.cons.part.granted', { n: n(u.granted) }) },
      { n: u.refused, text: tr('say.cons.part.refused', { n: n(u.refused) }) },
      { n: u.open, text: tr(open, { n: n(u.open), asOf: asOfLong, overdue: n(u.overdue) }) },
    ]);
    const read = !u.requests
      ? tr('say.cons.unit.none', { unit: u.unit, unitAsOf: formatDateLong(u.asOf, lang) })
      : say(lang, 'say.cons.unit', u.requests, {
          unit: u.unit,
          unitAsOf: formatDateLong(u.asOf, lang),
          requests: n(u.requests),
          share: shares[i],
          parts: list ? `: ${list}` : '',
        });
    own.push({ type: 'paragraph', align: 'justify', text: `${read} ${time}${problems}` });
  });

  // Units that have not reported (or why that cannot be known).
  own.push({
    type: 'heading',
    level: 3,
    text: `${chapter}.${section}.${c.units.length + 1}. ${tr('cons.doc.missingTitle')}`,
  });
  if (!settings.units.length) own.push({ type: 'paragraph', text: tr('cons.missing.noList'), align: 'justify' });
  else if (!c.missing.length) own.push({ type: 'paragraph', text: tr('cons.missing.none'), align: 'justify' });
  else {
    own.push({
      type: 'paragraph',
      text: say(lang, 'say.cons.missing', c.missing.length, { count: n(c.missing.length) }),
      align: 'justify',
    });
    own.push({ type: 'list', items: c.missing });
  }
  if (c.unlisted.length)
    own.push({ type: 'paragraph', text: tr('cons.unlisted', { list: c.unlisted.join(', ') }), align: 'justify' });
  if (c.problems.length)
    own.push({
      type: 'paragraph',
      text: say(lang, 'say.cons.problems', c.problems.length, { count: n(c.problems.length) }),
      align: 'justify',
    });

  // Before the page break that opens the next chapter.
  const at = bab3 > 0 && blocks[bab3 - 1].type === 'pageBreak' ? bab3 - 1 : bab3 < 0 ? blocks.length : bab3;
  blocks.splice(at, 0, ...own);
  return {
    ...base,
    fileName: docFileName(tr('cons.doc.fileName', { unit: recap.unit.replace(/^PPID\s+/i, ''), period: periodText })),
    blocks: resolveBlocks(blocks, builder.percents, lang),
  };
}
