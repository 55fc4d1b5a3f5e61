// Register date cells that hold text which reads as a date ("05/04/2025" pasted with an apostrophe,
// a CSV imported without conversion). The report reads them; the live columns cannot. Siapkan
// Register offers to write them back as real dates of the same day, only after asking.
import type { Day } from '../types';
import { parseDay, type DateOrder, WIB_OFFSET_MINUTES } from '../calendar';
import { REGISTER_COLUMNS, findColumns } from './schema';
import type { RegisterMapping } from './mapping';
import { cellLabel } from './header-row';
import { columnLetter } from './headers';

export interface TextDateCell {
  /** Sheet row (1-based, with `firstRowNumber`). */
  row: number;
  /** 0-based column in `values`. */
  col: number;
  /** The column's header as the sheet has it. */
  column: string;
  text: string;
  day: Day;
}

const HEADER_SCAN_ROWS = 20;

/**
 * Every date cell of the register whose text reads as a date (in the locale's order). With a
 * `mapping` (an adopted register: header under a title, columns under other names) its header row
 * and date columns are used; without one, the canonical header is looked for in the first rows.
 */
export function findTextDates(
  values: unknown[][],
  opts: {
    dateOrder?: DateOrder;
    tzOffsetMinutes?: number;
    firstRowNumber?: number;
    mapping?: Pick<RegisterMapping, 'headerIndex' | 'dataIndex' | 'columns'> & { labels?: string[] };
  } = {},
): TextDateCell[] {
  const first = opts.firstRowNumber ?? 1;
  const tz = opts.tzOffsetMinutes ?? WIB_OFFSET_MINUTES;
  let headerIndex = -1;
  let dataIndex = -1;
  let columns: Partial<Record<string, number>> = {};
  if (opts.mapping) {
    ({ headerIndex, dataIndex, columns } = opts.mapping);
  } else {
    for (let i = 0; i < Math.min(values.length, HEADER_SCAN_ROWS); i++) {
      if (Array.isArray(values[i]) && findColumns(values[i]).columns.received !== undefined) {
        headerIndex = i;
        dataIndex = i + 1;
        break;
      }
    }
    if (headerIndex >= 0) columns = findColumns(values[headerIndex]).columns;
  }
  if (headerIndex < 0 || !Array.isArray(values[headerIndex])) return [];
  const header = values[headerIndex];
  const dateCols = REGISTER_COLUMNS.filter((c) => c.type === 'date' && columns[c.key] !== undefined).map(
    (c) => columns[c.key]!,
  );
  const out: TextDateCell[] = [];
  for (let r = dataIndex; r < values.length; r++) {
    const line = values[r];
    if (!Array.isArray(line)) continue;
    for (const c of dateCols) {
      const v = line[c];
      if (typeof v !== 'string' || v.trim() === '') continue;
      const d = parseDay(v, tz, opts.dateOrder ?? 'dmy');
      if (typeof d === 'number')
        out.push({
          row: first + r,
          col: c,
          column: opts.mapping?.labels?.[c] || cellLabel(header[c]) || columnLetter(c),
          text: v,
          day: d,
        });
    }
  }
  return out;
}

/** Runs of consecutive rows in one column, so a conversion is one write per run, never per cell. */
export function textDateRuns(cells: TextDateCell[]): Array<{ col: number; row: number; days: Day[] }> {
  const byCol = new Map<number, TextDateCell[]>();
  for (const c of cells) byCol.set(c.col, [...(byCol.get(c.col) ?? []), c]);
  const runs: Array<{ col: number; row: number; days: Day[] }> = [];
  for (const [col, list] of [...byCol.entries()].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.row - b.row);
    let run: { col: number; row: number; days: Day[] } | null = null;
    for (const c of list) {
      if (run && c.row === run.row + run.days.length) run.days.push(c.day);
      else runs.push((run = { col, row: c.row, days: [c.day] }));
    }
  }
  return runs;
}
