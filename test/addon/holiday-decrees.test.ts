// Issue 23, items 17–20, through the built bundle: a Hari Libur sheet written by the issue-11 table
// learns the Keppres 8/2024 names, SKB 1205/2026 and Keppres 42/2025 only when the officer says Yes,
// as one line in the question, and a row the officer edited is never rewritten; a register with
// late-2020 requests counts the 2020 decrees' holidays.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addonEmulator, fillRegister, row, wib } from '../support/harness';
import { dayOfDate, ymd } from '../../src/core/calendar';

const day = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]' ? ymd(dayOfDate(v as Date, 420)) : String(v);

/** The issue-11 table's rows of some years, exactly as it wrote them (test/fixtures/holidays). */
function issue11Rows(years: number[]): unknown[][] {
  const file = path.join(__dirname, '..', 'fixtures', 'holidays', 'table-7dab633.json');
  const rows: string[][] = JSON.parse(fs.readFileSync(file, 'utf8')).rows;
  return rows
    .filter((r) => years.includes(+r[0].slice(0, 4)))
    .map(([d, name, kind, source]) => [
      wib(d),
      name,
      kind === 'cuti_bersama' ? 'Cuti Bersama' : 'Libur Nasional',
      source,
    ]);
}

function holidayRows(em: any): string[][] {
  const hol = em.spreadsheet.getSheetByName('Hari Libur');
  return (hol.getRange(2, 1, hol.getLastRow() - 1, 4).getValues() as unknown[][])
    .filter((r) => r[0] !== '')
    .map((r) => [day(r[0]), String(r[1]), String(r[2]), String(r[3])]);
}

