// The unit's pictures in the report (#24 item 9), through the built bundle in the emulator: an
// officer uploads each once, every report of its period shows it in its section as "Gambar N."
// with its caption, and a picture the report cannot use is one line in the dialog while the
// report is still made. Two officers (#26 item 2): a picture saved by a colleague the officer's
// add-on cannot reach is named with its maker, and its row is never rewritten.
import fs from 'node:fs';
import path from 'node:path';
import type { Emulator } from '@ppid-sheets/emulator';
import { letterEmulator } from '../support/letters';
import { openDoc } from '../support/harness';

const ANI = 'petugas@example.go.id';
const BUDI = 'budi@ppid.example.go.id';
const REPORT = { period: '2025-Q1', asOf: '2025-04-10' };
const DIR = path.join(__dirname, '../../examples/seed-tw3-2021.pictures');
const png = (name: string) => fs.readFileSync(path.join(DIR, name)).toString('base64');

function upload(em: Emulator, section: string, caption: string, file = 'alur-permohonan.png', period = '', who = ANI) {
  return em.callAs(who, 'saveReportPicture', { name: file, data: png(file), section, caption, period });
}

const sheetRows = (em: Emulator) =>
  em.rt.uncounted(() => em.spreadsheet.getSheetByName('Gambar Laporan').getDataRange().getValues());

/** The document's body as lines, with "[image W×H]" where a picture is. */
function docLines(em: Emulator, id: string): string[] {
  const body = openDoc(em, id).getBody();
  const out: string[] = [];
  for (let i = 0; i < body.getNumChildren(); i++) {
    const c = body.getChild(i);
    if (String(c.getType()) !== 'PARAGRAPH') continue;
    const p = c.asParagraph();
    const images = [];
    for (let k = 0; k < p.getNumChildren(); k++)
      if (String(p.getChild(k).getType()) === 'INLINE_IMAGE') {
        const img = p.getChild(k).asInlineImage();
        images.push(`[image ${img.getWidth()}×${img.getHeight()}]`);
      }
    out.push(images.length ? images.join(' ') : p.getText());
  }
  return out;
}

/** A Drive file of the officer's add-on with these bytes, and its row typed by hand in the sheet. */
function handRow(em: Emulator, bytes: Buffer, row: unknown[]) {
  const id = em.rt.uncounted(() => {
    const blob = em.services.Utilities.newBlob([...bytes], 'image/png', 'x.png');
    return em.services.Drive.Files.create({ name: 'x.png', mimeType: 'image/png' }, blob).id;
  });
  em.rt.uncounted(() =>
    em.spreadsheet.getSheetByName('Gambar Laporan').appendRow(row.map((v) => (v === 'ID' ? id : v))),
  );
  return id;
}

/** A PNG header claiming a size, enough for the check (the bytes are not drawn). */
function pngHeader(width: number, height: number, length = 64): Buffer {
  const b = Buffer.alloc(length);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(b);
  b.writeUInt32BE(width, 16);
  b.writeUInt32BE(height, 20);
  return b;
}

