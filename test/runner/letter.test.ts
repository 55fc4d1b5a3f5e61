// `npm run letter`: a register file in, KIND-NUMBER.docx and .pdf out through the same bundle;
// one clear line and a non-zero exit when the letter cannot be made.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { runLetter } from '../../scripts/letter';
import { pdfText } from '@ppid-sheets/emulator';
import { perkiRows } from '../fixtures/adopt/layouts';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const JSZip = require('jszip');

const ROOT = path.resolve(__dirname, '../..');
const input = path.join(ROOT, 'examples/contoh-surat.csv');
const settings = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/contoh-surat.settings.json'), 'utf8'));
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-letter-'));

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  return (await zip.file('word/document.xml').async('string')).replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), 'letter', ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run letter on the example register', () => {
  const out = tmp();
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test('the extension notice of 001/PPID/2025: KIND-NUMBER.docx and .pdf, the extended due date inside', async () => {
    const r = await runLetter({
      input,
      number: '001/PPID/2025',
      kind: 'perpanjangan',
      asOf: '2025-04-14',
      out,
      settings,
      pdf: false,
      logo: path.join(ROOT, 'examples/logo-contoh.png'),
    });
    expect(path.basename(r.files.docx)).toBe('perpanjangan-001-PPID-2025.docx');
    expect(path.basename(r.files.pdf)).toBe('perpanjangan-001-PPID-2025.pdf');
    const text = await docxText(r.files.docx);
    expect(text).toContain('Balai Pelatihan Vokasi Contoh Bandung');
    expect(text).toContain('Bandung, 14 April 2025');
    expect(text).toContain('paling lambat 2 Mei 2025');
    expect(text).toContain('Nomor');
    expect(text).toContain('001/PPID/IV/2025');
    const zip = await JSZip.loadAsync(fs.readFileSync(r.files.docx));
    expect(Object.keys(zip.files).some((n) => n.startsWith('word/media/'))).toBe(true); // the logo
    expect(pdfText(fs.readFileSync(r.files.pdf))).toContain('Bandung, 14 April 2025');
  });

  test('the refusal of 003/PPID/2025 names Pasal 17 huruf h and the 30-working-day objection right', async () => {
    const r = await runLetter({
      input,
      number: '003/PPID/2025',
      kind: 'penolakan',
      asOf: '2025-04-17',
      out,
      settings,
      pdf: false,
    });
    const text = await docxText(r.files.docx);
    expect(text).toContain('Pasal 17 huruf h');
    expect(text).toContain('30 (tiga puluh) hari kerja');
    expect(text).toContain('10 Juni 2025');
  });

  test("the superior's response to 003/PPID/2025 takes the decision from Putusan Atasan PPID", async () => {
    const r = await runLetter({
      input,
      number: '003/PPID/2025',
      kind: 'tanggapan-keberatan',
      asOf: '2025-05-20',
      out,
      settings,
      pdf: false,
    });
    const text = await docxText(r.files.docx);
    expect(text).toContain('Keberatan Saudara ditolak');
    expect(text).toContain('Tanggapan ini ditetapkan pada 20 Mei 2025');
    expect(text).toContain('Kepala Balai');
  });

  test('errors: one line on standard error, non-zero exit', () => {
    const missingKind = cli('--input', input, '--number', '001/PPID/2025');
    expect(missingKind.code).toBe(2);
    expect(missingKind.stderr.trim().split('\n')).toEqual([
      'error: missing --kind (tanda-terima|pemberitahuan|perpanjangan|penolakan|tanggapan-keberatan)',
    ]);
    const late = cli(
      '--input',
      input,
      '--number',
      '001/PPID/2025',
      '--kind',
      'perpanjangan',
      '--as-of',
      '2025-04-23',
      '--out',
      out,
    );
    expect(late.code).toBe(2);
    expect(late.stderr.trim().split('\n').pop()).toMatch(
      /^error: letter not made: .*Batas waktu pertama sudah lewat \(22 April 2025/,
    );
    // The same errors in-process (each spawn costs a build of the emulator).
  });

  test('what the dialog asks, given as flags: the holder of information the unit does not hold', async () => {
    const r = await runLetter({
      input,
      number: '004/PPID/2025',
      kind: 'pemberitahuan',
      asOf: '2025-04-22',
      out,
      settings,
      pdf: false,
      extras: { infoHolder: 'Dinas Pendidikan Provinsi Jawa Barat' },
    });
    const text = await docxText(r.files.docx);
    expect(text).toContain('tidak berada di bawah penguasaan');
    expect(text).toContain('dikuasai oleh Dinas Pendidikan Provinsi Jawa Barat');
    await expect(
      runLetter({
        input,
        number: '003/PPID/2025',
        kind: 'tanggapan-keberatan',
        out,
        settings,
        pdf: false,
        extras: { decision: 'maybe' },
      }),
    ).rejects.toThrow('unknown --decision "maybe": use granted|partial|rejected');
  });

  test("a kind that does not fit, an unknown number: the officer's sentence", async () => {
    await expect(
      runLetter({
        input,
        number: '005/PPID/2025',
        kind: 'perpanjangan',
        asOf: '2025-05-06',
        out,
        settings,
        pdf: false,
      }),
    ).rejects.toThrow(
      /^letter not made: Pemberitahuan Perpanjangan Jangka Waktu tidak sesuai untuk permohonan 005\/PPID\/2025/,
    );
    await expect(
      runLetter({ input, number: '404/PPID/2025', kind: 'tanda-terima', out, settings, pdf: false }),
    ).rejects.toThrow('letter not made: Tidak ada permohonan dengan No. Registrasi "404/PPID/2025" di register.');
    await expect(runLetter({ input, number: '001/PPID/2025', kind: 'surat', out })).rejects.toThrow(
      /^unknown --kind "surat"/,
    );
  });
});

