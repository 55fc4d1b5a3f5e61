// "Buat Surat" through the built bundle in the emulator, the way an officer uses it: a register
// row in, a Google Doc, its PDF and a Surat log row out.
import { file, openDoc, snapshot } from '../support/harness';
import {
  letterEmulator,
  letterText,
  logRows,
  visibleLetters,
  setSettings,
  APPLICANT,
  PNG_1PX,
} from '../support/letters';

const make = (em: any, req: Record<string, unknown>) => em.call('generateLetter', req);

describe('every kind, with Indonesian dates and the right deadlines', () => {
  test('receipt: registration number, date received and the 10-working-day due date', () => {
    const em = letterEmulator('2025-03-27');
    const r = make(em, { row: 2, kind: 'tanda-terima' });
    expect(r.ok).toBe(true);
    expect(r.letterNumber).toBe('001/PPID/III/2025');
    const text = letterText(em, r.docId);
    expect(text).toContain('TANDA BUKTI PENERIMAAN PERMINTAAN INFORMASI PUBLIK');
    expect(text).toContain('Nomor: 001/PPID/III/2025');
    expect(text).toMatch(/Nomor Pendaftaran\s*:\s*001\/PPID\/2025/);
    expect(text).toMatch(/Tanggal Diterima\s*:\s*27 Maret 2025/);
    expect(text).toContain('yaitu pada 22 April 2025');
    expect(text).toContain('Bandung, 27 Maret 2025');
    expect(text).not.toMatch(/\{\{|\}\}/);
  });

  test('extension: the extended due date (2 Mei 2025), sent on the first due date itself', () => {
    const em = letterEmulator('2025-04-22');
    const r = make(em, {
      row: 2,
      kind: 'perpanjangan',
      extras: { extensionReason: 'Dokumen tersimpan di arsip inaktif.' },
    });
    expect(r.ok).toBe(true);
    const text = letterText(em, r.docId);
    expect(text).toContain('paling lambat 2 Mei 2025, menggantikan batas waktu semula 22 April 2025');
    expect(text).toContain('Dokumen tersimpan di arsip inaktif.');
    expect(text).toContain('Pasal 22 ayat (8)');
    expect(text).toContain(`Yth. ${APPLICANT.name}`);
  });

  test('extension after the first deadline: named, nothing made', () => {
    const em = letterEmulator('2025-04-23');
    const before = em.rt.files.size;
    const r = make(em, { row: 2, kind: 'perpanjangan' });
    expect(r.ok).toBe(false);
    expect(r.problems.map((p: any) => p.code)).toEqual(['extensionLate']);
    expect(r.problems[0].message).toContain('22 April 2025');
    expect(em.rt.files.size).toBe(before);
    expect(em.spreadsheet.getSheetByName('Surat')).toBeNull();
  });

  test('written notice, in part: redaction ground, form, cost and time of delivery', () => {
    const em = letterEmulator('2025-04-15');
    const r = make(em, { row: 3, kind: 'pemberitahuan' });
    expect(r.ok).toBe(true);
    const text = letterText(em, r.docId);
    expect(text).toContain('dapat diberikan sebagian');
    expect(text).toContain('Pasal 17 huruf h');
    expect(text).toMatch(/Bentuk informasi\s*:\s*salinan tercetak \(hardcopy\)/);
    expect(text).toMatch(/Biaya\s*:\s*Rp12\.000/);
    expect(text).toMatch(/Waktu penyampaian\s*:\s*15 April 2025/);
    expect(text).not.toContain('tidak berada di bawah penguasaan');
    expect(text).not.toContain('{{#');
  });

  test('written notice, not held: says so, names the holder given in the dialog, no cost table', () => {
    const em = letterEmulator('2025-04-22');
    const r = make(em, { row: 5, kind: 'pemberitahuan', extras: { infoHolder: 'Dinas Pendidikan Provinsi' } });
    const text = letterText(em, r.docId);
    expect(text).toContain('tidak berada di bawah penguasaan Balai Pelatihan Vokasi Contoh');
    expect(text).toContain('dikuasai oleh Dinas Pendidikan Provinsi');
    expect(text).not.toContain('Bentuk informasi');
  });

  test('refusal: its ground, the consequence test and the 30-working-day objection right', () => {
    const em = letterEmulator('2025-04-17');
    const r = make(em, { row: 4, kind: 'penolakan' });
    expect(r.ok).toBe(true);
    const text = letterText(em, r.docId);
    expect(text).toContain('PENOLAKAN PERMOHONAN INFORMASI PUBLIK');
    expect(text).toContain('Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik');
    expect(text).toContain('mengungkap data pribadi seseorang'); // the built-in consequence test for huruf h
    expect(text).toContain('paling lambat 30 (tiga puluh) hari kerja sejak keputusan ini diterima');
    expect(text).toContain('Pasal 36 ayat (1)');
    // 30 working days from Thursday 17 April 2025 (Good Friday, 1, 12–13, 29–30 May, 6 and 9 June off).
    expect(text).toContain('jatuh pada 10 Juni 2025');
    expect(text).toContain('Ditetapkan di Bandung');
  });

  test('refusal with the consequence test from the settings', () => {
    const em = letterEmulator('2025-04-17');
    setSettings(em, { 'Uji Konsekuensi Pasal 17 huruf h': 'Teks uji konsekuensi milik unit.' });
    const text = letterText(em, make(em, { row: 4, kind: 'penolakan' }).docId);
    expect(text).toContain('Teks uji konsekuensi milik unit.');
    expect(text).not.toContain('mengungkap data pribadi seseorang');
  });

  test("superior's response: decision, deadlines of Pasal 36 ayat (2) and 37 ayat (2), signed by the Atasan PPID", () => {
    const em = letterEmulator('2025-05-20');
    const r = make(em, { row: 4, kind: 'tanggapan-keberatan', extras: { decision: 'rejected' } });
    expect(r.ok).toBe(true);
    const text = letterText(em, r.docId);
    expect(text).toMatch(/Tanggal Keberatan\s*:\s*24 April 2025/);
    expect(text).toContain('Keberatan Saudara ditolak');
    expect(text).not.toContain('Keberatan Saudara diterima');
    // 30 working days after 24 April 2025, 14 after 20 May 2025: Idul Adha (6 June) and its cuti
    // bersama (9 June) fall in both.
    expect(text).toContain('yaitu pada 16 Juni 2025');
    expect(text).toContain('jatuh pada 13 Juni 2025');
    expect(text).toContain('Kepala Balai');
    expect(text).toContain('Nama Atasan, S.T.');
  });
});

