// The offline runner: loads a register file into the emulator, runs the add-on's own bundle
// (dist/Code.js) through the same entry points the menu calls, and writes what it made to disk.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createEmulator, type Emulator } from '@ppid-sheets/emulator';
import { quirkNames } from '@ppid-sheets/emulator';
import { exportXlsx, importXlsx } from '@ppid-sheets/emulator';
import { importRegisterCsv } from './lib/register-csv';
import { readTextFile } from './lib/text-file';
import { replacing } from './lib/out-dir';
import { applyDipFile, DipFileError, type DipFile } from './lib/dip-file';
import { applyPictures, type PictureEntry } from './lib/pictures-file';
import { exportDocx } from '@ppid-sheets/emulator';
import { parsePeriod } from '../src/core/recap';
import { t } from '../src/core/i18n';
import { isValidYmd } from '../src/core/calendar';
import { SETTINGS } from '../src/core/settings';

export const ROOT = path.resolve(__dirname, '..');
export const DIST = path.join(ROOT, 'dist');

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** Every command's --as-of: a real calendar date written YYYY-MM-DD, else one plain line. */
export function checkAsOf(asOf: string): void {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  if (!m || !isValidYmd(+m[1], +m[2], +m[3]))
    throw new CliError(`bad --as-of "${asOf}": use a real date as YYYY-MM-DD`);
}

/** The commands run the built bundle, never the sources: without it, say how to make it. */
export function requireBundle(): void {
  if (!fs.existsSync(path.join(DIST, 'Code.js')))
    throw new CliError('dist/Code.js is missing: run npm run build first');
}

