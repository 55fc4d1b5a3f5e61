// The register's live columns as sheet formulas. Pure string building (no Apps Script calls), so
// tests can evaluate the very same text in HyperFormula and compare it with the core's numbers.
//
// One ARRAYFORMULA per column, written in the header cell: ROW()=1 yields the header text, other
// rows the value, so the register stays light at any size and new rows are covered at once.
// Apps Script's setFormula takes the canonical (en_US, comma-separated) syntax whatever the
// spreadsheet's locale, and Sheets shows it with ";" in an id_ID spreadsheet; so we write commas.

import { DEFAULT_NEAR_DUE_DAYS } from '../core/calendar';

export function columnLetter(index0: number): string {
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface FormulaRefs {
  received: number; // 0-based column indexes in the register
  extended: number | null;
  answered: number | null;
  status: number | null;
  objectionDate: number | null;
  due: number; // where the due-date column itself sits (the SLA formula reads it)
  /** A1 range of the effective holiday dates, e.g. "'Hari Libur'!$E$2:$E". */
  holidays: string;
  /** A1 cell holding the near-due threshold, e.g. "Pengaturan!$B$14". */
  nearDue: string;
}

export interface ComputedHeaders {
  due: string;
  workingDays: string;
  slaStatus: string;
  objectionDue: string;
}

const col = (i: number) => `${columnLetter(i)}1:${columnLetter(i)}`;
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

export function dueFormula(r: FormulaRefs, header: string): string {
  const R = col(r.received);
  const days = r.extended === null ? '10' : `IF(${col(r.extended)}="Ya", 17, 10)`;
  return `=ARRAYFORMULA(IF(ROW(${R})=1, ${quote(header)}, IF(ISNUMBER(${R}), WORKDAY(${R}, ${days}, ${r.holidays}), "")))`;
}

export function workingDaysFormula(r: FormulaRefs, header: string): string {
  const R = col(r.received);
  if (r.answered === null) return `=ARRAYFORMULA(IF(ROW(${R})=1, ${quote(header)}, ""))`;
  const A = col(r.answered);
  return `=ARRAYFORMULA(IF(ROW(${R})=1, ${quote(header)}, IF(ISNUMBER(${R})*ISNUMBER(${A}), IF(${A}<${R}, "", IF(${A}=${R}, 0, NETWORKDAYS(${R}+1, ${A}, ${r.holidays}))), "")))`;
}

/**
 * The threshold cell as a number: typed text ("3") counts as 3, and a blank or unreadable cell as
 * the default 2, exactly as the core reads the setting (a text cell compared with a number would
 * otherwise be "greater" and flag every open request).
 */
export function nearDueNumber(cell: string): string {
  return `IF(ISBLANK(${cell}), ${DEFAULT_NEAR_DUE_DAYS}, IFERROR(VALUE(${cell}), ${DEFAULT_NEAR_DUE_DAYS}))`;
}

export function slaFormula(r: FormulaRefs, header: string): string {
  const R = col(r.received);
  const D = col(r.due);
  const cancelled = r.status === null ? 'FALSE()' : `${col(r.status)}="Dibatalkan"`;
  const answered = r.answered === null ? null : col(r.answered);
  const open = `IF(TODAY()>${D}, "Lewat Batas", IF(IF(${D}=TODAY(), 0, NETWORKDAYS(TODAY()+1, ${D}, ${r.holidays}))<=${nearDueNumber(r.nearDue)}, "Mendekati Batas", "Dalam Proses"))`;
  const decided = answered === null
    ? open
    : `IF(ISNUMBER(${answered})*(${answered}<=TODAY()), IF(${answered}<${R}, "", IF(${answered}<=${D}, "Tepat Waktu", "Terlambat")), ${open})`;
  return `=ARRAYFORMULA(IF(ROW(${R})=1, ${quote(header)}, IF(NOT(ISNUMBER(${D})), "", IF(${cancelled}, "", ${decided}))))`;
}

export function objectionDueFormula(r: FormulaRefs, header: string): string {
  const R = col(r.received);
  if (r.objectionDate === null) return `=ARRAYFORMULA(IF(ROW(${R})=1, ${quote(header)}, ""))`;
  const O = col(r.objectionDate);
  return `=ARRAYFORMULA(IF(ROW(${O})=1, ${quote(header)}, IF(ISNUMBER(${O}), WORKDAY(${O}, 30, ${r.holidays}), "")))`;
}

/**
 * Effective holidays: cuti bersama rows become 0 (1899-12-30, a harmless date) when the unit works
 * on them, and blank rows 0 too, because WORKDAY may reject text in its holiday range.
 */
export function effectiveHolidayFormula(header: string, cutiSetting: string): string {
  return `=ARRAYFORMULA(IF(ROW(A1:A)=1, ${quote(header)}, IF(ISNUMBER(A1:A), IF((C1:C="Cuti Bersama")*(${cutiSetting}="Ya"), 0, A1:A), 0)))`;
}
