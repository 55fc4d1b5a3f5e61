import { parseRegister, RegisterError } from '../../src/core/register';
import {
  findColumns,
  REGISTER_COLUMNS,
  COMPUTED_COLUMNS,
  LISTS,
  STATUS_GROUP,
  findComputedColumns,
} from '../../src/core/register';
import { dayFromIso, ymd } from '../../src/core/calendar';
import { HEADER_ID, row, wib, seedQ3Register } from './fixtures/registers';

const D = dayFromIso;
const base = {
  'Tanggal Permohonan': wib(2025, 4, 14),
  Saluran: 'Email',
  'Kategori Pemohon': 'Perseorangan',
  Status: 'Diproses',
};
const parse = (rows: unknown[][], lang: 'id' | 'en' = 'id') => parseRegister([HEADER_ID, ...rows], { lang });
const codes = (p: ReturnType<typeof parse>) => p.problems.map((x) => x.code);

describe('schema', () => {
  test('columns follow the spec order and mark personal data', () => {
    expect(REGISTER_COLUMNS.map((c) => c.id).slice(0, 5)).toEqual([
      'No. Registrasi',
      'Tanggal Permohonan',
      'Saluran',
      'Nama Pemohon',
      'Kategori Pemohon',
    ]);
    expect(REGISTER_COLUMNS).toHaveLength(35);
    expect(REGISTER_COLUMNS.filter((c) => c.personal).map((c) => c.key)).toEqual([
      'applicantName',
      'address',
      'contact',
      'infoRequested',
    ]);
    expect(REGISTER_COLUMNS.filter((c) => c.required).map((c) => c.key)).toEqual([
      'received',
      'channel',
      'applicantName',
      'applicantType',
      'infoRequested',
      'status',
    ]);
    expect(COMPUTED_COLUMNS.map((c) => [c.id, c.en])).toEqual([
      ['Batas Waktu', 'Due Date'],
      ['Hari Kerja Layanan', 'Working Days'],
      ['Status SLA', 'SLA Status'],
      ['Batas Tanggapan Keberatan', 'Objection Due'],
      ['Status Keberatan', 'Objection Status'],
      ['Batas Pengajuan Sengketa', 'Dispute Filing Deadline'],
      ['Batas Penyelesaian Sengketa', 'Dispute Settlement Deadline'],
      ['Status Penyelesaian Sengketa', 'Dispute Settlement Status'],
    ]);
  });

  test('status groups follow the seed report', () => {
    expect(STATUS_GROUP['Dipenuhi Sebagian']).toBe('Dipenuhi');
    expect(STATUS_GROUP['Tidak Dijawab']).toBe('Ditolak/Tidak Dijawab');
    expect(STATUS_GROUP.Diproses).toBe('Diproses');
    expect(LISTS.objectionGrounds).toHaveLength(7);
    expect(LISTS.objectionGrounds.map((g) => g[0]).join('')).toBe('abcdefg');
  });

  test('findColumns matches headers trimmed, case-insensitively, in either language, anywhere', () => {
    const { columns, missingRequired } = findColumns([
      'Kolom Petugas',
      '  TANGGAL permohonan ',
      'Channel',
      'no registrasi',
      'Applicant Name',
      'kategori pemohon',
      'Information Requested',
      'status',
      'Biaya (Rp)',
      'Status',
    ]);
    expect(columns).toMatchObject({
      received: 1,
      channel: 2,
      number: 3,
      applicantName: 4,
      applicantType: 5,
      infoRequested: 6,
      status: 7,
      fee: 8,
    });
    expect(missingRequired).toEqual([]);
    expect(findColumns(['Date Received']).missingRequired).toEqual([
      'channel',
      'applicantName',
      'applicantType',
      'infoRequested',
      'status',
    ]);
    expect(findComputedColumns(['x', 'Batas Waktu', 'sla status'])).toEqual({ due: 1, slaStatus: 2 });
  });
});

