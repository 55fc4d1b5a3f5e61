// Which form of the live formulas this spreadsheet gets, decided where the add-on runs.
//
// A hidden probe sheet holds synthetic rows (core/probe.ts). Each candidate form is written there
// (one formula per live column, over the same effective holiday column the register uses),
// flushed, read back once and compared with the core (core/live.ts). Candidates, in order: the
// form recorded last time; the locale's argument separator with ARRAYFORMULA; on a parse error
// (an exception, or "#ERROR!" in a header cell) the other separator; when values still differ,
// MAP with LAMBDA in the separator that parsed. Nothing agreeing means no live formulas: the
// officer is told, and reports still use the core. The choice and its time go into the document
// properties (Periksa Data shows them). Never reads or writes the officer's register.
import { COMPUTED_COLUMNS, type ComputedKey } from '../core/register';
import { liveValues, type LiveCell } from '../core/register';
import { probeRows, type ProbeRow } from '../core/register';
import { WorkCalendar } from '../core/calendar';
import { dayToDate, parseDay } from '../core/calendar';
import type { Day } from '../core/types';
import {
  type ArgSeparator,
  type FormulaForm,
  type FormulaRefs,
  effectiveHolidayFormula,
  formName,
  liveFormula,
  parseFormName,
  sameForm,
} from './formulas';
import { SheetDirectory, sheetRef } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const PROBE_SHEET = 'PPID Uji Rumus';
export const FORM_KEY = 'ppid.formulaForm';
const NEAR_DUE = 2;

/** Languages whose spreadsheets use a decimal comma, so Sheets shows ";" between arguments. */
const COMMA_DECIMAL = new Set([
  'id',
  'de',
  'it',
  'fr',
  'es',
  'pt',
  'nl',
  'ru',
  'tr',
  'pl',
  'da',
  'sv',
  'nb',
  'no',
  'fi',
  'cs',
  'sk',
  'hu',
  'ro',
  'bg',
  'hr',
  'sl',
  'sr',
  'uk',
  'el',
  'lt',
  'lv',
  'et',
  'vi',
  'ca',
  'be',
  'kk',
  'az',
  'is',
]);

/** The argument separator a spreadsheet's locale shows: the first guess, never trusted unchecked. */
export function localeSeparator(locale: string): ArgSeparator {
  return COMMA_DECIMAL.has(
    String(locale || '')
      .split(/[_-]/)[0]
      .toLowerCase(),
  )
    ? ';'
    : ',';
}

export type Outcome = 'agrees' | 'parse-error' | 'differs';

/** What the document properties keep about the live formulas. */
export interface FormRecord {
  /** formName() of the form written, or null when no form could be trusted. */
  form: string | null;
  checkedAt: string;
  locale: string;
  tried: Array<{ form: string; outcome: Outcome; detail?: string }>;
}

export function readFormRecord(): FormRecord | null {
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(FORM_KEY);
    return raw ? (JSON.parse(raw) as FormRecord) : null;
  } catch (_) {
    return null;
  }
}

export interface ProbeContext {
  /** The holiday sheet, its effective-column header text and the settings cell for cuti bersama. */
  holidaySheet: Sheet;
  holidayHeader: string;
  cutiRef: string;
  /** The effective holiday range the register's formulas read, e.g. "'Hari Libur'!$E$2:$E". */
  holidays: string;
  today: Day;
  tzOffset: number;
  /** The run's sheet directory (Siapkan Register's), so the probe sheet is looked up without a call. */
  sheets?: SheetDirectory;
}

/** Probe columns: the inputs, then one column per live column, then the near-due threshold. */
const INPUTS = [
  'received',
  'extended',
  'answered',
  'status',
  'objectionDate',
  'objectionAnswered',
  'disputeDate',
  'disputeStage',
  'disputeDecided',
] as const;

