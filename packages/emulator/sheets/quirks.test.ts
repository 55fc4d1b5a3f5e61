// The emulator's formula behaviours on the open questions, both ways: MAP/LAMBDA evaluated per
// row, setFormula's separators (canonical, or the locale's under `formula-locale-separators`),
// WORKDAY/NETWORKDAYS in ARRAYFORMULA per row, or one value under `scalar-workday`.
import { Runtime } from '../runtime';
import { createSheetsServices, createSpreadsheet } from './index';
import { wib, ymdWib } from './testkit';
import { canonicalFormula, expandMap, scalarWorkdays } from './lambda';

function setup(locale: string, quirks: string[] = []) {
  const rt = new Runtime({ locale, timeZone: 'Asia/Jakarta', now: '2024-04-20T10:00:00+07:00', quirks });
  createSheetsServices(rt);
  const ss = createSpreadsheet(rt, 'S', { locale, timeZone: 'Asia/Jakarta' });
  const sheet = ss.getSheets()[0];
  const hol = ss.insertSheet('Hari Libur');
  hol.getRange(1, 1, 4, 1).setValues([['Tanggal'], [wib('2024-04-10')], [wib('2024-04-11')], [wib('2024-04-12')]]);
  sheet.getRange(1, 1, 4, 2).setValues([
    ['Tanggal', 'Perpanjangan'],
    [wib('2024-04-05'), 'Tidak'],
    [wib('2024-04-01'), 'Ya'],
    ['', ''],
  ]);
  return { rt, ss, sheet };
}

const col = (sheet: any, a1: string) =>
  sheet
    .getRange(a1)
    .getValues()
    .map((r: unknown[]) => (Object.prototype.toString.call(r[0]) === '[object Date]' ? ymdWib(r[0]) : r[0]));

const ARRAY =
  '=ARRAYFORMULA(IF(ROW(A1:A)=1, "Batas", IF(ISNUMBER(A1:A), WORKDAY(A1:A, IF(B1:B="Ya", 17, 10), \'Hari Libur\'!$A$2:$A), "")))';
const MAP =
  '={"Batas"; MAP(A2:A, B2:B, LAMBDA(recv, ext, IF(ISNUMBER(recv), WORKDAY(recv, IF(ext="Ya", 17, 10), \'Hari Libur\'!$A$2:$A), "")))}';

describe('MAP with LAMBDA', () => {
  test('evaluates its LAMBDA once per row, under a header stacked above it', () => {
    const { sheet } = setup('en_US');
    sheet.getRange('C1').setFormula(MAP);
    // Fri 5 Apr + 10 working days skipping 10–12 Apr: 8,9,15,…,23,24 → 24 Apr; 1 Apr + 17 → 29 Apr.
    expect(col(sheet, 'C1:C4')).toEqual(['Batas', '2024-04-24', '2024-04-29', '']);
    expect(sheet.getRange('C1').getFormula()).toBe(MAP);
  });

  test('equals the ARRAYFORMULA form row for row', () => {
    const { sheet } = setup('id_ID');
    sheet.getRange('C1').setFormula(MAP);
    sheet.getRange('D1').setFormula(ARRAY);
    expect(col(sheet, 'C1:C4').slice(1)).toEqual(col(sheet, 'D1:D4').slice(1));
  });

  test('a value typed under it blocks it: #REF! at the header cell, as a blocked spill', () => {
    const { sheet } = setup('en_US');
    sheet.getRange('C1').setFormula(MAP);
    sheet.getRange('C3').setValue('typed');
    expect(col(sheet, 'C1:C3')).toEqual(['#REF!', '', 'typed']);
  });

  test('a LAMBDA with the wrong number of names gives #N/A (documented)', () => {
    const { sheet } = setup('en_US');
    sheet.getRange('C1').setFormula('=MAP(A2:A3, B2:B3, LAMBDA(x, x))');
    expect(sheet.getRange('C1').getValue()).toBe('#N/A');
  });

  test('expansion is plain per-row text', () => {
    expect(expandMap('={"h"; MAP(A2:A3, LAMBDA(x, x*2))}')).toEqual([
      { dr: 0, text: '"h"' },
      { dr: 1, text: '$A$2*2' },
      { dr: 2, text: '$A$3*2' },
    ]);
  });
});

