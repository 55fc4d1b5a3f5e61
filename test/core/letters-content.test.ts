import {
  letterRowFrom,
  letterFits,
  fittingKinds,
  letterProblems,
  letterData,
  receiptText,
  readLog,
  nextLetterNumber,
  lettersOfRow,
  renderTemplate,
  templateText,
  BUILTIN_TEMPLATES,
  LETTER_TITLES,
  type LetterContext,
  type LetterKind,
} from '../../src/core/letters';
import {
  parseRefusalGround,
  objectionDecision,
  lawFromNote,
  groundStatement,
  objectionGroundStatement,
  DEFAULT_CONSEQUENCE,
} from '../../src/core/law';
import { consequenceText } from '../../src/core/settings';
import { header } from '../../scripts/lib/generate-register';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso, dayToDate } from '../../src/core/calendar';
import { SETTINGS } from '../../src/core/settings';

const D = dayFromIso;
const cal = new WorkCalendar(holidayDays(HOLIDAYS));
const HEAD = header();
const TZ = 420;

function row(fields: Record<string, unknown>, n = 2) {
  const values = HEAD.map((h) => (h in fields ? fields[h] : ''));
  return letterRowFrom(HEAD, values, n, { lang: 'id', tzOffsetMinutes: TZ });
}

const base = {
  'No. Registrasi': '014/PPID/2025',
  'Tanggal Permohonan': dayToDate(D('2025-03-27')),
  Saluran: 'Email',
  'Nama Pemohon': 'Sari Wulandari',
  'Kategori Pemohon': 'Perseorangan',
  Alamat: 'Jl. Melati No. 3, Bandung',
  Kontak: 'sari@mail.example',
  'Informasi yang Diminta': 'Daftar peserta pelatihan 2024',
  Status: 'Diproses',
};

// biome-ignore format: a table laid out by hand, one entry per line
const settings: LetterContext['settings'] = {
  unitName: 'Balai Contoh', unitAddress: 'Jl. Contoh 1, Bandung', city: 'Bandung', officerName: 'Nama Petugas',
  officerTitle: 'PPID Pelaksana', officerNip: '199001012015031001', superiorName: 'Nama Atasan', superiorTitle: 'Kepala Balai',
  textExtensionReason: 'Perlu dihimpun dari dua bidang.', letterNumberFormat: '{nnn}/PPID/{mm-romawi}/{yyyy}',
};
const ctx = (date: string, extra: Partial<LetterContext> = {}): LetterContext => ({
  date: D(date),
  calendar: cal,
  settings,
  ...extra,
});

function render(kind: LetterKind, r: ReturnType<typeof row>, c: LetterContext, no = '001/PPID/V/2025'): string {
  const out = renderTemplate(templateText(BUILTIN_TEMPLATES[kind]), letterData(kind, r, c, no));
  expect(out.unknown).toEqual({ values: [], sections: [] });
  return out.text;
}

describe('which letters fit a row', () => {
  test('the receipt fits any request; the rest follow status, extension and objection', () => {
    expect(fittingKinds(row(base))).toEqual(['tanda-terima']);
    expect(fittingKinds(row({ ...base, Status: 'Dipenuhi' }))).toEqual(['tanda-terima', 'pemberitahuan']);
    expect(fittingKinds(row({ ...base, Status: 'Dipenuhi Sebagian', Perpanjangan: 'Ya' }))).toEqual([
      'tanda-terima',
      'pemberitahuan',
      'perpanjangan',
    ]);
    expect(fittingKinds(row({ ...base, Status: 'Ditolak', 'Alasan Penolakan': 'Pasal 17 huruf h' }))).toEqual([
      'tanda-terima',
      'penolakan',
    ]);
    expect(fittingKinds(row({ ...base, Status: 'Ditolak', 'Tanggal Keberatan': dayToDate(D('2025-04-30')) }))).toEqual([
      'tanda-terima',
      'penolakan',
      'tanggapan-keberatan',
    ]);
  });

  test('a "not held" or "not yet documented" answer gets the written notice whatever its status', () => {
    expect(letterFits('pemberitahuan', row({ ...base, Status: 'Ditolak', 'Alasan Penolakan': 'Belum Dikuasai' }))).toBe(
      true,
    );
    expect(
      letterFits(
        'pemberitahuan',
        row({ ...base, Status: 'Tidak Dijawab', 'Alasan Penolakan': 'Belum Didokumentasikan' }),
      ),
    ).toBe(true);
    expect(
      letterFits('pemberitahuan', row({ ...base, Status: 'Ditolak', 'Alasan Penolakan': 'Pasal 17 huruf b' })),
    ).toBe(false);
  });
});

