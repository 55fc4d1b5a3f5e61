// "Siapkan Register": creates what is missing and repairs what is broken, never wiping data.
import { t } from '../core/i18n';
import { dayOfDate } from '../core/dates';
import type { Lang } from '../core/types';
import { ensureSettingsSheet } from '../sheets/settings';
import { ensureHolidaySheet, spreadsheetOffset } from '../sheets/holidays';
import { ensureRegisterSheet } from '../sheets/register';

export interface SetupResult {
  created: string[];
  repaired: string[];
  message: string;
}

export function setupWorkbook(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): SetupResult {
  const today = dayOfDate(new Date(), spreadsheetOffset(ss));
  const settings = ensureSettingsSheet(ss, lang);
  const holidays = ensureHolidaySheet(ss, lang, today, settings.refs.cuti);
  const register = ensureRegisterSheet(ss, lang, {
    holidays: holidays.effectiveRange,
    nearDue: settings.refs.nearDue,
    channels: settings.refs.channels,
    topics: settings.refs.topics,
  });
  ss.setActiveSheet(register.sheet);
  const created: string[] = [];
  const repaired: string[] = [];
  (settings.created ? created : repaired).push(...(settings.created ? [settings.sheet.getName()] : settings.added.length ? [t(lang, 'setup.settingsAdded', { list: settings.added.join(', ') })] : []));
  if (holidays.created) created.push(holidays.sheet.getName());
  else if (holidays.addedYears.length) repaired.push(t(lang, 'setup.holidayYears', { list: holidays.addedYears.join(', ') }));
  if (register.created) created.push(register.sheet.getName());
  else if (register.addedColumns.length) repaired.push(t(lang, 'setup.columnsAdded', { list: register.addedColumns.join(', ') }));
  repaired.push(t(lang, 'setup.formulasValidation'));
  const none = t(lang, 'setup.nothing');
  const message = t(lang, 'setup.done', { created: created.join(', ') || none, repaired: repaired.join('; ') || none });
  return { created, repaired, message };
}
