// The annual report's narrative items (Perki 1/2021 Pasal 56; UU 14/2008 Pasal 12 has only the
// figures, huruf a–d, which come from the register): what the officer writes for the year, as entries of the settings sheet whose Periode is the year. The
// annual report uses the year's own entries only, never the settings' default sentences: an item
// without an entry shows a visible placeholder and is named in the report dialog.
import type { Day, Lang } from '../types';
import { ymdParts } from '../calendar';
import { annualReportDue } from './digest';
import { ENTRY_SECTIONS, periodMatches, type EntrySection, type PeriodEntry, type Settings } from '../settings';
import { t } from '../i18n';

export type AnnualItemKey = 'policy' | 'facilities' | 'staff' | 'budget' | 'obstacles' | 'recommendations';

export interface AnnualItem {
  key: AnnualItemKey;
  /** The entry sections that fill the item, in the order they are shown. */
  sections: EntrySection[];
}

/**
 * In Perki 1/2021 Pasal 56's order, as its published summaries list the six parts (the text and its
 * letters were not found; docs/annual-report.md): part 1 the policy; part 2 how the service was
 * carried out (facilities, staff, budget placed here); parts 3–4 (the service, disputes) are
 * figures; part 5 obstacles; part 6 recommendations and follow-up.
 */
export const ANNUAL_ITEMS: AnnualItem[] = [
  { key: 'policy', sections: ['policy'] },
  { key: 'facilities', sections: ['facilities'] },
  { key: 'staff', sections: ['staff'] },
  { key: 'budget', sections: ['budget'] },
  { key: 'obstacles', sections: ['obstacleInternal', 'obstacleExternal', 'obstacle'] },
  { key: 'recommendations', sections: ['recommendation', 'followUp'] },
];

/** The year's own entries (Periode names the year, no quarter), by section, in the order entered. */
export function yearEntries(settings: Settings, year: number): Map<EntrySection, PeriodEntry[]> {
  const out = new Map<EntrySection, PeriodEntry[]>();
  for (const e of settings.entries) {
    if (!periodMatches(e.period, year, null)) continue;
    out.set(e.section, [...(out.get(e.section) ?? []), e]);
  }
  return out;
}

/** The items the year has no entry for, in outline order. */
export function emptyAnnualItems(settings: Settings, year: number): AnnualItem[] {
  const entries = yearEntries(settings, year);
  return ANNUAL_ITEMS.filter((item) => !item.sections.some((s) => (entries.get(s) ?? []).length));
}

export function annualItemLabel(key: AnnualItemKey, lang: Lang): string {
  return t(lang, `annual.item.${key}`);
}

/** The section name an officer types in the entries block for the item's first section. */
export function annualItemSection(item: AnnualItem, lang: Lang): string {
  return ENTRY_SECTIONS[item.sections[0]][lang];
}

/** The entries block rows Siapkan Register offers for a year: one per section an item starts with, plus the second obstacle and recommendation sections. */
export const TEMPLATE_SECTIONS: EntrySection[] = [
  'policy',
  'facilities',
  'staff',
  'budget',
  'obstacleInternal',
  'obstacleExternal',
  'recommendation',
  'followUp',
];

/**
 * In the first quarter, the annual report of the year just ended is due by 31 March (Perki 1/2021
 * Pasal 56: within three months after the year ends). Null from April on.
 */
export function annualDueNotice(today: Day): { year: number; due: Day; daysLeft: number } | null {
  const [y, m] = ymdParts(today);
  if (m > 3) return null;
  const due = annualReportDue(y - 1);
  return { year: y - 1, due, daysLeft: due - today };
}