describe('what a letter needs (named, nothing made)', () => {
  const codes = (kind: LetterKind, r: ReturnType<typeof row>, c = ctx('2025-04-10')) =>
    letterProblems(kind, r, c, 'id').map((p) => p.code);

  test('a letter to the applicant needs an address; the receipt does not', () => {
    const noAddress = row({ ...base, Alamat: '', Status: 'Dipenuhi', 'Cara Memperoleh': 'Salinan Softcopy' });
    expect(codes('pemberitahuan', noAddress)).toEqual(['address']);
    expect(codes('tanda-terima', noAddress)).toEqual([]);
    const p = letterProblems('pemberitahuan', noAddress, ctx('2025-04-10'), 'en')[0];
    expect(p.field).toBe('Address');
    expect(p.message).toMatch(/Address is empty/);
  });

  test('a refusal without a ground, with an unnamed Pasal 17 letter, on a notice ground, on an unnamed law', () => {
    const refused = { ...base, Status: 'Ditolak' };
    expect(codes('penolakan', row(refused))).toEqual(['groundMissing']);
    expect(codes('penolakan', row({ ...refused, 'Alasan Penolakan': 'Dikecualikan (Pasal 17 UU KIP)' }))).toEqual([
      'groundLetter',
    ]);
    expect(codes('penolakan', row({ ...refused, 'Alasan Penolakan': 'Belum Dikuasai' }))).toEqual(['groundNotice']);
    expect(codes('penolakan', row({ ...refused, 'Alasan Penolakan': 'Undang-undang lain' }))).toEqual(['groundLaw']);
    expect(
      codes(
        'penolakan',
        row({
          ...refused,
          'Alasan Penolakan': 'Undang-undang lain',
          Catatan: 'UU Nomor 43 Tahun 2009 tentang Kearsipan',
        }),
      ),
    ).toEqual([]);
    expect(codes('penolakan', row({ ...refused, 'Alasan Penolakan': 'Pasal 17 huruf h' }))).toEqual([]);
  });

  test('an extension up to and including the first due date, not after', () => {
    const ext = row({ ...base, Perpanjangan: 'Ya' }); // received 27 March 2025 → first due 22 April
    expect(codes('perpanjangan', ext, ctx('2025-04-22'))).toEqual([]);
    expect(codes('perpanjangan', ext, ctx('2025-04-23'))).toEqual(['extensionLate']);
    expect(letterProblems('perpanjangan', ext, ctx('2025-04-23'), 'id')[0].message).toContain('22 April 2025');
  });

  test('signatories and letterhead come from the settings', () => {
    const c = { ...ctx('2025-04-10'), settings: { ...settings, unitAddress: '', superiorName: '' } };
    expect(codes('tanda-terima', row(base), c)).toEqual(['setting']);
    const obj = row({
      ...base,
      Status: 'Ditolak',
      'Alasan Penolakan': 'Pasal 17 huruf h',
      'Tanggal Keberatan': dayToDate(D('2025-04-30')),
    });
    expect(letterProblems('tanggapan-keberatan', obj, c, 'id').map((p) => p.field)).toEqual([
      'Alamat Unit',
      'Nama Atasan PPID',
      'Putusan Atasan PPID',
    ]);
  });

  test('a row without registration number or date received', () => {
    expect(codes('tanda-terima', row({ ...base, 'No. Registrasi': '', 'Tanggal Permohonan': '31/02/2025' }))).toEqual([
      'number',
      'received',
    ]);
  });
});

