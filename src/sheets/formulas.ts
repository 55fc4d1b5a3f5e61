// The register's live columns as sheet formulas. Pure string building (no Apps Script calls), so
// tests can evaluate the very same text in the emulator and compare it with the core's numbers.
//
// Every live formula is built from a small "form" value: which argument separator Sheets will
// parse (",", or ";" in comma-decimal locales such as id_ID) and how the column iterates over its
// rows (one ARRAYFORMULA, or MAP with LAMBDA). Which form a spreadsheet gets is not assumed: the
// add-on decides it where it runs with a probe (formula-form.ts), because Google documents
// neither whether Range.setFormula parses in the spreadsheet's locale (public reports say it did
// for de_DE and it_IT: ISA-tools/OntoMaton #15, #36) nor whether WORKDAY and NETWORKDAYS iterate
// inside ARRAYFORMULA. Either way there is one formula per column, in the header cell.
//
// To add a live column: a builder in LIVE_FORMULAS (canonical syntax, `iteration` decides the
// shape; `arrayColumn`/`mapColumn` do the wrapping) and its value in core/live.ts. The probe and
// the register's sample check then cover it with no further change.

import {
  COURT_STAGE,
  DEFAULT_NEAR_DUE_DAYS,
  DISPUTE_SETTLE_WORKING_DAYS,
  DISPUTE_START_WORKING_DAYS,
  DISPUTE_WINDOW_WORKING_DAYS,
  OBJECTION_WORKING_DAYS,
} from '../core/calendar';
import type { ComputedKey } from '../core/register';
import { columnLetter } from '../core/register';

/** ARRAYFORMULA over whole columns, or MAP(…, LAMBDA(…)) which calls its body once per row. */
export type Iteration = 'array' | 'map';
export type ArgSeparator = ',' | ';';

export interface FormulaForm {
  sep: ArgSeparator;
  iteration: Iteration;
}

/** Apps Script's canonical syntax (en_US) with one ARRAYFORMULA per column. */
export const CANONICAL_FORM: FormulaForm = Object.freeze({ sep: ',', iteration: 'array' }) as FormulaForm;

export function sameForm(a: FormulaForm | null | undefined, b: FormulaForm | null | undefined): boolean {
  return !!a && !!b && a.sep === b.sep && a.iteration === b.iteration;
}

/** A short stable name for logs, document properties and tests, e.g. "array;" or "map,". */
export function formName(f: FormulaForm): string {
  return `${f.iteration}${f.sep}`;
}

export function parseFormName(s: unknown): FormulaForm | null {
  const m = /^(array|map)([,;])$/.exec(String(s ?? ''));
  return m ? { iteration: m[1] as Iteration, sep: m[2] as ArgSeparator } : null;
}

export interface FormulaRefs {
  received: number; // 0-based column indexes in the register
  extended: number | null;
  answered: number | null;
  status: number | null;
  objectionDate: number | null;
  objectionAnswered: number | null;
  due: number; // where the due-date column itself sits (the SLA formula reads it)
  /** Where the objection due column sits (the objection status formula reads it). */
  objectionDue: number;
  /** Tanggal Pengajuan Sengketa, Tahap Sengketa, Tanggal Putusan Sengketa (null when absent). */
  disputeDate: number | null;
  disputeStage: number | null;
  disputeDecided: number | null;
  /** Where the dispute settlement deadline column sits (the dispute clock formula reads it). */
  disputeSettleDue: number;
  /** A1 range of the effective holiday dates, e.g. "'Hari Libur'!$E$2:$E". */
  holidays: string;
  /** A1 cell holding the near-due threshold, e.g. "Pengaturan!$B$14". */
  nearDue: string;
  /** Sheet row of the header (1-based, default 1): the formula sits there, data starts below. */
  headerRow?: number;
}

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** One column of the register as an open-ended range, from the header row (array) or below it. */
function colRange(r: FormulaRefs, i: number, fromHeader: boolean): string {
  const h = r.headerRow ?? 1;
  const L = columnLetter(i);
  return `${L}${fromHeader ? h : h + 1}:${L}`;
}

/** An input of a live formula: a register column, and the name its LAMBDA gives one cell of it. */
interface Input {
  col: number;
  name: string;
}

/**
 * Builds one live column. `body(x)` is the per-row expression in canonical syntax, where `x(name)`
 * stands for one input: a whole column inside ARRAYFORMULA, one cell's value inside LAMBDA.
 */
