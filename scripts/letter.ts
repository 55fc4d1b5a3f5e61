// `npm run letter`: one letter from a register file, made by the add-on's own bundle in the
// emulator (menu: Buat Surat), written as KIND-NUMBER.docx and KIND-NUMBER.pdf.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  CliError,
  DIST,
  checkAsOf,
  requireBundle,
  applySettings,
  hasLibreOffice,
  loadInput,
  setUpRegister,
  applyDip,
} from './runner';
import { type Args, one } from './lib/args';
import { mapFile } from './lib/map-file';
import { dipSidecar, sidecarSettings } from './lib/sidecar';
import type { DipFile } from './lib/dip-file';
import { replacing } from './lib/out-dir';
import { exportDocx } from '@ppid-sheets/emulator';
import type { Emulator } from '@ppid-sheets/emulator';
import { LETTER_KINDS, fileSafe, isLetterKind } from '../src/core/letters';
import { t } from '../src/core/i18n';

export interface LetterRunOptions {
  input: string;
  number: string;
  kind: string;
  asOf?: string;
  out: string;
  locale?: string;
  settings?: Record<string, unknown>;
  /** FILE.dip.json beside the register: a refusal linked to a DIK entry takes its ground from it. */
  dip?: DipFile;
  /** A PNG or JPEG put into the letterhead, as the dialog's upload does. */
  logo?: string;
  /** --map: the register's mapping, as for `report` (default: the add-on's automatic one). */
  map?: Record<string, unknown>;
  /** What the dialog asks when the register does not say it (extension reason, holder, decision). */
  extras?: { extensionReason?: string; infoHolder?: string; decision?: string; considerations?: string };
  progress?: (line: string) => void;
  /** Convert the .docx to PDF with LibreOffice when it is installed (default true). */
  pdf?: boolean;
  /** Emulator switches, as for the report (emulator/runtime.ts QUIRKS). */
  quirks?: string[];
}

export interface LetterRunResult {
  emulator: Emulator;
  result: Record<string, any>;
  files: { docx: string; pdf: string };
  notes: string[];
}

function today(): string {
  return new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10);
}

function officerMessage(err: any): string {
  if (err && err.name === 'UserError' && err.key) return t('id', err.key, err.params || {});
  return err?.message ? String(err.message).split('\n')[0] : String(err);
}

/** The Atasan PPID's decision on an objection, as the dialog offers it. */
const DECISIONS = ['granted', 'partial', 'rejected'];

