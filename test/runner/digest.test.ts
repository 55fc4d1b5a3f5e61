// `npm run digest`: the day's reminder e-mail, made by the bundle's own trigger in the emulator,
// on disk as digest.txt and digest.html; a note and no file on a day with nothing to say.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { header, toCsv } from '../../scripts/lib/generate-register';
import { runDigest } from '../../scripts/digest';
import { row } from '../support/harness';
import { QUIRKS } from '@ppid-sheets/emulator';

const ROOT = path.resolve(__dirname, '../..');
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-digest-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), 'digest', ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 120000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A CSV register with ISO dates: two open requests, one answered, one with an objection. */
function register(dir: string): string {
  const rows = [
    row({
      'No. Registrasi': '001/PPID/2025',
      'Tanggal Permohonan': '2025-07-25',
      Saluran: 'Email',
      'Nama Pemohon': 'Wening QXNAMA',
      'Kategori Pemohon': 'Perseorangan',
      Alamat: 'Jl. QXALAMAT 9',
      Kontak: 'qx@pemohon.example',
      'Informasi yang Diminta': 'Berkas QXMINTA',
      Topik: 'Pelatihan',
      Status: 'Diproses',
    }),
    row({
      'No. Registrasi': '002/PPID/2025',
      'Tanggal Permohonan': '2025-08-05',
      Saluran: 'WhatsApp',
      'Nama Pemohon': 'Ratih QXNAMA',
      'Kategori Pemohon': 'Perseorangan',
      'Informasi yang Diminta': 'Data QXMINTA',
      Topik: '<b>Beasiswa</b>',
      Status: 'Diproses',
    }),
    row({
      'No. Registrasi': '003/PPID/2025',
      'Tanggal Permohonan': '2025-08-01',
      Saluran: 'Email',
      'Nama Pemohon': 'Laras QXNAMA',
      'Kategori Pemohon': 'Perseorangan',
      'Informasi yang Diminta': 'QXMINTA',
      Topik: 'Pelatihan',
      Status: 'Dipenuhi',
      'Tanggal Selesai': '2025-08-04',
    }),
    row({
      'No. Registrasi': '004/PPID/2025',
      'Tanggal Permohonan': '2025-06-10',
      Saluran: 'Surat',
      'Nama Pemohon': 'Bayu QXNAMA',
      'Kategori Pemohon': 'Badan Hukum',
      'Informasi yang Diminta': 'QXMINTA',
      Topik: 'Beasiswa',
      Status: 'Ditolak',
      'Alasan Penolakan': 'Belum Dikuasai',
      'Tanggal Selesai': '2025-06-20',
      'Tanggal Keberatan': '2025-07-08',
    }),
  ];
  const file = path.join(dir, 'register.csv');
  fs.writeFileSync(file, toCsv(header(), rows));
  return file;
}

