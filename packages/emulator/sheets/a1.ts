// A1 notation and small geometry helpers shared by the Sheets emulator.

/** A rectangle of cells, 1-based and inclusive, as Sheets counts rows and columns. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

export function colToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToCol(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function cellA1(row: number, col: number): string {
  return `${colToLetters(col)}${row}`;
}

export function rectA1(r: Rect): string {
  if (r.r1 === r.r2 && r.c1 === r.c2) return cellA1(r.r1, r.c1);
  return `${cellA1(r.r1, r.c1)}:${cellA1(r.r2, r.c2)}`;
}

/** A1 reference as written: missing parts (open-ended ranges like A2:A or A:C) are null. */
export interface ParsedA1 {
  sheet: string | null;
  r1: number | null;
  c1: number | null;
  r2: number | null;
  c2: number | null;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Quotes a sheet name for use in a reference when Sheets would. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function splitSheet(a1: string): { sheet: string | null; ref: string } {
  const s = a1.trim();
  const bang = s.lastIndexOf('!');
  if (bang < 0) return { sheet: null, ref: s };
  let sheet = s.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, ref: s.slice(bang + 1) };
}

export function parseA1(a1: string): ParsedA1 | null {
  const { sheet, ref } = splitSheet(a1);
  const parts = ref.split(':');
  if (parts.length > 2 || !ref) return null;
  const m1 = PART.exec(parts[0]);
  const m2 = parts.length === 2 ? PART.exec(parts[1]) : m1;
  if (!m1 || !m2) return null;
  const c1 = m1[1] ? lettersToCol(m1[1]) : null;
  const r1 = m1[2] ? Number(m1[2]) : null;
  const c2 = m2[1] ? lettersToCol(m2[1]) : null;
  const r2 = m2[2] ? Number(m2[2]) : null;
  if (c1 === null && r1 === null) return null;
  if (parts.length === 1 && (c1 === null || r1 === null)) return null;
  if (r1 === 0 || r2 === 0) return null;
  return { sheet, r1, c1, r2, c2 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function contains(a: Rect, row: number, col: number): boolean {
  return row >= a.r1 && row <= a.r2 && col >= a.c1 && col <= a.c2;
}

/**
 * Moves a rectangle for rows/columns inserted (n > 0) or deleted (n < 0) at `at` (1-based).
 * Returns null when the whole rectangle was deleted.
 */
export function shiftRect(r: Rect, dim: 'row' | 'col', at: number, n: number): Rect | null {
  const [lo, hi] = dim === 'row' ? [r.r1, r.r2] : [r.c1, r.c2];
  const span = shiftSpan(lo, hi, at, n);
  if (!span) return null;
  return dim === 'row' ? { ...r, r1: span[0], r2: span[1] } : { ...r, c1: span[0], c2: span[1] };
}

export function shiftSpan(lo: number, hi: number, at: number, n: number): [number, number] | null {
  if (n > 0) {
    return [lo >= at ? lo + n : lo, hi >= at ? hi + n : hi];
  }
  const del = -n;
  const end = at + del - 1;
  if (lo >= at && hi <= end) return null;
  const nlo = lo < at ? lo : lo > end ? lo - del : at;
  const nhi = hi < at ? hi : hi > end ? hi - del : at - 1;
  return [nlo, nhi];
}
