// `npm run consolidate -- --input a.json b.json … [--expected units.txt] [--as-of D] [--out DIR]
// [--settings FILE.json]`: the central PPID's "Gabungkan Laporan Unit" offline. A central
// spreadsheet is set up in the emulator, the units' files are put in its Drive and granted as the
// Picker grants them, and the bundle's own consolidateReports entry point runs on them.
import fs from 'node:fs';
import path from 'node:path';
import { createEmulator, type Emulator } from '@ppid-sheets/emulator';
import { newFileRecord } from '@ppid-sheets/emulator';
import { exportXlsx } from '@ppid-sheets/emulator';
import { exportDocx } from '@ppid-sheets/emulator';
import { SETTINGS_BLOCKS } from '../src/core/settings';
import { CliError, DIST, checkAsOf, requireBundle, applySettings, officerMessage, writePdf } from './runner';
import { type Args, one, many } from './lib/args';
import { readTextFile } from './lib/text-file';
import { readSettingsFile } from './lib/sidecar';
import { replacing } from './lib/out-dir';

export interface ConsolidateRun {
  /** The units' files, as typed (relative to the working folder or absolute): refusals name them so. */
  inputs: string[];
  /** A text file, one expected unit per line ('#' starts a comment). */
  expected?: string;
  asOf?: string;
  out: string;
  /** Settings of the central PPID (labels → values), e.g. its Nama Unit. */
  settings?: Record<string, unknown>;
  progress?: (line: string) => void;
  pdf?: boolean;
  /** Emulator switches (--quirk), e.g. strict-drive-file. */
  quirks?: string[];
}

export interface ConsolidateOutput {
  emulator: Emulator;
  result: Record<string, any>;
  files: Record<string, string>;
  notes: string[];
}

const DEFAULT_BODY = 'PPID Utama';

