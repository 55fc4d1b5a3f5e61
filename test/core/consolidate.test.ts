// The central PPID's consolidation in the core: files checked one by one and as a set, and the
// body's figures recomputed from the units' per-request lines, equal to the whole register's.
import fc from 'fast-check';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { parseRegister } from '../../src/core/register';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';
import { readRecapFile, checkUnitSet, RecapFileError } from '../../src/core/recap';
import { consolidate } from '../../src/core/recap';
import { generateRegister, header } from '../../scripts/lib/generate-register';
import type { Recap } from '../../src/core/types';

const D = dayFromIso;
const calendar = new WorkCalendar(holidayDays(HOLIDAYS));

function unitRecap(rows: unknown[][], unit: string, period: string, asOf: string): Recap {
  return computeRecap(parseRegister([header(), ...rows], { lang: 'id', quoteValues: false }), {
    period: parsePeriod(period),
    asOf: D(asOf),
    calendar,
    lang: 'id',
    unit,
  });
}

/** A unit's recap as the file the central PPID receives (JSON text, as the add-on saves it). */
const fileOf = (r: Recap, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...r, generatedAt: '2025-07-10T03:00:00Z', lang: 'id', ...extra });

function refusal(fn: () => unknown): { key: string; params: Record<string, string | number> } {
  try {
    fn();
  } catch (err) {
    if (err instanceof RecapFileError) return { key: err.key, params: err.params };
    throw err;
  }
  throw new Error('expected a refusal');
}

/** The figures the "done when" names, from a recap. */
function figures(r: Recap) {
  return {
    requests: r.totals.requests,
    byChannel: r.totals.byChannel,
    byApplicantType: r.totals.byApplicantType,
    byStatus: r.totals.byStatus,
    byStatusGroup: r.totals.byStatusGroup,
    byInfoClass: r.totals.byInfoClass,
    channels: r.channels.map((c) => [c.channel, c.total, c.applicantRows, c.statusRows]),
    sla: r.sla,
    serviceTime: r.serviceTime,
    topics: r.topics,
    // The objections' average is the units' means weighted by their answered objections: equal up
    // to the units' rounding to 2 decimals (checked apart).
    objections: { ...r.objections, averageWorkingDays: undefined },
    refusals: r.refusals,
    disputes: r.disputes,
    fees: r.fees,
    quarters: r.quarters,
  };
}

describe('a register split into units and consolidated equals the whole register', () => {
  test.each([
    ['2025-Q2', 3],
    ['2025', 5],
  ])('%s, %i units, same as-of date', (period, k) => {
    const rows = generateRegister({ rows: 900, seed: 11, from: '2025-01-02', to: '2025-12-23', badRate: 0.02 });
    const asOf = '2026-01-15';
    const whole = unitRecap(rows, 'Seluruh', period, asOf);
    const files = Array.from({ length: k }, (_, u) => {
      const mine = rows.filter((_r, i) => i % k === u);
      return readRecapFile(fileOf(unitRecap(mine, `Unit ${u + 1}`, period, asOf)), `unit-${u + 1}.json`);
    });
    const c = consolidate(files, { calendar, body: 'Seluruh', lang: 'id' });
    expect(figures(c.recap)).toEqual(figures(whole));
    expect(
      Math.abs((c.recap.objections.averageWorkingDays ?? 0) - (whole.objections.averageWorkingDays ?? 0)),
    ).toBeLessThanOrEqual(0.0100001);
    expect(c.recap.schemaVersion).toBe(2);
    expect(c.asOf).toBe(asOf);
    expect(c.units.map((u) => u.requests).reduce((a, b) => a + b, 0)).toBe(whole.totals.requests);
    expect(c.units.map((u) => u.share).reduce((a, b) => a + b, 0)).toBe(100);
  });

  test('for random registers and splits (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10000 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 120 }),
        (seed, k, n) => {
          const rows = generateRegister({ rows: n, seed, from: '2025-04-01', to: '2025-06-30', badRate: 0.05 });
          const asOf = '2025-07-04';
          const whole = unitRecap(rows, 'X', '2025-Q2', asOf);
          const pick = (i: number) => (i * 7 + seed) % k;
          const files = Array.from({ length: k }, (_, u) =>
            readRecapFile(
              fileOf(
                unitRecap(
                  rows.filter((_r, i) => pick(i) === u),
                  `U${u}`,
                  '2025-Q2',
                  asOf,
                ),
              ),
              `u${u}.json`,
            ),
          );
          expect(figures(consolidate(files, { calendar, body: 'X', lang: 'id' }).recap)).toEqual(figures(whole));
        },
      ),
      { numRuns: 40 },
    );
  });

  test("the median is recomputed from every line, not averaged from the units' medians", () => {
    const r = (received: string, answered: string) => [received, answered];
    // Unit A answers in 1, 1, 7 working days (median 1), unit B in 6, 7 (median 6.5; 12 and 13 May
    // 2025 are Waisak and its cuti bersama): the mean of the medians is 3.75, the body's median is
    // 6 (1, 1, 6, 7, 7) and its average 4.4.
    const make = (unit: string, pairs: string[][]) => {
      const rows = pairs.map(([received, answered], i) =>
        header().map(
          (h) =>
            (
              ({
                'No. Registrasi': `${unit}-${i}`,
                'Tanggal Permohonan': received,
                Saluran: 'Email',
                'Kategori Pemohon': 'Perseorangan',
                Status: 'Dipenuhi',
                Perpanjangan: 'Tidak',
                'Tanggal Selesai': answered,
              }) as Record<string, string>
            )[h] ?? '',
        ),
      );
      return readRecapFile(fileOf(unitRecap(rows, unit, '2025-Q2', '2025-07-10')), `${unit}.json`);
    };
    const a = make('A', [r('2025-04-14', '2025-04-15'), r('2025-04-14', '2025-04-15'), r('2025-05-05', '2025-05-16')]);
    const b = make('B', [r('2025-05-05', '2025-05-15'), r('2025-05-05', '2025-05-16')]);
    const c = consolidate([a, b], { calendar, body: 'Badan', lang: 'id' });
    expect(c.units.map((u) => [u.unit, u.medianWorkingDays])).toEqual([
      ['A', 1],
      ['B', 6.5],
    ]);
    expect(c.recap.serviceTime.medianWorkingDays).toBe(6);
    expect(c.recap.serviceTime.averageWorkingDays).toBe(4.4);
  });
});

