// Rows that earlier versions of the built-in holiday table (holidays.ts) wrote to a Hari Libur
// sheet and that the current table no longer has as they are. A sheet row equal to one of these in
// date, name, kind and "Dasar Hukum" cell was not touched by hand, so Siapkan Register may offer
// to update it (or clear it, when the decree moved the date); any other row is the officer's own
// and is left alone. The texts are frozen copies of what was written, never references to the
// current table's constants: a later correction must not change what an old sheet is matched on.
//
// Two earlier tables exist: the first release (git 3849f99) and the issue-11 table (7dab633).
// test/fixtures/holidays/ holds both as written, and a test holds this list to them.
import type { HolidayKind } from './holidays';

export interface RetiredRow {
  date: string;
  name: string;
  kind: HolidayKind;
  /** The source cell exactly as the older table wrote it. */
  source: string;
}

const N: HolidayKind = 'nasional';
const C: HolidayKind = 'cuti_bersama';
const OLD_SKB = 'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB';
const OLD_2021 = `${OLD_SKB} No. 642 Tahun 2020, No. 4 Tahun 2020, No. 4 Tahun 2020`;
const OLD_2022 = `${OLD_SKB} No. 963 Tahun 2021, No. 3 Tahun 2021, No. 4 Tahun 2021`;
const OLD_2023_AMEND = `${OLD_SKB} No. 1066 Tahun 2022, No. 3 Tahun 2022, No. 3 Tahun 2022, perubahan tahun 2023`;
const OLD_2024 = `${OLD_SKB} No. 855 Tahun 2023, No. 3 Tahun 2023, No. 4 Tahun 2023`;
const OLD_2025 = `${OLD_SKB} No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024`;
const OLD_2026 = `${OLD_SKB} No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025`;
const OLD_2027_V1 = 'Belum ada SKB: tanggal perkiraan, periksa kembali setelah SKB 2027 terbit (sementara)';
const OLD_2027_V2 = 'Sumber sekunder, nomor SKB belum diketahui: periksa dengan naskah SKB 2027 (sementara)';
const OLD_2027_V2_ESTIMATE =
  'Perkiraan (dihitung), nomor SKB belum diketahui: periksa dengan naskah SKB 2027 (sementara)';

type Entry = [md: string, name: string, kind: HolidayKind];
const rowsOf = (year: number, source: string, entries: Entry[]): RetiredRow[] =>
  entries.map(([md, name, kind]) => ({ date: `${year}-${md}`, name, kind, source }));

