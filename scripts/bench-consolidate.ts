// The consolidation part of `npm run bench`: N units' recap files (each unit a seeded register of
// its own, recapped by the core exactly as the add-on writes recap.json) picked at a central PPID
// and consolidated through the bundle. Service calls and time for N units, and the calls each unit
// adds: the same run at a baseline of units, the difference divided by the extra units.
import path from 'node:path';
import { createEmulator } from '@ppid-sheets/emulator';
import { newFileRecord } from '@ppid-sheets/emulator';
import { generateRegister, header } from './lib/generate-register';
import { parseRegister } from '../src/core/register';
import { computeRecap, parsePeriod } from '../src/core/recap';
import { WorkCalendar } from '../src/core/calendar';
import { HOLIDAYS } from '../src/core/calendar';
import { dayFromIso } from '../src/core/calendar';
import { MAX_UNITS_CHARTED } from '../src/core/recap';

const DIST = path.resolve(__dirname, '../dist');
const PERIOD = '2025-Q2';
const ROWS_PER_UNIT = 40;

export interface ConsolidationBench {
  units: number;
  lines: number;
  calls: number;
  ms: number;
  byMethod: Record<string, number>;
  baseline: { units: number; calls: number };
  callsPerUnit: number;
  perUnitByMethod: Record<string, number>;
}

function ms(t0: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - t0) / 1e5) / 10;
}

/** N units' recap.json texts, as the add-on saves them (JSON.stringify of the core's recap). */
export function unitFiles(n: number): string[] {
  const cal = new WorkCalendar(HOLIDAYS.map((h) => dayFromIso(h.date)));
  const period = parsePeriod(PERIOD);
  return Array.from({ length: n }, (_, u) => {
    const rows = generateRegister({
      rows: ROWS_PER_UNIT,
      seed: 1000 + u,
      from: '2025-04-01',
      to: '2025-06-30',
      badRate: 0.01,
    });
    // Units report on different days in the first two weeks of July.
    const asOf = dayFromIso(`2025-07-${String(1 + (u % 14)).padStart(2, '0')}`);
    const recap = computeRecap(parseRegister([header(), ...rows], { lang: 'id', quoteValues: false }), {
      period,
      asOf,
      calendar: cal,
      lang: 'id',
      unit: `Unit ${String(u + 1).padStart(3, '0')}`,
    });
    return JSON.stringify({ ...recap, generatedAt: '2025-07-15T03:00:00Z', lang: 'id' }, null, 2);
  });
}

function run(files: string[]): { calls: number; ms: number; byMethod: Record<string, number>; lines: number } {
  const em = createEmulator({ now: '2025-07-20T03:00:00Z' });
  em.load(DIST);
  em.call('setupRegister');
  const picked = files.map((text, i) => {
    const rec = newFileRecord(em.rt, `rekap-${i + 1}.json`, 'application/json');
    rec.bytes = Buffer.from(text, 'utf8');
    em.rt.grantToApp(rec.id);
    return { id: rec.id, name: `rekap-${i + 1}.json` };
  });
  em.resetCalls();
  const t0 = process.hrtime.bigint();
  const result = em.call('consolidateReports', { files: picked });
  const time = ms(t0);
  const snap = em.calls();
  const json = JSON.parse(em.rt.files.get(result.jsonId)!.bytes!.toString('utf8'));
  return { calls: snap.total, ms: time, byMethod: snap.byMethod, lines: json.requests.length };
}

export function benchConsolidation(units: number, log: (s: string) => void): ConsolidationBench {
  // The baseline is past the units chart's limit, so both runs draw the same charts.
  const base = Math.min(units, MAX_UNITS_CHARTED + 1);
  const files = unitFiles(units);
  const small = run(files.slice(0, base));
  const big = run(files);
  const extra = units - base;
  const perUnitByMethod: Record<string, number> = {};
  for (const [k, v] of Object.entries(big.byMethod)) {
    const d = v - (small.byMethod[k] ?? 0);
    if (d && extra) perUnitByMethod[k] = Math.round((d / extra) * 100) / 100;
  }
  const callsPerUnit = extra ? Math.round(((big.calls - small.calls) / extra) * 100) / 100 : NaN;
  log(`consolidation of ${units} units (${big.lines} request lines): ${big.calls} service calls, ${big.ms} ms`);
  log(
    `  ${base} units: ${small.calls} calls; each further unit: ${callsPerUnit} calls (${Object.entries(perUnitByMethod)
      .map(([k, v]) => `${k}×${v}`)
      .join(' ')})`,
  );
  return {
    units,
    lines: big.lines,
    calls: big.calls,
    ms: big.ms,
    byMethod: big.byMethod,
    baseline: { units: base, calls: small.calls },
    callsPerUnit,
    perUnitByMethod,
  };
}
