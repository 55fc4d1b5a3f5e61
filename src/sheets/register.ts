// The register sheet: set up or repaired in place (officer-typed values never move or change),
// with strict dropdowns, date and fee validation, live SLA formulas, formats and protection.
// Every call here is per column or per sheet, never per row: the cost is the same at any size.
import {
  REGISTER_COLUMNS,
  COMPUTED_COLUMNS,
  LISTS,
  findColumns,
  findComputedColumns,
  type ColumnSpec,
  type ComputedKey,
  columnLetter,
} from '../core/register';
import type { FieldKey } from '../core/register';
import type { StoredMapping } from '../core/register';
import { t } from '../core/i18n';
import { PASAL_17 } from '../core/law';
import type { Lang } from '../core/types';
import { liveFormula, type FormulaForm, type FormulaRefs } from './formulas';
import { findSheet, SheetDirectory, setStatusColours, SHEET_NAMES } from './workbook';
import { RuleBook, protectColumns, rangesOf, setRulesInRuns, setWidths } from './setup-batch';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RegisterRefs {
  holidays: string;
  nearDue: string;
  channels: string;
  topics: string;
}

export interface RegisterSetup {
  sheet: Sheet;
  created: boolean;
  addedColumns: string[];
  /** Where every field and live column is after setup (added columns included). */
  columns: Partial<Record<FieldKey, number>>;
  computed: Partial<Record<ComputedKey, number>>;
  headerRow: number;
  /** The sheet's rows (getMaxRows) as setup found them; setup adds none. */
  maxRows: number;
}

/**
 * A register kept under other headers, to be set up where it is: its sheet, the row of its
 * column titles, the first data row, and the columns the confirmed mapping gives each field.
 */
export interface RegisterPlace {
  sheet: Sheet;
  headerRow: number;
  /** First data row (below a row of column numbers when the sheet has one). */
  dataRow: number;
  columns: Partial<Record<FieldKey, number>>;
  computed: Partial<Record<ComputedKey, number>>;
  /** Columns the header block uses (the new ones go to the right of them). */
  width: number;
}

const PROTECTION_MARK = 'PPID Sheets:';
const DATE_FORMAT = 'dd/mm/yyyy';

/** The register's header row and body, as Sheets returns them. */
export interface RegisterRead {
  sheet: Sheet;
  /** The sheet from row 1; computed (formula) columns hold '' below their header. */
  values: unknown[][];
  /** 0-based indexes of columns whose header cell holds a formula (the add-on's live columns). */
  formulaColumns: Set<number>;
  /** Sheet row of the header: the stored mapping's, else 1. */
  headerRow: number;
  /** The confirmed mapping of an adopted register, or null for the add-on's own "Register" sheet. */
  stored: StoredMapping | null;
}

export class NoRegisterError extends Error {
  /** The adopted sheet's name when the stored mapping points at a sheet that is gone. */
  constructor(readonly storedName: string | null = null) {
    super('no register sheet');
    this.name = 'NoRegisterError';
  }
}

/** A sheet by its ID (getSheetId), which survives renaming and moving; null when it is gone. */
export function sheetById(ss: Spreadsheet, id: number): Sheet | null {
  return ss.getSheets().find((s) => s.getSheetId() === id) ?? null;
}

/** The first string literal of a header formula: its header text ("…" in ROW(…)=1, "…"). */
function formulaHeader(formula: string): string {
  const m = formula.match(/"((?:[^"]|"")*)"/);
  return m ? m[1].replace(/""/g, '"') : '';
}

/** The header row's formulas (one call) and the columns that hold one: the add-on's live columns. */
function headerFormulas(
  sheet: Sheet,
  lastCol: number,
  headerRow = 1,
): { formulas: string[]; formulaColumns: Set<number> } {
  const formulas = sheet.getRange(headerRow, 1, 1, lastCol).getFormulas()[0];
  const formulaColumns = new Set<number>();
  formulas.forEach((f, i) => f && formulaColumns.add(i));
  return { formulas, formulaColumns };
}

/**
 * Reads the header without evaluating the live columns: their header cells hold formulas whose
 * text already names them. Two calls whatever the register's size.
 */
export function readHeader(
  sheet: Sheet,
  headerRow = 1,
): { header: unknown[]; formulaColumns: Set<number>; formulas: string[] } {
  const lastCol = sheet.getLastColumn();
  if (lastCol === 0) return { header: [], formulaColumns: new Set(), formulas: [] };
  const { formulas, formulaColumns } = headerFormulas(sheet, lastCol, headerRow);
  const header: unknown[] = formulas.map((f) => formulaHeader(f));
  for (const [start, len] of columnRuns(lastCol, formulaColumns)) {
    const part = sheet.getRange(headerRow, start + 1, 1, len).getValues()[0];
    part.forEach((v, i) => (header[start + i] = v));
  }
  return { header, formulaColumns, formulas };
}