describe('layout', () => {
  /** The first text after each field table, and the space above it (a table has none of its own). */
  function afterTables(em: any, docId: string): Array<[string, number | null]> {
    const body = openDoc(em, docId).getBody();
    const out: Array<[string, number | null]> = [];
    for (let i = 1; i < body.getNumChildren(); i++) {
      const el = body.getChild(i);
      const prev = body.getChild(i - 1);
      // Field tables have three columns (label, colon, value); the letterhead has two.
      if (
        String(prev.getType()) === 'TABLE' &&
        prev.asTable().getRow(0).getNumCells() === 3 &&
        String(el.getType()) === 'PARAGRAPH'
      ) {
        out.push([el.asParagraph().getText().slice(0, 20), el.asParagraph().getSpacingBefore()]);
      }
    }
    return out;
  }

  test('text right under a field table has space above it, whichever sections the letter kept', () => {
    const em = letterEmulator('2025-04-22');
    const letters = [
      make(em, { row: 2, kind: 'tanda-terima' }),
      make(em, { row: 3, kind: 'pemberitahuan' }), // granted in part: the cost table ends its section
      make(em, { row: 5, kind: 'pemberitahuan' }), // not held: that section is left out
      make(em, { row: 4, kind: 'penolakan' }),
    ];
    for (const l of letters) {
      const found = afterTables(em, l.docId);
      expect(found.length).toBeGreaterThan(0);
      for (const [text, before] of found)
        expect({ kind: l.kind, text, before }).toEqual({ kind: l.kind, text, before: 6 });
    }
    // The cost table is followed by the objection right once the not-held section is gone.
    expect(afterTables(em, letters[1].docId).map(([t]) => t)).toContain('Apabila Saudara tida');
  });

  /** The texts of a letter's last two body paragraphs. */
  const tail = (em: any, docId: string) => {
    const body = openDoc(em, docId).getBody();
    const n = body.getNumChildren();
    return [body.getChild(n - 2), body.getChild(n - 1)].map((el: any) => el.asParagraph().getText());
  };

  test('a letter ends on its signature: no empty line after it to spill onto a blank page', () => {
    const em = letterEmulator('2025-04-22');
    for (const req of [
      { row: 2, kind: 'tanda-terima' },
      { row: 4, kind: 'penolakan' },
    ]) {
      const r = make(em, req);
      expect(tail(em, r.docId)[1]).toMatch(/^NIP \d{18}$/);
    }
    // The Atasan PPID's NIP is not set here: the name closes the response.
    const response = make(em, { row: 4, kind: 'tanggapan-keberatan', extras: { decision: 'partial' } });
    expect(tail(em, response.docId)[1]).toBe('Nama Atasan, S.T.');
    // Without a NIP the section goes, and the signatory's name is the last line.
    setSettings(em, { NIP: '' });
    const r = make(em, { row: 2, kind: 'tanda-terima' });
    expect(tail(em, r.docId)[1]).toBe('Nama Pejabat, S.Sos.');
  });

  test('where Docs refuses to merge a last paragraph, the letter is still made, with the empty line', () => {
    const em = letterEmulator('2025-04-22', { quirks: ['no-merge-last-paragraph'] });
    const r = make(em, { row: 2, kind: 'tanda-terima' });
    expect(r.ok).toBe(true);
    expect(tail(em, r.docId)).toEqual([expect.stringMatching(/^NIP \d{18}$/), '']);
  });
});

