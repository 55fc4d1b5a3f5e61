// recap.json v2 (issue #13): refusals by ground, service-time bands, the Atasan PPID's decisions
// and the disputes, equal to a hand count on a small register, and adding up on generated ones.
import fc from 'fast-check';
import { parseRegister } from '../../src/core/register';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';
import { serviceBucket, SERVICE_BUCKETS } from '../../src/core/recap';
import { schemaVersionOf, disputesOf } from '../../src/core/recap';
import { HEADER_ID, row, wib } from './fixtures/registers';
import { registerArb, periodArb, asOfArb } from '../reliability/bad-registers';

const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
const recapOf = (rows: unknown[][], period: string, asOf: string) =>
  computeRecap(parseRegister([HEADER_ID, ...rows], { lang: 'id' }), {
    period: parsePeriod(period),
    asOf: dayFromIso(asOf),
    calendar,
    lang: 'id',
  });
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

const base = { Saluran: 'Email', 'Kategori Pemohon': 'Perseorangan' };
const refused = (m: number, d: number, reason: string, extra: Record<string, unknown> = {}) =>
  row({
    ...base,
    'Tanggal Permohonan': wib(2025, m, d),
    Status: 'Ditolak',
    'Alasan Penolakan': reason,
    'Tanggal Selesai': wib(2025, m, d + 3),
    ...extra,
  });

// A year of refusals, objections and disputes, counted by hand below.
// biome-ignore format: a table laid out by hand, one entry per line
const YEAR = [
  refused(2, 3, 'Pasal 17 huruf b'), // row 2
  refused(2, 10, 'Pasal 17 huruf b', { 'Klasifikasi Informasi': 'Dikecualikan' }), // row 3
  refused(3, 3, 'Pasal 17 huruf h', { 'Tanggal Keberatan': wib(2025, 3, 10), 'Alasan Keberatan': 'a', 'Tanggal Tanggapan Keberatan': wib(2025, 4, 1), 'Putusan Atasan PPID': 'Dikabulkan' }), // row 4
  refused(4, 7, 'Dikecualikan (Pasal 17 UU KIP)', { 'Tanggal Keberatan': wib(2025, 4, 14), 'Alasan Keberatan': 'a', 'Tanggal Tanggapan Keberatan': wib(2025, 5, 5), 'Putusan Atasan PPID': 'Ditolak',
    'Sengketa': 'Ya', 'Tanggal Pengajuan Sengketa': wib(2025, 5, 19), 'Tahap Sengketa': 'Mediasi' }), // row 5
  refused(5, 5, 'Undang-undang lain', { 'Catatan': 'UU 43/2009 Pasal 44', 'Tanggal Keberatan': wib(2025, 5, 12), 'Alasan Keberatan': 'a', 'Tanggal Tanggapan Keberatan': wib(2025, 7, 21), 'Putusan Atasan PPID': 'Ditolak',
    'Sengketa': 'Ya', 'Tanggal Pengajuan Sengketa': wib(2025, 7, 28), 'Tahap Sengketa': 'Ajudikasi', 'Putusan Sengketa': 'Dikabulkan Sebagian', 'Tanggal Putusan Sengketa': wib(2025, 10, 6) }), // row 6
  refused(6, 2, 'Informasi tidak dikuasai'), // row 7: Ditolak with a notice ground
  row({ ...base, 'Tanggal Permohonan': wib(2025, 6, 9), 'Status': 'Dipenuhi Sebagian', 'Alasan Penolakan': 'Belum didokumentasikan', 'Tanggal Selesai': wib(2025, 6, 23) }), // row 8: notice, not refused
  refused(8, 4, ''), // row 9: refused without a ground
  row({ ...base, 'Tanggal Permohonan': wib(2025, 9, 1), 'Status': 'Dipenuhi', 'Tanggal Selesai': wib(2025, 9, 30), 'Klasifikasi Informasi': 'Berkala',
    'Tanggal Keberatan': wib(2025, 10, 6), 'Alasan Keberatan': 'g' }), // row 10: an objection still unanswered
  row({ ...base, 'Tanggal Permohonan': wib(2025, 10, 1), 'Status': 'Dipenuhi', 'Tanggal Selesai': wib(2025, 10, 1), 'Klasifikasi Informasi': 'Berkala' }), // row 11
];