/** Maximal runs [start, length] of columns 0..width-1 that are not in `skip`. */
export function columnRuns(width: number, skip: Set<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i <= width; i++) {
    const take = i < width && !skip.has(i);
    if (take && start < 0) start = i;
    if (!take && start >= 0) {
      out.push([start, i - start]);
      start = -1;
    }
  }
  return out;
}

/**
 * The whole register in one read per run of typed columns (normally one). The live columns are
 * left out: the core recomputes them, and reading them would make Sheets evaluate every row.
 */
export function readRegister(ss: Spreadsheet, stored: StoredMapping | null = null): RegisterRead {
  const sheet = stored ? sheetById(ss, stored.sheetId) : findSheet(ss, SHEET_NAMES.register);
  if (!sheet) throw new NoRegisterError(stored ? stored.sheetName || String(stored.sheetId) : null);
  const headerRow = stored?.headerRow ?? 1;
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  if (lastRow === 0 || lastCol === 0) return { sheet, values: [[]], formulaColumns: new Set(), headerRow, stored };
  const { formulas, formulaColumns } =
    lastRow >= headerRow
      ? headerFormulas(sheet, lastCol, headerRow)
      : { formulas: [] as string[], formulaColumns: new Set<number>() };
  const parts = columnRuns(lastCol, formulaColumns);
  if (parts.length === 1 && parts[0][0] === 0 && parts[0][1] === lastCol) {
    return { sheet, values: sheet.getRange(1, 1, lastRow, lastCol).getValues(), formulaColumns, headerRow, stored };
  }
  const values: unknown[][] = Array.from({ length: lastRow }, () => new Array(lastCol).fill(''));
  formulas.forEach((f, i) => f && (values[headerRow - 1][i] = formulaHeader(f)));
  for (const [start, len] of parts) {
    const block = sheet.getRange(1, start + 1, lastRow, len).getValues();
    for (let r = 0; r < lastRow; r++) {
      const src = block[r];
      const dst = values[r];
      for (let c = 0; c < len; c++) dst[start + c] = src[c];
    }
  }
  return { sheet, values, formulaColumns, headerRow, stored };
}

function listValues(spec: ColumnSpec): string[] {
  const l = spec.list as keyof typeof LISTS | undefined;
  return l ? (LISTS[l] as string[]) : [];
}

/**
 * Creates or repairs the register. Without a place, the add-on's own "Register" sheet (header on
 * row 1, found by its canonical headers). With a place (an adopted register), that sheet where it
 * is: missing columns and the live columns go to the right of everything, its own columns keep
 * their look and get dropdowns that warn instead of refusing, so values kept for years are
 * flagged, never rejected or rewritten. `form` is the formula form the probe trusted
 * (formula-form.ts); null writes the live columns' headers as plain text, with no formula.
 */
