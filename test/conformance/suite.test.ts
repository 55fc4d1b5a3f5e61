// The conformance suite in the emulator: at least 30 checks, each recording what it observed, all
// passing; the same built project (dist-conformance/) loads in a plain vm with runConformance as
// its global; and the checks that settle the open questions tell each emulator switch apart.
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { spawnSync } from 'node:child_process';
import { createEmulator } from '@ppid-sheets/emulator';
import { runSuiteInEmulator, DIST_CONFORMANCE } from '../../scripts/conformance-cli';
import { quirksShown } from '../../conformance/node/results';
import { EXCLUSIVE_QUIRKS, QUIRK_EVIDENCE } from '../../conformance/apps-script/evidence';
import { CHECKS } from '../../conformance/apps-script/suite';

const ROOT = path.resolve(__dirname, '../..');
const ALL = Object.keys(QUIRK_EVIDENCE);
/** Every switch that can be on at once (the first answer of each exclusive group), and the others. */
const OTHERS = EXCLUSIVE_QUIRKS.flatMap((g) => g.slice(1)) as string[];
const TOGETHER = ALL.filter((q) => !OTHERS.includes(q));

describe('the conformance suite on the emulator', () => {
  test.each(['id_ID', 'en_US'])(
    '%s: at least 30 checks, all pass, each with its observation and source',
    (locale) => {
      const report = runSuiteInEmulator(createEmulator({ locale }));
      expect(report.checks.length).toBeGreaterThanOrEqual(30);
      expect(report.checks.map((c) => c.name)).toEqual(CHECKS.map((c) => c.name));
      expect(report.summary).toEqual({ checks: report.checks.length, passed: report.checks.length, failed: [] });
      for (const c of report.checks)
        expect({ name: c.name, observed: c.observed === undefined ? 'missing' : 'recorded' }).toEqual({
          name: c.name,
          observed: 'recorded',
        });
      for (const c of CHECKS) expect(c.source.length).toBeGreaterThan(20);
      expect(report).toMatchObject({
        suite: 'ppid-sheets-conformance',
        world: 'emulator',
        locale,
        timeZone: 'Asia/Jakarta',
      });
      // The whole report fits the one cell it is copied from on Google (50,000 characters).
      expect(JSON.stringify(report).length).toBeLessThan(45000);
      // Nothing of the run is left behind but its results sheet.
      const em = createEmulator({ locale });
      runSuiteInEmulator(em);
      expect(em.spreadsheet.getSheets().map((s: any) => s.getName())).toEqual(['Sheet1', 'PPID Conformance']);
    },
    300000,
  );

  test('with every switch on (id_ID), the deciding checks show each open question the other way', () => {
    const report = runSuiteInEmulator(createEmulator({ locale: 'id_ID', quirks: TOGETHER }));
    expect(
      quirksShown([{ file: 'emulator', report }])
        .map((q) => q.quirk)
        .sort(),
    ).toEqual([...TOGETHER].sort());
    expect(report.summary.failed).toEqual([]);
    // The other answers of a question, one at a time: each shows itself and nothing else of its group.
    for (const quirk of OTHERS) {
      const other = runSuiteInEmulator(createEmulator({ locale: 'id_ID', quirks: [quirk] }));
      expect(quirksShown([{ file: 'emulator', report: other }]).map((q) => q.quirk)).toEqual([quirk]);
      expect(other.summary.failed).toEqual([]);
    }
    expect(() => createEmulator({ quirks: EXCLUSIVE_QUIRKS[0] as string[] })).toThrow(/choose one/);
    const plain = runSuiteInEmulator(createEmulator({ locale: 'id_ID' }));
    expect(quirksShown([{ file: 'emulator', report: plain }])).toEqual([]);
  }, 300000);

  test('npm run conformance: one line per check, then the summary as the last line', () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/run.js'), 'conformance'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240000,
    });
    const lines = r.stdout.trim().split('\n');
    const summary = JSON.parse(lines[lines.length - 1]);
    expect(summary).toEqual({ checks: CHECKS.length, passed: CHECKS.length, failed: [] });
    expect(lines.filter((l) => /^pass {2}\S+: /.test(l))).toHaveLength(CHECKS.length);
    expect(r.status).toBe(0);
  }, 300000);
});

describe('dist-conformance/, the standalone Apps Script project', () => {
  test('loads in a plain vm with runConformance as a global function, and nothing else', () => {
    const code = fs.readFileSync(path.join(DIST_CONFORMANCE, 'Code.js'), 'utf8');
    const context = vm.createContext({});
    vm.runInContext(code, context);
    expect(typeof context.runConformance).toBe('function');
    const functions = Object.keys(context).filter((k) => typeof context[k] === 'function');
    expect(functions).toEqual(['runConformance']);
  }, 300000);

  test("has its own manifest: the add-on's Sheets, Docs and drive.file scopes and the Drive service", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST_CONFORMANCE, 'appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/documents',
      'https://www.googleapis.com/auth/drive.file',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    // Drive for sharing and reading files; Docs for the report writer's batchUpdate (#24 item 11).
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', version: 'v3', serviceId: 'drive' },
      { userSymbol: 'Docs', version: 'v1', serviceId: 'docs' },
    ]);
  }, 300000);
});
