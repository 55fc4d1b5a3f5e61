// `npm run dip`: the published Daftar Informasi Publik (and with --dik the Daftar Informasi yang
// Dikecualikan) of a register's FILE.dip.json, made by the add-on's own bundle in the emulator
// (menu: Terbitkan DIP), written as dip.docx and dip.pdf (dik.docx, dik.pdf).
import fs from 'node:fs';
import path from 'node:path';
import { exportDocx } from '@ppid-sheets/emulator';
import type { Emulator } from '@ppid-sheets/emulator';
import {
  CliError,
  DIST,
  applySettings,
  checkAsOf,
  loadInput,
  officerMessage,
  requireBundle,
  setUpRegister,
  writePdf,
} from './runner';
import { type Args, one } from './lib/args';
import { dipSidecar, sidecarSettings } from './lib/sidecar';
import { applyDipFile, DipFileError, type DipFile } from './lib/dip-file';
import { replacing } from './lib/out-dir';

export interface DipRunOptions {
  input: string;
  out: string;
  dik?: boolean;
  asOf?: string;
  settings?: Record<string, unknown>;
  dip?: DipFile;
  progress?: (line: string) => void;
  /** Convert the .docx files to PDF with LibreOffice when it is installed (default true). */
  pdf?: boolean;
}

export interface DipRunResult {
  emulator: Emulator;
  result: Record<string, any>;
  files: Record<string, string>;
  notes: string[];
}

function today(): string {
  return new Date(Date.now() + 7 * 3600000).toISOString().slice(0, 10);
}

export async function runDip(o: DipRunOptions): Promise<DipRunResult> {
  const say = o.progress ?? (() => undefined);
  const asOf = o.asOf ?? today();
  checkAsOf(asOf);
  requireBundle();
  if (!o.dip)
    throw new CliError(
      `no ${path.basename(o.input).replace(/\.(csv|xlsx)$/i, '.dip.json')} beside the register: the DIP's entries come from it (docs/dip.md)`,
    );
  say(`[1/4] reading ${o.input}`);
  const em = await loadInput(o.input, 'id_ID', asOf, [], say);
  em.load(DIST);
  say('[2/4] setting up the register and the DIP sheets (menu: Siapkan Register)');
  try {
    setUpRegister(em, o.input);
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw new CliError(`could not set up the register: ${officerMessage(err)}`);
  }
  if (o.settings) applySettings(em, o.settings);
  try {
    const written = applyDipFile(em, o.dip);
    say(
      `      ${Object.entries(written)
        .map(([n, c]) => `${n}: ${c} entries`)
        .join('; ')}`,
    );
  } catch (err) {
    if (err instanceof DipFileError) throw new CliError(err.message);
    throw err;
  }
  say(`[3/4] publishing the DIP${o.dik ? ' and the DIK' : ''} dated ${asOf} (menu: Terbitkan DIP)`);
  let result: Record<string, any>;
  try {
    result = em.call('publishDip', { dik: !!o.dik, asOf });
  } catch (err) {
    throw new CliError(`DIP not published: ${officerMessage(err)}`);
  }
  say(`[4/4] writing ${o.out}`);
  const names = result.published.flatMap((p: { kind: string }) => [`${p.kind}.docx`, `${p.kind}.pdf`]);
  const before = replacing(o.out, names);
  if (before.line) say(before.line);
  fs.mkdirSync(o.out, { recursive: true });
  const files: Record<string, string> = {};
  const notes: string[] = [];
  for (const p of result.published as Array<{ kind: string; docId: string; pdfId: string }>) {
    const docx = path.join(o.out, `${p.kind}.docx`);
    await exportDocx(em.rt.files.get(p.docId)!, docx);
    files[`${p.kind}Docx`] = docx;
    files[`${p.kind}Pdf`] = writePdf(em, p.pdfId, docx, o.out, notes, o.pdf);
  }
  return { emulator: em, result, files, notes };
}

/** The `dip` command: flags in, the files out, what was published and left out on standard output. */
export async function dipCommand(args: Args): Promise<number> {
  const input = one(args, 'input');
  if (!input) throw new CliError('missing --input FILE (the register; FILE.dip.json beside it holds the lists)');
  const out = path.resolve(one(args, 'out') ?? 'out');
  const r = await runDip({
    input: path.resolve(input),
    out,
    dik: args.dik !== undefined,
    asOf: one(args, 'as-of'),
    settings: sidecarSettings(path.resolve(input)),
    dip: dipSidecar(path.resolve(input)),
    progress: (l) => process.stderr.write(`${l}\n`),
  });
  const rel = (f: string) => path.relative(process.cwd(), f) || f;
  process.stdout.write(
    `${[
      ...(r.result.lines as string[]),
      `files: ${Object.values(r.files).map(rel).join(' ')}`,
      ...r.notes.map((n) => `note: ${n}`),
    ].join('\n')}\n`,
  );
  return 0;
}