export function ensureRegisterSheet(
  ss: Spreadsheet,
  lang: Lang,
  refs: RegisterRefs,
  form: FormulaForm | null,
  place?: RegisterPlace,
  book: RuleBook = new RuleBook(),
  sheets: SheetDirectory = new SheetDirectory(ss),
): RegisterSetup {
  let sheet = place?.sheet ?? sheets.find(SHEET_NAMES.register);
  const created = !sheet;
  if (!sheet) {
    sheet = sheets.insert(SHEET_NAMES.register[0], 0);
  }
  const adopted = !!place;
  const headerRow = place?.headerRow ?? 1;
  const dataRow = place?.dataRow ?? 2;
  let columns: Partial<Record<FieldKey, number>>;
  let computed: Partial<Record<ComputedKey, number>>;
  let width: number;
  // The header cells as they are (the add-on's own register only): a live column's header
  // already holding what setup would write is not written again.
  let present: { header: unknown[]; formulas: string[] } | null = null;
  if (place) {
    columns = { ...place.columns };
    computed = { ...place.computed };
    width = Math.max(place.width, sheet.getLastColumn());
  } else {
    // A sheet this run inserted has no header yet: nothing to read.
    const { header, formulas } = created ? { header: [], formulas: [] } : readHeader(sheet);
    present = { header, formulas };
    columns = findColumns(header).columns as Partial<Record<FieldKey, number>>;
    computed = findComputedColumns(header);
    width = header.length;
  }
  // The sheet's own columns: typed by officers, possibly for years. Only these get lenient rules.
  const own = new Set<number>(adopted ? (Object.values(columns) as number[]) : []);

  // Missing columns go to the right of everything that exists, so no officer value moves.
  const missing = REGISTER_COLUMNS.filter((c) => columns[c.key] === undefined);
  const missingComputed = COMPUTED_COLUMNS.filter((c) => computed[c.key] === undefined);
  let next = width;
  const newHeaders: string[] = [];
  for (const c of missing) {
    columns[c.key] = next++;
    newHeaders.push(c[lang]);
  }
  for (const c of missingComputed) {
    computed[c.key] = next++;
    newHeaders.push(c[lang]);
  }
  if (newHeaders.length) {
    const maxCols = sheet.getMaxColumns();
    if (next > maxCols) sheet.insertColumnsAfter(maxCols, next - maxCols);
    sheet.getRange(headerRow, width + 1, 1, newHeaders.length).setValues([newHeaders]);
  }
  const cols = columns as Record<FieldKey, number>;

  const maxRows = sheet.getMaxRows();

  // Computed columns: clear anything typed under them (it would block the spill), then formulas.
  const formulaRefs: FormulaRefs = {
    received: cols.received,
    extended: columns.extended ?? null,
    answered: columns.answered ?? null,
    status: columns.status ?? null,
    objectionDate: columns.objectionDate ?? null,
    objectionAnswered: columns.objectionAnswered ?? null,
    disputeDate: columns.disputeDate ?? null,
    disputeStage: columns.disputeStage ?? null,
    disputeDecided: columns.disputeDecided ?? null,
    due: computed.due!,
    objectionDue: computed.objectionDue!,
    disputeSettleDue: computed.disputeSettleDue!,
    holidays: refs.holidays,
    nearDue: refs.nearDue,
    headerRow,
  };
  // A column's body as A1, for the RangeList calls below (one call for many columns).
  const bodyA1 = (col0: number) => `${columnLetter(col0)}${dataRow}:${columnLetter(col0)}${Math.max(maxRows, dataRow)}`;
  // (A sheet this run inserted holds nothing to clear.)
  if (!created) sheet.getRangeList(COMPUTED_COLUMNS.map((c) => bodyA1(computed[c.key]!))).clearContent();
  // Each computed column's header cell: its formula, or its plain header when no form works. Side
  // by side (a new register, or one set up by us) they are written as one row in one call.
  const heads = COMPUTED_COLUMNS.map((c) => ({
    col0: computed[c.key]!,
    cell: form ? liveFormula(c.key, formulaRefs, c[lang], form) : c[lang],
  })).sort((a, b) => a.col0 - b.col0);
  const sideBySide = heads.every((h, i) => h.col0 === heads[0].col0 + i);
  // A repeat setup finds its own header cells as it wrote them (the formula text read back, or the
  // plain header in a cell without a formula): those are not written again.
  const same = (h: { col0: number; cell: string }) =>
    present !== null &&
    (form
      ? present.formulas[h.col0] === h.cell
      : !present.formulas[h.col0] && String(present.header[h.col0] ?? '') === h.cell);
  const changed = heads.filter((h) => !same(h));
  if (sideBySide && changed.length) {
    const row = sheet.getRange(headerRow, heads[0].col0 + 1, 1, heads.length);
    if (form) row.setFormulas([heads.map((h) => h.cell)]);
    else row.setValues([heads.map((h) => h.cell)]);
  } else if (!sideBySide) {
    for (const h of changed) {
      if (form) sheet.getRange(headerRow, h.col0 + 1).setFormula(h.cell);
      else sheet.getRange(headerRow, h.col0 + 1).setValue(h.cell);
    }
  }

  // Validation: strict dropdowns on list columns, dates on date columns, fee ≥ 0. An adopted
  // sheet's own columns warn instead (their values stay as typed); formats are left to them.
  // Number formats by format, each given to all its columns in one RangeList call at the end;
  // one date rule per leniency and one rule per list, each built once (setup-batch.ts RuleBook) and
  // set on every column that takes it, per run of adjacent columns (the reference's DataValidation
  // is a built rule, not tied to a range).
  const formats = new Map<string, string[]>();
  const format = (col0: number, f: string) => formats.set(f, [...(formats.get(f) ?? []), bodyA1(col0)]);
  const rules: Array<[number, GoogleAppsScript.Spreadsheet.DataValidation]> = [];
  for (const spec of REGISTER_COLUMNS) {
    const col0 = cols[spec.key];
    const lenient = own.has(col0);
    let rule: GoogleAppsScript.Spreadsheet.DataValidation | null = null;
    if (spec.type === 'list') {
      const help = t(lang, 'setup.validationHelp.list');
      if (spec.list === 'channels')
        rule = book.rule('range:channels', help, lenient, (b) =>
          b.requireValueInRange(ss.getRange(refs.channels), true),
        );
      else if (spec.list === 'topics')
        rule = book.rule('range:topics', help, lenient, (b) => b.requireValueInRange(ss.getRange(refs.topics), true));
      else if (spec.list === 'refusalReasons') {
        const letters = PASAL_17.map((p) => `${p.letter} (${lang === 'en' ? p.en : p.id})`).join(', ');
        const refusalHelp = t(lang, 'setup.validationHelp.refusal', { letters });
        rule = book.rule('list:refusalReasons', refusalHelp, lenient, (b) =>
          b.requireValueInList(listValues(spec), true),
        );
      } else {
        // Columns on one list (the yes/no columns) share its rule.
        rule = book.rule(`list:${spec.list}`, help, lenient, (b) => b.requireValueInList(listValues(spec), true));
      }
    } else if (spec.type === 'date') {
      rule = book.rule('date', t(lang, 'setup.validationHelp.date'), lenient, (b) => b.requireDate());
      if (!lenient) format(col0, DATE_FORMAT);
    } else if (spec.type === 'number') {
      rule = book.rule('fee', t(lang, 'setup.validationHelp.fee'), lenient, (b) =>
        b.requireNumberGreaterThanOrEqualTo(0),
      );
      if (!lenient) format(col0, '#,##0');
    }
    if (rule) rules.push([col0, rule]);
  }
  setRulesInRuns(sheet, dataRow, Math.max(maxRows - dataRow + 1, 1), rules, created);
  format(computed.due!, DATE_FORMAT);
  format(computed.objectionDue!, DATE_FORMAT);
  format(computed.disputeWindow!, DATE_FORMAT);
  format(computed.disputeSettleDue!, DATE_FORMAT);
  format(computed.workingDays!, '0');
  for (const [f, a1s] of formats) sheet.getRangeList(a1s).setNumberFormat(f);

  // Look: frozen bold header, widths for the new columns, banding once. An adopted sheet keeps
  // its own look: only the header cells the add-on added are styled.
  if (adopted) {
    if (newHeaders.length)
      sheet
        .getRange(headerRow, width + 1, 1, newHeaders.length)
        .setFontWeight('bold')
        .setBackground('#d2e3fc')
        .setWrap(true);
  } else {
    sheet.setFrozenRows(1);
    sheet.getRange(1, 1, 1, next).setFontWeight('bold').setBackground('#d2e3fc').setWrap(true);
  }
  setWidths(sheet, [
    ...missing.map((c): [number, number] => [cols[c.key] + 1, c.width]),
    ...missingComputed.map((c): [number, number] => [computed[c.key]! + 1, c.width]),
  ]);
  if (!adopted && (created || sheet.getBandings().length === 0)) {
    sheet.getRange(1, 1, maxRows, next).applyRowBanding(SpreadsheetApp.BandingTheme.LIGHT_GREY, true, false);
  }

  // SLA colours: red for late and overdue, amber near due, green on time (our rules replaced).
  // The objection status and dispute clock columns speak the same words and get the same colours.
  const statusA1s = [bodyA1(computed.slaStatus!), bodyA1(computed.objectionStatus!), bodyA1(computed.disputeClock!)];
  setStatusColours(
    sheet,
    rangesOf(sheet, statusA1s),
    [
      ['Terlambat', '#f4c7c3', '#a50e0e'],
      ['Lewat Batas', '#f4c7c3', '#a50e0e'],
      ['Lewat Batas Mulai', '#f4c7c3', '#a50e0e'],
      ['Mendekati Batas', '#fce8b2', '#7a4f01'],
      ['Tepat Waktu', '#b7e1cd', '#0d652d'],
    ],
    statusA1s,
    created,
  );

  // Computed columns: warning-only protection so officers are told, not blocked. One protection
  // per run of adjacent computed columns (normally one over all of them), from the header down.
  // (A sheet this run inserted has no protection to replace.)
  if (!created) {
    for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
      if (p.getDescription().startsWith(PROTECTION_MARK)) p.remove();
    }
  }
  protectColumns(
    sheet,
    headerRow,
    maxRows - headerRow + 1,
    COMPUTED_COLUMNS.map((c) => computed[c.key]!),
    `${PROTECTION_MARK} ${t(lang, 'setup.protectComputed')}`,
  );
  return { sheet, created, addedColumns: created ? [] : newHeaders, columns, computed, headerRow, maxRows };
}