describe('letters with Indonesian dates and the right deadlines', () => {
  test('receipt: registration number and the 10-working-day due date (Idul Fitri 2025 counted)', () => {
    const text = render('tanda-terima', row(base), ctx('2025-03-27'));
    expect(text).toContain('014/PPID/2025');
    expect(text).toContain('Tanggal Diterima: 27 Maret 2025');
    expect(text).toContain('yaitu pada 22 April 2025');
    expect(text).not.toContain('diperpanjang sampai');
    expect(text).toContain('Bandung, 27 Maret 2025');
    expect(text).toContain('NIP 199001012015031001');
  });

  test('extension: the extended due date (17 working days: 2 Mei 2025) and the reason', () => {
    const text = render('perpanjangan', row({ ...base, Perpanjangan: 'Ya' }), ctx('2025-04-14'));
    expect(text).toContain('paling lambat 2 Mei 2025, menggantikan batas waktu semula 22 April 2025');
    expect(text).toContain('Perlu dihimpun dari dua bidang.');
    expect(
      render('perpanjangan', row({ ...base, Perpanjangan: 'Ya' }), {
        ...ctx('2025-04-14'),
        extras: { extensionReason: 'Dokumen di arsip inaktif.' },
      }),
    ).toContain('Dokumen di arsip inaktif.');
  });

  test('written notice, granted: form, cost, payment and time of delivery', () => {
    const text = render(
      'pemberitahuan',
      row({
        ...base,
        Status: 'Dipenuhi',
        'Cara Memperoleh': 'Salinan Hardcopy',
        'Biaya (Rp)': 15000,
        'Tanggal Selesai': dayToDate(D('2025-04-08')),
      }),
      ctx('2025-04-08'),
    );
    expect(text).toContain('dapat diberikan seluruhnya');
    expect(text).toContain('Bentuk informasi: salinan tercetak (hardcopy)');
    expect(text).toContain('Biaya: Rp15.000');
    expect(text).toMatch(/Cara pembayaran: Dibayar tunai/);
    expect(text).toContain('Waktu penyampaian: 8 April 2025');
    expect(text).not.toContain('tidak berada di bawah penguasaan');
  });

  test('written notice, not held: who holds it when known, no cost table', () => {
    const r = row({ ...base, Status: 'Ditolak', 'Alasan Penolakan': 'Belum Dikuasai' });
    const text = render('pemberitahuan', r, {
      ...ctx('2025-04-08'),
      extras: { infoHolder: 'Dinas Pendidikan Kota Bandung' },
    });
    expect(text).toContain('tidak berada di bawah penguasaan Balai Contoh');
    expect(text).toContain('dikuasai oleh Dinas Pendidikan Kota Bandung');
    expect(text).not.toContain('Bentuk informasi');
    expect(render('pemberitahuan', r, ctx('2025-04-08'))).not.toContain('dikuasai oleh');
  });

  test('refusal: the ground, the consequence test and the 30-working-day objection right', () => {
    const r = row({ ...base, Status: 'Ditolak', 'Alasan Penolakan': 'Pasal 17 huruf h' });
    const text = render('penolakan', r, ctx('2025-04-10'));
    expect(text).toContain(
      'Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik, yaitu informasi yang apabila dibuka dan diberikan kepada pemohon dapat mengungkap rahasia pribadi.',
    );
    expect(text).toContain(DEFAULT_CONSEQUENCE.h);
    expect(text).toContain('paling lambat 30 (tiga puluh) hari kerja sejak keputusan ini diterima');
    // 30 working days from 10 April 2025: Good Friday 18 April, 1 and 29 May, 12–13 May, 30 May.
    expect(text).toContain(`batas tersebut jatuh pada ${'28 Mei 2025'}`);
    const own = render('penolakan', r, {
      ...ctx('2025-04-10'),
      settings: { ...settings, consequence_h: 'Teks uji unit sendiri.' },
    });
    expect(own).toContain('Teks uji unit sendiri.');
    expect(own).not.toContain(DEFAULT_CONSEQUENCE.h);
  });

  test('refusal on another law names the law under Pasal 17 huruf j', () => {
    const r = row({
      ...base,
      Status: 'Ditolak',
      'Alasan Penolakan': 'Undang-undang lain',
      Catatan: 'UU Nomor 43 Tahun 2009 tentang Kearsipan',
    });
    const text = render('penolakan', r, ctx('2025-04-10'));
    expect(text).toContain('UU Nomor 43 Tahun 2009 tentang Kearsipan, sebagaimana dimaksud dalam Pasal 17 huruf j');
    expect(text).toContain(DEFAULT_CONSEQUENCE.law);
  });

  test("superior's response: decision, 30-day response limit, 14-day dispute right, signed by the Atasan PPID", () => {
    const r = row({
      ...base,
      Status: 'Ditolak',
      'Alasan Penolakan': 'Pasal 17 huruf h',
      'Tanggal Keberatan': dayToDate(D('2025-04-14')),
      'Alasan Keberatan': 'a. Penolakan (Pasal 17)',
    });
    const text = render('tanggapan-keberatan', r, { ...ctx('2025-05-20'), extras: { decision: 'rejected' } });
    expect(text).toContain('Tanggal Keberatan: 14 April 2025');
    expect(text).toContain('Pasal 35 ayat (1) huruf a');
    expect(text).toContain('Keberatan Saudara ditolak');
    expect(text).not.toContain('Keberatan Saudara diterima');
    expect(text).toMatch(/yaitu pada \d+ (Mei|Juni) 2025/);
    expect(text).toContain('14 (empat belas) hari kerja');
    expect(text).toContain('Kepala Balai');
    expect(text).toContain('Nama Atasan');
    expect(text).not.toContain('NIP'); // the superior has no NIP in these settings
  });

  test("superior's response: the decision and its date from the register's Putusan Atasan PPID", () => {
    const r = row({
      ...base,
      Status: 'Ditolak',
      'Alasan Penolakan': 'Pasal 17 huruf h',
      'Tanggal Keberatan': dayToDate(D('2025-04-14')),
      'Putusan Atasan PPID': 'Dikabulkan Sebagian',
      'Tanggal Tanggapan Keberatan': dayToDate(D('2025-05-19')),
    });
    expect(letterProblems('tanggapan-keberatan', r, ctx('2025-05-20'), 'id')).toEqual([]);
    const text = render('tanggapan-keberatan', r, { ...ctx('2025-05-20'), extras: { decision: 'rejected' } });
    expect(text).toContain('Keberatan Saudara diterima sebagian');
    expect(text).not.toContain('Keberatan Saudara ditolak');
    expect(text).toContain('Tanggapan ini ditetapkan pada 19 Mei 2025');
  });
});