describe('what a row lacks is named, and nothing is made', () => {
  test.each([
    [6, 'pemberitahuan', 'notFitting'],
    [7, 'penolakan', 'groundMissing'],
  ])('row %i, %s', (row, kind, code) => {
    const em = letterEmulator('2025-05-09');
    const files = em.rt.files.size;
    const r = make(em, { row, kind });
    expect(r.ok).toBe(false);
    if (code === 'notFitting') expect(r.message).toContain('tidak sesuai');
    else expect(r.problems.map((p: any) => p.code)).toEqual([code]);
    expect(em.rt.files.size).toBe(files);
    expect(logRows(em)).toEqual([]);
  });

  test('a letter to the applicant without an address; the receipt needs none', () => {
    const em = letterEmulator('2025-05-06');
    setSettings(em, { Kota: 'Bandung' });
    em.spreadsheet.getSheetByName('Register').getRange(6, 14).setValue('Dipenuhi');
    const r = make(em, { row: 6, kind: 'pemberitahuan' });
    expect(r.problems.map((p: any) => p.field)).toEqual(['Alamat', 'Cara Memperoleh']);
    expect(make(em, { row: 6, kind: 'tanda-terima' }).ok).toBe(true);
  });

  test("dialog messages in the officer's language, the letter in Indonesian", () => {
    const em = letterEmulator('2025-04-17', { userLocale: 'en' });
    const bad = make(em, { row: 7, kind: 'penolakan' });
    expect(bad.problems[0].message).toMatch(/Refusal Reason is empty: a refusal decision must name its ground/);
    const r = make(em, { row: 4, kind: 'penolakan' });
    expect(r.message).toMatch(/was made and logged/);
    expect(letterText(em, r.docId)).toContain('PERMOHONAN INFORMASI DITOLAK');
  });

  test('an unknown kind or registration number is a clear error', () => {
    const em = letterEmulator();
    expect(() => make(em, { number: '999/PPID/2025', kind: 'tanda-terima' })).toThrow(/letter\.err\.numberNotFound/);
    expect(() => make(em, { row: 2, kind: 'surat-cinta' })).toThrow(/letter\.err\.kind/);
  });
});

