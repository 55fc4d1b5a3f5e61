// `npm run intake`: a linked form's responses (CSV) played through the add-on's form-submit
// handler in the emulator; spreadsheet.xlsx written; run twice, nothing added the second time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { runIntake } from '../../scripts/intake';
import { dayFirst, readStamp, readResponsesCsv } from '../../scripts/lib/form-csv';

const ROOT = path.resolve(__dirname, '../..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-intake-'));
const seedCsv = path.join(ROOT, 'examples/seed-tw3-2021.csv');
const responsesCsv = path.join(ROOT, 'examples/jawaban-formulir-2025.csv');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function sheetRows(file: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name)!;
  const rows: unknown[][] = [];
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

describe('npm run intake on the example responses', () => {
  const first = tmp();
  const second = tmp();
  let one: Awaited<ReturnType<typeof runIntake>>;
  let two: Awaited<ReturnType<typeof runIntake>>;
  beforeAll(async () => {
    one = await runIntake({ input: seedCsv, responses: responsesCsv, asOf: '2025-07-14', out: first });
    two = await runIntake({
      input: path.join(first, 'spreadsheet.xlsx'),
      responses: responsesCsv,
      asOf: '2025-07-14',
      out: second,
    });
  }, 120000);

  test('first run: the good responses added with numbers, the bad ones listed by row and column', () => {
    expect(one).toMatchObject({ responses: 10, added: 8, skipped: 0, sheet: 'Jawaban Formulir 1' });
    expect(one.problems.map((p) => [p.row, p.column])).toEqual([
      [5, 'Jawaban Formulir 1 › Informasi yang diminta'],
      [8, 'Jawaban Formulir 1 › Stempel waktu'],
    ]);
  });

  test('the register holds each good response once, numbered in time order, received on its WIB day', async () => {
    const reg = await sheetRows(path.join(first, 'spreadsheet.xlsx'), 'Register');
    const head = reg[0].map(String);
    const col = (h: string) => head.indexOf(h);
    const fromForm = reg.slice(1).filter((r) => r[col('Saluran')] === 'Website');
    expect(fromForm.map((r) => [r[col('No. Registrasi')], r[col('Nama Pemohon')]])).toEqual([
      ['001/PPID/2025', 'Wulan Sari'],
      ['002/PPID/2025', 'Hendra Gunawan'],
      ['003/PPID/2025', 'Yayasan Cahaya Ilmu'],
      ['004/PPID/2025', 'Nur Aisyah'],
      ['005/PPID/2025', 'Agus Salim'],
      ['006/PPID/2025', 'Fitri Handayani'],
      ['007/PPID/2025', 'Bambang Pamungkas'],
      ['008/PPID/2025', 'Siti Rahmawati'],
    ]);
    // 19.47 WIB on 1 July is still 1 July; the phone keeps its zero; a formula stays text.
    const hendra = fromForm[1];
    expect((hendra[col('Tanggal Permohonan')] as Date).toISOString().slice(0, 10)).toBe('2025-07-01');
    expect(hendra[col('Kontak')]).toBe('0812-3456-7801');
    expect(fromForm[5][col('Kontak')]).toBe('=HYPERLINK("http://x.example")');
    expect(fromForm[3][col('Cara Memperoleh')]).toBe('Salinan Softcopy');
  });

  test('second run on its own spreadsheet.xlsx adds nothing: every response matched, numbers kept', async () => {
    expect(two).toMatchObject({ responses: 10, added: 0, skipped: 8 });
    expect(two.problems.map((p) => p.row)).toEqual([5, 8]);
    const a = await sheetRows(path.join(first, 'spreadsheet.xlsx'), 'Jawaban Formulir 1');
    const b = await sheetRows(path.join(second, 'spreadsheet.xlsx'), 'Jawaban Formulir 1');
    expect(b.length).toBe(11);
    expect(b.map((r) => r[8] ?? '')).toEqual(a.map((r) => r[8] ?? ''));
    const regA = await sheetRows(path.join(first, 'spreadsheet.xlsx'), 'Register');
    const regB = await sheetRows(path.join(second, 'spreadsheet.xlsx'), 'Register');
    expect(regB.length).toBe(regA.length);
  });
});

