// `npm run report` on registers kept in real-world layouts: the same figures as the canonical
// register, every source value in spreadsheet.xlsx as it was displayed, the mapping on standard
// error, --map to override it, and one plain line when no date column can be found.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { runReport } from '../../scripts/runner';
import {
  canonicalRows,
  perkiRows,
  titledRows,
  toCsv,
  REQUESTS,
  type CanonicalOptions,
} from '../fixtures/adopt/layouts';
import { englishWorkbook, FILES } from '../fixtures/adopt/workbook';

const ROOT = path.resolve(__dirname, '../..');
const FIX = path.join(ROOT, 'test/fixtures/adopt');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-adopt-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function run(input: string) {
  const out = tmp();
  const maps: unknown[] = [];
  await runReport({ input, period: '2025', asOf: '2026-01-15', out, pdf: false, mapping: (j) => maps.push(j) });
  return { out, recap: JSON.parse(fs.readFileSync(path.join(out, 'recap.json'), 'utf8')), maps };
}

async function canonical(opts: CanonicalOptions) {
  const dir = tmp();
  const file = path.join(dir, 'register.csv');
  fs.writeFileSync(file, toCsv(canonicalRows(opts)));
  return run(file);
}

const perRequest = (recap: any) =>
  recap.requests.map((r: any) => ({
    received: r.received,
    due: r.due,
    status: r.status,
    answered: r.answered,
    workingDays: r.workingDays,
    slaStatus: r.slaStatus,
    channel: r.channel,
  }));

/** A cell of the exported workbook as the officer sees it: dates as their day. */
function shown(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (v && typeof v === 'object' && 'result' in (v as object)) return shown((v as { result: unknown }).result);
  return v === null || v === undefined ? '' : String(v);
}

/** A source value as the officer typed it; DD/MM/YYYY and DD-MM-YYYY text as the day it means. */
function sourceShown(v: unknown, asDate: boolean): string {
  if (v instanceof Date) return new Date(v.getTime() + 7 * 3600000).toISOString().slice(0, 10);
  const s = String(v ?? '');
  const m = /^(\d{2})[/-](\d{2})[/-](\d{4})$/.exec(s);
  return asDate && m ? `${m[3]}-${m[2]}-${m[1]}` : s;
}

// biome-ignore format: a table laid out by hand, one entry per line
const LAYOUTS = [
  { name: 'Perki SLIP form (CSV)', file: FILES.perki, rows: (): unknown[][] => perkiRows(), sheet: 'Register', canonical: { applicantType: false, extended: false } },
  { name: 'English register (XLSX)', file: FILES.english, rows: null, sheet: 'Requests 2025', canonical: {} },
  { name: 'titled register with merged headers and a totals row (CSV)', file: FILES.titled, rows: (): unknown[][] => titledRows(), sheet: 'Register', canonical: {} },
];

describe.each(LAYOUTS)('npm run report on a $name', (layout) => {
  let mine: Awaited<ReturnType<typeof run>>;
  let reference: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    mine = await run(path.join(FIX, layout.file));
    reference = await canonical(layout.canonical);
  });

  test("gives the canonical register's due dates, statuses, SLA and channel counts", () => {
    expect(mine.recap.requests).toHaveLength(REQUESTS.length);
    expect(perRequest(mine.recap)).toEqual(perRequest(reference.recap));
    expect(mine.recap.totals.byChannel).toEqual(reference.recap.totals.byChannel);
    expect(mine.recap.totals.byStatus).toEqual(reference.recap.totals.byStatus);
    expect(mine.recap.refusals).toEqual(reference.recap.refusals);
  });

  test('tells the mapping it used once, in the JSON contract', () => {
    expect(mine.maps).toHaveLength(1);
    const json = mine.maps[0] as any;
    expect(Object.keys(json)).toEqual(['headerRow', 'columns']);
    expect(json.columns['Tanggal Permohonan']).toBeTruthy();
  });

  test('every source value is in spreadsheet.xlsx where it was, as it was displayed', async () => {
    const source: unknown[][] = layout.rows ? layout.rows() : await englishSource();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(mine.out, 'spreadsheet.xlsx'));
    const ws = wb.getWorksheet(layout.sheet)!;
    let compared = 0;
    source.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === '' || v === null || v === undefined) return;
        const got = shown(ws.getCell(r + 1, c + 1).value);
        const want = sourceShown(v, got.length === 10 && /^\d{4}-\d{2}-\d{2}$/.test(got));
        if (got !== want && String(got) !== want)
          expect({ cell: `${r + 1}:${c + 1}`, got }).toEqual({ cell: `${r + 1}:${c + 1}`, got: want });
        compared++;
      }),
    );
    expect(compared).toBeGreaterThan(REQUESTS.length * 10);
  });
});

