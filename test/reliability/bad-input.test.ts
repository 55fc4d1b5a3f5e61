// Issue 8.1: whatever officers type, the add-on never throws, reports every bad row by row number,
// column and a plain message, never flags a good row, and accounts for every row of the period:
// counted + excluded = the period's rows. Thousands of generated registers through the pure core,
// a few dozen through the built bundle in the emulator.
import fc from 'fast-check';
import { parseRegister, RegisterError } from '../../src/core/register';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS, holidayDays } from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';
import { REGISTER_COLUMNS } from '../../src/core/register';
import type { Problem } from '../../src/core/types';
import { registerArb, periodArb, asOfArb, isBlankCell, type GeneratedRegister } from './bad-registers';
import { addonEmulator, fillRegister, file } from '../support/harness';

const calendar = new WorkCalendar(holidayDays(HOLIDAYS));

/** A message an officer can read: words, no placeholders, no code or stack traces. */
function expectPlainMessage(message: unknown): void {
  expect(typeof message).toBe('string');
  const m = message as string;
  expect(m.trim().length).toBeGreaterThan(10);
  expect(m.length).toBeLessThan(400);
  expect(m).not.toMatch(/\{\w+\}|undefined|null|NaN|\[object|Error:|\bat \w+ \(/);
}

function isPlainMessage(m: unknown): boolean {
  return (
    typeof m === 'string' &&
    m.trim().length > 10 &&
    m.length < 400 &&
    !/\{\w+\}|undefined|null|NaN|\[object|Error:|\bat \w+ \(/.test(m)
  );
}

function problemsByRow(problems: Array<{ row: number; column: string; code: string }>): Map<number, string[]> {
  const byRow = new Map<number, string[]>();
  for (const p of problems) byRow.set(p.row, [...(byRow.get(p.row) ?? []), `${p.column}|${p.code}`]);
  for (const list of byRow.values()) list.sort();
  return byRow;
}

/** The problems expected row by row (the header row's first, when it has any) of the given rows. */
function expectedByRow(reg: GeneratedRegister, rows: GeneratedRegister['rows']): Map<number, string[]> {
  return new Map([
    ...(reg.header.length ? ([[1, reg.header]] as Array<[number, string[]]>) : []),
    ...rows.filter((r) => r.expected.length).map((r): [number, string[]] => [r.sheetRow, r.expected]),
  ]);
}

/** A year and a day: a later date than this after the as-of date cannot have happened yet. */
const FUTURE_SLACK = 366;

/**
 * Rows of the period (valid date received inside it, not more than a year after the as-of date)
 * and rows no period can hold (no valid date received, or one more than a year ahead). Each row's
 * expected problems gain, when its date received is a day, one per date more than a year after
 * the as-of date (`received.future` for the date received, else `date.future`): only the recap,
 * which knows the as-of date, can list them.
 */
function periodRows(reg: GeneratedRegister, periodText: string, asOfText: string) {
  const period = parsePeriod(periodText);
  const latest = dayFromIso(asOfText) + FUTURE_SLACK;
  const filled = reg.rows
    .filter((r) => !r.blank)
    .map((r) => {
      if (r.received.kind !== 'day') return r;
      const future = r.days
        .filter((d) => d.day > latest)
        .map((d) => `${d.column}|${d.key === 'received' ? 'received.future' : 'date.future'}`);
      return future.length ? { ...r, expected: [...r.expected, ...future].sort() } : r;
    });
  const placed = (r: (typeof filled)[number]) => r.received.kind === 'day' && r.received.day <= latest;
  const inPeriod = filled.filter(
    (r) => placed(r) && r.received.kind === 'day' && r.received.day >= period.start && r.received.day <= period.end,
  );
  const unplaced = filled.filter((r) => !placed(r));
  return { filled, inPeriod, unplaced };
}

describe('generated bad input through the core (parseRegister + computeRecap)', () => {
  test('never throws; every bad row is reported by row, column and a plain message; good rows never', () => {
    let badRows = 0;
    let goodRows = 0;
    fc.assert(
      fc.property(registerArb, (reg) => {
        const parsed = parseRegister(reg.values, { lang: 'id' });
        const actual = problemsByRow(parsed.problems);
        for (const r of reg.rows) {
          const got = actual.get(r.sheetRow) ?? [];
          // expect() only on a mismatch: thousands of rows, and jest's matchers are not free.
          if (got.join('\n') !== r.expected.join('\n'))
            expect({ row: r.sheetRow, problems: got }).toEqual({ row: r.sheetRow, problems: r.expected });
          if (!r.blank) r.expected.length ? badRows++ : goodRows++;
        }
        // A required column blank on every row: one problem on the header row.
        expect(actual.get(1) ?? []).toEqual(reg.header);
        expect(actual.size).toBe(reg.rows.filter((r) => r.expected.length).length + (reg.header.length ? 1 : 0));
        for (const p of parsed.problems) {
          if (!(Number.isInteger(p.row) && p.row >= 1 && reg.head.includes(p.column) && isPlainMessage(p.message))) {
            expect(p.row).toBeGreaterThanOrEqual(1);
            expect(reg.head).toContain(p.column);
            expectPlainMessage(p.message);
          }
        }
        expect(parsed.rowCount).toBe(reg.rows.filter((r) => !r.blank).length);
      }),
      { numRuns: 1500, seed: 8001 },
    );
    // The generator must really exercise both sides.
    expect(badRows).toBeGreaterThan(3000);
    expect(goodRows).toBeGreaterThan(1000);
  });

  test("counted + excluded rows = the period's rows, and the recap lists exactly their problems", () => {
    fc.assert(
      fc.property(registerArb, periodArb, asOfArb, (reg, periodText, asOf) => {
        const parsed = parseRegister(reg.values, { lang: 'id' });
        const recap = computeRecap(parsed, {
          period: parsePeriod(periodText),
          asOf: dayFromIso(asOf),
          calendar,
          lang: 'id',
        });
        const { inPeriod, unplaced } = periodRows(reg, periodText, asOf);
        expect(recap.totals.requests).toBe(inPeriod.length);
        expect(recap.rowsInPeriod).toBe(inPeriod.length + unplaced.length);
        expect(recap.requests.map((q) => q.row)).toEqual(inPeriod.map((r) => r.sheetRow));
        const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
        // Unknown channels are counted under Lainnya, so every counted row is in a channel.
        expect(sum(recap.totals.byChannel)).toBe(recap.totals.requests);
        // Excluded rows are those with a date-received problem (blank, no date, a date before the
        // law took effect or more than a year after the as-of date), and each of them is listed.
        const excluded = new Set(
          recap.problems
            .filter((p) =>
              ['received.missing', 'received.invalid', 'received.implausible', 'received.future'].includes(p.code),
            )
            .map((p) => p.row),
        );
        expect(recap.totals.requests + excluded.size).toBe(recap.rowsInPeriod);
        const expected = expectedByRow(reg, [...inPeriod, ...unplaced]);
        expect(problemsByRow(recap.problems)).toEqual(expected);
      }),
      { numRuns: 1200, seed: 8002 },
    );
  });

  test('a register missing columns: missing required ones, and required ones blank on every row, are reported once on the header row; no date column is a clear error', () => {
    const keys = REGISTER_COLUMNS.map((c) => c.key);
    fc.assert(
      fc.property(
        registerArb,
        fc.uniqueArray(fc.integer({ min: 0, max: keys.length - 1 }), { maxLength: 8 }),
        (reg, drop) => {
          const dropped = new Set(drop.map((i) => REGISTER_COLUMNS.find((c) => c.key === keys[i])!));
          const keep = reg.head
            .map((_h, i) => i)
            .filter((i) => ![...dropped].some((c) => c.id === reg.head[i] || c.en === reg.head[i]));
          const values = reg.values.map((row) => keep.map((i) => row[i]));
          if ([...dropped].some((c) => c.key === 'received')) {
            expect(() => parseRegister(values, { lang: 'id' })).toThrow(RegisterError);
            try {
              parseRegister(values, { lang: 'id' });
            } catch (err) {
              expectPlainMessage((err as Error).message);
            }
            return;
          }
          const parsed = parseRegister(values, { lang: 'id' });
          const onHeader = parsed.problems.filter((p: Problem) => p.row === 1);
          const codes = (code: string) =>
            onHeader
              .filter((p) => p.code === code)
              .map((p) => p.column)
              .sort();
          expect(onHeader.every((p) => p.code === 'column.missing' || p.code === 'column.empty')).toBe(true);
          expect(codes('column.missing').length).toBe([...dropped].filter((c) => c.required).length);
          expect(codes('column.empty')).toEqual(blankOnEveryRow(values));
          for (const p of parsed.problems) expectPlainMessage(p.message);
          const recap = computeRecap(parsed, {
            period: parsePeriod('2025'),
            asOf: dayFromIso('2026-01-10'),
            calendar,
            lang: 'id',
          });
          expect(recap.problems.filter((p) => p.row === 1)).toHaveLength(onHeader.length);
        },
      ),
      { numRuns: 300, seed: 8003 },
    );
  });
});

/**
 * The required columns (other than the date received, whose blank is its own row problem) present
 * in `values` but blank on every filled row, when there are two filled rows or more: a row is
 * filled when one of the register's columns holds something (the live and officers' columns do not count).
 */
function blankOnEveryRow(values: unknown[][]): string[] {
  const head = values[0] as string[];
  const input = head
    .map((_h, i) => i)
    .filter((i) => REGISTER_COLUMNS.some((c) => c.id === head[i] || c.en === head[i]));
  const filled = values.slice(1).filter((row) => input.some((i) => !isBlankCell(row[i])));
  if (filled.length < 2) return [];
  return REGISTER_COLUMNS.filter((c) => c.required && c.key !== 'received')
    .map((c) => head.findIndex((h) => h === c.id || h === c.en))
    .filter((i) => i >= 0 && filled.every((row) => isBlankCell(row[i])))
    .map((i) => head[i])
    .sort();
}

/** fillRegister, on a sheet first made wide enough for the register's columns. */
function fillWide(em: any, reg: GeneratedRegister): void {
  const sheet = em.spreadsheet.getSheets()[0];
  if (sheet.getMaxColumns() < reg.head.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), reg.head.length - sheet.getMaxColumns());
  fillRegister(em, asTyped(reg.values.slice(1)), reg.head);
}

/**
 * Strings forced to text as an officer's paste lands (no date/number guessing by Sheets). A cell
 * cannot hold an invalid Date, so that one becomes another impossible date.
 */
const asTyped = (values: unknown[][]) =>
  values.map((r) =>
    r.map((v) => {
      if (typeof v === 'string') return `'${v}`;
      if (v instanceof Date && Number.isNaN(v.getTime())) return "'31/02/2025";
      return v;
    }),
  );

describe('generated bad input through the built bundle in the emulator', () => {
  const samples = fc.sample(fc.tuple(registerArb, periodArb), { numRuns: 30, seed: 8004 });

  test('Periksa Data lists each bad row by row and column with a plain message, and nothing for good rows', () => {
    for (const [reg] of samples.slice(0, 25)) {
      // Periksa Data's as-of date is today.
      const em = addonEmulator({ now: '2025-07-10T03:00:00Z' });
      fillWide(em, reg);
      const result = em.call('checkRegister');
      const { filled } = periodRows(reg, '2025', '2025-07-10');
      const expectedCount = filled.reduce((n, r) => n + r.expected.length, reg.header.length);
      expect(result).toMatchObject({ rows: filled.length, problems: expectedCount });
      expectPlainMessage(result.message);
      const listed: unknown[][] = em.spreadsheet
        .getSheetByName(result.sheet)
        .getDataRange()
        .getValues()
        .slice(1)
        .filter((r: unknown[]) => r[0] !== '');
      const actual = new Map<number, string[]>();
      for (const [row, , column, message] of listed) {
        expectPlainMessage(message);
        actual.set(row as number, [...(actual.get(row as number) ?? []), String(column)].sort());
      }
      const expected = new Map(
        [...expectedByRow(reg, filled)].map(([row, list]) => [row, list.map((e) => e.split('|')[0]).sort()]),
      );
      expect(actual).toEqual(expected);
    }
  });

  test("generateReport never throws on them and counts + excludes exactly the period's rows", () => {
    for (const [reg, periodText] of samples.slice(25)) {
      const em = addonEmulator({ now: '2026-04-10T03:00:00Z' });
      fillWide(em, reg);
      const result = em.call('generateReport', { period: periodText, asOf: '2026-04-10' });
      const { inPeriod, unplaced } = periodRows(reg, periodText, '2026-04-10');
      expect(result.requests).toBe(inPeriod.length);
      const recap = JSON.parse(file(em, result.jsonId).bytes.toString('utf8'));
      expect(recap.rowsInPeriod).toBe(inPeriod.length + unplaced.length);
      expect(problemsByRow(recap.problems)).toEqual(expectedByRow(reg, [...inPeriod, ...unplaced]));
      for (const p of recap.problems) expectPlainMessage(p.message);
    }
  });
});
