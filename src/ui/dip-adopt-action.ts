// "Adopsi DIP" (issue #27 item 1): an office's own Daftar Informasi Publik, kept in a sheet of
// this spreadsheet in its own layout, taken into the add-on's DIP sheet. The mapping and the row
// problems are the core's (core/dip/adopt.ts); here: one read of the source sheet, one read of the
// DIP sheet to refuse a second adoption, Siapkan Register when the DIP sheet is absent, one batched
// setValues of the entries, one activity-log row. The source sheet is only read.
//
// A DIP sheet that already holds entries is refused rather than replaced: an adoption never
// overwrites entries an officer may have edited since, and adopting twice cannot list an entry twice.
import { DIP_COLUMNS, findDipColumns, previewDipAdoption, type DipAdoptPreview } from '../core/dip';
import { dayToDate } from '../core/calendar';
import { t } from '../core/i18n';
import { UserError } from '../core/errors';
import type { Lang } from '../core/types';
import { DIP_SHEET_NAMES } from '../sheets/dip';
import { findSheet, spreadsheetDateOrder } from '../sheets/workbook';
import { spreadsheetOffset } from '../sheets/holidays';
import { logActivity } from '../sheets/activity-log';
import { setupWorkbook } from './setup-action';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const MAX_PROBLEMS_SHOWN = 15;

export interface DipAdoptPlan {
  sheet: string;
  target: string;
  preview: DipAdoptPreview;
  /** The preview as the dialog's lines. */
  text: string;
}

export interface DipAdoptResult {
  written: number;
  target: string;
  message: string;
}

/** The sheets an officer may name: every one but the add-on's own DIP sheet. */
export function adoptableSheets(ss: Spreadsheet): string[] {
  const own = DIP_SHEET_NAMES.dip.map((n) => n.toLowerCase());
  return ss
    .getSheets()
    .map((s) => s.getName())
    .filter((n) => !own.includes(n.toLowerCase()));
}

function sourceSheet(ss: Spreadsheet, name: string, lang: Lang): Sheet {
  const wanted = name.trim().toLowerCase();
  const sheet = ss.getSheets().find((s) => s.getName().trim().toLowerCase() === wanted);
  if (!sheet) throw new UserError(t(lang, 'dipAdopt.noSheet', { sheet: name.trim() }));
  if (DIP_SHEET_NAMES.dip.some((n) => n.toLowerCase() === wanted))
    throw new UserError(t(lang, 'dipAdopt.ownSheet', { sheet: sheet.getName() }));
  return sheet;
}

/** Entries already in the DIP sheet (rows below the header with anything in them): one read. */
function entriesIn(sheet: Sheet | null): number {
  if (!sheet) return 0;
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  if (rows < 2 || !cols) return 0;
  return sheet
    .getRange(2, 1, rows - 1, cols)
    .getValues()
    .filter((r) => r.some((v) => v !== '' && v !== null)).length;
}

function refuseIfFilled(ss: Spreadsheet, lang: Lang): void {
  const dip = findSheet(ss, DIP_SHEET_NAMES.dip);
  const count = entriesIn(dip);
  if (count) throw new UserError(t(lang, 'dipAdopt.notEmpty', { sheet: dip!.getName(), count }));
}

