// The offline runner: register files in, the add-on's own outputs on disk, clear one-line errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { runReport } from '../../scripts/runner';
import { COMPUTED_COLUMNS } from '../../src/core/register';

const ROOT = path.resolve(__dirname, '../..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-runner-'));
const seedCsv = path.join(ROOT, 'examples/seed-tw3-2021.csv');
const seedSettings = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/seed-tw3-2021.settings.json'), 'utf8'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('offline runner on the seed register', () => {
  const out = tmp();
  let recap: any;
  beforeAll(async () => {
    await runReport({ input: seedCsv, period: '2021-Q3', asOf: '2021-10-11', out, settings: seedSettings, pdf: false });
    recap = JSON.parse(fs.readFileSync(path.join(out, 'recap.json'), 'utf8'));
  });

  test('writes every output file', () => {
    for (const f of ['spreadsheet.xlsx', 'report.docx', 'report.pdf', 'recap.json'])
      expect(fs.statSync(path.join(out, f)).size).toBeGreaterThan(1000);
    const charts = fs.readdirSync(path.join(out, 'charts'));
    expect(charts).toHaveLength(4);
    for (const c of charts)
      expect(
        fs
          .readFileSync(path.join(out, 'charts', c))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
  });

  test("recap.json holds the seed's figures", () => {
    expect(recap.unit).toBe(seedSettings['Nama Unit']);
    expect(recap.period).toMatchObject({ year: 2021, quarter: 3, start: '2021-07-01', end: '2021-09-30' });
    expect(recap.totals.requests).toBe(3);
    const ch = (name: string) => recap.channels.find((c: any) => c.channel === name);
    expect(ch('Instagram').applicantRows[0]).toEqual({ label: 'Perseorangan', count: 2, percent: 100 });
    expect(ch('Instagram').byStatusGroup.Dipenuhi).toBe(2);
    expect(ch('Ruang Layanan').applicantRows[0]).toEqual({ label: 'Perseorangan', count: 1, percent: 100 });
    expect(ch('Email').total).toBe(0);
    expect(recap.sla).toMatchObject({ onTime: 3, late: 0, complianceRate: 1 });
  });

  test('spreadsheet.xlsx keeps the register with its dropdowns and formulas, and the recap with chart pictures', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'spreadsheet.xlsx'));
    const names = wb.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['Register', 'Hari Libur', 'Pengaturan', 'Rekap TW III 2021']));
    const reg = wb.getWorksheet('Register')!;
    const statusCol = (reg.getRow(1).values as unknown[]).indexOf('Status');
    expect(reg.getCell(2, statusCol).dataValidation).toMatchObject({ type: 'list', allowBlank: true });
    const formulas: string[] = [];
    reg.getRow(1).eachCell((c) => {
      if (c.formula) formulas.push(c.formula);
    });
    expect(formulas).toHaveLength(COMPUTED_COLUMNS.length);
    expect(wb.getWorksheet('Rekap TW III 2021')!.getImages()).toHaveLength(4);
  });

  test('its own spreadsheet.xlsx fed back gives the same figures and still one recap sheet', async () => {
    const again = tmp();
    await runReport({
      input: path.join(out, 'spreadsheet.xlsx'),
      period: '2021-Q3',
      asOf: '2021-10-11',
      out: again,
      pdf: false,
    });
    const recap2 = JSON.parse(fs.readFileSync(path.join(again, 'recap.json'), 'utf8'));
    expect(recap2.totals).toEqual(recap.totals);
    expect(recap2.channels).toEqual(recap.channels);
    expect(recap2.unit).toBe(recap.unit);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(again, 'spreadsheet.xlsx'));
    expect(wb.worksheets.filter((w) => w.name.startsWith('Rekap TW III 2021'))).toHaveLength(1);
  });
});

describe('offline runner on the 2025 example year', () => {
  test('annual report: the quarters add up to the year and every row is counted or listed', async () => {
    const out = tmp();
    const input = path.join(ROOT, 'examples/contoh-tahun-2025.csv');
    await runReport({ input, period: '2025', asOf: '2026-01-15', out, pdf: false });
    const recap = JSON.parse(fs.readFileSync(path.join(out, 'recap.json'), 'utf8'));
    const dataRows = fs.readFileSync(input, 'utf8').trim().split(/\r?\n/).length - 1;
    const unplaced = recap.problems.filter(
      (p: any) => p.code === 'received.invalid' || p.code === 'received.missing',
    ).length;
    expect(recap.totals.requests + unplaced).toBe(dataRows);
    expect(recap.quarters.reduce((s: number, q: any) => s + q.requests, 0)).toBe(recap.totals.requests);
    expect(Object.values(recap.totals.byChannel).reduce((a: any, b: any) => a + b, 0)).toBe(recap.totals.requests);
    // A realistic year: by mid-January only a handful are still unanswered (was 100 of 317).
    expect(recap.sla.overdue + recap.sla.inProcess + recap.sla.nearDue).toBeLessThanOrEqual(10);
  });

  test("the example's open requests are a handful received near the end of December", () => {
    const text = fs.readFileSync(path.join(ROOT, 'examples/contoh-tahun-2025.csv'), 'utf8').trim().split(/\r?\n/);
    const head = text[0].split(',');
    const rows = text.slice(1).map((l) => l.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '')));
    const at = (r: string[], h: string) => r[head.indexOf(h)];
    const inProcess = rows.filter((r) => at(r, 'Status') === 'Diproses');
    expect(inProcess.length).toBeGreaterThan(0);
    expect(inProcess.length).toBeLessThanOrEqual(8);
    for (const r of inProcess) expect(at(r, 'Tanggal Permohonan') >= '2025-12-15').toBe(true);
    expect(rows.filter((r) => at(r, 'Status') === 'Tidak Dijawab').length).toBeLessThanOrEqual(5);
  });
});

describe('runner command line', () => {
  test('a missing file: exit 2 and one line naming the file', () => {
    const r = cli('report', '--input', 'nope/missing.csv', '--period', '2025-Q2');
    expect(r.code).toBe(2);
    expect(
      r.stderr
        .trim()
        .split('\n')
        .filter((l) => l.startsWith('error:')),
    ).toEqual([`error: input file not found: ${path.resolve(ROOT, 'nope/missing.csv')}`]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a file without a register header: exit 2 and one clear line', () => {
    const dir = tmp();
    const f = path.join(dir, 'notes.csv');
    fs.writeFileSync(f, 'Nama,Catatan\nBudi,halo\n');
    const r = cli('report', '--input', f, '--period', '2025-Q2', '--out', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: no register header found in notes\.csv/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('a bad period: exit 2 and the accepted forms', () => {
    const r = cli('report', '--input', seedCsv, '--period', '2025-Q5');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/error: bad period "2025-Q5"/);
  });
});
