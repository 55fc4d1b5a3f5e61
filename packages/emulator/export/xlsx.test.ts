import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { Runtime } from '../runtime';
import { createSheetsServices, createSpreadsheet } from '../sheets';
import { exportXlsx, importCsv, parseCsv } from './xlsx';
import { importXlsx } from './xlsx-import';

const wib = (ymd: string) => new Date(`${ymd}T00:00:00+07:00`);
const ymdWib = (d: unknown) => new Date((d as Date).getTime() + 7 * 3600000).toISOString().slice(0, 10);

function register() {
  const rt = new Runtime({ locale: 'id_ID', timeZone: 'Asia/Jakarta', now: '2024-04-20T10:00:00+07:00' });
  const { SpreadsheetApp, Charts } = createSheetsServices(rt);
  const ss = createSpreadsheet(rt, 'Register PPID');
  rt.activeSpreadsheet = ss;
  const reg = ss.getSheets()[0];
  reg.setName('Register');
  const hol = ss.insertSheet('Hari Libur');
  hol.getRange('A1:A3').setValues([['Tanggal'], [wib('2024-04-08')], [wib('2024-04-09')]]);
  reg.getRange('A1:D1').setValues([['No. Registrasi', 'Tanggal Permohonan', 'Saluran', 'Biaya (Rp)']]);
  reg.getRange('A2:D3').setValues([
    ['R-001', wib('2024-04-05'), 'Email', 1500.5],
    ['\'=HYPERLINK("x")', wib('2024-04-10'), 'Fax', 0],
  ]);
  reg.getRange('E1').setFormula('={"Batas Waktu";ARRAYFORMULA(IF(B2:B="",,WORKDAY(B2:B,10,\'Hari Libur\'!A2:A)))}');
  reg.getRange('F2').setFormula('=COUNTIF(C2:C,"Email")');
  reg.getRange('B2:B').setNumberFormat('dd/MM/yyyy');
  reg.getRange('E2:E').setNumberFormat('dd/MM/yyyy');
  reg.getRange('A1:F1').setFontWeight('bold').setBackground('#cfe2f3');
  reg.setFrozenRows(1);
  reg.setColumnWidth(1, 140);
  reg
    .getRange('C2:C100')
    .setDataValidation(
      SpreadsheetApp.newDataValidation()
        .requireValueInList(['Email', 'Surat', 'Lainnya'])
        .setAllowInvalid(false)
        .setHelpText('Pilih saluran')
        .build(),
    );
  reg
    .getRange('D2:D100')
    .setDataValidation(SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build());
  reg
    .getRange('G2:G100')
    .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInRange(hol.getRange('A2:A3')).build());
  reg.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('Terlambat')
      .setBackground('#f4cccc')
      .setRanges([reg.getRange('C2:C100')])
      .build(),
  ]);
  const recap = ss.insertSheet('Rekap');
  recap.getRange('A1:B3').setValues([
    ['Saluran', 'Jumlah'],
    ['Email', 3],
    ['Surat', 1],
  ]);
  recap.insertChart(
    recap
      .newChart()
      .setChartType(Charts.ChartType.PIE)
      .addRange(recap.getRange('A1:B3'))
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Per Saluran')
      .build(),
  );
  return { rt, ss };
}

