// The register's link to the DIP and DIK (issue #27 item 3): the link's row problems, the refusal
// letter taken from a linked DIK entry, recap.json's requests[].dipNumber, the digest's notice of
// exemptions ending, and adoption mapping of the column.
import {
  DIK_COLUMNS,
  DIP_COLUMNS,
  findLinked,
  groundDiffers,
  linkProblems,
  parseDipLists,
  type DipList,
} from '../../src/core/dip';
import {
  letterData,
  letterProblems,
  letterRowFrom,
  renderTemplate,
  templateText,
  BUILTIN_TEMPLATES,
  type LetterContext,
} from '../../src/core/letters';
import { DEFAULT_CONSEQUENCE } from '../../src/core/law';
import { parseRegister, proposeMapping, REGISTER_COLUMNS } from '../../src/core/register';
import { computeRecap, parsePeriod, readRecapFile } from '../../src/core/recap';
import { renderDigest, selectDigest } from '../../src/core/report';
import { WorkCalendar, HOLIDAYS, holidayDays, dayFromIso, dayToDate } from '../../src/core/calendar';
import { header } from '../../scripts/lib/generate-register';

const D = dayFromIso;
const cal = new WorkCalendar(holidayDays(HOLIDAYS));
const HEAD = header();

const dipRow = (v: Record<string, unknown>) => DIP_COLUMNS.map((c) => v[c.key] ?? '');
const dikRow = (v: Record<string, unknown>) => DIK_COLUMNS.map((c) => v[c.key] ?? '');
const HARM = 'Nilai perseorangan yang dibuka dapat merugikan nama baik peserta.';
const INTEREST = 'Hak peserta atas rahasia pribadinya lebih besar daripada manfaat membukanya.';
const dik = (n: string, extra: Record<string, unknown> = {}) =>
  dikRow({
    number: n,
    summary: 'Nilai evaluasi peserta perseorangan',
    ground: 'Pasal 17 huruf h',
    law: 'UU 14/2008 Pasal 17 huruf h angka 4',
    harm: HARM,
    interest: INTEREST,
    from: '04/01/2025',
    periodNote: 'Sampai ada persetujuan peserta',
    decreeNumber: 'KEP-01/PPID/2025',
    decreeDate: '04/01/2025',
    state: 'Final',
    ...extra,
  });

function lists(): DipList {
  const l = parseDipLists(
    [
      DIP_COLUMNS.map((c) => c.id),
      dipRow({ number: 'DIP-B-01', summary: 'Kalender pelatihan', infoClass: 'Berkala', state: 'Final' }),
      dipRow({ number: 'DIP-SS-01', summary: 'Struktur organisasi', infoClass: 'Setiap Saat', state: 'Final' }),
    ],
    [
      DIK_COLUMNS.map((c) => c.id),
      dik('DIK-01'),
      dik('DIK-02', { state: 'Draf', decreeNumber: '' }),
      dik('DIK-03', { ground: 'Pasal 17 huruf b', law: '', until: '31/03/2025' }),
    ],
    { lang: 'id', tzOffset: 420 },
  );
  expect(l.problems).toEqual([]);
  return l;
}

const base = {
  'No. Registrasi': '003/PPID/2025',
  'Tanggal Permohonan': dayToDate(D('2025-04-07')),
  Saluran: 'Surat',
  'Nama Pemohon': 'Dewi Anggraini',
  'Kategori Pemohon': 'Perseorangan',
  Alamat: 'Jl. Pahlawan No. 8, Cimahi',
  'Informasi yang Diminta': 'Berkas penilaian pribadi peserta',
  Status: 'Ditolak',
  'Alasan Penolakan': 'Pasal 17 huruf h',
  'Tanggal Selesai': dayToDate(D('2025-04-17')),
};
const values = (f: Record<string, unknown>) => HEAD.map((h) => (h in f ? f[h] : ''));
const letterRow = (f: Record<string, unknown>) =>
  letterRowFrom(HEAD, values(f), 4, { lang: 'id', tzOffsetMinutes: 420 });

// biome-ignore format: a table laid out by hand
const settings: LetterContext['settings'] = {
  unitName: 'Balai Contoh', unitAddress: 'Jl. Contoh 1, Bandung', city: 'Bandung', officerName: 'Nama Petugas',
  officerTitle: 'PPID Pelaksana', consequence_h: 'Teks uji konsekuensi dari baris pengaturan.', consequence_b: 'Teks pengaturan huruf b.',
};
const ctx = (dip: DipList | null | undefined, date = '2025-04-17'): LetterContext => ({
  date: D(date),
  calendar: cal,
  settings,
  dip,
});
const refusal = (f: Record<string, unknown>, c: LetterContext) =>
  renderTemplate(
    templateText(BUILTIN_TEMPLATES.penolakan),
    letterData('penolakan', letterRow(f), c, '001/PPID/IV/2025'),
  ).text;