function liveColumn(
  r: FormulaRefs,
  header: string,
  iteration: Iteration,
  inputs: Input[],
  body: (x: (name: string) => string) => string,
): string {
  const h = r.headerRow ?? 1;
  if (iteration === 'array') {
    const byName = new Map(inputs.map((i) => [i.name, colRange(r, i.col, true)]));
    const first = colRange(r, inputs[0].col, true);
    return `=ARRAYFORMULA(IF(ROW(${first})=${h}, ${quote(header)}, ${body((n) => byName.get(n)!)}))`;
  }
  // MAP/LAMBDA (Sheets, 2022): the header stacked above one value per data row. Names are words
  // that cannot be read as cell references.
  const ranges = inputs.map((i) => colRange(r, i.col, false)).join(', ');
  const names = inputs.map((i) => i.name).join(', ');
  return `={${quote(header)}; MAP(${ranges}, LAMBDA(${names}, ${body((n) => n)}))}`;
}

export function dueFormula(r: FormulaRefs, header: string, iteration: Iteration = 'array'): string {
  const inputs: Input[] = [{ col: r.received, name: 'recv' }];
  if (r.extended !== null) inputs.push({ col: r.extended, name: 'ext' });
  return liveColumn(r, header, iteration, inputs, (x) => {
    const days = r.extended === null ? '10' : `IF(${x('ext')}="Ya", 17, 10)`;
    return `IF(ISNUMBER(${x('recv')}), WORKDAY(${x('recv')}, ${days}, ${r.holidays}), "")`;
  });
}

/**
 * Working days from receipt to the answer, as recap.json counts service time: blank for a
 * cancelled request, an answer dated after today (not known yet) or before receipt.
 */
export function workingDaysFormula(r: FormulaRefs, header: string, iteration: Iteration = 'array'): string {
  if (r.answered === null)
    return liveColumn(
      r,
      header,
      iteration,
      [{ col: r.received, name: 'recv' }],
      (x) => `IF(ISNUMBER(${x('recv')}), "", "")`,
    );
  const inputs: Input[] = [
    { col: r.received, name: 'recv' },
    { col: r.answered, name: 'ans' },
  ];
  if (r.status !== null) inputs.push({ col: r.status, name: 'stat' });
  return liveColumn(r, header, iteration, inputs, (x) => {
    const R = x('recv');
    const A = x('ans');
    const counted = `IF(ISNUMBER(${R})*ISNUMBER(${A})*(${A}<=TODAY()), IF(${A}<${R}, "", IF(${A}=${R}, 0, NETWORKDAYS(${R}+1, ${A}, ${r.holidays}))), "")`;
    return r.status === null ? counted : `IF(${x('stat')}="Dibatalkan", "", ${counted})`;
  });
}

/**
 * The threshold cell as a number: typed text ("3") counts as 3, and a blank or unreadable cell as
 * the default 2, exactly as the core reads the setting (a text cell compared with a number would
 * otherwise be "greater" and flag every open request).
 */
export function nearDueNumber(cell: string): string {
  return `IF(ISBLANK(${cell}), ${DEFAULT_NEAR_DUE_DAYS}, IFERROR(VALUE(${cell}), ${DEFAULT_NEAR_DUE_DAYS}))`;
}

/** An open item's status against due date D as of TODAY(): overdue, near due or in process. */
function openStatus(D: string, r: FormulaRefs): string {
  return `IF(TODAY()>${D}, "Lewat Batas", IF(IF(${D}=TODAY(), 0, NETWORKDAYS(TODAY()+1, ${D}, ${r.holidays}))<=${nearDueNumber(r.nearDue)}, "Mendekati Batas", "Dalam Proses"))`;
}

export function slaFormula(r: FormulaRefs, header: string, iteration: Iteration = 'array'): string {
  const inputs: Input[] = [
    { col: r.received, name: 'recv' },
    { col: r.due, name: 'due' },
  ];
  if (r.status !== null) inputs.push({ col: r.status, name: 'stat' });
  if (r.answered !== null) inputs.push({ col: r.answered, name: 'ans' });
  return liveColumn(r, header, iteration, inputs, (x) => {
    const R = x('recv');
    const D = x('due');
    const cancelled = r.status === null ? 'FALSE()' : `${x('stat')}="Dibatalkan"`;
    const open = openStatus(D, r);
    const A = r.answered === null ? null : x('ans');
    const decided =
      A === null
        ? open
        : `IF(ISNUMBER(${A})*(${A}<=TODAY()), IF(${A}<${R}, "", IF(${A}<=${D}, "Tepat Waktu", "Terlambat")), ${open})`;
    return `IF(NOT(ISNUMBER(${D})), "", IF(${cancelled}, "", ${decided}))`;
  });
}

