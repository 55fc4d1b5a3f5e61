// Issue 23, item 22: how the Atasan PPID's and the dispute's decisions were carried out (two
// columns and their dates), court suits as a figure of their own (Tanggal Gugatan ke Pengadilan),
// and the dispute's own clock (UU 14/2008 Pasal 38) in recap.json: row problems, hand-counted
// figures, and the central PPID's consolidation adding them up.
import { parseRegister } from '../../src/core/register';
import { computeRecap, consolidate, parsePeriod, readRecapFile } from '../../src/core/recap';
import { WorkCalendar, HOLIDAYS, holidayDays, dayFromIso } from '../../src/core/calendar';
import { DISPUTE_STAGES } from '../../src/core/law';
import { COURT_STAGE } from '../../src/core/calendar';
import { HEADER_ID, row, wib } from './fixtures/registers';
import { buildReportModel, type Block } from '../../src/core/report';
import { defaultSettings } from '../../src/core/settings';
import { buildRecapLayout } from '../../src/sheets/recap-layout';
import { LISTS, fieldOfTitle } from '../../src/core/register';

const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
const parse = (rows: unknown[][]) => parseRegister([HEADER_ID, ...rows], { lang: 'id' });
const recapOf = (rows: unknown[][], period: string, asOf: string) =>
  computeRecap(parse(rows), { period: parsePeriod(period), asOf: dayFromIso(asOf), calendar, lang: 'id' });

/** A refused request objected to in March 2025 and answered with `outcome` on 1 April 2025. */
const objected = (outcome: string, extra: Record<string, unknown> = {}) =>
  row({
    'Tanggal Permohonan': wib(2025, 3, 3),
    Saluran: 'Email',
    'Kategori Pemohon': 'Perseorangan',
    Status: 'Ditolak',
    'Alasan Penolakan': 'Pasal 17 huruf h',
    'Tanggal Selesai': wib(2025, 3, 6),
    'Tanggal Keberatan': wib(2025, 3, 10),
    'Alasan Keberatan': 'a',
    'Tanggal Tanggapan Keberatan': wib(2025, 4, 1),
    'Putusan Atasan PPID': outcome,
    ...extra,
  });
/** The same, refused by the superior, then disputed on 14 April 2025. */
const disputed = (extra: Record<string, unknown> = {}) =>
  objected('Ditolak', { Sengketa: 'Ya', 'Tanggal Pengajuan Sengketa': wib(2025, 4, 14), ...extra });

