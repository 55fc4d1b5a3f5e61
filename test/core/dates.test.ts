import vm from 'node:vm';
import fc from 'fast-check';
import {
  dayFromYmd,
  ymd,
  ymdParts,
  weekday,
  parseDay,
  toSerial,
  fromSerial,
  dayToDate,
  dayOfDate,
  isDateObject,
  dayFromIso,
} from '../../src/core/calendar';
import { wib } from './fixtures/registers';

describe('day numbers', () => {
  test('agree with Date.UTC and getUTCDay for every date 1900–2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / 864e5, max: Date.UTC(2200, 11, 31) / 864e5 }), (day) => {
        const d = new Date(day * 864e5);
        expect(dayFromYmd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())).toBe(day);
        expect(ymdParts(day)).toEqual([d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]);
        expect(ymd(day)).toBe(d.toISOString().slice(0, 10));
        expect(weekday(day)).toBe(d.getUTCDay());
      }),
      { numRuns: 2000 },
    );
  });

  test('Sheets serial numbers use the 1899-12-30 epoch', () => {
    expect(toSerial(dayFromYmd(2021, 7, 1))).toBe(44378);
    expect(fromSerial(44378)).toBe(dayFromYmd(2021, 7, 1));
    expect(fromSerial(45387.75)).toBe(dayFromYmd(2024, 4, 5)); // the time part is dropped
    expect(ymd(fromSerial(1))).toBe('1899-12-31');
  });
});

describe('parseDay', () => {
  test('reads a Date cell as the calendar date it shows in WIB, not in UTC', () => {
    // Midnight WIB is 17:00 the previous day in UTC.
    expect(ymd(parseDay(wib(2024, 4, 10)) as number)).toBe('2024-04-10');
    expect(ymd(parseDay(wib(2024, 4, 10), 0) as number)).toBe('2024-04-09');
  });

  test('accepts Dates from another realm (the Apps Script vm context)', () => {
    const foreign = vm.runInNewContext('new Date(Date.UTC(2025, 2, 30, 17))');
    expect(foreign instanceof Date).toBe(false);
    expect(isDateObject(foreign)).toBe(true);
    expect(ymd(parseDay(foreign) as number)).toBe('2025-03-31');
  });

  test.each([
    ['2025-04-01', '2025-04-01'],
    [' 2025-4-1 ', '2025-04-01'],
    ['2025-04-01T00:00:00', '2025-04-01'],
    ['2025-04-01 13:45', '2025-04-01'],
    ['01/04/2025', '2025-04-01'],
    ['1/4/2025', '2025-04-01'],
    ['01-04-2025', '2025-04-01'],
    ['29/02/2024', '2024-02-29'],
    ['31-12-2025', '2025-12-31'],
  ])('reads text %j as %s (day first for slashes and dashes)', (input, expected) => {
    expect(ymd(parseDay(input) as number)).toBe(expected);
  });

  test.each([
    '31/02/2025',
    '2025-13-45',
    '29/02/2023',
    '2025-02-30',
    '00/01/2025',
    '32/01/2025',
    '2025/04/01',
    '04/01/25',
    'kemarin',
    'April 1, 2025',
    '1-4/2025',
    '2025-04-01x',
  ])('rejects %j instead of guessing', (input) => {
    expect(parseDay(input)).toBe('invalid');
  });

  test('blank cells are null, other non-dates invalid', () => {
    expect(parseDay('')).toBeNull();
    expect(parseDay('   ')).toBeNull();
    expect(parseDay(null)).toBeNull();
    expect(parseDay(undefined)).toBeNull();
    expect(parseDay(true)).toBe('invalid');
    expect(parseDay(new Date(NaN))).toBe('invalid');
    expect(parseDay(0)).toBe('invalid');
    expect(parseDay(-5)).toBe('invalid');
    expect(parseDay(Infinity)).toBe('invalid');
    expect(parseDay({})).toBe('invalid');
  });

  test('reads a serial number as the date Sheets shows for it', () => {
    expect(ymd(parseDay(45387) as number)).toBe('2024-04-05');
  });

  test('a very long text is rejected quickly', () => {
    expect(parseDay('1'.repeat(100000))).toBe('invalid');
  });
});

describe('dayToDate', () => {
  test('round-trips through dayOfDate in any offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30000, max: 60000 }), fc.integer({ min: -720, max: 840 }), (day, tz) => {
        expect(dayOfDate(dayToDate(day, tz), tz)).toBe(day);
      }),
    );
  });

  test('gives midnight WIB by default', () => {
    expect(dayToDate(dayFromYmd(2025, 4, 1)).toISOString()).toBe('2025-03-31T17:00:00.000Z');
  });
});

test('dayFromIso throws on anything but a valid YYYY-MM-DD', () => {
  expect(ymd(dayFromIso('2027-12-25'))).toBe('2027-12-25');
  expect(() => dayFromIso('2027-02-29')).toThrow();
  expect(() => dayFromIso('25/12/2027')).toThrow();
});
