// The recap sheet's styles as data (src/sheets/recap-styles.ts): one entry per style, naming every
// block that carries it, so the writer needs one RangeList call per style whatever the tables.
import type { RecapLayout, TableSpec } from '../../src/sheets/recap-layout';
import { blockA1, recapStyles } from '../../src/sheets/recap-styles';

const table = (over: Partial<TableSpec>): TableSpec => ({
  key: 't',
  title: '',
  headerRow: 5,
  firstRow: 6,
  lastRow: 9,
  numCols: 4,
  totalRow: 9,
  percentCol: 4,
  ...over,
});

const layout = (tables: TableSpec[]): RecapLayout => ({
  values: [],
  width: 8,
  titleRow: 1,
  sectionRows: [4, 20],
  tables,
  charts: [],
});

describe('recapStyles', () => {
  test('A1 of a cell and of a block, past column Z too', () => {
    expect(blockA1(7, 2)).toBe('B7');
    expect(blockA1(7, 1, 1, 4)).toBe('A7:D7');
    expect(blockA1(3, 26, 2, 3)).toBe('Z3:AB4');
  });

  test('one style per property and value, every block of it listed in layout order', () => {
    const styles = recapStyles(
      layout([
        table({}),
        table({
          key: 'u',
          title: 'Judul',
          headerRow: 22,
          firstRow: 23,
          lastRow: 25,
          totalRow: null,
          percentCol: null,
          numCols: 3,
        }),
      ]),
    );
    const of = (property: string, value: string | number) =>
      styles.filter((s) => s.property === property && s.value === value).map((s) => s.a1);
    expect(of('fontWeight', 'bold')).toEqual([['A1', 'A4', 'A20', 'A5:D5', 'A9:D9', 'B21', 'A22:C22']]);
    expect(of('fontSize', 14)).toEqual([['A1']]);
    expect(of('fontSize', 12)).toEqual([['A4', 'A20']]);
    expect(of('background', '#d2e3fc')).toEqual([['A5:D5', 'A22:C22']]);
    expect(of('background', '#f1f3f4')).toEqual([['A9:D9']]);
    expect(of('numberFormat', '0%')).toEqual([['D6:D9']]);
    expect(styles).toHaveLength(6);
  });

  test("a table's own format on its percent column is the one that stays", () => {
    const styles = recapStyles(
      layout([
        table({ formats: { 4: '0.0%', 7: 'dd/MM/yyyy' } }),
        table({ headerRow: 30, firstRow: 31, lastRow: 33, totalRow: 33 }),
      ]),
    );
    const formats = styles.filter((s) => s.property === 'numberFormat').map((s) => [s.value, s.a1]);
    expect(formats).toEqual([
      ['0%', ['D31:D33']],
      ['0.0%', ['D6:D9']],
      ['dd/MM/yyyy', ['G6:G9']],
    ]);
  });

  test('no style is listed without a block', () => {
    const styles = recapStyles(layout([table({ formats: { 4: '0.0%' } })]));
    expect(styles.every((s) => s.a1.length > 0)).toBe(true);
    expect(styles.some((s) => s.value === '0%')).toBe(false);
  });
});
