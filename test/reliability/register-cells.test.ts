// Issue #23 items 1–3, end to end through the built bundle in the emulator: a phone number, any
// number from 1e5 to 1e15, a negative number or NaN in any date column is a row problem and every
// command (report, digest, letter, intake, consolidate) still makes its outputs, under each answer
// Google may give for such a cell (the emulator's far-date quirks); and a name typed into a totals
// row and into No. Registrasi reaches neither recap.json, the document nor the PDF.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { pdfText } from '@ppid-sheets/emulator';
import { REGISTER_COLUMNS } from '../../src/core/register';
import { runReport } from '../../scripts/runner';
import { runDigest } from '../../scripts/digest';
import { runLetter } from '../../scripts/letter';
import { runIntake } from '../../scripts/intake';
import { runConsolidate } from '../../scripts/consolidate';
import { openDoc } from '../support/harness';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const JSZip = require('jszip');

const ROOT = path.resolve(__dirname, '../..');
const HEAD = REGISTER_COLUMNS.map((c) => c.id);
const DATE_COLUMNS = REGISTER_COLUMNS.filter((c) => c.type === 'date').map((c) => c.id);
const LETTER_SETTINGS = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/contoh-surat.settings.json'), 'utf8'));
const RESPONSES = path.join(ROOT, 'examples/jawaban-formulir-2025.csv');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-cells-'));

const csvCell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const toCsv = (rows: string[][]) => `${rows.map((r) => r.map(csvCell).join(',')).join('\n')}\n`;

/** A good request of 2025-Q2 with an objection and a dispute, so every date column is read. */
function request(n: number, fields: Record<string, string> = {}): string[] {
  const all: Record<string, string> = {
    'No. Registrasi': `${String(n).padStart(3, '0')}/PPID/2025`,
    'Tanggal Permohonan': '2025-04-14',
    Saluran: 'Email',
    'Nama Pemohon': `Pemohon ${n}`,
    'Kategori Pemohon': 'Perseorangan',
    Alamat: 'Jl. Contoh No. 1',
    Kontak: 'pemohon@example.id',
    'Informasi yang Diminta': 'Jadwal pelatihan',
    Status: 'Dipenuhi',
    'Tanggal Selesai': '2025-04-21',
    'Tanggal Keberatan': '2025-04-28',
    'Alasan Keberatan': 'c',
    'Tanggal Tanggapan Keberatan': '2025-05-05',
    'Keputusan Atasan PPID': 'Ditolak',
    Sengketa: 'Ya',
    'Tanggal Pengajuan Sengketa': '2025-05-12',
    'Tahap Sengketa': 'Mediasi',
    'Tanggal Putusan Sengketa': '2025-06-02',
    'Hasil Sengketa': 'Kesepakatan Mediasi',
    ...fields,
  };
  return HEAD.map((h) => all[h] ?? '');
}

/** Numbers no date is, as a CSV field in id_ID (decimal comma), with NaN and the phone number. */
const numberCell = fc.oneof(
  fc.integer({ min: 100000, max: 999999999999999 }).map(String),
  fc.double({ min: 1e5, max: 1e15, noNaN: true }).map((x) => x.toFixed(2).replace('.', ',')),
  fc.integer({ min: -999999999999999, max: -1 }).map(String),
  fc.constantFrom('NaN', '-0,5', '081234567890', '1000000000000000'),
);

interface BadCell {
  row: number;
  column: string;
  cell: string;
}

/** One bad cell per row, four per date column, drawn with a fixed seed; two good rows first. */
function badRegister(): { rows: string[][]; bad: BadCell[] } {
  const cells = fc.sample(numberCell, { numRuns: DATE_COLUMNS.length * 4, seed: 2323 });
  const rows = [HEAD, request(1), request(2)];
  const bad: BadCell[] = [];
  cells.forEach((cell, i) => {
    const column = DATE_COLUMNS[i % DATE_COLUMNS.length];
    rows.push(request(rows.length + 1, { [column]: cell }));
    bad.push({ row: rows.length, column, cell });
  });
  return { rows, bad };
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return (await zip.file('word/document.xml').async('string')).replace(/<[^>]+>/g, ' ');
}

