// Review fixes in the parser: report messages carry no cell content, and values the register's
// live formulas would not recognise are flagged while still being counted.
import { parseRegister } from '../../src/core/register';
import { HEADER_ID, row, wib } from './fixtures/registers';

const base = {
  'Tanggal Permohonan': wib(2025, 4, 14),
  Saluran: 'Email',
  'Kategori Pemohon': 'Perseorangan',
  Status: 'Diproses',
  'Nama Pemohon': 'Budi Santoso',
};
const parse = (rows: unknown[][], opts: { quoteValues?: boolean; lang?: 'id' | 'en' } = {}) =>
  parseRegister([HEADER_ID, ...rows], { lang: opts.lang ?? 'id', quoteValues: opts.quoteValues });
const codes = (p: ReturnType<typeof parse>) => p.problems.map((x) => x.code);

describe('problem messages and personal data', () => {
  // A row pasted one column off: a name in Saluran, a phone number in a date column, an address in Biaya.
  const shifted = () => [
    row({
      ...base,
      'No. Registrasi': 'R-7',
      Saluran: 'Siti Aminah',
      'Kategori Pemohon': 'Jl. Melati 5',
      'Tanggal Selesai': '0812-3456-7890',
      'Biaya (Rp)': 'Rumah Pak Joko',
      Perpanjangan: 'Siti',
      'Cara Memperoleh': 'Ani Wijaya',
      'Tanggal Keberatan': 'budi@mail.id',
    }),
    row({ ...base, 'No. Registrasi': 'R-8', 'Tanggal Permohonan': '081234567890' }),
  ];
  const personal = /Siti|Aminah|Melati|0812|3456|7890|Joko|Ani Wijaya|budi@|081234567890/;

  test('with quoteValues false no message contains the cell content, yet each slip is still listed by column', () => {
    for (const lang of ['id', 'en'] as const) {
      const p = parse(shifted(), { quoteValues: false, lang });
      expect(p.problems.length).toBeGreaterThanOrEqual(8);
      for (const pr of p.problems) {
        expect(pr.message).not.toMatch(personal);
        expect(pr.message).not.toMatch(/\{\w+\}/);
        expect(pr.message).not.toMatch(/^problem\./);
      }
      expect(JSON.stringify(p)).not.toMatch(personal);
      expect(p.problems.map((x) => x.column)).toEqual(
        expect.arrayContaining([
          'Saluran',
          'Kategori Pemohon',
          'Tanggal Selesai',
          'Biaya (Rp)',
          'Perpanjangan',
          'Cara Memperoleh',
          'Tanggal Keberatan',
          'Tanggal Permohonan',
        ]),
      );
    }
    const id = parse(shifted(), { quoteValues: false });
    expect(id.problems.find((x) => x.column === 'Saluran')!.message).toMatch(/tidak dikenali.*Lainnya/);
    const en = parse(shifted(), { quoteValues: false, lang: 'en' });
    expect(en.problems.find((x) => x.column === 'Biaya (Rp)')!.message).toMatch(/not recognised/);
  });

  test('registration numbers stay in messages even when values are not quoted', () => {
    const p = parse([row({ ...base, 'No. Registrasi': 'R-9' }), row({ ...base, 'No. Registrasi': 'R-9' })], {
      quoteValues: false,
    });
    expect(p.problems.map((x) => x.message).join(' ')).toMatch(/R-9/);
  });

  test("the officer's own check (default) still quotes the value so the slip can be found", () => {
    const p = parse(shifted());
    expect(p.problems.find((x) => x.column === 'Saluran')!.message).toContain('"Siti Aminah"');
    expect(p.problems.find((x) => x.column === 'Tanggal Selesai')!.message).toContain('0812-3456-7890');
    expect(parse(shifted(), { quoteValues: true }).problems.map((x) => x.message)).toEqual(
      p.problems.map((x) => x.message),
    );
  });

  test('both wordings yield the same problems, row by row and code by code', () => {
    const a = parse(shifted()).problems.map(({ row: r, column, code, number }) => ({ r, column, code, number }));
    const b = parse(shifted(), { quoteValues: false }).problems.map(({ row: r, column, code, number }) => ({
      r,
      column,
      code,
      number,
    }));
    expect(b).toEqual(a);
  });
});

describe('values the live formulas would not recognise', () => {
  test.each(['yes', 'y', 'iya', 'TRUE', ' Ya', 'Ya '])(
    'Perpanjangan %j counts as extended and asks for the dropdown value',
    (v) => {
      const p = parse([row({ ...base, Perpanjangan: v })]);
      expect(p.requests[0].extended).toBe(true);
      expect(codes(p)).toEqual(['list.noncanonical']);
      expect(p.problems[0].column).toBe('Perpanjangan');
      expect(p.problems[0].message).toMatch(/Pilih Ya dari daftar/);
    },
  );

  test('a checkbox TRUE in Perpanjangan is flagged too; FALSE and Tidak synonyms agree with the formula and are not', () => {
    expect(codes(parse([row({ ...base, Perpanjangan: true })]))).toEqual(['list.noncanonical']);
    for (const v of [false, 'no', 'tdk', 'Tidak', 'ya', 'YA'])
      expect(codes(parse([row({ ...base, Perpanjangan: v })]))).toEqual([]);
  });

  test.each(['cancelled', 'Withdrawn', ' Dibatalkan', 'Dibatalkan  '])(
    'Status %j counts as Dibatalkan and asks for the dropdown value',
    (v) => {
      const p = parse([row({ ...base, Status: v, 'Tanggal Selesai': wib(2025, 4, 15) })]);
      expect(p.requests[0].status).toBe('Dibatalkan');
      expect(codes(p)).toEqual(['list.noncanonical']);
      expect(p.problems[0].column).toBe('Status');
    },
  );

  test('canonical values, in any case, and synonyms of statuses no formula reads are not flagged', () => {
    const p = parse([
      row({ ...base, Status: 'dibatalkan', 'Tanggal Selesai': wib(2025, 4, 15) }),
      row({ ...base, Status: 'fulfilled', 'Tanggal Selesai': wib(2025, 4, 15) }),
      row({ ...base, Status: ' Diproses ' }),
    ]);
    expect(p.problems).toEqual([]);
  });

  test('the flag follows the row even when the parser has already seen the same text', () => {
    const p = parse([1, 2, 3].map(() => row({ ...base, Status: 'cancelled', 'Tanggal Selesai': wib(2025, 4, 15) })));
    expect(p.problems.map((x) => [x.row, x.code])).toEqual([
      [2, 'list.noncanonical'],
      [3, 'list.noncanonical'],
      [4, 'list.noncanonical'],
    ]);
  });

  test('without quoting the message names the column and the canonical value only', () => {
    const p = parse([row({ ...base, Perpanjangan: 'iya' })], { quoteValues: false, lang: 'en' });
    expect(p.problems[0].message).not.toContain('iya');
    expect(p.problems[0].message).toMatch(/Perpanjangan.*Ya/);
  });
});
