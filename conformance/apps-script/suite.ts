// The conformance suite: every behaviour of Google's services the add-on relies on, as checks
// that record what they observed. The same code runs in the project's emulator (`npm run
// conformance`) and in Apps Script (`npm run build:conformance`, then runConformance() in a
// scratch spreadsheet), like gas-fakes runs its tests in Node and in Apps Script; so a run on
// Google can be laid beside the emulator's, check by check (conformance/results.ts).
import type { Check, CheckContext, CheckResult, ConformanceReport } from './types';
import { FORMULA_CHECKS } from './checks/formulas';
import { SHEET_CHECKS } from './checks/sheets';
import { SERVICE_CHECKS } from './checks/services';
import { DOCS_API_CHECKS } from './checks/docs-api';
import { PICTURE_CHECKS } from './checks/pictures';
import { CELL_CHECKS } from './checks/cells';
import { errorText } from './checks/util';
import { ALL_DRIVES, FOLDER_MIME, drive } from '../../src/docs/drive';
import { withSeparator, type ArgSeparator } from '../../src/sheets/formulas';

export const CHECKS: Check[] = [
  ...FORMULA_CHECKS,
  ...SHEET_CHECKS,
  ...CELL_CHECKS,
  ...SERVICE_CHECKS,
  ...DOCS_API_CHECKS,
  ...PICTURE_CHECKS,
];
export const RESULT_SHEET = 'PPID Conformance';

const NO_BLOB = null as unknown as GoogleAppsScript.Base.Blob;

function context(ss: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const sheets: GoogleAppsScript.Spreadsheet.Sheet[] = [];
  const files: string[] = [];
  let folderId: string | null = null;
  let sep: ArgSeparator | null = null;
  const ctx: CheckContext = {
    ss,
    locale: ss.getSpreadsheetLocale(),
    timeZone: ss.getSpreadsheetTimeZone(),
    sheet(name) {
      const old = ss.getSheetByName(name);
      if (old) ss.deleteSheet(old);
      const s = ss.insertSheet(name);
      sheets.push(s);
      return s;
    },
    folder() {
      if (!folderId) {
        folderId = drive().Files!.create({ name: 'PPID conformance', mimeType: FOLDER_MIME }, NO_BLOB, ALL_DRIVES).id!;
        files.push(folderId);
      }
      return folderId;
    },
    trashLater(id) {
      files.push(id);
    },
    formula(canonical) {
      if (!sep) {
        const s = ctx.sheet('PPID Conf Pemisah');
        s.getRange('A1').setFormula('=IF(1>0, "ya", "tidak")');
        SpreadsheetApp.flush();
        sep = s.getRange('A1').getValue() === 'ya' ? ',' : ';';
      }
      return withSeparator(canonical, sep);
    },
  };
  const cleanUp = () => {
    for (const s of sheets) {
      try {
        ss.deleteSheet(s);
      } catch (_) {
        // Deleted already.
      }
    }
    for (const id of files.reverse()) {
      try {
        drive().Files!.update({ trashed: true }, id, NO_BLOB, ALL_DRIVES);
      } catch (_) {
        // Trashed with its folder, or unreachable: nothing more to do.
      }
    }
  };
  return { ctx, cleanUp };
}

/**
 * Runs every check in the active spreadsheet, logs the report as one JSON line, writes it to the
 * "PPID Conformance" sheet (cell B1 whole, then one row per check) and returns it.
 */
export function runConformance(options: { world?: 'emulator' } = {}): ConformanceReport {
  const ss = SpreadsheetApp.getActive();
  const { ctx, cleanUp } = context(ss);
  const checks: CheckResult[] = [];
  try {
    for (const check of CHECKS) {
      let result: CheckResult;
      try {
        const { observed, pass } = check.run(ctx);
        result = { name: check.name, area: check.area, pass, observed };
      } catch (err) {
        result = { name: check.name, area: check.area, pass: false, observed: { error: errorText(err) } };
      }
      checks.push(result);
    }
  } finally {
    cleanUp();
  }
  const failed = checks.filter((c) => !c.pass).map((c) => c.name);
  const report: ConformanceReport = {
    suite: 'ppid-sheets-conformance',
    version: 1,
    world: options.world === 'emulator' ? 'emulator' : 'google',
    locale: ctx.locale,
    timeZone: ctx.timeZone,
    date: Utilities.formatDate(new Date(), ctx.timeZone, 'yyyy-MM-dd'),
    checks,
    summary: { checks: checks.length, passed: checks.length - failed.length, failed },
  };
  const json = JSON.stringify(report);
  Logger.log(json);
  const old = ss.getSheetByName(RESULT_SHEET);
  if (old) ss.deleteSheet(old);
  const sheet = ss.insertSheet(RESULT_SHEET);
  const rows = [
    ['JSON', json, '', ''],
    ['', '', '', ''],
    ['check', 'area', 'pass', 'observed'],
    ...checks.map((c) => [c.name, c.area, c.pass, JSON.stringify(c.observed)]),
  ];
  sheet.getRange(1, 1, rows.length, 4).setValues(rows);
  return report;
}
