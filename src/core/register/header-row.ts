// Where a register's header is in its sheet: under title rows, over a row of column numbers, as
// one row of column titles or two (group titles merged across columns above the titles), and
// which rows at the bottom are totals rather than requests. Pure.
import { parseDay, isDateObject, dayOfDate, ymd, WIB_OFFSET_MINUTES } from '../calendar';
import type { Day } from '../types';
import { matchHeader, type MatchKey } from './headers';

export const HEADER_SCAN_ROWS = 30;
const EARLIEST = 10957; // 2000-01-01
const LATEST = 47481; // 2099-12-31

export function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** A cell as the text a header shows. */
export function cellLabel(v: unknown, tz = WIB_OFFSET_MINUTES): string {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateObject(v)) return Number.isNaN(v.getTime()) ? '' : ymd(dayOfDate(v, tz));
  return '';
}

export function rowAt(values: unknown[][], i: number | null): unknown[] {
  if (i === null || i < 0 || i >= values.length) return [];
  const r = values[i];
  return Array.isArray(r) ? r : [];
}

export function nonBlankCount(row: unknown[]): number {
  let n = 0;
  for (const v of row) if (!isBlank(v)) n++;
  return n;
}

/** A register date in a cell: a Date, or date text; bare numbers are not (a fee of 45000 is no date). */
export function cellDay(v: unknown): Day | null {
  if (typeof v === 'number' || typeof v === 'boolean') return null;
  const d = parseDay(v);
  return typeof d === 'number' && d >= EARLIEST && d <= LATEST ? d : null;
}

function looksLikeData(v: unknown): boolean {
  if (typeof v === 'number' || isDateObject(v)) return true;
  return typeof v === 'string' && cellDay(v) !== null;
}

/**
 * A row of column numbers under the header, as official forms print them: "1 2 3 …" or
 * "(1) (2) (3) …", each one more than the last.
 */
export function isColumnNumberRow(row: unknown[] | undefined): boolean {
  if (!Array.isArray(row)) return false;
  let prev: number | null = null;
  let count = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    const m = /^\(?(\d{1,3})[.)]?\)?$/.exec(String(v).trim());
    if (!m) return false;
    const n = Number(m[1]);
    if (prev !== null && n !== prev + 1) return false;
    prev = n;
    count++;
  }
  return count >= 3;
}

/**
 * A row of merged group titles above the column titles: some of its cells stand over a blank
 * (a title merged across rows), and the row below fills some of its blanks (titles under a group
 * merged across columns). A sheet title is no group row: it has one or two long cells and nothing
 * under it is blank.
 */
export function isGroupRow(values: unknown[][], g: number, s: number): boolean {
  const top = rowAt(values, g);
  const sub = rowAt(values, s);
  if (nonBlankCount(top) < 2 || nonBlankCount(sub) < 1 || isColumnNumberRow(sub)) return false;
  let vertical = false;
  let horizontal = false;
  const width = Math.max(top.length, sub.length);
  for (let c = 0; c < width; c++) {
    const t = top[c];
    const b = sub[c];
    if (!isBlank(b) && looksLikeData(b)) return false;
    if (!isBlank(t) && cellLabel(t).split(' ').length > 8) return false;
    if (!isBlank(t) && isBlank(b)) vertical = true;
    if (isBlank(t) && !isBlank(b)) horizontal = true;
  }
  return vertical && horizontal;
}

export interface Labels {
  /** Composite label per column ("Pemohon / Nama"), as shown to the officer. */
  full: string[];
  /** The texts a column's header is matched by: composite, the title alone, the group alone. */
  forms: string[][];
  /** The column title alone (row of headerIndex). */
  sub: string[];
}