describe('setFormula separators', () => {
  const SEMI = '=IF(1>0; "ya"; "tidak")';
  const COMMA = '=IF(1>0, "ya", "tidak")';

  test('by default the canonical "," parses in every locale and ";" is a parse error', () => {
    for (const locale of ['id_ID', 'en_US']) {
      const { sheet } = setup(locale);
      sheet.getRange('E1').setFormula(COMMA);
      sheet.getRange('E2').setFormula(SEMI);
      expect([locale, col(sheet, 'E1:E2')]).toEqual([locale, ['ya', '#ERROR!']]);
    }
  });

  test('formula-locale-separators: id_ID parses ";" and not ","; en_US is unchanged', () => {
    const id = setup('id_ID', ['formula-locale-separators']).sheet;
    id.getRange('E1').setFormula(COMMA);
    id.getRange('E2').setFormula(SEMI);
    expect(col(id, 'E1:E2')).toEqual(['#ERROR!', 'ya']);
    const en = setup('en_US', ['formula-locale-separators']).sheet;
    en.getRange('E1').setFormula(COMMA);
    en.getRange('E2').setFormula(SEMI);
    expect(col(en, 'E1:E2')).toEqual(['ya', '#ERROR!']);
  });

  test('a whole ARRAYFORMULA in ";" form evaluates under the quirk', () => {
    const { sheet } = setup('id_ID', ['formula-locale-separators']);
    sheet.getRange('C1').setFormula(ARRAY.replace(/, /g, '; '));
    expect(col(sheet, 'C1:C4')).toEqual(['Batas', '2024-04-24', '2024-04-29', '']);
  });

  test('canonicalFormula reads decimals and array columns of a ";" locale', () => {
    expect(canonicalFormula('=ROUND(1,5; 0)', ';')).toBe('=ROUND(1.5, 0)');
    expect(canonicalFormula('={1\\2; 3\\4}', ';')).toBe('={1,2; 3,4}');
    expect(canonicalFormula('=SUM(A1, 2)', ';')).toBeNull();
    expect(canonicalFormula('={"a"; "b"}', ',')).toBe('={"a"; "b"}');
    expect(canonicalFormula('=SUM(A1; 2)', ',')).toBeNull();
  });
});

describe('WORKDAY and NETWORKDAYS inside ARRAYFORMULA', () => {
  test('iterate per row by default', () => {
    const { sheet } = setup('id_ID');
    sheet.getRange('C1').setFormula(ARRAY);
    expect(col(sheet, 'C1:C4')).toEqual(['Batas', '2024-04-24', '2024-04-29', '']);
  });

  test("scalar-workday: one value (here the header's error) stands for every row; MAP is unaffected", () => {
    const { sheet } = setup('id_ID', ['scalar-workday']);
    sheet.getRange('C1').setFormula(ARRAY);
    sheet.getRange('D1').setFormula(MAP);
    expect(col(sheet, 'C1:C4')).toEqual(['Batas', '#VALUE!', '#VALUE!', '']);
    expect(col(sheet, 'D1:D4')).toEqual(['Batas', '2024-04-24', '2024-04-29', '']);
  });

  test('scalar-workday without a header in the range: one value, no spill', () => {
    const { sheet } = setup('en_US', ['scalar-workday']);
    sheet.getRange('E2').setFormula("=ARRAYFORMULA(WORKDAY(A2:A3, 1, 'Hari Libur'!$A$2:$A))");
    expect(col(sheet, 'E2:E3')).toEqual(['2024-04-08', '']);
  });

  test('the rewrite cuts the date arguments only, not the holidays', () => {
    expect(scalarWorkdays('=ARRAYFORMULA(NETWORKDAYS(A1:A+1, B1:B, H!A:A))')).toBe(
      '=ARRAYFORMULA(NETWORKDAYS(INDEX(A1:A+1,1,1),INDEX( B1:B,1,1), H!A:A))',
    );
  });
});
