// Appending new requests to the register: numbered in the settings pattern, written under the
// last request in one block per run of typed columns, the live columns left to their formulas.
// Used by the sidebar form and the Form intake, always under the office lock (src/ui/locks.ts).
// The register is where the settings say (src/ui/register-data.ts): the add-on's own sheet, or an
// adopted one under its own header row and columns, a totals row and a running "No" kept.
import { REGISTER_COLUMNS, type ColumnKey } from '../core/register';
import { dayToDate } from '../core/calendar';
import { appendPoint, nextNumbers, numberIsRunning } from '../core/register';
import type { RegisterMapping } from '../core/register';
import type { Day } from '../core/types';
import { UserError } from '../core/errors';
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
  columns: RegisterMapping['columns'];
  computed: Set<number>;
  width: number;
  /** Sheet row of a totals row the new rows would reach: rows are inserted above it. */
  totalsRow: number | null;
}

/**
 * Numbers and cells for the new requests, from the register as read and its mapping (no call to
 * Sheets). `mapping`: registerLayout(register, settings).mapping.
 */
export function planAppend(
  register: RegisterRead,
  mapping: RegisterMapping,
  pattern: string,
  requests: NewRequest[],
  tz: number,
): AppendPlan {
  const { values } = register;
  const columns = mapping.columns;
  if (columns.received === undefined) throw new UserError('err.noHeader');
  const width = Math.max(0, ...values.slice(0, mapping.dataIndex).map((r) => r?.length ?? 0));
  const live = new Set<number>(Object.values(mapping.computed) as number[]);
  const computed = new Set([...register.formulaColumns, ...live]);
  // A running "No" read as the registration number counts on like any running number.
  const running = numberIsRunning(values, mapping.headerIndex, columns.number);
  const sequenceCols = [...mapping.ignored.filter((c) => !live.has(c)), ...(running ? [columns.number!] : [])];
  const point = appendPoint(values, {
    dataIndex: mapping.dataIndex,
    receivedCol: columns.received,
    computed,
    sequenceCols,
  });
  const numbers = running
    ? requests.map((_, i) => String(point.sequenceMax + 1 + i))
    : nextNumbers(
        values,
        columns.number,
        pattern,
        requests.map((r) => r.received),
        mapping.dataIndex,
      );
  const rows = requests.map((req, i) => {
    const cells: unknown[] = Array.from({ length: width }, () => '');
    const put = (key: ColumnKey, v: unknown) => {
      const c = columns[key];
      if (c !== undefined && v !== undefined) cells[c] = v;
    };
    for (const spec of REGISTER_COLUMNS) put(spec.key, req.fields[spec.key]);
    put('received', dayToDate(req.received, tz));
    // Written into a plain-text cell (commitAppend), so Sheets takes it literally: no date, no
    // number, no formula, whatever the settings pattern makes it look like.
    put('number', running ? point.sequenceMax + 1 + i : numbers[i]);
    put('status', req.fields.status ?? 'Diproses');
    put('extended', req.fields.extended ?? 'Tidak');
    if (point.sequenceMax > 0) for (const c of sequenceCols) cells[c] = point.sequenceMax + 1 + i;
    return cells;
  });
  const target = point.lastRow + 1;
  const reaches = point.totalsRow !== null && point.totalsRow < target + requests.length;
  return { register, target, numbers, rows, columns, computed, width, totalsRow: reaches ? point.totalsRow : null };
}

/**
 * Writes the planned rows and returns how to take them out again (the caller's later step
 * failed). A totals row the new rows would reach moves down: rows are inserted above it, as an
 * officer would, and the totals row stays unchanged. Rows are added at the bottom when the sheet
 * is full (src/sheets/grow.ts, the mechanism every writer uses): Sheets refuses a range below its
 * last row (Sheet.getRange, "coordinates … outside the dimensions"). A failure part-way undoes
 * what was written before it rethrows, so the register never keeps half a request; rows added at
 * the bottom stay (empty, the next append uses them), rows inserted above a totals row go again.
 */
export function commitAppend(plan: AppendPlan): () => void {
  const { sheet } = plan.register;
  const n = plan.rows.length;
  if (!n) return () => undefined;
  const insert = plan.totalsRow !== null ? plan.target + n - plan.totalsRow : 0;
  let inserted = 0;
  const written: Array<[number, number]> = [];
  const undo = () => {
    for (const [start, len] of written) sheet.getRange(plan.target, start + 1, n, len).clearContent();
    if (inserted > 0) sheet.deleteRows(plan.totalsRow!, inserted);
  };
  try {
    if (insert > 0) {
      sheet.insertRowsBefore(plan.totalsRow!, insert);
      inserted = insert;
    }
    ensureRows(sheet, plan.target + n - 1);
    // The number cells are plain text before the write: Sheets would read "01/07/2025" as a
    // date and "001" as the number 1, and the next number could then not be found again.
    if (plan.columns.number !== undefined)
      sheet.getRange(plan.target, plan.columns.number + 1, n, 1).setNumberFormat('@');
    for (const [start, len] of columnRuns(plan.width, plan.computed)) {
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