describe('npm run digest', () => {
  const dir = tmp();
  const input = register(dir);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a working day: digest.txt and digest.html say what the e-mail would, with no personal data', async () => {
    const out = path.join(dir, 'out');
    const r = await runDigest({
      input,
      asOf: '2025-08-20',
      out,
      settings: { 'E-mail Pengingat Harian': 'ppid@unit.example.go.id' },
    });
    const txt = fs.readFileSync(path.join(out, 'digest.txt'), 'utf8');
    const html = fs.readFileSync(path.join(out, 'digest.html'), 'utf8');
    expect(txt.split('\n').slice(0, 2)).toEqual([
      'Subject: Pengingat tenggat PPID 20/08/2025: 1 lewat batas, 1 jatuh tempo hari ini, 1 keberatan mendekati batas',
      'To: ppid@unit.example.go.id',
    ]);
    const lines = txt
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.replace(/https:\/\/\S+#gid=0&range=/, 'LINK '));
    expect(lines).toEqual([
      '- 001/PPID/2025 | Pelatihan | Email | batas 08/08/2025 | lewat 7 hari kerja | LINK A2',
      // A topic outside the settings' list is counted as Lainnya; the typed text never travels.
      '- 002/PPID/2025 | Lainnya | WhatsApp | batas 20/08/2025 | batasnya hari ini | LINK A3',
      '- 004/PPID/2025 | Beasiswa | Surat | batas 20/08/2025 | batasnya hari ini | LINK A5',
    ]);
    expect(r.note).toBe('2025-08-20: 3 lines, to ppid@unit.example.go.id');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain(r.mail!.htmlBody!);
    expect(r.mail!.body).toBe(txt.split('\n').slice(3).join('\n'));
    expect(`${txt}\n${html}`).not.toMatch(/QXNAMA|QXALAMAT|QXMINTA|pemohon\.example|Wening|Ratih|Bayu|<b>Beasiswa/);
  }, 60000);

  test('a weekend, and a day with nothing to say: a note, no file (an earlier digest is removed)', async () => {
    const out = path.join(dir, 'out2');
    await runDigest({ input, asOf: '2025-08-20', out });
    expect(fs.existsSync(path.join(out, 'digest.txt'))).toBe(true);
    const weekend = await runDigest({ input, asOf: '2025-08-23', out });
    expect(weekend).toMatchObject({
      files: {},
      mail: null,
      note: "2025-08-23 is a weekend: no reminder is sent; the next working day's covers it",
    });
    expect(fs.readdirSync(out).filter((f) => f.startsWith('digest'))).toEqual([]);
    const holiday = await runDigest({ input, asOf: '2025-08-18', out });
    expect(holiday.note).toBe(
      "2025-08-18 is a holiday in the Hari Libur sheet: no reminder is sent; the next working day's covers it",
    );
    const quiet = await runDigest({ input, asOf: '2025-07-28', out });
    expect(quiet.note).toBe(
      '2025-07-28 has nothing to remind of (no request overdue, due or near due, no objection near its limit): no e-mail',
    );
    expect(fs.readdirSync(out).filter((f) => f.startsWith('digest'))).toEqual([]);
  }, 60000);

  test('the command line: summary on stdout, one clear line and a non-zero exit on bad input', () => {
    const out = path.join(dir, 'cli');
    const ok = cli('--input', input, '--as-of', '2025-08-20', '--out', out);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('digest for 2025-08-20: 3 lines, to petugas@example.go.id');
    expect(ok.stderr).toContain('[2/3] turning Pengingat Harian on');
    // The spreadsheet's ID (in each line's link) is new at every run.
    const noId = (text: string) => text.replace(/\/d\/[^/]+\/edit/g, '/d/ID/edit');
    const okTxt = noId(fs.readFileSync(path.join(out, 'digest.txt'), 'utf8'));
    const weekend = cli('--input', input, '--as-of', '2025-08-24', '--out', out);
    expect(weekend.code).toBe(0);
    expect(weekend.stdout).toBe(
      "note: 2025-08-24 is a weekend: no reminder is sent; the next working day's covers it; no file written\n",
    );
    // --quirk repeats, as for the report. With no document lock the e-mail is the same; a trigger
    // that runs without its spreadsheet sends nothing, and the note says why.
    const quirky = cli(
      '--input',
      input,
      '--as-of',
      '2025-08-20',
      '--out',
      path.join(dir, 'cli-quirks'),
      '--quirk',
      'no-document-lock',
      '--quirk',
      'strict-drive-file',
    );
    expect(quirky.code).toBe(0);
    expect(quirky.stderr).toContain('emulator switches: no-document-lock, strict-drive-file');
    expect(quirky.stdout.split('\n')[0]).toBe(ok.stdout.split('\n')[0]);
    expect(noId(fs.readFileSync(path.join(dir, 'cli-quirks', 'digest.txt'), 'utf8'))).toBe(okTxt);
    const detached = cli(
      '--input',
      input,
      '--as-of',
      '2025-08-20',
      '--out',
      path.join(dir, 'cli-detached'),
      '--quirk',
      'clock-without-document',
    );
    expect(detached.code).toBe(0);
    expect(detached.stdout).toBe(
      'note: 2025-08-20 sent nothing: the trigger ran without its spreadsheet; nothing was read or sent; no file written\n',
    );
    for (const [args, message] of [
      [
        ['--input', input, '--as-of', '2025-08-20', '--quirk', 'no-lock'],
        `error: unknown quirk "no-lock": use ${Object.keys(QUIRKS).join(', ')}`,
      ],
      [['--input', input], 'error: missing --as-of YYYY-MM-DD (the day of the digest)'],
      [['--input', input, '--as-of', '2025-02-30'], 'error: bad --as-of "2025-02-30": use a real date as YYYY-MM-DD'],
    ] as Array<[string[], string]>) {
      const r = cli(...args);
      expect({ args, code: r.code === 0 ? 0 : 'non-zero', stderr: r.stderr.trim().split('\n').at(-1) }).toEqual({
        args,
        code: 'non-zero',
        stderr: message,
      });
    }
  }, 180000);
});