describe('the execution columns are read with their slips listed', () => {
  const codes = (rows: unknown[][]) => parse(rows).problems.map((p) => `${p.row}:${p.code}`);

  test('a decision carried out on a date after it is read as typed, with no problem', () => {
    const p = parse([
      objected('Dikabulkan', {
        'Pelaksanaan Putusan Atasan PPID': 'sudah dilaksanakan',
        'Tanggal Pelaksanaan Putusan Atasan PPID': wib(2025, 4, 8),
      }),
    ]);
    expect(p.problems).toEqual([]);
    expect(p.requests[0].objectionExecution).toBe('Dilaksanakan');
    expect(p.requests[0].objectionExecuted).toBe(dayFromIso('2025-04-08'));
  });

  test('each slip is one row problem naming its column, none quoting the cell', () => {
    const p = parse([
      objected('Ditolak', { 'Pelaksanaan Putusan Atasan PPID': 'Dilaksanakan' }), // row 2: nothing to carry out
      objected('Dikabulkan', { 'Pelaksanaan Putusan Atasan PPID': 'Dilaksanakan' }), // row 3: no date
      objected('Dikabulkan', { 'Tanggal Pelaksanaan Putusan Atasan PPID': wib(2025, 4, 8) }), // row 4: no state
      objected('Dikabulkan Sebagian', {
        'Pelaksanaan Putusan Atasan PPID': 'Belum Dilaksanakan',
        'Tanggal Pelaksanaan Putusan Atasan PPID': wib(2025, 4, 8),
      }), // row 5: a date for a decision not carried out
      objected('Dikabulkan', {
        'Pelaksanaan Putusan Atasan PPID': 'Dilaksanakan',
        'Tanggal Pelaksanaan Putusan Atasan PPID': wib(2025, 3, 20),
      }), // row 6: carried out before the decision
      disputed({
        'Tahap Sengketa': 'Mediasi',
        'Putusan Sengketa': 'Ditolak',
        'Tanggal Putusan Sengketa': wib(2025, 5, 5),
        'Pelaksanaan Putusan Sengketa': 'Dilaksanakan',
      }), // row 7
      disputed({
        'Tahap Sengketa': 'Ajudikasi',
        'Putusan Sengketa': 'Dikabulkan',
        'Tanggal Putusan Sengketa': wib(2025, 5, 5),
        'Pelaksanaan Putusan Sengketa': 'Dilaksanakan Sebagian',
      }), // row 8
      disputed({ 'Tahap Sengketa': 'Ajudikasi', 'Tanggal Gugatan ke Pengadilan': wib(2025, 6, 2) }), // row 9
      disputed({ 'Tahap Sengketa': 'Pengadilan', 'Tanggal Gugatan ke Pengadilan': wib(2025, 4, 1) }), // row 10
      objected('Dikabulkan', { 'Pelaksanaan Putusan Atasan PPID': 'Budi Santoso' }), // row 11: not a value
    ]);
    expect(p.problems.map((x) => `${x.row}:${x.column}:${x.code}`)).toEqual([
      '2:Pelaksanaan Putusan Atasan PPID:execution.not_called_for',
      '3:Tanggal Pelaksanaan Putusan Atasan PPID:execution.date_missing',
      '4:Pelaksanaan Putusan Atasan PPID:execution.state_missing',
      '5:Tanggal Pelaksanaan Putusan Atasan PPID:execution.date_not_executed',
      '6:Tanggal Pelaksanaan Putusan Atasan PPID:execution.before_decision',
      '7:Pelaksanaan Putusan Sengketa:execution.not_called_for',
      '8:Tanggal Pelaksanaan Putusan Sengketa:execution.date_missing',
      '9:Tahap Sengketa:court.stage_missing',
      '10:Tanggal Gugatan ke Pengadilan:court.before_dispute',
      '11:Pelaksanaan Putusan Atasan PPID:list.unknown',
    ]);
    for (const x of p.problems) expect(x.message).not.toMatch(/\{|\}|undefined/);
    expect(
      p.problems
        .filter((x) => x.row !== 11)
        .map((x) => x.message)
        .join(' '),
    ).not.toMatch(/Budi/);
    expect(codes([objected('Dikabulkan')])).toEqual([]);
  });

  test('headers other registers use are read as the new columns, never as the decision itself', () => {
    const head = [
      'Tanggal Permohonan',
      'Putusan Sengketa',
      'Tanggal Putusan Sengketa',
      'Tindak Lanjut Putusan Atasan PPID',
      'Tgl Pelaksanaan Putusan Atasan PPID',
      'Pelaksanaan Putusan Komisi Informasi',
      'Tanggal Pelaksanaan Putusan Sengketa',
      'Tgl Gugatan',
    ];
    expect(head.map((h) => fieldOfTitle(h))).toEqual([
      'received',
      'disputeOutcome',
      'disputeDecided',
      'objectionExecution',
      'objectionExecuted',
      'disputeExecution',
      'disputeExecuted',
      'courtFiled',
    ]);
  });

  test('the court stage the clock and the suits rely on is a value of Tahap Sengketa', () => {
    expect(DISPUTE_STAGES).toContain(COURT_STAGE);
  });
});

