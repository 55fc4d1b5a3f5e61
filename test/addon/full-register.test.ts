// Every writer at a sheet's bottom edge: the form on a register whose 1,000 rows are used, setup
// repair after it, holiday rows on a full Hari Libur sheet, and a problem list and recap longer
// than a new sheet. Run twice: with new rows left bare (the emulator's default) and with the
// `rows-inherit-format` quirk (new rows copy the row above): the add-on must be right under both.
import { addonEmulator, fillRegister, row, wib } from '../support/harness';
import { generateRegister } from '../../scripts/lib/generate-register';
import { COMPUTED_COLUMNS } from '../../src/core/register';
import { dayOfDate, ymd } from '../../src/core/calendar';

const form = {
  received: '2025-07-10',
  channel: 'Email',
  applicantName: 'Ayu Lestari',
  applicantType: 'Perseorangan',
  infoRequested: 'Data peserta pelatihan 2024',
  topic: 'Pelatihan',
};
const day = (v: unknown) =>
  Object.prototype.toString.call(v) === '[object Date]' ? ymd(dayOfDate(v as Date, 420)) : String(v);

function criteria(rule: any): string {
  if (!rule) return 'none';
  // A range in the criteria (the channel list in Pengaturan) by its address.
  const values = rule
    .getCriteriaValues()
    .map((v: any) =>
      v && typeof v.getA1Notation === 'function' ? `${v.getSheet().getName()}!${v.getA1Notation()}` : v,
    );
  return `${rule.getCriteriaType()}:${JSON.stringify(values)}:${rule.getAllowInvalid()}`;
}

