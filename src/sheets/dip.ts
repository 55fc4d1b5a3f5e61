// The Daftar Informasi Publik and Daftar Informasi yang Dikecualikan sheets (issue #27): set up or
// repaired in place by Siapkan Register like the register (missing columns appended at the right,
// officer values never moved), with dropdowns, date and link checks, and the DIK's live column of
// exemption status; read in one call per sheet for the report and the letters.
import {
  DIK_COLUMNS,
  DIP_COLUMNS,
  EXEMPTION_LABELS,
  EXPIRY_NOTICE_DAYS,
  findDipColumns,
  parseDipLists,
  type DipColumn,
  type DipList,
} from '../core/dip';
import { columnLetter } from '../core/register';
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { withSeparator, type FormulaForm } from './formulas';
import { findSheet, SheetDirectory, setStatusColours, spreadsheetDateOrder } from './workbook';
import { spreadsheetOffset } from './holidays';
import { RuleBook, protectColumns, rangesOf, setRulesInRuns, setWidths } from './setup-batch';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const DIP_SHEET_NAMES = {
  dip: ['Daftar Informasi Publik', 'Public Information List'],
  // At most 31 characters: an xlsx download keeps no longer sheet name (Excel's limit).
  dik: ['Informasi yang Dikecualikan', 'Exempted Information', 'Daftar Informasi yang Dikecualikan'],
};

const PROTECTION_MARK = 'PPID Sheets:';
const DATE_FORMAT = 'dd/mm/yyyy';

export interface DipSheetSetup {
  sheet: Sheet;
  created: boolean;
  addedColumns: string[];
  /** The Nomor column (0-based), for the register's dropdown of entry numbers (sheets/dip-link.ts). */
  numberColumn: number;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * The DIK's live column, one ARRAYFORMULA in its header cell (canonical syntax): blank for a blank
 * row, else the words of core/dip exemptionStatus for the end date against TODAY(). Only IF,
 * comparison and subtraction iterate here, which ARRAYFORMULA is documented to do
 * (support.google.com/docs/answer/3093275); the register's WORKDAY question does not arise.
 */
export function dipExpiryFormula(cols: { number: number; summary: number; until: number }, header: string): string {
  const r = (i: number) => `${columnLetter(i)}1:${columnLetter(i)}`;
  const u = r(cols.until);
  const L = EXEMPTION_LABELS;
  return (
    `=ARRAYFORMULA(IF(ROW(${u})=1, ${quote(header)}, IF(LEN(${r(cols.number)}&${r(cols.summary)})=0, "", ` +
    `IF(${u}="", ${quote(L.noEnd)}, IF(${u}<TODAY(), ${quote(L.ended)}, ` +
    `IF(${u}-TODAY()<=${EXPIRY_NOTICE_DAYS}, ${quote(L.endingSoon)}, ${quote(L.inForce)}))))))`
  );
}

function helpFor(spec: DipColumn, lang: Lang): string {
  if (spec.key === 'infoClass') return t(lang, 'dip.help.class');
  if (spec.key === 'state') return t(lang, 'dip.help.state');
  if (spec.key === 'ground') return t(lang, 'dip.help.ground');
  if (spec.key === 'forms') return t(lang, 'dip.help.form');
  if (spec.type === 'url') return t(lang, 'dip.help.link');
  return t(lang, 'setup.validationHelp.date');
}

/** Creates or repairs one list's sheet: header, missing columns, validation, formats, the live column. */
function ensureListSheet<K extends string>(
  names: string[],
  specs: DipColumn<K>[],
  lang: Lang,
  form: FormulaForm | null,
  book: RuleBook,
  sheets: SheetDirectory,
): DipSheetSetup {
  let sheet = sheets.find(names);
  const created = !sheet;
  if (!sheet) sheet = sheets.insert(names[0]);
  // A sheet this run inserted is empty: nothing to read.
  const lastCol = created ? 0 : sheet.getLastColumn();
  const header = lastCol ? sheet.getRange(1, 1, 1, lastCol).getValues()[0] : [];
  // The live column's header is a formula: its text is the formula's first literal.
  const formulas: string[] = lastCol ? sheet.getRange(1, 1, 1, lastCol).getFormulas()[0] : [];
  if (lastCol) {
    formulas.forEach((f, i) => {
      const m = f && /"((?:[^"]|"")*)"/.exec(f);
      if (m) header[i] = m[1].replace(/""/g, '"');
    });
  }
  const cols = findDipColumns(header, specs) as Record<string, number>;
  let next = lastCol;
  const added: string[] = [];
  for (const s of specs) {
    if (cols[s.key] >= 0) continue;
    cols[s.key] = next++;
    added.push(s[lang]);
  }
  // A new sheet's header row is written and styled through one range (the styling below).
  let headerRow: GoogleAppsScript.Spreadsheet.Range | null = null;
  if (added.length) {
    const maxCols = sheet.getMaxColumns();
    if (next > maxCols) sheet.insertColumnsAfter(maxCols, next - maxCols);
    const written = sheet.getRange(1, lastCol + 1, 1, added.length).setValues([added]);
    if (lastCol === 0) headerRow = written;
  }
  const maxRows = sheet.getMaxRows();
  const bodyRows = Math.max(maxRows - 1, 1);
  const bodyA1 = (col0: number) => `${columnLetter(col0)}2:${columnLetter(col0)}${bodyRows + 1}`;
  const rules: Array<[number, GoogleAppsScript.Spreadsheet.DataValidation]> = [];
  const dates: string[] = [];
  for (const s of specs) {
    const col0 = cols[s.key];
    const help = helpFor(s, lang);
    if (s.type === 'list')
      rules.push([col0, book.rule(`dip:${s.key}`, help, !s.strict, (b) => b.requireValueInList([...s.list!], true))]);
    else if (s.type === 'date') {
      // The register's date rule when it asked for the same (its help, no invalid input).
      rules.push([col0, book.rule('date', help, false, (b) => b.requireDate())]);
      dates.push(bodyA1(col0));
    } else if (s.type === 'url') rules.push([col0, book.rule('url', help, true, (b) => b.requireTextIsUrl())]);
  }
  setRulesInRuns(sheet, 2, bodyRows, rules, created);
  if (dates.length) sheet.getRangeList(dates).setNumberFormat(DATE_FORMAT);
  const live = specs.filter((s) => s.type === 'live');
  if (live.length) {
    // Anything typed under the live column would block its spill (a sheet this run inserted holds nothing).
    if (!created) sheet.getRangeList(live.map((s) => bodyA1(cols[s.key]))).clearContent();
    const heads = live.map((s) => {
      const f = dipExpiryFormula({ number: cols.number, summary: cols.summary, until: cols.until }, s[lang]);
      return { col0: cols[s.key], cell: form ? withSeparator(f, form.sep) : s[lang] };
    });
    for (const h of heads) {
      // A repeat setup finds the header cell as it wrote it: not written again.
      const same = form ? formulas[h.col0] === h.cell : !formulas[h.col0] && String(header[h.col0] ?? '') === h.cell;
      if (same) continue;
      if (form) sheet.getRange(1, h.col0 + 1).setFormula(h.cell);
      else sheet.getRange(1, h.col0 + 1).setValue(h.cell);
    }
  }
  // (A sheet this run inserted has no protection to replace.)
  if (!created) {
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      if (p.getDescription().startsWith(PROTECTION_MARK)) p.remove();
    }
  }
  protectColumns(
    sheet,
    1,
    maxRows,
    live.map((s) => cols[s.key]),
    `${PROTECTION_MARK} ${t(lang, 'dip.protectLive')}`,
  );
  if (live.length) {
    const liveA1s = live.map((s) => bodyA1(cols[s.key]));
    setStatusColours(
      sheet,
      rangesOf(sheet, liveA1s),
      [
        [EXEMPTION_LABELS.ended, '#f4c7c3', '#a50e0e'],
        [EXEMPTION_LABELS.endingSoon, '#fce8b2', '#7a4f01'],
      ],
      liveA1s,
      created,
    );
  }
  sheet.setFrozenRows(1);
  (headerRow ?? sheet.getRange(1, 1, 1, next)).setFontWeight('bold').setBackground('#d2e3fc').setWrap(true);
  setWidths(
    sheet,
    specs.filter((s) => created || added.includes(s[lang])).map((s): [number, number] => [cols[s.key] + 1, s.width]),
  );
  return { sheet, created, addedColumns: created ? [] : added, numberColumn: cols.number };
}

