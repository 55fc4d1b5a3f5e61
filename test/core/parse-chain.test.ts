// Issue #13's register: refusal grounds (Pasal 17 a–j, another law, notices), the Atasan PPID's
// decision and the dispute's filing, stage and outcome, read from today's and older registers,
// with a row problem for each slip the issue names.
import { parseRegister } from '../../src/core/register';
import { dayFromIso } from '../../src/core/calendar';
import {
  matchRefusalReason,
  REFUSAL_GROUNDS,
  REFUSAL_REASON_KEYS,
  UNSPECIFIED_PASAL_17,
  OTHER_LAW,
  NOT_HELD,
  NOT_DOCUMENTED,
  OTHER_REASON,
  PASAL_17,
} from '../../src/core/law';
import { LISTS } from '../../src/core/register';
import { HEADER_ID, row, wib } from './fixtures/registers';

const D = dayFromIso;
const base = {
  'Tanggal Permohonan': wib(2025, 4, 14),
  Saluran: 'Email',
  'Kategori Pemohon': 'Perseorangan',
  Status: 'Ditolak',
  'Tanggal Selesai': wib(2025, 4, 20),
};
const parse = (rows: unknown[][], header: string[] = HEADER_ID, lang: 'id' | 'en' = 'id') =>
  parseRegister([header, ...rows], { lang });
const problems = (p: ReturnType<typeof parse>) => p.problems.map((x) => `${x.row}|${x.column}|${x.code}`);

describe('refusal grounds', () => {
  test('the dropdown lists Pasal 17 huruf a–j in order, another law, then the two notices', () => {
    expect(LISTS.refusalReasons).toEqual([
      ...'abcdefghij'.split('').map((l) => `Pasal 17 huruf ${l}`),
      'Undang-undang lain',
      'Informasi tidak dikuasai',
      'Belum didokumentasikan',
    ]);
    expect(REFUSAL_GROUNDS.filter((g) => g.kind === 'notice').map((g) => g.key)).toEqual([NOT_HELD, NOT_DOCUMENTED]);
    expect(PASAL_17.every((p) => p.id.length > 5 && p.en.length > 5)).toBe(true);
    // Every key the recap counts under is one matchRefusalReason can produce.
    for (const k of REFUSAL_REASON_KEYS) expect(matchRefusalReason(k)).toBe(k);
  });

  test.each([
    ['Pasal 17 huruf b', 'Pasal 17 huruf b'],
    ['  pasal 17 huruf J ', 'Pasal 17 huruf j'],
    ['Pasal 17 b', 'Pasal 17 huruf b'],
    ['Psl. 17 (c)', 'Pasal 17 huruf c'],
    ['Pasal 17 ayat (1) huruf h UU KIP', 'Pasal 17 huruf h'],
    ['Dikecualikan (Pasal 17 huruf a)', 'Pasal 17 huruf a'],
    ['Pasal 17 huruf i: memorandum antar/intra Badan Publik yang dirahasiakan', 'Pasal 17 huruf i'],
    ['Article 17(e)', 'Pasal 17 huruf e'],
    ['huruf g', 'Pasal 17 huruf g'],
    ['(d)', 'Pasal 17 huruf d'],
    ['Dikecualikan (Pasal 17 UU KIP)', UNSPECIFIED_PASAL_17],
    ['Pasal 17', UNSPECIFIED_PASAL_17],
    ['dikecualikan', UNSPECIFIED_PASAL_17],
    ['Belum Dikuasai', NOT_HELD],
    ['informasi tidak dikuasai', NOT_HELD],
    ['Belum Didokumentasikan', NOT_DOCUMENTED],
    ['UU lain', OTHER_LAW],
    ['Lainnya', OTHER_REASON],
  ])('%j reads as %j', (text, key) => {
    expect(matchRefusalReason(text)).toBe(key);
  });

  test.each(['Pasal 18 huruf b', 'huruf k', 'Pasal 17 huruf z', 'alasan pribadi pejabat', 'k', 'Telegram'])(
    '%j is no ground',
    (text) => {
      expect(matchRefusalReason(text)).toBeNull();
    },
  );

  test("an older register's value counts as an unspecified Pasal 17 ground and asks for the letter", () => {
    const p = parse([row({ ...base, 'Alasan Penolakan': 'Dikecualikan (Pasal 17 UU KIP)' })]);
    expect(p.requests[0].refusalReason).toBe(UNSPECIFIED_PASAL_17);
    expect(problems(p)).toEqual(['2|Alasan Penolakan|refusal.unspecified']);
    expect(p.problems[0].message).toMatch(/huruf a–j/);
  });

  test('another law needs the law named in Catatan; a notice and a letter need nothing', () => {
    const p = parse([
      row({ ...base, 'Alasan Penolakan': OTHER_LAW }),
      row({ ...base, 'Alasan Penolakan': OTHER_LAW, Catatan: 'UU 43/2009 Pasal 44' }),
      row({ ...base, 'Alasan Penolakan': 'Pasal 17 huruf h' }),
      row({ ...base, Status: 'Dipenuhi Sebagian', 'Alasan Penolakan': NOT_HELD }),
    ]);
    expect(problems(p)).toEqual(['2|Catatan|refusal.law_unnamed']);
    expect(p.requests.map((r) => r.refusalReason)).toEqual([OTHER_LAW, OTHER_LAW, 'Pasal 17 huruf h', NOT_HELD]);
  });

  test('Lainnya and an unknown value are counted as Lainnya and listed, each with its own message', () => {
    const p = parse([
      row({ ...base, 'Alasan Penolakan': 'Lainnya' }),
      row({ ...base, 'Alasan Penolakan': 'alasan pribadi' }),
    ]);
    expect(p.requests.map((r) => r.refusalReason)).toEqual([OTHER_REASON, OTHER_REASON]);
    expect(problems(p)).toEqual(['2|Alasan Penolakan|refusal.no_ground', '3|Alasan Penolakan|list.unknown']);
    expect(p.problems[1].message).toContain('Lainnya');
  });
});

