// The settings a report prints and no default may stand in for (SettingSpec.neededBy: the unit's
// name, the place and the signer): which are blank, the placeholder the document shows instead,
// and where placeholders stand in a text, so the Docs writer can highlight them.
import type { Lang } from '../types';
import { SETTINGS, type SettingKey, type Settings } from '../settings';
import { t } from '../i18n';

/** The keys a report needs, in the settings sheet's order. */
export const REPORT_SETTINGS: SettingKey[] = SETTINGS.filter((s) => s.neededBy === 'report').map((s) => s.key);

/** The needed settings that are blank, in the settings sheet's order. */
export function missingReportSettings(settings: Settings): SettingKey[] {
  return REPORT_SETTINGS.filter((k) => !String(settings.values[k] ?? '').trim());
}

export function settingLabel(key: SettingKey, lang: Lang): string {
  return SETTINGS.find((s) => s.key === key)!.label[lang];
}

/** "[BELUM DIISI: Kota]": what the document prints where a needed setting is blank. */
export function notFilledIn(key: SettingKey, lang: Lang): string {
  return t(lang, 'settings.notFilled', { label: settingLabel(key, lang) });
}

/** A setting's value for the document: the value, or its placeholder when blank. */
export function shownSetting(settings: Settings, key: SettingKey, lang: Lang): string {
  const v = String(settings.values[key] ?? '').trim();
  return v || notFilledIn(key, lang);
}

/** The unit's name as documents print it: the name, or its placeholder when blank. */
export function shownUnit(unit: string, lang: Lang): string {
  return unit.trim() || notFilledIn('unitName', lang);
}

/** A file name without the blank a missing unit name leaves ("Laporan PPID  TW III 2021"). */
export function docFileName(name: string): string {
  return name.replace(/\s+/g, ' ').trim();
}

/** "[BELUM DIISI:", "[NOT FILLED IN:": how every placeholder opens (the annual items' too). */
function openings(): string[] {
  return (['id', 'en'] as const).map((l) => t(l, 'settings.notFilled', { label: '' }).replace(/\s*\]$/, ''));
}

/**
 * Where placeholders stand in a text, as [start, endInclusive] offsets (the form Text.setBackgroundColor
 * takes): each from its opening to its closing bracket. None in a text without one.
 */
export function placeholderRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const open of openings()) {
    let from = 0;
    for (let i = text.indexOf(open, from); i >= 0; i = text.indexOf(open, from)) {
      const close = text.indexOf(']', i);
      const end = close < 0 ? text.length - 1 : close;
      out.push([i, end]);
      from = end + 1;
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}