describe('xlsx export and import', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-xlsx-'));
  const file = path.join(dir, 'spreadsheet.xlsx');

  test('the file holds values, formulas with results, formats, validations and chart pictures', async () => {
    const { ss } = register();
    await exportXlsx(ss, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Register', 'Hari Libur', 'Rekap']);
    const ws = wb.getWorksheet('Register')!;
    expect(ws.getCell('A2').value).toBe('R-001');
    expect(ws.getCell('A3').value).toBe('=HYPERLINK("x")'); // text stays text
    expect(ws.getCell('D2').value).toBe(1500.5);
    const b2 = ws.getCell('B2').value as Date;
    expect(b2.toISOString().slice(0, 10)).toBe('2024-04-05'); // wall-clock date, not the UTC instant
    expect(ws.getCell('B2').numFmt).toBe('dd/mm/yyyy');
    const e1 = ws.getCell('E1').value as { formula: string; result: unknown; shareType?: string; ref?: string };
    expect(e1.formula).toMatch(/^\{"Batas Waktu";ARRAYFORMULA\(/);
    expect(e1.result).toBe('Batas Waktu');
    expect(e1.ref).toBe('E1:E3');
    expect((ws.getCell('E2').value as Date).toISOString().slice(0, 10)).toBe('2024-04-23'); // 8–9 April are holidays
    expect(ws.getCell('F2').value).toMatchObject({ formula: 'COUNTIF(C2:C,"Email")', result: 1 });
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect((ws.getCell('A1').fill as ExcelJS.FillPattern).fgColor).toEqual({ argb: 'FFCFE2F3' });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(Math.round(ws.getColumn(1).width! * 7)).toBe(140);
    const dv = (ws as unknown as { dataValidations: { model: Record<string, any> } }).dataValidations.model;
    expect(dv.C50).toMatchObject({
      type: 'list',
      formulae: ['"Email,Surat,Lainnya"'],
      errorStyle: 'stop',
      prompt: 'Pilih saluran',
    });
    expect(dv.D2).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(dv.G2).toMatchObject({ type: 'list', formulae: ["'Hari Libur'!$A$2:$A$3"] });
    const images = wb.getWorksheet('Rekap')!.getImages();
    expect(images).toHaveLength(1);
    const media = (wb as unknown as { model: { media: Array<{ buffer: Buffer; extension: string }> } }).model.media;
    expect(media[0].extension).toBe('png');
    expect(media[0].buffer.subarray(1, 4).toString()).toBe('PNG');
  });

  test('re-import gives back Dates, formulas, validations and conditional formats', async () => {
    const { ss } = register();
    await exportXlsx(ss, file);
    const rt = new Runtime({ locale: 'id_ID', timeZone: 'Asia/Jakarta', now: '2024-04-20T10:00:00+07:00' });
    const back = await importXlsx(file, rt);
    expect(back.getName()).toBe('spreadsheet');
    expect(back.getSheets().map((s: { getName(): string }) => s.getName())).toEqual([
      'Register',
      'Hari Libur',
      'Rekap',
    ]);
    const reg = back.getSheetByName('Register');
    expect(reg.getRange('E1').getFormula()).toMatch(/^=\{"Batas Waktu";ARRAYFORMULA/);
    const values = reg.getRange('A1:F3').getValues();
    expect(values[1][0]).toBe('R-001');
    expect(values[2][0]).toBe('=HYPERLINK("x")');
    expect(reg.getRange('A3').getFormula()).toBe('');
    expect(ymdWib(values[1][1])).toBe('2024-04-05');
    expect(ymdWib(values[1][4])).toBe('2024-04-23'); // recomputed after import
    expect(ymdWib(values[2][4])).toBe('2024-04-24');
    expect(values[1][5]).toBe(1);
    expect(reg.getRange('B2').getDisplayValue()).toBe('05/04/2024');
    const rule = reg.getRange('C7').getDataValidation();
    expect(rule.getCriteriaValues()[0]).toEqual(['Email', 'Surat', 'Lainnya']);
    expect(rule.getAllowInvalid()).toBe(false);
    expect(rule.getHelpText()).toBe('Pilih saluran');
    expect(reg.getRange('D5').getDataValidation().getCriteriaType().name()).toBe('NUMBER_GREATER_THAN_OR_EQUAL_TO');
    expect(reg.getRange('G2').getDataValidation().getCriteriaValues()[0].getA1Notation()).toBe('A2:A3');
    expect(reg._invalidCells()).toEqual([{ a1: 'C3', value: 'Fax', helpText: 'Pilih saluran' }]);
    expect(reg.getFrozenRows()).toBe(1);
    expect(reg.getRange('A1').getFontWeight()).toBe('bold');
    expect(reg.getConditionalFormatRules()[0].getBooleanCondition().getCriteriaValues()).toEqual(['Terlambat']);
  });

  test('long list items with commas survive through a hidden list sheet', async () => {
    const rt = new Runtime({ now: '2024-04-20T10:00:00+07:00' });
    const { SpreadsheetApp } = createSheetsServices(rt);
    const ss = createSpreadsheet(rt, 'lists');
    const items = ['Dikecualikan (Pasal 17 UU KIP)', 'Belum Dikuasai, Belum Didokumentasikan', 'Lainnya'];
    ss.getSheets()[0]
      .getRange('A2:A5')
      .setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(items).build());
    await exportXlsx(ss, file);
    const back = await importXlsx(file, rt);
    expect(back.getSheets()).toHaveLength(1);
    expect(back.getSheets()[0].getRange('A3').getDataValidation().getCriteriaValues()[0]).toEqual(items);
  });
});

describe('xlsx import of merged cells', () => {
  test('a merged range keeps its value in the top-left cell only, as Sheets shows it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-merge-'));
    const file = path.join(dir, 'merged.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Register');
    ws.getCell('A1').value = 'No';
    ws.mergeCells('A1:A2');
    ws.getCell('B1').value = 'Tanggal';
    ws.mergeCells('B1:C1');
    ws.getCell('B2').value = 'Permohonan';
    ws.getCell('C2').value = 'Selesai';
    ws.getCell('A3').value = 1;
    await wb.xlsx.writeFile(file);
    const rt = new Runtime({ now: '2024-04-20T10:00:00+07:00' });
    const sheet = (await importXlsx(file, rt)).getSheetByName('Register');
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['No', 'Tanggal', ''],
      ['', 'Permohonan', 'Selesai'],
      [1, '', ''],
    ]);
    expect(
      sheet
        .getRange('A1:C2')
        .getMergedRanges()
        .map((r: any) => r.getA1Notation())
        .sort(),
    ).toEqual(['A1:A2', 'B1:C1']);
  });
});