describe('numbers, the Surat log and the letters folder', () => {
  test('numbers run per year; each letter is logged with its row, kind, number, date and links', () => {
    const em = letterEmulator('2025-04-17');
    const a = make(em, { row: 2, kind: 'tanda-terima' });
    const b = make(em, { number: '003/PPID/2025', kind: 'penolakan' });
    expect([a.letterNumber, b.letterNumber]).toEqual(['001/PPID/IV/2025', '002/PPID/IV/2025']);
    em.rt.setNow('2026-01-05T03:00:00Z');
    expect(make(em, { row: 2, kind: 'tanda-terima' }).letterNumber).toBe('001/PPID/I/2026');
    const rows = logRows(em);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3], r[7]])).toEqual([
      [2, '001/PPID/2025', 'Tanda Bukti Penerimaan Permintaan Informasi Publik', '001/PPID/IV/2025', 1],
      [4, '003/PPID/2025', 'Keputusan PPID tentang Penolakan Permohonan Informasi', '002/PPID/IV/2025', 2],
      [2, '001/PPID/2025', 'Tanda Bukti Penerimaan Permintaan Informasi Publik', '001/PPID/I/2026', 1],
    ]);
    expect(rows[0][5]).toBe(a.docUrl);
    expect(rows[0][6]).toBe(a.pdfUrl);
    expect(String(rows[0][4])).toContain('2025');
  });

  test('letters, PDFs and templates sit in the letters folder, beside (never inside) the report folder', () => {
    const em = letterEmulator('2025-10-11');
    em.call('generateReport', { period: '2025-Q2', asOf: '2025-10-11' });
    const r = make(em, { row: 3, kind: 'pemberitahuan' });
    const folder = file(em, file(em, r.docId).parents[0]);
    expect(folder.name).toBe('Surat PPID');
    expect(file(em, r.pdfId).parents).toEqual([folder.id]);
    const report = [...em.rt.files.values()].find((f: any) => f.isFolder && f.name === 'Laporan PPID') as any;
    expect(folder.parents).toEqual(report.parents);
    expect(file(em, r.pdfId).mimeType).toBe('application/pdf');
    expect(file(em, r.pdfId).bytes.subarray(0, 4).toString()).toBe('%PDF');
  });

  test('the written notice fills a blank Tanggal Selesai only when the officer agrees, and never overwrites', () => {
    const em = letterEmulator('2025-04-15');
    const cell = () => em.spreadsheet.getSheetByName('Register').getRange(3, 17).getValue();
    make(em, { row: 3, kind: 'pemberitahuan' });
    expect(cell()).toBe('');
    const r = make(em, { row: 3, kind: 'pemberitahuan', fillAnswered: true });
    expect(r.answeredFilled).toBe(true);
    expect((cell() as Date).toISOString()).toBe(new Date('2025-04-15T00:00:00+07:00').toISOString());
    const before = snapshot(em.spreadsheet.getSheetByName('Register'));
    em.rt.setNow('2025-04-16T03:00:00Z');
    const again = make(em, { row: 2, kind: 'pemberitahuan', fillAnswered: true });
    expect(again.answeredFilled).toBe(false);
    expect(snapshot(em.spreadsheet.getSheetByName('Register'))).toEqual(before);
  });
});

