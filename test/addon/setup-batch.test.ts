// The width strokes of setup-batch.ts (issue #25): applied in order they give every column given
// its width and touch no other column, in as few calls as the interval-painting recurrence allows.
import { adjacentRuns, widthStrokes } from '../../src/sheets/setup-batch';

/** The widths the strokes leave, column by column (undefined: never touched). */
function apply(strokes: Array<[number, number, number]>): Map<number, number> {
  const out = new Map<number, number>();
  for (const [first, count, width] of strokes) for (let c = first; c < first + count; c++) out.set(c, width);
  return out;
}

/** Fewest strokes by brute force over every sequence of strokes (tiny inputs only). */
function bruteFewest(w: number[]): number {
  const n = w.length;
  const target = w.join(',');
  let frontier = new Set<string>([Array(n).fill('_').join(',')]);
  for (let steps = 1; steps <= n; steps++) {
    const next = new Set<string>();
    for (const s of frontier) {
      const cells = s.split(',');
      for (let i = 0; i < n; i++)
        for (let j = i; j < n; j++)
          for (const v of new Set(w)) {
            const c = cells.slice();
            for (let k = i; k <= j; k++) c[k] = String(v);
            const key = c.join(',');
            if (key === target) return steps;
            next.add(key);
          }
    }
    frontier = next;
  }
  return n;
}

describe('widthStrokes', () => {
  test('140, 150, 140 is two strokes; equal runs one; separate runs stay separate', () => {
    expect(
      widthStrokes([
        [1, 140],
        [2, 150],
        [3, 140],
      ]),
    ).toEqual([
      [1, 3, 140],
      [2, 1, 150],
    ]);
    expect(
      widthStrokes([
        [4, 90],
        [5, 90],
      ]),
    ).toEqual([[4, 2, 90]]);
    // Column 3 is not given: no stroke crosses it, though 1 and 5 share a width.
    const strokes = widthStrokes([
      [1, 120],
      [2, 200],
      [4, 200],
      [5, 120],
    ]);
    expect(apply(strokes).has(3)).toBe(false);
    expect(strokes).toHaveLength(4);
  });

  test('random widths: the widths given, no other column, and the fewest strokes', () => {
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let t = 0; t < 150; t++) {
      const n = 1 + rand(5);
      const widths: Array<[number, number]> = [];
      for (let c = 1; c <= n + 2; c++) if (rand(5) > 0) widths.push([c, [90, 120, 140][rand(3)]]);
      const strokes = widthStrokes(widths);
      expect(apply(strokes)).toEqual(new Map(widths));
      const fewest = adjacentRuns(widths.map(([c]) => c))
        .map(([first, count]) => bruteFewest(widths.filter(([c]) => c >= first && c < first + count).map(([, w]) => w)))
        .reduce((a, b) => a + b, 0);
      expect(strokes).toHaveLength(fewest);
    }
  });
});

describe('adjacentRuns', () => {
  test('sorted, deduplicated runs of adjacent numbers', () => {
    expect(adjacentRuns([5, 1, 2, 3, 7, 6, 2])).toEqual([
      [1, 3],
      [5, 3],
    ]);
    expect(adjacentRuns([])).toEqual([]);
  });
});
