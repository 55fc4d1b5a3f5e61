// The conformance suite's shapes. A check runs against whichever Apps Script it is loaded into
// (Google's, or the project's emulator) using only Apps Script globals, and records what it
// observed: a JSON value that holds no IDs, URLs or times, so Google's and the emulator's can be
// compared as they are.
export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export interface CheckContext {
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet;
  locale: string;
  timeZone: string;
  /** A new sheet for this check (deleted at the end of the run). */
  sheet(name: string): GoogleAppsScript.Spreadsheet.Sheet;
  /** A Drive folder for this run's files (trashed at the end), made by the Drive API. */
  folder(): string;
  /** Remember a Drive file to trash at the end. */
  trashLater(id: string): void;
  /**
   * A canonical formula in the argument separator this spreadsheet's setFormula parses (found
   * once), so checks about other things are not about separators too.
   */
  formula(canonical: string): string;
}

export interface Observation {
  observed: Json;
  /** True when what was observed is a behaviour the add-on is built for (see each check). */
  pass: boolean;
}

export interface Check {
  /** Stable name, e.g. "formula.setFormula.comma": results files are keyed by it. */
  name: string;
  area:
    | 'formulas'
    | 'values'
    | 'display'
    | 'validation'
    | 'ranges'
    | 'charts'
    | 'docs'
    | 'drive'
    | 'locks'
    | 'properties'
    | 'html'
    | 'utilities';
  /** Where the expected behaviour comes from: a reference page, a public report, or "no source: …". */
  source: string;
  run(ctx: CheckContext): Observation;
}

export interface CheckResult {
  name: string;
  area: string;
  pass: boolean;
  observed: Json;
}

export interface ConformanceReport {
  suite: 'ppid-sheets-conformance';
  version: 1;
  world: 'google' | 'emulator' | 'fixture';
  locale: string;
  timeZone: string;
  /** Day the run was made (YYYY-MM-DD, the spreadsheet's zone). */
  date: string;
  checks: CheckResult[];
  summary: { checks: number; passed: number; failed: string[] };
}
