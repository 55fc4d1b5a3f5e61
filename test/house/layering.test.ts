// The house's rules bite: dependency-cruiser, with the project's own .dependency-cruiser.cjs, run
// on a fixture tree with one wrong arrow per rule, names every rule and the file that breaks it.
// (The real tree is checked by `npm run lint:deps`, part of `npm test`.)
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/layering');

function cruise(): string {
  try {
    execFileSync(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs'),
        '--config',
        path.join(ROOT, '.dependency-cruiser.cjs'),
        '--output-type',
        'err',
        'src',
        'packages',
        'conformance',
        'test',
      ],
      { cwd: FIXTURE, encoding: 'utf8', stdio: 'pipe' },
    );
    return '';
  } catch (err) {
    return String((err as { stdout?: string }).stdout ?? '');
  }
}

describe('the layering rules fail a wrong arrow, naming the rule and the file', () => {
  const out = cruise();
  test.each([
    ['no-circular', 'src/docs/c2.ts'],
    ['core-is-pure', 'src/core/b/y.ts → src/sheets/s.ts'],
    ['core-groups-through-their-index', 'src/core/b/y.ts → src/core/a/x.ts'],
    ['outside-core-through-group-index', 'test/t.ts → src/core/a/x.ts'],
    ['only-main-imports-ui', 'src/sheets/s.ts → src/ui/u.ts'],
    ['sheets-and-docs-apart', 'src/sheets/s.ts → src/docs/d.ts'],
    ['platform-below-adapters', 'src/platform/p.ts → src/sheets/s.ts'],
    ['src-stays-in-src', 'src/sheets/s.ts → fs'],
    ['conformance-checks-run-on-google', 'conformance/apps-script/check.ts → conformance/node/r.ts'],
    ['emulator-through-its-entry', 'test/t.ts → packages/emulator/inner.ts'],
    ['emulator-self-contained', 'packages/emulator/inner.ts → src/core/a/index.ts'],
  ])('%s: %s', (rule, where) => {
    expect(out).toContain(`error ${rule}: ${where}`);
  });

  test('every rule of the config has its wrong arrow in the fixture', () => {
    const rules = require(path.join(ROOT, '.dependency-cruiser.cjs')).forbidden.map((r: { name: string }) => r.name);
    const fired = new Set([...out.matchAll(/error ([a-z-]+):/g)].map((m) => m[1]));
    expect(rules.filter((r: string) => !fired.has(r))).toEqual([]);
  });
});
