// What the report document says, as a list of blocks: the quarterly report in the seed report's
// outline (here), the annual report in the law's (report-annual.ts), both filled from one Recap
// and the settings. Pure: the Docs writer renders blocks, tests read them directly.
import type { Recap, Lang } from '../types';
import type { Settings, EntrySection } from '../settings';
import { periodMatches } from '../settings';
import { translator, periodLabel } from './labels';
import { DocBuilder, finishDraft, narrative, type Block, type ReportDraft, type ReportModel } from './report-blocks';
import { coverAndForeword } from './report-cover';
import { docFileName as fileName, shownUnit } from './missing-settings';
import { buildAnnualDraft } from './report-annual';
import * as sec from './report-sections';
import { dipPeriodSection } from './dip-sections';
import type { DipList } from '../dip';
import type { ReportPicture } from './pictures';

export type { Block, ReportModel } from './report-blocks';
export { annualStatusRows } from './report-sections';

export function buildReportModel(
  recap: Recap,
  settings: Settings,
  lang: Lang,
  generatedOn: string,
  /** The unit's DIP and DIK (issue #27), or null when it keeps none. */
  dip: DipList | null = null,
  /** The unit's pictures of the period that the document shows (pictures.ts, issue #24 item 9). */
  pictures: ReportPicture[] = [],
): ReportModel {
  return finishDraft(buildReportDraft(recap, settings, lang, generatedOn, dip, pictures));
}

/** The report with its percentages still tokens (percent.ts), for the consolidation to add to. */
export function buildReportDraft(
  recap: Recap,
  settings: Settings,
  lang: Lang,
  generatedOn: string,
  dip: DipList | null = null,
  pictures: ReportPicture[] = [],
): ReportDraft {
  if (recap.period.kind === 'year') return buildAnnualDraft(recap, settings, lang, generatedOn, dip, pictures);
  const tr = translator(lang);
  const v = settings.values;
  const period = { kind: recap.period.kind, year: recap.period.year, quarter: recap.period.quarter };
  const periodText = periodLabel(period, lang);
  const vars = { unit: shownUnit(recap.unit, lang), period: periodText, year: String(recap.period.year) };
  const b = new DocBuilder(lang, vars);
  b.pictures = pictures;
  coverAndForeword(b, recap, settings, generatedOn);

  // Bab I.
  b.h(1, 'doc.bab1');
  b.h(2, 'doc.bab1.bg');
  b.narrative(v.textBackground);
  b.h(2, 'doc.bab1.aim');
  b.h(3, 'doc.bab1.purpose');
  b.narrative(v.textPurpose);
  b.h(3, 'doc.bab1.objective');
  b.narrative(v.textObjective);
  b.pageBreak();

  // Bab II: the statistics in the seed's numbering.
  b.h(1, 'doc.bab2');
  b.h(2, 'doc.bab2.policy');
  b.narrative(v.textPolicy);
  b.h(2, 'doc.bab2.activities');
  b.h(3, 'doc.bab2.facility');
  b.narrative(v.textServiceDesk);
  for (const s of ['room', 'flow', 'maklumat'] as const) b.figures(s);
  const h3 = (key: string) => ({ level: 3 as const, text: tr(key) });
  sec.requestsByChannel(b, recap, settings, h3('doc.bab2.count'));
  sec.applicants(b, recap, h3('doc.bab2.applicants'));
  sec.statusPerChannel(b, recap, h3('doc.bab2.status'));
  sec.refusals(b, recap, null, false);
  sec.serviceTime(b, recap, settings, h3('doc.bab2.time'), { hoursText: true, byClass: false });
  sec.topics(b, recap, h3('doc.bab2.topics'));
  sec.channelsUsed(b, recap, h3('doc.bab2.channels'));
  b.figures('social');
  sec.objections(b, recap, h3('doc.bab2.disputes'));
  b.figures('objection');
  sec.disputes(b, recap, null);
  sec.infoClasses(b, recap, { level: 2, text: tr('doc.bab2.classes') });
  dipPeriodSection(b, recap, dip);
  b.figures('published');
  // The data note closes the statistics (before the period's own activities).
  sec.dataNote(b, recap);

  // The period's own activities, each a subsection of Bab II in the order entered.
  const entries = settings.entries.filter((e) => periodMatches(e.period, recap.period.year, recap.period.quarter));
  let sub = 3;
  for (const e of entries.filter((x) => x.section === 'activity')) {
    sub += 1;
    b.heading(2, `2.${sub}. ${e.title || '-'}`);
    b.narrative(e.text);
  }
  b.pageBreak();

  // Bab III and IV: the period's own text, or the default from the settings.
  const own = (sections: EntrySection[], fallback: string): Block[] => {
    const mine = entries.filter((x) => sections.includes(x.section));
    if (!mine.length) return narrative(b.fill(fallback));
    return mine.flatMap((x) => [
      ...(x.title ? [{ type: 'paragraph', text: x.title, bold: true } as Block] : []),
      ...narrative(b.fill(x.text)),
    ]);
  };
  b.h(1, 'doc.bab3');
  b.push(...own(['obstacle', 'obstacleInternal', 'obstacleExternal'], v.textObstacles));
  b.h(1, 'doc.bab4');
  b.push(...own(['recommendation', 'followUp'], v.textRecommendations));

  return {
    fileName: fileName(tr('doc.fileName', { unit: recap.unit, period: periodText })),
    builder: b,
    emptyItems: [],
  };
}