export async function runLetter(o: LetterRunOptions): Promise<LetterRunResult> {
  const say = o.progress ?? (() => undefined);
  if (!isLetterKind(o.kind)) throw new CliError(`unknown --kind "${o.kind}": use ${LETTER_KINDS.join('|')}`);
  const locale = o.locale ?? 'id_ID';
  if (!['id_ID', 'en_US'].includes(locale)) throw new CliError(`unknown locale "${locale}": use id_ID or en_US`);
  const asOf = o.asOf ?? today();
  checkAsOf(asOf);
  requireBundle();
  if (o.logo && !fs.existsSync(o.logo)) throw new CliError(`logo file not found: ${o.logo}`);
  const decision = o.extras?.decision;
  if (decision !== undefined && !DECISIONS.includes(decision))
    throw new CliError(`unknown --decision "${decision}": use ${DECISIONS.join('|')}`);

  say(`[1/4] reading ${o.input}`);
  const em = await loadInput(o.input, locale, asOf, o.quirks ?? [], say);
  em.load(DIST);
  say('[2/4] setting up the register (menu: Siapkan Register)');
  try {
    // As for the report: a register kept under other headers (a title above, Perki's headers) is
    // adopted where it is, and the letter reads its row through the stored mapping.
    setUpRegister(em, o.input, o.map);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`could not set up the register: ${officerMessage(err)}`);
  }
  if (o.settings) applySettings(em, o.settings);
  // The register's FILE.dip.json unless given: a refusal linked to a DIK entry needs the lists.
  const dip = o.dip ?? dipSidecar(o.input);
  if (dip) applyDip(em, dip);
  if (o.logo) {
    const ext = path.extname(o.logo).toLowerCase();
    const mimeType =
      ext === '.png'
        ? 'image/png'
        : ext === '.jpg' || ext === '.jpeg'
          ? 'image/jpeg'
          : ext === '.gif'
            ? 'image/gif'
            : '';
    const up = em.call('saveLetterLogo', {
      name: path.basename(o.logo),
      mimeType,
      data: fs.readFileSync(o.logo).toString('base64'),
    });
    if (!up.ok) throw new CliError(`logo not used: ${up.message}`);
  }

  say(`[3/4] making the ${o.kind} letter for ${o.number} dated ${asOf} (menu: Buat Surat)`);
  let result: Record<string, any>;
  try {
    result = em.call('generateLetter', { number: o.number, kind: o.kind, asOf, extras: o.extras });
  } catch (err) {
    throw new CliError(`letter not made: ${officerMessage(err)}`);
  }
  if (!result.ok) {
    const missing = (result.problems ?? []).map((p: { message: string }) => p.message).join(' ');
    throw new CliError(`letter not made: ${result.message}${missing ? ` ${missing}` : ''}`);
  }

  say(`[4/4] writing ${o.out}`);
  const base = `${o.kind}-${fileSafe(o.number)}`;
  const before = replacing(o.out, [`${base}.docx`, `${base}.pdf`]);
  if (before.line) say(before.line);
  fs.mkdirSync(o.out, { recursive: true });
  const files = { docx: path.join(o.out, `${base}.docx`), pdf: path.join(o.out, `${base}.pdf`) };
  const notes: string[] = [];
  await exportDocx(em.rt.files.get(result.docId)!, files.docx);
  if (o.pdf !== false && hasLibreOffice()) {
    try {
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', o.out, files.docx], {
        stdio: 'ignore',
        timeout: 180000,
      });
    } catch (_) {
      notes.push(`LibreOffice failed to convert ${base}.docx; ${base}.pdf is the add-on's own PDF`);
      fs.writeFileSync(files.pdf, em.rt.files.get(result.pdfId)!.bytes!);
    }
  } else {
    fs.writeFileSync(files.pdf, em.rt.files.get(result.pdfId)!.bytes!);
    notes.push(
      o.pdf === false
        ? `${base}.pdf is the emulator's PDF (LibreOffice conversion off)`
        : `LibreOffice not installed: ${base}.pdf is the emulator's PDF`,
    );
  }
  if (result.unknown?.length) notes.push(`template placeholders left out: ${result.unknown.join(', ')}`);
  return { emulator: em, result, files, notes };
}

/** The `letter` command: flags in, two files out, a summary on standard output. */
export async function letterCommand(args: Args): Promise<number> {
  const input = one(args, 'input');
  const number = one(args, 'number');
  const kind = one(args, 'kind');
  if (!input) throw new CliError('missing --input FILE (.csv or .xlsx register)');
  if (!number) throw new CliError("missing --number NO (the request's No. Registrasi)");
  if (!kind) throw new CliError(`missing --kind (${LETTER_KINDS.join('|')})`);
  const out = path.resolve(one(args, 'out') ?? 'out');
  const logo = one(args, 'logo');
  const r = await runLetter({
    input: path.resolve(input),
    number,
    kind,
    asOf: one(args, 'as-of'),
    out,
    locale: one(args, 'locale'),
    settings: sidecarSettings(path.resolve(input)),
    logo: logo ? path.resolve(logo) : undefined,
    map: mapFile(one(args, 'map')),
    extras: {
      extensionReason: one(args, 'reason'),
      infoHolder: one(args, 'holder'),
      decision: one(args, 'decision'),
      considerations: one(args, 'considerations'),
    },
    progress: (l) => process.stderr.write(`${l}\n`),
  });
  const rel = (f: string) => path.relative(process.cwd(), f) || f;
  process.stdout.write(
    `${[
      `${r.result.kind} ${r.result.letterNumber} for ${number}: ${rel(r.files.docx)} ${rel(r.files.pdf)}`,
      ...r.notes.map((n) => `note: ${n}`),
    ].join('\n')}\n`,
  );
  return 0;
}
