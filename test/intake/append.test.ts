// The register append both the sidebar form and the Form intake use: one numbering (settings
// pattern, per year, after the highest), new rows under the last filled one, rows added when the
// register sheet is full, and the received date in the spreadsheet's own time zone.
import { formOffice, connect, answers, registerRows } from './support';
import { row, wib } from '../support/harness';

const sidebar = (em: any, name: string) =>
  em.call('submitRequest', {
    received: '07/07/2025',
    channel: 'Email',
    applicantName: name,
    applicantType: 'Perseorangan',
    infoRequested: `Data ${name}`,
    contact: '081234567890',
  });

test('the sidebar and the form share one numbering: interleaved, the numbers run on without a gap or a repeat', () => {
  const seed = [
    row({
      'No. Registrasi': '007/PPID/2025',
      'Tanggal Permohonan': wib('2025-06-30'),
      Saluran: 'Surat',
      'Nama Pemohon': 'Lama',
      'Kategori Pemohon': 'Perseorangan',
      'Informasi yang Diminta': 'x',
      Status: 'Dipenuhi',
      'Tanggal Selesai': wib('2025-07-01'),
    }),
  ];
  const { em, form } = formOffice({ rows: seed });
  connect(em);
  em.submitForm(form, { answers: answers(1) });
  expect(sidebar(em, 'Loket').number).toBe('009/PPID/2025');
  em.submitForm(form, { answers: answers(2) });
  expect(registerRows(em).map((r) => r['No. Registrasi'])).toEqual([
    '007/PPID/2025',
    '008/PPID/2025',
    '009/PPID/2025',
    '010/PPID/2025',
  ]);
  // The sidebar's phone number keeps its leading zero (written as text).
  expect(registerRows(em).find((r) => r['Nama Pemohon'] === 'Loket')!.Kontak).toBe('081234567890');
});

test('a full register sheet grows: the requests go on new rows, not an error', () => {
  const { em, form } = formOffice();
  connect(em);
  const reg = em.spreadsheet.getSheetByName('Register');
  // Fill the sheet to its last row, then remove the empty rows below.
  const filler = Array.from({ length: 5 }, (_, i) =>
    row({
      'No. Registrasi': `${String(i + 1).padStart(3, '0')}/PPID/2025`,
      'Tanggal Permohonan': wib('2025-07-01'),
      Saluran: 'Surat',
      'Nama Pemohon': `Isi ${i}`,
      'Kategori Pemohon': 'Perseorangan',
      'Informasi yang Diminta': 'x',
      Status: 'Diproses',
    }),
  );
  const width = filler[0].length;
  reg.getRange(2, 1, filler.length, width).setValues(filler);
  reg.deleteRows(filler.length + 2, reg.getMaxRows() - filler.length - 1);
  expect(reg.getMaxRows()).toBe(filler.length + 1);
  em.submitForm(form, { answers: answers(1) });
  em.submitForm(form, { answers: answers(2) });
  expect(reg.getMaxRows()).toBeGreaterThanOrEqual(filler.length + 3);
  // One growth mechanism for every writer (src/sheets/grow.ts): the new rows carry the dropdowns
  // and formats of the row above, and the protected live columns reach the new edge.
  const head = reg.getRange(1, 1, 1, reg.getLastColumn()).getValues()[0] as string[];
  const channel = head.indexOf('Saluran') + 1;
  const rule = (r: number) => reg.getRange(r, channel).getDataValidation()?.getCriteriaType() ?? 'none';
  expect(rule(filler.length + 1)).not.toBe('none');
  expect([rule(filler.length + 2), rule(reg.getMaxRows())]).toEqual([rule(filler.length + 1), rule(filler.length + 1)]);
  for (const p of reg.getProtections(em.sheets.SpreadsheetApp.ProtectionType.RANGE))
    expect(p.getRange().getLastRow()).toBe(reg.getMaxRows());
  expect(
    registerRows(em)
      .slice(-2)
      .map((r) => [r['No. Registrasi'], r['Nama Pemohon']]),
  ).toEqual([
    ['006/PPID/2025', 'Pemohon 1'],
    ['007/PPID/2025', 'Pemohon 2'],
  ]);
  expect(sidebar(em, 'Loket').row).toBe(filler.length + 4);
});

test("the received date is the submission's day where the spreadsheet is: a Makassar unit's late-evening response", () => {
  const { em, form } = formOffice({ now: '2025-07-07T15:30:00Z' });
  em.spreadsheet.setSpreadsheetTimeZone('Asia/Makassar');
  connect(em);
  // 15:30 UTC is 22:30 WIB (still 7 July) but 23:30 WITA; at 16:30 UTC it is 8 July in Makassar.
  em.submitForm(form, { answers: answers(1) });
  em.rt.setNow('2025-07-07T16:30:00Z');
  em.submitForm(form, { answers: answers(2) });
  const days = em.spreadsheet
    .getSheetByName('Register')
    .getRange(2, 2, 2, 1)
    .getDisplayValues()
    .map((r: string[]) => r[0]);
  expect(days).toEqual(['07/07/2025', '08/07/2025']);
});
