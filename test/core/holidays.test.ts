import {
  HOLIDAYS,
  HOLIDAY_DECREES,
  SOURCE_DISAGREEMENTS,
  holidaysForYears,
  holidayDays,
} from '../../src/core/calendar';
import { dayFromIso, isValidYmd, weekday } from '../../src/core/calendar';

const of = (year: number, kind: 'nasional' | 'cuti_bersama') =>
  HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`) && h.kind === kind).map((h) => h.date);

describe('holiday data 2020–2027', () => {
  test('every entry is a real date with an Indonesian name, a kind and its decree', () => {
    for (const h of HOLIDAYS) {
      const [y, m, d] = h.date.split('-').map(Number);
      expect(isValidYmd(y, m, d)).toBe(true);
      expect(y).toBeGreaterThanOrEqual(2020);
      expect(y).toBeLessThanOrEqual(2027);
      expect(h.name.length).toBeGreaterThan(3);
      expect(['nasional', 'cuti_bersama']).toContain(h.kind);
      expect(h.decree.length).toBeGreaterThan(10);
      if (h.kind === 'cuti_bersama') expect(h.name).toMatch(/^Cuti Bersama/);
    }
  });

  test('is sorted by date and holds no entry twice', () => {
    const keys = HOLIDAYS.map((h) => `${h.date}|${h.kind}|${h.name}`);
    expect(new Set(keys).size).toBe(keys.length);
    const dates = HOLIDAYS.map((h) => h.date);
    expect([...dates].sort()).toEqual(dates);
  });

  test('names the SKB of each year; only Idul Fitri and Idul Adha 2027 wait for the isbat', () => {
    const byYear = Object.fromEntries(HOLIDAY_DECREES.map((d) => [d.year, d]));
    expect(Object.keys(byYear).map(Number)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(byYear[2020].decree).toContain('No. 728 Tahun 2019, No. 213 Tahun 2019, No. 01 Tahun 2019');
    expect(byYear[2027].decree).toContain('No. 1205 Tahun 2026, No. 3 Tahun 2026, No. 2 Tahun 2026');
    expect(byYear[2024].decree).toContain('No. 855 Tahun 2023, No. 3 Tahun 2023, No. 4 Tahun 2023');
    expect(byYear[2025].decree).toContain('No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024');
    expect(byYear[2026].decree).toContain('No. 1497 Tahun 2025');
    for (const y of [2020, 2021, 2022, 2023, 2024, 2025, 2026]) expect(byYear[y].provisional).toBe(false);
    expect(byYear[2027].provisional).toBe(true);
    expect(HOLIDAYS.filter((h) => h.provisional).map((h) => h.date)).toEqual([
      '2027-03-10',
      '2027-03-11',
      '2027-05-17',
    ]);
    for (const h of HOLIDAYS.filter((x) => x.provisional)) {
      expect(h.name).toMatch(/^Hari Raya Idul (Fitri|Adha) 1448 H$/);
      expect(h.decree).toMatch(/No\. 1205 Tahun 2026.*Menteri Agama setelah sidang isbat/);
    }
  });

  test('2026 cuti bersama cite Keppres 42/2025 beside SKB 1497/2025; 2020 cite Keppres 17/2020 as amended', () => {
    for (const h of HOLIDAYS.filter((x) => x.date.startsWith('2026-'))) {
      expect(h.decree).toContain('No. 1497 Tahun 2025');
      expect([h.date, h.decree.includes('Keputusan Presiden No. 42 Tahun 2025')]).toEqual([
        h.date,
        h.kind === 'cuti_bersama',
      ]);
    }
    expect(HOLIDAY_DECREES.find((d) => d.year === 2026)!.cutiBersama).toBe(
      'cuti bersama ASN: Keputusan Presiden No. 42 Tahun 2025',
    );
    for (const h of HOLIDAYS.filter((x) => x.date.startsWith('2020-') && x.kind === 'cuti_bersama'))
      expect(h.decree).toMatch(/Keputusan Presiden No\. 17 Tahun 2020, diubah Keputusan Presiden No\. 23 Tahun 2020$/);
  });

  test('2020 as its decrees left it: base SKB 728/2019, four amendments, Keppres 22/2020 for 9 December', () => {
    expect(of(2020, 'nasional')).toHaveLength(17);
    expect(of(2020, 'cuti_bersama')).toEqual(['2020-08-21', '2020-10-28', '2020-10-30', '2020-12-24', '2020-12-31']);
    const at = (d: string) => HOLIDAYS.find((h) => h.date === d)!;
    expect(at('2020-12-09')).toMatchObject({ kind: 'nasional' });
    expect(at('2020-12-09').decree).toMatch(/^Keputusan Presiden No\. 22 Tahun 2020/);
    expect(at('2020-08-21').decree).toContain('No. 174 Tahun 2020, No. 01 Tahun 2020, No. 01 Tahun 2020');
    expect(at('2020-10-28').decree).toContain('No. 391 Tahun 2020, No. 02 Tahun 2020, No. 02 Tahun 2020');
    expect(at('2020-12-31').decree).toContain('No. 744 Tahun 2020, No. 05 Tahun 2020, No. 06 Tahun 2020');
    // The Idul Fitri cuti bersama the amendments moved or removed are not in the table.
    for (const d of [
      '2020-05-22',
      '2020-05-26',
      '2020-05-27',
      '2020-05-28',
      '2020-05-29',
      '2020-12-28',
      '2020-12-29',
      '2020-12-30',
    ])
      expect(HOLIDAYS.some((h) => h.date === d)).toBe(false);
  });

  test("the Christian holidays carry the Keppres 8/2024 names from 2024; earlier years keep their decrees' names", () => {
    const name = (d: string) => HOLIDAYS.find((h) => h.date === d && !/Idul Fitri/.test(h.name))!.name;
    for (const y of [2020, 2021, 2022, 2023]) {
      const names = HOLIDAYS.filter((h) => h.date.startsWith(`${y}-`)).map((h) => h.name);
      expect(names.some((n) => n.includes('Yesus Kristus'))).toBe(false);
      expect(names).toEqual(expect.arrayContaining(['Wafat Isa Almasih', 'Kenaikan Isa Almasih', 'Hari Raya Natal']));
    }
    const since2024: Record<string, string> = {
      '2024-03-29': 'Wafat Yesus Kristus',
      '2024-03-31': 'Kebangkitan Yesus Kristus (Paskah)',
      '2024-05-09': 'Kenaikan Yesus Kristus',
      '2024-12-25': 'Kelahiran Yesus Kristus',
      '2025-04-18': 'Wafat Yesus Kristus',
      '2025-04-20': 'Kebangkitan Yesus Kristus (Paskah)',
      '2025-05-29': 'Kenaikan Yesus Kristus',
      '2025-05-30': 'Cuti Bersama Kenaikan Yesus Kristus',
      '2025-12-25': 'Kelahiran Yesus Kristus',
      '2025-12-26': 'Cuti Bersama Kelahiran Yesus Kristus',
      '2026-04-03': 'Wafat Yesus Kristus',
      '2026-04-05': 'Kebangkitan Yesus Kristus (Paskah)',
      '2026-05-14': 'Kenaikan Yesus Kristus',
      '2026-05-15': 'Cuti Bersama Kenaikan Yesus Kristus',
      '2026-12-24': 'Cuti Bersama Kelahiran Yesus Kristus',
      '2026-12-25': 'Kelahiran Yesus Kristus',
      '2027-03-25': 'Cuti Bersama Wafat Yesus Kristus',
      '2027-03-26': 'Wafat Yesus Kristus',
      '2027-03-28': 'Kebangkitan Yesus Kristus (Paskah)',
      '2027-05-06': 'Kenaikan Yesus Kristus',
      '2027-12-24': 'Cuti Bersama Kelahiran Yesus Kristus',
      '2027-12-25': 'Kelahiran Yesus Kristus',
    };
    for (const [d, n] of Object.entries(since2024)) expect([d, name(d)]).toEqual([d, n]);
    for (const h of HOLIDAYS.filter((x) => x.date >= '2025-01-01' || (x.date >= '2024-01-01' && x.kind === 'nasional')))
      expect([h.date, /Isa Al ?masih|Hari Paskah|^Hari Raya Natal$/i.test(h.name)]).toEqual([h.date, false]);
    // The 2024 national days name the Keppres that renamed them; 2024's cuti bersama keep Keppres 7/2024's names.
    expect(HOLIDAYS.find((h) => h.date === '2024-03-29')!.decree).toContain('Keputusan Presiden No. 8 Tahun 2024');
    expect(name('2024-05-10')).toBe('Cuti Bersama Kenaikan Isa Almasih');
    expect(name('2024-12-26')).toBe('Cuti Bersama Hari Raya Natal');
  });

  test('Idul Fitri 2024: 10–11 April, cuti bersama 8, 9, 12 and 15 April', () => {
    expect(of(2024, 'nasional').filter((d) => d.startsWith('2024-04'))).toEqual(['2024-04-10', '2024-04-11']);
    expect(of(2024, 'cuti_bersama').filter((d) => d.startsWith('2024-04'))).toEqual([
      '2024-04-08',
      '2024-04-09',
      '2024-04-12',
      '2024-04-15',
    ]);
  });

  test('Idul Fitri 2025: 31 March–1 April, cuti bersama 2, 3, 4 and 7 April', () => {
    const fitri = HOLIDAYS.filter((h) => h.name.includes('Idul Fitri 1446'));
    expect(fitri.filter((h) => h.kind === 'nasional').map((h) => h.date)).toEqual(['2025-03-31', '2025-04-01']);
    expect(fitri.filter((h) => h.kind === 'cuti_bersama').map((h) => h.date)).toEqual([
      '2025-04-02',
      '2025-04-03',
      '2025-04-04',
      '2025-04-07',
    ]);
  });

  test('the amended 2025 decree adds 18 August as cuti bersama and says which decree did', () => {
    const aug18 = HOLIDAYS.find((h) => h.date === '2025-08-18')!;
    expect(aug18.kind).toBe('cuti_bersama');
    expect(aug18.decree).toContain('933 Tahun 2025');
  });

  test('fixed national days appear every year', () => {
    for (let y = 2020; y <= 2027; y++) {
      const dates = of(y, 'nasional');
      for (const md of ['01-01', '05-01', '06-01', '08-17', '12-25']) expect(dates).toContain(`${y}-${md}`);
    }
  });

  test('yearly counts match the decrees (national dates / cuti bersama), Keppres days included', () => {
    const counts = (y: number) => [new Set(of(y, 'nasional')).size, of(y, 'cuti_bersama').length];
    // 2024: 17 of SKB 855/2023 + 2 election days by Keppres 10/2024 and 33/2024.
    expect(counts(2024)).toEqual([19, 10]);
    expect(counts(2025)).toEqual([17, 11]);
    expect(counts(2026)).toEqual([17, 8]);
  });

  // The figure that moves deadlines: a holiday on a weekend changes nothing, one on a weekday moves
  // every due date across it. Pinned per year so that a silent removal (or addition) shows.
  test("each year's weekday holidays and cuti bersama are pinned", () => {
    const weekdayCount = (dates: string[]) =>
      new Set(dates.filter((d) => ![0, 6].includes(weekday(dayFromIso(d))))).size;
    const pinned: Record<number, [number, number]> = {
      2020: [14, 5],
      2021: [12, 1],
      2022: [10, 4],
      2023: [10, 11],
      2024: [14, 10],
      2025: [13, 11],
      2026: [13, 8],
      2027: [11, 8],
    };
    for (let y = 2020; y <= 2027; y++) {
      expect([y, weekdayCount(of(y, 'nasional')), weekdayCount(of(y, 'cuti_bersama'))]).toEqual([y, ...pinned[y]]);
    }
  });

  test('every date names its legal source: an SKB or Keppres number', () => {
    for (const h of HOLIDAYS) {
      const numbered =
        /^(Keputusan Bersama .* No\. \d+ Tahun \d{4}, No\. \d+ Tahun \d{4}, No\. \d+ Tahun \d{4}|Keputusan Presiden No\. \d+ Tahun \d{4})/.test(
          h.decree,
        );
      expect([h.date, numbered]).toEqual([h.date, true]);
      expect([h.date, /belum diketahui|perkiraan|sumber sekunder/i.test(`${h.decree} ${h.name}`)]).toEqual([
        h.date,
        false,
      ]);
    }
  });

  test('the election days of 2024 are national holidays by their Keppres', () => {
    const feb14 = HOLIDAYS.find((h) => h.date === '2024-02-14')!;
    const nov27 = HOLIDAYS.find((h) => h.date === '2024-11-27')!;
    expect(feb14).toMatchObject({ kind: 'nasional' });
    expect(feb14.decree).toMatch(/^Keputusan Presiden No\. 10 Tahun 2024/);
    expect(nov27).toMatchObject({ kind: 'nasional' });
    expect(nov27.decree).toMatch(/^Keputusan Presiden No\. 33 Tahun 2024/);
    // Both Wednesdays: they move deadlines.
    expect([weekday(dayFromIso('2024-02-14')), weekday(dayFromIso('2024-11-27'))]).toEqual([3, 3]);
  });

  test('amendments name their own numbers: 2021, 2022 (Idul Adha to 10 July), 2023', () => {
    const at = (d: string) => HOLIDAYS.filter((h) => h.date === d);
    expect(at('2022-07-09')).toEqual([]);
    expect(at('2022-07-10')[0].decree).toContain('No. 678 Tahun 2022, No. 2 Tahun 2022, No. 2 Tahun 2022');
    for (const d of ['2023-04-19', '2023-04-20'])
      expect(at(d)[0].decree).toContain('No. 327 Tahun 2023, No. 1 Tahun 2023, No. 1 Tahun 2023');
    for (const d of ['2023-06-28', '2023-06-30'])
      expect(at(d)[0].decree).toContain('No. 624 Tahun 2023, No. 2 Tahun 2023, No. 2 Tahun 2023');
    expect(at('2021-08-11')[0].decree).toContain('No. 712 Tahun 2021');
  });

  test('2027 is SKB 1205/2026: 18 national holidays, 8 cuti bersama, Isra Mikraj twice, one label per cuti bersama', () => {
    // 18 national holidays as the decree counts them (Idul Fitri's two days count as two).
    expect(of(2027, 'nasional')).toHaveLength(18);
    expect(of(2027, 'cuti_bersama')).toEqual([
      '2027-02-05',
      '2027-03-09',
      '2027-03-12',
      '2027-03-15',
      '2027-03-25',
      '2027-05-18',
      '2027-05-19',
      '2027-12-24',
    ]);
    const isra = HOLIDAYS.filter((h) => h.date.startsWith('2027-') && h.name.startsWith('Isra Mikraj')).map(
      (h) => h.date,
    );
    expect(isra).toEqual(['2027-01-05', '2027-12-26']);
    const name = (d: string) => HOLIDAYS.find((h) => h.date === d)!.name;
    expect(name('2027-03-09')).toBe('Cuti Bersama Idul Fitri 1448 H');
    expect(name('2027-05-18')).toBe('Cuti Bersama Idul Adha 1448 H');
    expect(name('2027-05-19')).toBe('Cuti Bersama Waisak');
    for (const h of HOLIDAYS.filter((x) => x.date.startsWith('2027-'))) {
      expect(h.decree).toMatch(/^Keputusan Bersama .* No\. 1205 Tahun 2026, No\. 3 Tahun 2026, No\. 2 Tahun 2026/);
      expect(h.name).not.toMatch(/perkiraan/);
    }
    expect(SOURCE_DISAGREEMENTS.find((d) => d.date === '2027-01-06')!.note).toMatch(/1205\/2026.*5 Jan/);
  });

  test('where sources disagree, the table holds what the decree says', () => {
    expect(SOURCE_DISAGREEMENTS.length).toBeGreaterThanOrEqual(16);
    expect(SOURCE_DISAGREEMENTS.some((d) => /secondary source is followed/.test(d.note))).toBe(false);
    for (const d of SOURCE_DISAGREEMENTS) {
      const kinds = HOLIDAYS.filter((h) => h.date === d.date).map((h) => h.kind);
      expect([d.date, d.table === 'absent' ? kinds.length === 0 : kinds.includes(d.table)]).toEqual([d.date, true]);
      expect(d.note.length).toBeGreaterThan(40);
    }
  });

  test('holidaysForYears picks years and can leave cuti bersama out', () => {
    const all = holidaysForYears(2024, 2025, true);
    const nationalOnly = holidaysForYears(2024, 2025, false);
    expect(all.every((h) => h.date >= '2024-01-01' && h.date <= '2025-12-31')).toBe(true);
    expect(nationalOnly.every((h) => h.kind === 'nasional')).toBe(true);
    expect(all.length - nationalOnly.length).toBe(21);
    expect(nationalOnly.some((h) => h.date === '2024-02-14')).toBe(true);
    expect(holidayDays(all)[0]).toBe(dayFromIso(all[0].date));
    expect(weekday(dayFromIso('2024-04-10'))).toBe(3);
  });
});
