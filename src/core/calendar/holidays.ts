// National holidays (hari libur nasional) and collective leave days (cuti bersama) 2021–2027, as
// set each year by the joint decree (SKB) of the Ministers of Religious Affairs, Manpower and
// Administrative Reform (Menag, Menaker, MenPAN-RB), amended during the year, plus the days a
// Presidential decree (Keppres) made holidays outside the SKB (election days). These pre-fill the
// holiday sheet and are what Siapkan Register compares it with; at run time the sheet's list is
// what counts, because an officer may know of a change before this table does.
//
// Every entry names its legal source: the SKB (or its amendment) or Keppres that set that date,
// or, where the number is not known, a plain "sumber sekunder" note. Where sources disagree the
// decree wins; the disagreements found are listed in SOURCE_DISAGREEMENTS below.
//
// What was checked, and how (November 2026): the decree texts themselves were not available
// here. Numbers and dates were checked against news reports that quote the decrees (setkab.go.id
// and menpan.go.id releases as carried by national media), against Python's `holidays` package
// (vacanza/holidays, holidays/countries/indonesia.py, which cites the JDIH/BPK pages of the
// Keppres) and against the lists built from Google Calendar that the issue names. Verified that
// way: Keppres 10/2024 (14 Feb 2024) and 33/2024 (27 Nov 2024); SKB 281/2021 and 712/2021 (2021
// amendments); 375/2022 and 678/2022 (2022 amendments, Idul Adha to 10 July); 327/2023 and
// 624/2023 (2023 amendments); 933/2025 (18 Aug 2025). Not verified: every 2027 date (no decree
// text or numbered report found; see D2027_*).
import type { Day } from '../types';
import { dayFromIso } from './dates';

export type HolidayKind = 'nasional' | 'cuti_bersama';

export interface Holiday {
  date: string; // YYYY-MM-DD
  name: string;
  kind: HolidayKind;
  /** The legal source of this date: SKB/Keppres number, or a note saying it is not known. */
  decree: string;
  provisional?: boolean;
}

const SKB = 'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB';

interface YearData {
  year: number;
  decree: string;
  provisional?: boolean;
  /** [MM-DD, name, kind, source of this entry when not the year's base decree] */
  days: Array<[string, string, HolidayKind] | [string, string, HolidayKind, string]>;
}

const N: HolidayKind = 'nasional';
const C: HolidayKind = 'cuti_bersama';

const D2021 = `${SKB} No. 642 Tahun 2020, No. 4 Tahun 2020, No. 4 Tahun 2020`;
// The first amendment cut the cuti bersama to 12 May and 24 Dec; the second moved two Islamic
// holidays by a day and removed 24 Dec.
const D2021_AMEND1 = `${SKB} No. 281 Tahun 2021, No. 1 Tahun 2021, No. 1 Tahun 2021 (perubahan)`;
const D2021_AMEND2 = `${SKB} No. 712 Tahun 2021, No. 1 Tahun 2021, No. 3 Tahun 2021 (perubahan kedua)`;
const D2022 = `${SKB} No. 963 Tahun 2021, No. 3 Tahun 2021, No. 4 Tahun 2021`;
const D2022_AMEND = `${SKB} No. 375 Tahun 2022, No. 1 Tahun 2022, No. 1 Tahun 2022 (perubahan)`;
const D2022_AMEND2 = `${SKB} No. 678 Tahun 2022, No. 2 Tahun 2022, No. 2 Tahun 2022 (perubahan kedua)`;
const D2023 = `${SKB} No. 1066 Tahun 2022, No. 3 Tahun 2022, No. 3 Tahun 2022`;
const D2023_AMEND = `${SKB} No. 327 Tahun 2023, No. 1 Tahun 2023, No. 1 Tahun 2023 (perubahan)`;
const D2023_AMEND2 = `${SKB} No. 624 Tahun 2023, No. 2 Tahun 2023, No. 2 Tahun 2023 (perubahan kedua)`;
const D2024 = `${SKB} No. 855 Tahun 2023, No. 3 Tahun 2023, No. 4 Tahun 2023`;
const KEPPRES_10_2024 =
  'Keputusan Presiden No. 10 Tahun 2024 (hari pemungutan suara Pemilu 2024 sebagai hari libur nasional)';
