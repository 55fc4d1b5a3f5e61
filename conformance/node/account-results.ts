// Results of the two-account checklist (docs/trust-on-google.md, "Two accounts"), run by hand on
// Google with two real accounts, saved as conformance/results/DATE-accounts.json. Steps a test
// deployment cannot make (installable triggers, the add-on's document lock) are run on a private
// publication or a bound copy, named in `deployment`. No e-mail address is kept: accounts are A
// and B, with their kind.
import fs from 'node:fs';
import path from 'node:path';

/** The checklist's steps, in the guide's order. */
export const ACCOUNT_STEPS = [
  'folder.shared-with-editors',
  'folder.picked-by-b',
  'access.viewer-refused',
  'report.by-b-in-unit-folder',
  'report.regenerated-by-b',
  'template.unit-template-used-by-b',
  'trigger.owner-shown',
  'trigger.a-removed-fails',
  'trigger.takeover-by-b',
  'lock.two-reports-at-once',
] as const;

export type AccountStep = (typeof ACCOUNT_STEPS)[number];

export interface AccountResults {
  suite: 'ppid-sheets-two-accounts';
  /** The day it was run, YYYY-MM-DD (the file's name carries it too). */
  date: string;
  /** Where the add-on ran: a test deployment cannot fire installable triggers. */
  deployment: 'unlisted' | 'domain' | 'bound-copy' | 'test-deployment';
  accounts: Array<{ role: 'A' | 'B' | 'C'; kind: 'consumer' | 'workspace' }>;
  steps: Array<{ name: AccountStep; outcome: 'pass' | 'fail' | 'not-run'; observed?: unknown; note?: string }>;
}

export const ACCOUNTS_FILE = /^(\d{4}-\d{2}-\d{2})-accounts\.json$/;

/** Reads and checks one DATE-accounts.json; anything malformed is an error naming the file. */
export function readAccountResults(dir: string, file: string): AccountResults {
  const m = ACCOUNTS_FILE.exec(file);
  if (!m) throw new Error(`conformance results: ${file} is not named DATE-accounts.json`);
  const r = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as AccountResults;
  const bad = (why: string) => new Error(`conformance results: ${file} ${why}`);
  if (r.suite !== 'ppid-sheets-two-accounts') throw bad('is not a two-account checklist (suite)');
  if (r.date !== m[1]) throw bad(`says date ${r.date}`);
  if (!['unlisted', 'domain', 'bound-copy', 'test-deployment'].includes(r.deployment))
    throw bad(`names an unknown deployment "${r.deployment}"`);
  if (!Array.isArray(r.accounts) || r.accounts.length < 2) throw bad('needs two accounts or more');
  for (const a of r.accounts) {
    if (!['A', 'B', 'C'].includes(a.role) || !['consumer', 'workspace'].includes(a.kind))
      throw bad('has an account that is not {role: A|B|C, kind: consumer|workspace}');
    if (JSON.stringify(a).includes('@')) throw bad('keeps an e-mail address; name accounts A, B, C');
  }
  if (!Array.isArray(r.steps)) throw bad('has no steps');
  for (const s of r.steps) {
    if (!(ACCOUNT_STEPS as readonly string[]).includes(s.name)) throw bad(`has an unknown step "${s.name}"`);
    if (!['pass', 'fail', 'not-run'].includes(s.outcome)) throw bad(`step ${s.name}: outcome pass|fail|not-run`);
  }
  return r;
}

/** Every DATE-accounts.json of a directory, oldest first. */
export function loadAccountResults(dir: string): Array<{ file: string; results: AccountResults }> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .sort()
    .filter((f) => ACCOUNTS_FILE.test(f))
    .map((file) => ({ file, results: readAccountResults(dir, file) }));
}