describe('grounds and decisions as officers type them', () => {
  test.each([
    ['Pasal 17 huruf h', 'pasal17:h'],
    ['psl 17 (b)', 'pasal17:b'],
    ['Pasal 17 ayat (1) huruf c', 'pasal17:c'],
    ['Dikecualikan (Pasal 17 UU KIP)', 'pasal17-unspecified'],
    ['Dikecualikan', 'pasal17-unspecified'],
    ['Belum Dikuasai', 'not-held'],
    ['Informasi tidak dikuasai', 'not-held'],
    ['Belum Didokumentasikan', 'not-documented'],
    ['Undang-undang lain', 'law'],
    ['UU lain', 'law'],
    ['Lainnya', 'other'],
    ['alasan karangan', 'other'],
  ])('%s → %s', (cell, expected) => {
    const g = parseRefusalGround(cell)!;
    expect(g.kind === 'pasal17' ? `pasal17:${g.letter}` : g.kind).toBe(expected);
  });

  test('blank is no ground; statements cite the article', () => {
    expect(parseRefusalGround('  ')).toBeNull();
    expect(groundStatement({ kind: 'pasal17', letter: 'a' })).toMatch(
      /^Pasal 17 huruf a Undang-Undang Nomor 14 Tahun 2008/,
    );
    expect(objectionGroundStatement('c. Permintaan tidak ditanggapi')).toContain('Pasal 35 ayat (1) huruf c');
  });

  test.each([
    ['Dikabulkan', 'granted'],
    ['Dikabulkan Sebagian', 'partial'],
    ['Ditolak', 'rejected'],
    [null, null],
  ])('Putusan Atasan PPID %j → %j', (cell, d) => {
    expect(objectionDecision(cell)).toBe(d);
  });

  test('the other law is named in Catatan', () => {
    expect(lawFromNote('Dasar: UU Nomor 43 Tahun 2009 tentang Kearsipan')).toBe(
      'UU Nomor 43 Tahun 2009 tentang Kearsipan',
    );
    expect(lawFromNote('Pemohon datang langsung')).toBeNull();
  });

  test('consequence text: the setting, or the built-in default when blank', () => {
    expect(consequenceText({ consequence_a: '  ' }, 'a')).toBe(DEFAULT_CONSEQUENCE.a);
    expect(consequenceText({ consequence_a: 'Milik unit.' }, 'a')).toBe('Milik unit.');
    expect(SETTINGS.filter((s) => s.key.startsWith('consequence_')).length).toBe(11);
  });
});