export function objectionDueFormula(r: FormulaRefs, header: string, iteration: Iteration = 'array'): string {
  if (r.objectionDate === null)
    return liveColumn(
      r,
      header,
      iteration,
      [{ col: r.received, name: 'recv' }],
      (x) => `IF(ISNUMBER(${x('recv')}), "", "")`,
    );
  return liveColumn(
    r,
    header,
    iteration,
    [{ col: r.objectionDate, name: 'obj' }],
    (x) => `IF(ISNUMBER(${x('obj')}), WORKDAY(${x('obj')}, ${OBJECTION_WORKING_DAYS}, ${r.holidays}), "")`,
  );
}

/**
 * The objection's answer status (core: objectionStatus), in the request SLA's words, against the
 * objection due column (UU 14/2008 Pasal 36 ayat (2): 30 working days).
 */
export function objectionStatusFormula(r: FormulaRefs, header: string, iteration: Iteration = 'array'): string {
  if (r.objectionDate === null)
    return liveColumn(
      r,
      header,
      iteration,
      [{ col: r.received, name: 'recv' }],
      (x) => `IF(ISNUMBER(${x('recv')}), "", "")`,
    );
  const inputs: Input[] = [
    { col: r.objectionDate, name: 'obj' },
    { col: r.objectionDue, name: 'objdue' },
  ];
  if (r.objectionAnswered !== null) inputs.push({ col: r.objectionAnswered, name: 'objans' });
  return liveColumn(r, header, iteration, inputs, (x) => {
    const O = x('obj');
    const D = x('objdue');
    const open = openStatus(D, r);
    const A = r.objectionAnswered === null ? null : x('objans');
    const decided =
      A === null
        ? open
        : `IF(ISNUMBER(${A})*(${A}<=TODAY()), IF(${A}<${O}, "", IF(${A}<=${D}, "Tepat Waktu", "Terlambat")), ${open})`;
    return `IF(NOT(ISNUMBER(${O})), "", IF(NOT(ISNUMBER(${D})), "", ${decided}))`;
  });
}

/**
 * The last day to take the dispute to the Komisi Informasi (core: disputeWindow): 14 working days
 * after the superior's answer (UU 14/2008 Pasal 37 ayat (2)), or after the 30-day answer period
 * when no answer is known yet (30 + 14 = 44 working days after the objection).
 */
export function disputeWindowFormula(r: FormulaRefs, header: string, iteration: Iteration = 'array'): string {
  if (r.objectionDate === null)
    return liveColumn(
      r,
      header,
      iteration,
      [{ col: r.received, name: 'recv' }],
      (x) => `IF(ISNUMBER(${x('recv')}), "", "")`,
    );
  const inputs: Input[] = [{ col: r.objectionDate, name: 'obj' }];
  if (r.objectionAnswered !== null) inputs.push({ col: r.objectionAnswered, name: 'objans' });
  return liveColumn(r, header, iteration, inputs, (x) => {
    const O = x('obj');
    const noAnswer = `WORKDAY(${O}, ${OBJECTION_WORKING_DAYS + DISPUTE_WINDOW_WORKING_DAYS}, ${r.holidays})`;
    const A = r.objectionAnswered === null ? null : x('objans');
    const body =
      A === null
        ? noAnswer
        : `IF(ISNUMBER(${A})*(${A}<=TODAY()), IF(${A}<${O}, "", WORKDAY(${A}, ${DISPUTE_WINDOW_WORKING_DAYS}, ${r.holidays})), ${noAnswer})`;
    return `IF(ISNUMBER(${O}), ${body}, "")`;
  });
}

/** A column that stays blank: the register lacks the input it would read. */
function blankColumn(r: FormulaRefs, header: string, iteration: Iteration): string {
  return liveColumn(
    r,
    header,
    iteration,
    [{ col: r.received, name: 'recv' }],
    (x) => `IF(ISNUMBER(${x('recv')}), "", "")`,
  );
}

/**
 * The last working day for the Komisi Informasi to settle the dispute (core: disputeSettleDue):
 * 100 working days after the petition's filing date (UU 14/2008 Pasal 38 ayat (2)).
 */
export function disputeSettleDueFormula(r: FormulaRefs, header: string, iteration: Iteration = 'array'): string {
  if (r.disputeDate === null) return blankColumn(r, header, iteration);
  return liveColumn(
    r,
    header,
    iteration,
    [{ col: r.disputeDate, name: 'sfiled' }],
    (x) => `IF(ISNUMBER(${x('sfiled')}), WORKDAY(${x('sfiled')}, ${DISPUTE_SETTLE_WORKING_DAYS}, ${r.holidays}), "")`,
  );
}

