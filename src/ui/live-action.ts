// The sample check of the register's live columns, as Periksa Data and the reports run it: one
// bounded read, compared with the core, recorded in the document properties. Read-only.
import { isYes, nearDueSetting, settingsLang, type Settings } from '../core/settings';
import { dayOfDate } from '../core/calendar';
import type { WorkCalendar } from '../core/calendar';
import { readCalendar, spreadsheetOffset } from '../sheets/holidays';
import type { RegisterRead } from '../sheets/register';
import { registerLayout } from './register-data';
import { readFormRecord } from '../sheets/formula-form';
import { parseFormName } from '../sheets/formulas';
import {
  checkLiveColumns,
  liveCheckWarnings,
  liveStatusLines,
  readLiveCheck,
  recordLiveCheck,
  type LiveCheck,
} from '../sheets/live-check';

export interface LiveCheckOutcome {
  check: LiveCheck;
  /** Sentences for the officer about what is wrong (empty when all agree). */
  warnings: string[];
  /** Periksa Data's status lines: the form in use and the latest sample check. */
  status: string[];
}

/**
 * Checks the live columns of the register just read. `calendar` is the one the caller already
 * built (a report's); without it the holiday sheet is read as the formulas see it (no years added).
 */
export function liveCheckOfRegister(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
  settings: Settings,
  register: RegisterRead,
  where: 'check' | 'report',
  calendar?: WorkCalendar,
): LiveCheckOutcome {
  const lang = settingsLang(settings);
  const zone = ss.getSpreadsheetTimeZone();
  const tz = spreadsheetOffset(ss);
  const record = readFormRecord();
  const cal = calendar ?? readCalendar(ss, isYes(settings.values.cutiBersamaWorking), [], lang, false);
  // An adopted register: its confirmed mapping says where the header, data and fields are (pure,
  // on the values already read).
  const layout = register.stored ? registerLayout(register, settings, lang).mapping : undefined;
  const check = checkLiveColumns({
    sheet: register.sheet,
    values: register.values,
    formulaColumns: register.formulaColumns,
    layout,
    calendar: cal,
    nearDueDays: nearDueSetting(settings.values.nearDueDays),
    today: dayOfDate(new Date(), tz),
    tzOffset: tz,
    // A register set up before the probe existed has formulas and no record: expect them; one
    // never set up by the add-on (no record, no formula) has nothing to miss.
    formulasExpected: record ? !!parseFormName(record.form) : register.formulaColumns.size > 0,
    where,
  });
  recordLiveCheck(check);
  const warnings = liveCheckWarnings(check, lang);
  const status = where === 'check' ? liveStatusLines(record, readLiveCheck(), lang, zone) : [];
  return { check, warnings, status };
}
