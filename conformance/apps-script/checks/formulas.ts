// Formulas: the open questions (a) and (b) of issue #12, answered with the add-on's own formula
// text and probe, plus the formula behaviours the live columns and the sample check rely on.
import type { Check, CheckContext } from '../types';
import { cell, midnight, same } from './util';
import { type FormulaForm, formName } from '../../../src/sheets/formulas';
import { prepareProbe, tryForm, type ProbeContext } from '../../../src/sheets/formula-form';
import { tzOffsetMinutes } from '../../../src/sheets/holidays';
import { dayOfDate } from '../../../src/core/calendar';

const ONTOMATON =
  'public reports: setFormula with "," fails to parse in de_DE/it_IT spreadsheets (ISA-tools/OntoMaton #15, #36); Sheets said to accept ";" in every locale when typed (mricon/ingress-fieldplan #5); no reference page says which syntax Range.setFormula parses';

/** Three request dates two weeks apart and a holiday sheet with one weekday holiday among them. */
function dates(ctx: CheckContext) {
  const s = ctx.sheet('PPID Conf Tanggal');
  s.getRange('A1:A4').setValues([
    ['Tanggal'],
    [midnight('2025-03-03', ctx.timeZone)],
    [midnight('2025-03-10', ctx.timeZone)],
    [midnight('2025-03-28', ctx.timeZone)],
  ]);
  const h = ctx.sheet('PPID Conf Libur');
  h.getRange('A1:A3').setValues([
    ['Libur'],
    [midnight('2025-03-31', ctx.timeZone)],
    [midnight('2025-03-04', ctx.timeZone)],
  ]);
  return { s, holidays: "'PPID Conf Libur'!$A$2:$A" };
}

const col = (s: GoogleAppsScript.Spreadsheet.Sheet, a1: string, tz: string) =>
  (s.getRange(a1).getValues() as unknown[][]).map((r) => cell(r[0], tz));

