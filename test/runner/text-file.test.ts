// A register CSV as Excel on Windows saves it (issue #23 item 13): Windows-1252 bytes, not UTF-8.
// Read with its accents, and said so on standard error; UTF-8 with a byte order mark and UTF-16
// with one are read too. The bytes below are written out by hand, not produced by our decoder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { CP1252_HIGH, decodeText, decodeWindows1252 } from '../../scripts/lib/text-file';

const ROOT = path.resolve(__dirname, '../..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-encoding-'));

// 0x80–0x9F as Windows-1252 prints them (Unicode's CP1252.TXT; the five undefined bytes as C1
// controls, as WHATWG's decoder gives them), typed as characters.
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

describe('Windows-1252', () => {
  test('the whole table: 00–7F ASCII, 80–9F the printed characters, A0–FF Latin-1', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const s = decodeWindows1252(all);
    expect(s.length).toBe(256);
    expect(s.slice(0x80, 0xa0)).toBe(HIGH);
    expect(String.fromCharCode(...CP1252_HIGH)).toBe(HIGH);
    for (let b = 0; b < 0x80; b++) expect(s.charCodeAt(b)).toBe(b);
    expect(s.slice(0xa0)).toBe(Buffer.from(all.subarray(0xa0)).toString('latin1'));
    expect(s[0xe9]).toBe('é');
    expect(s[0xfc]).toBe('ü');
  });

  test('a name in Windows-1252 bytes is not UTF-8, and is read with its accents', () => {
    // "José Müller", "Zoë O’Brien", "Šárka Œuvre" as Excel on Windows writes them.
    const bytes = Uint8Array.from([
      0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x2c, 0x5a, 0x6f, 0xeb, 0x20, 0x4f, 0x92, 0x42,
      0x72, 0x69, 0x65, 0x6e, 0x2c, 0x8a, 0xe1, 0x72, 0x6b, 0x61, 0x20, 0x8c, 0x75, 0x76, 0x72, 0x65,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'José Müller,Zoë O’Brien,Šárka Œuvre', encoding: 'windows-1252' });
  });

  test('UTF-8 stays UTF-8, with or without its byte order mark; UTF-16 with a mark either way round', () => {
    const utf8 = Uint8Array.from([0x4a, 0x6f, 0x73, 0xc3, 0xa9]);
    expect(decodeText(utf8)).toEqual({ text: 'José', encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({
      text: 'José',
      encoding: 'utf-8 with BOM',
    });
    const le = Uint8Array.from([0xff, 0xfe, 0x4a, 0x00, 0xe9, 0x00, 0x20, 0x00, 0xac, 0x20]);
    expect(decodeText(le)).toEqual({ text: 'Jé €', encoding: 'utf-16le' });
    const be = Uint8Array.from([0xfe, 0xff, 0x00, 0x4a, 0x00, 0xe9, 0x00, 0x20, 0x20, 0xac]);
    expect(decodeText(be)).toEqual({ text: 'Jé €', encoding: 'utf-16be' });
    expect(decodeText(Uint8Array.from([]))).toEqual({ text: '', encoding: 'utf-8' });
  });
});

describe('a Windows-1252 register through npm run report', () => {
  const dir = tmp();
  const csv = path.join(dir, 'register-excel.csv');
  // The seed register with accented names, encoded by hand: ASCII as is, é ü ë ’ Š as their
  // Windows-1252 bytes.
  const BYTE: Record<string, number> = { é: 0xe9, ü: 0xfc, ë: 0xeb, '’': 0x92, Š: 0x8a, á: 0xe1 };
  const names = ['José Müller', 'Zoë O’Brien', 'Šárka Dvorák'];
  const text = fs
    .readFileSync(path.join(ROOT, 'examples/seed-tw3-2021.csv'), 'utf8')
    .replace('Rina Marlina', names[0])
    .replace('Dimas Arya', names[1])
    .replace('Slamet Riyadi', names[2]);
  fs.writeFileSync(csv, Uint8Array.from([...text].map((c) => BYTE[c] ?? c.charCodeAt(0))));
  const out = path.join(dir, 'out');
  const r = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'scripts/run.js'),
      'report',
      '--input',
      csv,
      '--period',
      '2021-Q3',
      '--as-of',
      '2021-10-11',
      '--out',
      out,
    ],
    { encoding: 'utf8', cwd: ROOT, timeout: 180000 },
  );

  test('the file is not UTF-8 (the bytes are what Excel writes)', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(csv))).toThrow();
    expect(fs.readFileSync(csv).includes(0x92)).toBe(true);
  });

  test('exit 0, and standard error says it was read as Windows-1252', () => {
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`note: ${csv} is not valid UTF-8; read as Windows-1252`);
    expect(r.stdout).toMatch(/3 requests, 0 problems/);
  });

  test('the register in spreadsheet.xlsx holds the names with their accents, none with "�"', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, 'spreadsheet.xlsx'));
    const reg = wb.getWorksheet('Register')!;
    const col = (reg.getRow(1).values as unknown[]).indexOf('Nama Pemohon');
    const got = [2, 3, 4].map((i) => String(reg.getCell(i, col).value));
    expect(got).toEqual(names);
    expect(JSON.stringify(got)).not.toContain('\uFFFD');
  });

  test('without a settings file, standard error names the settings the cover and signature lack', () => {
    expect(r.stderr).toContain(
      'warning: settings not filled in, shown as placeholders ("[BELUM DIISI: Nama Unit]") on the cover and signature of report.docx: Nama Unit, Kota, Nama Petugas PPID; set them in register-excel.settings.json beside the register',
    );
  });
});
