// The demo's documents made through the built bundle in the emulator, for the tests that read
// them as pages or compare them with what the writer made before: the quarterly report of the
// seed example, the annual report of the 2025 example (as `npm run demo` makes them) and a
// consolidated report of two units of the 2025 example.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { documentToDocxBuffer } from '@ppid-sheets/emulator';
import { runReport } from '../../scripts/runner';
import { runConsolidate } from '../../scripts/consolidate';
import { picturesSidecar } from '../../scripts/lib/sidecar';

const ROOT = path.resolve(__dirname, '../..');

export interface MadeDoc {
  name: 'quarterly' | 'annual' | 'consolidated';
  /** The document's Drive record (its native model renders the tree). */
  record: any;
  /** The PDF the add-on saved in the emulated Drive (the emulator's own renderer). */
  pdf: Buffer;
  docx: Buffer;
  /** The service calls of the report run, by method. */
  calls: Record<string, number>;
}

function sidecar(input: string): Record<string, unknown> | undefined {
  const file = input.replace(/\.csv$/, '.settings.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
}

async function report(input: string, period: string, asOf: string, out: string, settings?: Record<string, unknown>) {
  // The example's pictures too (FILE.pictures/, issue #24 item 9), as the demo shows them.
  const pictures = picturesSidecar(input);
  const r = await runReport({ input, period, asOf, out, settings: settings ?? sidecar(input), pdf: false, pictures });
  const em = r.emulator;
  return { em, result: r.result, calls: em.calls().byMethod };
}

async function made(name: MadeDoc['name'], em: any, result: any, calls: Record<string, number>): Promise<MadeDoc> {
  const record = em.rt.files.get(result.docId);
  return {
    name,
    record,
    pdf: em.rt.files.get(result.pdfId).bytes,
    docx: await documentToDocxBuffer(record),
    calls,
  };
}

export async function quarterlyDoc(): Promise<MadeDoc> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-docs-q-'));
  const q = await report(path.join(ROOT, 'examples/seed-tw3-2021.csv'), '2021-Q3', '2021-10-11', dir);
  return made('quarterly', q.em, q.result, q.calls);
}

export async function annualDoc(): Promise<MadeDoc> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-docs-a-'));
  const a = await report(path.join(ROOT, 'examples/contoh-tahun-2025.csv'), '2025', '2026-01-15', dir);
  return made('annual', a.em, a.result, a.calls);
}

/** Two units of the 2025 example (rows split by parity), consolidated for the year. */
export async function consolidatedDoc(): Promise<MadeDoc> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-docs-c-'));
  const input = path.join(ROOT, 'examples/contoh-tahun-2025.csv');
  const [head, ...rows] = fs.readFileSync(input, 'utf8').split(/\r?\n/).filter(Boolean);
  const files: string[] = [];
  for (const [u, unit] of ['Biro Umum', 'Balai Pelatihan'].entries()) {
    const csv = path.join(dir, `unit-${u + 1}.csv`);
    fs.writeFileSync(csv, [head, ...rows.filter((_r, i) => i % 2 === u)].join('\n'));
    const r = await report(csv, '2025', '2026-01-15', path.join(dir, `unit-${u + 1}`), {
      ...sidecar(input),
      'Nama Unit': unit,
    });
    const file = path.join(dir, `rekap-${u + 1}.json`);
    fs.writeFileSync(file, r.em.rt.files.get(r.result.jsonId)!.bytes!);
    files.push(file);
  }
  const c = await runConsolidate({ inputs: files, asOf: '2026-01-15', out: path.join(dir, 'gabungan'), pdf: false });
  return made('consolidated', c.emulator, c.result, c.emulator.calls().byMethod);
}
