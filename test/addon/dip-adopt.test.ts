// "Adopsi DIP" (issue #27 item 1) in the emulator: an office's DIP in its own layout, previewed,
// written into the DIP sheet in one batched write; the source untouched; a second adoption refused.
import { addonEmulator, snapshot } from '../support/harness';
import { DIP_COLUMNS } from '../../src/core/dip';

const DIP = 'Daftar Informasi Publik';
const at = (key: string) => DIP_COLUMNS.findIndex((c) => c.key === key);

const OFFICE = [
  ['DAFTAR INFORMASI PUBLIK BALAI DIKLAT CONTOH', '', '', '', '', ''],
  ['No', 'Ringkasan Isi Informasi', 'Penanggung Jawab', 'Bentuk Informasi', 'Tanggal Pemutakhiran', 'Catatan'],
  ['A.', 'Informasi Berkala', '', '', '', ''],
  ['DIP-B-01', 'Kalender diklat 2025', 'Kepala Bidang', 'Softcopy', '15/07/2025', 'x'],
  ['DIP-B-02', 'Laporan keuangan', 'Bendahara', 'Hardcopy', '', ''],
  ['B.', 'Informasi Setiap Saat', '', '', '', ''],
  ['DIP-SS-01', 'Struktur organisasi', 'Kasubbag Umum', 'Softcopy', 'kemarin', ''],
];

function office(em: ReturnType<typeof addonEmulator>) {
  const sheet = em.spreadsheet.insertSheet('DIP Kantor');
  sheet.getRange(1, 1, OFFICE.length, OFFICE[0].length).setValues(OFFICE);
  return sheet;
}

