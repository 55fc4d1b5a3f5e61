// Registration numbers and where the next request goes in the register: shared by the sidebar
// form and the Form intake, so both number the same way (settings pattern, per year) and append
// under the same last row. Pure: the register as readRegister() returns it.
import { formatRegistrationNumber, sequenceOf } from './settings-model';
import { ymdParts } from './dates';
import type { Day } from './types';

export const DEFAULT_NUMBER_PATTERN = '{nnn}/PPID/{yyyy}';

const filled = (v: unknown) => v !== '' && v !== null && v !== undefined;

/**
 * The sheet row (1-based) of the last register row with anything typed in a column the add-on
 * does not compute: new requests go under it, never into a gap an officer left higher up.
 */
export function lastDataRow(values: unknown[][], computed: Set<number>): number {
  const width = values[0]?.length ?? 0;
  for (let r = values.length - 1; r >= 1; r--) {
    const row = values[r] ?? [];
    for (let c = 0; c < width; c++) if (!computed.has(c) && filled(row[c])) return r + 1;
  }
  return 1;
}

/**
 * The next numbers for requests received on `days`, in order: per year, the highest sequence of
 * that year's numbers in the register (in the settings pattern) plus one, then counting on.
 */
export function nextNumbers(values: unknown[][], numberCol: number | undefined, pattern: string, days: Day[]): string[] {
  const p = pattern || DEFAULT_NUMBER_PATTERN;
  const max = new Map<number, number>();
  const years = new Set(days.map((d) => ymdParts(d)[0]));
  if (numberCol !== undefined) {
    for (let r = 1; r < values.length; r++) {
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
