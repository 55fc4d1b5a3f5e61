// The "Log Aktivitas" sheet: one row per add-on action, by every officer's add-on (#26 item 4):
// time, the effective user's address, the action, the period or register row, the file IDs made.
// No applicant data goes there: the caller gives a period key or a row number, never cell text.
//
// The address is the effective user's, taken from Drive's About as the trigger code takes it
// (platform/officer.ts: no userinfo.email scope); "tidak diketahui" where Drive does not give it.
// Every officer's add-on writes to the sheet, so its protection can only warn
// (Protection.setWarningOnly): it is a record, not tamper-proof. The sheet is hidden when made; an
// officer shows it from the sheet list, and its frozen header row takes Sheets' own filter.
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { officerEmail } from '../platform/officer';
import { safeCellText } from '../core/register';
import { setWidths } from './setup-batch';
import type { SheetDirectory } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type ActivityAction =
  | 'setup'
  | 'report'
  | 'letter'
  | 'consolidate'
  | 'picture'
  | 'reminderOn'
  | 'reminderOff'
  | 'intakeOn'
  | 'intakeOff'
  | 'intake'
  | 'adopt'
  | 'holidays'
  | 'dipAdopt'
  | 'folderPicked';

export const ACTIVITY_SHEET_NAMES = ['Log Aktivitas', 'Activity Log'];
const COLUMNS = ['log.col.time', 'log.col.user', 'log.col.action', 'log.col.what', 'log.col.files'];
const WIDTHS = [140, 220, 220, 140, 360];

function find(ss: Spreadsheet): Sheet | null {
  for (const name of ACTIVITY_SHEET_NAMES) {
    const s = ss.getSheetByName(name);
    if (s) return s;
  }
  return null;
}

function ensureSheet(ss: Spreadsheet, lang: Lang, sheets?: SheetDirectory): Sheet {
  const found = sheets ? sheets.find(ACTIVITY_SHEET_NAMES) : find(ss);
  if (found && found.getLastRow() > 0) return found;
  // insertSheet makes the new sheet the active one ("The new sheet becomes the active sheet",
  // Spreadsheet.insertSheet reference): the officer stays on the sheet they were on.
  const active = found ? null : ss.getActiveSheet();
  const name = ACTIVITY_SHEET_NAMES[lang === 'en' ? 1 : 0];
  const sheet = found ?? (sheets ? sheets.insert(name) : ss.insertSheet(name, ss.getNumSheets()));
  const header = COLUMNS.map((k) => t(lang, k));
  sheet.getRange(1, 1, 1, header.length).setValues([header]).setFontWeight('bold').setBackground('#e8eaed');
  sheet.setFrozenRows(1);
  setWidths(
    sheet,
    WIDTHS.map((w, i): [number, number] => [i + 1, w]),
  );
  sheet.protect().setDescription(t(lang, 'log.note')).setWarningOnly(true);
  sheet.hideSheet();
  if (active) active.activate();
  return sheet;
}

/**
 * Appends one row. A failure to log never undoes or fails the action it records (that action is
 * done and the officer has its files); it is reported to the caller as false.
 */
export function logActivity(
  ss: Spreadsheet,
  lang: Lang,
  action: ActivityAction,
  what: string,
  fileIds: string[] = [],
  /** The run's sheet directory (Siapkan Register's), so the log is found without a call. */
  sheets?: SheetDirectory,
): boolean {
  try {
    const sheet = ensureSheet(ss, lang, sheets);
    const user = officerEmail() || t(lang, 'log.unknownUser');
    sheet.appendRow([new Date(), user, t(lang, `log.action.${action}`), safeCellText(what), fileIds.join(', ')]);
    return true;
  } catch (_) {
    return false;
  }
}

/** The last `n` rows of the log, newest last, as one line each (for Periksa Data). */
export function lastActivities(ss: Spreadsheet, n: number, zone: string): string[] {
  const sheet = find(ss);
  if (!sheet) return [];
  const last = sheet.getLastRow();
  if (last < 2) return [];
  const from = Math.max(2, last - n + 1);
  return sheet
    .getRange(from, 1, last - from + 1, 4)
    .getValues()
    .map((r) => {
      const when = r[0] instanceof Date ? Utilities.formatDate(r[0], zone, 'dd/MM/yyyy HH:mm') : String(r[0]);
      return [when, r[1], r[2], r[3]].filter((x) => String(x) !== '').join(' · ');
    });
}
