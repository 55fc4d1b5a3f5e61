// `npm run demo | report | digest | bench`: argument parsing, progress on stderr, one clear line on failure.
import fs from 'node:fs';
import path from 'node:path';
import { runReport, CliError, ROOT, type RunResult } from './runner';
import { runBench } from './bench';
import { digestCommand } from './digest';
import { consolidateCommand } from './consolidate';
import { letterCommand } from './letter';
import { conformanceCommand } from './conformance-cli';
import { type Args, parseArgs, one, many } from './lib/args';
import { mapFile } from './lib/map-file';
import { intakeCommand } from './intake';
import { type ChannelCount, channelLine } from './lib/channel-line';
import { setQuirkDefaults } from '@ppid-sheets/emulator';
import { defaultQuirks } from '../conformance/node/results';

// Every emulator these commands make starts with the quirks Google showed in conformance/results.
setQuirkDefaults(() => defaultQuirks());

function sidecarSettings(input: string): Record<string, unknown> | undefined {
  const file = input.replace(/\.(csv|xlsx)$/i, '.settings.json');
  return file !== input && fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

function summary(r: RunResult, out: string): string {
  const recap = JSON.parse(fs.readFileSync(r.files.json, 'utf8'));
  const lines = [
    `report for ${recap.period.start}..${recap.period.end} (as of ${recap.asOf}): ${recap.totals.requests} requests, ${recap.problems.length} problems`,
    ...recap.channels.filter((c: any) => c.total > 0).map((c: ChannelCount) => channelLine(c)),
    `shared with: ${r.result.sharedWith.join(', ') || '(nobody: no central PPID e-mail in settings)'}`,
    `files in ${path.relative(process.cwd(), out) || '.'}: spreadsheet.xlsx report.docx report.pdf recap.json charts/ (${fs.readdirSync(r.files.charts).length} PNG)`,
    ...r.notes.map((n) => `note: ${n}`),
    // What the report dialog tells the officer about the annual report (issue #13).
    ...(r.result.emptyItems?.length
      ? [
          `annual items not filled in (placeholders in report.docx; settings rows for ${recap.period.year}): ${r.result.emptyItems.join('; ')}`,
        ]
      : []),
    ...(r.result.annualDue
      ? [
          `the ${r.result.annualDue.year} annual report is due by ${r.result.annualDue.due} (${r.result.annualDue.daysLeft} days left)`,
        ]
      : []),
  ];
  return lines.join('\n');
}

async function report(args: Args): Promise<number> {
  const input = one(args, 'input');
  const period = one(args, 'period');
  if (!input) throw new CliError('missing --input FILE (.csv or .xlsx register)');
  if (!period) throw new CliError('missing --period (e.g. 2025-Q2 or 2025)');
  const out = path.resolve(one(args, 'out') ?? 'out');
  const r = await runReport({
    input: path.resolve(input),
    period,
    asOf: one(args, 'as-of'),
    out,
    locale: one(args, 'locale'),
    settings: sidecarSettings(path.resolve(input)),
    progress: (l) => process.stderr.write(`${l}\n`),
    map: mapFile(one(args, 'map')),
    // The mapping used, one JSON line, so it can be saved, corrected and given back with --map.
    mapping: (json) => process.stderr.write(`${JSON.stringify(json)}\n`),
    quirks: many(args, 'quirk'),
  });
  process.stdout.write(`${summary(r, out)}\n`);
  return 0;
}

async function demo(args: Args): Promise<number> {
  const out = path.resolve(one(args, 'out') ?? 'out');
  const examples = [
    { input: 'examples/seed-tw3-2021.csv', period: '2021-Q3', asOf: '2021-10-11', dir: out },
    {
      input: 'examples/contoh-tahun-2025.csv',
      period: '2025',
      asOf: '2026-01-15',
      dir: path.join(out, 'contoh-tahun-2025'),
    },
  ];
  for (const ex of examples) {
    process.stderr.write(`demo: ${ex.input} → ${path.relative(process.cwd(), ex.dir) || '.'}\n`);
    const input = path.join(ROOT, ex.input);
    const r = await runReport({
      input,
      period: ex.period,
      asOf: ex.asOf,
      out: ex.dir,
      settings: sidecarSettings(input),
      progress: (l) => process.stderr.write(`  ${l}\n`),
    });
    process.stdout.write(`${summary(r, ex.dir)}\n\n`);
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    const args = parseArgs(rest);
    if (cmd === 'report') return await report(args);
    if (cmd === 'demo') return await demo(args);
    if (cmd === 'bench') return await runBench(args);
    if (cmd === 'digest') return await digestCommand(args, sidecarSettings);
    if (cmd === 'consolidate') return await consolidateCommand(args);
    if (cmd === 'letter') return await letterCommand(args);
    if (cmd === 'intake') return await intakeCommand(args);
    if (cmd === 'conformance') return await conformanceCommand(args);
    throw new CliError(
      `unknown command "${cmd ?? ''}": use demo, report, digest, bench, consolidate, letter, intake or conformance`,
    );
  } catch (err) {
    const e = err as Error & { exitCode?: number };
    process.stderr.write(`error: ${e.message}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
}
