import { HOLIDAYS, HOLIDAY_DECREES, holidaysForYears, holidayDays } from '../../src/core/holidays';
import { dayFromIso, isValidYmd, weekday } from '../../src/core/dates';

const of = (year: number, kind: 'nasional' | 'cuti_bersama') =>
  HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`) && h.kind === kind).map((h) => h.date);

describe('holiday data 2021–2027', () => {
  test('every entry is a real date with an Indonesian name, a kind and its decree', () => {
    for (const h of HOLIDAYS) {
      const [y, m, d] = h.date.split('-').map(Number);
      expect(isValidYmd(y, m, d)).toBe(true);
      expect(y).toBeGreaterThanOrEqual(2021);
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

  test('names the SKB of each year, and only 2027 is provisional', () => {
    const byYear = Object.fromEntries(HOLIDAY_DECREES.map((d) => [d.year, d]));
    expect(Object.keys(byYear).map(Number)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027]);
    expect(byYear[2024].decree).toContain('No. 855 Tahun 2023, No. 3 Tahun 2023, No. 4 Tahun 2023');
    expect(byYear[2025].decree).toContain('No. 1017 Tahun 2024, No. 2 Tahun 2024, No. 2 Tahun 2024');
    expect(byYear[2026].decree).toContain('No. 1497 Tahun 2025');
    for (const y of [2021, 2022, 2023, 2024, 2025, 2026]) expect(byYear[y].provisional).toBe(false);
    expect(byYear[2027].provisional).toBe(true);
    for (const h of HOLIDAYS) expect(!!h.provisional).toBe(h.date.startsWith('2027-'));
  });

  test('Idul Fitri 2024: 10–11 April, cuti bersama 8, 9, 12 and 15 April', () => {
    expect(of(2024, 'nasional').filter((d) => d.startsWith('2024-04'))).toEqual(['2024-04-10', '2024-04-11']);
    expect(of(2024, 'cuti_bersama').filter((d) => d.startsWith('2024-04'))).toEqual(['2024-04-08', '2024-04-09', '2024-04-12', '2024-04-15']);
  });

  test('Idul Fitri 2025: 31 March–1 April, cuti bersama 2, 3, 4 and 7 April', () => {
    const fitri = HOLIDAYS.filter((h) => h.name.includes('Idul Fitri 1446'));
    expect(fitri.filter((h) => h.kind === 'nasional').map((h) => h.date)).toEqual(['2025-03-31', '2025-04-01']);
    expect(fitri.filter((h) => h.kind === 'cuti_bersama').map((h) => h.date)).toEqual(['2025-04-02', '2025-04-03', '2025-04-04', '2025-04-07']);
  });

  test('the amended 2025 decree adds 18 August as cuti bersama and says which decree did', () => {
    const aug18 = HOLIDAYS.find((h) => h.date === '2025-08-18')!;
    expect(aug18.kind).toBe('cuti_bersama');
    expect(aug18.decree).toContain('933 Tahun 2025');
  });

  test('fixed national days appear every year', () => {
    for (let y = 2021; y <= 2027; y++) {
      const dates = of(y, 'nasional');
      for (const md of ['01-01', '05-01', '06-01', '08-17', '12-25']) expect(dates).toContain(`${y}-${md}`);
    }
  });

  test('yearly counts match the decrees (national / cuti bersama)', () => {
    const counts = (y: number) => [new Set(of(y, 'nasional')).size, of(y, 'cuti_bersama').length];
    expect(counts(2024)).toEqual([17, 10]);
    expect(counts(2025)).toEqual([17, 11]);
    expect(counts(2026)).toEqual([17, 8]);
  });

  test('holidaysForYears picks years and can leave cuti bersama out', () => {
    const all = holidaysForYears(2024, 2025, true);
    const nationalOnly = holidaysForYears(2024, 2025, false);
    expect(all.every((h) => h.date >= '2024-01-01' && h.date <= '2025-12-31')).toBe(true);
    expect(nationalOnly.every((h) => h.kind === 'nasional')).toBe(true);
    expect(all.length - nationalOnly.length).toBe(21);
    expect(holidayDays(all)[0]).toBe(dayFromIso(all[0].date));
    expect(weekday(dayFromIso('2024-04-10'))).toBe(3);
  });
});