/** The digits of a bad cell that would identify it (a number quoted back), or null for short ones. */
const digitsOf = (cell: string) => {
  const d = cell.replace(/\D/g, '');
  return d.length >= 6 ? d.slice(0, 8) : null;
};

describe('a number in a date column, through every command (issue #23 item 3)', () => {
  const { rows, bad } = badRegister();
  const received = bad.filter((b) => b.column === 'Tanggal Permohonan').map((b) => b.row);
  const dir = tmp();
  const input = path.join(dir, 'register.csv');
  fs.writeFileSync(input, toCsv(rows));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test.each([
    ['an invalid Date (the default)', []],
    ['the plain number', ['far-date-number']],
    ['the text it shows', ['far-date-text']],
  ])(
    'when getValues() gives %s: a row problem per cell, and every output made',
    async (_, quirks) => {
      const out = path.join(dir, `out-${quirks.join('') || 'default'}`);
      const run = await runReport({ input, period: '2025-Q2', asOf: '2025-07-10', out, pdf: false, quirks });
      const recap = JSON.parse(fs.readFileSync(run.files.json, 'utf8'));
      for (const f of ['json', 'docx', 'pdf', 'xlsx']) expect(fs.statSync(run.files[f]).size).toBeGreaterThan(1000);
      // Every bad cell is listed at its row and column; a bad date received keeps its row out.
      for (const b of bad) {
        const codes = recap.problems
          .filter((p: any) => p.row === b.row && p.column === b.column)
          .map((p: any) => p.code);
        expect({ ...b, listed: codes.some((c: string) => /^(received|date)\.(invalid|implausible)$/.test(c)) }).toEqual(
          {
            ...b,
            listed: true,
          },
        );
      }
      expect(recap.totals.requests).toBe(rows.length - 1 - received.length);
      expect(recap.requests.map((l: any) => l.row)).not.toEqual(expect.arrayContaining(received));
      // No number is quoted back, in the file or the document.
      const shared = `${JSON.stringify(recap.problems)}\n${await docxText(run.files.docx)}`;
      for (const b of bad) {
        const d = digitsOf(b.cell);
        if (d) expect({ cell: b.cell, quoted: shared.includes(d) }).toEqual({ cell: b.cell, quoted: false });
      }
      // Reporting never modifies the register: the cells show what was typed.
      const register = run.emulator.spreadsheet.getSheetByName('Register');
      const shown: string[][] = register.getDataRange().getDisplayValues();
      for (const b of bad.filter((x) => x.cell !== 'NaN'))
        expect(shown[b.row - 1][HEAD.indexOf(b.column)]).not.toBe('');

      const digest = await runDigest({ input, asOf: '2025-04-22', out: path.join(out, 'digest'), quirks });
      expect(digest.note).toBeTruthy();
      // A letter from a row with a phone number in Tanggal Selesai, and from a good row.
      const phoneRow = bad.find((b) => b.column === 'Tanggal Selesai')!;
      const number = rows[phoneRow.row - 1][0];
      const letter = await runLetter({
        input,
        number,
        kind: 'tanda-terima',
        asOf: '2025-04-15',
        out: path.join(out, 'letter'),
        settings: LETTER_SETTINGS,
        pdf: false,
        quirks,
      });
      expect(fs.statSync(letter.files.docx).size).toBeGreaterThan(1000);
      const intake = await runIntake({
        input,
        responses: RESPONSES,
        asOf: '2025-07-14',
        out: path.join(out, 'intake'),
        quirks,
      });
      expect(intake.added).toBeGreaterThan(0);
      expect(fs.statSync(intake.files.xlsx).size).toBeGreaterThan(1000);
    },
    240000,
  );

  test('npm run report and digest exit 0, and the consolidation takes the recap', () => {
    const out = path.join(dir, 'cli');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120000,
      });
    const report = cli('report', '--input', input, '--period', '2025-Q2', '--as-of', '2025-07-10', '--out', out);
    expect({ status: report.status, err: report.stderr.split('\n').filter((l) => /error/i.test(l)) }).toEqual({
      status: 0,
      err: [],
    });
    const digest = cli('digest', '--input', input, '--as-of', '2025-04-22', '--out', path.join(out, 'digest'));
    expect(digest.status).toBe(0);
    // A second unit beside this one, then the central PPID's consolidation of both.
    const other = JSON.parse(fs.readFileSync(path.join(out, 'recap.json'), 'utf8'));
    other.unit = 'Unit Kedua';
    const second = path.join(out, 'kedua.json');
    fs.writeFileSync(second, JSON.stringify(other));
    return runConsolidate({
      inputs: [path.join(out, 'recap.json'), second],
      out: path.join(out, 'pusat'),
      pdf: false,
    }).then((c) => {
      expect(fs.statSync(c.files.json).size).toBeGreaterThan(1000);
      expect(JSON.parse(fs.readFileSync(c.files.json, 'utf8')).totals.requests).toBe(2 * other.totals.requests);
    });
  }, 240000);
});