describe('npm run letter on a register kept under other headers', () => {
  const out = tmp();
  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test('Perki SLIP headers under a title: adopted where they are, the refusal read through the stored mapping', async () => {
    const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const rows = perkiRows();
    const title = ['REGISTER PERMOHONAN INFORMASI PUBLIK 2025', ...new Array(rows[0].length - 1).fill('')];
    const file = path.join(out, 'register-perki.csv');
    fs.writeFileSync(
      file,
      `${[title, rows[0].map(() => ''), ...rows].map((r) => r.map(csvCell).join(',')).join('\n')}\n`,
    );
    const r = await runLetter({
      input: file,
      number: '004/PPID-DPK/2025',
      kind: 'penolakan',
      asOf: '2025-04-17',
      out,
      settings,
      pdf: false,
    });
    expect(path.basename(r.files.docx)).toBe('penolakan-004-PPID-DPK-2025.docx');
    const text = await docxText(r.files.docx);
    expect(text).toContain('Forum Warga Pesisir Timur');
    expect(text).toContain('Pasal 17 huruf j');
    expect(text).toContain('30 (tiga puluh) hari kerja');
    expect(text).toContain('10 Juni 2025');
    // --map is the report's: here it leaves the address unread, so the letter says what it lacks.
    const map = path.join(out, 'map.json');
    fs.writeFileSync(map, JSON.stringify({ headerRow: 3, columns: { Alamat: null } }));
    const lacking = cli(
      '--input',
      file,
      '--number',
      '004/PPID-DPK/2025',
      '--kind',
      'penolakan',
      '--as-of',
      '2025-04-17',
      '--out',
      out,
      '--map',
      map,
    );
    expect(lacking.code).toBe(2);
    expect(lacking.stderr.trim().split('\n').pop()).toMatch(
      /^error: letter not made: .*Alamat belum diisi: surat ini dialamatkan kepada pemohon/,
    );
  });
});
