// "Periksa Data": every problem of the register listed by row in its own sheet; the register untouched.
import { addonEmulator, fillRegister, snapshot, row, wib, SEED_ROWS } from '../support/harness';
import { setSettings } from '../support/letters';

describe('Periksa Data', () => {
  test('lists each bad row with its number, column and a plain message, and leaves the register as it was', () => {
    const em = addonEmulator();
    fillRegister(em, [
      ...SEED_ROWS,
      row({
        'No. Registrasi': '004/PPID/2021',
        'Tanggal Permohonan': '31/02/2021',
        Saluran: 'Instagram',
        'Nama Pemohon': 'X',
        'Kategori Pemohon': 'Perseorangan',
        'Informasi yang Diminta': 'Y',
        Status: 'Diproses',
      }),
      row({
        'No. Registrasi': '003/PPID/2021',
        'Tanggal Permohonan': wib('2021-09-09'),
        Saluran: 'Telegram',
        'Nama Pemohon': 'X',
        'Kategori Pemohon': 'Perseorangan',
        'Informasi yang Diminta': 'Y',
        Status: 'Dipenuhi',
      }),
    ]);
    em.call('setupRegister');
    const before = snapshot(em.spreadsheet.getSheetByName('Register'));
    em.call('menuCheckData');
    const list: unknown[][] = em.spreadsheet.getSheetByName('Periksa Data').getDataRange().getValues();
    expect(list[0].slice(0, 4)).toEqual(['Baris', 'No. Registrasi', 'Kolom', 'Masalah']);
    // Column F: the live columns' status (the form Siapkan Register chose, the sample check).
    expect(list.map((x) => x[5]).filter(Boolean)).toEqual([
      'Kolom Otomatis',
      expect.stringMatching(/^Rumus kolom otomatis: satu ARRAYFORMULA per kolom, pemisah argumen ","/),
      expect.stringMatching(/^Pemeriksaan contoh kolom otomatis .*: \d+ sel sama/),
      // The settings the reports print, blank here (the cover's and signature's placeholders).
      'Pengaturan unit yang dicetak laporan:',
      'Belum diisi (tampil sebagai [BELUM DIISI] di sampul dan tanda tangan): Nama Unit, Kota, Nama Petugas PPID.',
      // Then the last actions of the Log Aktivitas sheet: here the set-up alone.
      'Tindakan terakhir (sheet Log Aktivitas):',
      expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d · petugas@example\.go\.id · Siapkan register$/),
    ]);
    const byRow = (r: number) => list.filter((x) => x[0] === r).map((x) => [x[1], x[2]]);
    const problems = list.slice(1).filter((x) => x[0] !== '');
    expect(byRow(5)).toEqual([['004/PPID/2021', 'Tanggal Permohonan']]);
    expect(byRow(6)).toEqual(
      expect.arrayContaining([
        ['003/PPID/2021', 'No. Registrasi'],
        ['003/PPID/2021', 'Saluran'],
        ['003/PPID/2021', 'Tanggal Selesai'],
      ]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(4);
    expect(problems.every((x) => typeof x[3] === 'string' && (x[3] as string).length > 10)).toBe(true);
    expect(byRow(2)).toEqual([]);
    expect(em.services.ui._dialogs.at(-1).prompt).toMatch(/4 masalah pada 5 baris yang diperiksa/);
    expect(snapshot(em.spreadsheet.getSheetByName('Register'))).toEqual(before);
  });

  test('a clean register says so', () => {
    const em = addonEmulator();
    fillRegister(em, SEED_ROWS);
    em.call('setupRegister');
    em.call('menuCheckData');
    expect(em.services.ui._dialogs.at(-1).prompt).toBe('Register bersih: 3 baris diperiksa, tidak ada masalah.');
  });

  test("the unit's profile: a row the report cannot read is listed by row and column; filled in, nothing is", () => {
    const em = addonEmulator();
    fillRegister(em, SEED_ROWS);
    em.call('setupRegister');
    setSettings(em, {
      'Nama Unit': 'Balai Contoh',
      Kota: 'Bandung',
      'Nama Petugas PPID': 'Rina',
      'Jam Layanan': 'Shift I 09.00–11.70',
    });
    const column = () => {
      em.call('checkRegister');
      const sheet = em.spreadsheet.getSheetByName('Periksa Data');
      return (sheet.getDataRange().getValues() as unknown[][]).map((x) => x[5]).filter(Boolean) as string[];
    };
    const lines = column();
    const at = lines.indexOf('Pengaturan unit yang dicetak laporan:');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(
      /^Pengaturan baris \d+, kolom .+: Jam Layanan baris 1 \("Shift I 09\.00–11\.70"\) memuat jam yang tidak ada/,
    );
    expect(lines.some((l) => l.startsWith('Belum diisi'))).toBe(false);
    setSettings(em, { 'Jam Layanan': 'Shift I 09.00–11.00' });
    expect(column()).not.toContain('Pengaturan unit yang dicetak laporan:');
  });
});
