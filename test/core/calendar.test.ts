import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { WorkCalendar, dueDate, objectionDue, slaStatus, isCutiBersamaKind } from '../../src/core/calendar';
import { HOLIDAYS, holidaysForYears, holidayDays } from '../../src/core/calendar';
import { dayFromIso, fromSerial, toSerial, ymd, weekday } from '../../src/core/calendar';

const D = dayFromIso;
const official = new WorkCalendar(holidayDays(HOLIDAYS));
const noCutiBersama = new WorkCalendar(holidayDays(holidaysForYears(2021, 2027, false)));
const weekendsOnly = new WorkCalendar([]);

describe('due dates around holidays (WORKDAY(received, 10|17))', () => {
  test('Idul Fitri 2024: received Friday 5 April, due Monday 29 April', () => {
    expect(ymd(dueDate(D('2024-04-05'), false, official))).toBe('2024-04-29');
  });

  test('Idul Fitri 2024 for a unit working on cuti bersama: due Tuesday 23 April', () => {
    expect(ymd(dueDate(D('2024-04-05'), false, noCutiBersama))).toBe('2024-04-23');
  });

  test('Idul Fitri 2025 and Good Friday: received 27 March, due 22 April', () => {
    expect(ymd(dueDate(D('2025-03-27'), false, official))).toBe('2025-04-22');
  });

  test('extension adds 7 working days: received 27 March 2025, due 2 May (1 May is Hari Buruh)', () => {
    expect(ymd(dueDate(D('2025-03-27'), true, official))).toBe('2025-05-02');
  });

  test('Christmas and New Year: received 23 December 2024, due 9 January 2025', () => {
    expect(ymd(dueDate(D('2024-12-23'), false, official))).toBe('2025-01-09');
  });

  test('a request received on a weekend or holiday starts on the next working day', () => {
    const friday = dueDate(D('2024-07-05'), false, official);
    expect(ymd(friday)).toBe('2024-07-19');
    expect(dueDate(D('2024-07-06'), false, official)).toBe(friday); // Saturday
    expect(dueDate(D('2024-07-07'), false, official)).toBe(friday); // Sunday, also Tahun Baru Islam
    // Received on Idul Fitri itself (Wednesday 10 April 2024): same due date as the Friday before.
    expect(ymd(dueDate(D('2024-04-10'), false, official))).toBe('2024-04-29');
  });

  test('objection response is due on the 30th working day', () => {
    expect(ymd(objectionDue(D('2025-03-03'), official))).toBe(ymd(official.workday(D('2025-03-03'), 30)));
    // 3 March 2025 + 30 working days, skipping Nyepi, Idul Fitri, cuti bersama and Good Friday.
    expect(ymd(objectionDue(D('2025-03-03'), official))).toBe('2025-04-24');
  });
});

