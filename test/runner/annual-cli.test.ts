// npm run report for a year says in the terminal what the report dialog says in Sheets (issue
// #13): the annual items with no settings row, shown as placeholders, and the 31 March deadline
// from January to March.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { generateRegister, header, toCsv } from '../../scripts/lib/generate-register';

const ROOT = path.resolve(__dirname, '../..');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    timeout: 170000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the annual report names its empty items and, in January, the deadline', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-annual-'));
  const input = path.join(dir, 'register.csv');
  fs.writeFileSync(
    input,
    toCsv(
      header(),
      generateRegister({
        rows: 12,
        seed: 13,
        from: '2025-02-03',
        to: '2025-11-28',
        badRate: 0,
        datesAsText: true,
        settledBefore: '2025-12-01',
      }),
    ),
  );
  // The year's own rows for two items; the other four are empty.
  fs.writeFileSync(
    path.join(dir, 'register.settings.json'),
    JSON.stringify({
      entries: [
        ['2025', 'Kebijakan Layanan', '', 'Kebijakan layanan.'],
        ['2025', 'Anggaran', '', 'Anggaran layanan.'],
      ],
    }),
  );
  const r = cli(
    'report',
    '--input',
    input,
    '--period',
    '2025',
    '--as-of',
    '2026-01-15',
    '--out',
    path.join(dir, 'out'),
  );
  expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
  expect(r.stdout).toContain(
    'annual items not filled in (placeholders in report.docx; settings rows for 2025): Sarana dan prasarana; Sumber daya manusia; Kendala internal dan eksternal; Rekomendasi dan rencana tindak lanjut',
  );
  expect(r.stdout).toContain('the 2025 annual report is due by 2026-03-31 (75 days left)');
  const later = cli(
    'report',
    '--input',
    input,
    '--period',
    '2025',
    '--as-of',
    '2026-04-01',
    '--out',
    path.join(dir, 'later'),
  );
  expect(later.code).toBe(0);
  expect(later.stdout).not.toContain('annual report is due');
}, 360000);
