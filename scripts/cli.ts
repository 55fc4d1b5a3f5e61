// `npm run demo | report | digest | bench`: argument parsing, progress on stderr, one clear line on failure.
import fs from 'node:fs';
import path from 'node:path';
import { runReport, CliError, ROOT, type RunResult } from './runner';
import { runBench } from './bench';
import { digestCommand } from './digest';
import { consolidateCommand } from './consolidate';
import { letterCommand } from './letter';
import { dipCommand } from './dip';
import { conformanceCommand } from './conformance-cli';
import { type Args, parseArgs, one, many } from './lib/args';
import { type CommandName, commandHelp, overallHelp, isCommand, closest, COMMANDS } from './lib/commands';
import { mapFile } from './lib/map-file';
import { dipSidecar, picturesSidecar, sidecarName, sidecarSettings } from './lib/sidecar';
import { intakeCommand } from './intake';
import { type ChannelCount, channelLine } from './lib/channel-line';
import { setQuirkDefaults } from '@ppid-sheets/emulator';
import { defaultQuirks } from '../conformance/node/results';

// Every emulator these commands make starts with the quirks Google showed in conformance/results.
setQuirkDefaults(() => defaultQuirks());

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

/** Where the officer fills in what the settings miss, for the runner's warning. */
function settingsSource(input: string): string {
  const where = `${sidecarName(input)} beside the register (its keys: README "Settings keys")`;
  return /\.xlsx$/i.test(input) ? `${where}, or the Pengaturan sheet of ${path.basename(input)}` : where;
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
    settingsSource: settingsSource(input),
    dip: dipSidecar(path.resolve(input)),
    pictures: picturesSidecar(path.resolve(input)),
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
      settingsSource: settingsSource(input),
      dip: dipSidecar(input),
      pictures: picturesSidecar(input),
      progress: (l) => process.stderr.write(`  ${l}\n`),
    });
    process.stdout.write(`${summary(r, ex.dir)}\n\n`);
  }
  return 0;
}

/** Each command of the table (lib/commands.ts) and what runs it. */
const HANDLERS: Record<CommandName, (args: Args) => Promise<number>> = {
  demo,
  report,
  digest: (args) => digestCommand(args, sidecarSettings),
  letter: letterCommand,
  intake: intakeCommand,
  consolidate: consolidateCommand,
  bench: runBench,
  conformance: conformanceCommand,
  dip: dipCommand,
};

const isHelp = (a: string | undefined) => a === '--help' || a === '-h';

export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  try {
    // No command: what there is, on standard error, as for any other usage error.
    if (cmd === undefined) {
      process.stderr.write(overallHelp());
      return 2;
    }
    if (cmd === 'help' || isHelp(cmd)) {
      const about = rest[0];
      if (about !== undefined && !isCommand(about)) throw unknownCommand(about);
      process.stdout.write(about ? commandHelp(about) : overallHelp());
      return 0;
    }
    if (!isCommand(cmd)) throw unknownCommand(cmd);
    // --help anywhere wins over the rest of the line, even a wrong flag: help is what was asked.
    if (rest.some(isHelp)) {
      process.stdout.write(commandHelp(cmd));
      return 0;
    }
    return await HANDLERS[cmd](parseArgs(rest, cmd));
  } catch (err) {
    const e = err as Error & { exitCode?: number };
    process.stderr.write(`error: ${e.message}\n`);
    return e instanceof CliError ? e.exitCode : 1;
  }
}

function unknownCommand(cmd: string): CliError {
  const names = COMMANDS.map((c) => c.name);
  const near = closest(cmd, names);
  return new CliError(
    `unknown command "${cmd}"${near ? ` (did you mean ${near}?)` : ''}: use ${names.join(', ')}, or help`,
  );
}
