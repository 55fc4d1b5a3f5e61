// Cases a review found where the sheet and the report could disagree or data could be lost.
import { addonEmulator, fillRegister, row, wib, file } from '../support/harness';

function setSetting(em: any, label: string, value: unknown) {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const grid = sheet.getDataRange().getValues();
  const r = grid.findIndex((x: unknown[]) => x[0] === label);
  sheet.getRange(r + 1, 2).setValue(value);
}

describe('settings the officer types', () => {
  test.each([
    ['3', 'Mendekati Batas'],
    [1, 'Dalam Proses'],
    ['', 'Dalam Proses'],
  ])('near-due threshold %p: the live SLA column and the report agree (%s)', (threshold, expected) => {
    // Received Thu 26/06/2025 → due Fri 11/07/2025 (27/06 is Islamic New Year); as of Tue 08/07, 3 working days are left.
    const em = addonEmulator({ now: '2025-07-08T03:00:00Z' });
    fillRegister(em, [
      row({
        'No. Registrasi': '001/PPID/2025',
        'Tanggal Permohonan': wib('2025-06-26'),
        Saluran: 'Email',
        'Nama Pemohon': 'A',
        'Kategori Pemohon': 'Perseorangan',
        'Informasi yang Diminta': 'B',
        Status: 'Diproses',
      }),
    ]);
    em.call('setupRegister');
    setSetting(em, 'Ambang Mendekati Batas (hari kerja)', threshold);
    const reg = em.spreadsheet.getSheetByName('Register');
    const head: string[] = reg.getRange(1, 1, 1, reg.getLastColumn()).getValues()[0];
    const live = reg.getRange(2, head.indexOf('Status SLA') + 1).getValue();
    const recap = em.call('computeRecap', { period: '2025-Q2', asOf: '2025-07-08' });
    const core = recap.requests[0].slaStatus;
    expect({ live, core }).toEqual({ live: expected, core: expected });
  });
});

describe('registration numbers', () => {
  test('a date-like pattern stays text and keeps counting', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    setSetting(em, 'Format No. Registrasi', '{nn}/{mm}/{yyyy}');
    const form = {
      received: '2025-07-10',
      channel: 'Email',
      applicantName: 'A',
      applicantType: 'Perseorangan',
      infoRequested: 'B',
    };
    const a = em.call('submitRequest', form);
    const b = em.call('submitRequest', form);
    expect([a.number, b.number]).toEqual(['01/07/2025', '02/07/2025']);
    const cell = em.spreadsheet.getSheetByName('Register').getRange(a.row, 1).getValue();
    expect(cell).toBe('01/07/2025');
  });
});

describe('holidays of the reported year', () => {
  test('a report on a year the holiday sheet lacks adds that year first, so due dates skip its holidays', () => {
    // Set up in 2025: the sheet holds 2024–2026. Report on 2021, whose Idul Fitri is 13–14 May.
    const em = addonEmulator({ now: '2025-07-10T03:00:00Z' });
    fillRegister(em, [
      row({
        'No. Registrasi': '001/PPID/2021',
        'Tanggal Permohonan': wib('2021-05-10'),
        Saluran: 'Email',
        'Nama Pemohon': 'A',
        'Kategori Pemohon': 'Perseorangan',
        'Informasi yang Diminta': 'B',
        Status: 'Diproses',
      }),
    ]);
    em.call('setupRegister');
    const result = em.call('generateReport', { period: '2021-Q2', asOf: '2021-05-11' });
    const recap = JSON.parse(file(em, result.jsonId).bytes.toString());
    // 10 working days after Mon 10/05/2021, skipping 12 (cuti), 13, 14 (Idul Fitri), 26 (Waisak) May.
    expect(recap.requests[0].due).toBe('2021-05-28');
    const hol = em.spreadsheet.getSheetByName('Hari Libur');
    const years = new Set(
      hol
        .getRange(2, 1, hol.getLastRow() - 1, 1)
        .getValues()
        .map((r: any[]) => new Date(r[0].getTime() + 7 * 3600000).getUTCFullYear()),
    );
    expect(years.has(2021)).toBe(true);
  });
});

describe('sharing that Drive refuses', () => {
  test("one refused address does not stop the others; an address without a Google account gets Drive's notice", () => {
    const em = addonEmulator({ now: '2025-07-10T03:00:00Z' });
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
    setSetting(em, 'E-mail PPID Pusat', 'blocked@other.example, noaccount@instansi.go.id, ppid@pusat.go.id');
    setSetting(em, 'Kirim E-mail Pemberitahuan', 'Ya');
    const perms = em.services.Drive.Permissions;
    perms._policyRefused.add('blocked@other.example');
    perms._noGoogleAccount.add('noaccount@instansi.go.id');
    const result = em.call('generateReport', { period: '2025-Q2', asOf: '2025-07-10' });
    expect(result.shareRefused).toEqual(['blocked@other.example']);
    expect(result.sharedWith).toEqual(['noaccount@instansi.go.id', 'ppid@pusat.go.id']);
    for (const id of [result.docId, result.pdfId, result.jsonId]) {
      expect([...file(em, id).viewers].sort()).toEqual(['noaccount@instansi.go.id', 'ppid@pusat.go.id']);
    }
    const notified = perms._sent.filter((p: any) => p.email === 'noaccount@instansi.go.id').map((p: any) => p.notified);
    expect(notified).toEqual([true, true, true]);
    // Drive's own invitation reached that address: the add-on's notice goes to the others only (#23 item 6).
    expect(result.driveNotified).toEqual(['noaccount@instansi.go.id']);
    expect(em.services.MailApp._sent[0].to).toEqual(['ppid@pusat.go.id']);
  });
});

describe('a unit that works in English', () => {
  test('setup writes English settings and the report reads English from cover to chapter IV', () => {
    const em = addonEmulator({ now: '2025-07-10T03:00:00Z', userLocale: 'en' });
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
    const settings = em.spreadsheet.getSheetByName('Pengaturan').getDataRange().getValues();
    expect(settings.find((r: unknown[]) => r[0] === 'Report Language')[1]).toBe('English');
    const result = em.call('generateReport', { period: '2025-Q2', asOf: '2025-07-10' });
    const text: string = em.services.DocumentApp.openById(result.docId).getBody().getText();
    expect(text).toContain('CHAPTER I INTRODUCTION');
    expect(text).toContain('guarantees everyone the right to obtain information');
    expect(text).not.toMatch(/\b(Laporan ini|menjamin hak)\b/);
  });
});