describe.each([
  ['new rows bare', [] as string[]],
  ['new rows inherit the row above', ['rows-inherit-format']],
])('a full register (%s)', (_label, quirks) => {
  const make = () => addonEmulator({ quirks, now: '2025-07-10T03:00:00Z' });

  test('the form adds rows at the edge; the new row has the validation, formats, protection and live columns of the rows above', () => {
    const em = make();
    const sheet = fillRegister(
      em,
      generateRegister({ rows: 999, seed: 5, from: '2023-01-02', to: '2025-07-09', badRate: 0 }),
    );
    em.call('setupRegister');
    expect([sheet.getMaxRows(), sheet.getLastRow()]).toEqual([1000, 1000]);

    const res = em.call('submitRequest', form);
    expect(res).toMatchObject({ ok: true, row: 1001 });
    const max = sheet.getMaxRows();
    expect(max).toBeGreaterThanOrEqual(1001);

    const head = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] as string[];
    const col = (id: string) => head.indexOf(id) + 1;
    // Every column's validation and number format on the new row and on the last row equal row 1000's.
    for (let c = 1; c <= head.length; c++) {
      for (const r of [1001, max]) {
        expect({ c, r, rule: criteria(sheet.getRange(r, c).getDataValidation()) }).toEqual({
          c,
          r,
          rule: criteria(sheet.getRange(1000, c).getDataValidation()),
        });
        if (c !== col('No. Registrasi')) {
          expect({ c, r, fmt: sheet.getRange(r, c).getNumberFormat() }).toEqual({
            c,
            r,
            fmt: sheet.getRange(1000, c).getNumberFormat(),
          });
        }
      }
    }
    expect(criteria(sheet.getRange(1001, col('Tanggal Permohonan')).getDataValidation())).toMatch(
      /^DATE_IS_VALID_DATE/,
    );
    // The computed columns stay protected down to the new edge, the SLA colours and banding too.
    const protections = sheet.getProtections(em.sheets.SpreadsheetApp.ProtectionType.RANGE);
    // One protection per run of adjacent live columns (issue #25), covering all of them.
    expect(protections.reduce((n: number, p: any) => n + p.getRange().getNumColumns(), 0)).toBe(
      COMPUTED_COLUMNS.length,
    );
    for (const p of protections) expect(p.getRange().getLastRow()).toBe(max);
    const sla = sheet
      .getConditionalFormatRules()
      .flatMap((r: any) => r.getRanges())
      .filter((g: any) => g.getColumn() === col('Status SLA'));
    expect(sla.length).toBeGreaterThanOrEqual(4);
    for (const g of sla) expect(g.getLastRow()).toBe(max);
    for (const b of sheet.getBandings()) expect(b.getRange().getLastRow()).toBe(max);
    // The live columns compute the new row: 10 July 2025 is due 24 July.
    expect(day(sheet.getRange(1001, col('Batas Waktu')).getValue())).toBe('2025-07-24');
    expect(sheet.getRange(1001, col('Status SLA')).getValue()).toBe('Dalam Proses');

    // A second request needs no more rows; setup repair after the growth covers every row.
    expect(em.call('submitRequest', form)).toMatchObject({ ok: true, row: 1002 });
    expect(sheet.getMaxRows()).toBe(max);
    em.call('setupRegister');
    expect(criteria(sheet.getRange(max, col('Tanggal Permohonan')).getDataValidation())).toMatch(/^DATE_IS_VALID_DATE/);
    for (const p of sheet.getProtections(em.sheets.SpreadsheetApp.ProtectionType.RANGE))
      expect(p.getRange().getLastRow()).toBe(max);
  });

  test('holiday rows added to a full Hari Libur sheet get its date format and kind dropdown', () => {
    const em = make();
    fillRegister(em, [
      row({
        'No. Registrasi': '001/PPID/2021',
        'Tanggal Permohonan': wib('2021-03-01'),
        Saluran: 'Email',
        'Nama Pemohon': 'Uji',
        'Kategori Pemohon': 'Perseorangan',
        'Informasi yang Diminta': 'Data',
        Status: 'Dipenuhi',
        'Tanggal Selesai': wib('2021-03-03'),
      }),
    ]);
    em.call('setupRegister');
    const hol = em.spreadsheet.getSheetByName('Hari Libur');
    const last = hol.getLastRow();
    hol.deleteRows(last + 1, hol.getMaxRows() - last);
    expect(hol.getMaxRows()).toBe(last);

    em.call('generateReport', { period: '2021', asOf: '2025-07-10' });
    expect(hol.getMaxRows()).toBeGreaterThan(last);
    const added = hol.getRange(last + 1, 1, hol.getLastRow() - last, 3).getValues() as unknown[][];
    expect(added.map((r) => day(r[0])).filter((d) => d.startsWith('2021-'))).toContain('2021-05-13');
    for (const r of [last + 1, hol.getLastRow()]) {
      expect(hol.getRange(r, 1).getNumberFormat()).toBe('dd/mm/yyyy');
      expect(criteria(hol.getRange(r, 3).getDataValidation())).toBe(criteria(hol.getRange(2, 3).getDataValidation()));
    }
  });

  test('Periksa Data and the recap list more problems than a new sheet has rows', () => {
    const em = make();
    // 420 rows, all but the first missing its channel, applicant type and requested information:
    // 1,257 problems (a column blank on every row would be one problem at the header).
    const rows = Array.from({ length: 420 }, (_, i) =>
      row({
        'No. Registrasi': `${String(i + 1).padStart(3, '0')}/PPID/2025`,
        'Tanggal Permohonan': wib('2025-02-03'),
        'Nama Pemohon': 'Uji',
        Status: 'Diproses',
        ...(i === 0 ? { Saluran: 'Email', 'Kategori Pemohon': 'Perseorangan', 'Informasi yang Diminta': 'x' } : {}),
      }),
    );
    fillRegister(em, rows);
    em.call('setupRegister');
    const check = em.call('checkRegister') as any;
    expect(check.problems).toBeGreaterThan(1000);
    const sheet = em.spreadsheet.getSheetByName(check.sheet);
    expect(sheet.getLastRow()).toBe(check.problems + 1);

    const report = em.call('generateReport', { period: '2025-Q1', asOf: '2025-07-10' }) as any;
    const recap = em.spreadsheet.getSheetByName(report.recapSheet);
    expect(recap.getLastRow()).toBeGreaterThan(1000);
  });
});