describe('pictures uploaded once, shown in their sections', () => {
  test('the menu opens the upload dialog; its options name the sections in the settings language', () => {
    const em = letterEmulator();
    em.call('menuReportPictures');
    const dialog = em.services.ui._dialogs.at(-1);
    expect(dialog).toMatchObject({ kind: 'modal', title: 'Gambar Laporan' });
    expect(dialog.content).toContain('saveReportPicture(');
    expect(dialog.content).toContain('getPictureDialogOptions()');
    const opts = em.call('getPictureDialogOptions');
    expect(opts.sections).toEqual([
      'Ruang Layanan',
      'Alur Permohonan',
      'Maklumat Pelayanan',
      'Mekanisme Keberatan',
      'Media Sosial',
      'Informasi yang Diumumkan',
    ]);
    expect(opts.strings['pictures.dialog.upload']).toBe('Unggah Gambar');
  });

  test('the upload saves the file in the report folder and lists it with its maker', () => {
    const em = letterEmulator();
    const r = upload(em, 'Alur Permohonan', 'Alur Permohonan Informasi');
    expect(r).toMatchObject({ ok: true, row: 2 });
    const [header, row] = sheetRows(em);
    expect(header).toEqual(['Bagian', 'Keterangan Gambar', 'Periode', 'ID Berkas', 'Dibuat oleh']);
    expect(row[0]).toBe('Alur Permohonan');
    expect(row[4]).toBe(ANI);
    const f = em.rt.files.get(String(row[3]))!;
    expect(f.mimeType).toBe('image/png');
    const folder = [...em.rt.files.values()].find((x) => x.isFolder && x.name === 'Laporan PPID')!;
    expect(f.parents).toEqual([folder.id]);
    // One row in the activity log, with the file made.
    const log = em.rt.uncounted(() => em.spreadsheet.getSheetByName('Log Aktivitas').getDataRange().getValues());
    expect(log.at(-1).slice(1)).toEqual([ANI, 'Gambar laporan diunggah', 'Alur Permohonan (2)', String(row[3])]);
  });

  test('the quarterly report: each picture in its section, numbered, caption below, sized to its box', () => {
    const em = letterEmulator();
    upload(em, 'Media Sosial', 'Akun Media Sosial', 'media-sosial.png');
    upload(em, '2.2 Ruang Layanan', 'Denah Ruang Layanan', 'ruang-layanan.png');
    upload(em, 'Informasi yang Diumumkan', 'Poster', 'poster-informasi.png', '2025-Q1');
    upload(em, 'Alur Permohonan', 'Poster lama', 'alur-permohonan.png', '2024-Q4');
    const r = em.call('generateReport', REPORT);
    expect(r.pictures).toBe(3);
    expect(r.pictureProblems).toEqual([]);
    const lines = docLines(em, r.docId);
    const at = (s: string) => lines.indexOf(s);
    // Numbered in document order (the room of 2.2.1 before the social media of 2.2.x), not the sheet's.
    expect(at('Gambar 1. Denah Ruang Layanan')).toBeGreaterThan(0);
    expect(at('Gambar 2. Akun Media Sosial')).toBeGreaterThan(at('Gambar 1. Denah Ruang Layanan'));
    expect(at('Gambar 3. Poster')).toBeGreaterThan(at('Gambar 2. Akun Media Sosial'));
    expect(lines.join('\n')).not.toContain('Poster lama');
    // The picture right above its caption, 880×600 drawn in the 440 box, the portrait poster by its height.
    expect(lines[at('Gambar 1. Denah Ruang Layanan') - 1]).toBe('[image 440×300]');
    expect(lines[at('Gambar 3. Poster') - 1]).toBe('[image 317×440]');
    expect(at('Gambar 1. Denah Ruang Layanan')).toBeGreaterThan(lines.findIndex((l) => l.startsWith('2.2.1.')));
  });

  test('the same places when Body.getParagraphs leaves out table cells (quirk paragraphs-without-cells)', () => {
    const place = (quirks: string[]) => {
      const em = letterEmulator('2025-04-10', { quirks });
      upload(em, 'Media Sosial', 'Akun', 'media-sosial.png');
      upload(em, 'Informasi yang Diumumkan', 'Poster', 'poster-informasi.png');
      const r = em.call('generateReport', REPORT);
      return docLines(em, r.docId);
    };
    const plain = place([]);
    const quirk = place(['paragraphs-without-cells']);
    expect(quirk).toEqual(plain);
    expect(quirk[quirk.indexOf('Gambar 2. Poster') - 1]).toBe('[image 317×440]');
  });

  test('the annual report shows the year, its quarters and the pictures of every period', () => {
    const em = letterEmulator('2026-01-15');
    upload(em, 'Ruang Layanan', 'Ruang', 'ruang-layanan.png');
    upload(em, 'Informasi yang Diumumkan', 'Poster TW III', 'poster-informasi.png', '2025-Q3');
    upload(em, 'Mekanisme Keberatan', 'Lain tahun', 'alur-permohonan.png', '2024');
    const r = em.call('generateReport', { period: '2025', asOf: '2026-01-15' });
    const text = docLines(em, r.docId).join('\n');
    expect(text).toContain('Gambar 1. Ruang');
    expect(text).toContain('Gambar 2. Poster TW III');
    expect(text).not.toContain('Lain tahun');
  });

  test('a row removed: the numbers stay consecutive', () => {
    const em = letterEmulator();
    upload(em, 'Ruang Layanan', 'Satu', 'ruang-layanan.png');
    upload(em, 'Alur Permohonan', 'Dua', 'alur-permohonan.png');
    upload(em, 'Media Sosial', 'Tiga', 'media-sosial.png');
    em.rt.uncounted(() => em.spreadsheet.getSheetByName('Gambar Laporan').deleteRow(2));
    const r = em.call('generateReport', REPORT);
    const captions = docLines(em, r.docId).filter((l) => l.startsWith('Gambar '));
    expect(captions).toEqual(['Gambar 1. Dua', 'Gambar 2. Tiga']);
  });

  test('each configured picture adds at most 3 service calls (and one Blob.getBytes in the script)', () => {
    const count = (n: number) => {
      const em = letterEmulator();
      for (let i = 0; i < n; i++) upload(em, 'Ruang Layanan', `Gambar ${i}`, 'ruang-layanan.png');
      em.call('generateReport', REPORT); // the first report makes the folder and the recap sheet
      em.resetCalls();
      em.call('generateReport', REPORT);
      const c = em.calls();
      return {
        total: c.total,
        blob: Object.entries(c.byMethod).reduce((s, [k, v]) => s + (k.startsWith('Blob.') ? (v as number) : 0), 0),
      };
    };
    const none = count(0);
    const one = count(1);
    const three = count(3);
    const perPicture = (three.total - three.blob - (one.total - one.blob)) / 2;
    expect(perPicture).toBeLessThanOrEqual(3);
    expect((three.blob - one.blob) / 2).toBe(1);
    // Once per report with pictures: the sheet's one read and Body.getParagraphs (167 → 173 measured).
    expect(one.total - none.total - 4).toBeLessThanOrEqual(3);
  });
});