describe('a name in a totals row and in No. Registrasi (issue #23 items 1 and 2)', () => {
  test('ships in neither recap.json, the document nor the PDF; the officer still sees it in Periksa Data', async () => {
    const dir = tmp();
    const input = path.join(dir, 'register.csv');
    const totals = HEAD.map(() => '');
    totals[0] = 'Rekap Budi Santoso';
    totals[2] = '3';
    fs.writeFileSync(
      input,
      toCsv([
        HEAD,
        request(1),
        request(2, { 'No. Registrasi': 'Sri Wahyuni 0812 9876 5432' }),
        request(3, { 'No. Registrasi': 'sri.wahyuni@mail.example' }),
        request(4, { 'No. Registrasi': 'Sri Wahyuni 0812 9876 5432' }),
        totals,
      ]),
    );
    const out = path.join(dir, 'out');
    const run = await runReport({ input, period: '2025-Q2', asOf: '2025-07-10', out, pdf: false });
    const em = run.emulator;
    const recap = JSON.parse(fs.readFileSync(run.files.json, 'utf8'));
    // The rows are all there: four requests, the duplicate and the totals row listed by row.
    expect(recap.totals.requests).toBe(4);
    expect(recap.requests.map((l: any) => l.number)).toEqual(['001/PPID/2025', null, null, null]);
    expect(recap.problems.map((p: any) => [p.row, p.number, p.code])).toEqual(
      expect.arrayContaining([
        [5, null, 'number.duplicate'],
        [6, null, 'row.totals'],
      ]),
    );
    const doc = openDoc(em, run.result.docId);
    const outputs: Record<string, string> = {
      'recap.json': fs.readFileSync(run.files.json, 'utf8'),
      'report.docx': await docxText(run.files.docx),
      'report.pdf': pdfText(fs.readFileSync(run.files.pdf)),
      'Docs document': doc.getBody().getText(),
      'Drive PDF': pdfText(em.rt.files.get(run.result.pdfId)!.bytes!),
      'Drive JSON': em.rt.files.get(run.result.jsonId)!.bytes!.toString('utf8'),
      'recap sheet': JSON.stringify(em.spreadsheet.getSheetByName(run.result.recapSheet).getDataRange().getValues()),
      dialog: JSON.stringify(run.result),
    };
    for (const [name, text] of Object.entries(outputs)) {
      expect({ name, long: text.length > 200 }).toEqual({ name, long: true });
      expect({ name, leak: /Budi|Santoso|Wahyuni|sri\.|0812/i.exec(text)?.[0] ?? null }).toEqual({ name, leak: null });
    }
    // The register and the officer's own check keep the values, so the slips can be found.
    const check = em.call('checkRegister');
    expect(check.problems).toBeGreaterThanOrEqual(2);
    const listed = JSON.stringify(em.spreadsheet.getSheetByName('Periksa Data').getDataRange().getValues());
    expect(listed).toContain('Rekap Budi Santoso');
    expect(listed).toContain('Sri Wahyuni 0812 9876 5432');
    fs.rmSync(dir, { recursive: true, force: true });
  }, 120000);
});