/** --quirk values checked against the emulator's switches; an unknown name lists the known ones. */
export function checkedQuirks(names: string[] | undefined): string[] {
  try {
    return quirkNames(names ?? []);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
}

export interface RunOptions {
  input: string;
  period: string;
  asOf?: string;
  out: string;
  locale?: string;
  /** Extra settings (labels → values, plus media and entries rows), e.g. FILE.settings.json. */
  settings?: Record<string, unknown>;
  progress?: (line: string) => void;
  /** Convert report.docx to PDF with LibreOffice when it is installed (default true). */
  pdf?: boolean;
  /** --map: columns (and header row) replacing the automatic mapping's choice. */
  map?: Record<string, unknown>;
  /** Told the mapping used, {"headerRow": N, "columns": {…}}, before the report is made. */
  mapping?: (json: { headerRow: number; columns: Record<string, string | null> }) => void;
  /** Emulator switches: Google behaving the other way on an open question (emulator/runtime.ts QUIRKS). */
  quirks?: string[];
  /** Where an officer sets what the settings miss, for the warning ("reg.settings.json beside the register"). */
  settingsSource?: string;
  /** FILE.dip.json: the DIP and DIK entries, written into their sheets after setup (issue #27). */
  dip?: DipFile;
  /** FILE.pictures/: the unit's report pictures, uploaded through the add-on after setup (issue #24 item 9). */
  pictures?: PictureEntry[];
}

export interface RunResult {
  emulator: Emulator;
  /** The mapping the register was read with. */
  mapping: { headerRow: number; columns: Record<string, string | null> } | null;
  result: Record<string, any>;
  files: Record<string, string>;
  notes: string[];
}

function today(): string {
  const d = new Date(Date.now() + 7 * 3600000);
  return d.toISOString().slice(0, 10);
}

/** Loads .csv or .xlsx into a fresh emulator whose active spreadsheet holds the register. */
export async function loadInput(
  file: string,
  locale: string,
  asOf: string,
  quirks: string[] = [],
  say?: (line: string) => void,
): Promise<Emulator> {
  if (!fs.existsSync(file)) throw new CliError(`input file not found: ${file}`);
  const ext = path.extname(file).toLowerCase();
  const userLocale = locale.startsWith('en') ? 'en' : 'id';
  const em = createEmulator({
    locale,
    userLocale,
    now: `${asOf}T02:00:00Z`,
    spreadsheetName: path.basename(file, ext),
    quirks,
  });
  if (ext === '.csv') {
    // In the encoding it was saved in: Excel on Windows writes Windows-1252 (lib/text-file.ts).
    importRegisterCsv(readTextFile(file, say), em.rt, 'Register');
  } else if (ext === '.xlsx') {
    const ss = await importXlsx(file, em.rt);
    em.setActiveSpreadsheet(ss);
  } else {
    throw new CliError(`unsupported input type "${ext}": give a .csv or .xlsx register`);
  }
  em.resetCalls();
  return em;
}

/**
 * Siapkan Register as the dialog would do it, without the dialog: the add-on's own preview finds
 * the sheet holding the register and its mapping (automatic, or --map over it), and a register
 * kept under other headers is adopted where it is. Without a register there is nothing to report
 * on: one line naming the headers seen beats a report of zeros.
 */
export function setUpRegister(em: Emulator, file: string, map?: Record<string, unknown>, tell?: RunOptions['mapping']) {
  const request: Record<string, unknown> = {};
  if (map) {
    request.mapping = map;
    if (typeof map.sheet === 'string') {
      const sheet = em.spreadsheet.getSheetByName(map.sheet);
      if (!sheet) throw new CliError(`--map names sheet "${map.sheet}", which ${path.basename(file)} does not have`);
      request.sheetId = sheet.getSheetId();
    }
  }
  const preview = em.call('previewRegister', request);
  if (preview.status === 'none' || !preview.canAdopt) {
    const seen = preview.seen;
    const what = preview.status === 'none' ? 'no register header found' : 'no date-received column found';
    const where = seen?.headers ? `: headers in sheet "${seen.sheet}" row ${seen.row}: ${seen.headers}` : '';
    throw new CliError(
      `${what} in ${path.basename(file)}${where}; title the date-received column "Tanggal Permohonan" (or "Date Received") or name it with --map`,
    );
  }
  if (preview.issues.length) throw new CliError(`--map: ${preview.issues[0]}`);
  tell?.(preview.json);
  if (map || preview.status === 'adopt') em.call('adoptRegister', { sheetId: preview.sheetId, mapping: preview.json });
  else em.call('setupRegister');
  return preview.json;
}

/** Writes sidecar settings into the settings sheet the way an officer would type them. */
export function applySettings(em: Emulator, settings: Record<string, unknown>): void {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  if (!sheet) return;
  const grid: unknown[][] = sheet.getDataRange().getValues();
  for (const [label, value] of Object.entries(settings)) {
    if (label === 'media' || label === 'entries') continue;
    // Sidecar files use the Indonesian labels; the sheet may carry the English ones (--locale en_US).
    const spec = SETTINGS.find((s) => [s.label.id, s.label.en].some((l) => l.toLowerCase() === label.toLowerCase()));
    const names = (spec ? [spec.label.id, spec.label.en] : [label]).map((l) => l.toLowerCase());
    const r = grid.findIndex((row) => names.includes(String(row[0]).trim().toLowerCase()));
    if (r >= 0) sheet.getRange(r + 1, 2).setValue(value);
  }
  const block = (rows: unknown, col: number) => {
    if (!Array.isArray(rows) || !rows.length) return;
    const width = (rows[0] as unknown[]).length;
    let first = 2;
    while (String(sheet.getRange(first, col).getValue() ?? '') !== '') first++;
    sheet.getRange(first, col, rows.length, width).setValues(rows);
  };
  block(settings.media, 8);
  block(settings.entries, 16);
}

export function officerMessage(err: any): string {
  if (err && err.name === 'UserError' && err.key) return t('id', err.key, err.params || {});
  return err?.message ? String(err.message).split('\n')[0] : String(err);
}

/** What a report writes into --out (and what an earlier run there may have left). */
export const REPORT_FILES = ['spreadsheet.xlsx', 'report.docx', 'report.pdf', 'recap.json', 'charts/'];

/** FILE.dip.json written into the sheets setup made; a file that does not fit is the runner's refusal. */
export function applyDip(em: Emulator, dip: DipFile): Record<string, number> {
  try {
    return applyDipFile(em, dip);
  } catch (err) {
    if (err instanceof DipFileError) throw new CliError(err.message);
    throw err;
  }
}

export async function runReport(o: RunOptions): Promise<RunResult> {
  const say = o.progress ?? (() => undefined);
  const locale = o.locale ?? 'id_ID';
  if (!['id_ID', 'en_US'].includes(locale)) throw new CliError(`unknown locale "${locale}": use id_ID or en_US`);
  try {
    parsePeriod(o.period);
  } catch (_) {
    throw new CliError(`bad period "${o.period}": use YYYY-Qn (e.g. 2025-Q2) or YYYY (e.g. 2025)`);
  }
  const asOf = o.asOf ?? today();
  checkAsOf(asOf);
  requireBundle();
  const quirks = checkedQuirks(o.quirks);

  say(`[1/5] reading ${o.input}`);
  const em = await loadInput(o.input, locale, asOf, quirks, say);
  if (quirks.length) say(`      emulator switches: ${quirks.join(', ')}`);
  em.load(DIST);

  say('[2/5] setting up the register (menu: Siapkan Register)');
  let mapping: RunResult['mapping'] = null;
  try {
    mapping = setUpRegister(em, o.input, o.map, o.mapping);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`could not set up the register: ${officerMessage(err)}`);
  }
  if (o.settings) applySettings(em, o.settings);
  if (o.dip) {
    const written = applyDip(em, o.dip);
    say(
      `      ${Object.entries(written)
        .map(([n, c]) => `${n}: ${c} entries`)
        .join('; ')}`,
    );
  }

  if (o.pictures?.length) {
    const { saved, refused } = applyPictures(em, o.pictures);
    say(`      pictures: ${saved} saved (menu: Gambar Laporan)`);
    for (const line of refused) say(`      picture refused: ${line}`);
  }

  say(`[3/5] making the report for ${o.period} as of ${asOf} (menu: Buat Laporan)`);
  let result: Record<string, any>;
  try {
    result = em.call('generateReport', { period: o.period, asOf });
  } catch (err) {
    throw new CliError(`report not made: ${officerMessage(err)}`);
  }

  const rec = (id: string) => em.rt.files.get(id)!;
  const made = JSON.parse(Buffer.from(rec(result.jsonId).bytes!).toString('utf8'));
  // The settings the cover and signature print, when blank: placeholders in the document (item 10).
  const missing: string[] = result.missingSettings ?? [];
  if (missing.length)
    say(
      `warning: settings not filled in, shown as placeholders ("${t(result.lang ?? 'id', 'settings.notFilled', { label: missing[0] })}") on the cover and signature of report.docx: ${missing.join(', ')}; set them in ${o.settingsSource ?? 'the settings sheet'}`,
    );

  say(`[4/5] writing ${o.out}`);
  const before = replacing(o.out, REPORT_FILES, {
    period: `${made.period.start}..${made.period.end}`,
    unit: made.unit,
  });
  if (before.line) say(before.line);
  fs.mkdirSync(path.join(o.out, 'charts'), { recursive: true });
  const files: Record<string, string> = {};
  const notes: string[] = [];
  const fixes: string[] = result.holidayCorrections ?? [];
  if (fixes.length)
    notes.push(
      `the Hari Libur sheet differs from the decree table on ${result.holidayCorrectionCount ?? fixes.length} dates (computed as the sheet says; Siapkan Register offers the corrections): ${fixes.slice(0, 3).join('; ')}${fixes.length > 3 ? '; …' : ''}`,
    );
  files.xlsx = path.join(o.out, 'spreadsheet.xlsx');
  await exportXlsx(em.spreadsheet, files.xlsx);
  files.docx = path.join(o.out, 'report.docx');
  await exportDocx(rec(result.docId), files.docx);
  files.json = path.join(o.out, 'recap.json');
  fs.writeFileSync(files.json, rec(result.jsonId).bytes!);
  const sheet = em.spreadsheet.getSheetByName(result.recapSheet);
  const charts = sheet ? sheet.getCharts() : [];
  for (const f of fs.readdirSync(path.join(o.out, 'charts'))) fs.rmSync(path.join(o.out, 'charts', f));
  charts.forEach((c: any, i: number) => {
    const title = String(c.getOptions().get('title') || `chart-${i + 1}`);
    const slug = title
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    const file = path.join(o.out, 'charts', `${String(i + 1).padStart(2, '0')}-${slug}.png`);
    fs.writeFileSync(
      file,
      Buffer.from(
        c
          .getAs('image/png')
          .getBytes()
          .map((b: number) => (b < 0 ? b + 256 : b)),
      ),
    );
  });
  files.charts = path.join(o.out, 'charts');

  say('[5/5] PDF');
  files.pdf = writePdf(em, result.pdfId, files.docx, o.out, notes, o.pdf);
  // What the sample check of the live columns found (the report itself uses the core).
  for (const w of (result.liveWarnings ?? []) as string[]) notes.push(`live columns: ${w}`);
  for (const w of (result.pictureProblems ?? []) as string[]) notes.push(`picture: ${w}`);
  return { emulator: em, mapping, result, files, notes };
}

