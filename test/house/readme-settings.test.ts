// The README lists every settings key of FILE.settings.json (issue #23 item 14), as the settings
// table says them: the list is generated (scripts/lib/settings-doc.ts) and this test fails when
// README and code disagree. To write it afresh after changing the table:
//   PPID_WRITE_README=1 npx jest test/house/readme-settings.test.ts
import fs from 'node:fs';
import path from 'node:path';
import { blockIn, settingsKeysMarkdown } from '../../scripts/lib/settings-doc';
import { SETTINGS } from '../../src/core/settings';
import { flagsOf } from '../../scripts/lib/commands';

const README = path.resolve(__dirname, '../../README.md');

test('the README lists the settings keys exactly as the settings table has them', () => {
  let readme = fs.readFileSync(README, 'utf8');
  const current = blockIn(readme);
  expect(current).not.toBeNull();
  const wanted = settingsKeysMarkdown();
  if (process.env.PPID_WRITE_README === '1' && current !== wanted) {
    readme = readme.replace(current!, wanted);
    fs.writeFileSync(README, readme);
  }
  expect(blockIn(fs.readFileSync(README, 'utf8'))).toBe(wanted);
  // Every key, in both languages, is in it.
  for (const s of SETTINGS) {
    expect(wanted).toContain(`| ${s.label.id.replace(/\|/g, '\\|')} | ${s.label.en.replace(/\|/g, '\\|')} |`);
  }
});

test("the README's command lines name every flag each command takes", () => {
  const readme = fs.readFileSync(README, 'utf8');
  const lines = readme.split('\n').filter((l) => l.startsWith('npm run '));
  for (const cmd of ['report', 'letter', 'digest', 'consolidate', 'intake', 'dip'] as const) {
    const line = lines.find((l) => l.startsWith(`npm run ${cmd} --`));
    expect(line).toBeDefined();
    for (const f of flagsOf(cmd)) if (f.flag !== 'help') expect(`${cmd}: ${line}`).toContain(`--${f.flag}`);
  }
});