describe('recap.json: execution, court suits and the dispute clock, by hand count', () => {
  // biome-ignore format: a table laid out by hand, one entry per line
  const ROWS = [
    objected('Dikabulkan', { 'Pelaksanaan Putusan Atasan PPID': 'Dilaksanakan', 'Tanggal Pelaksanaan Putusan Atasan PPID': wib(2025, 4, 8) }), // Dilaksanakan
    objected('Dikabulkan Sebagian', { 'Pelaksanaan Putusan Atasan PPID': 'Dilaksanakan Sebagian', 'Tanggal Pelaksanaan Putusan Atasan PPID': wib(2025, 7, 1) }), // after asOf: Belum Dilaksanakan
    objected('Dikabulkan'), // Belum Dicatat
    objected('Ditolak'), // nothing to carry out
    disputed({ 'Tahap Sengketa': 'Mediasi', 'Putusan Sengketa': 'Kesepakatan Mediasi', 'Tanggal Putusan Sengketa': wib(2025, 5, 5), 'Pelaksanaan Putusan Sengketa': 'Dilaksanakan', 'Tanggal Pelaksanaan Putusan Sengketa': wib(2025, 5, 12) }), // settled on time, carried out
    disputed({ 'Tahap Sengketa': 'Ajudikasi', 'Putusan Sengketa': 'Dikabulkan', 'Tanggal Putusan Sengketa': wib(2025, 5, 19), 'Pelaksanaan Putusan Sengketa': 'Belum Dilaksanakan' }), // on time, not carried out
    disputed({ 'Tahap Sengketa': 'Ajudikasi' }), // open, in process
    disputed({}), // open, no stage after 14 working days
    disputed({ 'Tahap Sengketa': 'Pengadilan', 'Putusan Sengketa': 'Ditolak', 'Tanggal Putusan Sengketa': wib(2025, 5, 26), 'Tanggal Gugatan ke Pengadilan': wib(2025, 6, 2) }), // court suit in June: off the clock
    disputed({ 'Tahap Sengketa': 'Pengadilan' }), // court suit without its date: counted by the dispute's day
  ];
  const asOf = '2025-06-20';

  test('the year as of 20 June', () => {
    const r = recapOf(ROWS, '2025', asOf);
    expect(r.execution.objections).toEqual({
      Dilaksanakan: 1,
      'Dilaksanakan Sebagian': 0,
      'Belum Dilaksanakan': 1,
      'Belum Dicatat': 1,
    });
    expect(r.execution.disputes).toEqual({
      Dilaksanakan: 1,
      'Dilaksanakan Sebagian': 0,
      'Belum Dilaksanakan': 1,
      'Belum Dicatat': 0,
    });
    expect(r.courtSuits).toBe(2);
    expect(r.disputeClock).toEqual({
      'Tepat Waktu': 2,
      Terlambat: 0,
      'Dalam Proses': 1,
      'Mendekati Batas': 0,
      'Lewat Batas': 0,
      'Lewat Batas Mulai': 1,
    });
  });

  test('a court suit dated in Q3 is Q3s, and the clock runs on past 100 working days', () => {
    const q2 = recapOf(ROWS, '2025-Q2', '2025-12-31');
    const q3 = recapOf(
      [
        ...ROWS.slice(0, 8),
        disputed({ 'Tahap Sengketa': 'Pengadilan', 'Tanggal Gugatan ke Pengadilan': wib(2025, 7, 7) }),
      ],
      '2025-Q3',
      '2025-12-31',
    );
    expect(q2.courtSuits).toBe(2);
    expect(q3.courtSuits).toBe(1);
    // 14 April + 100 working days is in September: by 31 December the open ones are late.
    expect(q2.disputeClock['Lewat Batas']).toBe(2);
    expect(q2.disputeClock['Lewat Batas Mulai']).toBe(0);
  });

  test('the consolidation adds the units up; a file from before these keys adds nothing', () => {
    const r = recapOf(ROWS, '2025', asOf);
    const a = readRecapFile(JSON.stringify({ ...r, unit: 'A' }), 'a.json');
    const b = readRecapFile(JSON.stringify({ ...r, unit: 'B' }), 'b.json');
    const old: Record<string, unknown> = { ...r, unit: 'C' };
    delete old.execution;
    delete old.courtSuits;
    delete old.disputeClock;
    const c = readRecapFile(JSON.stringify(old), 'c.json');
    const whole = consolidate([a, b, c], { calendar, body: 'Badan', lang: 'id' }).recap;
    expect(whole.courtSuits).toBe(4);
    expect(whole.execution.objections.Dilaksanakan).toBe(2);
    expect(whole.execution.disputes['Belum Dilaksanakan']).toBe(2);
    expect(whole.disputeClock['Lewat Batas Mulai']).toBe(2);
    expect(() => readRecapFile(JSON.stringify({ ...r, unit: 'D', courtSuits: -1 }), 'd.json')).toThrow();
  });
});

