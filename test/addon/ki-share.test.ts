// The annual report goes to the Komisi Informasi too (issue 23, item 22): the settings key
// E-mail Komisi Informasi, used for the annual report only, for its document and PDF only (never
// recap.json), as viewer whatever the central PPID's role, with the add-on's own notice.
import { addonEmulator, fillRegister, row, wib, file } from '../support/harness';
import { reportDoneHtml } from '../../src/ui/dialogs';

function setSetting(em: any, label: string, value: unknown) {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const grid = sheet.getDataRange().getValues();
  const r = grid.findIndex((x: unknown[]) => x[0] === label);
  expect(r).toBeGreaterThan(0);
  sheet.getRange(r + 1, 2).setValue(value);
}

function office() {
  const em = addonEmulator({ now: '2026-01-15T03:00:00Z' });
  fillRegister(em, [
    row({
      'No. Registrasi': '001/PPID/2025',
      'Tanggal Permohonan': wib('2025-04-10'),
      Saluran: 'Email',
      'Nama Pemohon': 'A',
      'Kategori Pemohon': 'Perseorangan',
      'Informasi yang Diminta': 'B',
      Status: 'Dipenuhi',
      'Tanggal Selesai': wib('2025-04-11'),
    }),
  ]);
  em.call('setupRegister');
  setSetting(em, 'E-mail PPID Pusat', 'ppid@pusat.go.id');
  setSetting(em, 'Hak Akses PPID Pusat', 'Editor');
  setSetting(em, 'E-mail Komisi Informasi', 'sekretariat@komisiinformasi.go.id, blocked@ki.example, salah@');
  setSetting(em, 'Kirim E-mail Pemberitahuan', 'Ya');
  em.services.Drive.Permissions._policyRefused.add('blocked@ki.example');
  return em;
}

describe('the annual report shared with the Komisi Informasi', () => {
  test('document and PDF as viewer, not recap.json; its own notice; the dialog says so', () => {
    const em = office();
    const result = em.call('generateReport', { period: '2025', asOf: '2026-01-15' });
    expect(result.komisiInformasi).toEqual({
      sharedWith: ['sekretariat@komisiinformasi.go.id'],
      invalid: ['salah@'],
      refused: ['blocked@ki.example'],
      mailed: true,
    });
    const ki = 'sekretariat@komisiinformasi.go.id';
    expect(file(em, result.docId).viewers).toContain(ki);
    expect(file(em, result.pdfId).viewers).toContain(ki);
    expect(file(em, result.jsonId).viewers).not.toContain(ki);
    expect(file(em, result.docId).editors).not.toContain(ki);
    expect(file(em, result.docId).editors).toContain('ppid@pusat.go.id');
    const mails = em.services.MailApp._sent;
    const toKi = mails.filter((m: any) => m.to.includes(ki));
    expect(toKi).toHaveLength(1);
    expect(toKi[0].to).toEqual([ki]);
    expect(toKi[0].body).toMatch(/^Yth\. Komisi Informasi,/);
    expect(toKi[0].body).not.toContain(result.jsonUrl);
    const html = reportDoneHtml(result, 'id');
    expect(html).toContain('dibagikan kepada Komisi Informasi sebagai Pembaca: sekretariat@komisiinformasi.go.id');
    expect(html).toContain('Drive menolak berbagi dengan alamat Komisi Informasi ini: blocked@ki.example');
  });

  test('a quarterly report is not shared with the Komisi Informasi', () => {
    const em = office();
    const result = em.call('generateReport', { period: '2025-Q2', asOf: '2025-07-10' });
    expect(result.komisiInformasi).toBeNull();
    for (const id of [result.docId, result.pdfId, result.jsonId])
      expect(file(em, id).viewers).not.toContain('sekretariat@komisiinformasi.go.id');
    expect(em.services.MailApp._sent.every((m: any) => !m.to.includes('sekretariat@komisiinformasi.go.id'))).toBe(true);
  });
});