describe('parseRegister', () => {
  test('turns rows into typed requests without personal data', () => {
    const p = parse([
      row({
        ...base,
        'No. Registrasi': 'R-1',
        Topik: 'beasiswa',
        Perpanjangan: 'Ya',
        'Tanggal Selesai': '2025-04-30',
        Status: 'Dipenuhi',
        'Biaya (Rp)': 'Rp 5.000',
        Sengketa: 'Tidak',
      }),
    ]);
    // Only the answer date typed as text is listed: read, but the live columns cannot use it.
    expect(p.problems.map((x) => [x.code, x.column])).toEqual([['date.text', 'Tanggal Selesai']]);
    expect(p.requests).toEqual([
      {
        row: 2,
        number: 'R-1',
        received: D('2025-04-14'),
        channel: 'Email',
        applicantType: 'Perseorangan',
        topic: 'Beasiswa',
        infoClass: null,
        deliveryMethod: null,
        status: 'Dipenuhi',
        refusalReason: null,
        extended: true,
        answered: D('2025-04-30'),
        fee: 5000,
        objectionDate: null,
        objectionGround: null,
        objectionAnswered: null,
        objectionOutcome: null,
        dispute: false,
        disputeDate: null,
        disputeStage: null,
        disputeOutcome: null,
        disputeDecided: null,
        objectionExecution: null,
        objectionExecuted: null,
        disputeExecution: null,
        disputeExecuted: null,
        courtFiled: null,
      },
    ]);
    expect(JSON.stringify(p)).not.toMatch(/Pemohon Contoh|example\.id|Jl\. Contoh|Jadwal pelatihan/);
  });

  test('matches list values trimmed and case-insensitively', () => {
    const p = parse([
      row({
        ...base,
        Saluran: '  email ',
        'Kategori Pemohon': 'KELOMPOK  ORANG',
        Status: 'dipenuhi sebagian',
        'Tanggal Selesai': wib(2025, 4, 15),
        'Cara Memperoleh': 'salinan softcopy',
        'Alasan Keberatan': 'c',
      }),
    ]);
    const r = p.requests[0];
    expect([r.channel, r.applicantType, r.status, r.deliveryMethod]).toEqual([
      'Email',
      'Kelompok Orang',
      'Dipenuhi Sebagian',
      'Salinan Softcopy',
    ]);
    expect(r.objectionGround).toBe('c. Permintaan tidak ditanggapi');
  });

  test('an unknown channel is counted under Lainnya and listed; an unknown applicant type is not counted', () => {
    const p = parse([row({ ...base, Saluran: 'Merpati Pos', 'Kategori Pemohon': 'Alien' })]);
    expect(p.requests[0].channel).toBe('Lainnya');
    expect(p.requests[0].applicantType).toBeNull();
    expect(p.problems.map((x) => [x.code, x.column])).toEqual([
      ['list.unknown', 'Saluran'],
      ['list.unknown', 'Kategori Pemohon'],
    ]);
    expect(p.problems[0].message).toContain('Merpati Pos');
    expect(p.problems[0].message).toContain('Lainnya');
  });

  test('reads dates from Date cells, serial numbers and three text formats; rejects impossible ones', () => {
    const p = parse([
      row({ ...base, 'Tanggal Permohonan': 45761 }),
      row({ ...base, 'Tanggal Permohonan': '14/04/2025' }),
      row({ ...base, 'Tanggal Permohonan': '14-4-2025' }),
      row({ ...base, 'Tanggal Permohonan': '2025-04-14' }),
      row({ ...base, 'Tanggal Permohonan': '31/02/2025', 'No. Registrasi': 'BAD-1' }),
      row({ ...base, 'Tanggal Permohonan': '2025-13-45' }),
      row({ ...base, 'Tanggal Permohonan': '' }),
    ]);
    expect(p.requests.map((r) => ymd(r.received))).toEqual(['2025-04-14', '2025-04-14', '2025-04-14', '2025-04-14']);
    // The three text formats are read (and listed as dates typed as text); impossible ones are not.
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([
      [3, 'date.text'],
      [4, 'date.text'],
      [5, 'date.text'],
      [6, 'received.invalid'],
      [7, 'received.invalid'],
      [8, 'received.missing'],
    ]);
    const bad = p.problems.find((x) => x.code === 'received.invalid')!;
    expect(bad).toMatchObject({ number: 'BAD-1', column: 'Tanggal Permohonan' });
    expect(bad.message).toContain('31/02/2025');
    expect(p.rowCount).toBe(7);
  });

  test('a year typed alone, a date before UU 14/2008 took effect or past 2099 is a problem rather than a request from 1905', () => {
    const p = parse([
      row({ ...base, 'Tanggal Permohonan': 2025 }),
      row({ ...base, 'Tanggal Permohonan': '1999-12-31' }),
      row({ ...base, 'Tanggal Permohonan': wib(2025, 4, 14), Status: 'Dipenuhi', 'Tanggal Selesai': '14/04/2205' }),
      row({ ...base, 'Tanggal Permohonan': wib(2010, 4, 29) }),
      row({ ...base, 'Tanggal Permohonan': wib(2010, 4, 30) }),
    ]);
    expect(p.requests.map((r) => r.row)).toEqual([4, 6]);
    expect(p.requests[0].answered).toBeNull();
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([
      [2, 'received.implausible'],
      [3, 'received.implausible'],
      [4, 'date.invalid'],
      [5, 'received.implausible'],
    ]);
    // 2025 in a date cell is the day Sheets shows for it, before the law: named as that day.
    expect(p.problems[0].message).toContain('1905-07-17');
    expect(p.problems[0].message).toContain('2010-04-30');
  });

  test('row numbers are sheet rows: blank rows are skipped but counted in the numbering', () => {
    const p = parseRegister(
      [HEADER_ID, row(base), HEADER_ID.map(() => ''), HEADER_ID.map(() => '  '), row({ ...base, Saluran: '???' })],
      { lang: 'id', firstRowNumber: 1 },
    );
    expect(p.requests.map((r) => r.row)).toEqual([2, 5]);
    expect(p.problems[0].row).toBe(5);
    expect(p.rowCount).toBe(2);
  });

  test('a read that starts lower in the sheet keeps sheet row numbers', () => {
    const p = parseRegister([['Register Permohonan Informasi 2025'], [], HEADER_ID, row(base)], { lang: 'id' });
    expect(p.requests[0].row).toBe(4);
    const q = parseRegister([HEADER_ID, row(base)], { lang: 'id', headerRowIndex: 0, firstRowNumber: 3 });
    expect(q.requests[0].row).toBe(4);
  });

  test('lists duplicated registration numbers with the first row that used them', () => {
    const p = parse([
      row({ ...base, 'No. Registrasi': 'R-7' }),
      row({ ...base, 'No. Registrasi': 'R-8' }),
      row({ ...base, 'No. Registrasi': ' r-7 ' }),
    ]);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]).toMatchObject({ row: 4, number: 'r-7', code: 'number.duplicate', column: 'No. Registrasi' });
    expect(p.problems[0].message).toContain('baris 2');
    expect(p.requests).toHaveLength(3);
  });

  test('flags an answer dated before receipt, a finished status without answer date, a refusal without reason, a notice marked Ditolak', () => {
    const p = parse([
      row({ ...base, Status: 'Dipenuhi', 'Tanggal Selesai': wib(2025, 4, 10) }),
      row({ ...base, Status: 'Dipenuhi' }),
      row({ ...base, Status: 'Ditolak', 'Tanggal Selesai': wib(2025, 4, 16) }),
      row({ ...base, Status: 'Tidak Dijawab' }),
      row({ ...base, Status: 'Ditolak', 'Tanggal Selesai': wib(2025, 4, 16), 'Alasan Penolakan': 'Belum Dikuasai' }),
    ]);
    expect(p.problems.map((x) => [x.row, x.code, x.column])).toEqual([
      [2, 'answered.before_received', 'Tanggal Selesai'],
      [3, 'answered.missing', 'Tanggal Selesai'],
      [4, 'refusal.missing', 'Alasan Penolakan'],
      // A notice (not held) is no refusal: a Ditolak row that carries one is listed (issue #24).
      [6, 'refusal.notice_status', 'Status'],
    ]);
    expect(p.problems[3].message).toContain('tidak ditolak');
  });

  test('missing required cells are problems; the row still counts when it has a date', () => {
    const p = parse([
      row({ 'Tanggal Permohonan': wib(2025, 4, 14), 'Nama Pemohon': '', 'Informasi yang Diminta': '' }),
    ]);
    expect(p.requests).toHaveLength(1);
    expect(p.requests[0].channel).toBe('Lainnya');
    expect(p.problems.map((x) => x.column)).toEqual([
      'Saluran',
      'Nama Pemohon',
      'Kategori Pemohon',
      'Informasi yang Diminta',
      'Status',
    ]);
    expect(new Set(p.problems.map((x) => x.code))).toEqual(new Set(['required.missing']));
  });

  test("officers' own columns are ignored; missing optional columns are fine", () => {
    const header = [
      'Tanggal Permohonan',
      'Catatan Saya',
      'Saluran',
      'Nama Pemohon',
      'Kategori Pemohon',
      'Informasi yang Diminta',
      'Status',
    ];
    const p = parseRegister(
      [header, [wib(2025, 4, 14), 'apa saja =1+1', 'Instagram', 'A', 'Badan Hukum', 'x', 'Diproses']],
      { lang: 'id' },
    );
    expect(p.problems).toEqual([]);
    expect(p.requests[0]).toMatchObject({
      channel: 'Instagram',
      number: null,
      topic: null,
      extended: false,
      fee: null,
    });
    expect(p.columns).toEqual({
      received: 0,
      channel: 2,
      applicantName: 3,
      applicantType: 4,
      infoRequested: 5,
      status: 6,
    });
  });

  test('a missing required column is reported once, on the header row', () => {
    const p = parseRegister(
      [
        ['Date Received', 'Channel', 'Applicant Name', 'Information Requested', 'Status'],
        [wib(2025, 4, 14), 'Email', 'A', 'x', 'Dipenuhi'],
      ],
      { lang: 'en' },
    );
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]).toMatchObject({ row: 1, code: 'column.missing', column: 'Applicant Type' });
    expect(p.problems[0].message).toMatch(/required column "Applicant Type"/);
  });

  test('throws no_header only when no date-received column exists at all', () => {
    expect(() =>
      parseRegister(
        [
          ['Nama', 'Alamat'],
          ['a', 'b'],
        ],
        { lang: 'id' },
      ),
    ).toThrow(RegisterError);
    try {
      parseRegister([], { lang: 'en' });
    } catch (e) {
      expect((e as RegisterError).code).toBe('no_header');
      expect((e as Error).message).toContain('Date Received');
    }
    expect(() => parseRegister([['Saluran'], ['x']], { lang: 'id', headerRowIndex: 0 })).toThrow(/Tanggal Permohonan/);
  });

  test('never throws on odd cell content: numbers, booleans, dates in text columns, huge text, objects', () => {
    const long = 'x'.repeat(200000);
    const odd = [
      row({
        ...base,
        'No. Registrasi': 12345,
        Saluran: true,
        'Kategori Pemohon': wib(2025, 1, 1),
        Topik: long,
        'Biaya (Rp)': 'gratis',
        Perpanjangan: 'mungkin',
        Sengketa: true,
        Catatan: { a: 1 },
      }),
    ];
    const p = parse(odd);
    expect(p.requests[0]).toMatchObject({
      number: '12345',
      channel: 'Lainnya',
      applicantType: null,
      topic: 'Lainnya',
      fee: null,
      extended: false,
      dispute: true,
    });
    // Sengketa = TRUE with no objection and no filing date: both are listed (issue #13).
    expect(p.problems.map((x) => x.code)).toEqual([
      'list.unknown',
      'list.unknown',
      'list.unknown',
      'list.unknown',
      'fee.invalid',
      'dispute.without_objection',
      'dispute.date_missing',
    ]);
    expect(p.problems.every((x) => x.message.length < 400)).toBe(true);
    expect(() => parse([[null, undefined, NaN, {}, [], () => 1] as unknown[]])).not.toThrow();
  });

  test('fees: numbers and Indonesian or English formatted text; negatives are problems', () => {
    const fee = (v: unknown) => parse([row({ ...base, 'Biaya (Rp)': v })]);
    expect(fee(2500).requests[0].fee).toBe(2500);
    expect(fee('1.500.000').requests[0].fee).toBe(1500000);
    expect(fee('Rp2.500,50').requests[0].fee).toBe(2500.5);
    expect(fee('1,500.25').requests[0].fee).toBe(1500.25);
    expect(fee('').requests[0].fee).toBeNull();
    expect(codes(fee(-1))).toEqual(['fee.invalid']);
  });

  test('objection checks: date needed for details, response not before filing nor filing before receipt', () => {
    const p = parse([
      row({ ...base, 'Alasan Keberatan': 'a' }),
      row({
        ...base,
        'Tanggal Keberatan': wib(2025, 5, 2),
        'Tanggal Tanggapan Keberatan': wib(2025, 5, 1),
        'Putusan Atasan PPID': 'Ditolak',
      }),
      row({ ...base, 'Tanggal Keberatan': wib(2025, 4, 1) }),
    ]);
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([
      [2, 'objection.date_missing'],
      [3, 'objection.answered_before'],
      [4, 'objection.before_received'],
    ]);
  });

  test("messages follow the officer's language", () => {
    const rows = [row({ ...base, 'Tanggal Permohonan': 'besok' })];
    expect(parse(rows, 'id').problems[0].message).toMatch(/bukan tanggal yang benar/);
    expect(parse(rows, 'en').problems[0].message).toMatch(/not a valid date/);
  });

  test("uses the unit's own channel and topic lists", () => {
    const p = parseRegister([HEADER_ID, row({ ...base, Saluran: 'tiktok', Topik: 'Sertifikasi' })], {
      lang: 'id',
      channels: ['Email', 'TikTok'],
      topics: ['Sertifikasi'],
    });
    expect(p.requests[0]).toMatchObject({ channel: 'TikTok', topic: 'Sertifikasi' });
    const q = parseRegister([HEADER_ID, row({ ...base, Topik: 'Pelatihan' })], { lang: 'id', topics: ['Sertifikasi'] });
    expect(q.requests[0].topic).toBeNull(); // no Lainnya in this list: not counted
    expect(codes(q)).toEqual(['list.unknown']);
  });

  test('the seed quarter fixture parses without problems', () => {
    const p = parseRegister(seedQ3Register(), { lang: 'id' });
    expect(p.problems).toEqual([]);
    expect(p.requests).toHaveLength(5);
    expect(p.rowCount).toBe(5);
  });

  test('a large register parses completely, keeping every row and flagging each duplicate once', () => {
    const rows: unknown[][] = [HEADER_ID];
    for (let i = 0; i < 20000; i++) {
      rows.push(
        row({
          'No. Registrasi': `R-${i % 19999}`,
          'Tanggal Permohonan': wib(2025, 1 + (i % 12), 1 + (i % 28)),
          Saluran: LISTS.channels[i % LISTS.channels.length],
          'Kategori Pemohon': 'Perseorangan',
          Status: 'Diproses',
        }),
      );
    }
    const p = parseRegister(rows, { lang: 'id' });
    expect(p.requests).toHaveLength(20000);
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([[20001, 'number.duplicate']]);
  });
});
