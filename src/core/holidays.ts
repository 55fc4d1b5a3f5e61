// National holidays (hari libur nasional) and collective leave days (cuti bersama) 2021–2027, as
// set each year by the joint decree (SKB) of the Ministers of Religious Affairs, Manpower and
// Administrative Reform (Menag, Menaker, MenPAN-RB). These only pre-fill the holiday sheet: at run
// time the sheet's list is what counts, because officers correct it when a decree is amended.
//
// Where a year's decree was amended, the final state is kept and each entry names the decree that
// set it. 2027 has no decree yet: its dates are computed (Islamic dates by the expected hilal,
// Easter by the Gregorian computus, Imlek/Waisak/Nyepi by the lunisolar calendars), carry no cuti
// bersama, and are marked provisional so the holiday sheet can say so.
import type { Day } from './types';
import { dayFromIso } from './dates';

export type HolidayKind = 'nasional' | 'cuti_bersama';

export interface Holiday {
  date: string; // YYYY-MM-DD
  name: string;
  kind: HolidayKind;
  decree: string;
  provisional?: boolean;
}

const SKB = 'Keputusan Bersama Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB';

interface YearData {
  year: number;
  decree: string;
  provisional?: boolean;
  /** [MM-DD, name, kind, decree of the amendment that set this entry (when not the base decree)] */
  days: Array<[string, string, HolidayKind] | [string, string, HolidayKind, string]>;
}

const N: HolidayKind = 'nasional';
const C: HolidayKind = 'cuti_bersama';

const D2021 = `${SKB} No. 642 Tahun 2020, No. 4 Tahun 2020, No. 4 Tahun 2020`;
const D2021_AMEND2 = `${SKB} No. 712 Tahun 2021, No. 1 Tahun 2021, No. 3 Tahun 2021 (perubahan kedua)`;
const D2022 = `${SKB} No. 963 Tahun 2021, No. 3 Tahun 2021, No. 4 Tahun 2021`;
const D2022_AMEND = `${SKB} No. 375 Tahun 2022, No. 1 Tahun 2022, No. 1 Tahun 2022 (perubahan)`;
const D2023 = `${SKB} No. 1066 Tahun 2022, No. 3 Tahun 2022, No. 3 Tahun 2022`;
const D2023_AMEND = `${D2023}, perubahan tahun 2023`;
const D2024 = `${SKB} No. 855 Tahun 2023, No. 3 Tahun 2023, No. 4 Tahun 2023`;
const D2025 = `${SKB} No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024`;
const D2025_AMEND = `${SKB} No. 933 Tahun 2025, No. 1 Tahun 2025, No. 3 Tahun 2025 (perubahan)`;
const D2026 = `${SKB} No. 1497 Tahun 2025, No. 2 Tahun 2025, No. 5 Tahun 2025`;
const D2027 = 'Belum ada SKB: tanggal perkiraan, periksa kembali setelah SKB 2027 terbit';

const YEARS: YearData[] = [
  {
    year: 2021, decree: D2021, days: [
      ['01-01', 'Tahun Baru 2021 Masehi', N],
      ['02-12', 'Tahun Baru Imlek 2572 Kongzili', N],
      ['03-11', 'Isra Mikraj Nabi Muhammad SAW', N],
      ['03-14', 'Hari Suci Nyepi Tahun Baru Saka 1943', N],
      ['04-02', 'Wafat Isa Almasih', N],
      ['05-01', 'Hari Buruh Internasional', N],
      ['05-12', 'Cuti Bersama Hari Raya Idul Fitri 1442 H', C],
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
    year: 2022, decree: D2022, days: [
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
      ['07-09', 'Hari Raya Idul Adha 1443 H', N],
      ['07-30', 'Tahun Baru Islam 1444 H', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['10-08', 'Maulid Nabi Muhammad SAW', N],
      ['12-25', 'Hari Raya Natal', N],
    ],
  },
  {
    year: 2023, decree: D2023, days: [
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
      ['06-28', 'Cuti Bersama Hari Raya Idul Adha 1444 H', C, D2023_AMEND],
      ['06-29', 'Hari Raya Idul Adha 1444 H', N],
      ['06-30', 'Cuti Bersama Hari Raya Idul Adha 1444 H', C, D2023_AMEND],
      ['07-19', 'Tahun Baru Islam 1445 H', N],
      ['08-17', 'Hari Kemerdekaan Republik Indonesia', N],
      ['09-28', 'Maulid Nabi Muhammad SAW', N],
      ['12-25', 'Hari Raya Natal', N],
      ['12-26', 'Cuti Bersama Hari Raya Natal', C],
    ],
  },
  {
    year: 2024, decree: D2024, days: [
      ['01-01', 'Tahun Baru 2024 Masehi', N],
      ['02-08', 'Isra Mikraj Nabi Muhammad SAW', N],
      ['02-09', 'Cuti Bersama Tahun Baru Imlek 2575 Kongzili', C],
      ['02-10', 'Tahun Baru Imlek 2575 Kongzili', N],
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
      ['12-25', 'Hari Raya Natal', N],
      ['12-26', 'Cuti Bersama Hari Raya Natal', C],
    ],
  },
  {
    year: 2025, decree: D2025, days: [
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
    year: 2026, decree: D2026, days: [
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
    year: 2027, decree: D2027, provisional: true, days: [
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
    ],
  },
];

/** Every holiday 2021–2027, sorted by date (national before cuti bersama on the same date). */
export const HOLIDAYS: Holiday[] = YEARS.flatMap((y) => y.days.map(([md, name, kind, decree]) => {
  const h: Holiday = { date: `${y.year}-${md}`, name, kind, decree: decree ?? y.decree };
  if (y.provisional) h.provisional = true;
  return h;
})).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === b.kind ? 0 : a.kind === 'nasional' ? -1 : 1));

/** The decree behind each year's list, for the holiday sheet's notes. */
export const HOLIDAY_DECREES: Array<{ year: number; decree: string; provisional: boolean }> =
  YEARS.map((y) => ({ year: y.year, decree: y.decree, provisional: !!y.provisional }));

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
