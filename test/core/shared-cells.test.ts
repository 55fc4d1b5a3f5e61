// Issue #23 items 1–3 and 15, in the core: what a cell holds never reaches a message of the
// shared outputs (the report path parses with quoteValues false), a No. Registrasi that holds more
// than an identifier is withheld there, and no number, NaN or implausible date in a date column
// stops a parse or a recap: each becomes a row problem.
import fc from 'fast-check';
import { computeRecap, consolidate, parsePeriod, readRecapFile } from '../../src/core/recap';
import {
  futureDateProblems,
  holdsMoreThanIdentifier,
  parseRegister,
  REGISTER_COLUMNS,
  sharedNumber,
} from '../../src/core/register';
import { dayFromIso, HOLIDAYS, holidayDays, WorkCalendar } from '../../src/core/calendar';
import { HEADER_ID, row, wib } from './fixtures/registers';

const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
const base = {
  'No. Registrasi': '001/PPID/2025',
  'Tanggal Permohonan': wib(2025, 4, 14),
  Saluran: 'Email',
  'Kategori Pemohon': 'Perseorangan',
  Status: 'Dipenuhi',
  'Tanggal Selesai': wib(2025, 4, 17),
};
const shared = (rows: unknown[][]) => parseRegister([HEADER_ID, ...rows], { lang: 'id', quoteValues: false });
const own = (rows: unknown[][]) => parseRegister([HEADER_ID, ...rows], { lang: 'id' });
const recapOf = (rows: unknown[][], asOf = '2025-07-10', period = '2025-Q2') =>
  computeRecap(shared(rows), { period: parsePeriod(period), asOf: dayFromIso(asOf), calendar, lang: 'id' });

const NAME = 'Budi Santoso';
const PHONE = '081234567890';
const DATE_COLUMNS = REGISTER_COLUMNS.filter((c) => c.type === 'date').map((c) => c.id);

describe('a totals row names no one in the shared outputs (item 1)', () => {
  test('its words are quoted in Periksa Data only', () => {
    const totals = row({ 'No. Registrasi': `Rekap ${NAME}`, Saluran: '3' }).map((v, i) => (i < 3 ? v : ''));
    const mine = own([row(base), totals]);
    const theirs = shared([row(base), totals]);
    expect(mine.problems.map((p) => p.code)).toEqual(['row.totals']);
    expect(mine.problems[0].message).toContain(NAME);
    expect(theirs.problems.map((p) => p.code)).toEqual(['row.totals']);
    expect(theirs.problems[0].message).not.toContain('Budi');
    expect(theirs.problems[0].message).toContain('baris jumlah');
    expect(theirs.problems[0]).toMatchObject({ row: 3, number: null });
  });

  test('in a row with nothing else read, and under the English wording too', () => {
    const header = [...HEADER_ID, 'Catatan Petugas'];
    const line = header.map(() => '');
    line[header.length - 1] = `Jumlah ${NAME}`;
    line[0] = `Total ${NAME}`;
    for (const lang of ['id', 'en'] as const) {
      const p = parseRegister([header, row(base, header), line], { lang, quoteValues: false });
      expect(p.problems.map((x) => x.code)).toEqual(['row.totals']);
      expect(p.problems[0].message).not.toMatch(/Budi|Santoso/);
    }
  });

  test('no problem message of the shared path repeats what any cell held, whatever the column', () => {
    // A name and a phone number typed into each column in turn, in rows that are wrong in every
    // way a parse knows: every message is checked, not only the totals one.
    const secret = `${NAME} ${PHONE}`;
    for (const column of HEADER_ID) {
      const rows = [
        row({ ...base, [column]: secret }),
        row({ ...base, 'No. Registrasi': '001/PPID/2025', [column]: secret, Status: 'Ditolak', Perpanjangan: 'ya ' }),
        row({ [column]: secret }),
      ];
      for (const lang of ['id', 'en'] as const) {
        const p = parseRegister([HEADER_ID, ...rows], { lang, quoteValues: false });
        const r = computeRecap(p, { period: parsePeriod('2025-Q2'), asOf: dayFromIso('2025-07-10'), calendar, lang });
        const text = JSON.stringify(r);
        expect({ column, leak: /Budi|Santoso|0812345/.test(text) }).toEqual({ column, leak: false });
      }
    }
  });
});