describe('working days', () => {
  test('same-day answer takes 0 working days; next working day takes 1', () => {
    expect(official.workingDaysBetween(D('2025-05-05'), D('2025-05-05'))).toBe(0);
    expect(official.workingDaysBetween(D('2025-05-02'), D('2025-05-05'))).toBe(1); // Friday → Monday
    expect(official.workingDaysBetween(D('2025-05-05'), D('2025-05-02'))).toBe(0); // answer before receipt
  });

  test('the Lebaran 2024 week counts for nothing', () => {
    expect(official.workingDaysBetween(D('2024-04-05'), D('2024-04-15'))).toBe(0);
    expect(official.workingDaysBetween(D('2024-04-05'), D('2024-04-16'))).toBe(1);
  });

  test('WORKDAY with 0 days returns the start even on a weekend; negative days go back', () => {
    expect(official.workday(D('2024-07-06'), 0)).toBe(D('2024-07-06'));
    expect(ymd(official.workday(D('2024-04-16'), -1))).toBe('2024-04-05');
    expect(ymd(official.workday(D('2025-01-02'), -2))).toBe('2024-12-30');
  });

  test('NETWORKDAYS counts both ends and turns negative when the end comes first', () => {
    expect(weekendsOnly.networkdays(D('2025-06-02'), D('2025-06-06'))).toBe(5);
    expect(weekendsOnly.networkdays(D('2025-06-06'), D('2025-06-02'))).toBe(-5);
    expect(official.networkdays(D('2025-06-02'), D('2025-06-06'))).toBe(4); // Idul Adha on the 6th
    expect(official.networkdays(D('2025-06-07'), D('2025-06-08'))).toBe(0);
  });

  test('weekend holidays and duplicates change nothing', () => {
    const cal = new WorkCalendar([D('2025-06-01'), D('2025-06-06'), D('2025-06-06'), NaN as number]);
    expect(cal.holidayCount).toBe(1);
    expect(cal.isWorkingDay(D('2025-06-06'))).toBe(false);
    expect(cal.isWorkingDay(D('2025-06-02'))).toBe(true);
  });

  test('fromEntries drops cuti bersama rows when the unit works on them', () => {
    const entries = holidaysForYears(2024, 2024, true).map((h) => ({
      day: D(h.date),
      kind: h.kind === 'cuti_bersama' ? 'Cuti Bersama' : 'Libur Nasional',
    }));
    const working = WorkCalendar.fromEntries(entries, { workOnCutiBersama: true });
    const resting = WorkCalendar.fromEntries(entries, { workOnCutiBersama: false });
    expect(working.isWorkingDay(D('2024-04-08'))).toBe(true);
    expect(resting.isWorkingDay(D('2024-04-08'))).toBe(false);
    expect(working.isWorkingDay(D('2024-04-10'))).toBe(false);
    expect(isCutiBersamaKind('cuti_bersama')).toBe(true);
    expect(isCutiBersamaKind('Collective leave')).toBe(true);
    expect(isCutiBersamaKind('Libur Nasional')).toBe(false);
    expect(isCutiBersamaKind(null)).toBe(false);
  });
});

describe('SLA status', () => {
  const received = D('2025-06-02'); // Monday; Idul Adha 6 Jun and cuti bersama 9 Jun → due 18 June
  const base = { received, extended: false, answered: null, status: 'Diproses' as const };

  test('due date for the example is 18 June 2025', () => {
    expect(ymd(dueDate(received, false, official))).toBe('2025-06-18');
  });

  test('answered by the due date is on time; after it, late', () => {
    expect(slaStatus({ ...base, status: 'Dipenuhi', answered: D('2025-06-18') }, D('2025-07-01'), official)).toBe(
      'Tepat Waktu',
    );
    expect(slaStatus({ ...base, status: 'Dipenuhi', answered: D('2025-06-19') }, D('2025-07-01'), official)).toBe(
      'Terlambat',
    );
  });

  test('open: in process, then near due within 2 working days, then overdue', () => {
    expect(slaStatus(base, D('2025-06-13'), official)).toBe('Dalam Proses'); // 16, 17, 18 left
    expect(slaStatus(base, D('2025-06-16'), official)).toBe('Mendekati Batas'); // 17, 18 left
    expect(slaStatus(base, D('2025-06-18'), official)).toBe('Mendekati Batas'); // due today
    expect(slaStatus(base, D('2025-06-19'), official)).toBe('Lewat Batas');
  });

  test('the near-due threshold is a setting', () => {
    expect(slaStatus(base, D('2025-06-13'), official, 3)).toBe('Mendekati Batas');
    expect(slaStatus(base, D('2025-06-16'), official, 0)).toBe('Dalam Proses');
  });

  test('cancelled requests have no SLA status', () => {
    expect(
      slaStatus({ ...base, status: 'Dibatalkan', answered: D('2025-06-03') }, D('2025-07-01'), official),
    ).toBeNull();
  });

  test('an answer dated after the as-of date was not known yet', () => {
    expect(slaStatus({ ...base, status: 'Dipenuhi', answered: D('2025-06-10') }, D('2025-06-05'), official)).toBe(
      'Dalam Proses',
    );
  });
});

