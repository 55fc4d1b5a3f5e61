// "Periksa Data": the core's checks over the whole register, listed by row in their own sheet.
// The register itself is only read.
import { futureDateProblems, safeCellText } from '../core/register';
import { dayOfDate } from '../core/calendar';
import { spreadsheetOffset } from '../sheets/holidays';
import { t } from '../core/i18n';
import { say } from '../core/report';
import { settingsLang } from '../core/settings';
import { readSettings } from '../sheets/settings';
import { parseOpenRegister, registerLayout } from './register-data';
import { findSheet, SHEET_NAMES } from '../sheets/workbook';
import { lastActivities } from '../sheets/activity-log';
import { ensureRows } from '../sheets/grow';
import { intakeProblemRows } from './intake-check';
import { liveCheckOfRegister } from './live-action';
import { readDipLists } from '../sheets/dip';
import { linkProblems } from '../core/dip';
import { missingReportSettings, settingLabel, unitProfileLines } from '../core/report';
import { fieldLabel } from '../core/register';
import { triggerHealth } from './trigger-health';

export interface CheckResult {
  rows: number;
  problems: number;
  sheet: string;
  message: string;
  /** What the sample check of the live columns found wrong (empty when all agree). */
  liveWarnings: string[];
  /** The triggers' problems (owner without access, failing runs, quota), one line each. */
  triggerWarnings: string[];
}

export function checkRegister(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): CheckResult {
  const settings = readSettings(ss);
  const lang = settingsLang(settings);
  const { parsed, register } = parseOpenRegister(ss, settings);
  const name = SHEET_NAMES.check[0];
  const sheet = findSheet(ss, SHEET_NAMES.check) ?? ss.insertSheet(name);
  sheet.clear();
  const header = t(lang, 'check.header').split('|');
  // Dates more than a year after today: the one plausibility rule a parse cannot apply (it has no as-of date).
  const future = futureDateProblems(parsed, dayOfDate(new Date(), spreadsheetOffset(ss)), lang);
  // Requests linked to a DIP or DIK entry, checked against the lists (issue #27): read only when a row links one.
  const linked = parsed.requests.some((r) => r.dipNumber)
    ? linkProblems(parsed.requests, readDipLists(ss, lang), {
        lang,
        column: parsed.labels?.dipNumber ?? fieldLabel('dipNumber', lang),
        refusalColumn: parsed.labels?.refusalReason ?? fieldLabel('refusalReason', lang),
        statusColumn: parsed.labels?.status ?? fieldLabel('status', lang),
      })
    : [];
  const extra = [...future, ...linked];
  const problems = extra.length ? [...parsed.problems, ...extra].sort((a, b) => a.row - b.row) : parsed.problems;
  const rows = problems.map((p) => [
    p.row,
    safeCellText(p.number ?? ''),
    safeCellText(p.column),
    safeCellText(p.message),
  ]);
  // Form responses that are not (yet) requests: listed after the register's own rows.
  rows.push(
    ...(intakeProblemRows(
      ss,
      settings,
      lang,
      register.values,
      registerLayout(register, settings, lang).mapping,
    ) as typeof rows),
  );
  ensureRows(sheet, rows.length + 1);
  sheet.getRange(1, 1, rows.length + 1, 4).setValues([header, ...rows]);
  sheet.getRange(1, 1, 1, 4).setFontWeight('bold').setBackground('#d2e3fc');
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(4, 520);
  // The live columns: the form Siapkan Register chose and a sample compared with the core.
  const live = liveCheckOfRegister(ss, settings, register, 'check');
  // The last actions of the Log Aktivitas sheet (who made which report, letter, trigger change).
  const recent = lastActivities(ss, 5, ss.getSpreadsheetTimeZone());
  // The triggers: an owner without access, runs failing, the quota; mailed once (trigger-health.ts).
  const health = triggerHealth(ss, settings, lang);
  // The unit's settings the reports print: blank ones (placeholders on the cover and signature)
  // and profile rows the report cannot read, found now rather than in the next report's dialog.
  const blank = missingReportSettings(settings).map((k) => settingLabel(k, lang));
  const profile = [
    ...(blank.length ? [t(lang, 'check.settingsBlank', { list: blank.join(', ') })] : []),
    ...unitProfileLines(settings, lang),
  ];
  const status = [
    t(lang, 'check.statusHeader'),
    ...live.status,
    ...live.warnings,
    ...(profile.length ? ['', t(lang, 'check.settingsHeader'), ...profile] : []),
    ...(health.lines.length ? ['', t(lang, 'health.header'), ...health.lines] : []),
    ...(recent.length ? ['', t(lang, 'check.lastActions'), ...recent] : []),
  ];
  sheet.getRange(1, 6, status.length, 1).setValues(status.map((line) => [safeCellText(line)]));
  sheet.getRange(1, 6).setFontWeight('bold').setBackground('#d2e3fc');
  sheet.setColumnWidth(6, 520);
  let message = rows.length
    ? t(lang, 'say.check.some', {
        problems: say(lang, 'say.n.problems', rows.length),
        rows: say(lang, 'say.n.rows', parsed.rowCount),
        sheet: sheet.getName(),
      })
    : say(lang, 'say.check.none', parsed.rowCount, { rows: say(lang, 'say.n.rows', parsed.rowCount) });
  // One or two sentences fit the dialog; more are summed up (each is in column F of the sheet).
  if (health.problems.length) message += `\n\n${health.problems.map((p) => p.line).join('\n')}`;
  if (live.warnings.length > 2)
    message += `\n\n${t(lang, 'live.summary', { count: live.warnings.length, sheet: sheet.getName() })}`;
  else if (live.warnings.length) message += `\n\n${live.warnings.join('\n')}`;
  return {
    rows: parsed.rowCount,
    problems: rows.length,
    sheet: sheet.getName(),
    message,
    liveWarnings: live.warnings,
    triggerWarnings: health.problems.map((p) => p.line),
  };
}