describe('a No. Registrasi that is more than a number stays in the register (item 2)', () => {
  test('the rule: words, an @, nine digits in a row or more than 40 characters', () => {
    for (const ok of ['001/PPID/2025', '001 / PPID / 2025', 'REG 12', '2025-0001', 'P3-2021-011', '12345678'])
      expect({ ok, more: holdsMoreThanIdentifier(ok) }).toEqual({ ok, more: false });
    for (const more of [NAME, 'A. Budi', 'rina@mail.example', '@rina', PHONE, '001/123456789', 'x'.repeat(41)])
      expect({ more, is: holdsMoreThanIdentifier(more) }).toEqual({ more, is: true });
    expect(sharedNumber('  001/PPID/2025 ')).toBe('001/PPID/2025');
    expect(sharedNumber(`${NAME} 001`)).toBeNull();
    expect(sharedNumber('')).toBeNull();
  });

  test('requests[].number, problems[].number and the duplicate message are null or name no one', () => {
    const rows = [
      row({ ...base, 'No. Registrasi': NAME }),
      row({ ...base, 'No. Registrasi': NAME, Saluran: 'Merpati Pos' }),
      row({ ...base, 'No. Registrasi': '002/PPID/2025' }),
      row({ ...base, 'No. Registrasi': '002/PPID/2025' }),
    ];
    const r = recapOf(rows);
    expect(r.requests.map((l) => l.number)).toEqual([null, null, '002/PPID/2025', '002/PPID/2025']);
    expect(r.problems.map((p) => [p.row, p.number, p.code])).toEqual([
      [3, null, 'number.duplicate'],
      [3, null, 'list.unknown'],
      [5, '002/PPID/2025', 'number.duplicate'],
    ]);
    expect(JSON.stringify(r)).not.toMatch(/Budi|Santoso/);
    expect(r.problems[0].message).toContain('baris 2');
    expect(r.problems[2].message).toContain('002/PPID/2025');
    // The officer's own check keeps the value, so the slip can be found.
    const mine = own(rows);
    expect(mine.requests[0].number).toBe(NAME);
    expect(mine.problems[0].message).toContain(NAME);
  });

  test('the consolidation takes null numbers, and withholds a name an older unit file carried', () => {
    const unitA = { ...recapOf([row({ ...base, 'No. Registrasi': NAME })]), unit: 'Dinas A' };
    const older = JSON.parse(JSON.stringify({ ...recapOf([row(base)]), unit: 'Dinas B' }));
    older.requests[0].number = `${NAME} 0812`;
    older.problems = [{ row: 2, number: `rina@mail.example`, column: 'x', message: 'm', code: 'c' }];
    const units = [
      readRecapFile(JSON.stringify(unitA), 'a/recap.json'),
      readRecapFile(JSON.stringify(older), 'b/recap.json'),
    ];
    expect(units[0].lines[0].number).toBeNull();
    const c = consolidate(units, { calendar, lang: 'id', body: 'PPID Utama' });
    expect(c.lines.map((l) => l.number)).toEqual([null, null]);
    expect(c.problems.map((p) => p.number)).toEqual([null]);
    expect(JSON.stringify(c)).not.toMatch(/Budi|rina@/);
  });
});