describe('npm run intake on a register kept under its own headers (adopted, as the report command does)', () => {
  const titledCsv = path.join(ROOT, 'test/fixtures/adopt/titled-2025.csv');
  const said: string[] = [];
  const first = tmp();
  const second = tmp();
  let one: Awaited<ReturnType<typeof runIntake>>;
  let two: Awaited<ReturnType<typeof runIntake>>;
  beforeAll(async () => {
    one = await runIntake({
      input: titledCsv,
      responses: responsesCsv,
      asOf: '2025-07-14',
      out: first,
      progress: (l) => said.push(l),
    });
    two = await runIntake({
      input: path.join(first, 'spreadsheet.xlsx'),
      responses: responsesCsv,
      asOf: '2025-07-14',
      out: second,
    });
  }, 120000);

  test("the responses go into the sheet's own columns above its totals row, the running No continued; twice adds nothing", async () => {
    expect([one.added, one.skipped, one.problems.length]).toEqual([8, 0, 2]);
    expect([two.added, two.skipped, two.problems.length]).toEqual([0, 8, 2]);
    // Its numbers are "001/PPID-DPK/2025"; the settings' default pattern would start another series: said.
    expect(said.filter((l) => l.startsWith('warning: ') && l.includes('001/PPID-DPK/2025'))).toHaveLength(1);
    for (const dir of [first, second]) {
      const rows = await sheetRows(path.join(dir, 'spreadsheet.xlsx'), 'Register');
      const header = rows.find((r) => r[0] === 'No')!;
      // The header block stays where it was: no canonical header written on row 1.
      expect(rows[0][0]).toBe('REGISTER PERMOHONAN INFORMASI PUBLIK');
      expect(rows[0].slice(1).filter((v) => v !== null && v !== undefined && v !== '')).toEqual([]);
      expect(header.slice(0, 3)).toEqual(['No', 'No. Registrasi', 'Tanggal']);
      const totals = rows.findIndex((r) => r[0] === 'JUMLAH');
      const added = rows.slice(totals - 8, totals);
      expect(added.map((r) => [r[0], r[4]])).toEqual([
        [21, 'Wulan Sari'],
        [22, 'Hendra Gunawan'],
        [23, 'Yayasan Cahaya Ilmu'],
        [24, 'Nur Aisyah'],
        [25, 'Agus Salim'],
        [26, 'Fitri Handayani'],
        [27, 'Bambang Pamungkas'],
        [28, 'Siti Rahmawati'],
      ]);
      expect(new Set(added.map((r) => r[1])).size).toBe(8);
      expect(rows[totals].slice(0, 2)).toEqual(['JUMLAH', '20']);
    }
  });
});

describe('the responses file', () => {
  test("an English account's file: Timestamp, the Email Address column, month-first dates with AM/PM", async () => {
    const dir = tmp();
    const csv = path.join(dir, 'responses.csv');
    fs.writeFileSync(
      csv,
      [
        'Timestamp,Email Address,Name,Information requested,Purpose',
        '7/13/2025 10:05:00 PM,a@mail.example,Ann,Training budget,Research',
        '7/14/2025 8:00:00 AM,b@mail.example,Ben,Trainer list,Study',
      ].join('\n'),
    );
    const r = await runIntake({ input: seedCsv, responses: csv, asOf: '2025-07-15', out: dir });
    expect(r).toMatchObject({ added: 2, problems: [] });
    expect(r.emulator.services.MailApp._sent).toEqual([]);
    const reg = await sheetRows(path.join(dir, 'spreadsheet.xlsx'), 'Register');
    const head = reg[0].map(String);
    const added = reg.slice(1).filter((x) => x[head.indexOf('Saluran')] === 'Website');
    expect(
      added.map((x) => [
        (x[head.indexOf('Tanggal Permohonan')] as Date).toISOString().slice(0, 10),
        x[head.indexOf('Kontak')],
      ]),
    ).toEqual([
      ['2025-07-13', 'a@mail.example'],
      ['2025-07-14', 'b@mail.example'],
    ]);
  }, 60000);

  test('day/month order from the values, else from the header language; wall time in the zone', () => {
    expect(dayFirst(['7/13/2025 10:05:00'], 'id')).toBe(false);
    expect(dayFirst(['13/07/2025 10.05.00'], 'en')).toBe(true);
    expect(dayFirst(['01/02/2025'], 'id')).toBe(true);
    expect(dayFirst(['01/02/2025'], 'en')).toBe(false);
    expect((readStamp('01/07/2025 19.47.03', true, 420) as Date).toISOString()).toBe('2025-07-01T12:47:03.000Z');
    expect((readStamp('7/13/2025 10:05:00 PM', false, 420) as Date).toISOString()).toBe('2025-07-13T15:05:00.000Z');
    expect((readStamp('2025-07-01 08:00:00', true, 480) as Date).toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(readStamp('', true, 420)).toBeNull();
    expect(readStamp('31/02/2025 10.00.00', true, 420)).toBe('31/02/2025 10.00.00');
    expect(readStamp('kemarin', true, 420)).toBe('kemarin');
  });

  test("a file that is no linked form's responses is refused in plain words", () => {
    expect(() => readResponsesCsv([['Nama', 'Alamat']])).toThrow(
      'the first column must be "Timestamp" or "Stempel waktu"',
    );
    expect(
      readResponsesCsv([
        ['Stempel waktu', 'Nama', 'No. Registrasi PPID'],
        ['01/07/2025', 'A', '001'],
      ]).questions,
    ).toEqual(['Nama']);
  });

  test('the command: one clear line and a non-zero exit when it cannot run', () => {
    const missing = cli('intake', '--input', seedCsv);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe(
      "error: missing --responses RESPONSES.csv (the linked form's response sheet as CSV)",
    );
    const wrong = cli('intake', '--input', seedCsv, '--responses', seedCsv);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim().split('\n').at(-1)).toMatch(/^error: seed-tw3-2021\.csv: not a linked Form's responses/);
  });
});
