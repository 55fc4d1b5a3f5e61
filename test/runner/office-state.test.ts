// The README's office scenario (#26 item 5), run as written: the commands are read from the
// README's "office-scenario" block, so the documentation cannot drift from what runs. Each runs
// through main() in this process (run.js without a process each), on one --state folder, and the
// ends are checked on the saved emulated Google: one report folder, the unit's own template used
// by the second officer, the reminder owned by him, the activity log naming every step's user.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Emulator } from '@ppid-sheets/emulator';
import { main } from '../../scripts/cli';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const JSZip = require('jszip');

const ROOT = path.resolve(__dirname, '../..');
const ANI = 'ani@ppid.example.go.id';
const BUDI = 'budi@ppid.example.go.id';

/** The scenario's commands from the README, `npm run X -- …` as [X, …]. */
function scenario(): string[][] {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const block = /<!-- office-scenario -->\n```sh\n([\s\S]*?)```/.exec(readme);
  if (!block) throw new Error('README has no office-scenario block');
  return block[1]
    .trim()
    .split('\n')
    .map((line) => {
      const m = /^npm run (\S+) -- (.*)$/.exec(line.trim());
      if (!m) throw new Error(`not a command: ${line}`);
      return [m[1], ...m[2].split(/\s+/)];
    });
}

async function run(args: string[]) {
  const out: string[] = [];
  const keep = (s: unknown) => {
    out.push(String(s));
    return true;
  };
  const o = jest.spyOn(process.stdout, 'write').mockImplementation(keep);
  const e = jest.spyOn(process.stderr, 'write').mockImplementation(keep);
  try {
    return { code: await main(args), text: out.join('') };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

describe('the README office scenario with --state and --user', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-office-'));
  const base = path.join(tmp, 'kantor');
  const path0 = process.env.PATH;
  const outputs: string[] = [];
  let em: Emulator;

  beforeAll(async () => {
    // No LibreOffice: the runner writes the add-on's own PDFs (fast; the PDFs are not judged here).
    process.env.PATH = tmp;
    for (const cmd of scenario()) {
      const args = cmd.map((a) => a.replace(/^out\/kantor/, base));
      const r = await run(args);
      outputs.push(r.text);
      if (r.code !== 0) throw new Error(`${cmd.join(' ')} → ${r.code}\n${r.text}`);
    }
    process.env.PATH = path0;
    em = await Emulator.restore(base);
  }, 240000);
  afterAll(() => {
    process.env.PATH = path0;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  const docProp = (key: string) =>
    em.rt.asUser(BUDI, () =>
      em.rt.uncounted(() => em.services.PropertiesService.getDocumentProperties().getProperty(key)),
    );

  test('the scenario has the steps the issue names, and the second officer picked the folder once', () => {
    const steps = scenario().map(
      (c) => `${c[0]} ${c.find((a) => a.startsWith('--') && !['--state', '--user'].includes(a))}`,
    );
    expect(steps).toEqual(
      expect.arrayContaining(['office --setup', 'report --period', 'letter --number', 'office --remove-user']),
    );
    expect(outputs.join('').match(/picks the unit's folder/g)).toHaveLength(1);
  });

  test("one report folder, holding both officers' reports; Ani's earlier files named, Budi's marked", () => {
    const folders = [...em.rt.files.values()].filter((f) => f.isFolder && f.name === 'Laporan PPID');
    expect(folders).toHaveLength(1);
    const inIt = [...em.rt.files.values()].filter((f) => f.parents.includes(folders[0].id) && !f.trashed);
    const byBudi = inIt.filter((f) => f.name.includes(`dibuat ulang oleh ${BUDI}`));
    expect(byBudi.map((f) => f.mimeType).sort()).toEqual(
      ['application/json', 'application/pdf', 'application/vnd.google-apps.document'].sort(),
    );
    // Ani's three files of the quarter stay (now Budi's, by the transfer), never looking like his.
    expect(inIt.filter((f) => !f.name.includes('dibuat ulang'))).toHaveLength(3);
    expect(outputs[5]).toContain(`for ${ANI} to remove`);
  });

  test("Budi's letter used the unit's template: its logo, and no second set of templates", async () => {
    const templates = [...em.rt.files.values()].filter((f) => f.name.startsWith('Templat - ') && !f.trashed);
    expect(templates).toHaveLength(5);
    expect(new Set(templates.map((f) => f.owner))).toEqual(new Set([BUDI])); // transferred from Ani
    const docx = fs.readdirSync(`${base}-budi`).find((f) => f.startsWith('tanda-terima-') && f.endsWith('.docx'))!;
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(`${base}-budi`, docx)));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).not.toHaveLength(0);
  });

  test('the daily reminder is owned by Budi: one trigger of his, and the record names him', () => {
    const rec = JSON.parse(docProp('ppid.trigger.dailyReminder')!);
    expect(rec.owner.email).toBe(BUDI);
    const clocks = em.services.ScriptApp._triggers.filter((t: any) => t.eventType === 'CLOCK');
    expect(clocks.filter((t: any) => t.owner === BUDI)).toHaveLength(1);
    expect(outputs.at(-1)).toContain(`daily reminder: on, runs as ${BUDI}`);
  });

  test('Log Aktivitas lists every add-on step with its user', () => {
    const sheet = em.rt.asUser(BUDI, () => em.spreadsheet.getSheetByName('Log Aktivitas'));
    const rows: unknown[][] = sheet.getDataRange().getValues().slice(1);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      [ANI, 'Siapkan register'],
      [ANI, 'Pengingat harian dinyalakan'],
      [ANI, 'Buat surat'],
      [ANI, 'Buat laporan'],
      [BUDI, 'Folder unit dipilih'],
      [BUDI, 'Buat laporan'],
      [BUDI, 'Buat surat'],
      [BUDI, 'Pengingat harian dinyalakan'],
    ]);
  });

  test('given --input again, the state refuses another file; an account never shared with is refused', async () => {
    const other = await run([
      'report',
      '--state',
      base,
      '--input',
      'examples/seed-tw3-2021.csv',
      '--period',
      '2025-Q2',
    ]);
    expect(other.code).toBe(2);
    expect(other.text).toMatch(/names another file/);
    const stranger = await run([
      'report',
      '--state',
      base,
      '--user',
      'tamu@example.com',
      '--period',
      '2025-Q2',
      '--out',
      `${base}-tamu`,
    ]);
    expect(stranger.code).not.toBe(0);
    expect(stranger.text).toMatch(/report not made/);
  }, 60000);
});
