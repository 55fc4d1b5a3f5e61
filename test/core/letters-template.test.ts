import fc from 'fast-check';
import {
  scanTemplate,
  renderTemplate,
  linesToRemove,
  unknownNames,
  tokenPattern,
  inlineValue,
  paragraphValue,
  tanggalPanjang,
  romanMonth,
  rupiah,
  formatLetterNumber,
  fileSafe,
  BUILTIN_TEMPLATES,
  templateText,
  knownNames,
  LETTER_KINDS,
} from '../../src/core/letters';
import { dayFromIso, dayFromYmd } from '../../src/core/calendar';

const D = dayFromIso;

describe('placeholders', () => {
  test('fills values, ignoring case and spaces inside the braces', () => {
    const r = renderTemplate('Yth. {{ Nama_Pemohon }}, {{nomor_registrasi}}', {
      values: { nama_pemohon: 'Rina', nomor_registrasi: '001/PPID/2025' },
      flags: {},
    });
    expect(r.text).toBe('Yth. Rina, 001/PPID/2025');
    expect(r.unknown.values).toEqual([]);
  });

  test('an unknown placeholder is reported once and never printed', () => {
    const r = renderTemplate('Nomor {{nomr_surat}} dan {{nomr_surat}} untuk {{nama}}', {
      values: { nama: 'Rina' },
      flags: {},
    });
    expect(r.text).toBe('Nomor  dan  untuk Rina');
    expect(r.text).not.toContain('{{');
    expect(r.unknown.values).toEqual(['nomr_surat']);
  });

  test('a value holding braces or $ is inserted literally, not read as a template', () => {
    const r = renderTemplate('{{a}} / {{b}}', { values: { a: '{{b}} $& $1', b: 'x' }, flags: {} });
    expect(r.text).toBe('{{b}} $& $1 / x');
  });

  test('a value of several paragraphs fills lines when alone on its line, and is joined inside a sentence', () => {
    const data = { values: { alasan: ['Pertama.', 'Kedua.'] }, flags: {} };
    expect(renderTemplate('Karena:\n{{alasan}}\nSelesai.', data).text).toBe('Karena:\nPertama.\nKedua.\nSelesai.');
    expect(renderTemplate('Karena {{alasan}} Selesai.', data).text).toBe('Karena Pertama. Kedua. Selesai.');
    expect(inlineValue('a\n\n b\r\nc')).toBe('a b c');
    expect(paragraphValue(['a\nb', '', ' c '])).toEqual(['a', 'b', 'c']);
    expect(paragraphValue('')).toEqual(['']);
  });
});

describe('sections', () => {
  const text = ['awal', '{{#ya}}', 'isi ya', '{{^ya}}', 'salah susun'].join('\n');

  test('true sections keep their lines, false ones drop them, markers always go', () => {
    const t = ['a', '{{#ya}}', 'b', '{{/ya}}', '{{^ya}}', 'c', '{{/ya}}', 'd'].join('\n');
    expect(renderTemplate(t, { values: {}, flags: { ya: true } }).text).toBe('a\nb\nd');
    expect(renderTemplate(t, { values: {}, flags: { ya: false } }).text).toBe('a\nc\nd');
  });

  test('nested sections: an inner true section inside an outer false one goes too', () => {
    const t = ['{{#luar}}', 'L', '{{#dalam}}', 'D', '{{/dalam}}', '{{/luar}}', 'akhir'].join('\n');
    expect(renderTemplate(t, { values: {}, flags: { luar: false, dalam: true } }).text).toBe('akhir');
    expect(renderTemplate(t, { values: {}, flags: { luar: true, dalam: false } }).text).toBe('L\nakhir');
    expect([...linesToRemove(scanTemplate(t).tokens, { luar: false, dalam: true })].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });

  test('an unknown section counts as false and is reported', () => {
    const t = ['{{#tak_dikenal}}', 'rahasia', '{{/tak_dikenal}}', 'ok'].join('\n');
    const r = renderTemplate(t, { values: {}, flags: {} });
    expect(r.text).toBe('ok');
    expect(r.unknown.sections).toEqual(['tak_dikenal']);
  });

  test('broken sections are issues and render nothing', () => {
    expect(
      scanTemplate(text)
        .issues.map((i) => i.code)
        .sort(),
    ).toEqual(['section.unclosed', 'section.unclosed']);
    expect(scanTemplate('a {{#x}} b\n{{/x}}').issues.map((i) => i.code)).toEqual(['section.inline']);
    expect(scanTemplate('{{/x}}').issues.map((i) => i.code)).toEqual(['section.unopened']);
    expect(scanTemplate('{{#x}}\n{{/y}}').issues.map((i) => i.code)).toEqual(['section.mismatch']);
    expect(renderTemplate(text, { values: {}, flags: { ya: true } }).text).toBe('');
  });

  test('property: a rendered template never contains a token, whatever the flags', () => {
    fc.assert(
      fc.property(fc.record({ a: fc.boolean(), b: fc.boolean() }), fc.string(), (flags, v) => {
        const t = ['{{#a}}', '{{x}}', '{{^b}}', '{{y}} {{z}}', '{{/b}}', '{{/a}}', '{{x}}'].join('\n');
        const out = renderTemplate(t, { values: { x: v.replace(/[{}]/g, ''), y: 'Y' }, flags }).text;
        return !/\{\{|\}\}/.test(out);
      }),
    );
  });
});

describe('tokenPattern', () => {
  test('finds the token verbatim as a regular expression', () => {
    const raw = '{{ nama_pemohon }}';
    expect(new RegExp(tokenPattern(raw)).test(`Yth. ${raw}.`)).toBe(true);
    expect(new RegExp(tokenPattern('{{a.b}}')).test('{{aXb}}')).toBe(false);
  });
});

describe('Indonesian dates, Roman months, rupiah', () => {
  test('long dates', () => {
    expect(tanggalPanjang(D('2025-05-02'))).toBe('2 Mei 2025');
    expect(tanggalPanjang(D('2024-12-31'))).toBe('31 Desember 2024');
    expect(tanggalPanjang(D('2025-08-17'))).toBe('17 Agustus 2025');
  });

  test('Roman months I–XII', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(romanMonth).join(' ')).toBe(
      'I II III IV V VI VII VIII IX X XI XII',
    );
    expect(() => romanMonth(13)).toThrow(RangeError);
  });

  test('rupiah as PUEBI writes it', () => {
    expect(rupiah(5000)).toBe('Rp5.000');
    expect(rupiah(1250000)).toBe('Rp1.250.000');
    expect(rupiah(1250.5)).toBe('Rp1.250,50');
    expect(rupiah(0)).toBe('Rp0');
  });
});