async function englishSource(): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(FIX, FILES.english));
  const ws = wb.getWorksheet('Requests 2025')!;
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value;
      // Excel stores a day as UTC midnight; as a WIB date cell it is that same day.
      line[c - 1] = v instanceof Date ? new Date(v.getTime() - 7 * 3600000) : v;
    });
    out[r - 1] = line;
  });
  return out;
}

describe('the fixtures on disk are the ones layouts.ts describes', () => {
  test('CSV files match', () => {
    expect(fs.readFileSync(path.join(FIX, FILES.perki), 'utf8')).toBe(toCsv(perkiRows()));
    expect(fs.readFileSync(path.join(FIX, FILES.titled), 'utf8')).toBe(toCsv(titledRows()));
  });

  test('the workbook holds the same cells', async () => {
    const onDisk = new ExcelJS.Workbook();
    await onDisk.xlsx.readFile(path.join(FIX, FILES.english));
    const fresh = await englishWorkbook();
    const cells = (wb: ExcelJS.Workbook) => wb.getWorksheet('Requests 2025')!.getSheetValues();
    expect(JSON.stringify(cells(onDisk))).toBe(JSON.stringify(cells(fresh)));
  });
});

describe('the runner command line on adopted registers', () => {
  test('prints the mapping to standard error as one JSON line', () => {
    const dir = tmp();
    const r = cli(
      'report',
      '--input',
      path.join(FIX, FILES.perki),
      '--period',
      '2025-Q2',
      '--as-of',
      '2025-07-10',
      '--out',
      dir,
    );
    expect(r.code).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('{'));
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      headerRow: 1,
      columns: {
        'Tanggal Permohonan': 'Tanggal',
        Saluran: 'Cara Permohonan',
        Status: 'Keputusan',
        'Status Informasi': 'Status Informasi',
      },
    });
  });

  test('--map replaces the automatic choice of the columns it names; null unmaps one', async () => {
    const out = tmp();
    const maps: any[] = [];
    await runReport({
      input: path.join(FIX, FILES.perki),
      period: '2025',
      asOf: '2026-01-15',
      out,
      pdf: false,
      mapping: (j) => maps.push(j),
      map: { columns: { 'Tanggal Selesai': null, Catatan: 'Tanggal Pemberitahuan Tertulis' } },
    });
    expect(maps[0].columns['Tanggal Selesai']).toBeUndefined();
    expect(maps[0].columns.Catatan).toBe('Tanggal Pemberitahuan Tertulis');
    expect(maps[0].columns.Saluran).toBe('Cara Permohonan');
    const recap = JSON.parse(fs.readFileSync(path.join(out, 'recap.json'), 'utf8'));
    expect(recap.requests.every((q: any) => q.answered === null)).toBe(true);
  });

  test('a register without a findable date column: non-zero exit and one line naming the headers it saw', () => {
    const dir = tmp();
    const f = path.join(dir, 'buku-tamu.csv');
    fs.writeFileSync(f, 'No,Nama,Alamat,Keperluan,Keputusan\n1,Budi,Jl. Mawar 1,Minta data,Dipenuhi\n');
    const r = cli('report', '--input', f, '--period', '2025-Q2', '--out', dir);
    expect(r.code).toBe(2);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error:'));
    expect(errors).toEqual([
      'error: no register header found in buku-tamu.csv: headers in sheet "Register" row 1: "No", "Nama", "Alamat", "Keperluan", "Keputusan"; title the date-received column "Tanggal Permohonan" (or "Date Received") or name it with --map',
    ]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test('--map naming a column the sheet does not have, or not JSON: one plain line', async () => {
    await expect(
      runReport({
        input: path.join(FIX, FILES.perki),
        period: '2025',
        out: tmp(),
        pdf: false,
        map: { columns: { 'Tanggal Permohonan': 'Tanggal Surat' } },
      }),
    ).rejects.toThrow(
      /^--map: Kolom "Tanggal Surat" untuk Tanggal Permohonan tidak ada di baris judul \(baris 1\)\. Judul yang terbaca: "No", "Nomor Pendaftaran", "Tanggal"/,
    );
    const dir = tmp();
    const map = path.join(dir, 'map.json');
    fs.writeFileSync(map, '{"columns": ');
    const bad = cli(
      'report',
      '--input',
      path.join(FIX, FILES.perki),
      '--period',
      '2025-Q2',
      '--out',
      dir,
      '--map',
      map,
    );
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n').filter((l) => l.startsWith('error:'))).toEqual([
      expect.stringMatching(/^error: --map map\.json is not valid JSON/),
    ]);
  });

  test('its own spreadsheet.xlsx fed back uses the stored mapping: same figures, nothing added twice', async () => {
    const first = await run(path.join(FIX, FILES.titled));
    const again = await run(path.join(first.out, 'spreadsheet.xlsx'));
    expect(perRequest(again.recap)).toEqual(perRequest(first.recap));
    // The stored mapping: the columns the first run read, and those its setup added.
    expect((again.maps[0] as any).columns).toMatchObject((first.maps[0] as any).columns);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(again.out, 'spreadsheet.xlsx'));
    const header = (wb.getWorksheet('Register')!.getRow(6).values as unknown[]).map(shown);
    expect(header.filter((h) => h === 'Batas Waktu')).toHaveLength(1);
    expect(header.filter((h) => h === 'Kategori Pemohon')).toHaveLength(0); // the sheet's own "Kategori" under "Pemohon" holds it
  });
});

