// The Form intake on a register the office already kept and adopted through Siapkan Register (#17):
// header on row 6 under title rows, a column-number row, a running "No", a totals row at the
// bottom. The intake writes where the stored mapping says, never on the canonical "Register"
// layout: the sheet's own columns, above the totals row, with the next running number.
import { addonEmulator } from '../support/harness';
import { titledRows, REQUESTS, TITLED_WIDTH, typed } from '../fixtures/adopt/layouts';
import { dayOfDate, ymd } from '../../src/core/calendar';
import { ANI, QUESTIONS, answers, connect, numbersByName } from './support';

const asIso = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]' ? ymd(dayOfDate(v as Date, 420)) : v;

test('form responses go into the adopted sheet: its header row and columns, above the totals row, the running No continued', () => {
  const em = addonEmulator({ now: '2025-12-29T02:00:00Z', userEmail: ANI });
  const source = typed(titledRows());
  const sheet = em.spreadsheet.getSheets()[0];
  sheet.setName('Register PPID');
  sheet.getRange(1, 1, source.length, source[0].length).setValues(source);
  const preview = em.call('previewRegister', {});
  em.call('adoptRegister', { sheetId: preview.sheetId, mapping: preview.json });
  const totalsAt = source.length; // sheet row of JUMLAH
  expect(sheet.getRange(totalsAt, 1, 1, 2).getValues()[0]).toEqual(['JUMLAH', REQUESTS.length]);

  const form = em.linkForm({ questions: QUESTIONS, emailCollection: 'none', language: 'id' });
  // The register numbers its own way: the dialog says the form would start another series.
  const warning = (st: any) => st.lines.find((l: string) => l.includes('tidak mengikuti Format No. Registrasi'));
  expect(warning(em.call('getFormIntakeStatus'))).toContain('001/PPID-DPK/2025');
  const settings = em.spreadsheet.getSheetByName('Pengaturan');
  const labels = settings
    .getRange(1, 1, settings.getLastRow(), 1)
    .getValues()
    .map((r: unknown[]) => r[0]);
  settings.getRange(labels.indexOf('Format No. Registrasi') + 1, 2).setValue('{nnn}/PPID-DPK/{yyyy}');
  expect(warning(em.call('getFormIntakeStatus'))).toBeUndefined();
  expect(connect(em, { applicantType: 'Perseorangan' })).toMatchObject({ ok: true }); // a type chosen (the default leaves it blank: category.test.ts)
  // One response alone, then two recorded by one run (the first event lost: only the second fires).
  em.submitForm(form, { answers: answers(1) });
  em.submitForm(form, { answers: answers(2) }, { fire: false });
  em.submitForm(form, { answers: answers(3) });

  const numbers = numbersByName(em, form);
  expect(['Pemohon 1', 'Pemohon 2', 'Pemohon 3'].map((n) => numbers.get(n))).toEqual([
    '021/PPID-DPK/2025',
    '022/PPID-DPK/2025',
    '023/PPID-DPK/2025',
  ]);
  // No canonical register was made next to the adopted one.
  expect(em.spreadsheet.getSheetByName('Register')).toBeNull();

  const header = sheet.getRange(6, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  const lines = sheet
    .getRange(totalsAt, 1, 3, TITLED_WIDTH)
    .getValues()
    .map((r: unknown[]) => r.map(asIso));
  // No, No. Registrasi, Tanggal/Permohonan, Selesai, Nama, Kategori, Kontak, Informasi, Saluran, Keputusan, Alasan, Perpanjangan, Keterangan.
  expect(lines).toEqual(
    [1, 2, 3].map((i) => [
      20 + i,
      `0${20 + i}/PPID-DPK/2025`,
      '2025-12-29',
      '',
      `Pemohon ${i}`,
      'Perseorangan',
      `pemohon${i}@mail.example`,
      `Data pelatihan ke-${i}`,
      'Website',
      'Diproses',
      '',
      'Tidak',
      '',
    ]),
  );
  // The form's other answers go to the columns adoption added to the right, on the same rows.
  const address = header.indexOf('Alamat');
  expect(address).toBeGreaterThanOrEqual(TITLED_WIDTH);
  expect(
    sheet
      .getRange(totalsAt, address + 1, 3, 1)
      .getValues()
      .flat(),
  ).toEqual([1, 2, 3].map((i) => `Jl. Contoh No. ${i}, Bandung`));
  // The totals row moved down three rows, unchanged; nothing was written above the header block.
  expect(sheet.getRange(totalsAt + 3, 1, 1, 2).getValues()[0]).toEqual(['JUMLAH', REQUESTS.length]);
  expect(
    sheet
      .getRange(1, 1, 7, TITLED_WIDTH)
      .getValues()
      .map((r: unknown[]) => r.map(asIso)),
  ).toEqual(source.slice(0, 7).map((r) => r.map(asIso)));

  // The report and the check read the three as requests; the numbers are all in the register.
  const recap = em.call('computeRecap', { period: '2025', asOf: '2025-12-29' });
  expect(recap.totals.requests).toBe(REQUESTS.length + 3);
  // The adopted register's own Ditolak rows with a notice ground are problems of their own (#24
  // item 1); the responses add none, and the totals row moved down by the three rows added.
  expect(
    recap.problems.filter((p: any) => p.code !== 'refusal.notice_status').map((p: any) => [p.row, p.code]),
  ).toEqual([[totalsAt + 3, 'row.totals']]);
  expect(
    recap.problems.filter((p: any) => p.code === 'refusal.notice_status').every((p: any) => p.row < totalsAt),
  ).toBe(true);
  em.call('checkRegister');
  const listed = em.spreadsheet
    .getSheetByName('Periksa Data')
    .getDataRange()
    .getValues()
    .slice(1)
    .map((r: unknown[]) => String(r[3]));
  expect(listed.filter((m: string) => /tidak ada di Register/i.test(m))).toEqual([]);

  // The sidebar form after them: the next number and running No, still above the totals row.
  const r = em.call('submitRequest', {
    received: '2025-12-29',
    channel: 'Email',
    applicantName: 'Loket',
    applicantType: 'Perseorangan',
    infoRequested: 'x',
  });
  expect(r).toMatchObject({ ok: true, number: '024/PPID-DPK/2025', row: totalsAt + 3 });
  expect(sheet.getRange(totalsAt + 3, 1, 1, 2).getValues()[0]).toEqual([24, '024/PPID-DPK/2025']);
  expect(sheet.getRange(totalsAt + 4, 1, 1, 2).getValues()[0]).toEqual(['JUMLAH', REQUESTS.length]);
});

function adoptedOffice() {
  const em = addonEmulator({ now: '2025-12-29T02:00:00Z', userEmail: ANI });
  const source = typed(titledRows());
  const sheet = em.spreadsheet.getSheets()[0];
  sheet.setName('Register PPID');
  sheet.getRange(1, 1, source.length, source[0].length).setValues(source);
  const preview = em.call('previewRegister', {});
  em.call('adoptRegister', { sheetId: preview.sheetId, mapping: preview.json });
  const settings = em.spreadsheet.getSheetByName('Pengaturan');
  const labels = settings
    .getRange(1, 1, settings.getLastRow(), 1)
    .getValues()
    .map((r: unknown[]) => r[0]);
  settings.getRange(labels.indexOf('Format No. Registrasi') + 1, 2).setValue('{nnn}/PPID-DPK/{yyyy}');
  const form = em.linkForm({ questions: QUESTIONS, emailCollection: 'none', language: 'id' });
  connect(em);
  const pending = em.submitForm(form, { answers: answers(1) }, { fire: false }).pending[0];
  em.resetCalls();
  return { em, sheet, form, pending };
}

describe('a fault at each call from the row insertion above the totals row on', () => {
  // The calls of a clean run, by name, to find the insertion.
  const probe = adoptedOffice();
  const names: string[] = [];
  probe.em.rt.callHooks.push((name: string) => names.push(name));
  probe.em.fireFormSubmit(probe.pending);
  const from = names.indexOf('Sheet.insertRowsBefore') + 1;
  const to = names.lastIndexOf('Range.setValues') + 1;

  test('the run inserts rows above the totals row and writes after it', () => {
    expect(from).toBeGreaterThan(0);
    expect(to).toBeGreaterThan(from);
  });

  test.each(Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k))(
    'fault at call %i: the sheet as it was, the response unnumbered; the retry records it once',
    (k) => {
      const { em, sheet, form, pending } = adoptedOffice();
      const before = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getLastColumn()).getValues();
      em.resetCalls();
      em.rt.failAtCall = k;
      em.fireFormSubmit(pending);
      em.rt.failAtCall = null;
      expect(numbersByName(em, form).get('Pemohon 1')).toBe('');
      const after = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getLastColumn()).getValues();
      // Rows may have been added at the bottom (empty); the rows down to the totals row are as before.
      expect(after.slice(0, before.length)).toEqual(before);
      em.fireFormSubmit(pending);
      expect(numbersByName(em, form).get('Pemohon 1')).toBe('021/PPID-DPK/2025');
      const totalsAt = titledRows().length;
      expect(sheet.getRange(totalsAt, 5).getValue()).toBe('Pemohon 1');
      expect(sheet.getRange(totalsAt + 1, 1, 1, 2).getValues()[0]).toEqual(['JUMLAH', REQUESTS.length]);
    },
  );
});
