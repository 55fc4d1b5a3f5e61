import { t, MESSAGES, allStrings } from '../../src/core/i18n';
import { safeCellText } from '../../src/core/register';

describe('i18n', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  test('every string, problem messages and UI strings alike, has Indonesian and English text', () => {
    const all = allStrings();
    expect(Object.keys(all).length).toBeGreaterThanOrEqual(Object.keys(MESSAGES).length);
    for (const [key, v] of Object.entries(all)) {
      expect({ key, id: v.id.trim().length > 0, en: v.en.trim().length > 0 }).toEqual({ key, id: true, en: true });
    }
  });

  test('problem messages take the same parameters in both languages', () => {
    for (const [key, v] of Object.entries(MESSAGES)) {
      expect({ key, params: placeholders(v.en) }).toEqual({ key, params: placeholders(v.id) });
    }
  });

  test('fills parameters and picks the language', () => {
    expect(t('id', 'problem.required.missing', { column: 'Saluran' })).toBe('Kolom Saluran wajib diisi.');
    expect(t('en', 'problem.required.missing', { column: 'Channel' })).toBe('Channel must be filled in.');
  });

  test('an unknown key comes back as itself; a missing parameter stays visible', () => {
    expect(t('id', 'no.such.key')).toBe('no.such.key');
    expect(t('en', 'problem.number.duplicate', { number: 'R-1' })).toContain('{firstRow}');
  });

  test('a parameter value holding braces is inserted literally', () => {
    expect(t('en', 'problem.date.invalid', { value: '{value}$&' })).toBe(
      '"{value}$&" is not a valid date. Write e.g. 2025-12-31.',
    );
  });
});

describe('safeCellText', () => {
  test.each(['=SUM(A1)', '+62812', '-1', '@import', '\tx', '\rx'])('prefixes %j with an apostrophe', (s) => {
    expect(safeCellText(s)).toBe(`'${s}`);
  });

  test.each(['Jadwal pelatihan', '', ' =not at start', "'already", '62812', 'e=mc2'])('leaves %j alone', (s) => {
    expect(safeCellText(s)).toBe(s);
  });
});
