// The conformance project's only global: runConformance(). Run it from the Apps Script editor of
// a scratch spreadsheet (README: "Checking the emulator against Google").
import { runConformance as run } from './suite';

/**
 * Runs the PPID Sheets conformance suite in this spreadsheet and writes the results (JSON) to the
 * log and to the "PPID Conformance" sheet.
 */
export function runConformance(options?: { world?: 'emulator' }) {
  return run(options ?? {});
}
