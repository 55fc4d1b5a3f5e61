// `npm run bench -- --rows N`: a seeded register of N rows through setup, the quarterly and the
// annual report and a daily reminder digest in the emulator, counting service calls and time per stage, beside a naive
// baseline that reads the same register one getValue() at a time. Last line: one JSON object.
import path from 'node:path';
import { createEmulator } from '@ppid-sheets/emulator';
import { generateRegister, header } from './lib/generate-register';
import { type Args, one } from './lib/args';
import { parseRegister } from '../src/core/register';
import { computeRecap, parsePeriod } from '../src/core/recap';
import { WorkCalendar } from '../src/core/calendar';
import { HOLIDAYS } from '../src/core/calendar';
import { dayFromIso } from '../src/core/calendar';
import { benchConsolidation } from './bench-consolidate';
import { type Estimate, estimate } from './lib/call-costs';

/** The targets of issue 25: service calls per stage, and the peak memory of the whole bench. */
const TARGETS = { setup: 350, quarterly: 400, annual: 450, peakRssMb: 1024, coreMs100k: 300 };

const DIST = path.resolve(__dirname, '../dist');
const YEAR = 2025;
const AS_OF = '2026-01-15';

function ms(t0: bigint): number {
  return Math.round(Number(process.hrtime.bigint() - t0) / 1e5) / 10;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function registerEmulator(rows: unknown[][]) {
  const em = createEmulator({ now: `${AS_OF}T02:00:00Z` });
  const ss = em.spreadsheet;
  const sheet = ss.getSheets()[0];
  sheet.setName('Register');
  const head = header();
  if (sheet.getMaxRows() < rows.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
  // The register has more columns than a new sheet's 26 since #13's objection and dispute columns.
  if (sheet.getMaxColumns() < head.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), head.length - sheet.getMaxColumns());
  sheet.getRange(1, 1, rows.length + 1, head.length).setValues([head, ...rows]);
  em.resetCalls();
  return em;
}

export async function runBench(args: Args): Promise<number> {
  const n = Number(one(args, 'rows') ?? 1000);
  if (!Number.isInteger(n) || n < 1) throw new Error('--rows must be a positive whole number');
  const units = Number(one(args, 'units') ?? 500);
  // --only core: the core's parse + recap alone; --only setup: Siapkan Register alone (for iterating).
  const only = one(args, 'only');
  if (only !== undefined && only !== 'core' && only !== 'setup') throw new Error('--only takes core or setup');
  if (!Number.isInteger(units) || units < 0) throw new Error('--units must be a whole number (0: no consolidation)');
  const log = (s: string) => process.stderr.write(`${s}\n`);
  let t0 = process.hrtime.bigint();
  const rows = generateRegister({ rows: n, seed: 7, from: `${YEAR}-01-02`, to: `${YEAR}-12-23`, badRate: 0.01 });
  log(`generated ${n} rows in ${ms(t0)} ms`);

  // Core alone: parse + recap of the whole register for the year.
  const values = [header(), ...rows];
  const cal = new WorkCalendar(HOLIDAYS.map((h) => dayFromIso(h.date)));
  // Best of five after a warm-up run, each from a collected heap: the figure of a steady JIT,
  // not of the garbage the previous run (or the generator) left behind.
  const gc = (globalThis as { gc?: () => void }).gc;
  let parsed = parseRegister(values, { lang: 'id' });
  let coreMs = Infinity;
  // The same runs' CPU time (user + system) of this process: on a machine shared by several
  // engineers the wall time counts the time other processes held the cores; this does not.
  let coreCpuMs = Infinity;
  for (let i = 0; i < 6; i++) {
    gc?.();
    t0 = process.hrtime.bigint();
    const cpu0 = process.cpuUsage();
    parsed = parseRegister(values, { lang: 'id' });
    computeRecap(parsed, { period: parsePeriod(`${YEAR}`), asOf: dayFromIso(AS_OF), calendar: cal, lang: 'id' });
    const cpu = process.cpuUsage(cpu0);
    if (i > 0) {
      coreMs = Math.min(coreMs, ms(t0));
      coreCpuMs = Math.min(coreCpuMs, Math.round((cpu.user + cpu.system) / 100) / 10);
    }
  }
  log(
    `core parse+recap: ${coreMs} ms, ${coreCpuMs} ms of CPU (${parsed.requests.length} requests, ${parsed.problems.length} problems)`,
  );

  if (only === 'core') {
    process.stdout.write(`${JSON.stringify({ rows: n, ms: { core: coreMs, coreCpu: coreCpuMs } })}\n`);
    return 0;
  }
  if (only === 'setup') {
    const em = registerEmulator(rows);
    em.load(DIST);
    const s0 = process.hrtime.bigint();
    em.call('setupRegister');
    const snap = em.calls();
    log(`setup: ${snap.total} service calls, ${ms(s0)} ms here`);
    log(
      `  ${Object.entries(snap.byMethod)
        .map(([k, v]) => `${k}×${v}`)
        .join(' ')}`,
    );
    const ok = snap.total <= TARGETS.setup;
    log(`target setup: ${snap.total} ≤ ${TARGETS.setup} ${ok ? 'met' : 'NOT MET'}`);
    process.stdout.write(
      `${JSON.stringify({ rows: n, setup: { calls: snap.total, byMethod: snap.byMethod, met: ok } })}\n`,
    );
    return 0;
  }
  const { stages, totalMs, digestLines, formulas } = benchStages(rows, log);
  // The reports' emulator is gone: its store is not the naive baseline's peak too.
  gc?.();

  // Naive baseline: the same register read one cell at a time, as many scripts do. Each call
  // makes a Range; collected every 10,000 rows so the garbage does not set the bench's peak memory.
  const naive = registerEmulator(rows);
  const sheet = naive.spreadsheet.getSheetByName('Register');
  const s = process.hrtime.bigint();
  const lastRow = sheet.getLastRow();
  const lastCol = sheet.getLastColumn();
  const grid: unknown[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    const line: unknown[] = [];
    for (let c = 1; c <= lastCol; c++) line.push(sheet.getRange(r, c).getValue());
    grid.push(line);
    if (r % 10000 === 0) gc?.();
  }
  computeRecap(parseRegister(grid, { lang: 'id' }), {
    period: parsePeriod(`${YEAR}`),
    asOf: dayFromIso(AS_OF),
    calendar: cal,
    lang: 'id',
  });
  const naiveMs = ms(s);
  const naiveCalls = naive.calls().total;
  log(
    `naive (getValue per cell) read + recap: ${naiveCalls} service calls, ${naiveMs} ms [peak rss ${peakRssMb()} MB]`,
  );

  // The central PPID consolidating units' recap files (--units 0 leaves it out).
  const consolidation = units > 0 ? benchConsolidation(units, log) : null;

  const byMethod: Record<string, number> = {};
  let total = 0;
  for (const st of Object.values(stages)) {
    total += st.calls;
    for (const [k, v] of Object.entries(st.byMethod)) byMethod[k] = (byMethod[k] ?? 0) + v;
  }
  const peak = peakRssMb();
  const targets = {
    setup: { max: TARGETS.setup, calls: stages.setup.calls, met: stages.setup.calls <= TARGETS.setup },
    quarterly: {
      max: TARGETS.quarterly,
      calls: stages.quarterly.calls,
      met: stages.quarterly.calls <= TARGETS.quarterly,
    },
    annual: { max: TARGETS.annual, calls: stages.annual.calls, met: stages.annual.calls <= TARGETS.annual },
    peakRssMb: { max: TARGETS.peakRssMb, mb: peak, met: peak <= TARGETS.peakRssMb },
    // Reported, never failed: this shared machine moves the figure by 3×.
    coreMs: { max: TARGETS.coreMs100k, rows: n, ms: coreMs, cpuMs: coreCpuMs, reportedOnly: true },
  };
  for (const [k, t] of Object.entries(targets))
    if ('met' in t) log(`target ${k}: ${'calls' in t ? t.calls : t.mb} ≤ ${t.max} ${t.met ? 'met' : 'NOT MET'}`);
  const out = {
    rows: n,
    serviceCalls: {
      total,
      byMethod,
      byStage: Object.fromEntries(Object.entries(stages).map(([k, v]) => [k, v.calls])),
      byArea: Object.fromEntries(
        Object.entries(stages).map(([k, v]) => [
          k,
          Object.fromEntries(Object.entries(v.estimate.byArea).map(([a, x]) => [a, x.calls])),
        ]),
      ),
    },
    ms: {
      core: coreMs,
      coreCpu: coreCpuMs,
      report: stages.quarterly.ms,
      annual: stages.annual.ms,
      setup: stages.setup.ms,
      total: totalMs,
      digest: stages.digest.ms,
    },
    /** Seconds on Google by scripts/lib/call-costs.ts (low–high; sourced figures and guesses). */
    estimatedSecondsOnGoogle: Object.fromEntries(
      Object.entries(stages).map(([k, v]) => [k, { ...v.estimate.seconds, byArea: v.estimate.byArea }]),
    ),
    targets,
    digestLines,
    registerFormulas: formulas,
    peakRssMb: peak,
    naive: { serviceCalls: { total: naiveCalls }, ms: naiveMs },
    consolidation: consolidation && {
      units: consolidation.units,
      lines: consolidation.lines,
      serviceCalls: consolidation.calls,
      ms: consolidation.ms,
      callsPerUnit: consolidation.callsPerUnit,
      perUnitByMethod: consolidation.perUnitByMethod,
      baseline: consolidation.baseline,
    },
  };
  process.stdout.write(`${JSON.stringify(out)}\n`);
  return 0;
}

interface Stage {
  calls: number;
  ms: number;
  byMethod: Record<string, number>;
  estimate: Estimate;
}

/** Setup, the two reports and the digest in one emulator, which is unreachable once this returns. */
function benchStages(rows: unknown[][], log: (s: string) => void) {
  const em = registerEmulator(rows);
  em.load(DIST);
  const stages: Record<string, Stage> = {};
  const stage = (name: string, fn: () => unknown) => {
    em.resetCalls();
    // Each stage is its own Apps Script execution, which starts on a fresh heap: the previous
    // stage's garbage is collected first, so the peak is one run's, not the sum of four.
    (globalThis as { gc?: () => void }).gc?.();
    const s = process.hrtime.bigint();
    fn();
    const snap = em.calls();
    const est = estimate(snap.byMethod);
    stages[name] = { calls: snap.total, ms: ms(s), byMethod: snap.byMethod, estimate: est };
    const areas = Object.entries(est.byArea)
      .filter(([, a]) => a.calls > 0)
      .map(([k, a]) => `${k} ${a.calls}`)
      .join(', ');
    log(
      `${name}: ${snap.total} service calls (${areas}), ${stages[name].ms} ms here, ~${est.seconds.low}–${est.seconds.high} s on Google [peak rss ${peakRssMb()} MB]`,
    );
    log(
      `  ${Object.entries(snap.byMethod)
        .map(([k, v]) => `${k}×${v}`)
        .join(' ')}`,
    );
  };
  const totalStart = process.hrtime.bigint();
  stage('setup', () => em.call('setupRegister'));
  stage('quarterly', () => em.call('generateReport', { period: `${YEAR}-Q2`, asOf: AS_OF }));
  stage('annual', () => em.call('generateReport', { period: `${YEAR}`, asOf: AS_OF }));
  const totalMs = ms(totalStart);
  // The daily reminder's trigger on a working morning (Monday 19 January 2026; turned on, and the
  // holiday and weekend before it skipped, outside the stage).
  em.call('setDailyReminder', true);
  em.runClock('2026-01-18T12:00:00Z');
  stage('digest', () => em.runClock('2026-01-19T05:00:00Z'));
  const digestLines = (em.services.MailApp._sent.at(-1)?.body ?? '')
    .split('\n')
    .filter((l: string) => l.startsWith('- ')).length;
  log(`digest: ${digestLines} lines`);

  const reg = em.spreadsheet.getSheetByName('Register');
  const formulas = (reg.getRange(1, 1, reg.getMaxRows(), reg.getLastColumn()).getFormulas() as string[][]).reduce(
    (s, r) => s + r.filter((f) => f !== '').length,
    0,
  );
  log(`register formulas: ${formulas} (for ${rows.length} rows)`);

  return { stages, totalMs, digestLines, formulas };
}
