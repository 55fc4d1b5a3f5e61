// Registration numbers and where the next request goes in the register: shared by the sidebar
// form and the Form intake, so both number the same way (settings pattern, per year) and append
// under the same last row. Pure: the register as readRegister() returns it.
import { formatRegistrationNumber, sequenceOf } from '../settings';
import { ymdParts } from '../calendar';
import { cellDay, cellLabel, totalsLabel } from './header-row';
import { matchHeader } from './headers';
import type { Day } from '../types';

export const DEFAULT_NUMBER_PATTERN = '{nnn}/PPID/{yyyy}';

const filled = (v: unknown) => v !== '' && v !== null && v !== undefined;

/** Where the register's rows are, as the mapping says (the add-on's own sheet: header on row 1). */
export interface AppendLayout {
  /** Index into the values of the first data row (under the header, or a column-number row). */
  dataIndex: number;
  /** Column of the received date, to tell a request from a totals row. */
  receivedCol?: number;
  /** Columns the add-on computes or an officer's formula fills: never written, never "data". */
  computed: Set<number>;
  /** A running row number ("No") the officer keeps: new rows get the next ones. */
  sequenceCols?: number[];
}

export interface AppendPoint {
  /** Sheet row (1-based) of the last request: the header row's when there is none. */
  lastRow: number;
  /** Sheet row of a totals row ("Jumlah …") directly under the last request, else null. */
  totalsRow: number | null;
  /** Highest running row number in the sequence columns (0 when none). */
  sequenceMax: number;
}

/**
 * Where new requests go: under the last row with anything typed in a column the add-on does not
 * compute, never into a gap an officer left higher up; a totals row right under the last request
 * stays last (the caller inserts rows above it, as an officer would).
 */
export function appendPoint(values: unknown[][], layout: AppendLayout): AppendPoint {
  const width = Math.max(0, ...values.slice(0, layout.dataIndex).map((r) => r?.length ?? 0));
  const inputCols = Array.from({ length: width }, (_, i) => i).filter((i) => !layout.computed.has(i));
  let lastRow = layout.dataIndex;
  let totalsRow: number | null = null;
  let sequenceMax = 0;
  for (let r = layout.dataIndex; r < values.length; r++) {
    const row = values[r] ?? [];
    if (!inputCols.some((i) => filled(row[i]))) continue;
    // A count typed under the date column of a totals row is no date (cellDay: a Date or date text).
    const received = layout.receivedCol !== undefined ? cellDay(row[layout.receivedCol]) : null;
    if (received === null && totalsLabel(row) !== null) {
      if (totalsRow === null) totalsRow = r + 1;
      continue;
    }
    lastRow = r + 1;
    totalsRow = null;
    for (const c of layout.sequenceCols ?? []) {
      const n = Number(String(row[c] ?? '').replace(/[.)]$/, ''));
      if (Number.isInteger(n) && n > sequenceMax) sequenceMax = n;
    }
  }
  return { lastRow, totalsRow, sequenceMax };
}

/**
 * Whether the registration number is read from a running "No" column (a register with no other
 * number, the Perki SLIP form: mapping.ts): new rows then get the next count there, never a number
 * in the settings pattern, and the pattern is not the register's.
 */
export function numberIsRunning(values: unknown[][], headerIndex: number, numberCol: number | undefined): boolean {
  if (numberCol === undefined) return false;
  return matchHeader(cellLabel(values[headerIndex]?.[numberCol]))[0]?.key === 'seq';
}

/** The sheet row (1-based) of the last row with input, on a register whose header is row 1. */
export function lastDataRow(values: unknown[][], computed: Set<number>): number {
  return appendPoint(values, { dataIndex: 1, computed }).lastRow;
}

/**
 * The next numbers for requests received on `days`, in order: per year, the highest sequence of
 * that year's numbers in the register (in the settings pattern) plus one, then counting on.
 */
export function nextNumbers(
  values: unknown[][],
  numberCol: number | undefined,
  pattern: string,
  days: Day[],
  from = 1,
): string[] {
  const p = pattern || DEFAULT_NUMBER_PATTERN;
  const max = new Map<number, number>();
  const years = new Set(days.map((d) => ymdParts(d)[0]));
  if (numberCol !== undefined) {
    for (let r = from; r < values.length; r++) {
      const cell = String(values[r]?.[numberCol] ?? '');
      if (!cell) continue;
      for (const y of years) {
        const seq = sequenceOf(p, cell, y, 1);
        if (seq !== null && seq > (max.get(y) ?? 0)) max.set(y, seq);
      }
    }
  }
  return days.map((d) => {
    const [y, m] = ymdParts(d);
    const seq = (max.get(y) ?? 0) + 1;
    max.set(y, seq);
    return formatRegistrationNumber(p, seq, y, m);
  });
}

/**
 * Whether the register's registration numbers follow the settings pattern: how many numbers the
 * data rows hold, how many match the pattern in their own year, and one that does not. A register
 * adopted with numbers like "001/PPID-DPK/2025" under the default pattern would otherwise start a
 * second series at 001 without anyone noticing.
 */
export function patternFit(
  values: unknown[][],
  numberCol: number | undefined,
  pattern: string,
  from = 1,
): { numbers: number; matching: number; example: string } {
  const p = pattern || DEFAULT_NUMBER_PATTERN;
  let numbers = 0;
  let matching = 0;
  let example = '';
  if (numberCol === undefined) return { numbers, matching, example };
  for (let r = from; r < values.length; r++) {
    const cell = String(values[r]?.[numberCol] ?? '').trim();
    if (!cell) continue;
    numbers++;
    const year = /(?:19|20)\d{2}/.exec(cell);
    if (year && sequenceOf(p, cell, Number(year[0]), 1) !== null) matching++;
    else if (!example) example = cell;
  }
  return { numbers, matching, example };
}