describe('CSV import', () => {
  test('quotes, BOM and ";" are handled, fields typed in the locale, and nothing becomes a formula', () => {
    const rt = new Runtime({ locale: 'id_ID', now: '2024-04-20T10:00:00+07:00' });
    const csv =
      '\ufeffNo;Nama;Catatan;Biaya;Kontak\r\nR-1;"Budi; S.";"=HYPERLINK(""http://x"")";1500,5;0812345\r\nR-2;"Ani ""A""";+62 811;-3;@ani\r\n';
    const sheet = importCsv(csv, rt, 'Register');
    expect(sheet.getName()).toBe('Register');
    const values = sheet.getDataRange().getValues();
    // Sheets' import drops the leading zero of a number in a column not formatted as text.
    expect(values).toEqual([
      ['No', 'Nama', 'Catatan', 'Biaya', 'Kontak'],
      ['R-1', 'Budi; S.', '=HYPERLINK("http://x")', 1500.5, 812345],
      ['R-2', 'Ani "A"', '+62 811', -3, '@ani'],
    ]);
    expect(sheet.getRange('C2').getFormula()).toBe('');
    expect(rt.activeSpreadsheet).toBeNull(); // a new spreadsheet, not made active
    expect(sheet.getParent().getSheets()).toHaveLength(1);
    // A column formatted as plain text keeps the field as written.
    const rt2 = new Runtime({ locale: 'id_ID', now: '2024-04-20T10:00:00+07:00' });
    const kept = importCsv(csv, rt2, 'Register', undefined, { plainTextColumns: (h: string) => h === 'Kontak' });
    expect(kept.getRange('E2').getValue()).toBe('0812345');
  });

  test("ISO dates and dates in the locale's order become dates; a registration number stays text", () => {
    const csv = 'No,Tanggal,Tanggal Lokal,Biaya\n001/PPID/2025,2025-04-01,05/04/2025,"35.000"\n';
    const id = importCsv(
      csv,
      new Runtime({ locale: 'id_ID', timeZone: 'Asia/Jakarta', now: '2025-07-10T10:00:00+07:00' }),
      'R',
    );
    const [no, iso, local, fee] = id.getRange('A2:D2').getValues()[0];
    expect(no).toBe('001/PPID/2025');
    expect(Object.prototype.toString.call(iso)).toBe('[object Date]');
    expect(iso.toISOString()).toBe('2025-03-31T17:00:00.000Z'); // midnight WIB
    expect(local.toISOString()).toBe('2025-04-04T17:00:00.000Z'); // 5 April, day first
    expect(fee).toBe(35000);
    const us = importCsv(
      csv,
      new Runtime({ locale: 'en_US', timeZone: 'Asia/Jakarta', now: '2025-07-10T10:00:00+07:00' }),
      'R',
    );
    expect(us.getRange('C2').getValue().toISOString()).toBe('2025-05-03T17:00:00.000Z'); // 4 May, month first
  });

  test('comma CSV with newlines inside quotes goes into the active spreadsheet', () => {
    const rt = new Runtime({ now: '2024-04-20T10:00:00+07:00' });
    const ss = createSpreadsheet(rt, 'aktif');
    rt.activeSpreadsheet = ss;
    expect(parseCsv('a,b\n"1\n2",3').rows).toEqual([
      ['a', 'b'],
      ['1\n2', '3'],
    ]);
    const sheet = importCsv('a,b\n"1\n2",3\n', rt, 'Data');
    expect(ss.getSheets().map((s: { getName(): string }) => s.getName())).toEqual(['Data']);
    expect(sheet.getRange('A2:B2').getValues()).toEqual([['1\n2', 3]]);
  });
});
