// `npm run consolidate`: units' recap.json files (made by the runner from an example register split
// in three) in; recap.json with units, report.docx, report.pdf, spreadsheet.xlsx out; refusals as
// one line on standard error with a non-zero exit.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { runReport } from '../../scripts/runner';

const ROOT = path.resolve(__dirname, '../..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-consolidate-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const UNITS = ['Biro Umum', 'Pusat Data dan Informasi', 'Balai Pelatihan'];

describe('consolidating three units of the example year', () => {
  const dir = tmp();
  const out = path.join(dir, 'gabungan');
  const files: string[] = [];
  let whole: any;
  let r: ReturnType<typeof cli>;

  beforeAll(async () => {
    const [head, ...rows] = fs
      .readFileSync(path.join(ROOT, 'examples/contoh-tahun-2025.csv'), 'utf8')
      .split(/\r?\n/)
      .filter(Boolean);
    const wholeOut = path.join(dir, 'whole');
    await runReport({
      input: path.join(ROOT, 'examples/contoh-tahun-2025.csv'),
      period: '2025-Q2',
      asOf: '2025-07-10',
      out: wholeOut,
      settings: { 'Nama Unit': 'Semua' },
      pdf: false,
    });
    whole = JSON.parse(fs.readFileSync(path.join(wholeOut, 'recap.json'), 'utf8'));
    for (const [u, unit] of UNITS.entries()) {
      const csv = path.join(dir, `unit-${u + 1}.csv`);
      fs.writeFileSync(csv, [head, ...rows.filter((_r, i) => i % 3 === u)].join('\n'));
      const unitOut = path.join(dir, `unit-${u + 1}`);
      await runReport({
        input: csv,
        period: '2025-Q2',
        asOf: '2025-07-10',
        out: unitOut,
        settings: { 'Nama Unit': unit },
        pdf: false,
      });
      const file = path.join(dir, `rekap-unit-${u + 1}.json`);
      fs.copyFileSync(path.join(unitOut, 'recap.json'), file);
      files.push(file);
    }
    fs.writeFileSync(
      path.join(dir, 'units.txt'),
      `# unit yang wajib melapor\n${UNITS.join('\n')}\nInspektorat Jenderal\n`,
    );
    r = cli('consolidate', '--input', ...files, '--expected', path.join(dir, 'units.txt'), '--out', out);
  }, 240000);

  test('writes recap.json, report.docx, report.pdf and spreadsheet.xlsx', () => {
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    for (const f of ['recap.json', 'report.docx', 'report.pdf', 'spreadsheet.xlsx'])
      expect(fs.statSync(path.join(out, f)).size).toBeGreaterThan(1000);
    expect(r.stdout).toContain('consolidated 3 units');
    expect(r.stdout).toContain('not yet reported: Inspektorat Jenderal');
  });

  test("the consolidated recap.json equals the whole register's figures and lists the units", () => {
    const c = JSON.parse(fs.readFileSync(path.join(out, 'recap.json'), 'utf8'));
    for (const k of ['byChannel', 'byStatus', 'byApplicantType', 'requests'])
      expect(c.totals[k]).toEqual(whole.totals[k]);
    expect(c.sla).toEqual(whole.sla);
    expect(c.serviceTime).toEqual(whole.serviceTime);
    expect(c.units.map((u: any) => u.unit)).toEqual(UNITS);
    expect(c.consolidated.missing).toEqual(['Inspektorat Jenderal']);
  });

  test('spreadsheet.xlsx holds the Rekap Gabungan sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'spreadsheet.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toContain('Rekap Gabungan TW II 2025');
  });

  test('mixed periods: one line on standard error, non-zero exit, nothing written', () => {
    const other = JSON.parse(fs.readFileSync(files[1], 'utf8'));
    other.period = { kind: 'quarter', year: 2025, quarter: 3, start: '2025-07-01', end: '2025-09-30' };
    other.requests = [];
    other.totals.requests = 0;
    const q3 = path.join(dir, 'rekap-q3.json');
    fs.writeFileSync(q3, JSON.stringify(other));
    const bad = path.join(dir, 'bad-out');
    const x = cli('consolidate', '--input', files[0], q3, '--out', bad);
    expect(x.code).not.toBe(0);
    expect(
      x.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('error')),
    ).toEqual([
      `error: not consolidated: Berkas "${q3}" berisi periode 2025-Q3, sedangkan "${files[0]}" berisi 2025-Q2. Gabungkan berkas dari satu periode saja.`,
    ]);
    expect(fs.existsSync(path.join(bad, 'recap.json'))).toBe(false);
  });

  test('the same unit twice: one line on standard error, non-zero exit', () => {
    const copy = path.join(dir, 'salinan.json');
    fs.copyFileSync(files[2], copy);
    const x = cli('consolidate', '--input', files[2], copy, '--out', path.join(dir, 'dup-out'));
    expect(x.code).not.toBe(0);
    expect(
      x.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('error')),
    ).toEqual([
      `error: not consolidated: Unit "Balai Pelatihan" dipilih dua kali: "${files[2]}" dan "${copy}". Pilih satu berkas untuk setiap unit.`,
    ]);
  });

  test('two files both called recap.json: each named by its path as typed (issue #23 item 12)', () => {
    for (const u of ['unit-a', 'unit-b']) fs.mkdirSync(path.join(dir, u), { recursive: true });
    fs.copyFileSync(files[0], path.join(dir, 'unit-a', 'recap.json'));
    fs.copyFileSync(files[0], path.join(dir, 'unit-b', 'recap.json'));
    // Typed relative to the working folder, as a user would.
    const a = path.relative(ROOT, path.join(dir, 'unit-a', 'recap.json'));
    const b = path.relative(ROOT, path.join(dir, 'unit-b', 'recap.json'));
    const x = cli('consolidate', '--input', a, b, '--out', path.join(dir, 'same-name-out'));
    expect(x.code).not.toBe(0);
    expect(
      x.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('error')),
    ).toEqual([
      `error: not consolidated: Unit "${UNITS[0]}" dipilih dua kali: "${a}" dan "${b}". Pilih satu berkas untuk setiap unit.`,
    ]);
  });
});
