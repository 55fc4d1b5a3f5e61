import { setup, wib, ymdWib } from './testkit';

const HOLIDAYS_2024_IDUL_FITRI = ['2024-04-08', '2024-04-09', '2024-04-10', '2024-04-11', '2024-04-12', '2024-04-15'];

function withHolidays(locale = 'id_ID') {
  const ctx = setup({ locale });
  const hol = ctx.ss.insertSheet('Hari Libur');
  hol
    .getRange(1, 1, HOLIDAYS_2024_IDUL_FITRI.length + 1, 1)
    .setValues([['Tanggal'], ...HOLIDAYS_2024_IDUL_FITRI.map((d) => [wib(d)])]);
  return ctx;
}

describe('formulas are evaluated like Google Sheets', () => {
  test('WORKDAY skips weekends and the Idul Fitri holidays from another sheet', () => {
    const { sheet } = withHolidays();
    sheet.getRange('A1:A2').setValues([[wib('2024-04-05')], [wib('2024-04-19')]]);
    sheet.getRange('B1').setFormula("=WORKDAY(A1,10,'Hari Libur'!A2:A)");
    sheet.getRange('B2').setFormula("=NETWORKDAYS(A1+1,A2,'Hari Libur'!A2:A)");
    // Fri 5 Apr + 10 working days: 16,17,18,19,22,23,24,25,26,29 Apr (8–12 and 15 Apr are holidays).
    expect(ymdWib(sheet.getRange('B1').getValue())).toBe('2024-04-29');
    // Working days d with 5 Apr < d <= 19 Apr: 16,17,18,19.
    expect(sheet.getRange('B2').getValue()).toBe(4);
  });

  test('an ARRAYFORMULA header spills down an open-ended range and reads as Dates', () => {
    const { sheet } = withHolidays();
    sheet.getRange('A1:B1').setValues([['Tanggal Permohonan', 'Perpanjangan']]);
    sheet.getRange('A2:B5').setValues([
      [wib('2024-04-05'), 'Tidak'],
      [wib('2024-04-01'), 'Ya'],
      ['', ''],
      [wib('2024-04-16'), 'Tidak'],
    ]);
    sheet
      .getRange('C1')
      .setFormula('={"Batas Waktu";ARRAYFORMULA(IF(A2:A="",,WORKDAY(A2:A,IF(B2:B="Ya",17,10),\'Hari Libur\'!A2:A)))}');
    const col = sheet
      .getRange('C1:C6')
      .getValues()
      .map((r: unknown[]) => r[0]);
    expect(col[0]).toBe('Batas Waktu');
    expect(ymdWib(col[1])).toBe('2024-04-29');
    // Mon 1 Apr + 17 working days: 2,3,4,5,16,17,18,19,22,23,24,25,26,29,30 Apr, 1,2 May.
    expect(ymdWib(col[2])).toBe('2024-05-02');
    expect(col[3]).toBe('');
    expect(ymdWib(col[4])).toBe('2024-04-30');
    expect(col[5]).toBe('');
    expect(sheet.getRange('C2').getDisplayValue()).toBe('29/04/2024');
    // A new row is picked up: the open-ended range follows the sheet's last row.
    sheet.getRange('A6').setValue(wib('2024-04-22'));
    expect(ymdWib(sheet.getRange('C6').getValue())).toBe('2024-05-06');
  });

  test('ROW(range) inside ARRAYFORMULA is an array, so a header-row formula labels only row 1', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A4').setValues([['Tanggal'], [wib('2024-04-05')], [''], [wib('2024-04-16')]]);
    sheet
      .getRange('B1')
      .setFormula('=ARRAYFORMULA(IF(ROW(A1:A)=1, "Batas", IF(ISNUMBER(A1:A), WORKDAY(A1:A, 1), "")))');
    sheet.getRange('C1').setFormula('=ROW(A2:A4)');
    const values = sheet.getRange('B1:C4').getValues();
    expect(values[0]).toEqual(['Batas', 2]); // outside ARRAYFORMULA only the first row counts
    expect(ymdWib(values[1][0])).toBe('2024-04-08');
    expect(values[2][0]).toBe('');
    expect(ymdWib(values[3][0])).toBe('2024-04-17');
  });

  test('a spill blocked by data gives #REF! and leaves the data alone', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([[1], [2], [3]]);
    sheet.getRange('B1').setFormula('=ARRAYFORMULA(A1:A3*2)');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([[2], [4], [6]]);
    sheet.getRange('B3').setValue('manual');
    expect(sheet.getRange('B1:B3').getValues()).toEqual([['#REF!'], [''], ['manual']]);
  });

  test('the same canonical formula gives the same result in id_ID and en_US', () => {
    const results = ['id_ID', 'en_US'].map((locale) => {
      const { sheet } = setup({ locale });
      sheet.getRange('A1:A4').setValues([[1.5], [2.25], ['x'], [4]]);
      sheet.getRange('B1').setFormula('=IF(SUM(A1:A4)>7.5,ROUND(AVERAGE(A1:A4),2),"kecil")');
      sheet.getRange('B2').setFormula('=IFERROR(VLOOKUP("x",A1:A4,1,FALSE),"-")');
      return sheet.getRange('B1:B2').getValues();
    });
    expect(results[0]).toEqual([[2.58], ['x']]);
    expect(results[1]).toEqual(results[0]);
  });

  test('_typeFormula converts what an id_ID officer types into the canonical formula', () => {
    const { sheet } = setup({ locale: 'id_ID' });
    sheet.getRange('A1:A2').setValues([[10], [5]]);
    sheet._typeFormula('B1', '=IF(A1>7,5;ROUND(A1*1,25;1);"kecil")');
    expect(sheet.getRange('B1').getFormula()).toBe('=IF(A1>7.5,ROUND(A1*1.25,1),"kecil")');
    expect(sheet.getRange('B1').getValue()).toBe(12.5);
    expect(sheet.getRange('B1').getDisplayValue()).toBe('12,5');
    sheet._typeFormula('C1', '={"a"\\"b";1\\2}');
    expect(sheet.getRange('C1').getFormula()).toBe('={"a","b";1,2}');
    expect(sheet.getRange('C1:D2').getValues()).toEqual([
      ['a', 'b'],
      [1, 2],
    ]);
    // Text inside quotes is left alone.
    sheet._typeFormula('E1', '="1,5;2"');
    expect(sheet.getRange('E1').getValue()).toBe('1,5;2');
  });

  test('IFS, COUNTIFS, SUMIFS, INDEX/MATCH, LEN, AND/OR and bare TRUE work', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C5').setValues([
      ['Saluran', 'Status', 'Biaya'],
      ['Email', 'Dipenuhi', 1000],
      ['Instagram', 'Ditolak', 0],
      ['Email', 'Dipenuhi', 2500],
      ['email', 'Diproses', 0],
    ]);
    sheet
      .getRange('E1:E7')
      .setFormulas([
        ['=COUNTIFS(A2:A,"Email",B2:B,"Dipenuhi")'],
        ['=SUMIFS(C2:C,A2:A,"Email")'],
        ['=IFS(E1>5,"banyak",E1>1,"dua",TRUE,"sedikit")'],
        ['=INDEX(B2:B5,MATCH("Instagram",A2:A5,0))'],
        ['=LEN(A3)'],
        ['=AND(E1=2,OR(FALSE,E2>0))'],
        ['=COUNTIF(A2:A,"email")'],
      ]);
    expect(sheet.getRange('E1:E7').getValues()).toEqual([[2], [3500], ['dua'], ['Ditolak'], [9], [true], [3]]);
  });

  test('TODAY is pinned to the emulator clock in the spreadsheet time zone', () => {
    const { rt, sheet } = setup({ now: '2024-04-20T23:30:00+07:00' });
    sheet.getRange('A1').setFormula('=TODAY()');
    sheet.getRange('A2').setFormula('=TODAY()-DATE(2024,4,1)');
    // 23:30 WIB is still 20 April in Jakarta although it is 16:30 UTC.
    expect(ymdWib(sheet.getRange('A1').getValue())).toBe('2024-04-20');
    expect(sheet.getRange('A2').getValue()).toBe(19);
    rt.setNow('2024-04-21T00:30:00+07:00');
    expect(ymdWib(sheet.getRange('A1').getValue())).toBe('2024-04-21');
  });

  test('named ranges can be used in formulas', () => {
    const { ss, sheet } = withHolidays();
    const hol = ss.getSheetByName('Hari Libur');
    ss.setNamedRange('HariLibur', hol.getRange('A2:A7'));
    sheet.getRange('A1').setValue(wib('2024-04-05'));
    sheet.getRange('B1').setFormula('=WORKDAY(A1,1,HariLibur)');
    expect(ymdWib(sheet.getRange('B1').getValue())).toBe('2024-04-16');
    expect(ss.getRangeByName('HariLibur').getA1Notation()).toBe('A2:A7');
  });

  test('evaluation is lazy: writes and plain reads never build the engine', () => {
    const { ss, sheet } = withHolidays();
    const engine = ss._engine;
    sheet.getRange('A1:B1').setValues([['Tanggal', 'Batas']]);
    sheet.getRange('B1').setFormula('={"Batas";ARRAYFORMULA(IF(A2:A="",,WORKDAY(A2:A,10,\'Hari Libur\'!A2:A)))}');
    const before = engine.builds;
    for (let i = 0; i < 20; i++) sheet.getRange(i + 2, 1).setValue(wib('2024-04-05'));
    expect(sheet.getRange('A1:A21').getValues()).toHaveLength(21);
    expect(engine.builds).toBe(before);
    sheet.getRange('B2:B21').getValues();
    expect(engine.builds).toBe(before + 1);
    sheet.getRange('B2:B21').getDisplayValues();
    expect(engine.builds).toBe(before + 1);
  });
});