const codes = (f: Record<string, unknown>, c: LetterContext) =>
  letterProblems('penolakan', letterRow(f), c, 'id').map((p) => p.code);

describe('the register column', () => {
  test('is the last register column, not personal, and adoption maps its usual headers', () => {
    const last = REGISTER_COLUMNS[REGISTER_COLUMNS.length - 1];
    expect(last).toMatchObject({ key: 'dipNumber', id: 'Nomor DIP/DIK', personal: false, required: false });
    for (const h of ['Nomor DIP/DIK', 'Nomor DIP', 'No. DIK', 'Informasi (DIP/DIK)', 'DIP/DIK Entry No.']) {
      const p = proposeMapping([
        ['Tanggal Permohonan', 'Nama Pemohon', 'Status', h],
        ['07/04/2025', 'Dewi', 'Ditolak', 'DIK-01'],
      ]);
      expect([h, p?.columns.dipNumber]).toEqual([h, 3]);
    }
    // An adopted register without the column still reads, and its rows link nothing.
    const plain = [
      ['Tanggal Permohonan', 'Nama Pemohon', 'Status'],
      ['07/04/2025', 'Dewi', 'Diproses'],
    ];
    const p = proposeMapping(plain)!;
    expect(p.columns.dipNumber).toBeUndefined();
    const parsed = parseRegister(plain, { lang: 'id', mapping: p });
    expect(parsed.requests).toHaveLength(1);
    expect(parsed.requests[0].dipNumber).toBeUndefined();
  });

  test('numbers are found in either list, case and spaces aside; the two lists share one numbering', () => {
    const l = lists();
    expect(findLinked(l, ' dip-b-01 ')?.list).toBe('dip');
    expect(findLinked(l, 'DIK-01')?.list).toBe('dik');
    expect(findLinked(l, 'DIK-09')).toBeNull();
    expect(findLinked(null, 'DIK-01')).toBeNull();
    expect(groundDiffers('Pasal 17 huruf h', { ground: 'Pasal 17 huruf h', letter: 'h' })).toBe(false);
    expect(groundDiffers('Pasal 17 (huruf belum disebut)', { ground: 'Pasal 17 huruf h', letter: 'h' })).toBe(false);
    expect(groundDiffers('Pasal 17 huruf b', { ground: 'Pasal 17 huruf h', letter: 'h' })).toBe(true);
    expect(groundDiffers('Undang-undang lain', { ground: 'Pasal 17 huruf h', letter: 'h' })).toBe(true);
  });
});

