import fc from 'fast-check';
import {
  computeRecap,
  parsePeriod,
  lastFinishedQuarter,
  quarterOf,
  percentages,
  countRows,
  PeriodError,
} from '../../src/core/recap';
import { parseRegister } from '../../src/core/register';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso, ymd } from '../../src/core/calendar';
import { LISTS } from '../../src/core/register';
import type { ParsedRegister, RequestRecord, StatusValue } from '../../src/core/types';
import { HEADER_ID, row, wib, seedQ3Register } from './fixtures/registers';

const D = dayFromIso;
const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
const recapOf = (
  values: unknown[][],
  period: string,
  asOf: string,
  extra: Partial<Parameters<typeof computeRecap>[1]> = {},
) =>
  computeRecap(parseRegister(values, { lang: 'id' }), {
    period: parsePeriod(period),
    asOf: D(asOf),
    calendar,
    lang: 'id',
    ...extra,
  });

describe('periods', () => {
  test.each([
    ['2025-Q2', 'quarter', 2, '2025-04-01', '2025-06-30'],
    ['2025-TW2', 'quarter', 2, '2025-04-01', '2025-06-30'],
    ['2025 tw iv', 'quarter', 4, '2025-10-01', '2025-12-31'],
    ['TW3-2021', 'quarter', 3, '2021-07-01', '2021-09-30'],
    ['q1 2024', 'quarter', 1, '2024-01-01', '2024-03-31'],
    ['2024', 'year', null, '2024-01-01', '2024-12-31'],
  ])('%j is %s %s from %s to %s', (text, kind, quarter, start, end) => {
    const p = parsePeriod(text);
    expect([p.kind, p.quarter, ymd(p.start), ymd(p.end)]).toEqual([kind, quarter, start, end]);
  });

  test.each(['2025-Q5', '2025-TW0', 'Q2', '25-Q2', 'tahun ini', '', '2025-13', '20255'])(
    '%j is rejected with a readable message',
    (text) => {
      expect(() => parsePeriod(text)).toThrow(PeriodError);
      expect(() => parsePeriod(text, 'en')).toThrow(/e\.g\. 2025-Q2/);
    },
  );

  test("the last finished quarter is the one before the as-of date's quarter", () => {
    const q = (s: string) => {
      const p = lastFinishedQuarter(D(s));
      return `${p.year}-Q${p.quarter}`;
    };
    expect(q('2025-07-10')).toBe('2025-Q2');
    expect(q('2025-07-01')).toBe('2025-Q2');
    expect(q('2025-06-30')).toBe('2025-Q1');
    expect(q('2026-01-05')).toBe('2025-Q4');
    expect(ymd(quarterOf(D('2024-02-29')).end)).toBe('2024-03-31');
  });
});

describe('percentages (largest remainder on whole percents)', () => {
  test('add up to exactly 100, or are all zero for an empty table', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([2, 0, 0])).toEqual([100, 0, 0]);
    expect(percentages([1, 2, 3, 1])).toEqual([14, 29, 43, 14]);
    expect(percentages([0, 0, 0])).toEqual([0, 0, 0]);
    expect(percentages([])).toEqual([]);
  });

  test('for any counts: sum 100, each share within one point of the exact value', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1000), { minLength: 1, maxLength: 12 }), (counts) => {
        const pct = percentages(counts);
        const total = counts.reduce((a, b) => a + b, 0);
        if (total === 0) return expect(pct.every((p) => p === 0)).toBe(true);
        expect(pct.reduce((a, b) => a + b, 0)).toBe(100);
        counts.forEach((c, i) => {
          const exact = (c * 100) / total;
          expect(pct[i]).toBeGreaterThanOrEqual(Math.floor(exact));
          expect(pct[i]).toBeLessThanOrEqual(Math.ceil(exact));
          if (c === 0) expect(pct[i]).toBe(0);
        });
      }),
      { numRuns: 2000 },
    );
  });

  test('countRows keeps label order and counts missing labels as 0', () => {
    expect(countRows(['a', 'b'], { a: 3 })).toEqual([
      { label: 'a', count: 3, percent: 100 },
      { label: 'b', count: 0, percent: 0 },
    ]);
  });
});

