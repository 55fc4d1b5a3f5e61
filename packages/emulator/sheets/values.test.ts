import { NotEmulatedError } from '../runtime';
import { setup, wib, ymdWib } from './testkit';

describe('Range values behave like Google Sheets', () => {
  test('numbers, booleans, text and Dates come back with their types', () => {
    const { sheet } = setup();
    const when = new Date('2024-04-05T09:30:00+07:00');
    sheet.getRange('A1:D1').setValues([[42.5, true, 'teks', when]]);
    const [row] = sheet.getRange('A1:D1').getValues();
    expect(row[0]).toBe(42.5);
    expect(row[1]).toBe(true);
    expect(row[2]).toBe('teks');
    expect(Object.prototype.toString.call(row[3])).toBe('[object Date]');
    expect((row[3] as Date).getTime()).toBe(when.getTime());
    expect(row[3]).not.toBe(when); // a copy, as Apps Script hands out new Date objects
  });

  test('empty cells read as empty strings and null writes clear', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['x', null]]);
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['x', '', ''],
      ['', '', ''],
    ]);
  });

  test('a string starting with "=" becomes a formula and reads back its result', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([[2, '=A1*21']]);
    expect(sheet.getRange('B1').getFormula()).toBe('=A1*21');
    expect(sheet.getRange('B1').getValue()).toBe(42);
    sheet.getRange('C1').setValue('=B1+1');
    expect(sheet.getRange('C1').getValue()).toBe(43);
  });

  test('a leading apostrophe stores the text without it and never a formula', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([["'=SUM(1,2)", "'0812"]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['=SUM(1,2)', '0812']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  test('strings are read as typed input in the spreadsheet locale', () => {
    const { sheet } = setup({ locale: 'id_ID' });
    sheet.getRange('A1:E1').setValues([['1.234,5', '2024-04-05', '05/04/2024', 'TRUE', '31/02/2024']]);
    const [row] = sheet.getRange('A1:E1').getValues();
    expect(row[0]).toBe(1234.5);
    expect(ymdWib(row[1])).toBe('2024-04-05');
    expect(ymdWib(row[2])).toBe('2024-04-05'); // day first in id_ID
    expect(row[3]).toBe(true);
    expect(row[4]).toBe('31/02/2024'); // impossible date stays text
    const us = setup({ locale: 'en_US' }).sheet;
    us.getRange('A1:B1').setValues([['04/05/2024', '1,234.5']]);
    const [u] = us.getRange('A1:B1').getValues();
    expect(ymdWib(u[0])).toBe('2024-04-05'); // month first in en_US
    expect(u[1]).toBe(1234.5);
  });

  test('plain-text format keeps digits as text', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('@').setValue('0812345');
    expect(sheet.getRange('A1').getValue()).toBe('0812345');
    sheet.getRange('A2').setValue('0812345');
    expect(sheet.getRange('A2').getValue()).toBe(812345);
  });

  test('setValues with the wrong shape throws the Sheets message', () => {
    const { sheet } = setup();
    expect(() =>
      sheet.getRange('A1:B3').setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.',
    );
    expect(() => sheet.getRange('A1:B2').setValues([[1, 2], [3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
  });

  test('getLastRow and getLastColumn count content only, 0 when empty', () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    sheet.getRange('B3:C4').setValues([
      ['a', ''],
      ['', 'b'],
    ]);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getLastColumn()).toBe(3);
    sheet.getRange('C4').clearContent();
    expect(sheet.getLastRow()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
  });

  test('appendRow writes after the last row and grows the sheet', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['h1', 'h2']]);
    sheet.appendRow(['x', '=1+1']);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['x', 2]]);
    const full = sheet.getMaxRows();
    sheet.getRange(full, 1).setValue('last');
    sheet.appendRow(['beyond']);
    expect(sheet.getMaxRows()).toBe(full + 1);
    expect(sheet.getRange(full + 1, 1).getValue()).toBe('beyond');
  });

  test('ranges outside the sheet are refused', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    sheet.insertRowsAfter(1000, 5);
    expect(sheet.getRange(1005, 1).getRow()).toBe(1005);
  });

  test('display values follow the number format and the spreadsheet locale', () => {
    const id = setup({ locale: 'id_ID' }).sheet;
    const us = setup({ locale: 'en_US' }).sheet;
    for (const s of [id, us]) {
      s.getRange('A1:E1').setValues([[1234567.891, 0.257, wib('2024-04-05'), 3.5, true]]);
      s.getRange('A1').setNumberFormat('#,##0.00');
      s.getRange('B1').setNumberFormat('0.0%');
      s.getRange('C1').setNumberFormat('dd/MM/yyyy');
      s.getRange('D1').setNumberFormat('"Rp "#,##0');
    }
    expect(id.getRange('A1:E1').getDisplayValues()).toEqual([['1.234.567,89', '25,7%', '05/04/2024', 'Rp 4', 'TRUE']]);
    expect(us.getRange('A1:E1').getDisplayValues()).toEqual([['1,234,567.89', '25.7%', '05/04/2024', 'Rp 4', 'TRUE']]);
    id.getRange('F1').setValue(2.5);
    us.getRange('F1').setValue(2.5);
    expect(id.getRange('F1').getDisplayValue()).toBe('2,5');
    expect(us.getRange('F1').getDisplayValue()).toBe('2.5');
    id.getRange('G1').setValue(wib('2024-04-05'));
    id.getRange('G1').setNumberFormat('d mmmm yyyy');
    expect(id.getRange('G1').getDisplayValue()).toBe('5 April 2024');
    id.getRange('G1').setValue(wib('2024-08-17'));
    expect(id.getRange('G1').getDisplayValue()).toBe('17 Agustus 2024');
  });

  test('a number in a date-formatted cell reads back as a Date', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setValue(45387).setNumberFormat('dd/MM/yyyy');
    expect(ymdWib(sheet.getRange('A1').getValue())).toBe('2024-04-05');
  });

  test('formats, notes and styles are stored per cell', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B2');
    r.setBackground('#FFEE00').setFontWeight('bold').setFontColor('#333').setNote('catatan');
    expect(r.getBackgrounds()).toEqual([
      ['#ffee00', '#ffee00'],
      ['#ffee00', '#ffee00'],
    ]);
    expect(sheet.getRange('A1').getFontWeight()).toBe('bold');
    expect(sheet.getRange('C1').getFontWeight()).toBe('normal');
    expect(sheet.getRange('B2').getFontColor()).toBe('#333333');
    expect(sheet.getRange('B2').getNote()).toBe('catatan');
    r.clearFormat();
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
  });

  test('inserting rows moves data and rewrites formulas like Sheets', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=SUM(A1:A3)');
    sheet.getRange('C1').setFormula('=ARRAYFORMULA(A2:A*10)');
    sheet.insertRowsBefore(2, 2);
    expect(sheet.getRange('A4').getValue()).toBe(2);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A5)');
    expect(sheet.getRange('C1').getFormula()).toBe('=ARRAYFORMULA(A4:A*10)');
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('B1').getFormula()).toBe('=SUM(A1:A3)');
    expect(sheet.getRange('B1').getValue()).toBe(6);
  });

  test('setFormula on many cells moves relative references', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1:B3').setFormula('=A1*$A$1+1');
    expect(sheet.getRange('B1:B3').getFormulas()).toEqual([['=A1*$A$1+1'], ['=A2*$A$1+1'], ['=A3*$A$1+1']]);
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [3], [4]]);
    expect(sheet.getRange('B2').getFormulaR1C1()).toBe('=R[0]C[-1]*R1C1+1'.replace('R[0]', 'R'));
  });

  test('sheet names are unique and renaming rewrites references', () => {
    const { ss } = setup();
    const data = ss.insertSheet('Data');
    expect(() => ss.insertSheet('data')).toThrow(
      'A sheet with the name "data" already exists. Please enter another name.',
    );
    data.getRange('A1').setValue(5);
    const main = ss.getSheets()[0];
    main.getRange('A1').setFormula('=Data!A1*2');
    data.setName('Hari Libur');
    expect(main.getRange('A1').getFormula()).toBe("='Hari Libur'!A1*2");
    expect(main.getRange('A1').getValue()).toBe(10);
    expect(ss.getRange("'Hari Libur'!A1").getValue()).toBe(5);
    ss.deleteSheet(data);
    expect(main.getRange('A1').getValue()).toBe('#REF!');
  });

  test('a missing Apps Script method throws "not emulated"', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1');
    expect(() => range.createFilter()).toThrow(NotEmulatedError);
    expect(() => range.createFilter()).toThrow('not emulated: Range.createFilter');
    expect(() => sheet.getRange('A1').getRichTextValue()).toThrow('not emulated: Range.getRichTextValue');
  });

  test('each public call is counted per method, internal traffic is not', () => {
    const { rt, sheet } = setup();
    rt.resetCalls();
    const r = sheet.getRange('A1:B2');
    r.setValues([
      [1, 2],
      [3, '=A1+B1'],
    ]);
    r.getValues();
    r.getValues();
    const snap = rt.snapshot();
    expect(snap.byMethod).toEqual({ 'Sheet.getRange': 1, 'Range.setValues': 1, 'Range.getValues': 2 });
    expect(snap.total).toBe(4);
  });

  test('fault injection makes the chosen call fail', () => {
    const { rt, sheet } = setup();
    rt.resetCalls();
    rt.failAtCall = 2;
    const r = sheet.getRange('A1');
    expect(() => r.setValue(1)).toThrow('injected fault at call 2 (Range.setValue)');
    expect(r.getValue()).toBe('');
  });

  test('the spreadsheet is a Drive file and keeps its toasts', () => {
    const { rt, ss, SpreadsheetApp } = setup();
    const rec = rt.files.get(ss.getId())!;
    expect(rec.mimeType).toBe('application/vnd.google-apps.spreadsheet');
    expect(rec.native).toBe(ss);
    ss.rename('Register 2024');
    expect(rec.name).toBe('Register 2024');
    expect(SpreadsheetApp.openById(ss.getId())).toBe(ss);
    expect(SpreadsheetApp.getActive()).toBe(ss);
    ss.toast('Selesai', 'PPID', 5);
    expect(ss._toasts).toEqual([{ message: 'Selesai', title: 'PPID', timeoutSeconds: 5 }]);
    expect(ss.getUrl()).toContain(ss.getId());
    expect(() => SpreadsheetApp.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
    rt.ui = { marker: true };
    expect(SpreadsheetApp.getUi()).toEqual({ marker: true });
  });

  test('enums compare by identity and reject unknown members', () => {
    const { SpreadsheetApp, Charts } = setup();
    expect(String(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST)).toBe('VALUE_IN_LIST');
    expect(Charts.ChartType.PIE.name()).toBe('PIE');
    expect(() => SpreadsheetApp.ProtectionType.CELLS).toThrow('not emulated: ProtectionType.CELLS');
  });
});