describe('templates', () => {
  test("made once per kind from the built-in text; a unit's wording is used from then on", () => {
    const em = letterEmulator('2025-03-27');
    const first = make(em, { row: 2, kind: 'tanda-terima' });
    const templates = [...em.rt.files.values()].filter((f: any) => f.name.startsWith('Templat - ') && !f.trashed);
    expect(templates.map((f: any) => f.name)).toEqual(['Templat - Tanda Bukti Penerimaan Permintaan Informasi Publik']);
    const template = openDoc(em, templates[0].id);
    template.getBody().replaceText('Simpan tanda bukti ini', 'Mohon simpan bukti QXCUSTOM ini');
    template.getBody().appendParagraph('Catatan unit: {{nomr_surat}} {{nama_pemohon}}');
    template.saveAndClose();
    const second = make(em, { row: 3, kind: 'tanda-terima' });
    const text = letterText(em, second.docId);
    expect(text).toContain('Mohon simpan bukti QXCUSTOM ini');
    expect(text).toContain(`Catatan unit:  ${APPLICANT.name}`);
    expect(text).not.toContain('nomr_surat');
    expect(second.unknown).toEqual(['{{nomr_surat}}']);
    expect(second.message).toContain('{{nomr_surat}}');
    expect(letterText(em, first.docId)).not.toContain('QXCUSTOM');
    // Still one template per kind.
    expect([...em.rt.files.values()].filter((f: any) => f.name.startsWith('Templat - ') && !f.trashed)).toHaveLength(1);
  });

  test('a template with a broken section is named and no letter is made', () => {
    const em = letterEmulator('2025-03-27');
    make(em, { row: 2, kind: 'tanda-terima' });
    const id = [...em.rt.files.values()].find((f: any) => f.name.startsWith('Templat - ') && !f.trashed)!.id;
    const t = openDoc(em, id);
    t.getBody().appendParagraph('{{#ada_nip}}');
    t.saveAndClose();
    const letters = visibleLetters(em).length;
    expect(() => make(em, { row: 3, kind: 'tanda-terima' })).toThrow(/letter\.template\.section\.unclosed/);
    expect(visibleLetters(em)).toHaveLength(letters);
    expect(logRows(em)).toHaveLength(1);
  });

  test('a deleted template is made again from the built-in text', () => {
    const em = letterEmulator('2025-03-27');
    make(em, { row: 2, kind: 'tanda-terima' });
    const old = [...em.rt.files.values()].find((f: any) => f.name.startsWith('Templat - ') && !f.trashed) as any;
    old.trashed = true;
    const r = make(em, { row: 3, kind: 'tanda-terima' });
    expect(r.ok).toBe(true);
    expect([...em.rt.files.values()].filter((f: any) => f.name.startsWith('Templat - ') && !f.trashed)).toHaveLength(1);
  });
});

describe('the logo', () => {
  test('uploaded once: saved in the letters folder, placed in every template, carried by letters', () => {
    const em = letterEmulator('2025-03-27');
    const up = em.call('saveLetterLogo', { name: 'logo.png', mimeType: 'image/png', data: PNG_1PX });
    expect(up.ok).toBe(true);
    const logo = [...em.rt.files.values()].find((f: any) => f.name === 'Logo Kop Surat.png' && !f.trashed) as any;
    expect(logo.mimeType).toBe('image/png');
    const templates = [...em.rt.files.values()].filter((f: any) => f.name.startsWith('Templat - ') && !f.trashed);
    expect(templates).toHaveLength(5);
    for (const t of templates) expect(openDoc(em, t.id).getBody().getImages()).toHaveLength(1);
    expect(templates.every((t: any) => t.parents[0] === logo.parents[0])).toBe(true);
    const r = make(em, { row: 2, kind: 'tanda-terima' });
    expect(openDoc(em, r.docId).getBody().getImages()).toHaveLength(1);
    // A second upload replaces the logo, not adds one.
    em.call('saveLetterLogo', { name: 'logo.png', mimeType: 'image/png', data: PNG_1PX });
    for (const t of templates) expect(openDoc(em, t.id).getBody().getImages()).toHaveLength(1);
    expect(
      [...em.rt.files.values()].filter((f: any) => f.name.startsWith('Logo Kop Surat') && !f.trashed),
    ).toHaveLength(1);
  });

  test('not an image: refused, nothing saved', () => {
    const em = letterEmulator();
    const files = em.rt.files.size;
    const up = em.call('saveLetterLogo', { name: 'x.pdf', mimeType: 'application/pdf', data: PNG_1PX });
    expect(up).toEqual({ ok: false, message: 'Logo harus berupa gambar PNG, JPEG, atau GIF.' });
    expect(em.rt.files.size).toBe(files);
  });
});

