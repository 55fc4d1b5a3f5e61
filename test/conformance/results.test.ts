// Results from Google (conformance/results/DATE-LOCALE.json): when any exists, the emulator,
// with the quirks Google showed on by default, must observe what Google observed, check by
// check. None exists yet (nobody has run the suite on Google); this file then checks nothing.
import { createEmulator } from '@ppid-sheets/emulator';
import { runSuiteInEmulator } from '../../scripts/conformance-cli';
import { loadResults, compareObservations, defaultQuirks } from '../../conformance/node/results';

const results = loadResults();

describe('conformance results from Google', () => {
  test(`${results.length} results file(s) in conformance/results, each a report made on Google`, () => {
    for (const { report } of results) expect(report.world).toBe('google');
  });

  for (const { file, report } of results) {
    test(`${file}: the emulator observes what Google observed`, () => {
      const em = createEmulator({ locale: report.locale, timeZone: report.timeZone });
      expect([...em.rt.quirks].sort()).toEqual([...defaultQuirks()].sort());
      expect(compareObservations(report, runSuiteInEmulator(em))).toEqual([]);
    });
  }
});
