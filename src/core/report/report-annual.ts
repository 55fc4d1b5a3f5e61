// The annual report in the order of Perki 1/2021 Pasal 56's six parts (as its published summaries
// list them): the policy; how the service was carried out (facilities, staff, budget); the
// service in detail, with UU 14/2008 Pasal 12 huruf a–d's figures (requests, the time each
// needed, granted and refused, the reasons for refusal); objections and disputes, with how the
// decisions were carried out, the suits in court and the Komisi Informasi's clock (Pasal 38);
// obstacles; recommendations and follow-up. Narrative items come from the year's own entries only; an empty
// item shows a placeholder the officer must replace, and is listed in `emptyItems`.
import type { Recap, Lang } from '../types';
import type { Settings, EntrySection, PeriodEntry } from '../settings';
import { translator, periodLabel } from './labels';
import { DocBuilder, finishDraft, type ReportDraft, type ReportModel } from './report-blocks';
import { coverAndForeword } from './report-cover';
import { docFileName as fileName, shownUnit } from './missing-settings';
import { ANNUAL_ITEMS, yearEntries, annualItemLabel, annualItemSection, type AnnualItemKey } from './annual-items';
import * as sec from './report-sections';
import { objectionExecution, disputeFollowUp } from './report-execution';
import { dipAnnualSection } from './dip-sections';
import type { DipList } from '../dip';
import type { ReportPicture } from './pictures';

export function buildAnnualModel(
  recap: Recap,
  settings: Settings,
  lang: Lang,
  generatedOn: string,
  dip: DipList | null = null,
  pictures: ReportPicture[] = [],
): ReportModel {
  return finishDraft(buildAnnualDraft(recap, settings, lang, generatedOn, dip, pictures));
}

export function buildAnnualDraft(
  recap: Recap,
  settings: Settings,
  lang: Lang,
  generatedOn: string,
  dip: DipList | null = null,
  pictures: ReportPicture[] = [],
): ReportDraft {
  const tr = translator(lang);
  const year = recap.period.year;
  const periodText = periodLabel({ kind: 'year', year, quarter: null }, lang);
  const b = new DocBuilder(lang, { unit: shownUnit(recap.unit, lang), period: periodText, year: String(year) });
  b.pictures = pictures;
  coverAndForeword(b, recap, settings, generatedOn);

  const entries = yearEntries(settings, year);
  const emptyItems: string[] = [];
  const write = (list: PeriodEntry[]) => {
    for (const e of list) {
      if (e.title) b.bold(e.title);
      b.narrative(e.text);
    }
  };
  /**
   * One narrative item: its sections' entries, each group under its label when the item has
   * several (internal and external obstacles), or the placeholder when the year has none.
   */
  const item = (key: AnnualItemKey, labels: Partial<Record<EntrySection, string>> = {}) => {
    const spec = ANNUAL_ITEMS.find((x) => x.key === key)!;
    const found = spec.sections.filter((s) => (entries.get(s) ?? []).length);
    if (!found.length) {
      const label = annualItemLabel(key, lang);
      emptyItems.push(label);
      b.push({
        type: 'paragraph',
        text: tr('annual.placeholder', { item: label, year, section: annualItemSection(spec, lang) }),
        placeholder: true,
      });
      return;
    }
    // A lone generic section needs no label; a split one (internal/external) always has it.
    const generic: EntrySection[] = ['obstacle', 'recommendation'];
    for (const s of found) {
      if (labels[s] && (found.length > 1 || !generic.includes(s))) b.bold(labels[s]!);
      write(entries.get(s)!);
    }
  };
  const h = (level: 1 | 2 | 3, key: string) => ({ level, text: tr(key) });

  // 1. The policy.
  b.h(1, 'annual.bab1');
  item('policy');
  b.pageBreak();

  // 2–4. Facilities, staff, budget; the year's activities after them.
  b.h(1, 'annual.bab2');
  b.h(2, 'annual.bab2.facilities');
  item('facilities');
  for (const s of ['room', 'flow', 'maklumat', 'social'] as const) b.figures(s);
  b.h(2, 'annual.bab2.staff');
  item('staff');
  b.h(2, 'annual.bab2.budget');
  item('budget');
  const activities = entries.get('activity') ?? [];
  if (activities.length) {
    b.h(2, 'annual.bab2.activities');
    for (const e of activities) {
      b.heading(3, e.title || tr('annual.activity'));
      b.narrative(e.text);
    }
  }
  b.pageBreak();

  // 5. The service: requests, the time each needed, decisions, refusals with their grounds.
  b.h(1, 'annual.bab3');
  sec.requestsByChannel(b, recap, settings, h(2, 'annual.bab3.count'));
  sec.applicants(b, recap, h(3, 'annual.bab3.applicants'));
  sec.serviceTime(b, recap, settings, h(2, 'annual.bab3.time'), { hoursText: false, byClass: true });
  sec.decisions(b, recap, h(2, 'annual.bab3.decisions'));
  sec.refusals(b, recap, h(2, 'annual.bab3.refusals'), true);
  sec.topics(b, recap, h(2, 'annual.bab3.topics'));
  sec.infoClasses(b, recap, null);
  b.figures('published');
  dipAnnualSection(b, recap, dip);
  sec.quarterTable(b, recap, h(2, 'annual.bab3.quarters'));
  sec.dataNote(b, recap);
  b.pageBreak();

  // 6. Objections to the Atasan PPID and disputes at the Komisi Informasi and in court.
  b.h(1, 'annual.bab4');
  sec.objections(b, recap, h(2, 'annual.bab4.objections'));
  b.figures('objection');
  objectionExecution(b, recap);
  sec.disputes(b, recap, h(2, 'annual.bab4.disputes'));
  disputeFollowUp(b, recap);
  b.pageBreak();

  // 7. Obstacles, internal and external. 8. Recommendations and the follow-up plan.
  b.h(1, 'annual.bab5');
  item('obstacles', {
    obstacleInternal: tr('annual.obstacles.internal'),
    obstacleExternal: tr('annual.obstacles.external'),
    obstacle: tr('annual.obstacles.other'),
  });
  b.h(1, 'annual.bab6');
  item('recommendations', {
    recommendation: tr('annual.recommendations.recommendation'),
    followUp: tr('annual.recommendations.followUp'),
  });

  return {
    fileName: fileName(tr('doc.fileName', { unit: recap.unit, period: periodText })),
    builder: b,
    emptyItems,
  };
}
