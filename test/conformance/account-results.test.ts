// The two-account checklist's results file (docs/trust-on-google.md "Two accounts"):
// conformance/results/DATE-accounts.json is accepted by loadResults beside DATE-LOCALE.json,
// read by loadAccountResults, and refused with the file named when malformed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadResults } from '../../conformance/node/results';
import { ACCOUNT_STEPS, loadAccountResults } from '../../conformance/node/account-results';

const good = {
  suite: 'ppid-sheets-two-accounts',
  date: '2026-12-03',
  deployment: 'unlisted',
  accounts: [
    { role: 'A', kind: 'workspace' },
    { role: 'B', kind: 'consumer' },
  ],
  steps: [
    { name: 'folder.picked-by-b', outcome: 'pass' },
    { name: 'trigger.takeover-by-b', outcome: 'not-run', note: 'waiting three days' },
  ],
};

function dirWith(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-results-'));
  for (const [name, body] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(body));
  return dir;
}

describe('DATE-accounts.json', () => {
  test('accepted by loadResults (not a conformance report, so not in its list) and read by loadAccountResults', () => {
    const dir = dirWith({ '2026-12-03-accounts.json': good });
    expect(loadResults(dir)).toEqual([]);
    const read = loadAccountResults(dir);
    expect(read.map((r) => r.file)).toEqual(['2026-12-03-accounts.json']);
    expect(read[0].results.steps.map((s) => s.name)).toEqual(['folder.picked-by-b', 'trigger.takeover-by-b']);
    expect(ACCOUNT_STEPS).toContain('lock.two-reports-at-once');
  });

  test.each([
    ['another date inside', { ...good, date: '2026-12-04' }, /says date/],
    [
      'an e-mail address',
      { ...good, accounts: [{ role: 'A', kind: 'consumer', email: 'a@x.id' }, good.accounts[1]] },
      /e-mail address/,
    ],
    ['an unknown step', { ...good, steps: [{ name: 'report.made', outcome: 'pass' }] }, /unknown step "report.made"/],
    ['one account', { ...good, accounts: [good.accounts[0]] }, /two accounts/],
    ['an unknown deployment', { ...good, deployment: 'public' }, /unknown deployment/],
  ])('refused, naming the file: %s', (_what, body, why) => {
    const dir = dirWith({ '2026-12-03-accounts.json': body });
    expect(() => loadResults(dir)).toThrow(why);
    expect(() => loadResults(dir)).toThrow(/2026-12-03-accounts\.json/);
  });

  test('a file named neither way is still refused, and the message names both forms', () => {
    const dir = dirWith({ 'accounts.json': good });
    expect(() => loadResults(dir)).toThrow(/DATE-LOCALE\.json .* or DATE-accounts\.json/);
  });
});

describe('the checklist in the trust guide and the steps a results file may name', () => {
  test('are the same steps, in the same order', () => {
    const guide = fs.readFileSync(path.join(__dirname, '../../docs/trust-on-google.md'), 'utf8');
    const section = guide.slice(guide.indexOf('## Two accounts: the checklist'));
    const table = section.slice(0, section.indexOf('\n## ') > 0 ? section.indexOf('\n## ') : undefined);
    const steps = [...table.matchAll(/^\| `([a-z.-]+)` \|/gm)].map((m) => m[1]);
    expect(steps).toEqual([...ACCOUNT_STEPS]);
  });
});
