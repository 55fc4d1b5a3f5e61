// Dates typed as text in Sheets ('05/04/2025 pasted with an apostrophe): the live columns stay
// blank while the report reads the date; Periksa Data lists the cell; Siapkan Register converts it
// to a real date of the same day, only after asking.
import { addonEmulator, fillRegister, row, wib } from '../support/harness';
import { dayOfDate, ymd } from '../../src/core/calendar';

const day = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]' ? ymd(dayOfDate(v as Date, 420)) : v;
const base = {
  Saluran: 'Email',
  'Nama Pemohon': 'Pemohon Uji',
  'Kategori Pemohon': 'Perseorangan',
  'Informasi yang Diminta': 'Data anggaran',
  Status: 'Dipenuhi',
  Perpanjangan: 'Tidak',
};

function setUp(locale = 'id_ID', typed = "'05/04/2025") {
  const em = addonEmulator({ locale, now: '2025-07-10T03:00:00Z' });
  const sheet = fillRegister(em, [
    row({
      ...base,
      'No. Registrasi': '001/PPID/2025',
      'Tanggal Permohonan': wib('2025-04-02'),
      'Tanggal Selesai': wib('2025-04-08'),
    }),
    row({
      ...base,
      'No. Registrasi': '002/PPID/2025',
      'Tanggal Permohonan': wib('2025-04-03'),
      'Tanggal Selesai': wib('2025-04-09'),
    }),
  ]);
  em.call('setupRegister');
  // The officer pastes a date with an apostrophe: Sheets keeps it as text.
  const head = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  const col = (id: string) => head.indexOf(id) + 1;
  sheet.getRange(3, col('Tanggal Permohonan')).setValue(typed);
  return { em, sheet, col };
}

describe('a date typed as text', () => {
  test('stays text in the register: the live columns are blank on its row while the report reads the date', () => {
    const { em, sheet, col } = setUp();
    expect(sheet.getRange(3, col('Tanggal Permohonan')).getValue()).toBe('05/04/2025');
    expect(sheet.getRange(3, col('Batas Waktu')).getValue()).toBe('');
    expect(sheet.getRange(3, col('Status SLA')).getValue()).toBe('');
    expect(day(sheet.getRange(2, col('Batas Waktu')).getValue())).toBe('2025-04-22');
    const recap = em.call('computeRecap', { period: '2025-Q2', asOf: '2025-07-10' }) as any;
    expect(recap.totals.requests).toBe(2);
    expect(recap.requests.map((r: any) => r.received)).toEqual(['2025-04-02', '2025-04-05']);
  });

  test('Periksa Data lists the cell with its row, column and a plain message', () => {
    const { em } = setUp();
    const res = em.call('checkRegister') as any;
    const list = em.spreadsheet.getSheetByName(res.sheet).getDataRange().getValues() as unknown[][];
    const hits = list.filter((r) => String(r[3]).includes('ditulis sebagai teks'));
    expect(hits).toHaveLength(1);
    expect(hits[0].slice(0, 3)).toEqual([3, '002/PPID/2025', 'Tanggal Permohonan']);
    expect(hits[0][3]).toMatch(/kolom hitung .* tidak dapat menghitung baris ini/);
  });

  test('Siapkan Register asks first: No leaves the text, Yes writes the same day as a date', () => {
    const { em, sheet, col } = setUp();
    em.services.ui._queueResponse({ button: 'NO' });
    em.call('menuSetup');
    const asked = em.services.ui._dialogs.at(-2);
    expect([asked.title, asked.buttons]).toEqual(['Tanggal Berupa Teks', 'YES_NO']);
    expect(asked.prompt).toContain('baris 3, Tanggal Permohonan: "05/04/2025" → 05/04/2025');
    expect(em.services.ui._dialogs.at(-1).prompt).toMatch(/1 tanggal berupa teks belum diubah/);
    expect(sheet.getRange(3, col('Tanggal Permohonan')).getValue()).toBe('05/04/2025');

    em.services.ui._queueResponse({ button: 'YES' });
    em.call('menuSetup');
    expect(em.services.ui._dialogs.at(-1).prompt).toMatch(/1 tanggal berupa teks diubah menjadi tanggal/);
    expect(day(sheet.getRange(3, col('Tanggal Permohonan')).getValue())).toBe('2025-04-05');
    expect(day(sheet.getRange(3, col('Batas Waktu')).getValue())).toBe('2025-04-22');
    expect(sheet.getRange(3, col('Status SLA')).getValue()).toBe('Tepat Waktu');
    // Nothing else in the register changed, and nothing is left to ask.
    expect(day(sheet.getRange(2, col('Tanggal Permohonan')).getValue())).toBe('2025-04-02');
    expect((em.call('checkRegister') as any).problems).toBe(0);
    const n = em.services.ui._dialogs.length;
    em.call('menuSetup');
    expect(em.services.ui._dialogs.length).toBe(n + 1);
  });

  test('in an en_US spreadsheet the same text is read month first, by the report and by the conversion', () => {
    const { em, sheet, col } = setUp('en_US', "'04/05/2025");
    const recap = em.call('computeRecap', { period: '2025-Q2', asOf: '2025-07-10' }) as any;
    expect(recap.requests.map((r: any) => r.received)).toEqual(['2025-04-02', '2025-04-05']);
    expect(em.call('convertTextDates')).toBe(1);
    expect(day(sheet.getRange(3, col('Tanggal Permohonan')).getValue())).toBe('2025-04-05');
  });

  test('text that is no date (31/02/2025) is listed as invalid and never converted', () => {
    const { em, sheet, col } = setUp('id_ID', "'31/02/2025");
    expect(em.call('convertTextDates')).toBe(0);
    expect(sheet.getRange(3, col('Tanggal Permohonan')).getValue()).toBe('31/02/2025');
    const res = em.call('checkRegister') as any;
    const list = em.spreadsheet.getSheetByName(res.sheet).getDataRange().getValues() as unknown[][];
    expect(list.some((r) => r[0] === 3 && String(r[3]).includes('bukan tanggal yang benar'))).toBe(true);
  });
});