describe('the annual recap equals a hand count', () => {
  const recap = recapOf(YEAR, '2025', '2026-01-15');

  test('schema version 2', () => {
    expect(recap.schemaVersion).toBe(2);
  });

  test('refusals: 7 with status Ditolak, by ground; 2 notices whatever their status', () => {
    expect(recap.refusals.total).toBe(7);
    const nonZero = Object.fromEntries(Object.entries(recap.refusals.byReason).filter(([, n]) => n > 0));
    expect(nonZero).toEqual({
      'Pasal 17 huruf b': 2,
      'Pasal 17 huruf h': 1,
      'Pasal 17 (huruf belum disebut)': 1,
      'Undang-undang lain': 1,
      'Informasi tidak dikuasai': 1,
      'Tidak Diketahui': 1,
    });
    expect(sum(recap.refusals.byReason)).toBe(recap.refusals.total);
    expect(recap.refusals.notices).toBe(2);
    expect(recap.refusals.noticesByReason).toEqual({ 'Informasi tidak dikuasai': 1, 'Belum didokumentasikan': 1 });
  });

  test('service time in bands, the same split by information class', () => {
    // Refusals answered 3 calendar days later (rows 2–7, 9) and rows 8, 10, 11.
    const days = recap.requests.map((x) => x.workingDays);
    expect(days.every((d) => d !== null)).toBe(true);
    const byHand: Record<string, number> = Object.fromEntries(SERVICE_BUCKETS.map((b) => [b, 0]));
    for (const d of days) byHand[SERVICE_BUCKETS[serviceBucket(d!)]]++;
    expect(recap.serviceTime.buckets).toEqual(byHand);
    // Row 8 took 10 working days (9→23 June), row 10 took 20 (1→30 September, 5 September being
    // Maulid Nabi), row 11 took 0.
    expect(days[6]).toBe(10);
    expect(days[8]).toBe(20);
    expect(recap.serviceTime.buckets['8-10']).toBe(1);
    expect(recap.serviceTime.buckets['>17']).toBe(1);
    expect(recap.serviceTime.bucketsByInfoClass.Berkala).toEqual({
      '0-3': 1,
      '4-7': 0,
      '8-10': 0,
      '11-17': 0,
      '>17': 1,
    });
    expect(recap.serviceTime.bucketsByInfoClass.Dikecualikan['0-3']).toBe(1);
    // Rows 2 and 4–9 have no class.
    expect(sum(recap.serviceTime.bucketsByInfoClass['Tidak Diketahui'])).toBe(7);
  });

  test('objections: decided both ways, one late, one still open', () => {
    const ob = recap.objections;
    expect(ob).toMatchObject({ count: 4, answered: 3, pending: 1, overdue: 1 });
    // Row 6: filed 12 May, answered 21 July: past its 30 working days (due 25 June 2025).
    expect(ob.onTime).toBe(2);
    expect(ob.late).toBe(1);
    expect(ob.byOutcome).toEqual({
      Dikabulkan: 1,
      'Dikabulkan Sebagian': 0,
      Ditolak: 2,
      'Belum Diputus': 1,
      'Tidak Diketahui': 0,
    });
    expect(ob.averageWorkingDays).not.toBeNull();
  });

  test('disputes: one at mediation, one decided at adjudication', () => {
    expect(recap.disputes).toEqual({
      filed: 2,
      decided: 1,
      byStage: { Mediasi: 1, Ajudikasi: 1, Pengadilan: 0, 'Tidak Diketahui': 0 },
      byOutcome: {
        'Kesepakatan Mediasi': 0,
        Dikabulkan: 0,
        'Dikabulkan Sebagian': 1,
        Ditolak: 0,
        'Tidak Dapat Diterima': 0,
        'Dicabut/Gugur': 0,
        'Belum Diputus': 1,
      },
    });
  });

  test('by date: objections by their filing, disputes by theirs, decisions not yet known on the date', () => {
    const q2 = recapOf(YEAR, '2025-Q2', '2025-07-10');
    // Objections filed 14 April and 12 May; the second is unanswered on 10 July.
    expect(q2.objections).toMatchObject({ count: 2, answered: 1, pending: 1 });
    expect(q2.objections.byOutcome).toMatchObject({ Ditolak: 1, 'Belum Diputus': 1 });
    // Only the mediation was filed in Q2 (19 May); the adjudication was filed on 28 July.
    expect(q2.disputes).toMatchObject({ filed: 1, byStage: { Mediasi: 1 } });
    const q3 = recapOf(YEAR, '2025-Q3', '2025-09-30');
    expect(q3.disputes).toMatchObject({
      filed: 1,
      decided: 0,
      byStage: { Ajudikasi: 1 },
      byOutcome: { 'Belum Diputus': 1 },
    });
    // Refusals belong to the request's quarter: Q3 holds row 9 (August), without a ground.
    expect(q3.refusals).toMatchObject({ total: 1, byReason: { 'Tidak Diketahui': 1 } });
  });
});