describe('a Hari Libur sheet written by the issue-11 table', () => {
  function oldSheet() {
    const em = addonEmulator({ now: '2026-06-01T03:00:00Z' });
    em.call('setupRegister');
    // The sheet as the issue-11 release wrote it for 2025–2027, then one row the officer edited.
    const hol = em.spreadsheet.getSheetByName('Hari Libur');
    hol.getRange(2, 1, hol.getLastRow() - 1, 4).clearContent();
    const rows = issue11Rows([2025, 2026, 2027]);
    const edited = rows.findIndex((r) => day(r[0]) === '2025-04-18');
    rows[edited] = [rows[edited][0], 'Wafat Isa Almasih (Jumat Agung)', rows[edited][2], rows[edited][3]];
    hol.getRange(2, 1, rows.length, 4).setValues(rows);
    return em;
  }

  test('No changes nothing; Yes renames every unedited row; the edited row stays as typed', () => {
    const em = oldSheet();
    const before = holidayRows(em);
    expect(before.filter((r) => /Yesus Kristus/.test(r[1]))).toHaveLength(0);

    em.services.ui._queueResponse({ button: 'NO' });
    em.call('menuSetup');
    const asked = em.services.ui._dialogs.at(-2);
    expect(asked.buttons).toBe('YES_NO');
    // 30 renames and 13 new citations of unchanged days: two lines, not 43.
    expect(asked.prompt).toMatch(/pada 43 tanggal/);
    const bullets = (asked.prompt as string).split('\n').filter((l) => l.startsWith('• '));
    expect(bullets).toHaveLength(2);
    expect(bullets[0]).toMatch(/^• 30 nama hari libur diperbarui sesuai keputusan yang berlaku \(misalnya /);
    expect(bullets[1]).toMatch(/^• 13 dasar hukum hari libur diperbarui, tanggalnya tetap/);
    expect(em.services.ui._dialogs.at(-1).prompt).toMatch(/koreksi hari libur belum diterapkan \(43 tanggal/);
    expect(holidayRows(em)).toEqual(before);

    em.services.ui._queueResponse({ button: 'YES' });
    em.call('menuSetup');
    expect(em.services.ui._dialogs.at(-1).prompt).toMatch(/koreksi hari libur \(43 tanggal\)/);
    const after = holidayRows(em);
    expect(after.map((r) => r[0])).toEqual(before.map((r) => r[0]));
    const at = (d: string) => after.filter((r) => r[0] === d);
    expect(at('2025-04-18')).toEqual([before.find((r) => r[0] === '2025-04-18')]);
    expect(at('2025-04-18')[0][1]).toBe('Wafat Isa Almasih (Jumat Agung)');
    expect(at('2025-04-20')[0][1]).toBe('Kebangkitan Yesus Kristus (Paskah)');
    expect(at('2026-05-14')[0][1]).toBe('Kenaikan Yesus Kristus');
    expect(at('2026-12-25')[0][1]).toBe('Kelahiran Yesus Kristus');
    expect(at('2026-12-24')[0][3]).toContain('Keputusan Presiden No. 42 Tahun 2025');
    expect(at('2027-03-09')[0][1]).toBe('Cuti Bersama Idul Fitri 1448 H');
    expect(at('2027-05-18')[0][1]).toBe('Cuti Bersama Idul Adha 1448 H');
    expect(at('2027-05-19')[0][1]).toBe('Cuti Bersama Waisak');
    expect(at('2027-03-10')[0]).toEqual([
      '2027-03-10',
      'Hari Raya Idul Fitri 1448 H',
      'Libur Nasional',
      expect.stringMatching(/No\. 1205 Tahun 2026.*sidang isbat.*\(sementara\)$/),
    ]);
    for (const r of after.filter((x) => x[0].startsWith('2027-'))) expect(r[3]).toContain('No. 1205 Tahun 2026');
    // 2025: 5 (one edited), 2026: 6, 2027: 6.
    expect(after.filter((r) => /Yesus Kristus/.test(r[1]))).toHaveLength(17);
    // Nothing but names and sources moved: the same dates and kinds.
    expect(after.map((r) => r[2])).toEqual(before.map((r) => r[2]));

    // Nothing more to ask: a third run has no question.
    const n = em.services.ui._dialogs.length;
    em.call('menuSetup');
    expect(em.services.ui._dialogs.length).toBe(n + 1);
  });

  test('the report lists the corrections read-only, counting rows, not lines', () => {
    const em = oldSheet();
    const before = holidayRows(em);
    const report = em.call('generateReport', { period: '2026-Q1', asOf: '2026-05-29' }) as any;
    expect(report.holidayCorrectionCount).toBe(43);
    expect(report.holidayCorrections).toHaveLength(2);
    expect(holidayRows(em)).toEqual(before);
  });
});

describe('a register with late-2020 requests', () => {
  const base = {
    Saluran: 'Email',
    'Nama Pemohon': 'Pemohon Uji',
    'Kategori Pemohon': 'Perseorangan',
    'Informasi yang Diminta': 'Data anggaran',
    Perpanjangan: 'Tidak',
    Status: 'Dalam Proses',
  };
  const ROWS = [
    // 10 working days: 9 Dec 2020 (Pilkada, Keppres 22/2020) does not count.
    row({ ...base, 'No. Registrasi': '001/PPID/2020', 'Tanggal Permohonan': wib('2020-12-01'), Status: 'Diproses' }),
    // Across 24 (cuti bersama), 25 Dec, 31 Dec (cuti bersama pengganti) and 1 Jan 2021.
    row({ ...base, 'No. Registrasi': '002/PPID/2020', 'Tanggal Permohonan': wib('2020-12-17'), Status: 'Diproses' }),
    // 28–30 Dec are working days again (SKB 744/2020 removed them): answered on day 10, on time.
    row({
      ...base,
      'No. Registrasi': '003/PPID/2020',
      'Tanggal Permohonan': wib('2020-12-14'),
      Status: 'Dipenuhi',
      'Tanggal Selesai': wib('2020-12-30'),
    }),
  ];

  test('set up in January 2021: the live due dates count the 2020 holidays and cuti bersama', () => {
    const em = addonEmulator({ now: '2021-01-15T03:00:00Z' });
    const sheet = fillRegister(em, ROWS);
    em.call('setupRegister');
    expect(holidayRows(em).filter((r) => r[0].startsWith('2020-'))).toHaveLength(22);
    const values = sheet.getDataRange().getValues() as unknown[][];
    const head = values[0] as string[];
    const due = values.slice(1, 4).map((r) => day(r[head.indexOf('Batas Waktu')]));
    expect(due).toEqual(['2020-12-16', '2021-01-06', '2020-12-30']);
    expect(values[3][head.indexOf('Hari Kerja Layanan')]).toBe(10);
    expect(values[3][head.indexOf('Status SLA')]).toBe('Tepat Waktu');
  });

  test('a 2020 report made years later adds the 2020 holidays for its year and counts them', () => {
    const em = addonEmulator({ now: '2026-06-01T03:00:00Z' });
    fillRegister(em, ROWS);
    em.call('setupRegister');
    const recap = em.call('computeRecap', { period: '2020-Q4', asOf: '2020-12-31' }) as any;
    const lines = recap.requests.map((r: any) => [r.number, r.due, r.slaStatus]);
    expect(lines).toEqual([
      ['001/PPID/2020', '2020-12-16', 'Lewat Batas'],
      ['002/PPID/2020', '2021-01-06', 'Dalam Proses'],
      ['003/PPID/2020', '2020-12-30', 'Tepat Waktu'],
    ]);
  });
});