describe('the dialog', () => {
  test('"Buat Surat" on a register row opens the dialog; elsewhere it asks for a row', () => {
    const em = letterEmulator();
    const register = em.spreadsheet.getSheetByName('Register');
    em.spreadsheet.setActiveSheet(register);
    register.getRange('C4').activate();
    em.call('menuMakeLetter');
    const dialogs = em.services.ui._dialogs;
    expect(dialogs[dialogs.length - 1]).toMatchObject({ kind: 'modal', title: 'Buat Surat' });
    expect(dialogs[dialogs.length - 1].content).toContain("Number('4')");
    em.spreadsheet.setActiveSheet(em.spreadsheet.getSheetByName('Pengaturan'));
    em.call('menuMakeLetter');
    expect(dialogs[dialogs.length - 1]).toMatchObject({ kind: 'alert' });
    expect(dialogs[dialogs.length - 1].prompt).toContain('Pilih satu baris permohonan di sheet register "Register"');
  });

  test('offers the letters that fit the row, with what each lacks and what was made before', () => {
    const em = letterEmulator('2025-04-24');
    make(em, { row: 4, kind: 'penolakan', asOf: '2025-04-17' });
    const o = em.call('getLetterOptions', 4);
    expect(o.kinds.map((k: any) => k.kind)).toEqual(['tanda-terima', 'penolakan', 'tanggapan-keberatan']);
    expect(o.kinds.every((k: any) => k.problems.length === 0)).toBe(true);
    expect(o.kinds[1].existing.map((e: any) => e.letterNumber)).toEqual(['001/PPID/IV/2025']);
    expect(o.applicant).toBe(APPLICANT.name);
    expect(o.date).toBe('24 April 2025');
    const none = em.call('getLetterOptions', 7);
    expect(none.kinds.find((k: any) => k.kind === 'penolakan').problems.map((p: any) => p.code)).toEqual([
      'groundMissing',
    ]);
  });

  test("the dialog's make call reports failures as messages, not exceptions", () => {
    const em = letterEmulator();
    const r = em.call('makeLetter', { row: 99, kind: 'tanda-terima' });
    expect(r).toEqual({
      ok: false,
      message:
        'Pilih satu baris permohonan di sheet register "Register" (klik sel mana pun di baris itu), lalu pilih Buat Surat lagi.',
    });
  });
});

describe("under the emulator's other answers to the open questions about Google", () => {
  test.each([
    [['strict-drive-file']],
    [['no-document-lock']],
    [['no-merge-last-paragraph']],
    [
      [
        'strict-drive-file',
        'no-document-lock',
        'formula-locale-separators',
        'scalar-workday',
        'no-merge-last-paragraph',
      ],
    ],
  ])('%j: templates, logo, every kind and the log still work', (quirks) => {
    const em = letterEmulator('2025-04-22', { quirks });
    expect(em.call('saveLetterLogo', { name: 'logo.png', mimeType: 'image/png', data: PNG_1PX }).ok).toBe(true);
    const made = [
      make(em, { row: 2, kind: 'tanda-terima' }),
      make(em, { row: 2, kind: 'perpanjangan' }),
      make(em, { row: 3, kind: 'pemberitahuan', fillAnswered: true }),
      make(em, { row: 4, kind: 'penolakan' }),
      make(em, { row: 4, kind: 'tanggapan-keberatan', extras: { decision: 'partial' } }),
    ];
    expect(made.map((r) => r.ok)).toEqual([true, true, true, true, true]);
    expect(made.map((r) => r.letterNumber)).toEqual(
      ['001', '002', '003', '004', '005'].map((n) => `${n}/PPID/IV/2025`),
    );
    for (const r of made) expect(openDoc(em, r.docId).getBody().getImages()).toHaveLength(1);
    expect(letterText(em, made[4].docId)).toContain('Keberatan Saudara diterima sebagian');
    expect(logRows(em)).toHaveLength(5);
  });
});