// Property checks: the calendar must equal Sheets' own WORKDAY and NETWORKDAYS, here as
// implemented by HyperFormula, on random dates and random holiday sets (weekend holidays and
// duplicates included). Each run evaluates a batch of cases in one sheet to keep the suite fast.
describe('agreement with HyperFormula WORKDAY / NETWORKDAYS', () => {
  const H = 12; // holiday cells per row
  const start = toSerial(D('2020-01-01'));
  const end = toSerial(D('2028-12-31'));
  const caseArb = fc.record({
    start: fc.integer({ min: start, max: end }),
    n: fc.integer({ min: -70, max: 70 }),
    span: fc.integer({ min: -150, max: 150 }),
    holidays: fc.array(fc.integer({ min: -160, max: 160 }), { maxLength: H }),
  });
  const col = (i: number) => String.fromCharCode(65 + i);

  function evaluate(cases: Array<{ start: number; n: number; span: number; holidays: number[] }>) {
    const rows = cases.map((c, i) => {
      const r = i + 1;
      const hol: Array<number | null> = Array.from({ length: H }, (_, k) =>
        k < c.holidays.length ? c.start + c.holidays[k] : null,
      );
      const range = `${col(3)}${r}:${col(3 + H - 1)}${r}`;
      return [
        c.start,
        c.n,
        c.start + c.span,
        ...hol,
        `=WORKDAY(A${r},B${r},${range})`,
        `=NETWORKDAYS(A${r},C${r},${range})`,
        `=NETWORKDAYS(A${r}+1,C${r},${range})`,
      ];
    });
    const hf = HyperFormula.buildFromArray(rows, { licenseKey: 'gpl-v3' });
    const out = hf.getSheetValues(0).map((r) => r.slice(3 + H) as number[]);
    hf.destroy();
    return out;
  }

  test('WORKDAY, NETWORKDAYS and working days taken agree on thousands of random cases', () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 150, maxLength: 150 }), (cases) => {
        const results = evaluate(cases);
        cases.forEach((c, i) => {
          const cal = new WorkCalendar(c.holidays.map((h) => fromSerial(c.start + h)));
          const s = fromSerial(c.start);
          const b = s + c.span;
          const [wd, nwd, taken] = results[i];
          expect(toSerial(cal.workday(s, c.n))).toBe(wd);
          expect(cal.networkdays(s, b)).toBe(nwd);
          // Working days taken = NETWORKDAYS(received + 1, answered) whenever answered > received.
          if (c.span > 0) expect(cal.workingDaysBetween(s, b)).toBe(taken);
          checked++;
        });
      }),
      { numRuns: 30 },
    );
    expect(checked).toBeGreaterThanOrEqual(4500);
  });

  test('agree with the official 2021–2027 list on random dates', () => {
    const hol = holidayDays(HOLIDAYS).map(toSerial);
    const cases = fc.sample(
      fc.record({
        s: fc.integer({ min: toSerial(D('2021-01-01')), max: toSerial(D('2027-11-30')) }),
        n: fc.integer({ min: -40, max: 40 }),
        span: fc.integer({ min: -60, max: 60 }),
      }),
      1500,
    );
    const rows: unknown[][] = [hol];
    cases.forEach((c, i) => {
      const r = i + 2;
      rows.push([
        c.s,
        c.n,
        c.s + c.span,
        `=WORKDAY(A${r},B${r},$A$1:$${colName(hol.length - 1)}$1)`,
        `=NETWORKDAYS(A${r},C${r},$A$1:$${colName(hol.length - 1)}$1)`,
      ]);
    });
    const hf = HyperFormula.buildFromArray(rows as never, { licenseKey: 'gpl-v3' });
    const values = hf.getSheetValues(0);
    hf.destroy();
    cases.forEach((c, i) => {
      const [wd, nwd] = values[i + 1].slice(3, 5) as number[];
      expect(toSerial(official.workday(fromSerial(c.s), c.n))).toBe(wd);
      expect(official.networkdays(fromSerial(c.s), fromSerial(c.s + c.span))).toBe(nwd);
    });
  });
});

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

test('a working day is never a weekend', () => {
  fc.assert(
    fc.property(fc.integer({ min: D('2021-01-01'), max: D('2027-12-31') }), fc.integer({ min: 1, max: 40 }), (d, n) => {
      const w = weekday(official.workday(d, n));
      expect(w).not.toBe(0);
      expect(w).not.toBe(6);
    }),
  );
});