describe('the annual document shows them in BAB IV', () => {
  type Table = Extract<Block, { type: 'table' }>;
  const ROWS = [
    objected('Dikabulkan', {
      'Pelaksanaan Putusan Atasan PPID': 'Dilaksanakan',
      'Tanggal Pelaksanaan Putusan Atasan PPID': wib(2025, 4, 8),
    }),
    objected('Dikabulkan Sebagian'),
    disputed({
      'Tahap Sengketa': 'Mediasi',
      'Putusan Sengketa': 'Kesepakatan Mediasi',
      'Tanggal Putusan Sengketa': wib(2025, 5, 5),
      'Pelaksanaan Putusan Sengketa': 'Dilaksanakan Sebagian',
      'Tanggal Pelaksanaan Putusan Sengketa': wib(2025, 5, 12),
    }),
    disputed({}),
    disputed({ 'Tahap Sengketa': 'Pengadilan', 'Tanggal Gugatan ke Pengadilan': wib(2025, 6, 2) }),
  ];
  const settings = defaultSettings(LISTS.channels, LISTS.defaultTopics);

  test.each(['id', 'en'] as const)('tables after 4.1 and 4.2, from the recap (%s)', (lang) => {
    const recap = recapOf(ROWS, '2025', '2025-12-31');
    const blocks = buildReportModel(recap, settings, lang, '2025-12-31').blocks;
    const tables = blocks.filter((b): b is Table => b.type === 'table');
    const byCaption = (re: RegExp) => tables.find((t) => re.test(t.caption))!;
    const ob = byCaption(lang === 'id' ? /Pelaksanaan Putusan Atasan PPID/ : /Superior's Decisions Were Carried Out/);
    expect(ob.rows.map((r) => r.slice(2, 3)[0])).toEqual(['1', '0', '0', '1', '2']);
    const sd = byCaption(lang === 'id' ? /Pelaksanaan Putusan Sengketa/ : /Dispute Decisions Were Carried Out/);
    expect(sd.rows.map((r) => r[2])).toEqual(['0', '1', '0', '0', '1']);
    const clock = byCaption(lang === 'id' ? /Waktu Penyelesaian Sengketa/ : /Dispute Settlement Time/);
    // Mediation settled on time; the one with no stage is late on both limits by 31 December:
    // past 100 working days it reads Lewat Batas; the court case is off the clock.
    expect(clock.rows.map((r) => [r[1], r[2]])).toEqual(
      lang === 'id'
        ? [
            ['Selesai dalam 100 hari kerja', '1'],
            ['Selesai lewat 100 hari kerja', '0'],
            ['Belum selesai, lewat 100 hari kerja', '1'],
            ['Belum ada tahap setelah 14 hari kerja', '0'],
            ['Jumlah', '2'],
          ]
        : [
            ['Settled within 100 working days', '1'],
            ['Settled after 100 working days', '0'],
            ['Open past 100 working days', '1'],
            ['No stage after 14 working days', '0'],
            ['Total', '2'],
          ],
    );
    const text = blocks.map((b) => JSON.stringify(b)).join(' ');
    expect(text).toContain(lang === 'id' ? 'diajukan pada periode ini: 1.' : 'filed in the period: 1.');
    // BAB IV order: objections, their execution table, disputes, then the follow-up.
    expect(tables.indexOf(ob)).toBeLessThan(tables.indexOf(sd));
    expect(tables.indexOf(sd)).toBeLessThan(tables.indexOf(clock));
  });

  test('the recap sheet shows the same figures', () => {
    const recap = recapOf(ROWS, '2025', '2025-12-31');
    const layout = buildRecapLayout(recap, settings, 'id', '31/12/2025 10:00');
    // A label's counts, table by table (the Atasan PPID's, then the dispute's).
    const counts = (label: string) => layout.values.filter((r) => r[1] === label).map((r) => r[2]);
    expect(counts('Gugatan ke pengadilan')).toEqual([1]);
    expect(counts('Belum dicatat di register')).toEqual([1, 0]);
    expect(counts('Dilaksanakan sebagian')).toEqual([0, 1]);
    expect(counts('Dilaksanakan')).toEqual([1, 0]);
    expect(counts('Selesai dalam 100 hari kerja')).toEqual([1]);
    expect(counts('Belum selesai, lewat 100 hari kerja')).toEqual([1]);
    expect(layout.tables.map((t) => t.key)).toEqual(
      expect.arrayContaining(['courtSuits', 'execution.objections', 'execution.disputes', 'disputeClock']),
    );
    // A register with no objection or dispute gets none of these tables.
    const quiet = buildRecapLayout(recapOf([objected('Ditolak')], '2025-Q3', '2025-12-31'), settings, 'id', '');
    expect(quiet.tables.map((t) => t.key)).not.toContain('disputeClock');
    expect(quiet.tables.map((t) => t.key)).not.toContain('courtSuits');
  });
});