describe("the seed report's Q3 2021 figures, from a register that holds them", () => {
  const recap = recapOf(seedQ3Register(), '2021-TW3', '2021-10-11', { unit: 'Pusbangkom JPW' });
  const channel = (name: string) => recap.channels.find((c) => c.channel === name)!;

  test('three requests in the quarter: two by Instagram, one at the service desk, none by e-mail', () => {
    expect(recap.totals.requests).toBe(3);
    expect(recap.totals.byChannel).toMatchObject({ Instagram: 2, 'Ruang Layanan': 1, Email: 0 });
    expect(recap.period).toEqual({ kind: 'quarter', year: 2021, quarter: 3, start: '2021-07-01', end: '2021-09-30' });
    expect(recap.unit).toBe('Pusbangkom JPW');
  });

  test('Instagram: 2 perseorangan = 100%, both fulfilled (Tabel 2 and 4)', () => {
    const ig = channel('Instagram');
    expect(ig.applicantRows).toEqual([
      { label: 'Perseorangan', count: 2, percent: 100 },
      { label: 'Kelompok Orang', count: 0, percent: 0 },
      { label: 'Badan Hukum', count: 0, percent: 0 },
    ]);
    expect(ig.statusRows).toEqual([
      { label: 'Dipenuhi', count: 2, percent: 100 },
      { label: 'Ditolak/Tidak Dijawab', count: 0, percent: 0 },
      { label: 'Diproses', count: 0, percent: 0 },
    ]);
  });

  test('Ruang Layanan: 1 perseorangan = 100%, fulfilled (Tabel 3 and 5)', () => {
    const desk = channel('Ruang Layanan');
    expect(desk.total).toBe(1);
    expect(desk.applicantRows[0]).toEqual({ label: 'Perseorangan', count: 1, percent: 100 });
    expect(desk.statusRows[0]).toEqual({ label: 'Dipenuhi', count: 1, percent: 100 });
  });

  test('e-mail: an empty table of zeros (Tabel 1)', () => {
    const email = channel('Email');
    expect(email.total).toBe(0);
    expect(email.applicantRows.map((r) => [r.count, r.percent])).toEqual([
      [0, 0],
      [0, 0],
      [0, 0],
    ]);
  });

  test('every configured channel is listed, zero rows included, in the configured order', () => {
    expect(recap.channels.map((c) => c.channel)).toEqual(LISTS.channels);
  });

  test('service time and SLA: 2, 5 and 0 working days, all on time', () => {
    expect(recap.requests.map((r) => r.workingDays)).toEqual([2, 5, 0]);
    expect(recap.serviceTime).toMatchObject({
      answered: 3,
      averageWorkingDays: 2.33,
      medianWorkingDays: 2,
      minWorkingDays: 0,
      maxWorkingDays: 5,
    });
    // Bands (issue #13): 2 and 0 days in 0–3, 5 in 4–7; by class as the register has them.
    expect(recap.serviceTime.buckets).toEqual({ '0-3': 2, '4-7': 1, '8-10': 0, '11-17': 0, '>17': 0 });
    // Berkala: 2 and 0 days; Setiap Saat: 5 days.
    const zero = { '0-3': 0, '4-7': 0, '8-10': 0, '11-17': 0, '>17': 0 };
    expect(recap.serviceTime.bucketsByInfoClass).toEqual({
      Berkala: { ...zero, '0-3': 2 },
      'Serta Merta': zero,
      'Setiap Saat': { ...zero, '4-7': 1 },
      Dikecualikan: zero,
      'Tidak Diketahui': zero,
    });
    expect(recap.sla).toEqual({ onTime: 3, late: 0, inProcess: 0, nearDue: 0, overdue: 0, complianceRate: 1 });
  });

  test("topics are ranked, ties in the settings' order", () => {
    expect(recap.topics).toEqual([
      { topic: 'Pelatihan', count: 1 },
      { topic: 'Lowongan Kerja & Magang', count: 1 },
      { topic: 'Kerja Sama Pendidikan', count: 1 },
    ]);
    expect(recap.totals.byInfoClass).toEqual({ Berkala: 2, 'Serta Merta': 0, 'Setiap Saat': 1, Dikecualikan: 0 });
  });

  test('the request listing carries rows, numbers, dates and statuses, never personal data', () => {
    expect(recap.requests[0]).toEqual({
      row: 3,
      number: 'P3-2021-012',
      received: '2021-07-12',
      channel: 'Instagram',
      applicantType: 'Perseorangan',
      status: 'Dipenuhi',
      due: '2021-07-27',
      answered: '2021-07-14',
      workingDays: 2,
      slaStatus: 'Tepat Waktu',
      objectionDue: null,
      objectionStatus: null,
      disputeDue: null,
      // A list value, for the central PPID's consolidation (docs/consolidation.md).
      infoClass: 'Berkala',
    });
    expect(JSON.stringify(recap)).not.toMatch(/Pemohon Contoh|example\.id|Jl\. Contoh|Jadwal pelatihan|dibalas via DM/);
  });
});