const KEPPRES_33_2024 =
  'Keputusan Presiden No. 33 Tahun 2024 (hari pemungutan suara Pilkada serentak 2024 sebagai hari libur nasional)';
const D2025 = `${SKB} No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024`;
const D2025_AMEND = `${SKB} No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025 (perubahan)`;
const D2026 = `${SKB} No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025`;
// 2027: an SKB exists according to a secondary source whose decree number is unknown; its dates
// below (the cuti bersama, Isra Mikraj on 5 Jan and 26 Dec) are taken from that source. The other
// 2027 dates are computed (Islamic dates by the expected hilal, Easter by the Gregorian computus,
// Imlek/Waisak/Nyepi by the lunisolar calendars) and say "perkiraan" in their name. All of 2027
// stays provisional until checked against the decree text.
const D2027 = 'Sumber sekunder, nomor SKB belum diketahui: periksa dengan naskah SKB 2027';
const D2027_ESTIMATE = 'Perkiraan (dihitung), nomor SKB belum diketahui: periksa dengan naskah SKB 2027';

const YEARS: YearData[] = [
  {
    year: 2021,
    decree: D2021,
    days: [
      ['01-01', 'Tahun Baru 2021 Masehi', N],
      ['02-12', 'Tahun Baru Imlek 2572 Kongzili', N],
      ['03-11', 'Isra Mikraj Nabi Muhammad SAW', N],
      ['03-14', 'Hari Suci Nyepi Tahun Baru Saka 1943', N],
      ['04-02', 'Wafat Isa Almasih', N],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-12', 'Cuti Bersama Hari Raya Idul Fitri 1442 H', C, D2021_AMEND1],
      ['05-13', 'Kenaikan Isa Almasih', N],
      ['05-13', 'Hari Raya Idul Fitri 1442 H', N],
      ['05-14', 'Hari Raya Idul Fitri 1442 H', N],
      ['05-26', 'Hari Raya Waisak 2565 BE', N],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['07-20', 'Hari Raya Idul Adha 1442 H', N],
      ['08-11', 'Tahun Baru Islam 1443 H', N, D2021_AMEND2],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['10-20', 'Maulid Nabi Muhammad SAW', N, D2021_AMEND2],
      ['12-25', 'Hari Raya Natal', N],
    ],
  },
  {
    year: 2022,
    decree: D2022,
    days: [
      ['01-01', 'Tahun Baru 2022 Masehi', N],
      ['02-01', 'Tahun Baru Imlek 2573 Kongzili', N],
      ['02-28', 'Isra Mikraj Nabi Muhammad SAW', N],
      ['03-03', 'Hari Suci Nyepi Tahun Baru Saka 1944', N],
      ['04-15', 'Wafat Isa Almasih', N],
      ['04-29', 'Cuti Bersama Hari Raya Idul Fitri 1443 H', C, D2022_AMEND],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-02', 'Hari Raya Idul Fitri 1443 H', N],
      ['05-03', 'Hari Raya Idul Fitri 1443 H', N],
      ['05-04', 'Cuti Bersama Hari Raya Idul Fitri 1443 H', C, D2022_AMEND],
      ['05-05', 'Cuti Bersama Hari Raya Idul Fitri 1443 H', C, D2022_AMEND],
      ['05-06', 'Cuti Bersama Hari Raya Idul Fitri 1443 H', C, D2022_AMEND],
      ['05-16', 'Hari Raya Waisak 2566 BE', N],
      ['05-26', 'Kenaikan Isa Almasih', N],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['07-10', 'Hari Raya Idul Adha 1443 H', N, D2022_AMEND2],
      ['07-30', 'Tahun Baru Islam 1444 H', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['10-08', 'Maulid Nabi Muhammad SAW', N],
      ['12-25', 'Hari Raya Natal', N],
    ],
  },
  {
    year: 2023,
    decree: D2023,
    days: [
      ['01-01', 'Tahun Baru 2023 Masehi', N],
      ['01-22', 'Tahun Baru Imlek 2574 Kongzili', N],
      ['01-23', 'Cuti Bersama Tahun Baru Imlek 2574 Kongzili', C],
      ['02-18', 'Isra Mikraj Nabi Muhammad SAW', N],
      ['03-22', 'Hari Suci Nyepi Tahun Baru Saka 1945', N],
      ['03-23', 'Cuti Bersama Hari Suci Nyepi', C],
      ['04-07', 'Wafat Isa Almasih', N],
      ['04-19', 'Cuti Bersama Hari Raya Idul Fitri 1444 H', C, D2023_AMEND],
      ['04-20', 'Cuti Bersama Hari Raya Idul Fitri 1444 H', C, D2023_AMEND],
      ['04-21', 'Cuti Bersama Hari Raya Idul Fitri 1444 H', C],
      ['04-22', 'Hari Raya Idul Fitri 1444 H', N],
      ['04-23', 'Hari Raya Idul Fitri 1444 H', N],
      ['04-24', 'Cuti Bersama Hari Raya Idul Fitri 1444 H', C],
      ['04-25', 'Cuti Bersama Hari Raya Idul Fitri 1444 H', C],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-18', 'Kenaikan Isa Almasih', N],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['06-02', 'Cuti Bersama Hari Raya Waisak', C],
      ['06-04', 'Hari Raya Waisak 2567 BE', N],
      ['06-28', 'Cuti Bersama Hari Raya Idul Adha 1444 H', C, D2023_AMEND2],
      ['06-29', 'Hari Raya Idul Adha 1444 H', N],
      ['06-30', 'Cuti Bersama Hari Raya Idul Adha 1444 H', C, D2023_AMEND2],
      ['07-19', 'Tahun Baru Islam 1445 H', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['09-28', 'Maulid Nabi Muhammad SAW', N],
      ['12-25', 'Hari Raya Natal', N],
      ['12-26', 'Cuti Bersama Hari Raya Natal', C],
    ],
  },
  {
    year: 2024,
    decree: D2024,
    days: [
      ['01-01', 'Tahun Baru 2024 Masehi', N],
      ['02-08', 'Isra Mikraj Nabi Muhammad SAW', N],
      ['02-09', 'Cuti Bersama Tahun Baru Imlek 2575 Kongzili', C],
      ['02-10', 'Tahun Baru Imlek 2575 Kongzili', N],
      ['02-14', 'Hari Pemungutan Suara Pemilihan Umum Tahun 2024', N, KEPPRES_10_2024],
      ['03-11', 'Hari Suci Nyepi Tahun Baru Saka 1946', N],
      ['03-12', 'Cuti Bersama Hari Suci Nyepi', C],
      ['03-29', 'Wafat Isa Almasih', N],
      ['03-31', 'Hari Paskah', N],
      ['04-08', 'Cuti Bersama Hari Raya Idul Fitri 1445 H', C],
      ['04-09', 'Cuti Bersama Hari Raya Idul Fitri 1445 H', C],
      ['04-10', 'Hari Raya Idul Fitri 1445 H', N],
      ['04-11', 'Hari Raya Idul Fitri 1445 H', N],
      ['04-12', 'Cuti Bersama Hari Raya Idul Fitri 1445 H', C],
      ['04-15', 'Cuti Bersama Hari Raya Idul Fitri 1445 H', C],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-09', 'Kenaikan Isa Almasih', N],
      ['05-10', 'Cuti Bersama Kenaikan Isa Almasih', C],
      ['05-23', 'Hari Raya Waisak 2568 BE', N],
      ['05-24', 'Cuti Bersama Hari Raya Waisak', C],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['06-17', 'Hari Raya Idul Adha 1445 H', N],
      ['06-18', 'Cuti Bersama Hari Raya Idul Adha 1445 H', C],
      ['07-07', 'Tahun Baru Islam 1446 H', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['09-16', 'Maulid Nabi Muhammad SAW', N],
      ['11-27', 'Hari Pemungutan Suara Pemilihan Kepala Daerah Serentak Tahun 2024', N, KEPPRES_33_2024],
      ['12-25', 'Hari Raya Natal', N],
      ['12-26', 'Cuti Bersama Hari Raya Natal', C],
    ],
  },
  {
    year: 2025,
    decree: D2025,
    days: [
      ['01-01', 'Tahun Baru 2025 Masehi', N],
      ['01-27', 'Isra Mikraj Nabi Muhammad SAW', N],
      ['01-28', 'Cuti Bersama Tahun Baru Imlek 2576 Kongzili', C],
      ['01-29', 'Tahun Baru Imlek 2576 Kongzili', N],
      ['03-28', 'Cuti Bersama Hari Suci Nyepi', C],
      ['03-29', 'Hari Suci Nyepi Tahun Baru Saka 1947', N],
      ['03-31', 'Hari Raya Idul Fitri 1446 H', N],
      ['04-01', 'Hari Raya Idul Fitri 1446 H', N],
      ['04-02', 'Cuti Bersama Hari Raya Idul Fitri 1446 H', C],
      ['04-03', 'Cuti Bersama Hari Raya Idul Fitri 1446 H', C],
      ['04-04', 'Cuti Bersama Hari Raya Idul Fitri 1446 H', C],
      ['04-07', 'Cuti Bersama Hari Raya Idul Fitri 1446 H', C],
      ['04-18', 'Wafat Isa Almasih', N],
      ['04-20', 'Hari Paskah', N],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-12', 'Hari Raya Waisak 2569 BE', N],
      ['05-13', 'Cuti Bersama Hari Raya Waisak', C],
      ['05-29', 'Kenaikan Isa Almasih', N],
      ['05-30', 'Cuti Bersama Kenaikan Isa Almasih', C],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['06-06', 'Hari Raya Idul Adha 1446 H', N],
      ['06-09', 'Cuti Bersama Hari Raya Idul Adha 1446 H', C],
      ['06-27', 'Tahun Baru Islam 1447 H', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['08-18', 'Cuti Bersama HUT ke-80 Kemerdekaan Republik Indonesia', C, D2025_AMEND],
      ['09-05', 'Maulid Nabi Muhammad SAW', N],
      ['12-25', 'Hari Raya Natal', N],
      ['12-26', 'Cuti Bersama Hari Raya Natal', C],
    ],
  },
  {
    year: 2026,
    decree: D2026,
    days: [
      ['01-01', 'Tahun Baru 2026 Masehi', N],
      ['01-16', 'Isra Mikraj Nabi Muhammad SAW', N],
      ['02-16', 'Cuti Bersama Tahun Baru Imlek 2577 Kongzili', C],
      ['02-17', 'Tahun Baru Imlek 2577 Kongzili', N],
      ['03-18', 'Cuti Bersama Hari Suci Nyepi', C],
      ['03-19', 'Hari Suci Nyepi Tahun Baru Saka 1948', N],
      ['03-20', 'Cuti Bersama Hari Raya Idul Fitri 1447 H', C],
      ['03-21', 'Hari Raya Idul Fitri 1447 H', N],
      ['03-22', 'Hari Raya Idul Fitri 1447 H', N],
      ['03-23', 'Cuti Bersama Hari Raya Idul Fitri 1447 H', C],
      ['03-24', 'Cuti Bersama Hari Raya Idul Fitri 1447 H', C],
      ['04-03', 'Wafat Isa Almasih', N],
      ['04-05', 'Hari Paskah', N],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-14', 'Kenaikan Isa Almasih', N],
      ['05-15', 'Cuti Bersama Kenaikan Isa Almasih', C],
      ['05-27', 'Hari Raya Idul Adha 1447 H', N],
      ['05-28', 'Cuti Bersama Hari Raya Idul Adha 1447 H', C],
      ['05-31', 'Hari Raya Waisak 2570 BE', N],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['06-16', 'Tahun Baru Islam 1448 H', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['08-25', 'Maulid Nabi Muhammad SAW', N],
      ['12-24', 'Cuti Bersama Hari Raya Natal', C],
      ['12-25', 'Hari Raya Natal', N],
    ],
  },
  {
    year: 2027,
    decree: D2027,
    provisional: true,
    days: [
      ['01-01', 'Tahun Baru 2027 Masehi', N],
      ['01-05', 'Isra Mikraj Nabi Muhammad SAW 1448 H', N],
      ['02-05', 'Cuti Bersama Tahun Baru Imlek 2578 Kongzili', C],
      ['02-06', 'Tahun Baru Imlek 2578 Kongzili (perkiraan)', N, D2027_ESTIMATE],
      ['03-08', 'Hari Suci Nyepi Tahun Baru Saka 1949 (perkiraan)', N, D2027_ESTIMATE],
      // Which holiday each of these cuti bersama belongs to is not in the source we had.
      ['03-09', 'Cuti Bersama Hari Suci Nyepi dan Hari Raya Idul Fitri 1448 H', C],
      ['03-10', 'Hari Raya Idul Fitri 1448 H (perkiraan)', N, D2027_ESTIMATE],
      ['03-11', 'Hari Raya Idul Fitri 1448 H (perkiraan)', N, D2027_ESTIMATE],
      ['03-12', 'Cuti Bersama Hari Raya Idul Fitri 1448 H', C],
      ['03-15', 'Cuti Bersama Hari Raya Idul Fitri 1448 H', C],
      ['03-25', 'Cuti Bersama Wafat Isa Almasih', C],
      ['03-26', 'Wafat Isa Almasih', N],
      ['03-28', 'Hari Paskah', N],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-06', 'Kenaikan Isa Almasih', N],
      ['05-17', 'Hari Raya Idul Adha 1448 H (perkiraan)', N, D2027_ESTIMATE],
      ['05-18', 'Cuti Bersama Hari Raya Idul Adha 1448 H dan Hari Raya Waisak', C],
      ['05-19', 'Cuti Bersama Hari Raya Idul Adha 1448 H dan Hari Raya Waisak', C],
      ['05-20', 'Hari Raya Waisak 2571 BE (perkiraan)', N, D2027_ESTIMATE],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['06-06', 'Tahun Baru Islam 1449 H (perkiraan)', N, D2027_ESTIMATE],
      ['08-15', 'Maulid Nabi Muhammad SAW (perkiraan)', N, D2027_ESTIMATE],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['12-24', 'Cuti Bersama Hari Raya Natal', C],
      ['12-25', 'Hari Raya Natal', N],
      // The Hijri year is 11 days shorter: 27 Rajab comes twice in 2027.
      ['12-26', 'Isra Mikraj Nabi Muhammad SAW 1449 H', N],
    ],
  },
];

/** Every holiday 2021–2027, sorted by date (national before cuti bersama on the same date). */
export const HOLIDAYS: Holiday[] = YEARS.flatMap((y) =>
  y.days.map(([md, name, kind, decree]) => {
    const h: Holiday = { date: `${y.year}-${md}`, name, kind, decree: decree ?? y.decree };
    if (y.provisional) h.provisional = true;
    return h;
  }),
).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === b.kind ? 0 : a.kind === 'nasional' ? -1 : 1));

/**
 * Where the sources read for this table disagree, and what the table keeps: the decree's reading
 * (as quoted by the government's own releases) wins over news reports, lists and calendars.
 * `table` is what HOLIDAYS holds on `date` (a kind, or 'absent'), so a test can hold it to that.
 */
export interface SourceDisagreement {
  date: string;
  table: HolidayKind | 'absent';
  note: string;
}

// biome-ignore format: a table laid out by hand, one entry per line
export const SOURCE_DISAGREEMENTS: SourceDisagreement[] = [
  { date: '2021-08-10', table: 'absent', note: 'Base SKB 642/2020 set Tahun Baru Islam on 10 Aug; SKB 712/2021 moved it to 11 Aug. One report (Suara, Aug 2021) credits the move to SKB 281/2021, the February amendment; the government releases quoted elsewhere name 712/2021.' },
  { date: '2021-12-24', table: 'absent', note: 'Cuti bersama Natal in the base SKB and kept by SKB 281/2021; withdrawn by SKB 712/2021. Calendars printed in 2020 still show it.' },
  { date: '2022-07-09', table: 'absent', note: 'Base SKB 963/2021 set Idul Adha 1443 H on 9 July; SKB 678/2022 moved it to 10 July after KMA 668/2022. This table had 9 July until issue 11.' },
  { date: '2022-12-26', table: 'absent', note: 'Some news lists (Nov 2022) gave 26 Dec 2022 as cuti bersama Natal; the list of SKB 375/2022 (Setkab, Apr 2022) has no cuti bersama Natal, and the Menko PMK corrected the claim in Dec 2022.' },
  { date: '2023-04-26', table: 'absent', note: 'Cuti bersama Idul Fitri in base SKB 1066/2022; SKB 327/2023 replaced 21, 24, 25, 26 Apr by 19, 20, 21, 24, 25 Apr. Reports also differ on the base SKB\'s Menaker number (2 or 3 of 2022): the amendments\' own text, as quoted, says No. 3.' },
  { date: '2024-02-14', table: 'nasional', note: 'Not in SKB 855/2023, whose announcement (Sep 2023) left election days to a separate decree: Keppres 10/2024. Lists built from the SKB alone miss it.' },
  { date: '2024-11-27', table: 'nasional', note: 'Not in SKB 855/2023: Keppres 33/2024 (signed 21 Nov 2024). Lists built from the SKB alone miss it.' },
  { date: '2024-12-27', table: 'absent', note: 'Widely expected as cuti bersama Natal; the Kemenko PMK confirmed in Dec 2024 that it is not one. One report cites an "SKB 236/2024, 1/2024, 2/2024" for the December 2024 dates, a number found nowhere else; its dates equal the table\'s.' },
  { date: '2025-08-18', table: 'cuti_bersama', note: 'Some headlines called it a national holiday; SKB 933/2025 makes it cuti bersama.' },
  { date: '2027-01-06', table: 'absent', note: 'The computed Isra Mikraj 1448 H (1 day later than the secondary source\'s 5 Jan). The secondary source is followed until the 2027 SKB text is checked.' },
];

/** The decree behind each year's list, for the holiday sheet's notes. */
export const HOLIDAY_DECREES: Array<{ year: number; decree: string; provisional: boolean }> = YEARS.map((y) => ({
  year: y.year,
  decree: y.decree,
  provisional: !!y.provisional,
}));

export const HOLIDAY_YEARS = { from: YEARS[0].year, to: YEARS[YEARS.length - 1].year };

/** The holidays of years from..to inclusive; cuti bersama left out when a unit works on them. */
export function holidaysForYears(from: number, to: number, includeCutiBersama: boolean): Holiday[] {
  return HOLIDAYS.filter((h) => {
    const y = +h.date.slice(0, 4);
    return y >= from && y <= to && (includeCutiBersama || h.kind !== 'cuti_bersama');
  });
}

/** Just the days, for `new WorkCalendar(...)`. */
export function holidayDays(holidays: Array<{ date: string }>): Day[] {
  return holidays.map((h) => dayFromIso(h.date));
}