describe('Adopsi DIP', () => {
  test('previews the mapping and counts, then writes the entries in one setValues; the source is untouched', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    const src = office(em);
    const before = snapshot(src);
    const ui = em.services.ui;
    ui._queueResponse({ button: 'OK', text: 'dip kantor' });
    ui._queueResponse({ button: 'YES' });
    ui._queueResponse({ button: 'OK' });
    em.resetCalls();
    em.call('menuAdoptDip');
    expect(em.calls().byMethod['Range.setValues']).toBe(1);
    const [asked, preview, done] = ui._dialogs.slice(-3);
    expect(asked.kind).toBe('prompt');
    expect(asked.prompt).toContain('DIP Kantor');
    expect(preview.title).toBe('Pratinjau adopsi DIP: DIP Kantor');
    expect(preview.prompt).toContain('Baris judul: baris 2. Entri yang akan diambil: 3');
    expect(preview.prompt).toContain('Ringkasan Isi Informasi ← B (Ringkasan Isi Informasi)');
    expect(preview.prompt).toContain('Klasifikasi diambil dari baris bagian');
    expect(preview.prompt).toMatch(
      /tidak ditemukan \(dibiarkan kosong\): [^\n]*Pejabat\/Unit yang Menguasai Informasi/,
    );
    expect(preview.prompt).toContain('F (Catatan)');
    expect(preview.prompt).toContain('semua entri dicatat Final');
    // The bad date, by row and heading, never quoted.
    expect(preview.prompt).toContain('Baris 7, Tanggal Pemutakhiran');
    expect(preview.prompt).not.toContain('kemarin');
    expect(done.prompt).toContain('3 entri DIP ditulis');

    expect(snapshot(src)).toEqual(before);
    const dip = em.spreadsheet.getSheetByName(DIP);
    const rows = dip.getRange(2, 1, 3, DIP_COLUMNS.length).getValues();
    expect(rows.map((r: unknown[]) => r[at('number')])).toEqual(['DIP-B-01', 'DIP-B-02', 'DIP-SS-01']);
    expect(rows.map((r: unknown[]) => r[at('infoClass')])).toEqual(['Berkala', 'Berkala', 'Setiap Saat']);
    expect(rows.map((r: unknown[]) => r[at('state')])).toEqual(['Final', 'Final', 'Final']);
    expect(rows[0][at('updated')]).toBeInstanceOf(Date);
    // A date the parse could not read stays as typed, for Periksa Data to show.
    expect(rows[2][at('updated')]).toBe('kemarin');
    expect(rows[0][at('responsible')]).toBe('Kepala Bidang');
    expect(dip.getLastRow()).toBe(4);

    // One activity-log row (after setup's own).
    const log = em.spreadsheet.getSheetByName('Log Aktivitas');
    const actions = log
      .getRange(2, 3, log.getLastRow() - 1, 1)
      .getValues()
      .flat();
    expect(actions.filter((a: unknown) => a === 'DIP yang sudah ada diadopsi')).toHaveLength(1);
    expect(actions.at(-1)).toBe('DIP yang sudah ada diadopsi');
    expect(log.getRange(log.getLastRow(), 4).getValue()).toBe('DIP Kantor → Daftar Informasi Publik: 3');
  });

  test('the adopted entries are what the report reads: Final, counted by class', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    office(em);
    const r = em.call('adoptDip', 'DIP Kantor');
    expect(r.written).toBe(3);
    const dip = em.spreadsheet.getSheetByName(DIP);
    const classes = dip
      .getRange(2, at('infoClass') + 1, 3, 1)
      .getValues()
      .flat();
    expect(classes.filter((c: unknown) => c === 'Berkala')).toHaveLength(2);
  });

  test('a second adoption is refused and writes nothing; declining the preview writes nothing', () => {
    const em = addonEmulator();
    em.call('setupRegister');
    office(em);
    const ui = em.services.ui;
    ui._queueResponse({ button: 'OK', text: 'DIP Kantor' });
    ui._queueResponse({ button: 'NO' });
    em.call('menuAdoptDip');
    expect(em.spreadsheet.getSheetByName(DIP).getLastRow()).toBe(1);

    em.call('adoptDip', 'DIP Kantor');
    const dip = em.spreadsheet.getSheetByName(DIP);
    const after = snapshot(dip);
    em.resetCalls();
    expect(() => em.call('adoptDip', 'DIP Kantor')).toThrow(/sudah memuat 3 entri/);
    expect(em.calls().byMethod['Range.setValues'] ?? 0).toBe(0);
    ui._queueResponse({ button: 'OK', text: 'DIP Kantor' });
    em.call('menuAdoptDip');
    expect(ui._dialogs.at(-1).prompt).toContain('sudah memuat 3 entri');
    expect(snapshot(dip)).toEqual(after);
    expect(dip.getLastRow()).toBe(4);
  });

  test('without setup, adopting makes the DIP sheet first; a sheet that is no DIP is refused', () => {
    const em = addonEmulator();
    office(em);
    const other = em.spreadsheet.insertSheet('Catatan');
    other.getRange(1, 1, 2, 2).setValues([
      ['Nama', 'Alamat'],
      ['a', 'b'],
    ]);
    expect(() => em.call('adoptDip', 'Catatan')).toThrow(/tidak tampak seperti DIP/);
    expect(() => em.call('adoptDip', 'Tidak Ada')).toThrow(/Tidak ada sheet bernama/);
    expect(em.spreadsheet.getSheetByName(DIP)).toBeNull();
    em.call('adoptDip', 'DIP Kantor');
    const dip = em.spreadsheet.getSheetByName(DIP);
    expect(dip.getRange(1, 1, 1, DIP_COLUMNS.length).getValues()[0]).toEqual(DIP_COLUMNS.map((c) => c.id));
    expect(dip.getLastRow()).toBe(4);
    expect(() => em.call('adoptDip', DIP)).toThrow(/lembar DIP add-on sendiri/);
  });

  test('a fault at any call leaves the DIP sheet empty or whole, and adopting again then does the rest', () => {
    const fresh = () => {
      const em = addonEmulator();
      em.call('setupRegister');
      office(em);
      em.resetCalls();
      return em;
    };
    const probe = fresh();
    probe.call('adoptDip', 'DIP Kantor');
    const total = probe.calls().total;
    expect(total).toBeGreaterThan(3);
    const outcomes = new Set<number>();
    for (let n = 1; n <= total; n++) {
      const em = fresh();
      em.rt.failAtCall = n;
      try {
        em.call('adoptDip', 'DIP Kantor');
      } catch (_) {
        // the injected fault
      }
      em.rt.failAtCall = null;
      const dip = em.spreadsheet.getSheetByName(DIP);
      const held = dip.getLastRow() - 1;
      expect({ n, held: [0, 3].includes(held) }).toEqual({ n, held: true });
      outcomes.add(held);
      if (held === 0) expect(em.call('adoptDip', 'DIP Kantor').written).toBe(3);
    }
    expect([...outcomes].sort()).toEqual([0, 3]);
  });

  test('an English-speaking officer gets the preview in English; the sheet made keeps its Indonesian name', () => {
    const em = addonEmulator({ userLocale: 'en' });
    office(em);
    const ui = em.services.ui;
    ui._queueResponse({ button: 'OK', text: 'DIP Kantor' });
    ui._queueResponse({ button: 'YES' });
    ui._queueResponse({ button: 'OK' });
    em.call('menuAdoptDip');
    const preview = ui._dialogs.find((d: any) => String(d.title).startsWith('DIP adoption preview'));
    expect(preview.prompt).toContain('Entries to be taken: 3');
    expect(preview.prompt).toContain('Summary of the Information ← B (Ringkasan Isi Informasi)');
    expect(preview.prompt).toContain(`"${DIP}"`);
    expect(em.spreadsheet.getSheetByName(DIP).getLastRow()).toBe(4);
  });
});
