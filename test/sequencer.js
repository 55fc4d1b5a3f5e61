// Jest's order: the slowest files first (measured on the 2-core CI machine), then jest's own
// order, so that the two workers finish close together instead of one starting a 90-second
// file last. Only the order changes; every file runs.
const Sequencer = require('@jest/test-sequencer').default;

const SLOWEST = [
  'test/reliability/faults-regenerate.test.ts',
  'test/addon/quirks-matrix.test.ts',
  'test/reliability/nothing-lost.test.ts',
  'test/reliability/letters.test.ts',
  'test/runner/adopt-runner.test.ts',
  'test/intake/faults.test.ts',
  'test/runner/office-state.test.ts',
  'test/runner/consolidate.test.ts',
  'test/reliability/bad-input.test.ts',
  'test/addon/formula-form.test.ts',
  'test/reminder/ownership.test.ts',
  'test/addon/pages.test.ts',
];

class SlowestFirst extends Sequencer {
  sort(tests) {
    const rank = (t) => {
      const i = SLOWEST.findIndex((f) => t.path.replace(/\\/g, '/').endsWith(f));
      return i < 0 ? SLOWEST.length : i;
    };
    const sorted = super.sort(tests);
    const base = Array.isArray(sorted) ? sorted : tests;
    return [...base].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = SlowestFirst;
