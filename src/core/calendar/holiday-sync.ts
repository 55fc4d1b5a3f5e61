// Comparing an existing holiday sheet with the built-in decree table, for the years the sheet
// already holds. A register set up before a correction (an election day added by Keppres, a date
// moved by an SKB amendment) would otherwise never learn of it: setup only adds whole missing years.
//
// The comparison proposes; it never decides. Siapkan Register lists the corrections and applies
// them only after the officer agrees; the report lists them read-only. A row the officer added or
// edited by hand is never removed or overwritten: only rows that are exactly what an earlier version
// of this table wrote (RETIRED_ROWS, retired-rows.ts) may be updated or removed. Renames (a
// decree's new name for the same day, e.g. Keppres 8/2024's "Yesus Kristus") and new citations of
// the same day are listed to the officer as one line each, not one line per row.
import type { Day } from '../types';
import { dayFromIso, ymd } from './dates';
import { HOLIDAYS, HOLIDAY_YEARS, type Holiday } from './holidays';
import { RETIRED_ROWS, type RetiredRow } from './retired-rows';

export { RETIRED_ROWS, type RetiredRow } from './retired-rows';

/** What the holiday sheet's "Dasar Hukum" cell says for a built-in entry. */
export function decreeCell(h: Holiday): string {
  return h.provisional ? `${h.decree} (sementara)` : h.decree;
}

/** One row of the holiday sheet as read (columns A–D). `day` is null when A holds no date. */
export interface SheetHolidayRow {
  /** Sheet row number (1-based). */
  row: number;
  day: Day | null;
  name: string;
  /** The "Jenis" cell as written. */
  kind: string;
  source: string;
}

export type HolidayCorrection =
  | { action: 'add'; holiday: Holiday }
  /** Rewrite an unedited row the add-on wrote from an older table (date, name, kind or source). */
  | { action: 'update'; row: number; was: RetiredRow; holiday: Holiday }
  /** An unedited row whose date the decree withdrew or moved (its new date is an `add`). */
  | { action: 'remove'; row: number; was: RetiredRow };

export interface KindLabels {
  nasional: string[];
  cuti_bersama: string[];
}

function sameText(a: string, b: string): boolean {
  return a.trim() === b.trim();
}

function isRetired(r: SheetHolidayRow, kinds: KindLabels): RetiredRow | null {
  if (r.day === null) return null;
  const iso = ymd(r.day);
  for (const old of RETIRED_ROWS) {
    if (old.date !== iso || !sameText(old.name, r.name) || !sameText(old.source, r.source)) continue;
    if (kinds[old.kind].some((l) => sameText(l, r.kind))) return old;
  }
  return null;
}

/** Years (within the built-in table) that the sheet holds at least one date of. */
export function heldYears(rows: SheetHolidayRow[]): number[] {
  const years = new Set<number>();
  for (const r of rows) {
    if (r.day === null) continue;
    const y = new Date(r.day * 86400000).getUTCFullYear();
    if (y >= HOLIDAY_YEARS.from && y <= HOLIDAY_YEARS.to) years.add(y);
  }
  return [...years].sort((a, b) => a - b);
}

/**
 * The corrections that bring the sheet's held years in line with the built-in table: dates the
 * sheet lacks (any row on the date counts as present, whatever its name or kind, so an officer's
 * own row is respected), and unedited rows from an older table to update or remove.
 */
