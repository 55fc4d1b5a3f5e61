// Shared set-up for the Sheets emulator tests: a runtime with a pinned clock and one spreadsheet.
import { Runtime } from '../runtime';
import { createSheetsServices, createSpreadsheet } from './index';

export function setup(opts: { locale?: string; now?: string } = {}) {
  const rt = new Runtime({
    locale: opts.locale ?? 'id_ID',
    timeZone: 'Asia/Jakarta',
    now: opts.now ?? '2024-04-20T10:00:00+07:00',
  });
  const { SpreadsheetApp, Charts } = createSheetsServices(rt);
  const ss = createSpreadsheet(rt, 'Register PPID', { locale: rt.locale, timeZone: rt.timeZone });
  rt.activeSpreadsheet = ss;
  return { rt, SpreadsheetApp, Charts, ss, sheet: ss.getSheets()[0] };
}

/** A date at midnight in Jakarta (the spreadsheet's time zone). */
export function wib(ymd: string): Date {
  return new Date(`${ymd}T00:00:00+07:00`);
}

/** Formats a Date as YYYY-MM-DD in Jakarta. */
export function ymdWib(d: unknown): string {
  const t = (d as Date).getTime() + 7 * 3600000;
  return new Date(t).toISOString().slice(0, 10);
}
