// "Periksa Data": every problem of the register listed by row in its own sheet; the register untouched.
import { addonEmulator, fillRegister, snapshot, row, wib, SEED_ROWS } from '../support/harness';

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
});
