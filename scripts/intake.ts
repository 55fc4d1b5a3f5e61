// `npm run intake -- --input REGISTER --responses RESPONSES.csv [--as-of D] [--out DIR]`: plays a
// linked Google Form's responses through the add-on's own form-submit handler in the emulator, as
// the form would have: the register is loaded and set up, the form linked to a response sheet,
// "Hubungkan Formulir" saved with the mapping proposed by question title (or the one the
// settings already hold), then each response row is submitted and the trigger fires. A response
// already in the response sheet (an --input spreadsheet.xlsx of an earlier run keeps it, with its
// number) is delivered again instead, as a retried event: it is matched and not added twice.
// Writes DIR/spreadsheet.xlsx; prints added / skipped as already numbered / listed as problems.
import fs from 'node:fs';
import path from 'node:path';
import { CliError, DIST, checkAsOf, requireBundle, applySettings, loadInput, setUpRegister } from './runner';
import { type Args, one } from './lib/args';
import { parseCsv, exportXlsx } from '@ppid-sheets/emulator';
import { sidecarSettings } from './lib/sidecar';
import { readTextFile } from './lib/text-file';
import { replacing } from './lib/out-dir';
import { readResponsesCsv, readStamp, dayFirst, ResponsesFileError } from './lib/form-csv';
import { responseLayout, isTimestampHeader } from '../src/core/intake';
import type { Emulator, EmulatedForm } from '@ppid-sheets/emulator';

export interface IntakeOptions {
  input: string;
  responses: string;
  asOf?: string;
  out: string;
  settings?: Record<string, unknown>;
  progress?: (line: string) => void;
  /** Emulator switches, as for the report (emulator/runtime.ts QUIRKS). */
  quirks?: string[];
}

export interface IntakeProblem {
  row: number;
  column: string;
  message: string;
}

export interface IntakeResult {
  responses: number;
  added: number;
  skipped: number;
  problems: IntakeProblem[];
  sheet: string;
  files: { xlsx: string };
  emulator: Emulator;
}

function today(): string {
  return new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10);
}

/** Minutes east of UTC of `zone` at `at` (Indonesia keeps no daylight saving; others may). */
function zoneOffset(zone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
    .formatToParts(at)
    .reduce<Record<string, string>>((o, p) => {
      o[p.type] = p.value;
      return o;
    }, {});
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60000);
}

const same = (a: unknown, b: unknown) => {
  const ta =
    Object.prototype.toString.call(a) === '[object Date]'
      ? Math.round((a as Date).getTime() / 1000)
      : String(a ?? '').trim();
  const tb =
    Object.prototype.toString.call(b) === '[object Date]'
      ? Math.round((b as Date).getTime() / 1000)
      : String(b ?? '').trim();
  return ta === tb;
};

/** The response sheet an earlier run left (named in the settings, or any sheet laid out as one). */
function existingResponseSheet(em: Emulator): any {
  const ss = em.spreadsheet;
  const settings = ss.getSheetByName('Pengaturan');
  const grid: unknown[][] = settings ? settings.getDataRange().getValues() : [];
  const named = String(
    grid.find((r) =>
      ['lembar jawaban formulir', 'form responses sheet'].includes(String(r[0]).trim().toLowerCase()),
    )?.[1] ?? '',
  ).trim();
  const candidates = [named ? ss.getSheetByName(named) : null, ...ss.getSheets()].filter(Boolean);
  return candidates.find((s: any) => s.getLastColumn() > 0 && isTimestampHeader(s.getRange(1, 1).getValue())) ?? null;
}