describe('letter numbers', () => {
  test('tokens {nnn}, {yyyy}, {mm}, {mm-romawi}', () => {
    expect(formatLetterNumber('{nnn}/PPID/{mm-romawi}/{yyyy}', 7, D('2025-05-02'))).toBe('007/PPID/V/2025');
    expect(formatLetterNumber('B-{nnnn}/{mm}/{yyyy}', 12, D('2025-11-03'))).toBe('B-0012/11/2025');
    expect(formatLetterNumber('{NNN}/{MM-ROMAWI}', 3, D('2025-12-01'))).toContain('XII');
  });

  test('a pattern without a sequence still numbers uniquely; a blank one takes the default', () => {
    expect(formatLetterNumber('PPID/{yyyy}', 4, D('2025-01-10'))).toBe('004/PPID/2025');
    expect(formatLetterNumber('', 1, D('2025-01-10'))).toBe('001/PPID/I/2025');
  });

  test('file-safe names: / becomes -', () => {
    expect(fileSafe('001/PPID/2025')).toBe('001-PPID-2025');
    expect(fileSafe('../etc/passwd')).toBe('etc-passwd');
    expect(fileSafe('  ')).toBe('tanpa-nomor');
  });

  test('property: every month of every year gets its Roman numeral', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        return formatLetterNumber('{mm-romawi}', 1, dayFromYmd(y, m, 1)).endsWith(`/${romanMonth(m)}`);
      }),
    );
  });
});

describe('built-in templates', () => {
  test.each(LETTER_KINDS.map((k) => [k]))('%s: well formed, every placeholder and section known', (kind) => {
    const text = templateText(BUILTIN_TEMPLATES[kind]);
    const scan = scanTemplate(text);
    expect(scan.issues).toEqual([]);
    const known = knownNames();
    const data = {
      values: Object.fromEntries(known.values.map((n) => [n, 'x'])),
      flags: Object.fromEntries(known.flags.map((n) => [n, true])),
    };
    expect(unknownNames(scan, data)).toEqual({ values: [], sections: [] });
  });

  test('the letters cite the articles that set their rights and deadlines', () => {
    const text = (k: (typeof LETTER_KINDS)[number]) => templateText(BUILTIN_TEMPLATES[k]);
    expect(text('tanda-terima')).toContain('Pasal 22 ayat (4)');
    expect(text('pemberitahuan')).toContain('Pasal 22 ayat (7)');
    expect(text('perpanjangan')).toContain('Pasal 22 ayat (8)');
    expect(text('penolakan')).toMatch(
      /30 \(tiga puluh\) hari kerja.*Pasal 35 ayat \(1\) huruf a dan Pasal 36 ayat \(1\)/,
    );
    expect(text('tanggapan-keberatan')).toContain('Pasal 36 ayat (2)');
    expect(text('tanggapan-keberatan')).toContain('Pasal 37 ayat (2)');
  });
});