function probeRefs(holidays: string, sheetName: string): FormulaRefs {
  const live = (k: ComputedKey) => INPUTS.length + COMPUTED_COLUMNS.findIndex((c) => c.key === k);
  return {
    received: 0,
    extended: 1,
    answered: 2,
    status: 3,
    objectionDate: 4,
    objectionAnswered: 5,
    disputeDate: 6,
    disputeStage: 7,
    disputeDecided: 8,
    due: live('due'),
    objectionDue: live('objectionDue'),
    disputeSettleDue: live('disputeSettleDue'),
    holidays,
    nearDue: `${sheetRef(sheetName)}!$${String.fromCharCode(65 + INPUTS.length + COMPUTED_COLUMNS.length)}$2`,
  };
}

function probeSheet(sheets: SheetDirectory): Sheet {
  let sheet = sheets.find([PROBE_SHEET]);
  if (!sheet) {
    sheet = sheets.insert(PROBE_SHEET);
    sheet.hideSheet();
  }
  return sheet;
}

function cellValue(row: ProbeRow, key: (typeof INPUTS)[number], tz: number): unknown {
  const v = row[key];
  if (key === 'extended') return v ? 'Ya' : 'Tidak';
  if (key === 'status' || key === 'disputeStage') return v ?? '';
  return typeof v === 'number' ? dayToDate(v, tz) : '';
}

/** A cell as Sheets returned it, in the core's terms: a date cell as a day, else as it is. */
function readCell(v: unknown, kind: LiveCell['kind'], tz: number): unknown {
  if (v === '' || v === null || v === undefined) return '';
  if (kind === 'date') {
    const d = parseDay(v, tz);
    return typeof d === 'number' ? d : `?${String(v)}`;
  }
  return v;
}

/** Whether one cell read back equals the core's value. */
export function cellAgrees(v: unknown, want: LiveCell, tz: number): boolean {
  return readCell(v, want.kind, tz) === want.value;
}

/** The probe: its sheet, with the synthetic rows written, and the rows themselves. */
export interface Probe {
  sheet: Sheet;
  /** The probe sheet's name, read once for every form tried. */
  name: string;
  rows: ProbeRow[];
}

/**
 * Writes the synthetic rows into the probe sheet (the hidden PPID Uji Rumus unless another is
 * given, e.g. by the conformance suite), clearing what an earlier run left there.
 */
export function prepareProbe(
  ss: Spreadsheet,
  ctx: ProbeContext,
  sheet: Sheet = probeSheet(ctx.sheets ?? new SheetDirectory(ss)),
): Probe {
  const rows = probeRows(ctx.today);
  const width = INPUTS.length + COMPUTED_COLUMNS.length + 1;
  sheet.clear();
  const grid: unknown[][] = [
    [...INPUTS, ...COMPUTED_COLUMNS.map((c) => c.id), 'nearDue'],
    ...rows.map((row, i) => [
      ...INPUTS.map((k) => cellValue(row, k, ctx.tzOffset)),
      ...COMPUTED_COLUMNS.map(() => ''),
      i === 0 ? NEAR_DUE : '',
    ]),
  ];
  sheet.getRange(1, 1, grid.length, width).setValues(grid);
  return { sheet, name: ctx.sheets ? ctx.sheets.nameOf(sheet) : sheet.getName(), rows };
}

/**
 * Writes one form to the probe (and the holiday column's formula in its separator), reads back
 * and compares. An exception from setFormula counts as a parse error, as "#ERROR!" does.
 */