function previewText(p: DipAdoptPreview, lang: Lang, target: string): string {
  const lines = [t(lang, 'dipAdopt.preview.rows', { header: p.headerRow, count: p.rows.length, first: p.firstRow })];
  lines.push('', t(lang, 'dipAdopt.preview.mapped'), ...p.mapped.map((m) => `• ${m.target} ← ${m.source}`));
  if (p.classFromSections) lines.push(t(lang, 'dipAdopt.preview.sections'));
  if (p.missing.length)
    lines.push('', t(lang, 'dipAdopt.preview.missing', { list: p.missing.map((m) => m.target).join(', ') }));
  if (p.unmapped.length) lines.push(t(lang, 'dipAdopt.preview.unmapped', { list: p.unmapped.join(', ') }));
  if (p.stateAssumedFinal) lines.push('', t(lang, 'dipAdopt.preview.final'));
  if (p.problems.length) {
    lines.push('', t(lang, 'dipAdopt.preview.problems', { count: p.problems.length }));
    for (const x of p.problems.slice(0, MAX_PROBLEMS_SHOWN))
      lines.push(`• ${t(lang, 'dipAdopt.preview.problem', { row: x.row, column: x.column, message: x.message })}`);
    if (p.problems.length > MAX_PROBLEMS_SHOWN)
      lines.push(t(lang, 'dipAdopt.preview.more', { count: p.problems.length - MAX_PROBLEMS_SHOWN }));
  }
  lines.push('', t(lang, 'dipAdopt.preview.confirm', { target }));
  return lines.join('\n');
}

/** The preview of adopting the named sheet; refuses a DIP sheet that already holds entries. */
export function planDipAdoption(ss: Spreadsheet, name: string, lang: Lang): DipAdoptPlan {
  const sheet = sourceSheet(ss, name, lang);
  refuseIfFilled(ss, lang);
  const preview = previewDipAdoption(sheet.getDataRange().getValues(), {
    lang,
    tzOffset: spreadsheetOffset(ss),
    order: spreadsheetDateOrder(ss),
  });
  if (!preview) throw new UserError(t(lang, 'dipAdopt.noHeader', { sheet: sheet.getName() }));
  if (!preview.rows.length) throw new UserError(t(lang, 'dipAdopt.noRows', { sheet: sheet.getName() }));
  // Siapkan Register names a new DIP sheet in Indonesian whatever the officer's language (sheets/dip.ts).
  const target = findSheet(ss, DIP_SHEET_NAMES.dip)?.getName() ?? DIP_SHEET_NAMES.dip[0];
  return { sheet: sheet.getName(), target, preview, text: previewText(preview, lang, target) };
}

/**
 * Writes the named sheet's entries into the DIP sheet (made by Siapkan Register when absent) in
 * one setValues, under the DIP sheet's own columns wherever they stand; logs one activity row.
 */
export function adoptDip(ss: Spreadsheet, name: string, lang: Lang): DipAdoptResult {
  const plan = planDipAdoption(ss, name, lang);
  let dip = findSheet(ss, DIP_SHEET_NAMES.dip);
  if (!dip) {
    setupWorkbook(ss, lang);
    dip = findSheet(ss, DIP_SHEET_NAMES.dip);
    if (!dip) throw new Error('DIP sheet not made by setup');
  }
  const width = dip.getLastColumn();
  const cols = findDipColumns(dip.getRange(1, 1, 1, width).getValues()[0], DIP_COLUMNS);
  const tz = spreadsheetOffset(ss);
  const rows = plan.preview.rows.map((src, i) => {
    const out: unknown[] = new Array(width).fill('');
    DIP_COLUMNS.forEach((c, k) => {
      const at = cols[c.key];
      if (at < 0) return;
      // A date the parse read goes in as a date (the column's rule is a strict date check). Text
      // the parse could not read is written as it is, so the DIP sheet and Periksa Data still show
      // the problem: a script's setValues is not refused by a cell's validation rule (a secondary
      // source only, taourl.com/read-2965332.html; no Google reference page found saying so). The
      // emulator writes it the same way; if Google refused it, the write would fail whole and
      // leave the DIP sheet empty, never half-filled.
      const day = c.key === 'updated' ? plan.preview.entries[i].updated : null;
      out[at] = day !== null ? dayToDate(day, tz) : src[k];
    });
    return out;
  });
  dip.getRange(2, 1, rows.length, width).setValues(rows);
  logActivity(ss, lang, 'dipAdopt', `${plan.sheet} → ${dip.getName()}: ${rows.length}`);
  return {
    written: rows.length,
    target: dip.getName(),
    message: t(lang, 'dipAdopt.done', { count: rows.length, target: dip.getName(), sheet: plan.sheet }),
  };
}
