import { setup, wib } from './testkit';

describe('data validation, protection, conditional formats, banding, named ranges', () => {
  test('the validation builder records its criteria and allowInvalid defaults to true', () => {
    const { SpreadsheetApp } = setup();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Email', 'Surat'], true)
      .setHelpText('Pilih saluran')
      .build();
    expect(rule.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([['Email', 'Surat'], true]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBe('Pilih saluran');
    const strict = rule.copy().setAllowInvalid(false).build();
    expect(strict.getAllowInvalid()).toBe(false);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(() => SpreadsheetApp.newDataValidation().build()).toThrow();
  });

  test('script writes are accepted even when invalid, and listed as invalid cells', () => {
    const { SpreadsheetApp, sheet } = setup();
    const list = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Email', 'Surat'])
      .setAllowInvalid(false)
      .setHelpText('Pilih saluran')
      .build();
    const fee = SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    const date = SpreadsheetApp.newDataValidation().requireDate().build();
    sheet.getRange('A2:A4').setDataValidation(list);
    sheet.getRange('B2:B4').setDataValidation(fee);
    sheet.getRange('C2:C4').setDataValidation(date);
    sheet.getRange('A2:C4').setValues([
      ['Email', 0, wib('2024-04-05')],
      ['Fax', -5, 'kemarin'],
      [' Surat ', '', ''],
    ]);
    expect(sheet.getRange('A3').getValue()).toBe('Fax');
    expect(sheet._invalidCells()).toEqual([
      { a1: 'A3', value: 'Fax', helpText: 'Pilih saluran' },
      { a1: 'B3', value: -5, helpText: null },
      { a1: 'C3', value: 'kemarin', helpText: null },
    ]);
    expect(sheet.getRange('A2').getDataValidation().getCriteriaValues()[0]).toEqual(['Email', 'Surat']);
    expect(sheet.getRange('D2').getDataValidation()).toBeNull();
    sheet.getRange('A2:A4').clearDataValidations();
    expect(sheet.getRange('A3').getDataValidation()).toBeNull();
  });

  test('a person typing an invalid value is refused only when the rule rejects invalid input', () => {
    const { SpreadsheetApp, sheet } = setup();
    const strict = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Ya', 'Tidak'])
      .setAllowInvalid(false)
      .setHelpText('Isi Ya atau Tidak')
      .build();
    const lenient = SpreadsheetApp.newDataValidation().requireValueInList(['Ya', 'Tidak']).build();
    sheet.getRange('A2').setDataValidation(strict);
    sheet.getRange('B2').setDataValidation(lenient);
    expect(() => sheet._typeValue('A2', 'Mungkin')).toThrow('Isi Ya atau Tidak');
    expect(sheet.getRange('A2').getValue()).toBe('');
    sheet._typeValue('A2', 'Ya');
    expect(sheet.getRange('A2').getValue()).toBe('Ya');
    sheet._typeValue('B2', 'Mungkin');
    expect(sheet.getRange('B2').getValue()).toBe('Mungkin');
    const range = SpreadsheetApp.newDataValidation()
      .requireValueInRange(sheet.getRange('D1:D2'), true)
      .setAllowInvalid(false)
      .build();
    sheet.getRange('D1:D2').setValues([['Pelatihan'], ['Beasiswa']]);
    sheet.getRange('C2').setDataValidation(range);
    sheet._typeValue('C2', 'Beasiswa');
    expect(() => sheet._typeValue('C2', 'Lowongan')).toThrow(/violates the data validation rules/);
  });

  test('protections: warning-only lets people type, a real one stops non-editors', () => {
    const { rt, SpreadsheetApp, ss, sheet } = setup();
    const header = sheet.getRange('A1:D1').protect().setDescription('Header').setWarningOnly(true);
    expect(header.isWarningOnly()).toBe(true);
    sheet._typeValue('B1', 'diubah');
    expect(ss._protectionWarnings).toEqual([{ sheet: sheet.getName(), a1: 'B1', description: 'Header' }]);

    const formulas = sheet.getRange('E1:E1000').protect().setDescription('Rumus');
    const me = rt.userEmail;
    formulas.removeEditors(formulas.getEditors());
    expect(formulas.getEditors().map((u: { getEmail(): string }) => u.getEmail())).toEqual([me]); // owner stays
    formulas.addEditor('atasan@example.go.id');
    rt.userEmail = 'tamu@example.go.id';
    expect(formulas.canEdit()).toBe(false);
    expect(() => sheet._typeValue('E5', 'x')).toThrow('You are trying to edit a protected cell or object.');
    sheet.getRange('E5').setValue('script'); // scripts are not stopped by the emulator
    rt.userEmail = 'atasan@example.go.id';
    sheet._typeValue('E6', 'ok');
    expect(
      sheet
        .getProtections(SpreadsheetApp.ProtectionType.RANGE)
        .map((p: { getDescription(): string }) => p.getDescription()),
    ).toEqual(['Header', 'Rumus']);
    formulas.remove();
    expect(ss.getProtections(SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(1);
    const whole = sheet.protect();
    expect(sheet.protect()).toBe(whole);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([whole]);
  });

  test('protected ranges move with inserted rows', () => {
    const { sheet } = setup();
    const p = sheet.getRange('A2:B3').protect();
    sheet.insertRowsBefore(1, 2);
    expect(p.getRange().getA1Notation()).toBe('A4:B5');
  });

  test('conditional format rules are stored and handed back', () => {
    const { SpreadsheetApp, sheet } = setup();
    const range = sheet.getRange('C2:C100');
    const late = SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('Terlambat')
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setRanges([range])
      .build();
    const overdue = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2="Lewat Batas"')
      .setBold(true)
      .setRanges([range])
      .build();
    sheet.setConditionalFormatRules([late, overdue]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(2);
    const cond = rules[0].getBooleanCondition();
    expect(cond.getCriteriaType()).toBe(SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO);
    expect(cond.getCriteriaValues()).toEqual(['Terlambat']);
    expect(cond.getBackground()).toBe('#f4cccc');
    expect(rules[1].getBooleanCondition().getCriteriaValues()).toEqual(['=$C2="Lewat Batas"']);
    expect(rules[0].getRanges()[0].getA1Notation()).toBe('C2:C100');
    sheet.setConditionalFormatRules([]);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  test('banding is recorded and cannot be applied twice over the same cells', () => {
    const { SpreadsheetApp, sheet } = setup();
    const b = sheet.getRange('A1:D10').applyRowBanding(SpreadsheetApp.BandingTheme.BLUE);
    expect(sheet.getBandings()).toHaveLength(1);
    expect(b.getRange().getA1Notation()).toBe('A1:D10');
    expect(() => sheet.getRange('A5:B6').applyRowBanding()).toThrow('already has alternating colors');
    b.remove();
    expect(sheet.getBandings()).toHaveLength(0);
  });

  test('frozen rows, widths, hidden columns, tab colour and borders are kept', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 180);
    sheet.setColumnWidths(3, 2, 90);
    sheet.hideColumns(5);
    sheet.setTabColor('#1155cc');
    sheet.getRange('A1:B1').setBorder(true, true, true, true, null, null);
    expect(sheet.getFrozenRows()).toBe(1);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2), sheet.getColumnWidth(4)]).toEqual([100, 180, 90]);
    expect(sheet.isColumnHiddenByUser(5)).toBe(true);
    expect(sheet.getTabColor()).toBe('#1155cc');
    expect(sheet._borders).toHaveLength(1);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getColumnWidth(3)).toBe(180);
    expect(sheet.isColumnHiddenByUser(6)).toBe(true);
  });

  test('named ranges are validated, listed and removed', () => {
    const { ss, sheet } = setup();
    expect(() => ss.setNamedRange('A1', sheet.getRange('A1'))).toThrow('Named range name is invalid.');
    ss.setNamedRange('DaftarSaluran', sheet.getRange('A1:A10'));
    expect(ss.getNamedRanges().map((n: { getName(): string }) => n.getName())).toEqual(['DaftarSaluran']);
    ss.removeNamedRange('DaftarSaluran');
    expect(ss.getRangeByName('DaftarSaluran')).toBeNull();
  });

  test('deleting every non-frozen row is refused as in Sheets', () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow('Sorry, it is not possible to delete all non-frozen rows.');
    sheet.deleteRows(2, 998);
    expect(sheet.getMaxRows()).toBe(2);
  });
});
