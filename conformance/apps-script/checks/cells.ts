// Cells an officer fills with the wrong thing (issue #23): what getValues() hands back for a
// number in a date-formatted cell that no date can show. The answer decides only which way the
// add-on's reading goes; under each one it must read a row problem, never stop the report.
import type { Check, Json } from '../types';
import { isDate } from './util';
import { registerDay } from '../../../src/core/register';

/** The kind of value getValues() gave: a date, an invalid Date, a number, text. */
function kind(v: unknown): string {
  if (isDate(v)) return Number.isNaN(v.getTime()) ? 'invalid-date' : 'date';
  return typeof v;
}

export const CELL_CHECKS: Check[] = [
  {
    name: 'values.date.beyond-9999',
    area: 'values',
    source:
      'no reference page: what getValues() returns for a date-formatted number beyond 31/12/9999 (serial 2,958,465; DATE limits at https://support.google.com/docs/answer/3092969). One public report, curvegrid/multibaas-for-google-sheets#15, logged "null(Invalid Date)" for 1E+18. Cells: a phone number 081234567890, 1E+18, serial 2,958,466 (1 Jan 10000), -1E+15',
    run(ctx) {
      const s = ctx.sheet('PPID Conf Tanggal Jauh');
      const numbers = [81234567890, 1e18, 2958466, -1e15];
      const range = s.getRange(1, 1, 1, numbers.length);
      range.setValues([numbers]);
      range.setNumberFormat('dd/MM/yyyy');
      const values = range.getValues()[0];
      const shown = range.getDisplayValues()[0];
      // The add-on's own reading of each answer (src/core/register/plausible-dates.ts): never a day.
      const read = values.map((v) => registerDay(v, 420));
      const observed: Json = {
        phone: kind(values[0]),
        huge: kind(values[1]),
        year10000: kind(values[2]),
        negative: kind(values[3]),
        shownPhone: shown[0],
        read: read.map((r) => (typeof r === 'number' ? 'day' : String(r))),
      };
      return { observed, pass: read.every((r) => typeof r !== 'number') };
    },
  },
];