describe('Periksa Data: the link checked against the lists', () => {
  const check = (rows: Array<Record<string, unknown>>, l: DipList | null = lists()) => {
    const parsed = parseRegister([HEAD, ...rows.map(values)], { lang: 'id' });
    return linkProblems(parsed.requests, l, { lang: 'id', column: 'Nomor DIP/DIK', refusalColumn: 'Alasan Penolakan' });
  };
  const granted = { ...base, Status: 'Dipenuhi', 'Alasan Penolakan': '', 'Cara Memperoleh': 'Salinan Softcopy' };

  test('an unknown number, a refused public entry, a differing ground: row, column, a message that quotes no cell', () => {
    const secret = 'DIK-99 Budi Santoso';
    const ps = check([
      { ...granted, 'Nomor DIP/DIK': secret },
      { ...base, 'Nomor DIP/DIK': 'DIP-SS-01' },
      { ...base, 'Alasan Penolakan': 'Pasal 17 huruf b', 'Nomor DIP/DIK': 'DIK-01' },
      { ...base, 'Nomor DIP/DIK': 'DIK-01' },
      { ...base, 'Alasan Penolakan': 'Dikecualikan (Pasal 17 UU KIP)', 'Nomor DIP/DIK': 'DIK-01' },
      { ...granted, 'Nomor DIP/DIK': '' },
    ]);
    expect(ps.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Nomor DIP/DIK', 'diplink.unknown'],
      [3, 'Nomor DIP/DIK', 'diplink.refusedPublic'],
      [4, 'Alasan Penolakan', 'diplink.groundDiffers'],
    ]);
    for (const p of ps) expect(p.message).not.toMatch(/Budi|DIK-99|DIP-SS-01/);
    expect(ps[2].message).toContain('Pasal 17 huruf h');
    // No lists at all: every linked number is unknown.
    expect(check([{ ...granted, 'Nomor DIP/DIK': 'DIP-B-01' }], null).map((p) => p.code)).toEqual(['diplink.unknown']);
  });

  test('a request for a Berkala entry is flagged (it should already be published); Setiap Saat is not', () => {
    const ps = check([
      { ...granted, 'Nomor DIP/DIK': 'DIP-B-01' },
      { ...granted, 'Nomor DIP/DIK': 'DIP-SS-01' },
    ]);
    expect(ps.map((p) => [p.row, p.code])).toEqual([[2, 'diplink.berkala']]);
    expect(ps[0].message).toContain('Pasal 9');
  });
  test('exempted information granted in full is flagged, while its exemption stood; in part, or after it ended, is not', () => {
    const answered = (iso: string) => ({ 'Tanggal Selesai': dayToDate(D(iso)) });
    const ps = check([
      { ...granted, 'Nomor DIP/DIK': 'DIK-01', ...answered('2025-04-10') },
      { ...granted, Status: 'Dipenuhi Sebagian', 'Nomor DIP/DIK': 'DIK-01', ...answered('2025-04-10') },
      // DIK-03's exemption ended on 31/03/2025: a full grant after that day is right.
      { ...granted, 'Nomor DIP/DIK': 'DIK-03', ...answered('2025-04-10') },
      {
        ...granted,
        'Nomor DIP/DIK': 'DIK-03',
        'Tanggal Permohonan': dayToDate(D('2025-03-03')),
        ...answered('2025-03-10'),
      },
    ]);
    expect(ps.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Nomor DIP/DIK', 'diplink.grantedExempt'],
      [5, 'Nomor DIP/DIK', 'diplink.grantedExempt'],
    ]);
    expect(ps[0].message).toContain('Dipenuhi Sebagian');
    expect(ps[0].message).not.toMatch(/Dewi|DIK-01/);
    // Periksa Data names the Status column.
    const parsed = parseRegister([HEAD, values({ ...granted, 'Nomor DIP/DIK': 'DIK-01' })], { lang: 'id' });
    const named = linkProblems(parsed.requests, lists(), {
      lang: 'id',
      column: 'Nomor DIP/DIK',
      refusalColumn: 'Alasan Penolakan',
      statusColumn: 'Status',
    });
    expect(named.map((p) => p.column)).toEqual(['Status']);
  });
});

describe('the refusal letter from the linked DIK entry', () => {
  const linked = { ...base, 'Nomor DIP/DIK': 'DIK-01' };

  test("takes the consequence test and the greater interest from the entry, not from the settings' row", () => {
    const l = lists();
    expect(codes(linked, ctx(l))).toEqual([]);
    const text = refusal(linked, ctx(l));
    expect(text).toContain(HARM);
    expect(text).toContain(INTEREST);
    expect(text).not.toContain(settings.consequence_h!);
    expect(text).not.toContain(DEFAULT_CONSEQUENCE.h);
    expect(text).toContain('Pasal 17 huruf h Undang-Undang Nomor 14 Tahun 2008');
    expect(text).toContain(
      'Tercantum dalam Daftar Informasi yang Dikecualikan nomor DIK-01, Keputusan PPID Nomor KEP-01/PPID/2025 tanggal 4 Januari 2025.',
    );
    // Without the link (or without lists read), today's letter: the settings' text.
    const plain = refusal(base, ctx(l));
    expect(plain).toContain(settings.consequence_h!);
    expect(plain).not.toContain(HARM);
    expect(refusal(linked, ctx(undefined))).toContain(settings.consequence_h!);
  });

  test('an unspecified Pasal 17 in the register takes its letter from the entry', () => {
    const l = lists();
    const f = { ...linked, 'Alasan Penolakan': 'Dikecualikan (Pasal 17 UU KIP)' };
    expect(codes(f, ctx(l))).toEqual([]);
    expect(refusal(f, ctx(l))).toContain('Pasal 17 huruf h Undang-Undang');
  });

  test('a ground that differs from the entry stops the letter, named on Alasan Penolakan with the entry ground', () => {
    const l = lists();
    const f = { ...linked, 'Alasan Penolakan': 'Pasal 17 huruf b' };
    const ps = letterProblems('penolakan', letterRow(f), ctx(l), 'id');
    expect(ps.map((p) => [p.code, p.field])).toEqual([['groundDiffers', 'Alasan Penolakan']]);
    expect(ps[0].message).toContain('Pasal 17 huruf h');
  });

  test('a public entry, an unknown number, a draft entry and an ended exemption each stop the letter', () => {
    const l = lists();
    expect(codes({ ...base, 'Nomor DIP/DIK': 'DIP-SS-01' }, ctx(l))).toEqual(['dipPublic']);
    expect(codes({ ...base, 'Nomor DIP/DIK': 'DIK-77' }, ctx(l))).toEqual(['dipUnknown']);
    expect(codes({ ...base, 'Nomor DIP/DIK': 'DIK-02' }, ctx(l))).toEqual(['entryDraft']);
    const b = { ...base, 'Alasan Penolakan': 'Pasal 17 huruf b', 'Nomor DIP/DIK': 'DIK-03' };
    expect(codes(b, ctx(l, '2025-03-31'))).toEqual([]);
    expect(codes(b, ctx(l, '2025-04-01'))).toEqual(['entryEnded']);
  });
});

