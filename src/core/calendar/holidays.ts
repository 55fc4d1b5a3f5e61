// National holidays (hari libur nasional) and collective leave days (cuti bersama) 2020–2027, as
// set each year by the joint decree (SKB) of the Ministers of Religious Affairs, Manpower and
// Administrative Reform (Menag, Menaker, MenPAN-RB), amended during the year, plus the days a
// Presidential decree (Keppres) made holidays outside the SKB (election days). These pre-fill the
// holiday sheet and are what Siapkan Register compares it with; at run time the sheet's list is
// what counts, because an officer may know of a change before this table does.
//
// Every entry names its legal source: the SKB (or its amendment) or Keppres that set that date.
// Where sources disagree the decree wins; the disagreements found are listed in
// SOURCE_DISAGREEMENTS below.
//
// What was checked, and how: the decree texts themselves were not available here. Numbers and
// dates were checked against news reports that quote the decrees (setkab.go.id and menpan.go.id
// releases as carried by national media), against Python's `holidays` package (vacanza/holidays,
// holidays/countries/indonesia.py, which cites the JDIH/BPK pages of the Keppres) and against the
// lists built from Google Calendar that issue 11 names. Verified that way (November 2026):
// Keppres 10/2024 (14 Feb 2024) and 33/2024 (27 Nov 2024); SKB 281/2021 and 712/2021 (2021
// amendments); 375/2022 and 678/2022 (2022 amendments, Idul Adha to 10 July); 327/2023 and
// 624/2023 (2023 amendments); 933/2025 (18 Aug 2025). Added in December 2026 (issue 23):
// - 2020: base SKB 728/2019, 213/2019, 01/2019 (Tempo; setkab), its four amendments 174/2020
//   (9 Mar), 391/2020 (Apr), 440/2020 (20 May) and 744/2020 (1 Dec; setkab 2 Dec 2020), Keppres
//   22/2020 (27 Nov 2020: 9 Dec a holiday, BPK JDIH as vacanza cites it) and, for civil servants'
//   cuti bersama, Keppres 17/2020 as amended by Keppres 23/2020 (8 Dec 2020; setkab via
//   pikiran-rakyat and jogloabang). Every 2020 date also equals vacanza's.
// - 2026: the 8 cuti bersama are Keppres 42/2025 (ditetapkan 31 Dec 2025; okezone 4 Feb 2026)
//   for civil servants, the same dates as SKB 1497/2025.
// - 2027: SKB 1205/2026, 3/2026, 2/2026, ditetapkan 15 September 2026, 18 hari libur nasional
//   and 8 cuti bersama, as quoted from setneg.go.id ("inilah_skb_3_menteri_libur_nasional_dan_
//   cuti_bersama_2027") and kemenkopmk.go.id by about ten public code files that agree on every
//   date and name, one of them an IDX trading calendar (Peng-00169/BEI.POP/09-2026) that is
//   independent of them; vacanza/holidays PR #3828 (merged 17 Sep 2026) added the year's cuti
//   bersama. The setneg page and the decree PDF themselves were not read here. Its Diktum KEDUA
//   leaves Idul Fitri and Idul Adha to the Minister of Religious Affairs (sidang isbat): those
//   three dates stay provisional.
// - Names: Keppres 8/2024 (29 Jan 2024) names the Christian holidays "Wafat Yesus Kristus",
//   "Kebangkitan Yesus Kristus (Paskah)", "Kenaikan Yesus Kristus" and "Kelahiran Yesus Kristus"
//   (okezone 30 Jan 2024; setkab via tuturpedia). The table uses them for the national holidays
//   from 2024 on, and for cuti bersama from 2025 on: the 2024 cuti bersama keep the names of
//   Keppres 7/2024 (9 Jan 2024, before the renaming: "Kenaikan Isa Al Masih", "Hari Raya Natal";
//   Antara via harianjogja). Years before 2024 keep the names their decrees used.
import type { Day } from '../types';
import { dayFromIso } from './dates';

export type HolidayKind = 'nasional' | 'cuti_bersama';

export interface Holiday {
  date: string; // YYYY-MM-DD
  name: string;
  kind: HolidayKind;
  /** The legal source of this date: the SKB or Keppres number (and, for a name, the decree that gave it). */
  decree: string;
  /** The date may still move: the decree leaves it to the Minister of Religious Affairs (sidang isbat). */
  provisional?: boolean;
}