describe('the Surat log and letter numbers', () => {
  const grid = [
    ['Baris Register', 'No. Registrasi', 'Jenis Surat', 'Nomor Surat', 'Tanggal Surat', 'Dokumen', 'PDF', 'No. Urut'],
    [5, '001/PPID/2025', LETTER_TITLES['tanda-terima'], '001/PPID/I/2025', dayToDate(D('2025-01-06')), 'u1', 'p1', 1],
    [6, '002/PPID/2025', LETTER_TITLES.penolakan, '002/PPID/II/2025', dayToDate(D('2025-02-06')), 'u2', 'p2', 2],
    [
      6,
      '002/PPID/2025',
      LETTER_TITLES['tanggapan-keberatan'],
      '001/PPID/I/2026',
      dayToDate(D('2026-01-05')),
      'u3',
      'p3',
      1,
    ],
  ];

  test('the counter runs per year and skips a number an officer typed by hand', () => {
    const log = readLog(grid, TZ);
    expect(log.map((l) => l.kind)).toEqual(['tanda-terima', 'penolakan', 'tanggapan-keberatan']);
    expect(nextLetterNumber(log, '{nnn}/PPID/{mm-romawi}/{yyyy}', D('2025-05-02'))).toEqual({
      seq: 3,
      number: '003/PPID/V/2025',
    });
    expect(nextLetterNumber(log, '{nnn}/PPID/{mm-romawi}/{yyyy}', D('2026-03-02'))).toEqual({
      seq: 2,
      number: '002/PPID/III/2026',
    });
    expect(nextLetterNumber(log, '{nnn}/PPID/{mm-romawi}/{yyyy}', D('2027-01-04'))).toEqual({
      seq: 1,
      number: '001/PPID/I/2027',
    });
    const typed = readLog([...grid, [9, 'x', 'x', '003/PPID/V/2025', '', '', '', '']], TZ);
    expect(nextLetterNumber(typed, '{nnn}/PPID/{mm-romawi}/{yyyy}', D('2025-05-02')).number).toBe('004/PPID/V/2025');
  });

  test('letters of a row, found by registration number', () => {
    expect(lettersOfRow(readLog(grid, TZ), 6, '002/PPID/2025').map((l) => l.letterNumber)).toEqual([
      '002/PPID/II/2025',
      '001/PPID/I/2026',
    ]);
  });
});

describe('the receipt as text (for an e-mail)', () => {
  test('the same content as the letter: number, dates, deadline; no template tokens', () => {
    const text = receiptText(row(base), ctx('2025-03-27'), '001/PPID/III/2025');
    expect(text.startsWith('Balai Contoh') || text.startsWith('BALAI')).toBe(true);
    expect(text).toContain('001/PPID/III/2025');
    expect(text).toContain('22 April 2025');
    expect(text).not.toMatch(/\{\{|\}\}/);
  });
});

describe('a register kept under other headers (adopted, issue 17)', () => {
  const head = [
    'No',
    'Nomor Pendaftaran',
    'Tanggal',
    'Nama',
    'Alamat',
    'Nomor Kontak',
    'Pekerjaan',
    'Informasi yang Diminta',
    'Tujuan Penggunaan Informasi',
    'Cara Permohonan',
    'Keputusan',
    'Alasan Penolakan',
    'Tanggal Pemberitahuan Tertulis',
    'Biaya',
  ];
  const values = [
    3,
    '003/PPID/2025',
    '07/04/2025',
    'Dewi Anggraini',
    'Jl. Pahlawan No. 8',
    '0812-1',
    'Wartawan',
    'Berkas penilaian',
    'Pemberitaan',
    'Datang Langsung',
    'Permohonan ditolak',
    'Pasal 17 huruf h',
    '17/04/2025',
    '',
  ];

  test('the row reads through the automatic mapping and makes a refusal', () => {
    const r = letterRowFrom(head, values, 5, { lang: 'id', tzOffsetMinutes: TZ });
    expect(r.text).toMatchObject({
      number: '003/PPID/2025',
      applicantName: 'Dewi Anggraini',
      address: 'Jl. Pahlawan No. 8',
      contact: '0812-1',
    });
    expect(r.record).toMatchObject({ status: 'Ditolak', refusalReason: 'Pasal 17 huruf h', channel: 'Ruang Layanan' });
    expect(fittingKinds(r)).toEqual(['tanda-terima', 'penolakan']);
    expect(letterProblems('penolakan', r, ctx('2025-04-17'), 'id')).toEqual([]);
    expect(render('penolakan', r, ctx('2025-04-17'))).toContain('Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008');
  });

  test('through a stored mapping (columns given)', () => {
    const columns = {
      number: 1,
      received: 2,
      applicantName: 3,
      address: 4,
      contact: 5,
      infoRequested: 7,
      status: 10,
      refusalReason: 11,
      answered: 12,
    };
    const r = letterRowFrom(head, values, 5, { lang: 'id', tzOffsetMinutes: TZ, columns });
    expect(r.record?.received).toBe(D('2025-04-07'));
    expect(r.text.applicantName).toBe('Dewi Anggraini');
    expect(r.columns.answered).toBe(12);
  });
});
