// The results mechanism, on a fixture (test/fixtures/conformance-results/, "world": "fixture",
// made in the emulator with scalar-workday on; not Google's): a results file turns the quirks it
// shows into the emulator's defaults, and the emulator's run is compared with it check by check.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEmulator } from '@ppid-sheets/emulator';
import { runSuiteInEmulator } from '../../scripts/conformance-cli';
import {
  loadResults,
  quirksShown,
  compareObservations,
  defaultQuirks,
  RESULTS_DIR,
} from '../../conformance/node/results';

const FIXTURES = path.resolve(__dirname, '../fixtures/conformance-results');

describe('results from Google drive the emulator (tested on a fixture)', () => {
  const [fixture] = loadResults(FIXTURES, ['fixture']);

  test("a fixture is never read as Google's results, and conformance/results holds none of them", () => {
    expect(() => loadResults(FIXTURES)).toThrow(/made in "fixture", not on Google/);
    expect(RESULTS_DIR).toBe(path.resolve(__dirname, '../../conformance/results'));
    for (const { report } of loadResults()) expect(report.world).toBe('google');
  }, 180000);

  test('a badly named results file is an error, not ignored', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-results-'));
    fs.writeFileSync(path.join(dir, 'hasil.json'), '{}');
    expect(() => loadResults(dir)).toThrow(/not named DATE-LOCALE\.json/);
  }, 180000);

  test("the quirk the fixture shows (WORKDAY not iterating) becomes the emulator's default", () => {
    expect(quirksShown([fixture]).map((q) => q.quirk)).toEqual(['scalar-workday']);
    expect(defaultQuirks(FIXTURES, ['fixture'])).toEqual(['scalar-workday']);
    const em = createEmulator({ defaultQuirks: defaultQuirks(FIXTURES, ['fixture']) });
    expect([...em.rt.quirks]).toEqual(['scalar-workday']);
    // Explicit switches still add to the defaults.
    expect(
      [
        ...createEmulator({ defaultQuirks: defaultQuirks(FIXTURES, ['fixture']), quirks: ['no-document-lock'] }).rt
          .quirks,
      ].sort(),
    ).toEqual(['no-document-lock', 'scalar-workday']);
    // Without results (today: the directory holds none), no quirk is on.
    expect([...createEmulator().rt.quirks]).toEqual([]);
  }, 180000);

  test('the emulator with those defaults observes what the results say; without them it differs, and says where', () => {
    const agreeing = runSuiteInEmulator(
      createEmulator({ locale: fixture.report.locale, defaultQuirks: defaultQuirks(FIXTURES, ['fixture']) }),
    );
    expect(compareObservations(fixture.report, agreeing)).toEqual([]);
    const plain = runSuiteInEmulator(createEmulator({ locale: fixture.report.locale, defaultQuirks: [] }));
    const diffs = compareObservations(fixture.report, plain);
    expect(diffs.map((d) => d.name)).toEqual(['formula.arrayformula.workday']);
    expect(diffs[0]).toMatchObject({ google: { perRow: false }, emulator: { perRow: true } });
  }, 180000);
});
