// Results from Google, in conformance/results/DATE-LOCALE.json (the JSON runConformance() logs
// and writes on Google, saved as it is). When one exists, the emulator's tests compare their own
// run with it check by check (test/conformance/results.test.ts), and every quirk Google showed
// (evidence.ts) is on by default in every emulator (packages/emulator/index.ts). None is invented: the
// directory holds only what a maintainer ran on Google.
import fs from 'node:fs';
import path from 'node:path';
import type { ConformanceReport, Json } from '../apps-script/types';
import { QUIRK_EVIDENCE } from '../apps-script/evidence';
import { ACCOUNTS_FILE, readAccountResults } from './account-results';

/**
 * conformance/results, from this file (conformance/node/) or the bundled tools (build/) alike:
 * the nearest folder up from here that holds it.
 */
export const RESULTS_DIR = findResultsDir(__dirname);

function findResultsDir(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'conformance', 'results');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..', 'conformance', 'results');
  }
}
const FILE = /^(\d{4}-\d{2}-\d{2})-([a-z]{2,3}_[A-Z]{2})\.json$/;

export interface LoadedResult {
  file: string;
  report: ConformanceReport;
}

/**
 * The results files of a directory. Only reports made on Google count (`worlds`), and each must
 * be named for its date and locale; anything else is an error, not silently ignored.
 */
export function loadResults(
  dir: string = RESULTS_DIR,
  worlds: Array<ConformanceReport['world']> = ['google'],
): LoadedResult[] {
  if (!fs.existsSync(dir)) return [];
  const out: LoadedResult[] = [];
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    // The two-account checklist's results (account-results.ts): checked here, read by loadAccountResults.
    if (ACCOUNTS_FILE.test(file)) {
      readAccountResults(dir, file);
      continue;
    }
    const m = FILE.exec(file);
    if (!m)
      throw new Error(
        `conformance results: ${file} is not named DATE-LOCALE.json (e.g. 2026-12-01-id_ID.json) or DATE-accounts.json`,
      );
    const report = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as ConformanceReport;
    if (report.suite !== 'ppid-sheets-conformance' || !Array.isArray(report.checks))
      throw new Error(`conformance results: ${file} is not a runConformance() report`);
    if (!worlds.includes(report.world))
      throw new Error(`conformance results: ${file} was made in "${report.world}", not on Google`);
    if (report.locale !== m[2]) throw new Error(`conformance results: ${file} says locale ${report.locale}`);
    out.push({ file, report });
  }
  return out;
}

export type QuirkName = keyof typeof QUIRK_EVIDENCE;

/** The quirks the reports show Google has, with the file and check that show each. */
export function quirksShown(results: LoadedResult[]): Array<{ quirk: QuirkName; file: string; check: string }> {
  const out: Array<{ quirk: QuirkName; file: string; check: string }> = [];
  for (const [quirk, ev] of Object.entries(QUIRK_EVIDENCE) as Array<[QuirkName, (typeof QUIRK_EVIDENCE)[QuirkName]]>) {
    for (const { file, report } of results) {
      const c = report.checks.find((x) => x.name === ev.check);
      if (c && ev.shows(c.observed)) {
        out.push({ quirk, file, check: ev.check });
        break;
      }
    }
  }
  return out;
}

const cache = new Map<string, QuirkName[]>();

/** The emulator's default quirks: those Google showed in the results of `dir` (cached per dir). */
export function defaultQuirks(
  dir: string = RESULTS_DIR,
  worlds: Array<ConformanceReport['world']> = ['google'],
): QuirkName[] {
  const key = `${dir}|${worlds.join(',')}`;
  if (!cache.has(key)) cache.set(key, [...new Set(quirksShown(loadResults(dir, worlds)).map((q) => q.quirk))]);
  return cache.get(key)!;
}

/** Checks whose observation differs between Google's report and the emulator's (checks Google ran). */
export function compareObservations(
  google: ConformanceReport,
  emulator: ConformanceReport,
): Array<{ name: string; google: Json; emulator: Json | undefined }> {
  const mine = new Map(emulator.checks.map((c) => [c.name, c.observed]));
  return google.checks
    .filter((c) => JSON.stringify(c.observed) !== JSON.stringify(mine.get(c.name)))
    .map((c) => ({ name: c.name, google: c.observed, emulator: mine.get(c.name) }));
}