// biome-ignore format: a table laid out by hand, one entry per line
export const RETIRED_ROWS: RetiredRow[] = [
  // The first release, corrected by issue 11 (amendment numbers, Idul Adha 2022, 2027).
  ...rowsOf(2021, OLD_2021, [['05-12', 'Cuti Bersama Hari Raya Idul Fitri 1442 H', C]]),
  ...rowsOf(2022, OLD_2022, [['07-09', 'Hari Raya Idul Adha 1443 H', N]]),
  ...rowsOf(2023, OLD_2023_AMEND, [
    ['04-19', 'Cuti Bersama Hari Raya Idul Fitri 1444 H', C],
    ['04-20', 'Cuti Bersama Hari Raya Idul Fitri 1444 H', C],
    ['06-28', 'Cuti Bersama Hari Raya Idul Adha 1444 H', C],
    ['06-30', 'Cuti Bersama Hari Raya Idul Adha 1444 H', C],
  ]),
  ...rowsOf(2027, OLD_2027_V1, [
    ['01-01', 'Tahun Baru 2027 Masehi', N],
    ['01-06', 'Isra Mikraj Nabi Muhammad SAW (perkiraan)', N],
    ['02-06', 'Tahun Baru Imlek 2578 Kongzili (perkiraan)', N],
    ['03-08', 'Hari Suci Nyepi Tahun Baru Saka 1949 (perkiraan)', N],
    ['03-10', 'Hari Raya Idul Fitri 1448 H (perkiraan)', N],
    ['03-11', 'Hari Raya Idul Fitri 1448 H (perkiraan)', N],
    ['03-26', 'Wafat Isa Almasih', N],
    ['03-28', 'Hari Paskah', N],
    ['05-01', 'Hari Buruh Internasional', N],
    ['05-06', 'Kenaikan Isa Almasih', N],
    ['05-17', 'Hari Raya Idul Adha 1448 H (perkiraan)', N],
    ['05-20', 'Hari Raya Waisak 2571 BE (perkiraan)', N],
    ['06-01', 'Hari Lahir Pancasila', N],
    ['06-06', 'Tahun Baru Islam 1449 H (perkiraan)', N],
    ['08-15', 'Maulid Nabi Muhammad SAW (perkiraan)', N],
    ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
    ['12-25', 'Hari Raya Natal', N],
  ]),
  // Both earlier tables, corrected by issue 23: the Christian holidays' names of Keppres 8/2024
  // (2024 national holidays; 2025 and 2026 as their SKB names them) and 2026's Keppres 42/2025.
  ...rowsOf(2024, OLD_2024, [
    ['03-29', 'Wafat Isa Almasih', N],
    ['03-31', 'Hari Paskah', N],
    ['05-09', 'Kenaikan Isa Almasih', N],
    ['12-25', 'Hari Raya Natal', N],
  ]),
  ...rowsOf(2025, OLD_2025, [
    ['04-18', 'Wafat Isa Almasih', N],
    ['04-20', 'Hari Paskah', N],
    ['05-29', 'Kenaikan Isa Almasih', N],
    ['05-30', 'Cuti Bersama Kenaikan Isa Almasih', C],
    ['12-25', 'Hari Raya Natal', N],
    ['12-26', 'Cuti Bersama Hari Raya Natal', C],
  ]),
  ...rowsOf(2026, OLD_2026, [
    ['02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', C],
    ['03-18', 'Cuti Bersama Hari Suci Nyepi', C],
    ['03-20', 'Cuti Bersama Hari Raya Idul Fitri 1447 H', C],
    ['03-23', 'Cuti Bersama Hari Raya Idul Fitri 1447 H', C],
    ['03-24', 'Cuti Bersama Hari Raya Idul Fitri 1447 H', C],
    ['04-03', 'Wafat Isa Almasih', N],
    ['04-05', 'Hari Paskah', N],
    ['05-14', 'Kenaikan Isa Almasih', N],
    ['05-15', 'Cuti Bersama Kenaikan Isa Almasih', C],
    ['05-28', 'Cuti Bersama Hari Raya Idul Adha 1447 H', C],
    ['12-24', 'Cuti Bersama Hari Raya Natal', C],
    ['12-25', 'Hari Raya Natal', N],
  ]),
  // The issue-11 table's 2027 (a secondary source, no decree number), corrected by SKB 1205/2026.
  ...rowsOf(2027, OLD_2027_V2, [
    ['01-01', 'Tahun Baru 2027 Masehi', N],
    ['01-05', 'Isra Mikraj Nabi Muhammad SAW 1448 H', N],
    ['02-05', 'Cuti Bersama Tahun Baru Imlek 2578 Kongzili', C],
    ['03-09', 'Cuti Bersama Hari Suci Nyepi dan Hari Raya Idul Fitri 1448 H', C],
    ['03-12', 'Cuti Bersama Hari Raya Idul Fitri 1448 H', C],
    ['03-15', 'Cuti Bersama Hari Raya Idul Fitri 1448 H', C],
    ['03-25', 'Cuti Bersama Wafat Isa Almasih', C],
    ['03-26', 'Wafat Isa Almasih', N],
    ['03-28', 'Hari Paskah', N],
    ['05-01', 'Hari Buruh Internasional', N],
    ['05-06', 'Kenaikan Isa Almasih', N],
    ['05-18', 'Cuti Bersama Hari Raya Idul Adha 1448 H dan Hari Raya Waisak', C],
    ['05-19', 'Cuti Bersama Hari Raya Idul Adha 1448 H dan Hari Raya Waisak', C],
    ['06-01', 'Hari Lahir Pancasila', N],
    ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
    ['12-24', 'Cuti Bersama Hari Raya Natal', C],
    ['12-25', 'Hari Raya Natal', N],
    ['12-26', 'Isra Mikraj Nabi Muhammad SAW 1449 H', N],
  ]),
  ...rowsOf(2027, OLD_2027_V2_ESTIMATE, [
    ['02-06', 'Tahun Baru Imlek 2578 Kongzili (perkiraan)', N],
    ['03-08', 'Hari Suci Nyepi Tahun Baru Saka 1949 (perkiraan)', N],
    ['03-10', 'Hari Raya Idul Fitri 1448 H (perkiraan)', N],
    ['03-11', 'Hari Raya Idul Fitri 1448 H (perkiraan)', N],
    ['05-17', 'Hari Raya Idul Adha 1448 H (perkiraan)', N],
    ['05-20', 'Hari Raya Waisak 2571 BE (perkiraan)', N],
    ['06-06', 'Tahun Baru Islam 1449 H (perkiraan)', N],
    ['08-15', 'Maulid Nabi Muhammad SAW (perkiraan)', N],
  ]),
];
