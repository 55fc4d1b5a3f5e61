// Table rows with whole percents that add up to 100: the one rule every table of the recap sheet
// and the report follows (largest remainder; ties to the larger count, then the earlier row).
import type { CountRow } from '../types';
import { UNKNOWN } from '../register';

/** Whole percents of `counts` adding up to exactly 100 (largest remainder); all 0 when the sum is 0. */
export function percentages(counts: number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => 0);
  const out = counts.map((c) => Math.floor((c * 100) / total));
  let missing = 100 - out.reduce((a, b) => a + b, 0);
  const order = counts
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = (counts[a] * 100) % total;
      const rb = (counts[b] * 100) % total;
      return rb - ra || counts[b] - counts[a] || a - b;
    });
  for (let k = 0; missing > 0; k = (k + 1) % order.length, missing--) out[order[k]]++;
  return out;
}

/**
 * Rows for `labels` in order, plus a row labelled UNKNOWN when `total` exceeds their sum (requests
 * whose value was blank or not recognised), so that the rows add up to the total and the percents
 * to 100. Without `total` the rows are the labels alone.
 */
export function countRows(labels: string[], counts: Record<string, number>, total?: number): CountRow[] {
  const values = labels.map((l) => counts[l] ?? 0);
  const rest = total === undefined ? 0 : total - values.reduce((a, b) => a + b, 0);
  if (rest > 0) {
    labels = [...labels, UNKNOWN];
    values.push(rest);
  }
  const pct = percentages(values);
  return labels.map((label, i) => ({ label, count: values[i], percent: pct[i] }));
}
