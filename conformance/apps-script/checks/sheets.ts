// Sheets beyond formulas: values and dates round trips, display per locale, validation rules,
// ranges past the data, charts.
import type { Check, CheckContext, Json } from '../types';
import { attempt, cell, isDate, midnight, same } from './util';

/** What the emulator shows for each locale (its belief, format.ts); Google may differ. */
const DISPLAY: Record<string, { date: string; number: string; autoDate: string }> = {
  id_ID: { date: '13/07/2021', number: '1.234,50', autoDate: '13/07/2021' },
  en_US: { date: '13/07/2021', number: '1,234.50', autoDate: '7/13/2021' },
};

function chartOn(s: GoogleAppsScript.Spreadsheet.Sheet, row: number, col: number, title: string) {
  return s
    .newChart()
    .setChartType(Charts.ChartType.COLUMN)
    .addRange(s.getRange('A1:B4'))
    .setNumHeaders(1)
    .setPosition(row, col, 0, 0)
    .setOption('title', title)
    .setOption('width', 400)
    .setOption('height', 240)
    .build();
}

function chartSheet(ctx: CheckContext, name: string) {
  const s = ctx.sheet(name);
  s.getRange('A1:B4').setValues([
    ['Saluran', 'Jumlah'],
    ['Email', 3],
    ['Instagram', 5],
    ['Surat', 1],
  ]);
  return s;
}