/**
 * report.pdf beside report.docx: LibreOffice's conversion when it is installed (closest to Docs'
 * own export), else the PDF the add-on saved in the emulated Drive. Returns its path.
 */
export function writePdf(
  em: Emulator,
  pdfId: string,
  docx: string,
  out: string,
  notes: string[],
  convert = true,
): string {
  // NAME.pdf beside NAME.docx (report.pdf for the report; dip.pdf for the DIP).
  const name = path.basename(docx).replace(/\.docx$/i, '');
  const pdf = path.join(out, `${name}.pdf`);
  const saved = () => fs.writeFileSync(pdf, em.rt.files.get(pdfId)!.bytes!);
  if (convert !== false && hasLibreOffice()) {
    try {
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', out, docx], {
        stdio: 'ignore',
        timeout: 180000,
      });
    } catch (_) {
      notes.push(`LibreOffice failed to convert ${name}.docx; ${name}.pdf is the add-on's own PDF`);
      saved();
    }
  } else {
    // The PDF the add-on saved in (emulated) Drive: simpler layout than Docs' own export.
    saved();
    notes.push(
      convert === false
        ? `${name}.pdf is the emulator's PDF (LibreOffice conversion off)`
        : `LibreOffice not installed: ${name}.pdf is the emulator's PDF (install libreoffice-writer for a faithful one)`,
    );
  }
  return pdf;
}

export function hasLibreOffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30000 });
    return true;
  } catch (_) {
    return false;
  }
}
