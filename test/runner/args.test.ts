import { parseArgs, one, many } from '../../scripts/lib/args';

describe('command-line flags', () => {
  test('a repeated flag keeps every value, in order', () => {
    const a = parseArgs(['--quirk', 'scalar-workday', '--input', 'x.csv', '--quirk=no-document-lock']);
    expect(many(a, 'quirk')).toEqual(['scalar-workday', 'no-document-lock']);
    expect(one(a, 'input')).toBe('x.csv');
  });

  test('a flag takes every value up to the next flag', () => {
    const a = parseArgs(['--input', 'a.json', 'b.json', 'c.json', '--out', 'dir']);
    expect(many(a, 'input')).toEqual(['a.json', 'b.json', 'c.json']);
    expect(one(a, 'out')).toBe('dir');
  });

  test('a single-valued flag given twice is refused, not last-wins', () => {
    expect(() => one(parseArgs(['--period', '2025', '--period', '2026']), 'period')).toThrow(
      /--period takes one value/,
    );
  });

  test('a flag without a value and a stray word are refused', () => {
    expect(() => parseArgs(['--input'])).toThrow(/--input needs a value/);
    expect(() => parseArgs(['--input', '--out', 'x'])).toThrow(/--input needs a value/);
    expect(() => parseArgs(['report.csv'])).toThrow(/unexpected argument/);
  });
});
