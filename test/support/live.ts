// The register's live columns compared with the core, cell by cell: what Sheets shows (here the
// emulator, under whichever quirks) against core/live.ts for every row the core placed.
import { COMPUTED_COLUMNS } from '../../src/core/register';
import { parseRegister } from '../../src/core/register';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS } from '../../src/core/calendar';
import { liveValues } from '../../src/core/register';
import { dayFromIso, dayOfDate, ymd } from '../../src/core/calendar';

const WIB = 420;
const show = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]' ? ymd(dayOfDate(v as Date, WIB)) : v;

/**
 * Every live cell of every request row against the core (built-in holidays; cuti bersama
 * dropped when the unit works on them). Returns the number of rows compared; differences fail
 * with the row, column and both values.
 */
export function expectLiveEqualsCore(em: any, asOf: string, cutiWorking = false): number {
  const sheet = em.spreadsheet.getSheetByName('Register');
  const values: unknown[][] = sheet.getDataRange().getValues();
  const head = values[0];
  const parsed = parseRegister(values, { lang: 'id' });
  const cal = new WorkCalendar(
    HOLIDAYS.filter((h) => !cutiWorking || h.kind !== 'cuti_bersama').map((h) => dayFromIso(h.date)),
  );
  const today = dayFromIso(asOf);
  const diffs: string[] = [];
  for (const req of parsed.requests) {
    const line = values[req.row - 1];
    const want = liveValues(
      {
        received: req.received,
        extended: req.extended,
        answered: req.answered,
        status: req.status,
        objectionDate: req.objectionDate,
        objectionAnswered: req.objectionAnswered,
        disputeDate: req.disputeDate,
        disputeStage: req.disputeStage,
        disputeDecided: req.disputeDecided,
      },
      today,
      cal,
      2,
    );
    for (const c of COMPUTED_COLUMNS) {
      const got = line[head.indexOf(c.id)];
      const w = want[c.key];
      const expected = w.kind === 'date' && w.value !== '' ? ymd(w.value as number) : w.value;
      if (show(got) !== expected) diffs.push(`row ${req.row} ${c.id}: ${String(show(got))} ≠ ${String(expected)}`);
    }
  }
  expect(diffs.slice(0, 10)).toEqual([]);
  return parsed.requests.length;
}
