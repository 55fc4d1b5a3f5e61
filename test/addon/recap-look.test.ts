// The recap sheet looks as it did before its writer was batched (issue 25): values, number
// formats, font weights and sizes, colours, backgrounds, alignments, column widths, frozen rows and
// the charts of the quarterly, annual and consolidated sheets equal the look main wrote, saved in
// test/fixtures/recap-look/ by `UPDATE_RECAP_LOOK=1 npx jest test/addon/recap-look.test.ts` on main.
import fs from 'node:fs';
import path from 'node:path';
import { recapLooks } from '../support/recap-look';

const DIR = path.resolve(__dirname, '../fixtures/recap-look');

/** One line per grid row, so a difference in the fixture reads as a row of the sheet. */
function lookJson(look: object): string {
  const parts = Object.entries(look).map(([k, v]) =>
    Array.isArray(v) && v.length && typeof v[0] === 'object'
      ? `${JSON.stringify(k)}: [\n${v.map((x) => JSON.stringify(x)).join(',\n')}\n]`
      : `${JSON.stringify(k)}: ${JSON.stringify(v)}`,
  );
  return `{\n${parts.join(',\n')}\n}\n`;
}
const looks = recapLooks();

describe.each(Object.keys(looks) as Array<keyof typeof looks>)('the %s recap sheet', (kind) => {
  const file = path.join(DIR, `${kind}.json`);
  if (process.env.UPDATE_RECAP_LOOK === '1') fs.writeFileSync(file, lookJson(looks[kind]));
  const before = JSON.parse(fs.readFileSync(file, 'utf8'));
  const now = JSON.parse(JSON.stringify(looks[kind]));

  test('has the tables and charts it had (not an empty look)', () => {
    expect(now.values.length).toBeGreaterThan(60);
    expect(now.charts.length).toBeGreaterThanOrEqual(2);
    expect(Object.values(now.fontWeights.cells)).toContain('bold');
  });

  test.each([
    'values',
    'numberFormats',
    'fontWeights',
    'fontSizes',
    'fontColors',
    'backgrounds',
    'horizontalAlignments',
  ])('%s equal the look before', (key) => {
    expect(now[key]).toEqual(before[key]);
  });

  test('column widths, frozen rows, rows, name and visibility equal the look before', () => {
    for (const key of ['widths', 'frozenRows', 'frozenColumns', 'maxRows', 'name', 'hidden'])
      expect([key, now[key]]).toEqual([key, before[key]]);
  });

  test('charts: type, anchor, data range, headers and options equal the look before', () => {
    expect(now.charts).toEqual(before.charts);
  });
});
