// Shared by the letter tests: a register with one row per letter situation, the settings a unit
// fills in for letters, and readers for what a letter run leaves in the emulated Drive.
import { addonEmulator, fillRegister, row, wib, openDoc } from './harness';
import type { Emulator } from '@ppid-sheets/emulator';
import { SETTINGS } from '../../src/core/settings';

export const LETTER_SETTINGS: Record<string, string> = {
  'Nama Unit': 'Balai Pelatihan Vokasi Contoh',
  'Badan Induk': 'Badan Pengembangan SDM',
  Kota: 'Bandung',
  'Nama Petugas PPID': 'Nama Pejabat, S.Sos.',
  NIP: '198005152006041002',
  'Alamat Unit': 'Jl. Contoh Raya No. 1, Bandung',
  'Telepon Unit': '(022) 1234567',
  'Nama Atasan PPID': 'Nama Atasan, S.T.',
  'Jabatan Atasan PPID': 'Kepala Balai',
};

/** Distinctive personal values (each carries QX…) so a copy anywhere is caught. */
export const APPLICANT = {
  name: 'Sari QXNAMA Wulandari',
  address: 'Jl. Melati QXALAMAT No. 3, Bandung',
  contact: 'qxkontak@pemohon.example',
  request: 'Daftar peserta QXMINTA pelatihan 2024',
};
export const PERSONAL_MARKERS = /QXNAMA|QXALAMAT|QXKONTAK|QXMINTA|Wulandari|pemohon\.example/i;

const base = (n: string, received: string, extra: Record<string, unknown>) =>
  row({
    'No. Registrasi': n,
    'Tanggal Permohonan': wib(received),
    Saluran: 'Email',
    'Nama Pemohon': APPLICANT.name,
    'Kategori Pemohon': 'Perseorangan',
    Alamat: APPLICANT.address,
    Kontak: APPLICANT.contact,
    'Informasi yang Diminta': APPLICANT.request,
    Topik: 'Pelatihan',
    ...extra,
  });

/** Rows 2–7 of the register: one per situation a letter meets. */
// biome-ignore format: a table laid out by hand, one entry per line
export const LETTER_ROWS = [
  // 2: extended, granted; received 27 March 2025 → due 22 April, extended due 2 May (Idul Fitri counted).
  base('001/PPID/2025', '2025-03-27', { Status: 'Dipenuhi', Perpanjangan: 'Ya', 'Cara Memperoleh': 'Salinan Softcopy', 'Tanggal Selesai': wib('2025-04-30') }),
  // 3: granted in part, with a fee, Tanggal Selesai blank.
  base('002/PPID/2025', '2025-04-02', { Status: 'Dipenuhi Sebagian', 'Alasan Penolakan': 'Pasal 17 huruf h', 'Cara Memperoleh': 'Salinan Hardcopy', 'Biaya (Rp)': 12000 }),
  // 4: refused on Pasal 17 huruf h, objected to on 24 April.
  base('003/PPID/2025', '2025-04-07', { Status: 'Ditolak', 'Alasan Penolakan': 'Pasal 17 huruf h', 'Tanggal Selesai': wib('2025-04-17'), 'Tanggal Keberatan': wib('2025-04-24'), 'Alasan Keberatan': 'a. Penolakan (Pasal 17)' }),
  // 5: not held.
  base('004/PPID/2025', '2025-04-14', { Status: 'Ditolak', 'Alasan Penolakan': 'Belum Dikuasai', 'Tanggal Selesai': wib('2025-04-22') }),
  // 6: no address, still in process.
  base('005/PPID/2025', '2025-05-05', { Status: 'Diproses', Alamat: '' }),
  // 7: refused without a ground.
  base('006/PPID/2025', '2025-05-06', { Status: 'Ditolak', 'Tanggal Selesai': wib('2025-05-08') }),
];

/** Writes settings the way an officer types them into the Pengaturan sheet. */
export function setSettings(em: Emulator, values: Record<string, string>): void {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const grid: unknown[][] = sheet.getDataRange().getValues();
  for (const [label, value] of Object.entries(values)) {
    // Labels are given in Indonesian; a sheet set up in English carries the English ones.
    const spec = SETTINGS.find((x) => x.label.id === label);
    const r = grid.findIndex((x) => x[0] === label || (spec && x[0] === spec.label.en));
    if (r < 0) throw new Error(`no setting ${label}`);
    sheet.getRange(r + 1, 2).setValue(value);
  }
}

/** An emulator on a date, with the letter register set up and the letter settings filled in. */
export function letterEmulator(now = '2025-04-10', options: Record<string, unknown> = {}): Emulator {
  const em = addonEmulator({ now: `${now}T03:00:00Z`, ...options });
  fillRegister(em, LETTER_ROWS);
  em.call('setupRegister');
  setSettings(em, LETTER_SETTINGS);
  em.resetCalls();
  return em;
}

/** The text of a made letter's document (body; header and footer when present). */
export function letterText(em: Emulator, docId: string): string {
  const doc = openDoc(em, docId);
  return [doc.getHeader(), doc.getBody(), doc.getFooter()]
    .filter(Boolean)
    .map((s: any) => s.getText())
    .join('\n');
}

/** The Surat sheet's rows below the header. */
export function logRows(em: Emulator): unknown[][] {
  const sheet = em.spreadsheet.getSheetByName('Surat');
  return sheet ? (sheet.getDataRange().getValues() as unknown[][]).slice(1) : [];
}

/** Letter documents and PDFs in the emulated Drive that are not in the trash (templates excluded). */
export function visibleLetters(em: Emulator): any[] {
  return [...em.rt.files.values()].filter(
    (f: any) =>
      !f.trashed &&
      !f.isFolder &&
      !f.name.startsWith('Templat - ') &&
      f.mimeType !== 'application/vnd.google-apps.spreadsheet' &&
      !f.name.startsWith('Logo'),
  );
}

/** A small PNG (1×1 pixel) as the dialog sends it. */
export const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