function readExpected(file: string, say: (line: string) => void): string[] {
  if (!fs.existsSync(file)) throw new CliError(`expected-units file not found: ${file}`);
  return readTextFile(file, say)
    .split(/\r?\n/)
    .map((l) => l.replace(/#.*$/, '').trim())
    .filter(Boolean);
}

/** The expected units typed into the settings' Daftar Unit column, as an officer would. */
function writeExpected(em: Emulator, units: string[]): void {
  if (!units.length) return;
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
  const col = header.findIndex((h) => h === SETTINGS_BLOCKS.units.id || h === SETTINGS_BLOCKS.units.en) + 1;
  if (col < 1) throw new CliError('the settings sheet has no Daftar Unit column');
  if (sheet.getMaxRows() < units.length + 1)
    sheet.insertRowsAfter(sheet.getMaxRows(), units.length + 1 - sheet.getMaxRows());
  // Text, never a formula: a unit list is typed by hand.
  sheet
    .getRange(2, col, units.length, 1)
    .setNumberFormat('@')
    .setValues(units.map((u) => [u]));
}

/**
 * A unit's file in the officer's Drive, picked in the Picker: the Picker grants the app access to
 * it (drive.file). Drive knows it by its base name; refusals call it by the path as typed, so two
 * units' "recap.json" are told apart.
 */
function pick(em: Emulator, file: string): { id: string; name: string; label: string } {
  const name = path.basename(file);
  const rec = newFileRecord(em.rt, name, 'application/json');
  rec.bytes = fs.readFileSync(file);
  em.rt.grantToApp(rec.id);
  return { id: rec.id, name, label: file };
}

export async function runConsolidate(o: ConsolidateRun): Promise<ConsolidateOutput> {
  const say = o.progress ?? (() => undefined);
  if (!o.inputs.length)
    throw new CliError("missing --input: give the units' recap JSON files (--input a.json b.json …)");
  for (const f of o.inputs) if (!fs.existsSync(f)) throw new CliError(`input file not found: ${f}`);
  if (o.asOf !== undefined) checkAsOf(o.asOf);
  const expected = o.expected ? readExpected(o.expected, say) : [];
  requireBundle();

  say(`[1/4] setting up the central PPID's spreadsheet (${expected.length} expected units)`);
  // The emulated clock: the officer's as-of date when given, else today; statuses are assessed at
  // the latest date among the files unless --as-of says otherwise.
  const now = o.asOf ?? new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10);
  const em = createEmulator({ now: `${now}T02:00:00Z`, spreadsheetName: 'PPID Utama', quirks: o.quirks });
  em.load(DIST);
  em.call('setupRegister');
  applySettings(em, { 'Nama Unit': DEFAULT_BODY, ...(o.settings ?? {}) });
  writeExpected(em, expected);

  say(`[2/4] consolidating ${o.inputs.length} files (menu: Gabungkan Laporan Unit)`);
  const picked = o.inputs.map((f) => pick(em, f));
  em.resetCalls();
  let result: Record<string, any>;
  try {
    result = em.call('consolidateReports', { files: picked, asOf: o.asOf ?? '' });
  } catch (err) {
    throw new CliError(`not consolidated: ${officerMessage(err)}`);
  }

  const missing: string[] = result.missingSettings ?? [];
  if (missing.length)
    say(
      `warning: settings not filled in, shown as placeholders on the cover and signature of report.docx: ${missing.join(', ')}; set them in the --settings FILE.json`,
    );
  say(`[3/4] writing ${o.out}`);
  const made = JSON.parse(Buffer.from(em.rt.files.get(result.jsonId)!.bytes!).toString('utf8'));
  const before = replacing(o.out, ['spreadsheet.xlsx', 'report.docx', 'report.pdf', 'recap.json'], {
    period: `${made.period.start}..${made.period.end}`,
    unit: made.unit,
  });
  if (before.line) say(before.line);
  fs.mkdirSync(o.out, { recursive: true });
  const files: Record<string, string> = {};
  const notes: string[] = [];
  const rec = (id: string) => em.rt.files.get(id)!;
  files.xlsx = path.join(o.out, 'spreadsheet.xlsx');
  await exportXlsx(em.spreadsheet, files.xlsx);
  files.docx = path.join(o.out, 'report.docx');
  await exportDocx(rec(result.docId), files.docx);
  files.json = path.join(o.out, 'recap.json');
  fs.writeFileSync(files.json, rec(result.jsonId).bytes!);

  say('[4/4] PDF');
  files.pdf = writePdf(em, result.pdfId, files.docx, o.out, notes, o.pdf);
  return { emulator: em, result, files, notes };
}

/** The `consolidate` command: progress on stderr, a summary on stdout. */
export async function consolidateCommand(args: Args): Promise<number> {
  const out = path.resolve(one(args, 'out') ?? 'out');
  const settingsFile = one(args, 'settings');
  if (settingsFile && !fs.existsSync(settingsFile)) throw new CliError(`settings file not found: ${settingsFile}`);
  const r = await runConsolidate({
    inputs: many(args, 'input'),
    expected: one(args, 'expected'),
    asOf: one(args, 'as-of'),
    out,
    settings: settingsFile ? readSettingsFile(settingsFile) : undefined,
    quirks: many(args, 'quirk'),
    progress: (l) => process.stderr.write(`${l}\n`),
  });
  const recap = JSON.parse(fs.readFileSync(r.files.json, 'utf8'));
  const lines = [
    `consolidated ${recap.units.length} units for ${recap.period.start}..${recap.period.end}, statuses as of ${recap.asOf} (${recap.consolidated.asOfSource === 'officer' ? 'set by --as-of' : 'latest among the files'}): ${recap.totals.requests} requests`,
    ...recap.units.map(
      (u: any) => `  ${u.unit}: ${u.requests} requests, ${u.open} open (${u.overdue} overdue), data as of ${u.asOf}`,
    ),
    `not yet reported: ${recap.consolidated.missing.join(', ') || '(none)'}`,
    `files in ${path.relative(process.cwd(), out) || '.'}: spreadsheet.xlsx report.docx report.pdf recap.json`,
    ...r.notes.map((n) => `note: ${n}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