describe("objections: the Atasan PPID's decision and its date", () => {
  const objection = {
    'Alasan Penolakan': 'Pasal 17 huruf h',
    'Tanggal Keberatan': wib(2025, 4, 22),
    'Alasan Keberatan': 'a',
  };

  test("reads the decision in the dropdown's words and in others", () => {
    const p = parse([
      row({
        ...base,
        ...objection,
        'Tanggal Tanggapan Keberatan': wib(2025, 5, 20),
        'Putusan Atasan PPID': 'Dikabulkan',
      }),
      row({
        ...base,
        ...objection,
        'Tanggal Tanggapan Keberatan': wib(2025, 5, 20),
        'Putusan Atasan PPID': 'diterima sebagian',
      }),
      row({
        ...base,
        ...objection,
        'Tanggal Tanggapan Keberatan': wib(2025, 5, 20),
        'Putusan Atasan PPID': 'REJECTED',
      }),
    ]);
    expect(p.problems).toEqual([]);
    expect(p.requests.map((r) => [r.objectionOutcome, r.objectionAnswered])).toEqual([
      ['Dikabulkan', D('2025-05-20')],
      ['Dikabulkan Sebagian', D('2025-05-20')],
      ['Ditolak', D('2025-05-20')],
    ]);
  });

  test('a decision without its date, an answer without its decision, an objection before its request', () => {
    const p = parse([
      row({ ...base, ...objection, 'Putusan Atasan PPID': 'Ditolak' }),
      row({ ...base, ...objection, 'Tanggal Tanggapan Keberatan': wib(2025, 5, 20) }),
      row({ ...base, 'Alasan Penolakan': 'h', 'Tanggal Keberatan': wib(2025, 4, 1) }),
      row({
        ...base,
        'Alasan Penolakan': 'h',
        'Putusan Atasan PPID': 'Ditolak',
        'Tanggal Tanggapan Keberatan': wib(2025, 5, 20),
      }),
    ]);
    expect(problems(p)).toEqual([
      '2|Tanggal Tanggapan Keberatan|objection.outcome_without_date',
      '3|Putusan Atasan PPID|objection.outcome_missing',
      '4|Tanggal Keberatan|objection.before_received',
      '5|Tanggal Keberatan|objection.date_missing',
    ]);
    // Never dropped: the decision is still read, so the recap counts it (and the list names it).
    expect(p.requests[0].objectionOutcome).toBe('Ditolak');
  });
});