describe('one as-of date for every unit', () => {
  const open = (received: string) =>
    header().map(
      (h) =>
        (
          ({
            'No. Registrasi': `N-${received}`,
            'Tanggal Permohonan': received,
            Saluran: 'Email',
            'Kategori Pemohon': 'Perseorangan',
            Status: 'Diproses',
            Perpanjangan: 'Tidak',
          }) as Record<string, string>
        )[h] ?? '',
    );

  test("a request open at a unit's earlier date is recomputed at the latest date (overdue now)", () => {
    // Received 2025-06-20, due 2025-07-04 (10 working days; 27 June is a holiday, 1 Muharram).
    const early = readRecapFile(fileOf(unitRecap([open('2025-06-20')], 'Awal', '2025-Q2', '2025-07-01')), 'awal.json');
    const late = readRecapFile(fileOf(unitRecap([open('2025-06-02')], 'Akhir', '2025-Q2', '2025-07-10')), 'akhir.json');
    expect(early.lines[0].slaStatus).not.toBe('Lewat Batas');
    const c = consolidate([early, late], { calendar, body: 'Badan', lang: 'id' });
    expect([c.asOf, c.asOfSource]).toEqual(['2025-07-10', 'latest']);
    expect(c.recap.sla.overdue).toBe(2);
    expect(c.units.map((u) => [u.unit, u.asOf, u.open, u.overdue])).toEqual([
      ['Akhir', '2025-07-10', 1, 1],
      ['Awal', '2025-07-01', 1, 1],
    ]);
  });

  test("an officer's earlier date leaves answers dated after it unknown", () => {
    const rows = [
      header().map(
        (h) =>
          (
            ({
              'No. Registrasi': 'A-1',
              'Tanggal Permohonan': '2025-06-02',
              Saluran: 'Email',
              'Kategori Pemohon': 'Perseorangan',
              Status: 'Dipenuhi',
              Perpanjangan: 'Tidak',
              'Tanggal Selesai': '2025-06-10',
            }) as Record<string, string>
          )[h] ?? '',
      ),
    ];
    const f = readRecapFile(fileOf(unitRecap(rows, 'A', '2025-Q2', '2025-07-10')), 'a.json');
    const c = consolidate([f], { calendar, body: 'Badan', lang: 'id', asOf: D('2025-06-05') });
    expect([c.asOf, c.asOfSource]).toEqual(['2025-06-05', 'officer']);
    expect(c.recap.sla).toMatchObject({ onTime: 0, inProcess: 1 });
    expect(c.recap.serviceTime.answered).toBe(0);
  });
});

