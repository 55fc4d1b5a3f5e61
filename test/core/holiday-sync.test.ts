// The holiday sheet compared with the decree table: what an existing spreadsheet lacks, what an
// older version of the table wrote, and what an officer's own rows are (left alone).
import { HOLIDAYS, type Holiday } from '../../src/core/calendar';
import {
  compareHolidaySheet,
  decreeCell,
  heldYears,
  RETIRED_ROWS,
  type SheetHolidayRow,
  type HolidayCorrection,
  describeCorrection,
} from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';

const KINDS = { nasional: ['Libur Nasional'], cuti_bersama: ['Cuti Bersama'] };
const label = (k: string) => (k === 'cuti_bersama' ? 'Cuti Bersama' : 'Libur Nasional');

// Dates the issue-11 corrections added; with RETIRED_ROWS they rebuild the table as it was before.
const NEW_DATES = [
  '2022-07-10',
  '2024-02-14',
  '2024-11-27',
  '2027-01-05',
  '2027-02-05',
  '2027-03-09',
  '2027-03-12',
  '2027-03-15',
  '2027-03-25',
  '2027-05-18',
  '2027-05-19',
  '2027-12-24',
  '2027-12-26',
];

function oldTable(): Array<{ date: string; name: string; kind: string; source: string }> {
  const retiredDates = new Set(RETIRED_ROWS.map((r) => r.date));
  const kept = HOLIDAYS.filter((h) => !retiredDates.has(h.date) && !NEW_DATES.includes(h.date)).map((h) => ({
    date: h.date,
    name: h.name,
    kind: h.kind as string,
    source: decreeCell(h),
  }));
  return [...kept, ...RETIRED_ROWS].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function sheet(rows: Array<{ date: string; name: string; kind: string; source: string }>): SheetHolidayRow[] {
  return rows.map((r, i) => ({
    row: i + 2,
    day: dayFromIso(r.date),
    name: r.name,
    kind: label(r.kind),
    source: r.source,
  }));
}

const current = (hs: Holiday[]) =>
  hs.map((h) => ({ date: h.date, name: h.name, kind: h.kind as string, source: decreeCell(h) }));
const summary = (cs: HolidayCorrection[]) =>
  cs.map((c) => `${c.action} ${c.action === 'remove' ? c.was.date : c.holiday.date}`);

describe('comparing a holiday sheet with the decree table', () => {
  test('the table before issue 11 had 161 rows: the reconstruction is exact in size', () => {
    expect(oldTable()).toHaveLength(161);
  });

  test('a sheet filled by the old table gets every correction: election days, amendments, 2027', () => {
    const cs = compareHolidaySheet(sheet(oldTable()), KINDS);
    const s = summary(cs);
    for (const d of NEW_DATES) expect(s).toContain(`add ${d}`);
    expect(s).toContain('remove 2022-07-09');
    expect(s).toContain('remove 2027-01-06');
    for (const d of ['2021-05-12', '2023-04-19', '2023-04-20', '2023-06-28', '2023-06-30', '2027-01-01', '2027-12-25'])
      expect(s).toContain(`update ${d}`);
    // Every other row is left alone: 13 adds, 2 removals, 21 rewrites of unedited rows.
    expect(cs.filter((c) => c.action === 'add')).toHaveLength(13);
    expect(cs.filter((c) => c.action === 'remove')).toHaveLength(2);
    expect(cs.filter((c) => c.action === 'update')).toHaveLength(21);
  });

  test('a sheet that already matches the table has nothing to correct', () => {
    expect(compareHolidaySheet(sheet(current(HOLIDAYS)), KINDS)).toEqual([]);
  });

  test('only the years the sheet holds are compared', () => {
    const only2025 = current(HOLIDAYS.filter((h) => h.date.startsWith('2025-')));
    expect(heldYears(sheet(only2025))).toEqual([2025]);
    const without2024 = only2025.filter((h) => h.date !== '2025-08-18');
    expect(summary(compareHolidaySheet(sheet(without2024), KINDS))).toEqual(['add 2025-08-18']);
  });

  test('a row the officer edited is never removed or rewritten; its date counts as present', () => {
    const rows = oldTable().map((r) => (r.date === '2022-07-09' ? { ...r, name: 'Idul Adha (dicatat petugas)' } : r));
    const s = summary(compareHolidaySheet(sheet(rows), KINDS));
    expect(s).not.toContain('remove 2022-07-09');
    expect(s).toContain('add 2022-07-10');
    const own = oldTable().concat([
      { date: '2024-02-14', name: 'Pemilu (libur)', kind: 'nasional', source: 'ditambahkan petugas' },
    ]);
    expect(summary(compareHolidaySheet(sheet(own), KINDS))).not.toContain('add 2024-02-14');
  });

  test('a row with a different source text (typed by hand) is not taken for an old table row', () => {
    const rows = oldTable().map((r) => (r.date === '2023-04-19' ? { ...r, source: `${r.source} dicek` } : r));
    expect(summary(compareHolidaySheet(sheet(rows), KINDS))).not.toContain('update 2023-04-19');
  });

  test('English kind labels compare too', () => {
    const rows = sheet(oldTable()).map((r) => ({
      ...r,
      kind: r.kind === 'Cuti Bersama' ? 'Collective leave' : 'National holiday',
    }));
    const kinds = {
      nasional: ['Libur Nasional', 'National holiday'],
      cuti_bersama: ['Cuti Bersama', 'Collective leave'],
    };
    expect(compareHolidaySheet(rows, kinds).filter((c) => c.action === 'update')).toHaveLength(21);
  });

  test('each correction reads as one plain line with its legal source', () => {
    const add = compareHolidaySheet(sheet(oldTable()), KINDS).find(
      (c) => c.action === 'add' && c.holiday.date === '2024-02-14',
    )!;
    expect(describeCorrection(add, { add: 'Tambah', update: 'Perbarui', remove: 'Kosongkan' })).toBe(
      'Tambah: 14/02/2024 Hari Pemungutan Suara Pemilihan Umum Tahun 2024 (Keputusan Presiden No. 10 Tahun 2024 (hari pemungutan suara Pemilu 2024 sebagai hari libur nasional))',
    );
  });
});