describe('recap rules', () => {
  const base = { Saluran: 'Email', 'Kategori Pemohon': 'Perseorangan' };
  const r = (f: Record<string, unknown>) => row({ ...base, ...f });

  test("counted plus excluded rows make up the rows of the period; other periods' problems stay out", () => {
    const values = [
      HEADER_ID,
      r({ 'Tanggal Permohonan': wib(2025, 4, 2), Status: 'Dipenuhi' }), // in Q2, missing answer date
      r({ 'Tanggal Permohonan': wib(2025, 5, 2), Status: 'Diproses', Saluran: 'Pos Merpati' }),
      r({ 'Tanggal Permohonan': '31/04/2025', Status: 'Diproses' }), // no valid date: cannot be placed
      r({ 'Tanggal Permohonan': wib(2025, 7, 2), Status: 'Dipenuhi' }), // Q3 problem
    ];
    const recap = recapOf(values, '2025-Q2', '2025-07-10');
    expect(recap.totals.requests).toBe(2);
    expect(recap.rowsInPeriod).toBe(3);
    expect(recap.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'answered.missing'],
      [3, 'list.unknown'],
      [4, 'received.invalid'],
    ]);
    expect(recap.totals.byChannel.Lainnya).toBe(1);
  });

  test('header problems (a missing required column) are shown in every period', () => {
    const header = HEADER_ID.filter((h) => h !== 'Kategori Pemohon');
    const values = [
      header,
      row({ 'Tanggal Permohonan': wib(2025, 4, 2), Saluran: 'Email', Status: 'Diproses' }, header),
    ];
    expect(recapOf(values, '2025-Q2', '2025-07-10').problems.map((p) => p.code)).toEqual(['column.missing']);
    expect(recapOf(values, '2024', '2025-07-10').problems.map((p) => p.code)).toEqual(['column.missing']);
  });

  test('SLA as of a date: on time, late, in process, near due, overdue; cancelled has none', () => {
    const values = [
      HEADER_ID,
      r({ 'Tanggal Permohonan': wib(2025, 6, 2), Status: 'Dipenuhi', 'Tanggal Selesai': wib(2025, 6, 18) }), // due 18 Jun: on time
      r({
        'Tanggal Permohonan': wib(2025, 6, 2),
        Status: 'Ditolak',
        'Alasan Penolakan': 'Belum Dikuasai',
        'Tanggal Selesai': wib(2025, 6, 19),
      }), // late
      r({ 'Tanggal Permohonan': wib(2025, 6, 23), Status: 'Diproses', Perpanjangan: 'Ya' }), // due 17 Jul: in process on 30 Jun
      r({ 'Tanggal Permohonan': wib(2025, 6, 13), Status: 'Diproses' }), // due 30 Jun (27 Jun is Tahun Baru Islam): near due
      r({ 'Tanggal Permohonan': wib(2025, 6, 10), Status: 'Tidak Dijawab' }), // due 24 Jun: overdue
      r({ 'Tanggal Permohonan': wib(2025, 6, 3), Status: 'Dibatalkan', 'Tanggal Selesai': wib(2025, 6, 4) }),
      r({ 'Tanggal Permohonan': wib(2025, 6, 26), Status: 'Dipenuhi', 'Tanggal Selesai': wib(2025, 7, 3) }), // answered after as-of: still open
    ];
    const recap = recapOf(values, '2025-Q2', '2025-06-30');
    expect(recap.requests.map((x) => x.slaStatus)).toEqual([
      'Tepat Waktu',
      'Terlambat',
      'Dalam Proses',
      'Mendekati Batas',
      'Lewat Batas',
      null,
      'Dalam Proses',
    ]);
    expect(recap.requests.map((x) => x.due)).toEqual([
      '2025-06-18',
      '2025-06-18',
      '2025-07-17',
      '2025-06-30',
      '2025-06-24',
      '2025-06-19',
      '2025-07-11',
    ]);
    expect(recap.sla).toEqual({ onTime: 1, late: 1, inProcess: 2, nearDue: 1, overdue: 1, complianceRate: 0.5 });
    expect(recap.requests[6].answered).toBeNull();
    expect(recap.totals.byStatusGroup).toEqual({ Dipenuhi: 2, 'Ditolak/Tidak Dijawab': 2, Diproses: 2, Dibatalkan: 1 });
    expect(recap.channels[0].statusRows.map((x) => x.label)).toEqual([
      'Dipenuhi',
      'Ditolak/Tidak Dijawab',
      'Diproses',
      'Dibatalkan',
    ]);
    expect(recap.channels[1].statusRows.map((x) => x.label)).toEqual(['Dipenuhi', 'Ditolak/Tidak Dijawab', 'Diproses']);
    expect(recap.serviceTime).toMatchObject({
      answered: 2,
      averageWorkingDays: 10.5,
      medianWorkingDays: 10.5,
      minWorkingDays: 10,
      maxWorkingDays: 11,
    });
    // 10 working days falls in 8–10, 11 in 11–17: the bands split at the law's deadlines.
    expect(recap.serviceTime.buckets).toEqual({ '0-3': 0, '4-7': 0, '8-10': 1, '11-17': 1, '>17': 0 });
  });

  test('an answer dated before receipt gives no service time', () => {
    const recap = recapOf(
      [HEADER_ID, r({ 'Tanggal Permohonan': wib(2025, 5, 5), Status: 'Dipenuhi', 'Tanggal Selesai': wib(2025, 5, 2) })],
      '2025-Q2',
      '2025-07-01',
    );
    expect(recap.requests[0].workingDays).toBeNull();
    expect(recap.serviceTime.answered).toBe(0);
    expect(recap.problems.map((p) => p.code)).toEqual(['answered.before_received']);
  });

  test('objections: count, answered, on time within 30 working days, pending; disputes and fees', () => {
    const values = [
      HEADER_ID,
      r({
        'Tanggal Permohonan': wib(2025, 4, 14),
        Status: 'Ditolak',
        'Alasan Penolakan': 'Dikecualikan',
        'Tanggal Selesai': wib(2025, 4, 21),
        'Tanggal Keberatan': wib(2025, 4, 22),
        'Alasan Keberatan': 'a',
        'Tanggal Tanggapan Keberatan': wib(2025, 5, 20),
        Sengketa: 'Ya',
      }),
      r({
        'Tanggal Permohonan': wib(2025, 4, 15),
        Status: 'Dipenuhi',
        'Tanggal Selesai': wib(2025, 4, 16),
        'Biaya (Rp)': 15000,
        'Tanggal Keberatan': wib(2025, 4, 17),
        'Alasan Keberatan': 'f. Biaya tidak wajar',
        'Tanggal Tanggapan Keberatan': wib(2025, 7, 1),
      }),
      r({
        'Tanggal Permohonan': wib(2025, 4, 16),
        Status: 'Dipenuhi',
        'Tanggal Selesai': wib(2025, 4, 17),
        'Biaya (Rp)': '5.000',
        'Tanggal Keberatan': wib(2025, 6, 2),
      }),
    ];
    const recap = recapOf(values, '2025-Q2', '2025-06-30');
    expect(recap.objections).toMatchObject({ count: 3, answered: 1, onTime: 1, late: 0, pending: 2 });
    expect(recap.objections.byGround['a. Penolakan (Pasal 17)']).toBe(1);
    expect(recap.objections.byGround['f. Biaya tidak wajar']).toBe(1);
    expect(recap.requests[0].objectionDue).toBe(ymd(calendar.workday(D('2025-04-22'), 30)));
    expect(recap.disputes).toMatchObject({
      filed: 1,
      decided: 0,
      byStage: { 'Tidak Diketahui': 1 },
      byOutcome: { 'Belum Diputus': 1 },
    });
    expect(recap.fees).toEqual({ total: 20000, count: 2 });
    const later = recapOf(values, '2025-Q2', '2025-07-10');
    expect(later.objections).toMatchObject({ answered: 2, onTime: 1, late: 1, pending: 1 });
  });

  test("the unit's own channel list is used; other values found are appended", () => {
    const values = [HEADER_ID, r({ 'Tanggal Permohonan': wib(2025, 4, 2), Status: 'Diproses', Saluran: 'Instagram' })];
    const parsed = parseRegister(values, { lang: 'id', channels: ['Email', 'Instagram'] });
    const recap = computeRecap(parsed, {
      period: parsePeriod('2025-Q2'),
      asOf: D('2025-07-01'),
      calendar,
      lang: 'id',
      channels: ['Email', 'Instagram'],
    });
    expect(recap.channels.map((c) => c.channel)).toEqual(['Email', 'Instagram']);
    const other = recapOf(
      [HEADER_ID, r({ 'Tanggal Permohonan': wib(2025, 4, 2), Status: 'Diproses', Saluran: 'Email' })],
      '2025-Q2',
      '2025-07-01',
      { channels: ['Surat'] },
    );
    expect(other.channels.map((c) => c.channel)).toEqual(['Surat', 'Email']);
  });

  test('the annual recap puts the quarters side by side and they add up to the year', () => {
    const values = [
      HEADER_ID,
      r({ 'Tanggal Permohonan': wib(2025, 1, 6), Status: 'Dipenuhi', 'Tanggal Selesai': wib(2025, 1, 8) }),
      r({
        'Tanggal Permohonan': wib(2025, 3, 31),
        Status: 'Dipenuhi',
        'Tanggal Selesai': wib(2025, 4, 30),
        Saluran: 'Instagram',
      }),
      r({ 'Tanggal Permohonan': wib(2025, 4, 1), Status: 'Diproses' }),
      r({
        'Tanggal Permohonan': wib(2025, 12, 31),
        Status: 'Ditolak',
        'Alasan Penolakan': 'Lainnya',
        'Tanggal Selesai': wib(2026, 1, 2),
      }),
    ];
    const recap = recapOf(values, '2025', '2026-01-10');
    expect(recap.period).toMatchObject({ kind: 'year', quarter: null, start: '2025-01-01', end: '2025-12-31' });
    expect(recap.quarters!.map((q) => q.requests)).toEqual([2, 1, 0, 1]);
    // 2 working days, and 16 for the request received on Idul Fitri 2025 (31 March → 30 April).
    expect(recap.quarters![0]).toMatchObject({ onTime: 1, late: 1, complianceRate: 0.5, averageWorkingDays: 9 });
    expect(recap.quarters![0].byChannel).toMatchObject({ Email: 1, Instagram: 1 });
    expect(recap.quarters![3].byStatusGroup).toEqual({ Dipenuhi: 0, 'Ditolak/Tidak Dijawab': 1, Diproses: 0 });
    expect(recapOf(values, '2025-Q1', '2026-01-10').quarters).toBeUndefined();
  });
});