export async function runIntake(o: IntakeOptions): Promise<IntakeResult> {
  const say = o.progress ?? (() => undefined);
  const asOf = o.asOf ?? today();
  checkAsOf(asOf);
  if (!fs.existsSync(o.responses)) throw new CliError(`responses file not found: ${o.responses}`);
  if (!/\.csv$/i.test(o.responses))
    throw new CliError(
      `--responses must be a .csv file (the response sheet downloaded as CSV), got ${path.basename(o.responses)}`,
    );
  requireBundle();
  let file: ReturnType<typeof readResponsesCsv>;
  try {
    file = readResponsesCsv(parseCsv(readTextFile(o.responses, say)).rows);
  } catch (err) {
    if (err instanceof ResponsesFileError) throw new CliError(`${path.basename(o.responses)}: ${err.message}`);
    throw err;
  }

  say(`[1/4] reading ${o.input}`);
  const em = await loadInput(o.input, 'id_ID', asOf, o.quirks ?? [], say);
  em.load(DIST);
  // Siapkan Register as the report, digest and letter commands do it: a register kept under
  // other headers (title rows, its own column names, a totals row) is adopted where it is, and
  // the responses are written into it under its own header row and columns.
  try {
    setUpRegister(em, o.input);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`could not set up the register: ${(err as Error).message}`);
  }
  if (o.settings) applySettings(em, o.settings);

  say('[2/4] linking the form and saving Hubungkan Formulir');
  const prior = existingResponseSheet(em);
  let form: EmulatedForm;
  if (prior) {
    const head: unknown[] = prior.getRange(1, 1, 1, prior.getLastColumn()).getValues()[0];
    const layout = responseLayout(head)!;
    const questions = layout.questions.map((q) => q.title);
    const missing = file.questions.filter(
      (q) => !questions.some((x) => x.trim().toLowerCase() === q.trim().toLowerCase()),
    );
    if (missing.length)
      throw new CliError(
        `the responses file has questions the response sheet "${prior.getName()}" lacks: ${missing.join(', ')}`,
      );
    form = em.linkForm({
      existingSheet: prior.getName(),
      questions,
      language: isTimestampHeader(head[0]) && String(head[0]).trim().toLowerCase() === 'timestamp' ? 'en' : 'id',
      emailCollection: layout.email !== null ? 'input' : 'none',
    });
  } else {
    // Whether Google verified the addresses cannot be told from a file: "input", and no receipts.
    form = em.linkForm({
      questions: file.questions,
      language: file.language,
      emailCollection: file.collectsEmail ? 'input' : 'none',
    });
  }
  const status = em.call('getFormIntakeStatus', form.sheetName);
  const mapping = Object.fromEntries(status.questions.map((q: any) => [q.title, q.field]));
  const saved = em.call('saveFormIntake', {
    sheet: form.sheetName,
    mapping,
    channel: status.channel,
    applicantType: status.applicantType,
    receipt: false,
    includeExisting: true,
  });
  if (!saved.ok) throw new CliError(`Hubungkan Formulir refused the form: ${saved.message}`);
  // What the dialog would tell the officer about the numbering, on standard error.
  if (status.patternWarning) say(`warning: ${status.patternWarning}`);
  // And what it says when no question gives the applicant type (left blank, listed by Periksa Data).
  if (status.applicantTypeNote) say(`note: ${status.applicantTypeNote}`);

  say(`[3/4] playing ${file.rows.length} responses through the form-submit trigger`);
  const sheet = em.spreadsheet.getSheetByName(form.sheetName);
  const zone = em.spreadsheet.getSpreadsheetTimeZone();
  const order = dayFirst(
    file.rows.map((r) => r.stamp),
    file.language,
  );
  const numberCol = () => responseLayout(sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0])!.number;
  const numberAt = (row: number) => {
    const c = numberCol();
    return c === null ? '' : String(sheet.getRange(row, c + 1).getValue() ?? '').trim();
  };
  let added = 0;
  let skipped = 0;
  const pendingRows: number[] = [];
  for (const r of file.rows) {
    const at = readStamp(r.stamp, order, zoneOffset(zone, new Date(`${asOf}T00:00:00Z`)));
    const head: unknown[] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const values: unknown[][] =
      sheet.getLastRow() > 1 ? sheet.getRange(2, 1, sheet.getLastRow() - 1, head.length).getValues() : [];
    const colOf = (title: string) =>
      head.findIndex((h) => String(h).trim().toLowerCase() === title.trim().toLowerCase());
    const found = values.findIndex(
      (v) => same(v[0], at) && file.questions.every((q) => same(v[colOf(q)], r.answers[q])),
    );
    let row: number;
    if (found >= 0) {
      row = found + 2;
      if (numberAt(row)) {
        skipped++;
        // Delivered again, as a retried event: the handler must write nothing.
        for (const p of em.formEvents(form, row)) em.fireFormSubmit(p);
        continue;
      }
      for (const p of em.formEvents(form, row)) em.fireFormSubmit(p);
    } else {
      if (at instanceof Date) em.rt.setNow(new Date(Math.max(em.rt.now().getTime(), at.getTime())));
      row = em.submitForm(form, { answers: r.answers, email: r.email, at }).row;
    }
    if (numberAt(row)) added++;
    else pendingRows.push(row);
  }
  // A response that only a later event could take (none in a clean run) is counted where it ended.
  const stillOpen = pendingRows.filter((row) => !numberAt(row));
  added += pendingRows.length - stillOpen.length;

  say('[4/4] listing problems (menu: Periksa Data) and writing the spreadsheet');
  em.call('checkRegister');
  const listed: unknown[][] = em.spreadsheet.getSheetByName('Periksa Data').getDataRange().getValues().slice(1);
  const problems: IntakeProblem[] = listed
    .filter((l) => String(l[2]).startsWith(`${form.sheetName} › `) && stillOpen.includes(Number(l[0])))
    .map((l) => ({ row: Number(l[0]), column: String(l[2]), message: String(l[3]) }));
  const before = replacing(o.out, ['spreadsheet.xlsx']);
  if (before.line) say(before.line);
  fs.mkdirSync(o.out, { recursive: true });
  const xlsx = path.join(o.out, 'spreadsheet.xlsx');
  await exportXlsx(em.spreadsheet, xlsx);
  return {
    responses: file.rows.length,
    added,
    skipped,
    problems,
    sheet: form.sheetName,
    files: { xlsx },
    emulator: em,
  };
}

export async function intakeCommand(args: Args): Promise<number> {
  const input = one(args, 'input');
  const responses = one(args, 'responses');
  if (!input)
    throw new CliError(
      'missing --input REGISTER (.csv or .xlsx register; a spreadsheet.xlsx of an earlier run keeps its responses)',
    );
  if (!responses) throw new CliError("missing --responses RESPONSES.csv (the linked form's response sheet as CSV)");
  const out = path.resolve(one(args, 'out') ?? 'out');
  const r = await runIntake({
    input: path.resolve(input),
    responses: path.resolve(responses),
    asOf: one(args, 'as-of'),
    out,
    settings: sidecarSettings(path.resolve(input)),
    progress: (l) => process.stderr.write(`${l}\n`),
  });
  const lines = [
    `intake: ${r.responses} responses in ${path.basename(responses)} → sheet "${r.sheet}"`,
    `  added to the register: ${r.added}`,
    `  skipped as already numbered: ${r.skipped}`,
    `  listed as problems: ${r.problems.length}`,
    ...r.problems.map((p) => `    row ${p.row} (${p.column}): ${p.message}`),
    `files in ${path.relative(process.cwd(), out) || '.'}: spreadsheet.xlsx`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