/** Siapkan Register's part: both lists' sheets, created or repaired. */
export function ensureDipSheets(
  ss: Spreadsheet,
  lang: Lang,
  form: FormulaForm | null,
  book: RuleBook = new RuleBook(),
  sheets: SheetDirectory = new SheetDirectory(ss),
): { dip: DipSheetSetup; dik: DipSheetSetup } {
  return {
    dip: ensureListSheet(DIP_SHEET_NAMES.dip, DIP_COLUMNS, lang, form, book, sheets),
    dik: ensureListSheet(DIP_SHEET_NAMES.dik, DIK_COLUMNS, lang, form, book, sheets),
  };
}

/** A sheet's values from row 1; nothing read when it holds no entry below the header. */
function values(sheet: Sheet | null): unknown[][] {
  if (!sheet) return [[]];
  const r = sheet.getLastRow();
  const c = sheet.getLastColumn();
  return r > 1 && c ? sheet.getRange(1, 1, r, c).getValues() : [[]];
}

/**
 * Both lists, one read of each sheet; null when the unit keeps neither or both are empty (the
 * report then says nothing of a DIP rather than that it holds nothing, and recap.json has no `dip`).
 */
export function readDipLists(ss: Spreadsheet, lang: Lang): DipList | null {
  const dip = findSheet(ss, DIP_SHEET_NAMES.dip);
  const dik = findSheet(ss, DIP_SHEET_NAMES.dik);
  if (!dip && !dik) return null;
  const lists = parseDipLists(values(dip), values(dik), {
    lang,
    tzOffset: spreadsheetOffset(ss),
    order: spreadsheetDateOrder(ss),
  });
  // Sheets setup made and nobody has filled yet: the unit has not started its DIP.
  return lists.entries.length || lists.exempted.length ? lists : null;
}
