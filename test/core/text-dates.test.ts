// Dates typed as text: the core reads them as Sheets' import reads the same text in the same
// locale (or refuses them when the import would keep text), lists them, and finds them for
// conversion.
import fc from 'fast-check';
import { parseDay, dayOfDate, dayFromIso, dateOrderForLocale, ymd } from '../../src/core/calendar';
import { parseRegister } from '../../src/core/register';
import { findTextDates, textDateRuns } from '../../src/core/register';
import { interpretInput, localeInfo } from '@ppid-sheets/emulator';
import { typeRegisterCsv } from '../../scripts/lib/register-csv';
import { parseCsv } from '@ppid-sheets/emulator';
import { header } from '../../scripts/lib/generate-register';

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

describe('the core reads a date typed as text as the import does', () => {
  for (const locale of ['id_ID', 'en_US']) {
    test(`${locale}: every text the import makes a date is the same day for the core; text it keeps is invalid`, () => {
      const loc = localeInfo(locale);
      const order = dateOrderForLocale(locale);
      const text = fc.oneof(
        fc
          .tuple(
            fc.integer({ min: 0, max: 35 }),
            fc.constantFrom('/', '-', '.'),
            fc.integer({ min: 0, max: 35 }),
            fc.integer({ min: 1990, max: 2100 }),
          )
          .map(
            ([a, sep, b, y]) => `${fc.sample(fc.boolean(), 1)[0] ? String(a).padStart(2, '0') : a}${sep}${b}${sep}${y}`,
          ),
        fc
          .tuple(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 }))
          .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      );
      let dates = 0;
      fc.assert(
        fc.property(text, (s) => {
          const imported = interpretInput(s, loc, 'Asia/Jakarta');
          const core = parseDay(s, 420, order);
          if ('value' in imported && isDate(imported.value)) {
            dates++;
            return core === dayOfDate(imported.value, 420);
          }
          return core === 'invalid';
        }),
        { numRuns: 3000 },
      );
      expect(dates).toBeGreaterThan(500);
    });
  }

  test('05/04/2025 is 5 April in id_ID and 4 May in en_US; 25/12/2025 is no date in en_US', () => {
    expect(ymd(parseDay('05/04/2025', 420, dateOrderForLocale('id_ID')) as number)).toBe('2025-04-05');
    expect(ymd(parseDay('05/04/2025', 420, dateOrderForLocale('en_US')) as number)).toBe('2025-05-04');
    expect(parseDay('25/12/2025', 420, 'mdy')).toBe('invalid');
  });
});

describe('the register lists every date typed as text', () => {
  const head = header();
  const rowOf = (f: Record<string, unknown>) => head.map((h) => (h in f ? f[h] : ''));
  const base = {
    Saluran: 'Email',
    'Nama Pemohon': 'A',
    'Kategori Pemohon': 'Perseorangan',
    'Informasi yang Diminta': 'B',
    Status: 'Dipenuhi',
  };
  const values = [
    head,
    rowOf({ ...base, 'Tanggal Permohonan': new Date('2025-04-01T00:00:00+07:00'), 'Tanggal Selesai': '08/04/2025' }),
    rowOf({ ...base, 'Tanggal Permohonan': '2025-04-02', 'Tanggal Selesai': '09/04/2025' }),
    rowOf({ ...base, 'Tanggal Permohonan': '03/04/2025', 'Tanggal Keberatan': 'kemarin' }),
  ];

  test('parseRegister counts the rows and names each text date with row, column and a plain message', () => {
    const parsed = parseRegister(values, { lang: 'id' });
    expect(parsed.requests.map((r) => ymd(r.received))).toEqual(['2025-04-01', '2025-04-02', '2025-04-03']);
    const text = parsed.problems.filter((p) => p.code === 'date.text').map((p) => [p.row, p.column]);
    expect(text).toEqual([
      [2, 'Tanggal Selesai'],
      [3, 'Tanggal Permohonan'],
      [3, 'Tanggal Selesai'],
      [4, 'Tanggal Permohonan'],
    ]);
    expect(parsed.problems.find((p) => p.code === 'date.text')!.message).toMatch(
      /ditulis sebagai teks.*tidak dapat menghitung/,
    );
    // "kemarin" is no date: invalid, not a text date.
    expect(parsed.problems.filter((p) => p.row === 4 && p.code.startsWith('date.')).map((p) => p.code)).toEqual([
      'date.text',
      'date.invalid',
    ]);
    const hidden = parseRegister(values, { lang: 'en', quoteValues: false }).problems.find(
      (p) => p.code === 'date.text',
    )!;
    expect(hidden.message).not.toContain('08/04/2025');
  });

  test('findTextDates gives each cell and its day; conversion writes one run per column stretch', () => {
    const cells = findTextDates(values);
    expect(cells.map((c) => [c.row, c.column, c.text, ymd(c.day)])).toEqual([
      [2, 'Tanggal Selesai', '08/04/2025', '2025-04-08'],
      [3, 'Tanggal Permohonan', '2025-04-02', '2025-04-02'],
      [3, 'Tanggal Selesai', '09/04/2025', '2025-04-09'],
      [4, 'Tanggal Permohonan', '03/04/2025', '2025-04-03'],
    ]);
    const runs = textDateRuns(cells).map((r) => [r.col, r.row, r.days.map(ymd)]);
    const col = (h: string) => head.indexOf(h);
    expect(runs).toEqual([
      [col('Tanggal Permohonan'), 3, ['2025-04-02', '2025-04-03']],
      [col('Tanggal Selesai'), 2, ['2025-04-08', '2025-04-09']],
    ]);
    expect(findTextDates(values, { dateOrder: 'mdy' }).find((c) => c.row === 2)!.day).toBe(dayFromIso('2025-08-04'));
  });
});

describe("the runner's register CSV import", () => {
  test('dates and fees are typed; registration and telephone numbers stay as written', () => {
    const csv =
      `${header().join(',')}\n` +
      header()
        .map(
          (h) =>
            (
              ({
                'No. Registrasi': '001/PPID/2025',
                'Tanggal Permohonan': '2025-04-01',
                Kontak: '081234567890',
                'Biaya (Rp)': '35000',
                'Tanggal Selesai': '08/04/2025',
                Pekerjaan: '0123',
              }) as Record<string, string>
            )[h] ?? '',
        )
        .join(',');
    const typed = typeRegisterCsv(parseCsv(csv).rows, 'id_ID', 'Asia/Jakarta');
    const row = Object.fromEntries(header().map((h, i) => [h, typed[1][i]]));
    expect(row['No. Registrasi']).toBe('001/PPID/2025');
    expect(row.Kontak).toBe('081234567890');
    expect(row.Pekerjaan).toBe('0123');
    expect(row['Biaya (Rp)']).toBe(35000);
    expect(ymd(dayOfDate(row['Tanggal Permohonan'] as Date, 420))).toBe('2025-04-01');
    expect(ymd(dayOfDate(row['Tanggal Selesai'] as Date, 420))).toBe('2025-04-08');
    expect(typed[0]).toEqual(header());
  });
});
