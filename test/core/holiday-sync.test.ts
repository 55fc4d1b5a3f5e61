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
import { dayFromIso, correctionChange, describeCorrections } from '../../src/core/calendar';
import * as fs from 'node:fs';
import * as path from 'node:path';

const KINDS = { nasional: ['Libur Nasional'], cuti_bersama: ['Cuti Bersama'] };
const label = (k: string) => (k === 'cuti_bersama' ? 'Cuti Bersama' : 'Libur Nasional');

// Dates the issue-11 corrections added to the first table.
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

type Row = { date: string; name: string; kind: string; source: string };

/** An older built-in table exactly as it wrote a Hari Libur sheet (test/fixtures/holidays, from git). */
function olderTable(commit: '3849f99' | '7dab633'): Row[] {
  const file = path.join(__dirname, '..', 'fixtures', 'holidays', `table-${commit}.json`);
  const rows: string[][] = JSON.parse(fs.readFileSync(file, 'utf8')).rows;
  return rows.map(([date, name, kind, source]) => ({ date, name, kind, source }));
}
const oldTable = () => olderTable('3849f99');
const key = (r: Row) => [r.date, r.name, r.kind, r.source].join('|');

function sheet(rows: Row[]): SheetHolidayRow[] {
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
  test('the older tables as written: 161 rows (first release), 172 (issue 11); the current one adds 2020', () => {
    expect(oldTable()).toHaveLength(161);
    expect(olderTable('7dab633')).toHaveLength(172);
    expect(HOLIDAYS).toHaveLength(194);
  });

  test('every row an older table wrote that the current table lacks is a retired row, and only those', () => {
    const now = new Set(current(HOLIDAYS).map(key));
    const written = new Map<string, Row>();
    for (const c of ['3849f99', '7dab633'] as const)
      for (const r of olderTable(c)) if (!now.has(key(r))) written.set(key(r), r);
    const retired = RETIRED_ROWS.map((r) => key({ ...r, kind: r.kind as string }));
    expect(new Set(retired).size).toBe(retired.length);
    expect([...retired].sort()).toEqual([...written.keys()].sort());
    expect(retired).toHaveLength(71);
  });

  test('a sheet filled by the old table gets every correction: election days, amendments, 2027', () => {
    const cs = compareHolidaySheet(sheet(oldTable()), KINDS);
    const s = summary(cs);
    for (const d of NEW_DATES) expect(s).toContain(`add ${d}`);
    expect(s).toContain('remove 2022-07-09');
    expect(s).toContain('remove 2027-01-06');
    for (const d of ['2021-05-12', '2023-04-19', '2023-04-20', '2023-06-28', '2023-06-30', '2027-01-01', '2027-12-25'])
      expect(s).toContain(`update ${d}`);
    // Every other row is left alone: 13 adds, 2 removals, 43 rewrites of unedited rows (28 of them
    // renames, 15 new citations of the same day).
    expect(cs.filter((c) => c.action === 'add')).toHaveLength(13);
    expect(cs.filter((c) => c.action === 'remove')).toHaveLength(2);
    expect(cs.filter((c) => c.action === 'update')).toHaveLength(43);
    expect(cs.filter((c) => correctionChange(c) === 'name')).toHaveLength(28);
    expect(cs.filter((c) => correctionChange(c) === 'kind')).toHaveLength(0);
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
    expect(compareHolidaySheet(rows, kinds).filter((c) => c.action === 'update')).toHaveLength(43);
  });

  test('each correction reads as one plain line with its legal source', () => {
    const add = compareHolidaySheet(sheet(oldTable()), KINDS).find(
      (c) => c.action === 'add' && c.holiday.date === '2024-02-14',
    )!;
    expect(describeCorrection(add, { add: 'Tambah', update: 'Perbarui', remove: 'Kosongkan' })).toBe(
      'Tambah: 14/02/2024 Hari Pemungutan Suara Pemilihan Umum Tahun 2024 (Keputusan Presiden No. 10 Tahun 2024 (hari pemungutan suara Pemilu 2024 sebagai hari libur nasional))',
    );
  });

  test('a sheet written by the issue-11 table: the Yesus Kristus names, SKB 1205/2026 and Keppres 42/2025, nothing else', () => {
    const cs = compareHolidaySheet(sheet(olderTable('7dab633')), KINDS);
    expect(cs.every((c) => c.action === 'update')).toBe(true);
    const renamed = cs.filter((c) => correctionChange(c) === 'name') as Array<
      Extract<HolidayCorrection, { action: 'update' }>
    >;
    const resourced = cs.filter((c) => correctionChange(c) === 'source') as Array<
      Extract<HolidayCorrection, { action: 'update' }>
    >;
    expect([renamed.length, resourced.length]).toEqual([35, 13]);
    const to = (d: string) => renamed.find((c) => c.holiday.date === d)?.holiday.name;
    expect(to('2025-04-18')).toBe('Wafat Yesus Kristus');
    expect(to('2026-04-05')).toBe('Kebangkitan Yesus Kristus (Paskah)');
    expect(to('2026-05-14')).toBe('Kenaikan Yesus Kristus');
    expect(to('2026-12-25')).toBe('Kelahiran Yesus Kristus');
    expect(to('2027-05-19')).toBe('Cuti Bersama Waisak');
    // The 2026 cuti bersama keep their names and gain the Keppres beside the SKB.
    const feb16 = resourced.find((c) => c.holiday.date === '2026-02-16')!;
    expect(feb16.holiday.decree).toMatch(/No\. 1497 Tahun 2025.*Keputusan Presiden No\. 42 Tahun 2025/);
    // The 2024 cuti bersama keep the names of Keppres 7/2024: nothing to rename there.
    const dates = cs.map((c) => (c.action === 'remove' ? c.was.date : c.holiday.date));
    expect(dates.filter((d) => d === '2024-05-10' || d === '2024-12-26')).toEqual([]);
  });

  test('renames and new citations read as one line each, whatever their number', () => {
    const words = {
      add: 'Tambah',
      update: 'Perbarui',
      remove: 'Kosongkan',
      renamed: (n: number, e: { date: string; was: string; now: string }) =>
        `${n} nama hari libur diperbarui (${e.date}: ${e.was} → ${e.now})`,
      resourced: (n: number, e: { date: string }) => `${n} dasar hukum diperbarui (${e.date})`,
    };
    const lines = describeCorrections(compareHolidaySheet(sheet(olderTable('7dab633')), KINDS), words);
    expect(lines).toEqual([
      '35 nama hari libur diperbarui (29/03/2024: Wafat Isa Almasih → Wafat Yesus Kristus)',
      '13 dasar hukum diperbarui (16/02/2026)',
    ]);
    // Dates added or cleared keep a line each, before the summaries.
    const first = describeCorrections(compareHolidaySheet(sheet(oldTable()), KINDS), words);
    expect(first).toHaveLength(13 + 2 + 2);
    expect(first[0]).toMatch(/^Tambah: 10\/07\/2022/);
    expect(first.at(-2)).toMatch(/^28 nama hari libur diperbarui/);
  });

  test('an edited row of the issue-11 table is never renamed: another name, kind label or source', () => {
    const edited = olderTable('7dab633').map((r) => {
      if (r.date === '2025-04-18') return { ...r, name: 'Wafat Isa Almasih (Jumat Agung)' };
      if (r.date === '2026-12-25') return { ...r, source: `${r.source}, dicek petugas` };
      return r;
    });
    const rows = sheet(edited).map((r) => (r.day === dayFromIso('2026-04-05') ? { ...r, kind: 'Libur' } : r));
    const dates = compareHolidaySheet(rows, KINDS).map((c) => (c.action === 'remove' ? c.was.date : c.holiday.date));
    for (const d of ['2025-04-18', '2026-12-25', '2026-04-05']) expect(dates).not.toContain(d);
    expect(dates).toHaveLength(45);
  });
});