describe('checking the files', () => {
  const base = unitRecap(
    generateRegister({ rows: 20, seed: 3, from: '2025-04-01', to: '2025-06-30' }),
    'Unit A',
    '2025-Q2',
    '2025-07-10',
  );

  test('a version 1 file (no schemaVersion, disputes a number) and a version 2 file are read', () => {
    expect(readRecapFile(fileOf(base), 'a.json').schemaVersion).toBe(2);
    const v1 = { ...base, schemaVersion: undefined, disputes: 3, refusals: undefined };
    expect(readRecapFile(fileOf(v1 as unknown as Recap), 'a.json')).toMatchObject({
      schemaVersion: 1,
      sums: { disputes: { filed: 3, byStage: { 'Tidak Diketahui': 3 } } },
    });
  });

  test.each([
    ['not JSON', 'hello', 'cons.reason.json'],
    ['JSON but not a recap', '{"name":"x"}', 'cons.reason.shape'],
    ['a consolidated recap', fileOf(base, { units: [] }), 'cons.reason.consolidated'],
    ['a recap without per-request lines', JSON.stringify({ ...base, requests: undefined }), 'cons.reason.noLines'],
    [
      'a line with a broken date',
      JSON.stringify({ ...base, requests: [{ ...base.requests[0], due: '2025-02-30' }, ...base.requests.slice(1)] }),
      'cons.reason.line',
    ],
    [
      'lines that do not add up to the total',
      JSON.stringify({ ...base, requests: base.requests.slice(1) }),
      'cons.reason.count',
    ],
    [
      'a period whose days are not its own',
      JSON.stringify({ ...base, period: { ...base.period, end: '2025-07-31' } }),
      'cons.reason.period',
    ],
    [
      'a count that is not a number',
      JSON.stringify({ ...base, fees: { total: 'banyak', count: 1 } }),
      'cons.reason.shape',
    ],
  ])('%s is refused, naming the file', (_what, text, reason) => {
    expect(refusal(() => readRecapFile(text, 'laporan unit.json'))).toMatchObject({
      key: 'cons.err.notRecap',
      params: { file: 'laporan unit.json', reason },
    });
  });

  test('a newer version and a file without a unit name are refused, naming the file', () => {
    expect(refusal(() => readRecapFile(fileOf(base, { schemaVersion: 9 }), 'baru.json'))).toEqual({
      key: 'cons.err.newerVersion',
      params: { file: 'baru.json', version: 9 },
    });
    expect(refusal(() => readRecapFile(fileOf(base, { unit: '  ' }), 'tanpa.json'))).toEqual({
      key: 'cons.err.noUnit',
      params: { file: 'tanpa.json' },
    });
  });

  test('different periods and the same unit twice are refused, naming both files', () => {
    const q2 = readRecapFile(fileOf(base), 'a-q2.json');
    const q3 = readRecapFile(fileOf(unitRecap([], 'Unit B', '2025-Q3', '2025-10-10')), 'b-q3.json');
    const again = readRecapFile(fileOf({ ...base, unit: ' unit  a ' }), 'a-lagi.json');
    expect(refusal(() => checkUnitSet([q2, q3]))).toEqual({
      key: 'cons.err.mixedPeriods',
      params: { file: 'b-q3.json', period: '2025-Q3', first: 'a-q2.json', firstPeriod: '2025-Q2' },
    });
    expect(refusal(() => checkUnitSet([q2, again]))).toEqual({
      key: 'cons.err.duplicateUnit',
      params: { unit: 'unit a', first: 'a-q2.json', file: 'a-lagi.json' },
    });
    expect(refusal(() => consolidate([q2, q3], { calendar, body: 'B', lang: 'id' })).key).toBe('cons.err.mixedPeriods');
  });
});

describe('expected units', () => {
  test("missing units are listed in the settings' order; units off the list are named", () => {
    const mk = (unit: string) => readRecapFile(fileOf(unitRecap([], unit, '2025-Q2', '2025-07-10')), `${unit}.json`);
    const c = consolidate([mk('Biro Hukum'), mk('Pusdatin'), mk('Balai Baru')], {
      calendar,
      body: 'Kementerian',
      lang: 'id',
      expected: ['Inspektorat', 'pusdatin', 'Biro Umum', 'Biro  Hukum'],
    });
    expect(c.missing).toEqual(['Inspektorat', 'Biro Umum']);
    expect(c.unlisted).toEqual(['Balai Baru']);
    expect(c.units.map((u) => u.unit)).toEqual(['Pusdatin', 'Biro Hukum', 'Balai Baru']);
    expect(c.units.every((u) => u.share === 0)).toBe(true);
  });
});
