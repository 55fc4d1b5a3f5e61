// Appending new requests to the register: numbered in the settings pattern, written under the
// last filled row in one block per run of typed columns, the live columns left to their formulas.
// Used by the sidebar form and the Form intake, always under the office lock (src/ui/locks.ts).
import { REGISTER_COLUMNS, findColumns, findComputedColumns, type ColumnKey } from '../core/schema';
import { dayToDate } from '../core/dates';
import { lastDataRow, nextNumbers } from '../core/numbering';
import type { Day } from '../core/types';
import { UserError } from '../ui/common';
import { columnRuns, type RegisterRead } from './register';
import { ensureRows } from './grow';

export interface NewRequest {
  received: Day;
  /** Cell values by column key (text already escaped for a cell); dates as Date. */
  fields: Partial<Record<ColumnKey, unknown>>;
}

export interface AppendPlan {
  register: RegisterRead;
  /** Sheet row of the first new request. */
  target: number;
  numbers: string[];
  rows: unknown[][];
  columns: Record<string, number>;
  computed: Set<number>;
}

/** Numbers and cells for the new requests, from the register as read (no call to Sheets). */
export function planAppend(register: RegisterRead, pattern: string, requests: NewRequest[], tz: number): AppendPlan {
  const header = register.values[0] ?? [];
  const { columns } = findColumns(header);
  if (columns.received === undefined) throw new UserError('err.noHeader');
  const computed = new Set([...register.formulaColumns, ...Object.values(findComputedColumns(header))]);
  const numbers = nextNumbers(register.values, columns.number, pattern, requests.map((r) => r.received));
  const rows = requests.map((req, i) => {
    const cells: unknown[] = header.map(() => '');
    const put = (key: ColumnKey, v: unknown) => {
      if (columns[key] !== undefined && v !== undefined) cells[columns[key]] = v;
    };
    for (const spec of REGISTER_COLUMNS) put(spec.key, req.fields[spec.key]);
    put('received', dayToDate(req.received, tz));
    // Written into a plain-text cell (commitAppend), so Sheets takes it literally: no date, no
    // number, no formula, whatever the settings pattern makes it look like.
    put('number', numbers[i]);
    put('status', req.fields.status ?? 'Diproses');
    put('extended', req.fields.extended ?? 'Tidak');
    return cells;
  });
  return { register, target: lastDataRow(register.values, computed) + 1, numbers, rows, columns, computed };
}

/**
 * Writes the planned rows and returns how to take them out again (the caller's later step
 * failed). Rows are added first when the sheet is full (src/sheets/grow.ts): Sheets refuses a
 * range below its last row (Sheet.getRange, "coordinates … outside the dimensions"). Rows added
 * stay when undone: empty rows at the bottom are harmless and the next append uses them. A failure part-way clears what
 * was written before it rethrows, so the register never keeps half a request.
 */
export function commitAppend(plan: AppendPlan): () => void {
  const { sheet } = plan.register;
  const n = plan.rows.length;
  if (!n) return () => undefined;
  const width = plan.register.values[0]?.length ?? 0;
  // A full sheet grows first (the one mechanism every writer uses), the new rows with the
  // validation, formats and protection of the row above.
  ensureRows(sheet, plan.target + n - 1);
  const written: Array<[number, number]> = [];
  const undo = () => {
    for (const [start, len] of written) sheet.getRange(plan.target, start + 1, n, len).clearContent();
  };
  try {
    // The number cells are plain text before the write: Sheets would read "01/07/2025" as a
    // date and "001" as the number 1, and the next number could then not be found again.
    if (plan.columns.number !== undefined) sheet.getRange(plan.target, plan.columns.number + 1, n, 1).setNumberFormat('@');
    for (const [start, len] of columnRuns(width, plan.computed)) {
      written.push([start, len]);
      sheet.getRange(plan.target, start + 1, n, len).setValues(plan.rows.map((r) => r.slice(start, start + len)));
    }
  } catch (err) {
    try {
      undo();
    } catch (_) {
      // The first failure is the one to report.
    }
    throw err;
  }
  return undo;
}