/**
 * Where the dispute stands on the Komisi Informasi's clock (core: disputeClock): settled on time
 * or late, past the 100 working days, past the 14 to start with no stage recorded (Lewat Batas
 * Mulai), near the limit or in process; blank in court (Tahap Sengketa = Pengadilan).
 */
export function disputeClockFormula(r: FormulaRefs, header: string, iteration: Iteration = 'array'): string {
  if (r.disputeDate === null) return blankColumn(r, header, iteration);
  const inputs: Input[] = [
    { col: r.disputeDate, name: 'sfiled' },
    { col: r.disputeSettleDue, name: 'sdue' },
  ];
  if (r.disputeStage !== null) inputs.push({ col: r.disputeStage, name: 'sstage' });
  if (r.disputeDecided !== null) inputs.push({ col: r.disputeDecided, name: 'sdecided' });
  return liveColumn(r, header, iteration, inputs, (x) => {
    const F = x('sfiled');
    const D = x('sdue');
    const S = r.disputeStage === null ? null : x('sstage');
    const notStarted = `(TODAY()>WORKDAY(${F}, ${DISPUTE_START_WORKING_DAYS}, ${r.holidays}))`;
    const late = S === null ? notStarted : `(${S}="")*${notStarted}`;
    const near = `IF(IF(${D}=TODAY(), 0, NETWORKDAYS(TODAY()+1, ${D}, ${r.holidays}))<=${nearDueNumber(r.nearDue)}, "Mendekati Batas", "Dalam Proses")`;
    const open = `IF(TODAY()>${D}, "Lewat Batas", IF(${late}, "Lewat Batas Mulai", ${near}))`;
    const C = r.disputeDecided === null ? null : x('sdecided');
    const decided =
      C === null
        ? open
        : `IF(ISNUMBER(${C})*(${C}<=TODAY()), IF(${C}<${F}, "", IF(${C}<=${D}, "Tepat Waktu", "Terlambat")), ${open})`;
    const clock = S === null ? decided : `IF(${S}=${quote(COURT_STAGE)}, "", ${decided})`;
    return `IF(NOT(ISNUMBER(${F})), "", IF(NOT(ISNUMBER(${D})), "", ${clock}))`;
  });
}

/** Every live column's builder (canonical syntax), by the computed column's key. */
export const LIVE_FORMULAS: Record<ComputedKey, (r: FormulaRefs, header: string, iteration: Iteration) => string> = {
  due: dueFormula,
  workingDays: workingDaysFormula,
  slaStatus: slaFormula,
  objectionDue: objectionDueFormula,
  objectionStatus: objectionStatusFormula,
  disputeWindow: disputeWindowFormula,
  disputeSettleDue: disputeSettleDueFormula,
  disputeClock: disputeClockFormula,
};

/** A live column's formula in a given form: the builder's text with the form's separators. */
export function liveFormula(key: ComputedKey, r: FormulaRefs, header: string, form: FormulaForm): string {
  return withSeparator(LIVE_FORMULAS[key](r, header, form.iteration), form.sep);
}

/**
 * Effective holidays: cuti bersama rows become 0 (1899-12-30, a harmless date) when the unit works
 * on them, and blank rows 0 too, because WORKDAY may reject text in its holiday range. No WORKDAY
 * inside, so ARRAYFORMULA is safe in every form; only the separator follows the form.
 */
export function effectiveHolidayFormula(header: string, cutiSetting: string, sep: ArgSeparator = ','): string {
  return withSeparator(
    `=ARRAYFORMULA(IF(ROW(A1:A)=1, ${quote(header)}, IF(ISNUMBER(A1:A), IF((C1:C="Cuti Bersama")*(${cutiSetting}="Ya"), 0, A1:A), 0)))`,
    sep,
  );
}

/**
 * Rewrites a canonical formula for a spreadsheet whose formulas take ";" between arguments: ","
 * between arguments becomes ";", "," between array columns becomes "\", a decimal point becomes
 * ",". Text in double quotes and quoted sheet names are left alone; ";" between array rows stays.
 */
export function withSeparator(formula: string, sep: ArgSeparator): string {
  if (sep === ',') return formula;
  const stack: string[] = [];
  let out = '';
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === ch && formula[j + 1] === ch) j += 2;
        else if (formula[j] === ch) break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j;
      continue;
    }
    if (ch === '(' || ch === '{') stack.push(ch);
    else if (ch === ')' || ch === '}') stack.pop();
    if (ch === ',') out += stack[stack.length - 1] === '{' ? '\\' : ';';
    else if (ch === '.' && /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? '')) out += ',';
    else out += ch;
  }
  return out;
}