describe('text columns of an adopted CSV are kept as written, as in columns formatted as plain text', () => {
  test.each([
    { name: 'Perki form', rows: perkiRows, contactCol: 5, numberCol: 1 },
    { name: 'titled register (header on row 6)', rows: titledRows, contactCol: 6, numberCol: 1 },
  ])(
    '$name: a telephone number 0813… and a registration number 002 keep their leading zeros',
    async ({ rows, contactCol, numberCol }) => {
      const source = rows();
      const r = source.findIndex((line) => line.includes('002/PPID-DPK/2025'));
      source[r][contactCol] = '081344551020';
      source[r][numberCol] = '002';
      const file = path.join(tmp(), 'register.csv');
      fs.writeFileSync(file, toCsv(source));
      const mine = await run(file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path.join(mine.out, 'spreadsheet.xlsx'));
      const ws = wb.getWorksheet('Register')!;
      expect(ws.getCell(r + 1, contactCol + 1).value).toBe('081344551020');
      expect(ws.getCell(r + 1, numberCol + 1).value).toBe('002');
      // The running "No" beside it stays a number, as Sheets' import makes it.
      expect(ws.getCell(r + 1, 1).value).toBe(2);
      expect(mine.recap.requests).toHaveLength(REQUESTS.length);
    },
  );
});

describe('the titled register kept as an .xlsx with real merged cells and date cells', () => {
  test('reads like the canonical register; the merged title cells stay merged and unchanged', async () => {
    const dir = tmp();
    const file = path.join(dir, 'register-2025.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('REG 2025');
    titledRows().forEach((r) =>
      ws.addRow(
        r.map((v) => {
          const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(v);
          return m ? new Date(Date.UTC(+m[3], +m[2] - 1, +m[1])) : /^\d+$/.test(v) ? Number(v) : v;
        }),
      ),
    );
    for (const m of [
      'A1:M1',
      'A2:M2',
      'A3:M3',
      'A5:A6',
      'B5:B6',
      'C5:D5',
      'E5:G5',
      'H5:H6',
      'I5:I6',
      'J5:J6',
      'K5:K6',
      'L5:L6',
      'M5:M6',
    ])
      ws.mergeCells(m);
    for (const c of ['C', 'D']) ws.getColumn(c).numFmt = 'dd/mm/yyyy';
    await wb.xlsx.writeFile(file);
    const mine = await run(file);
    const reference = await canonical({});
    expect(mine.maps[0]).toMatchObject({
      headerRow: 6,
      columns: { 'Tanggal Permohonan': 'Tanggal / Permohonan', 'Nama Pemohon': 'Pemohon / Nama' },
    });
    expect(perRequest(mine.recap)).toEqual(perRequest(reference.recap));
    // Requests 006 and 018 are marked Ditolak with a notice ground: no refusal, listed (issue #24).
    expect(mine.recap.problems.map((p: any) => p.code)).toEqual([
      'refusal.notice_status',
      'refusal.notice_status',
      'row.totals',
    ]);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(mine.out, 'spreadsheet.xlsx'));
    const sheet = out.getWorksheet('REG 2025')!;
    expect(sheet.getCell('A1').value).toBe('REGISTER PERMOHONAN INFORMASI PUBLIK');
    expect(shown(sheet.getCell('C8').value)).toBe('2025-01-08');
    expect((sheet.model as { merges?: string[] }).merges).toEqual(expect.arrayContaining(['C5:D5', 'E5:G5', 'A1:M1']));
  });
});