const SKB = 'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB';

/** An entry's own source, when the date may still move (see Holiday.provisional). */
interface ProvisionalSource {
  decree: string;
  provisional: true;
}

interface YearData {
  year: number;
  decree: string;
  /** Appended to every cuti bersama entry's source: the Keppres that sets them for civil servants. */
  cutiForCivilServants?: string;
  /** [MM-DD, name, kind, source of this entry when not the year's base decree] */
  days: Array<[string, string, HolidayKind] | [string, string, HolidayKind, string | ProvisionalSource]>;
}

const N: HolidayKind = 'nasional';
const C: HolidayKind = 'cuti_bersama';

// 2020: the base SKB, then four amendments (the Covid-19 year). The first added cuti bersama on
// 28–29 May, 21 Aug and 30 Oct; the second moved the Idul Fitri cuti bersama (26–29 May) to 28–31
// Dec and added 28 Oct; the third removed 22 May; the fourth removed 28–30 Dec, leaving 31 Dec.
const D2020 = `${SKB} No. 728 Tahun 2019, No. 213 Tahun 2019, No. 01 Tahun 2019`;
const D2020_AMEND1 = `${SKB} No. 174 Tahun 2020, No. 01 Tahun 2020, No. 01 Tahun 2020 (perubahan)`;
const D2020_AMEND2 = `${SKB} No. 391 Tahun 2020, No. 02 Tahun 2020, No. 02 Tahun 2020 (perubahan kedua)`;
const D2020_AMEND2_KEPT = `${D2020_AMEND2}, dipertahankan perubahan keempat No. 744 Tahun 2020, No. 05 Tahun 2020, No. 06 Tahun 2020`;
const KEPPRES_22_2020 =
  'Keputusan Presiden No. 22 Tahun 2020 (hari pemungutan suara Pilkada serentak 2020 sebagai hari libur nasional)';
const ASN_2020 = 'cuti bersama ASN: Keputusan Presiden No. 17 Tahun 2020, diubah Keputusan Presiden No. 23 Tahun 2020';
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
// Keppres 8/2024 (29 Jan 2024) renamed the Christian holidays after SKB 855/2023 was signed.
const D2024_NAMED = `${D2024}; nama menurut Keputusan Presiden No. 8 Tahun 2024 tentang Hari-Hari Libur`;
const D2025 = `${SKB} No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024`;
const D2025_AMEND = `${SKB} No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025 (perubahan)`;
const D2026 = `${SKB} No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025`;
const ASN_2026 = 'cuti bersama ASN: Keputusan Presiden No. 42 Tahun 2025';
const D2027 = `${SKB} No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026`;
// Diktum KEDUA of the 2027 SKB: Idul Fitri and Idul Adha are fixed by the Minister of Religious
// Affairs after the sidang isbat (as Keppres 8/2024 Diktum KEDUA provides every year).
const D2027_ISBAT: ProvisionalSource = {
  decree: `${D2027}; tanggal pasti ditetapkan Menteri Agama setelah sidang isbat (Diktum KEDUA)`,
  provisional: true,
};