export function tryForm(probe: Probe, ctx: ProbeContext, form: FormulaForm): { outcome: Outcome; detail?: string } {
  const { sheet, rows } = probe;
  const refs = probeRefs(ctx.holidays, probe.name);
  const width = INPUTS.length + COMPUTED_COLUMNS.length + 1;
  try {
    ctx.holidaySheet.getRange(1, 5).setFormula(effectiveHolidayFormula(ctx.holidayHeader, ctx.cutiRef, form.sep));
    // The probe's live columns sit side by side: one write for all of them.
    sheet
      .getRange(1, INPUTS.length + 1, 1, COMPUTED_COLUMNS.length)
      .setFormulas([COMPUTED_COLUMNS.map((c) => liveFormula(c.key, refs, c.id, form))]);
  } catch (err) {
    // Only Sheets' own "Formula parse error" means the form does not parse; any other failure
    // (a passing service error, say) is not a verdict on the form and stops the setup.
    const message = String((err as Error).message ?? err);
    if (!/parse/i.test(message)) throw err;
    return { outcome: 'parse-error', detail: message.split('\n')[0].slice(0, 120) };
  }
  SpreadsheetApp.flush();
  // The holidays as WORKDAY sees them: the effective column itself (one read).
  const hol = ctx.holidaySheet.getRange(1, 5, Math.max(ctx.holidaySheet.getLastRow(), 2), 1).getValues();
  const got = sheet.getRange(1, 1, rows.length + 1, width).getValues();
  const headers = got[0].slice(INPUTS.length, INPUTS.length + COMPUTED_COLUMNS.length);
  if (hol[0][0] === '#ERROR!' || headers.some((h) => h === '#ERROR!'))
    return { outcome: 'parse-error', detail: '#ERROR!' };
  const days: Day[] = [];
  for (const [v] of hol.slice(1)) {
    const d = parseDay(v, ctx.tzOffset);
    if (typeof d === 'number') days.push(d);
  }
  const cal = new WorkCalendar(days);
  for (let r = 0; r < rows.length; r++) {
    const want = liveValues(rows[r], ctx.today, cal, NEAR_DUE);
    for (let i = 0; i < COMPUTED_COLUMNS.length; i++) {
      const key = COMPUTED_COLUMNS[i].key;
      const v = got[r + 1][INPUTS.length + i];
      if (!cellAgrees(v, want[key], ctx.tzOffset)) {
        return {
          outcome: 'differs',
          detail: `${key} row ${r + 2} (${rows[r].why}): ${String(v)} ≠ ${String(want[key].value)}`,
        };
      }
    }
  }
  return { outcome: 'agrees' };
}

export interface FormChoice {
  form: FormulaForm | null;
  record: FormRecord;
}

/**
 * Decides the form for this spreadsheet with the probe and records it. Leaves the holiday
 * column's formula in the chosen form's separator (or the last one tried when none agreed).
 */
export function chooseFormulaForm(ss: Spreadsheet, ctx: ProbeContext): FormChoice {
  const probe = prepareProbe(ss, ctx);
  const locale = ss.getSpreadsheetLocale();
  const tried: FormRecord['tried'] = [];
  let last: FormulaForm | null = null;
  const run = (form: FormulaForm): Outcome => {
    const seen = tried.find((t) => t.form === formName(form));
    if (seen) return seen.outcome;
    const { outcome, detail } = tryForm(probe, ctx, form);
    last = form;
    tried.push(detail ? { form: formName(form), outcome, detail } : { form: formName(form), outcome });
    return outcome;
  };
  const decide = (): FormulaForm | null => {
    const previous = parseFormName(readFormRecord()?.form);
    if (previous && run(previous) === 'agrees') return previous;
    const first = localeSeparator(locale);
    let sep: ArgSeparator = first;
    let outcome = run({ sep, iteration: 'array' });
    if (outcome === 'parse-error') {
      sep = first === ',' ? ';' : ',';
      outcome = run({ sep, iteration: 'array' });
    }
    if (outcome === 'agrees') return { sep, iteration: 'array' };
    if (outcome === 'parse-error') return null;
    return run({ sep, iteration: 'map' }) === 'agrees' ? { sep, iteration: 'map' } : null;
  };
  const form = decide();
  if (form && !sameForm(form, last)) {
    ctx.holidaySheet.getRange(1, 5).setFormula(effectiveHolidayFormula(ctx.holidayHeader, ctx.cutiRef, form.sep));
  }
  const record: FormRecord = { form: form ? formName(form) : null, checkedAt: new Date().toISOString(), locale, tried };
  PropertiesService.getDocumentProperties().setProperty(FORM_KEY, JSON.stringify(record));
  return { form, record };
}
