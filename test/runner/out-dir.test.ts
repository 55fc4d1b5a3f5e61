// The default --out out/ (issue #23 item 11): a run that replaces what an earlier run left says so
// in its progress lines, naming the files and which report recap.json was, and warns when that was
// another period's report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runReport } from '../../scripts/runner';
import { replacing } from '../../scripts/lib/out-dir';

const ROOT = path.resolve(__dirname, '../..');
const seedCsv = path.join(ROOT, 'examples/seed-tw3-2021.csv');
const settings = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples/seed-tw3-2021.settings.json'), 'utf8'));

async function reportInto(out: string, period: string): Promise<string[]> {
  const lines: string[] = [];
  await runReport({
    input: seedCsv,
    period,
    asOf: '2021-10-11',
    out,
    settings,
    pdf: false,
    progress: (l) => lines.push(l),
  });
  return lines;
}

describe('a report into a folder that holds an earlier one', () => {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-out-')), 'out');
  const runs: string[][] = [];
  beforeAll(async () => {
    runs.push(await reportInto(out, '2021-Q3'));
    runs.push(await reportInto(out, '2021-Q2'));
    runs.push(await reportInto(out, '2021-Q2'));
  });

  test('the first run into an empty folder says nothing of replacing', () => {
    expect(runs[0].filter((l) => /replac/.test(l))).toEqual([]);
  });

  test("another period's report replaced: a warning naming it and every file", () => {
    const warn = runs[1].filter((l) => l.startsWith('warning:') && l.includes('replaces'));
    expect(warn).toHaveLength(1);
    expect(warn[0]).toContain('holds another report, which this run replaces');
    expect(warn[0]).toContain(
      `recap.json (report of "${settings['Nama Unit']}" for 2021-07-01..2021-09-30, as of 2021-10-11`,
    );
    for (const f of ['spreadsheet.xlsx', 'report.docx', 'report.pdf', 'charts/ (4 files)'])
      expect(warn[0]).toContain(f);
    expect(warn[0]).toContain('give --out DIR to keep it');
    // Said before the files are written, in the progress, after "[4/5] writing".
    expect(runs[1].indexOf(warn[0])).toBe(runs[1].findIndex((l) => l.startsWith('[4/5]')) + 1);
  });

  test('the same report made again: said as a replacement, without a warning', () => {
    const lines = runs[2].filter((l) => /replac/.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^ {6}replacing what an earlier run left in .*: spreadsheet\.xlsx, /);
    expect(lines[0]).toContain('for 2021-04-01..2021-06-30');
  });
});

test('replacing() names only the files that are there', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-out-'));
  expect(replacing(dir, ['digest.txt', 'digest.html'])).toEqual({ line: null, otherReport: false });
  fs.writeFileSync(path.join(dir, 'digest.txt'), 'x');
  const r = replacing(dir, ['digest.txt', 'digest.html']);
  expect(r.otherReport).toBe(false);
  expect(r.line).toMatch(/replacing what an earlier run left in .*: digest\.txt; give --out DIR to keep it$/);
});