describe('a number, NaN or an implausible date in a date column is a row problem (item 3)', () => {
  const numbers = fc.oneof(
    fc.double({ min: 1e5, max: 1e15, noNaN: true }),
    fc.integer({ min: 100000, max: 999999999999 }),
    fc.double({ min: -1e15, max: -1e-3, noNaN: true }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 81234567890),
  );
  // What Google may hand back for such a cell: the number, an invalid Date or the text it shows.
  const answers = fc.constantFrom<'number' | 'invalid-date' | 'text'>('number', 'invalid-date', 'text');
  const as = (n: number, a: 'number' | 'invalid-date' | 'text') =>
    a === 'number' ? n : a === 'text' ? String(n) : new Date(Number.NaN);

  test('in every date column, under every answer, through the parse and the recap', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DATE_COLUMNS), numbers, answers, (column, n, answer) => {
        const cell = as(n, answer);
        // The objection and dispute columns are read when the chain has a start.
        const chain = {
          'Tanggal Keberatan': wib(2025, 4, 25),
          Sengketa: 'Ya',
          'Tanggal Pengajuan Sengketa': wib(2025, 6, 2),
        };
        const rows = [row({ ...base, ...chain, [column]: cell }), row(base)];
        const r = recapOf(rows);
        const p = r.problems.filter((x) => x.row === 2 && x.column === column);
        expect(p.length).toBeGreaterThanOrEqual(1);
        expect(p.map((x) => x.code)).toContainEqual(expect.stringMatching(/^(received|date)\.(invalid|implausible)$/));
        // Never the number itself, in either language's wording.
        const digits = String(Math.trunc(Math.abs(n)));
        if (digits.length >= 6) expect(JSON.stringify(r.problems)).not.toContain(digits);
        const counted = column === 'Tanggal Permohonan' ? 1 : 2;
        expect(r.totals.requests).toBe(counted);
      }),
      { numRuns: 300 },
    );
  });

  test('a phone number in Tanggal Selesai reads "bukan tanggal", in both modes, the number never quoted', () => {
    for (const cell of [81234567890, new Date(Number.NaN), PHONE]) {
      for (const parse of [own, shared]) {
        const p = parse([row({ ...base, 'Tanggal Selesai': cell })]);
        expect(p.problems.map((x) => [x.column, x.code])).toContainEqual(['Tanggal Selesai', 'date.invalid']);
        const m = p.problems.find((x) => x.code === 'date.invalid')!.message;
        expect(m).toContain('bukan tanggal');
        expect(m).not.toContain('1234567');
        expect(p.requests).toHaveLength(1);
        expect(p.requests[0].answered).toBeNull();
      }
    }
  });

  test('more than a year after the as-of date: a problem in the recap, the row not counted when it is the date received', () => {
    const rows = [
      row({ ...base, 'Tanggal Selesai': wib(2027, 4, 17) }),
      row({
        ...base,
        'No. Registrasi': '002/PPID/2025',
        'Tanggal Permohonan': wib(2026, 8, 1),
        Status: 'Diproses',
        'Tanggal Selesai': '',
      }),
      row({ ...base, 'No. Registrasi': '003/PPID/2025', 'Tanggal Selesai': wib(2026, 7, 10) }),
    ];
    const r = recapOf(rows, '2025-07-10');
    expect(r.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'Tanggal Selesai', 'date.future'],
      [3, 'Tanggal Permohonan', 'received.future'],
    ]);
    expect(r.problems[0].message).toContain('2025-07-10');
    expect(r.totals.requests).toBe(2);
    expect(r.rowsInPeriod).toBe(3);
    // A year on, the same register holds nothing implausible: the rule moves with the as-of date.
    const later = computeRecap(shared(rows), {
      period: parsePeriod('2026-Q3'),
      asOf: dayFromIso('2026-09-01'),
      calendar,
      lang: 'id',
    });
    expect(later.problems).toEqual([]);
    expect(later.totals.requests).toBe(1);
    expect(futureDateProblems(shared(rows), dayFromIso('2026-09-01'), 'en')).toEqual([]);
  });
});

describe('a required column the register never had is one problem, at the header (item 15)', () => {
  test('Kategori Pemohon blank on every row', () => {
    const rows = [1, 2, 3].map((i) => row({ ...base, 'No. Registrasi': `00${i}/PPID/2025`, 'Kategori Pemohon': '' }));
    const p = shared(rows);
    expect(p.problems.map((x) => [x.row, x.column, x.code])).toEqual([[1, 'Kategori Pemohon', 'column.empty']]);
    expect(p.problems[0].message).toContain('3 baris');
    // The recap lists it in every period, like a missing column.
    expect(recapOf(rows, '2025-10-10', '2025-Q3').problems.map((x) => x.code)).toEqual(['column.empty']);
    // One row filled in: the others are listed one by one again.
    rows[0][HEADER_ID.indexOf('Kategori Pemohon')] = 'Perseorangan';
    expect(shared(rows).problems.map((x) => [x.row, x.code])).toEqual([
      [3, 'required.missing'],
      [4, 'required.missing'],
    ]);
  });
});
