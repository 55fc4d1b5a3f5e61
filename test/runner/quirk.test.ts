// `npm run report -- … --quirk NAME` (repeatable): the runner's emulator behaves the other way on
// the open questions, and the live columns in spreadsheet.xlsx still equal recap.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { runReport } from '../../scripts/runner';
import { QUIRKS } from '@ppid-sheets/emulator';

const ROOT = path.resolve(__dirname, '../..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-quirk-'));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 240000,
  });

/** The register's live columns as spreadsheet.xlsx holds them (cached results), by sheet row. */
async function liveColumns(file: string): Promise<Map<number, Record<string, unknown>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const reg = wb.getWorksheet('Register')!;
  const head = (reg.getRow(1).values as unknown[]).map((v) =>
    v && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v,
  );
  const at = (name: string) => head.indexOf(name);
  const plain = (v: unknown) => {
    const x = v && typeof v === 'object' && 'result' in (v as object) ? (v as { result: unknown }).result : v;
    return x instanceof Date ? x.toISOString().slice(0, 10) : (x ?? null);
  };
  const out = new Map<number, Record<string, unknown>>();
  reg.eachRow((row, n) => {
    if (n === 1) return;
    out.set(n, {
      due: plain(row.getCell(at('Batas Waktu')).value),
      workingDays: plain(row.getCell(at('Hari Kerja Layanan')).value),
      slaStatus: plain(row.getCell(at('Status SLA')).value),
      objectionDue: plain(row.getCell(at('Batas Tanggapan Keberatan')).value),
    });
  });
  return out;
}

function expectEqualToRecap(recap: any, live: Map<number, Record<string, unknown>>) {
  expect(recap.requests.length).toBeGreaterThan(0);
  const diffs: string[] = [];
  for (const r of recap.requests) {
    const got = live.get(r.row);
    const want = { due: r.due, workingDays: r.workingDays, slaStatus: r.slaStatus, objectionDue: r.objectionDue };
    if (JSON.stringify(got) !== JSON.stringify(want))
      diffs.push(`row ${r.row}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
  }
  expect(diffs.slice(0, 5)).toEqual([]);
}

describe('the runner with emulator switches', () => {
  test('scalar-workday on the 2025 example (id_ID): live columns in spreadsheet.xlsx equal recap.json', async () => {
    const out = tmp();
    const input = path.join(ROOT, 'examples/contoh-tahun-2025.csv');
    const r = await runReport({
      input,
      period: '2025-Q2',
      asOf: '2025-07-10',
      out,
      locale: 'id_ID',
      pdf: false,
      quirks: ['scalar-workday'],
    });
    expect(r.emulator.rt.quirks.has('scalar-workday')).toBe(true);
    expect(r.notes.filter((n) => n.startsWith('live columns'))).toEqual([]);
    const recap = JSON.parse(fs.readFileSync(path.join(out, 'recap.json'), 'utf8'));
    expectEqualToRecap(recap, await liveColumns(path.join(out, 'spreadsheet.xlsx')));
  }, 300000);

  test('the command line keeps every --quirk (here two) and names them on standard error', async () => {
    const out = tmp();
    const r = cli(
      'report',
      '--input',
      'examples/seed-tw3-2021.csv',
      '--period',
      '2021-Q3',
      '--as-of',
      '2021-10-11',
      '--locale',
      'id_ID',
      '--quirk',
      'scalar-workday',
      '--quirk',
      'formula-locale-separators',
      '--out',
      out,
    );
    expect(r.stderr).toContain('emulator switches: scalar-workday, formula-locale-separators');
    expect(r.status).toBe(0);
    const recap = JSON.parse(fs.readFileSync(path.join(out, 'recap.json'), 'utf8'));
    expectEqualToRecap(recap, await liveColumns(path.join(out, 'spreadsheet.xlsx')));
  }, 300000);

  test('an unknown switch: exit 2 and the known names', () => {
    const r = cli(
      'report',
      '--input',
      'examples/seed-tw3-2021.csv',
      '--period',
      '2021-Q3',
      '--quirk',
      'scalar-workdays',
    );
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`error: unknown quirk "scalar-workdays": use ${Object.keys(QUIRKS).join(', ')}`);
    expect(Object.keys(QUIRKS)).toEqual(
      expect.arrayContaining(['formula-locale-separators', 'scalar-workday', 'strict-drive-file', 'no-document-lock']),
    );
  }, 300000);
});
