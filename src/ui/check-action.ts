// "Periksa Data": the core's checks over the whole register, listed by row in their own sheet.
// The register itself is only read.
import { parseRegister } from '../core/parse';
import { safeCellText } from '../core/escape';
import { t } from '../core/i18n';
import { settingsLang } from '../core/settings-model';
import { readSettings } from '../sheets/settings';
import { tzOffsetMinutes } from '../sheets/holidays';
import { readRegister, NoRegisterError } from '../sheets/register';
import { findSheet, SHEET_NAMES } from '../sheets/workbook';
import { UserError } from './common';

export interface CheckResult {
  rows: number;
  problems: number;
  sheet: string;
  message: string;
}

export function checkRegister(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): CheckResult {
  const settings = readSettings(ss);
  const lang = settingsLang(settings);
  let register;
  try {
    register = readRegister(ss);
  } catch (err) {
    if (err instanceof NoRegisterError) throw new UserError('err.noRegister');
    throw err;
  }
  let parsed;
  try {
    parsed = parseRegister(register.values, { lang, tzOffsetMinutes: tzOffsetMinutes(ss.getSpreadsheetTimeZone()), channels: settings.channels, topics: settings.topics });
  } catch (err) {
    if ((err as { code?: string }).code === 'no_header') throw new UserError('err.noHeader');
    throw err;
  }
  const name = SHEET_NAMES.check[0];
  const sheet = findSheet(ss, SHEET_NAMES.check) ?? ss.insertSheet(name);
  sheet.clear();
  const header = t(lang, 'check.header').split('|');
  const rows = parsed.problems.map((p) => [p.row, safeCellText(p.number ?? ''), safeCellText(p.column), safeCellText(p.message)]);
  sheet.getRange(1, 1, rows.length + 1, 4).setValues([header, ...rows]);
  sheet.getRange(1, 1, 1, 4).setFontWeight('bold').setBackground('#d2e3fc');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(4, 520);
  const message = parsed.problems.length
    ? t(lang, 'check.some', { count: parsed.problems.length, rows: parsed.rowCount, sheet: sheet.getName() })
    : t(lang, 'check.none', { rows: parsed.rowCount });
  return { rows: parsed.rowCount, problems: parsed.problems.length, sheet: sheet.getName(), message };
}