describe('recap.json requests[].dipNumber', () => {
  const recap = () => {
    const rows = [
      { ...base, 'Nomor DIP/DIK': 'DIK-01' },
      { ...base, 'No. Registrasi': '004/PPID/2025', 'Nomor DIP/DIK': '' },
      { ...base, 'No. Registrasi': '005/PPID/2025', 'Nomor DIP/DIK': 'Budi Santoso minta nilai' },
    ];
    return computeRecap(parseRegister([HEAD, ...rows.map(values)], { lang: 'id' }), {
      period: parsePeriod('2025-Q2'),
      asOf: D('2025-06-30'),
      calendar: cal,
      lang: 'id',
    });
  };

  test('a linked row carries the number, an unlinked one has no key, free text is never carried', () => {
    const r = recap();
    expect(r.schemaVersion).toBe(2);
    expect(r.requests.map((l) => l.dipNumber)).toEqual(['DIK-01', undefined, undefined]);
    expect(JSON.stringify(r)).not.toContain('Budi');
    expect(Object.keys(r.requests[1])).not.toContain('dipNumber');
  });

  test("the central PPID's reading of the file accepts and keeps the key, and refuses a non-text one", () => {
    const json = JSON.parse(JSON.stringify({ ...recap(), unit: 'Balai Contoh' }));
    const unit = readRecapFile(JSON.stringify(json), 'recap.json');
    expect(unit.lines.map((l) => l.dipNumber)).toEqual(['DIK-01', undefined, undefined]);
    json.requests[0].dipNumber = 17;
    expect(() => readRecapFile(JSON.stringify(json), 'recap.json')).toThrow();
  });
});

describe("the digest's notice of exemptions", () => {
  const l = () =>
    parseDipLists(
      [DIP_COLUMNS.map((c) => c.id)],
      [
        DIK_COLUMNS.map((c) => c.id),
        dik('DIK-10', { until: '10/08/2025' }), // 30 days after 11 July: ending soon
        dik('DIK-11', { until: '11/08/2025' }), // 31 days: in force, not listed
        dik('DIK-12', { until: '01/07/2025' }), // ended 10 days ago
        dik('DIK-13', { until: '01/06/2025' }), // ended 40 days ago: no longer listed
        dik('DIK-14', { until: '20/07/2025', state: 'Draf', decreeNumber: '' }), // a draft is in force nowhere
        dik('DIK-15'), // no end date
      ],
      { lang: 'id', tzOffset: 420 },
    );

  test('lists exemptions ending within a month and those ended in the last, without the test text', () => {
    const d = selectDigest([], { asOf: D('2025-07-11'), calendar: cal, nearDueDays: 2, dip: l() });
    expect(d.lines).toEqual([]);
    expect(d.exemptions.map((e) => [e.kind, e.number])).toEqual([
      ['endingSoon', 'DIK-10'],
      ['ended', 'DIK-12'],
    ]);
    const mail = renderDigest(d, {
      lang: 'id',
      unit: 'Balai Contoh',
      spreadsheetUrl: 'https://docs.google.com/spreadsheets/d/x/edit',
      registerGid: 0,
      dikGid: 77,
    });
    expect(mail.text).toContain('Pengecualian berakhir dalam 30 hari (1)');
    expect(mail.text).toContain('DIK-10 | Pasal 17 huruf h | berakhir 10/08/2025');
    expect(mail.text).toContain('Pengecualian sudah berakhir');
    expect(mail.html).toContain('#gid=77&amp;range=A4');
    expect(mail.subject).toContain('2 pengecualian DIK');
    for (const s of [HARM, INTEREST, 'Nilai evaluasi peserta']) {
      expect(mail.text).not.toContain(s);
      expect(mail.html).not.toContain(s);
    }
    // Without lists, no notice.
    expect(selectDigest([], { asOf: D('2025-07-11'), calendar: cal, nearDueDays: 2 }).exemptions).toEqual([]);
  });
});