export function compareHolidaySheet(
  rows: SheetHolidayRow[],
  kinds: KindLabels,
  table: Holiday[] = HOLIDAYS,
): HolidayCorrection[] {
  const years = new Set(heldYears(rows));
  const builtIn = table.filter((h) => years.has(+h.date.slice(0, 4)));
  const out: HolidayCorrection[] = [];
  const handled = new Set<number>();
  const byDay = new Map<Day, SheetHolidayRow[]>();
  for (const r of rows) if (r.day !== null) byDay.set(r.day, [...(byDay.get(r.day) ?? []), r]);

  for (const h of builtIn) {
    const onDay = byDay.get(dayFromIso(h.date)) ?? [];
    const current = onDay.find(
      (r) =>
        sameText(r.name, h.name) && sameText(r.source, decreeCell(h)) && kinds[h.kind].some((l) => sameText(l, r.kind)),
    );
    if (current) {
      handled.add(current.row);
      continue;
    }
    // An unedited older row on this date (a new decree number, a new kind): rewrite it in place.
    const stale = onDay.find((r) => !handled.has(r.row) && isRetired(r, kinds));
    if (stale) {
      handled.add(stale.row);
      out.push({ action: 'update', row: stale.row, was: isRetired(stale, kinds)!, holiday: h });
      continue;
    }
    // Two entries on one date (2021-05-13: Idul Fitri and Kenaikan) may share a row's date: only a
    // date with no row at all is missing.
    if (onDay.length === 0) out.push({ action: 'add', holiday: h });
  }
  // Unedited older rows whose date the current table no longer has: the decree moved or withdrew it.
  for (const r of rows) {
    if (handled.has(r.row)) continue;
    const old = isRetired(r, kinds);
    if (!old) continue;
    if (table.some((h) => h.date === old.date)) continue;
    out.push({ action: 'remove', row: r.row, was: old });
  }
  return out;
}

/** A short line per correction for the officer: "14/02/2024 Hari Pemungutan Suara … (Keputusan Presiden No. 10 …)". */
export function describeCorrection(
  c: HolidayCorrection,
  words: { add: string; update: string; remove: string },
): string {
  const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  if (c.action === 'remove') return `${words.remove}: ${dmy(c.was.date)} ${c.was.name}`;
  const h = c.holiday;
  const verb = c.action === 'add' ? words.add : words.update;
  return `${verb}: ${dmy(h.date)} ${h.name} (${h.decree})`;
}

/**
 * What a correction changes: a date added or cleared, a row's kind (national holiday or cuti
 * bersama), only its name (its source may change with it), or only its source (Dasar Hukum).
 * An update always keeps the row's date: it is found on the date of the built-in entry.
 */
export type CorrectionChange = 'add' | 'remove' | 'kind' | 'name' | 'source';

export function correctionChange(c: HolidayCorrection): CorrectionChange {
  if (c.action !== 'update') return c.action;
  if (c.was.kind !== c.holiday.kind) return 'kind';
  return sameText(c.was.name, c.holiday.name) ? 'source' : 'name';
}

export interface CorrectionWords {
  add: string;
  update: string;
  remove: string;
  /** The one line for every rename: "{count} nama hari libur diperbarui …", with one example. */
  renamed: (count: number, example: { date: string; was: string; now: string }) => string;
  /** The one line for every new citation of an unchanged day, with one example. */
  resourced: (count: number, example: { date: string; decree: string }) => string;
}

const dmyOf = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The corrections as the officer reads them: a line for each date added or cleared and each change
 * of kind (these move deadlines), then one line for all the renames and one for all the new
 * citations (these do not).
 */
export function describeCorrections(cs: HolidayCorrection[], words: CorrectionWords): string[] {
  const lines: string[] = [];
  const renamed: Array<Extract<HolidayCorrection, { action: 'update' }>> = [];
  const resourced: Array<Extract<HolidayCorrection, { action: 'update' }>> = [];
  for (const c of cs) {
    const change = correctionChange(c);
    if (c.action === 'update' && change === 'name') renamed.push(c);
    else if (c.action === 'update' && change === 'source') resourced.push(c);
    else lines.push(describeCorrection(c, words));
  }
  if (renamed.length) {
    const first = renamed[0];
    lines.push(
      words.renamed(renamed.length, { date: dmyOf(first.holiday.date), was: first.was.name, now: first.holiday.name }),
    );
  }
  if (resourced.length) {
    const first = resourced[0];
    lines.push(words.resourced(resourced.length, { date: dmyOf(first.holiday.date), decree: first.holiday.decree }));
  }
  return lines;
}
