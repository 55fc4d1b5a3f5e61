// A 2024 register whose deadlines cross the two election days (Keppres 10/2024 and 33/2024), run
// through the built bundle: live columns, the recap, and a spreadsheet set up before the fix that
// learns of them through Siapkan Register, only after the officer says yes.
import { addonEmulator, fillRegister, row, wib } from '../support/harness';
import { dayOfDate, ymd } from '../../src/core/calendar';

const AS_OF = '2024-12-11';
const day = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]' ? ymd(dayOfDate(v as Date, 420)) : String(v);

const base = {
  Saluran: 'Email',
  'Nama Pemohon': 'Pemohon Uji',
  'Kategori Pemohon': 'Perseorangan',
  'Informasi yang Diminta': 'Data anggaran',
  Perpanjangan: 'Tidak',
};
const done = (no: number, received: string, answered: string) =>
  row({
    ...base,
    'No. Registrasi': `${String(no).padStart(3, '0')}/PPID/2024`,
    'Tanggal Permohonan': wib(received),
    Status: 'Dipenuhi',
    'Tanggal Selesai': wib(answered),
  });

// Three answered on their true due date across an election day, one truly late, six well on time,
// and one still open whose due date the Pilkada day moves.
// biome-ignore format: a table laid out by hand, one entry per line
const ROWS = [
  done(1, '2024-02-01', '2024-02-20'), // due 20 Feb: 8 and 14 Feb are holidays, 9 Feb cuti bersama
  done(2, '2024-02-05', '2024-02-22'), // due 22 Feb
  done(3, '2024-02-13', '2024-02-16'), // 2 working days (14 Feb does not count), due 28 Feb
  done(4, '2024-03-04', '2024-03-06'),
  done(5, '2024-05-06', '2024-05-08'),
  done(6, '2024-06-03', '2024-07-01'), // truly late
  done(7, '2024-07-01', '2024-07-03'),
  done(8, '2024-08-05', '2024-08-07'),
  done(9, '2024-10-01', '2024-10-03'),
  done(10, '2024-11-20', '2024-12-05'), // due 5 Dec: 27 Nov is the Pilkada holiday
  row({ ...base, 'No. Registrasi': '011/PPID/2024', 'Tanggal Permohonan': wib('2024-11-26'), Status: 'Dalam Proses' }), // due 11 Dec
];

function setUp() {
  const em = addonEmulator({ now: `${AS_OF}T05:00:00Z` });
  const sheet = fillRegister(em, ROWS);
  em.call('setupRegister');
  return { em, sheet };
}

function live(sheet: any) {
  const values = sheet.getDataRange().getValues() as unknown[][];
  const head = values[0] as string[];
  const col = (id: string) => head.indexOf(id);
  return values.slice(1, ROWS.length + 1).map((r) => ({
    due: day(r[col('Batas Waktu')]),
    wd: r[col('Hari Kerja Layanan')],
    sla: r[col('Status SLA')],
  }));
}

function compliance(em: any): number | null {
  return (em.call('computeRecap', { period: '2024', asOf: AS_OF }) as any).sla.complianceRate;
}

/** Takes the election days out of the holiday sheet, as a sheet set up before the fix lacks them. */
function asBeforeTheFix(em: any): void {
  const hol = em.spreadsheet.getSheetByName('Hari Libur');
  const dates = (hol.getRange(2, 1, hol.getLastRow() - 1, 1).getValues() as unknown[][]).map((r) => day(r[0]));
  for (const d of ['2024-11-27', '2024-02-14']) hol.deleteRow(dates.indexOf(d) + 2);
}

function holidayDates(em: any): string[] {
  const hol = em.spreadsheet.getSheetByName('Hari Libur');
  return (hol.getRange(2, 1, hol.getLastRow() - 1, 1).getValues() as unknown[][])
    .map((r) => day(r[0]))
    .filter((d) => d.startsWith('20'));
}

describe('2024 deadlines across the election days', () => {
  test('a register set up now: live due dates, working days and SLA statuses count both election days', () => {
    const { em, sheet } = setUp();
    const l = live(sheet);
    expect(l.map((x) => x.due)).toEqual([
      '2024-02-20',
      '2024-02-22',
      '2024-02-28',
      '2024-03-20',
      '2024-05-22',
      '2024-06-19',
      '2024-07-15',
      '2024-08-19',
      '2024-10-15',
      '2024-12-05',
      '2024-12-11',
    ]);
    expect(l.map((x) => x.wd)).toEqual([10, 10, 2, 2, 2, 18, 2, 2, 2, 10, '']);
    expect(l.map((x) => x.sla)).toEqual([
      'Tepat Waktu',
      'Tepat Waktu',
      'Tepat Waktu',
      'Tepat Waktu',
      'Tepat Waktu',
      'Terlambat',
      'Tepat Waktu',
      'Tepat Waktu',
      'Tepat Waktu',
      'Tepat Waktu',
      'Mendekati Batas',
    ]);
    expect(compliance(em)).toBe(0.9);
  });

  test('a sheet set up before the fix: 60% until the officer agrees to the corrections, then 90%', () => {
    const { em, sheet } = setUp();
    asBeforeTheFix(em);
    expect(compliance(em)).toBe(0.6);
    expect(
      live(sheet)
        .map((x) => x.sla)
        .filter((s) => s === 'Terlambat'),
    ).toHaveLength(4);
    expect(live(sheet)[10].sla).toBe('Lewat Batas');

    // The report computes from the sheet as it is, lists the differences and writes nothing there.
    const before = holidayDates(em);
    const report = em.call('generateReport', { period: '2024', asOf: AS_OF }) as any;
    expect(report.holidayCorrections).toHaveLength(2);
    expect(report.holidayCorrections[0]).toMatch(/^Tambah: 14\/02\/2024 .*Keputusan Presiden No\. 10 Tahun 2024/);
    expect(holidayDates(em)).toEqual(before);
    const html = em.services.ui._dialogs.length; // generateReport shows no dialog
    expect(html).toBe(0);

    // Officer says no: nothing changes, and the closing message says so.
    em.services.ui._queueResponse({ button: 'NO' });
    em.call('menuSetup');
    const asked = em.services.ui._dialogs.at(-2);
    expect(asked.buttons).toBe('YES_NO');
    expect(asked.prompt).toMatch(/berbeda dari daftar keputusan resmi \(SKB\/Keppres\) pada 2 tanggal/);
    expect(asked.prompt).toContain('14/02/2024 Hari Pemungutan Suara Pemilihan Umum Tahun 2024');
    expect(asked.prompt).toContain('27/11/2024');
    expect(em.services.ui._dialogs.at(-1).prompt).toMatch(/koreksi hari libur belum diterapkan \(2 tanggal/);
    expect(holidayDates(em)).toEqual(before);
    expect(compliance(em)).toBe(0.6);

    // Officer says yes: both dates are added, the live columns and the recap are right.
    em.services.ui._queueResponse({ button: 'YES' });
    em.call('menuSetup');
    expect(em.services.ui._dialogs.at(-1).prompt).toMatch(/koreksi hari libur \(2 tanggal\)/);
    expect(holidayDates(em)).toEqual(expect.arrayContaining(['2024-02-14', '2024-11-27']));
    expect(holidayDates(em)).toHaveLength(before.length + 2);
    expect(compliance(em)).toBe(0.9);
    expect(live(sheet)[10].sla).toBe('Mendekati Batas');

    // Nothing more to ask: a third run has no question.
    const n = em.services.ui._dialogs.length;
    em.call('menuSetup');
    expect(em.services.ui._dialogs.length).toBe(n + 1);
  });
});