export const SHEET_CHECKS: Check[] = [
  {
    name: 'values.date.roundtrip',
    area: 'values',
    source:
      'Range.setValue/getValue with a Date: a date cell returns a Date (https://developers.google.com/apps-script/reference/spreadsheet/range#getValue())',
    run(ctx) {
      const s = ctx.sheet('PPID Conf Nilai');
      const day = midnight('2021-07-13', ctx.timeZone);
      const at = Utilities.parseDate('2021-07-13 10:30:00', ctx.timeZone, 'yyyy-MM-dd HH:mm:ss');
      s.getRange('A1:B1').setValues([[day, at]]);
      const [a, b] = s.getRange('A1:B1').getValues()[0];
      const observed = {
        date: cell(a, ctx.timeZone),
        dateTime: cell(b, ctx.timeZone),
        sameInstant: isDate(a) && isDate(b) && a.getTime() === day.getTime() && b.getTime() === at.getTime(),
      };
      return {
        observed,
        pass: same(observed, { date: '2021-07-13', dateTime: '2021-07-13T10:30:00', sameInstant: true }),
      };
    },
  },
  {
    name: 'values.types.setValues',
    area: 'values',
    source:
      'Range.setValues/getValues keep numbers, booleans and text (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues())',
    run(ctx) {
      const s = ctx.sheet('PPID Conf Jenis');
      s.getRange('A1:D1').setValues([['teks', 12.5, true, '']]);
      const v = s.getRange('A1:D1').getValues()[0];
      const observed = v.map((x) => [typeof x, cell(x, ctx.timeZone)]) as Json;
      return {
        observed,
        pass: same(observed, [
          ['string', 'teks'],
          ['number', 12.5],
          ['boolean', true],
          ['string', ''],
        ]),
      };
    },
  },
  {
    name: 'values.text-format.keeps-zeros',
    area: 'values',
    source:
      'a plain-text number format ("@") keeps typed text as text: registration numbers such as 007 (https://developers.google.com/apps-script/reference/spreadsheet/range#setNumberFormat(String))',
    run(ctx) {
      const s = ctx.sheet('PPID Conf Teks');
      s.getRange('A1:A2').setNumberFormat('@');
      s.getRange('A1:A2').setValues([['007'], ['001/PPID/2025']]);
      s.getRange('B1').setValue('007');
      const observed = {
        text: s
          .getRange('A1:A2')
          .getValues()
          .map((r) => r[0]) as Json,
        plain: cell(s.getRange('B1').getValue(), ctx.timeZone),
      };
      return { observed, pass: same(observed.text, ['007', '001/PPID/2025']) };
    },
  },
  {
    name: 'values.apostrophe.text',
    area: 'values',
    source:
      'a leading apostrophe makes the rest text, not a formula (the add-on\'s formula-injection escape, src/core/escape.ts; Sheets help "Show a number as text")',
    run(ctx) {
      const s = ctx.sheet('PPID Conf Petik');
      s.getRange('A1:A2').setValues([["'=1+1"], ["'@ppid"]]);
      const observed = {
        values: s
          .getRange('A1:A2')
          .getValues()
          .map((r) => r[0]) as Json,
        formulas: s
          .getRange('A1:A2')
          .getFormulas()
          .map((r) => r[0]) as Json,
      };
      return { observed, pass: same(observed, { values: ['=1+1', '@ppid'], formulas: ['', ''] }) };
    },
  },
  {
    name: 'display.date.format',
    area: 'display',
    source:
      'number format dd/mm/yyyy shows day/month/year whatever the locale (https://developers.google.com/sheets/api/guides/formats)',
    run(ctx) {
      const s = ctx.sheet('PPID Conf Tampil');
      s.getRange('A1').setValue(midnight('2021-07-13', ctx.timeZone)).setNumberFormat('dd/mm/yyyy');
      const got = s.getRange('A1').getDisplayValue();
      return { observed: got, pass: got === '13/07/2021' };
    },
  },
  {
    name: 'display.date.automatic',
    area: 'display',
    source:
      "no source: how a date with the automatic format is shown in each locale (the emulator's belief: id_ID 13/07/2021, en_US 7/13/2021)",
    run(ctx) {
      const s = ctx.sheet('PPID Conf Tampil Otomatis');
      s.getRange('A1').setValue(midnight('2021-07-13', ctx.timeZone));
      const got = s.getRange('A1').getDisplayValue();
      const want = DISPLAY[ctx.locale]?.autoDate;
      return { observed: got, pass: want === undefined || got === want };
    },
  },
  {
    name: 'display.number.locale',
    area: 'display',
    source:
      'the locale decides the decimal and grouping marks of a #,##0.00 format (Sheets help: "Change a spreadsheet\'s locale")',
    run(ctx) {
      const s = ctx.sheet('PPID Conf Angka');
      s.getRange('A1').setValue(1234.5).setNumberFormat('#,##0.00');
      const got = s.getRange('A1').getDisplayValue();
      const want = DISPLAY[ctx.locale]?.number;
      return { observed: got, pass: want === undefined || got === want };
    },
  },
  {
    name: 'validation.list.other-sheet',
    area: 'validation',
    source:
      'DataValidationBuilder.requireValueInRange with a range on another sheet (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#requireValueInRange(Range,Boolean))',
    run(ctx) {
      const list = ctx.sheet('PPID Conf Daftar');
      list.getRange('A1:A3').setValues([['Email'], ['Instagram'], ['Surat']]);
      const s = ctx.sheet('PPID Conf Validasi');
      const rule = SpreadsheetApp.newDataValidation()
        .requireValueInRange(list.getRange('A1:A3'), true)
        .setAllowInvalid(false)
        .build();
      s.getRange('A1:A5').setDataValidation(rule);
      const back = s.getRange('A3').getDataValidation()!;
      const range = back.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
      const observed = {
        type: String(back.getCriteriaType()),
        sheet: range.getSheet().getName(),
        a1: range.getA1Notation(),
        dropdown: back.getCriteriaValues()[1] as Json,
        allowInvalid: back.getAllowInvalid(),
      };
      return {
        observed,
        pass: same(observed, {
          type: 'VALUE_IN_RANGE',
          sheet: 'PPID Conf Daftar',
          a1: 'A1:A3',
          dropdown: true,
          allowInvalid: false,
        }),
      };
    },
  },
  {
    name: 'validation.allow-invalid.default',
    area: 'validation',
    source:
      'DataValidationBuilder.setAllowInvalid: invalid input is allowed unless set to false (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean))',
    run() {
      const rule = SpreadsheetApp.newDataValidation().requireValueInList(['Ya', 'Tidak'], true).build();
      return { observed: rule.getAllowInvalid(), pass: rule.getAllowInvalid() === true };
    },
  },
  {
    name: 'validation.date-and-number',
    area: 'validation',
    source:
      'requireDate and requireNumberGreaterThanOrEqualTo criteria (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria)',
    run() {
      const date = SpreadsheetApp.newDataValidation().requireDate().build();
      const fee = SpreadsheetApp.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
      const observed = {
        date: String(date.getCriteriaType()),
        fee: String(fee.getCriteriaType()),
        feeValues: fee.getCriteriaValues() as Json,
      };
      return {
        observed,
        pass: same(observed, { date: 'DATE_IS_VALID_DATE', fee: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', feeValues: [0] }),
      };
    },
  },
  {
    name: 'validation.script-writes-pass',
    area: 'validation',
    source:
      "no source: whether a script's setValue is refused by a strict rule (the emulator: scripts write, only typing is refused)",
    run(ctx) {
      const s = ctx.sheet('PPID Conf Validasi Skrip');
      s.getRange('A1').setDataValidation(
        SpreadsheetApp.newDataValidation().requireValueInList(['Ya', 'Tidak'], true).setAllowInvalid(false).build(),
      );
      const result = attempt(() => {
        s.getRange('A1').setValue('Mungkin');
        return cell(s.getRange('A1').getValue(), ctx.timeZone);
      });
      return { observed: result, pass: result === 'Mungkin' };
    },
  },
  {
    name: 'range.past-last-row',
    area: 'ranges',
    source:
      'Sheet.getRange beyond the data but inside the sheet reads blanks (https://developers.google.com/apps-script/reference/spreadsheet/sheet#getRange(Integer,Integer,Integer,Integer))',
    run(ctx) {
      const s = ctx.sheet('PPID Conf Rentang');
      s.getRange('A1:B2').setValues([
        ['a', 'b'],
        [1, 2],
      ]);
      const values = s.getRange(s.getLastRow() + 3, 1, 2, 2).getValues() as Json;
      return {
        observed: { lastRow: s.getLastRow(), values },
        pass: same(values, [
          ['', ''],
          ['', ''],
        ]),
      };
    },
  },
  {
    name: 'range.past-max-rows',
    area: 'ranges',
    source: "no source for the exact error: a range below the sheet's last row throws",
    run(ctx) {
      const s = ctx.sheet('PPID Conf Batas');
      const threw = attempt(() => s.getRange(s.getMaxRows() + 1, 1).getValues() as Json);
      return {
        observed: { threw: typeof threw === 'object' && threw !== null && 'error' in threw },
        pass: typeof threw === 'object' && threw !== null && 'error' in threw,
      };
    },
  },
  {
    name: 'range.last-row.spill',
    area: 'ranges',
    source:
      'no source: whether getLastRow counts cells an array formula fills (the add-on reads the holiday list by its date column, never by getLastRow, for this reason)',
    run(ctx) {
      const s = ctx.sheet('PPID Conf Tumpah');
      s.getRange('A1:A3').setValues([['n'], [1], [2]]);
      s.getRange('B1').setFormula(ctx.formula('=ARRAYFORMULA(SEQUENCE(6))'));
      SpreadsheetApp.flush();
      const last = s.getLastRow();
      return { observed: last, pass: last === 3 || last === 6 };
    },
  },
  {
    name: 'chart.getAs.png',
    area: 'charts',
    source:
      'EmbeddedChart.getAs(contentType) (https://developers.google.com/apps-script/reference/spreadsheet/embedded-chart#getAs(String))',
    run(ctx) {
      const s = chartSheet(ctx, 'PPID Conf Grafik');
      s.insertChart(chartOn(s, 6, 4, 'Saluran'));
      const blob = s.getCharts()[0].getAs('image/png');
      const bytes = blob.getBytes();
      const png = bytes.length > 8 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
      const observed = { contentType: blob.getContentType(), png, large: bytes.length > 1000 };
      return { observed, pass: same(observed, { contentType: 'image/png', png: true, large: true }) };
    },
  },
  {
    name: 'chart.getAs.hidden-sheet',
    area: 'charts',
    source:
      'no source: whether a chart on a hidden sheet gives its picture as on a visible one (the reference names no condition; the report takes its pictures from the recap sheet while it is still hidden, before it is swapped in: #23 item 4). Quirk hidden-chart-no-picture: it throws',
    run(ctx) {
      const s = chartSheet(ctx, 'PPID Conf Grafik Tersembunyi');
      s.hideSheet();
      s.insertChart(chartOn(s, 6, 4, 'Saluran'));
      let bytes: number[] = [];
      let threw = false;
      try {
        bytes = s.getCharts()[0].getAs('image/png').getBytes();
      } catch (_) {
        threw = true;
      }
      const png = bytes.length > 1000 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
      // Either way the add-on copes (a picture, or a throw: it shows the draft while it takes
      // them); a picture that is neither would not be handled.
      return { observed: { png, threw }, pass: png || threw };
    },
  },
  {
    name: 'chart.order',
    area: 'charts',
    source: 'no source: the order of Sheet.getCharts() (the add-on matches charts to their specs by anchor cell)',
    run(ctx) {
      const s = chartSheet(ctx, 'PPID Conf Urutan');
      for (const [row, title] of [
        [20, 'b'],
        [1, 'a'],
        [10, 'c'],
      ] as Array<[number, string]>)
        s.insertChart(chartOn(s, row, 5, title));
      const rows = s.getCharts().map((c) => c.getContainerInfo().getAnchorRow());
      return {
        observed: rows,
        pass: same(
          [...rows].sort((a, b) => a - b),
          [1, 10, 20],
        ),
      };
    },
  },
  {
    name: 'chart.anchor',
    area: 'charts',
    source:
      'EmbeddedChart.getContainerInfo() anchor row and column as set by setPosition (https://developers.google.com/apps-script/reference/spreadsheet/container-info)',
    run(ctx) {
      const s = chartSheet(ctx, 'PPID Conf Jangkar');
      s.insertChart(chartOn(s, 7, 5, 'x'));
      const info = s.getCharts()[0].getContainerInfo();
      const observed = [info.getAnchorRow(), info.getAnchorColumn()];
      return { observed, pass: same(observed, [7, 5]) };
    },
  },
];
