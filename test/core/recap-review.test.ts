// Review fixes in the recap: per-channel tables add up to the channel total, SLA counts and service
// time speak of the same requests, objections belong to the period in which they were filed.
import { computeRecap, parsePeriod, countRows } from '../../src/core/recap';
import { parseRegister } from '../../src/core/register';
import { WorkCalendar, slaStatus } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';
import { UNKNOWN } from '../../src/core/register';
import { HEADER_ID, row, wib } from './fixtures/registers';

const D = dayFromIso;
const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
const recapOf = (values: unknown[][], period: string, asOf: string) =>
  computeRecap(parseRegister(values, { lang: 'id' }), {
    period: parsePeriod(period),
    asOf: D(asOf),
    calendar,
    lang: 'id',
  });
const r = (f: Record<string, unknown>) =>
  row({ Saluran: 'Email', 'Kategori Pemohon': 'Perseorangan', Status: 'Diproses', ...f });

describe('per-channel tables add up to the channel total', () => {
  const values = [
    HEADER_ID,
    r({ 'Tanggal Permohonan': wib(2025, 4, 14) }),
    r({ 'Tanggal Permohonan': wib(2025, 4, 15), 'Kategori Pemohon': '' }),
    r({ 'Tanggal Permohonan': wib(2025, 4, 16), 'Kategori Pemohon': 'Alien', Status: '' }),
    r({ 'Tanggal Permohonan': wib(2025, 4, 17), Status: 'Sedang dipikirkan' }),
    r({ 'Tanggal Permohonan': wib(2025, 4, 18), Saluran: 'Instagram' }),
  ];

  test('requests with a blank or unknown applicant type or status get a Tidak Diketahui row', () => {
    const email = recapOf(values, '2025-Q2', '2025-04-20').channels.find((c) => c.channel === 'Email')!;
    expect(email.total).toBe(4);
    expect(email.applicantRows.map((x) => [x.label, x.count, x.percent])).toEqual([
      ['Perseorangan', 2, 50],
      ['Kelompok Orang', 0, 0],
      ['Badan Hukum', 0, 0],
      [UNKNOWN, 2, 50],
    ]);
    expect(email.statusRows.map((x) => [x.label, x.count])).toEqual([
      ['Dipenuhi', 0],
      ['Ditolak/Tidak Dijawab', 0],
      ['Diproses', 2],
      [UNKNOWN, 2],
    ]);
  });

  test('no Tidak Diketahui row when every value is known', () => {
    const ig = recapOf(values, '2025-Q2', '2025-04-20').channels.find((c) => c.channel === 'Instagram')!;
    expect(ig.applicantRows.map((x) => x.label)).not.toContain(UNKNOWN);
    expect(ig.statusRows.map((x) => x.label)).not.toContain(UNKNOWN);
  });

  test('countRows adds the remainder row by largest remainder, and only when it is positive', () => {
    expect(countRows(['a', 'b'], { a: 1, b: 1 }, 3)).toEqual([
      { label: 'a', count: 1, percent: 34 },
      { label: 'b', count: 1, percent: 33 },
      { label: UNKNOWN, count: 1, percent: 33 },
    ]);
    expect(countRows(['a'], { a: 2 }, 2)).toEqual([{ label: 'a', count: 2, percent: 100 }]);
    expect(countRows(['a'], { a: 2 })).toEqual([{ label: 'a', count: 2, percent: 100 }]);
  });
});

describe('an answer dated before receipt', () => {
  const values = [
    HEADER_ID,
    r({ 'Tanggal Permohonan': wib(2025, 4, 14), Status: 'Dipenuhi', 'Tanggal Selesai': wib(2025, 4, 10) }),
    r({ 'Tanggal Permohonan': wib(2025, 4, 14), Status: 'Dipenuhi', 'Tanggal Selesai': wib(2025, 4, 16) }),
  ];

  test('is counted neither on time nor late, so SLA answers equal serviceTime.answered', () => {
    const recap = recapOf(values, '2025-Q2', '2025-06-30');
    expect(recap.sla).toMatchObject({ onTime: 1, late: 0, inProcess: 0, nearDue: 0, overdue: 0, complianceRate: 1 });
    expect(recap.serviceTime.answered).toBe(1);
    expect(recap.sla.onTime + recap.sla.late).toBe(recap.serviceTime.answered);
    expect(recap.requests[0]).toMatchObject({ slaStatus: null, workingDays: null, answered: '2025-04-10' });
    expect(recap.problems.map((p) => p.code)).toContain('answered.before_received');
  });

  test('calendar.slaStatus agrees: no SLA status for the row', () => {
    const req = { received: D('2025-04-14'), extended: false, answered: D('2025-04-10'), status: 'Dipenuhi' as const };
    expect(slaStatus(req, D('2025-06-30'), calendar)).toBeNull();
    expect(slaStatus({ ...req, answered: D('2025-04-16') }, D('2025-06-30'), calendar)).toBe('Tepat Waktu');
  });
});

describe('objections and disputes belong to the period they were filed in', () => {
  const values = [
    HEADER_ID,
    // A Q1 request whose objection was filed in Q2 and answered on time, and taken to the Commission.
    r({
      'Tanggal Permohonan': wib(2025, 3, 10),
      Status: 'Ditolak',
      'Alasan Penolakan': 'Dikecualikan',
      'Tanggal Selesai': wib(2025, 3, 14),
      'Tanggal Keberatan': wib(2025, 4, 7),
      'Alasan Keberatan': 'a',
      'Tanggal Tanggapan Keberatan': wib(2025, 4, 21),
      Sengketa: 'Ya',
    }),
    // A Q1 request with a Q1 objection.
    r({
      'Tanggal Permohonan': wib(2025, 2, 3),
      Status: 'Dipenuhi',
      'Tanggal Selesai': wib(2025, 2, 4),
      'Tanggal Keberatan': wib(2025, 2, 10),
    }),
    // A Q2 request with a dispute but no objection date: follows its date received.
    r({ 'Tanggal Permohonan': wib(2025, 5, 5), Sengketa: 'Ya' }),
  ];

  test('a Q2 objection on a Q1 request is counted in Q2, not in Q1', () => {
    const q1 = recapOf(values, '2025-Q1', '2025-06-30');
    const q2 = recapOf(values, '2025-Q2', '2025-06-30');
    expect(q1.objections).toMatchObject({ count: 1, answered: 0, pending: 1 });
    expect(q2.objections).toMatchObject({ count: 1, answered: 1, onTime: 1, late: 0, pending: 0 });
    expect(q2.objections.byGround['a. Penolakan (Pasal 17)']).toBe(1);
    expect(q1.objections.byGround['a. Penolakan (Pasal 17)']).toBe(0);
  });

  test('disputes without a filing date follow the objection date when there is one, else the date received', () => {
    expect(recapOf(values, '2025-Q1', '2025-06-30').disputes.filed).toBe(0);
    expect(recapOf(values, '2025-Q2', '2025-06-30').disputes.filed).toBe(2);
  });

  test('the year counts each objection once', () => {
    expect(recapOf(values, '2025', '2025-12-31').objections.count).toBe(2);
  });
});