// Invariants on random registers: whatever the data, the figures stay consistent with each other.
describe('recap invariants on random registers', () => {
  const statuses: Array<StatusValue | null> = [...(LISTS.statuses as StatusValue[]), null];
  const reqArb = fc.record({
    received: fc.integer({ min: D('2024-12-01'), max: D('2026-01-31') }),
    channel: fc.constantFrom(...LISTS.channels, 'TikTok'),
    applicantType: fc.constantFrom(...LISTS.applicantTypes, null),
    status: fc.constantFrom(...statuses),
    extended: fc.boolean(),
    answerAfter: fc.option(fc.integer({ min: -3, max: 40 })),
    objection: fc.option(fc.integer({ min: 0, max: 30 })),
    topic: fc.constantFrom(...LISTS.defaultTopics, null),
  });

  test('totals, tables, SLA and quarters agree with each other', () => {
    fc.assert(
      fc.property(
        fc.array(reqArb, { maxLength: 60 }),
        fc.integer({ min: D('2025-01-01'), max: D('2026-03-31') }),
        (rows, asOf) => {
          const requests: RequestRecord[] = rows.map((x, i) => ({
            row: i + 2,
            number: `R-${i}`,
            received: x.received,
            channel: x.channel,
            applicantType: x.applicantType,
            topic: x.topic,
            infoClass: null,
            deliveryMethod: null,
            status: x.status,
            refusalReason: null,
            extended: x.extended,
            answered: x.answerAfter === null ? null : x.received + x.answerAfter,
            fee: null,
            objectionDate: x.objection === null ? null : x.received + x.objection,
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
          }));
          const parsed: ParsedRegister = { requests, problems: [], rowCount: requests.length, columns: {} };
          const recap = computeRecap(parsed, { period: parsePeriod('2025'), asOf, calendar, lang: 'id' });
          const inYear = requests.filter((q) => q.received >= D('2025-01-01') && q.received <= D('2025-12-31'));
          const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
          expect(recap.totals.requests).toBe(inYear.length);
          expect(sum(recap.totals.byChannel)).toBe(inYear.length);
          expect(sum(recap.totals.byStatus)).toBe(inYear.filter((q) => q.status !== null).length);
          expect(sum(recap.totals.byStatusGroup)).toBe(sum(recap.totals.byStatus));
          for (const c of recap.channels) {
            for (const table of [c.applicantRows, c.statusRows]) {
              const pct = table.reduce((a, b) => a + b.percent, 0);
              expect(pct === 100 || (pct === 0 && table.every((x) => x.count === 0))).toBe(true);
              expect(table.reduce((a, b) => a + b.count, 0)).toBe(c.total);
            }
          }
          const s = recap.sla;
          // Answers dated before receipt (known by asOf) are slips: in no SLA bucket and no service time.
          const slip = (q: RequestRecord) => q.answered !== null && q.answered <= asOf && q.answered < q.received;
          expect(s.onTime + s.late + s.inProcess + s.nearDue + s.overdue).toBe(
            inYear.filter((q) => q.status !== 'Dibatalkan' && !slip(q)).length,
          );
          expect(s.onTime + s.late).toBe(recap.serviceTime.answered);
          expect(recap.requests.map((x) => x.row)).toEqual(inYear.map((q) => q.row));
          expect(recap.quarters!.reduce((a, q) => a + q.requests, 0)).toBe(inYear.length);
          expect(recap.quarters!.reduce((a, q) => a + q.onTime, 0)).toBe(s.onTime);
          expect(recap.topics.reduce((a, x) => a + x.count, 0)).toBe(inYear.filter((q) => q.topic !== null).length);
          for (let i = 1; i < recap.topics.length; i++)
            expect(recap.topics[i - 1].count).toBeGreaterThanOrEqual(recap.topics[i].count);
          if (recap.serviceTime.answered > 0) {
            const st = recap.serviceTime;
            expect(st.minWorkingDays!).toBeLessThanOrEqual(st.medianWorkingDays!);
            expect(st.medianWorkingDays!).toBeLessThanOrEqual(st.maxWorkingDays!);
            expect(st.averageWorkingDays!).toBeGreaterThanOrEqual(st.minWorkingDays!);
            expect(st.averageWorkingDays!).toBeLessThanOrEqual(st.maxWorkingDays!);
          }
          expect(recap.objections.count).toBe(recap.objections.answered + recap.objections.pending);
        },
      ),
      { numRuns: 300 },
    );
  });
});