export function headerLabels(values: unknown[][], h: number, g: number | null, width: number): Labels {
  const sub = rowAt(values, h);
  const top = rowAt(values, g);
  const full: string[] = [];
  const forms: string[][] = [];
  const subs: string[] = [];
  for (let c = 0; c < width; c++) {
    const s = cellLabel(sub[c]);
    subs.push(s);
    if (g === null) {
      full.push(s);
      forms.push(s ? [s] : []);
      continue;
    }
    let t = cellLabel(top[c]);
    if (!t && s) {
      // Inside a group merged across columns: the group's title sits in its first column.
      for (let k = c - 1; k >= 0; k--) {
        const tk = cellLabel(top[k]);
        if (!tk) continue;
        if (cellLabel(sub[k])) t = tk;
        break;
      }
    }
    if (t && s) {
      full.push(`${t} / ${s}`);
      forms.push([`${t} ${s}`, s, t]);
    } else {
      const only = t || s;
      full.push(only);
      forms.push(only ? [only] : []);
    }
  }
  return { full, forms, sub: subs };
}

export interface BestMatch {
  key: MatchKey;
  strength: number;
  words: number;
}

/** Each column's header matches, from its strongest form. */
export function columnMatches(labels: Labels): BestMatch[][] {
  return labels.forms.map((forms) => {
    const byKey = new Map<MatchKey, BestMatch>();
    forms.forEach((f, i) => {
      // The group title alone names a column weakly: "Tanggal" over "Permohonan" and "Jawaban".
      for (const m of matchHeader(f)) {
        const strength = i === 2 ? Math.min(m.strength, 1) : m.strength;
        const old = byKey.get(m.key);
        if (!old || strength > old.strength || (strength === old.strength && m.words > old.words))
          byKey.set(m.key, { key: m.key, strength, words: m.words });
      }
    });
    return [...byKey.values()].sort((a, b) => b.strength - a.strength || b.words - a.words);
  });
}

const STRENGTH_WEIGHT = [0, 0.5, 0.75, 1];

/** Weighted count of the distinct fields a row names, and how many there are. */
function headerScore(matches: BestMatch[][]): { score: number; fields: number } {
  const best = new Map<MatchKey, number>();
  for (const col of matches) {
    const m = col[0];
    if (!m || m.key === 'seq') continue;
    best.set(m.key, Math.max(best.get(m.key) ?? 0, STRENGTH_WEIGHT[m.strength]));
  }
  let score = 0;
  for (const v of best.values()) score += v;
  return { score, fields: best.size };
}

export function rowWidth(values: unknown[][], from: number, to: number): number {
  let w = 0;
  for (let i = Math.max(0, from); i < Math.min(values.length, to); i++) w = Math.max(w, rowAt(values, i).length);
  return w;
}

/**
 * The row holding the column titles: of the first rows, the one whose titles name the most
 * register columns (with a group row above it when it has one). Title rows above and blank rows
 * are passed over. -1 when no row names at least two columns.
 */
export function findHeaderIndex(values: unknown[][]): number {
  let best = -1;
  let bestScore = 0;
  const n = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < n; i++) {
    const row = rowAt(values, i);
    if (nonBlankCount(row) < 2) continue;
    const g = i > 0 && isGroupRow(values, i - 1, i) ? i - 1 : null;
    const width = rowWidth(values, i - 1, i + 1);
    const { score, fields } = headerScore(columnMatches(headerLabels(values, i, g, width)));
    if (fields < 2 || score < 1.5) continue;
    // A group row scores on its own too; its titles row below, read with it, is the header.
    if (score > bestScore + 1e-9 || (g !== null && g === best && score >= bestScore - 1e-9)) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** The label of a totals row ("Jumlah", "Total", "Jml. Permohonan"), or null. */
export function totalsLabel(row: unknown[]): string | null {
  let seen = 0;
  for (const v of row) {
    if (isBlank(v)) continue;
    if (typeof v === 'string') {
      const s = v.trim();
      if (
        /^(jumlah|total|jml\.?|grand\s+total|sub\s*-?\s*total|rekapitulasi|rekap|totals?)\b/i.test(s) &&
        s.length <= 60
      )
        return s;
    }
    if (++seen >= 2) break;
  }
  return null;
}

/** The layout around a given header row: group row above, column-number row below. */
export function headerBlock(values: unknown[][], h: number): { groupIndex: number | null; dataIndex: number } {
  const groupIndex = h > 0 && isGroupRow(values, h - 1, h) ? h - 1 : null;
  const dataIndex = isColumnNumberRow(rowAt(values, h + 1)) ? h + 2 : h + 1;
  return { groupIndex, dataIndex };
}