const YEARS: YearData[] = [
  {
    year: 2020,
    decree: D2020,
    cutiForCivilServants: ASN_2020,
    days: [
      ['01-01', 'Tahun Baru 2020 Masehi', N],
      ['01-25', 'Tahun Baru Imlek 2571 Kongzili', N],
      ['03-22', 'Isra Mikraj Nabi Muhammad SAW', N],
      ['03-25', 'Hari Suci Nyepi Tahun Baru Saka 1942', N],
      ['04-10', 'Wafat Isa Almasih', N],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-07', 'Hari Raya Waisak 2564 BE', N],
      ['05-21', 'Kenaikan Isa Almasih', N],
      ['05-24', 'Hari Raya Idul Fitri 1441 H', N],
      ['05-25', 'Hari Raya Idul Fitri 1441 H', N],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['07-31', 'Hari Raya Idul Adha 1441 H', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['08-20', 'Tahun Baru Islam 1442 H', N],
      ['08-21', 'Cuti Bersama Tahun Baru Islam 1442 H', C, D2020_AMEND1],
      ['10-28', 'Cuti Bersama Maulid Nabi Muhammad SAW', C, D2020_AMEND2],
      ['10-29', 'Maulid Nabi Muhammad SAW', N],
      ['10-30', 'Cuti Bersama Maulid Nabi Muhammad SAW', C, D2020_AMEND1],
      ['12-09', 'Hari Pemungutan Suara Pemilihan Kepala Daerah Serentak Tahun 2020', N, KEPPRES_22_2020],
      ['12-24', 'Cuti Bersama Hari Raya Natal', C],
      ['12-25', 'Hari Raya Natal', N],
      ['12-31', 'Cuti Bersama Pengganti Hari Raya Idul Fitri 1441 H', C, D2020_AMEND2_KEPT],
    ],
  },
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
      ['03-29', 'Wafat Yesus Kristus', N, D2024_NAMED],
      ['03-31', 'Kebangkitan Yesus Kristus (Paskah)', N, D2024_NAMED],
      ['04-08', 'Cuti Bersama Hari Raya Idul Fitri 1445 H', C],
      ['04-09', 'Cuti Bersama Hari Raya Idul Fitri 1445 H', C],
      ['04-10', 'Hari Raya Idul Fitri 1445 H', N],
      ['04-11', 'Hari Raya Idul Fitri 1445 H', N],
      ['04-12', 'Cuti Bersama Hari Raya Idul Fitri 1445 H', C],
      ['04-15', 'Cuti Bersama Hari Raya Idul Fitri 1445 H', C],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-09', 'Kenaikan Yesus Kristus', N, D2024_NAMED],
      // Keppres 7/2024 (9 Jan 2024, before the renaming) names the cuti bersama of 10 May and 26 Dec.
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
      ['12-25', 'Kelahiran Yesus Kristus', N, D2024_NAMED],
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
      ['04-18', 'Wafat Yesus Kristus', N],
      ['04-20', 'Kebangkitan Yesus Kristus (Paskah)', N],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-12', 'Hari Raya Waisak 2569 BE', N],
      ['05-13', 'Cuti Bersama Hari Raya Waisak', C],
      ['05-29', 'Kenaikan Yesus Kristus', N],
      ['05-30', 'Cuti Bersama Kenaikan Yesus Kristus', C],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['06-06', 'Hari Raya Idul Adha 1446 H', N],
      ['06-09', 'Cuti Bersama Hari Raya Idul Adha 1446 H', C],
      ['06-27', 'Tahun Baru Islam 1447 H', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['08-18', 'Cuti Bersama HUT ke-80 Kemerdekaan Republik Indonesia', C, D2025_AMEND],
      ['09-05', 'Maulid Nabi Muhammad SAW', N],
      ['12-25', 'Kelahiran Yesus Kristus', N],
      ['12-26', 'Cuti Bersama Kelahiran Yesus Kristus', C],
    ],
  },
  {
    year: 2026,
    decree: D2026,
    cutiForCivilServants: ASN_2026,
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
      ['04-03', 'Wafat Yesus Kristus', N],
      ['04-05', 'Kebangkitan Yesus Kristus (Paskah)', N],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-14', 'Kenaikan Yesus Kristus', N],
      ['05-15', 'Cuti Bersama Kenaikan Yesus Kristus', C],
      ['05-27', 'Hari Raya Idul Adha 1447 H', N],
      ['05-28', 'Cuti Bersama Hari Raya Idul Adha 1447 H', C],
      ['05-31', 'Hari Raya Waisak 2570 BE', N],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['06-16', 'Tahun Baru Islam 1448 H', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['08-25', 'Maulid Nabi Muhammad SAW', N],
      ['12-24', 'Cuti Bersama Kelahiran Yesus Kristus', C],
      ['12-25', 'Kelahiran Yesus Kristus', N],
    ],
  },
  {
    year: 2027,
    decree: D2027,
    days: [
      ['01-01', 'Tahun Baru 2027 Masehi', N],
      ['01-05', 'Isra Mikraj Nabi Muhammad SAW 1448 H', N],
      ['02-05', 'Cuti Bersama Tahun Baru Imlek 2578 Kongzili', C],
      ['02-06', 'Tahun Baru Imlek 2578 Kongzili', N],
      ['03-08', 'Hari Suci Nyepi Tahun Baru Saka 1949', N],
      ['03-09', 'Cuti Bersama Idul Fitri 1448 H', C],
      ['03-10', 'Hari Raya Idul Fitri 1448 H', N, D2027_ISBAT],
      ['03-11', 'Hari Raya Idul Fitri 1448 H', N, D2027_ISBAT],
      ['03-12', 'Cuti Bersama Idul Fitri 1448 H', C],
      ['03-15', 'Cuti Bersama Idul Fitri 1448 H', C],
      ['03-25', 'Cuti Bersama Wafat Yesus Kristus', C],
      ['03-26', 'Wafat Yesus Kristus', N],
      ['03-28', 'Kebangkitan Yesus Kristus (Paskah)', N],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-06', 'Kenaikan Yesus Kristus', N],
      ['05-17', 'Hari Raya Idul Adha 1448 H', N, D2027_ISBAT],
      ['05-18', 'Cuti Bersama Idul Adha 1448 H', C],
      ['05-19', 'Cuti Bersama Waisak', C],
      ['05-20', 'Hari Raya Waisak 2571 BE', N],
      ['06-01', 'Hari Lahir Pancasila', N],
      ['06-06', 'Tahun Baru Islam 1449 H', N],
      ['08-15', 'Maulid Nabi Muhammad SAW', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['12-24', 'Cuti Bersama Kelahiran Yesus Kristus', C],
      ['12-25', 'Kelahiran Yesus Kristus', N],
      // The Hijri year is 11 days shorter: 27 Rajab comes twice in 2027.
      ['12-26', 'Isra Mikraj Nabi Muhammad SAW 1449 H', N],
    ],
  },
];

/** Every holiday 2020–2027, sorted by date (national before cuti bersama on the same date). */
export const HOLIDAYS: Holiday[] = YEARS.flatMap((y) =>
  y.days.map(([md, name, kind, source]) => {
    const own = typeof source === 'object' ? source.decree : source;
    let decree = own ?? y.decree;
    if (kind === C && y.cutiForCivilServants) decree = `${decree}; ${y.cutiForCivilServants}`;
    const h: Holiday = { date: `${y.year}-${md}`, name, kind, decree };
    if (typeof source === 'object' && source.provisional) h.provisional = true;
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
  { date: '2020-05-22', table: 'absent', note: 'Cuti bersama Idul Fitri in base SKB 728/2019; removed by the third amendment, SKB 440/2020, 3/2020, 3/2020 (20 May 2020). Calendars printed in 2019 still show it.' },
  { date: '2020-05-26', table: 'absent', note: 'Cuti bersama Idul Fitri 26–27 May (base SKB) and 28–29 May (first amendment, SKB 174/2020); SKB 391/2020 moved them to 28–31 Dec 2020.' },
  { date: '2020-12-28', table: 'absent', note: 'Moved here by SKB 391/2020 and listed for civil servants by Keppres 17/2020 (18 Aug 2020); 28–30 Dec removed by SKB 744/2020 (1 Dec 2020) and Keppres 23/2020 (8 Dec 2020). One report (rancakmedia) credits the December dates to SKB 440/2020; the releases quoted by okezone name 391/2020.' },
  { date: '2020-12-31', table: 'cuti_bersama', note: 'Cuti bersama "pengganti" for Idul Fitri 1441 H (setkab; Keppres 23/2020). vacanza/holidays files it as an observed holiday; it is a cuti bersama, left out when the unit works on cuti bersama.' },
  { date: '2020-12-09', table: 'nasional', note: 'Not in SKB 728/2019: Keppres 22/2020 (27 Nov 2020) made the Pilkada voting day a national holiday. Lists built from the SKB alone miss it.' },
  { date: '2024-03-29', table: 'nasional', note: 'SKB 855/2023 (Sep 2023) named the Christian holidays of 2024 "Wafat Isa Almasih", "Hari Paskah", "Kenaikan Isa Almasih", "Hari Raya Natal"; Keppres 8/2024 (29 Jan 2024) renamed them "... Yesus Kristus", and the table follows it for 29 and 31 Mar, 9 May and 25 Dec 2024. The 2024 cuti bersama keep the names of Keppres 7/2024 (9 Jan 2024).' },
  { date: '2025-12-25', table: 'nasional', note: 'Lists of SKB 1017/2024 differ on the name: "Kelahiran Yesus Kristus" (the list quoted from setkab) against "Hari Raya Natal" (a school\'s list). The table follows the setkab list and Keppres 8/2024.' },
  { date: '2021-08-10', table: 'absent', note: 'Base SKB 642/2020 set Tahun Baru Islam on 10 Aug; SKB 712/2021 moved it to 11 Aug. One report (Suara, Aug 2021) credits the move to SKB 281/2021, the February amendment; the government releases quoted elsewhere name 712/2021.' },
  { date: '2021-12-24', table: 'absent', note: 'Cuti bersama Natal in the base SKB and kept by SKB 281/2021; withdrawn by SKB 712/2021. Calendars printed in 2020 still show it.' },
  { date: '2022-07-09', table: 'absent', note: 'Base SKB 963/2021 set Idul Adha 1443 H on 9 July; SKB 678/2022 moved it to 10 July after KMA 668/2022. This table had 9 July until issue 11.' },
  { date: '2022-12-26', table: 'absent', note: 'Some news lists (Nov 2022) gave 26 Dec 2022 as cuti bersama Natal; the list of SKB 375/2022 (Setkab, Apr 2022) has no cuti bersama Natal, and the Menko PMK corrected the claim in Dec 2022.' },
  { date: '2023-04-26', table: 'absent', note: 'Cuti bersama Idul Fitri in base SKB 1066/2022; SKB 327/2023 replaced 21, 24, 25, 26 Apr by 19, 20, 21, 24, 25 Apr. Reports also differ on the base SKB\'s Menaker number (2 or 3 of 2022): the amendments\' own text, as quoted, says No. 3.' },
  { date: '2024-02-14', table: 'nasional', note: 'Not in SKB 855/2023, whose announcement (Sep 2023) left election days to a separate decree: Keppres 10/2024. Lists built from the SKB alone miss it.' },
  { date: '2024-11-27', table: 'nasional', note: 'Not in SKB 855/2023: Keppres 33/2024 (signed 21 Nov 2024). Lists built from the SKB alone miss it.' },
  { date: '2024-12-27', table: 'absent', note: 'Widely expected as cuti bersama Natal; the Kemenko PMK confirmed in Dec 2024 that it is not one. One report cites an "SKB 236/2024, 1/2024, 2/2024" for the December 2024 dates, a number found nowhere else; its dates equal the table\'s.' },
  { date: '2025-08-18', table: 'cuti_bersama', note: 'Some headlines called it a national holiday; SKB 933/2025 makes it cuti bersama.' },
  { date: '2027-01-06', table: 'absent', note: 'The computed Isra Mikraj 1448 H, which this table had until issue 23; SKB 1205/2026 (Lampiran A item 2, as quoted) sets 5 Jan.' },
  { date: '2027-03-09', table: 'cuti_bersama', note: 'This table named it "Cuti Bersama Hari Suci Nyepi dan Hari Raya Idul Fitri"; SKB 1205/2026 (as quoted) makes it cuti bersama Idul Fitri 1448 H. 10–11 Mar (Idul Fitri) and 17 May (Idul Adha) may still move: Diktum KEDUA leaves them to the Minister of Religious Affairs.' },
  { date: '2027-05-19', table: 'cuti_bersama', note: 'This table named 18 and 19 May "Cuti Bersama Hari Raya Idul Adha 1448 H dan Hari Raya Waisak"; SKB 1205/2026 (as quoted) makes 18 May cuti bersama Idul Adha and 19 May cuti bersama Waisak.' },
];

/**
 * The decree behind each year's list, for the holiday sheet's notes; `provisional` when some of the
 * year's dates may still move (left to the Minister of Religious Affairs), `cutiBersama` the
 * Keppres on civil servants' cuti bersama where the table cites one.
 */
export const HOLIDAY_DECREES: Array<{
  year: number;
  decree: string;
  provisional: boolean;
  cutiBersama: string | null;
}> = YEARS.map((y) => ({
  year: y.year,
  decree: y.decree,
  provisional: y.days.some((d) => typeof d[3] === 'object' && d[3].provisional),
  cutiBersama: y.cutiForCivilServants ?? null,
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