describe('bad input: one line each in the dialog, the report made without it', () => {
  test('unknown section, no file, not an image, too large, too many pixels, deleted file', () => {
    const em = letterEmulator();
    upload(em, 'Ruang Layanan', 'Baik', 'ruang-layanan.png');
    const sheet = () => em.spreadsheet.getSheetByName('Gambar Laporan');
    em.rt.uncounted(() => sheet().appendRow(['Kantin', 'Salah bagian', '', 'abc', ANI]));
    em.rt.uncounted(() => sheet().appendRow(['Maklumat Pelayanan', 'Tanpa berkas', '', '', '']));
    handRow(em, Buffer.from('bukan gambar'), ['Maklumat Pelayanan', 'Teks', '', 'ID', ANI]);
    handRow(em, pngHeader(800, 600, 5 * 1024 * 1024 + 10), ['Maklumat Pelayanan', 'Besar', '', 'ID', ANI]);
    handRow(em, pngHeader(6000, 5000), ['Maklumat Pelayanan', 'Piksel', '', 'ID', ANI]);
    const gone = handRow(em, pngHeader(10, 10), ['Maklumat Pelayanan', 'Terhapus', '', 'ID', ANI]);
    em.rt.files.delete(gone);
    // Another period's bad row is not this report's business.
    em.rt.uncounted(() => sheet().appendRow(['Kantin', 'Lain periode', '2024-Q2', 'abc', ANI]));
    const before = sheetRows(em);
    const r = em.call('generateReport', REPORT);
    expect(r.docId).toBeTruthy();
    expect(r.pictures).toBe(1);
    const lines: string[] = r.pictureProblems;
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatch(/^Gambar Laporan baris 3: bagian "Kantin" tidak dikenal \(pilih: Ruang Layanan, /);
    expect(lines[1]).toContain('baris 4: ID Berkas kosong');
    expect(lines[2]).toContain('baris 5: berkasnya bukan gambar PNG, JPEG, atau GIF');
    expect(lines[3]).toContain('baris 6: gambar terlalu besar (5,1 MB; paling besar 5,0 MB');
    expect(lines[4]).toContain(
      'baris 7: gambar 6000 × 5000 piksel (30,0 megapiksel) melebihi batas Google Dokumen (25 megapiksel)',
    );
    expect(lines[5]).toContain('baris 8: berkas gambar tidak ditemukan');
    for (const l of lines) expect(l).toMatch(/Laporan dibuat tanpa gambar ini\.$/);
    expect(docLines(em, r.docId).filter((l) => l.startsWith('Gambar '))).toEqual(['Gambar 1. Baik']);
    expect(sheetRows(em)).toEqual(before);
  });

  test('the upload refuses what is not an image, and a section it does not know', () => {
    const em = letterEmulator();
    const text = Buffer.from('%PDF-1.4 bukan gambar').toString('base64');
    const a = em.call('saveReportPicture', { name: 'x.png', data: text, section: 'Ruang Layanan', caption: 'x' });
    expect(a).toEqual({ ok: false, message: 'Berkas ini bukan gambar PNG, JPEG, atau GIF.' });
    const b = em.call('saveReportPicture', { name: 'a.png', data: png('alur-permohonan.png'), section: 'Kantin' });
    expect(b.ok).toBe(false);
    expect(b.message).toContain('Pilih bagian laporan untuk gambar ini: Ruang Layanan, Alur Permohonan');
    expect(em.spreadsheet.getSheetByName('Gambar Laporan')).toBeNull();
  });
});

describe('two officers (#26 item 2)', () => {
  test("a colleague's picture out of reach: named with its maker, its row kept, the report made", () => {
    const em = letterEmulator();
    em.addAccount(BUDI, { displayName: 'Budi Santoso' });
    upload(em, 'Ruang Layanan', 'Dari Ani', 'ruang-layanan.png');
    const folder = [...em.rt.files.values()].find((x) => x.isFolder && x.name === 'Laporan PPID')!;
    em.rt.asUser(BUDI, () => em.rt.grantToApp(folder.id));
    expect(upload(em, 'Alur Permohonan', 'Dari Budi', 'alur-permohonan.png', '', BUDI).ok).toBe(true);
    const before = sheetRows(em);
    // Ani's add-on has no grant on the file Budi's add-on made (drive.file is per person).
    const r = em.call('generateReport', REPORT);
    expect(r.pictures).toBe(1);
    expect(r.pictureProblems).toHaveLength(1);
    expect(r.pictureProblems[0]).toContain(`baris 3: berkas gambar ini disimpan oleh ${BUDI}`);
    expect(r.pictureProblems[0]).toContain(`(${ANI})`);
    expect(r.pictureProblems[0]).toContain('ID berkas tidak diubah');
    expect(sheetRows(em)).toEqual(before);
    // Budi's report reaches his own file; Ani's is out of his add-on's reach (a picked folder grants only itself).
    const rb = em.callAs(BUDI, 'generateReport', REPORT);
    expect(rb.pictureProblems.some((l: string) => l.includes(`disimpan oleh ${ANI}`))).toBe(true);
    expect(docLines(em, rb.docId).filter((l) => l.startsWith('Gambar '))).toEqual(['Gambar 1. Dari Budi']);
  });
});