describe('on generated registers every split adds up', () => {
  test('byReason = total, buckets = answered, objections and disputes by outcome and stage', () => {
    fc.assert(
      fc.property(registerArb, periodArb, asOfArb, (reg, periodText, asOf) => {
        const parsed = parseRegister(reg.values, { lang: 'id' });
        const r = computeRecap(parsed, {
          period: parsePeriod(periodText),
          asOf: dayFromIso(asOf),
          calendar,
          lang: 'id',
        });
        const ok =
          sum(r.refusals.byReason) === r.refusals.total &&
          r.refusals.total === (r.totals.byStatus.Ditolak ?? 0) &&
          sum(r.refusals.noticesByReason) === r.refusals.notices &&
          sum(r.serviceTime.buckets) === r.serviceTime.answered &&
          Object.values(r.serviceTime.bucketsByInfoClass).reduce((s, b) => s + sum(b), 0) === r.serviceTime.answered &&
          sum(r.objections.byOutcome) === r.objections.count &&
          r.objections.answered + r.objections.pending === r.objections.count &&
          r.objections.overdue <= r.objections.pending &&
          sum(r.disputes.byStage) === r.disputes.filed &&
          sum(r.disputes.byOutcome) === r.disputes.filed &&
          r.disputes.filed - r.disputes.byOutcome['Belum Diputus'] === r.disputes.decided;
        if (!ok)
          expect({
            refusals: r.refusals,
            buckets: r.serviceTime.buckets,
            answered: r.serviceTime.answered,
            objections: r.objections,
            disputes: r.disputes,
          }).toBe('adding up');
      }),
      { numRuns: 400, seed: 1313 },
    );
  });
});

describe('reading recap.json of either version', () => {
  test("no schemaVersion means 1; v1's bare dispute count becomes the v2 object", () => {
    expect(schemaVersionOf({ disputes: 3 })).toBe(1);
    expect(schemaVersionOf({ schemaVersion: 2 })).toBe(2);
    expect(disputesOf({ disputes: 3 })).toEqual({
      filed: 3,
      decided: 0,
      byStage: { 'Tidak Diketahui': 3 },
      byOutcome: { 'Tidak Diketahui': 3 },
    });
    const v2 = recapOf(YEAR, '2025', '2026-01-15');
    expect(disputesOf(JSON.parse(JSON.stringify(v2)))).toEqual(v2.disputes);
    expect(disputesOf({})).toEqual({ filed: 0, decided: 0, byStage: {}, byOutcome: {} });
  });
});
