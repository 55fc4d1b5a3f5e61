// Comparing an existing holiday sheet with the built-in decree table, for the years the sheet
// already holds. A register set up before a correction (an election day added by Keppres, a date
// moved by an SKB amendment) would otherwise never learn of it: setup only adds whole missing years.
//
// The comparison proposes; it never decides. Siapkan Register lists the corrections and applies
// them only after the officer agrees; the report lists them read-only. A row the officer added or
// edited by hand is never removed or overwritten: only rows that are exactly what an earlier version
// of this table wrote (RETIRED_ROWS) may be updated or removed.
import type { Day } from '../types';
import { dayFromIso, ymd } from './dates';
import { HOLIDAYS, HOLIDAY_YEARS, type Holiday, type HolidayKind } from './holidays';

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

export interface RetiredRow {
  date: string;
  name: string;
  kind: HolidayKind;
  /** The source cell exactly as the older table wrote it. */
  source: string;
}

const OLD_SKB = 'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB';
const OLD_2021 = `${OLD_SKB} No. 642 Tahun 2020, No. 4 Tahun 2020, No. 4 Tahun 2020`;
const OLD_2022 = `${OLD_SKB} No. 963 Tahun 2021, No. 3 Tahun 2021, No. 4 Tahun 2021`;
const OLD_2023_AMEND = `${OLD_SKB} No. 1066 Tahun 2022, No. 3 Tahun 2022, No. 3 Tahun 2022, perubahan tahun 2023`;
const OLD_2027 = 'Belum ada SKB: tanggal perkiraan, periksa kembali setelah SKB 2027 terbit (sementara)';

/**
 * Rows earlier versions of the built-in table wrote that the current table no longer has as they
 * are (found by comparing the table before and after the issue-11 corrections). A sheet row equal
 * to one of these in date, name, kind and source was not touched by hand.
 */
export const RETIRED_ROWS: RetiredRow[] = [
  { date: '2021-05-12', name: 'Cuti Bersama Hari Raya Idul Fitri 1442 H', kind: 'cuti_bersama', source: OLD_2021 },
  { date: '2022-07-09', name: 'Hari Raya Idul Adha 1443 H', kind: 'nasional', source: OLD_2022 },
  {
    date: '2023-04-19',
    name: 'Cuti Bersama Hari Raya Idul Fitri 1444 H',
    kind: 'cuti_bersama',
    source: OLD_2023_AMEND,
  },
  {
    date: '2023-04-20',
    name: 'Cuti Bersama Hari Raya Idul Fitri 1444 H',
    kind: 'cuti_bersama',
    source: OLD_2023_AMEND,
  },
  { date: '2023-06-28', name: 'Cuti Bersama Hari Raya Idul Adha 1444 H', kind: 'cuti_bersama', source: OLD_2023_AMEND },
  { date: '2023-06-30', name: 'Cuti Bersama Hari Raya Idul Adha 1444 H', kind: 'cuti_bersama', source: OLD_2023_AMEND },
  ...(
    [
      ['01-01', 'Tahun Baru 2027 Masehi'],
      ['01-06', 'Isra Mikraj Nabi Muhammad SAW (perkiraan)'],
      ['02-06', 'Tahun Baru Imlek 2578 Kongzili (perkiraan)'],
      ['03-08', 'Hari Suci Nyepi Tahun Baru Saka 1949 (perkiraan)'],
      ['03-10', 'Hari Raya Idul Fitri 1448 H (perkiraan)'],
      ['03-11', 'Hari Raya Idul Fitri 1448 H (perkiraan)'],
      ['03-26', 'Wafat Isa Almasih'],
      ['03-28', 'Hari Paskah'],
      ['05-01', 'Hari Buruh Internasional'],
      ['05-06', 'Kenaikan Isa Almasih'],
      ['05-17', 'Hari Raya Idul Adha 1448 H (perkiraan)'],
      ['05-20', 'Hari Raya Waisak 2571 BE (perkiraan)'],
      ['06-01', 'Hari Lahir Pancasila'],
      ['06-06', 'Tahun Baru Islam 1449 H (perkiraan)'],
      ['08-15', 'Maulid Nabi Muhammad SAW (perkiraan)'],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia'],
      ['12-25', 'Hari Raya Natal'],
    ] as const
  ).map(([md, name]): RetiredRow => ({ date: `2027-${md}`, name, kind: 'nasional', source: OLD_2027 })),
];

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