export const FORMULA_CHECKS: Check[] = [
  {
    name: 'formula.setFormula.comma',
    area: 'formulas',
    source: ONTOMATON,
    run(ctx) {
      const s = ctx.sheet('PPID Conf Koma');
      s.getRange('A1').setFormula('=IF(1>0, "ya", "tidak")');
      SpreadsheetApp.flush();
      const value = cell(s.getRange('A1').getValue(), ctx.timeZone);
      // Parsed ("ya") or a parse error ("#ERROR!"): the probe handles both.
      return {
        observed: { value, formula: s.getRange('A1').getFormula() },
        pass: value === 'ya' || value === '#ERROR!',
      };
    },
  },
  {
    name: 'formula.setFormula.semicolon',
    area: 'formulas',
    source: ONTOMATON,
    run(ctx) {
      const s = ctx.sheet('PPID Conf Titik Koma');
      let threw = false;
      try {
        s.getRange('A1').setFormula('=IF(1>0; "ya"; "tidak")');
      } catch (_) {
        threw = true;
      }
      SpreadsheetApp.flush();
      const value = threw ? null : cell(s.getRange('A1').getValue(), ctx.timeZone);
      return { observed: { threw, value }, pass: threw || value === 'ya' || value === '#ERROR!' };
    },
  },
  {
    name: 'formula.arrayformula.workday',
    area: 'formulas',
    source:
      'no source: whether WORKDAY iterates inside ARRAYFORMULA with a holiday range (issue #12 question b); expected per row: Mon 3 Mar → Wed 5 Mar (4 Mar a holiday), 10 → 11 Mar, Fri 28 → Tue 1 Apr (31 Mar a holiday)',
    run(ctx) {
      const { s, holidays } = dates(ctx);
      s.getRange('B1').setFormula(
        ctx.formula(`=ARRAYFORMULA(IF(ROW(A1:A4)=1, "Batas", WORKDAY(A1:A4, 1, ${holidays})))`),
      );
      SpreadsheetApp.flush();
      const values = col(s, 'B2:B4', ctx.timeZone);
      const perRow = same(values, ['2025-03-05', '2025-03-11', '2025-04-01']);
      const oneValue = values.every((v) => same(v, values[0]));
      return { observed: { perRow, oneValue, values }, pass: perRow || oneValue };
    },
  },
  {
    name: 'formula.arrayformula.networkdays',
    area: 'formulas',
    source: 'no source: whether NETWORKDAYS iterates inside ARRAYFORMULA with a holiday range (issue #12 question b)',
    run(ctx) {
      const { s, holidays } = dates(ctx);
      s.getRange('C1').setFormula(
        ctx.formula(`=ARRAYFORMULA(IF(ROW(A1:A4)=1, "Hari", NETWORKDAYS(A1:A4+1, A1:A4+14, ${holidays})))`),
      );
      SpreadsheetApp.flush();
      const values = col(s, 'C2:C4', ctx.timeZone);
      // 4..17 Mar (4 Mar a holiday): 9; 11..24 Mar: 10; 29 Mar..11 Apr (31 Mar a holiday): 9.
      const perRow = same(values, [9, 10, 9]);
      return { observed: { perRow, values }, pass: perRow || values.every((v) => same(v, values[0])) };
    },
  },
  {
    name: 'formula.map.lambda',
    area: 'formulas',
    source:
      'MAP function: "names resolve to the current values being mapped" (https://support.google.com/docs/answer/12568985)',
    run(ctx) {
      const { s, holidays } = dates(ctx);
      s.getRange('D1').setFormula(ctx.formula(`={"Batas"; MAP(A2:A4, LAMBDA(recv, WORKDAY(recv, 1, ${holidays})))}`));
      SpreadsheetApp.flush();
      const values = col(s, 'D1:D4', ctx.timeZone);
      return { observed: values, pass: same(values, ['Batas', '2025-03-05', '2025-03-11', '2025-04-01']) };
    },
  },
  {
    name: 'formula.arrayformula.header-row',
    area: 'formulas',
    source:
      "ARRAYFORMULA over open-ended ranges with ROW()=1 for the header: the add-on's live columns (no reference page for the idiom)",
    run(ctx) {
      const s = ctx.sheet('PPID Conf Judul');
      s.getRange('A1:A3').setValues([['Angka'], [2], [5]]);
      s.getRange('B1').setFormula(
        ctx.formula('=ARRAYFORMULA(IF(ROW(A1:A)=1, "Dua kali", IF(ISNUMBER(A1:A), A1:A*2, "")))'),
      );
      SpreadsheetApp.flush();
      const values = col(s, 'B1:B4', ctx.timeZone);
      return { observed: values, pass: same(values, ['Dua kali', 4, 10, '']) };
    },
  },
  {
    name: 'formula.spill.blocked',
    area: 'formulas',
    source:
      'a value in the way of an array result: "#REF!" with "Array result was not expanded because it would overwrite data" (Sheets\' error text; the sample check reads it in the header cell)',
    run(ctx) {
      const s = ctx.sheet('PPID Conf Tertimpa');
      s.getRange('A1:A3').setValues([['Angka'], [2], [5]]);
      s.getRange('B3').setValue('diketik');
      s.getRange('B1').setFormula(ctx.formula('=ARRAYFORMULA(IF(ROW(A1:A3)=1, "Dua kali", A1:A3*2))'));
      SpreadsheetApp.flush();
      const values = col(s, 'B1:B3', ctx.timeZone);
      return { observed: values, pass: same(values, ['#REF!', '', 'diketik']) };
    },
  },
  {
    name: 'formula.today.zone',
    area: 'formulas',
    source: "TODAY() is the date in the spreadsheet's time zone (https://support.google.com/docs/answer/3092984)",
    run(ctx) {
      const s = ctx.sheet('PPID Conf Hari Ini');
      s.getRange('A1').setFormula('=TODAY()');
      SpreadsheetApp.flush();
      const got = cell(s.getRange('A1').getValue(), ctx.timeZone);
      const want = Utilities.formatDate(new Date(), ctx.timeZone, 'yyyy-MM-dd');
      return { observed: got === want ? 'spreadsheet-zone-today' : { got }, pass: got === want };
    },
  },
  {
    name: 'formula.probe.forms',
    area: 'formulas',
    source:
      "the add-on's own probe (src/sheets/formula-form.ts) over its synthetic rows: each form of the live columns against the core; at least one form must agree for live formulas to be written",
    run(ctx) {
      const hol = ctx.sheet('PPID Conf Hari Libur');
      hol.getRange('A1:D4').setValues([
        ['Tanggal', 'Keterangan', 'Jenis', 'Dasar Hukum'],
        [midnight('2025-03-31', ctx.timeZone), 'Idul Fitri', 'Libur Nasional', 'SKB'],
        [midnight('2025-04-01', ctx.timeZone), 'Idul Fitri', 'Libur Nasional', 'SKB'],
        [midnight('2025-04-18', ctx.timeZone), 'Wafat Yesus Kristus', 'Libur Nasional', 'SKB'],
      ]);
      hol.getRange('G1').setValue('Tidak');
      const offset = tzOffsetMinutes(ctx.timeZone);
      const pc: ProbeContext = {
        holidaySheet: hol,
        holidayHeader: 'Tanggal Efektif',
        cutiRef: "'PPID Conf Hari Libur'!$G$1",
        holidays: "'PPID Conf Hari Libur'!$E$2:$E",
        today: dayOfDate(new Date(), offset),
        tzOffset: offset,
      };
      const probe = prepareProbe(ctx.ss, pc, ctx.sheet('PPID Conf Uji Rumus'));
      const forms: FormulaForm[] = [
        { sep: ',', iteration: 'array' },
        { sep: ';', iteration: 'array' },
        { sep: ',', iteration: 'map' },
        { sep: ';', iteration: 'map' },
      ];
      const observed: Record<string, string> = {};
      for (const f of forms) observed[formName(f)] = tryForm(probe, pc, f).outcome;
      return { observed, pass: Object.values(observed).includes('agrees') };
    },
  },
];