describe('disputes: filed, stage, outcome and date', () => {
  const chain = {
    'Alasan Penolakan': 'Pasal 17 huruf c',
    'Tanggal Keberatan': wib(2025, 4, 22),
    'Tanggal Tanggapan Keberatan': wib(2025, 5, 20),
    'Putusan Atasan PPID': 'Ditolak',
  };

  test('a dispute at mediation and one decided at adjudication', () => {
    const p = parse([
      row({
        ...base,
        ...chain,
        Sengketa: 'Ya',
        'Tanggal Pengajuan Sengketa': wib(2025, 6, 2),
        'Tahap Sengketa': 'Mediasi',
      }),
      row({
        ...base,
        ...chain,
        Sengketa: 'Ya',
        'Tanggal Pengajuan Sengketa': wib(2025, 6, 3),
        'Tahap Sengketa': 'adjudication',
        'Putusan Sengketa': 'Dikabulkan Sebagian',
        'Tanggal Putusan Sengketa': wib(2025, 9, 1),
      }),
    ]);
    expect(p.problems).toEqual([]);
    expect(
      p.requests.map((r) => [r.dispute, r.disputeDate, r.disputeStage, r.disputeOutcome, r.disputeDecided]),
    ).toEqual([
      [true, D('2025-06-02'), 'Mediasi', null, null],
      [true, D('2025-06-03'), 'Ajudikasi', 'Dikabulkan Sebagian', D('2025-09-01')],
    ]);
  });

  test('a dispute without an objection, before it, without its date, an outcome without its date', () => {
    const p = parse([
      row({ ...base, 'Alasan Penolakan': 'c', Sengketa: 'Ya', 'Tanggal Pengajuan Sengketa': wib(2025, 6, 2) }),
      row({ ...base, ...chain, 'Tanggal Pengajuan Sengketa': wib(2025, 4, 21), 'Tahap Sengketa': 'Mediasi' }),
      row({ ...base, ...chain, Sengketa: 'Ya' }),
      row({ ...base, ...chain, 'Tanggal Pengajuan Sengketa': wib(2025, 6, 2), 'Putusan Sengketa': 'Ditolak' }),
      row({
        ...base,
        ...chain,
        'Tanggal Pengajuan Sengketa': wib(2025, 6, 2),
        'Putusan Sengketa': 'Ditolak',
        'Tanggal Putusan Sengketa': wib(2025, 6, 1),
      }),
      row({ ...base, ...chain, Sengketa: 'Tidak', 'Tanggal Pengajuan Sengketa': wib(2025, 6, 2) }),
    ]);
    expect(problems(p)).toEqual([
      '2|Tanggal Keberatan|dispute.without_objection',
      '3|Tanggal Pengajuan Sengketa|dispute.before_objection',
      '4|Tanggal Pengajuan Sengketa|dispute.date_missing',
      '5|Tanggal Putusan Sengketa|dispute.outcome_without_date',
      '6|Tanggal Putusan Sengketa|dispute.decided_before_filed',
      '7|Sengketa|dispute.contradiction',
    ]);
    // Each is still a dispute: listed, never silently dropped.
    expect(p.requests.every((r) => r.dispute)).toBe(true);
  });

  test('an older register without the new columns still reads Sengketa = Ya, and asks for the filing date', () => {
    const old = HEADER_ID.filter(
      (h) =>
        ![
          'Putusan Atasan PPID',
          'Tanggal Pengajuan Sengketa',
          'Tahap Sengketa',
          'Putusan Sengketa',
          'Tanggal Putusan Sengketa',
        ].includes(h),
    );
    const p = parse(
      [
        row(
          {
            ...base,
            'Tanggal Keberatan': wib(2025, 4, 22),
            Sengketa: 'Ya',
            'Alasan Penolakan': 'Dikecualikan (Pasal 17 UU KIP)',
          },
          old,
        ),
      ],
      old,
    );
    expect(p.requests[0]).toMatchObject({
      dispute: true,
      disputeDate: null,
      refusalReason: UNSPECIFIED_PASAL_17,
      objectionDate: D('2025-04-22'),
    });
    expect(problems(p)).toEqual([
      '2|Alasan Penolakan|refusal.unspecified',
      '2|Tanggal Pengajuan Sengketa|dispute.date_missing',
    ]);
  });

  test('messages are plain in both languages and never quote a cell', () => {
    const rows = [row({ ...base, Sengketa: 'Ya', 'Alasan Penolakan': 'Pasal 17', 'Putusan Sengketa': 'Ditolak' })];
    for (const lang of ['id', 'en'] as const) {
      const p = parse(rows, HEADER_ID, lang);
      expect(p.problems.length).toBeGreaterThanOrEqual(3);
      for (const x of p.problems) expect(x.message).not.toMatch(/\{\w+\}|undefined|null/);
    }
    expect(parse(rows, HEADER_ID, 'en').problems[0].message).toMatch(/letter/);
  });
});
