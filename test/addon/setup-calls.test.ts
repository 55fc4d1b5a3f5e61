// Issue 25: Siapkan Register's service calls, counted by the emulator. The numbers are the ones
// measured when setup was batched (src/sheets/setup-batch.ts), then cut to at most 350 on a new
// spreadsheet (from 436; the repeat from 350): one protection per run of live columns, widths in
// the fewest strokes, sheets looked up once, rules set per sheet block; a change that adds calls
// per column or per rule again makes these fail. The bench (`npm run bench -- --only setup`)
// gives the breakdown by method; test/addon/setup-workbook.test.ts checks the workbook is the same.
import { addonEmulator, fillRegister, SEED_ROWS, openDoc } from '../support/harness';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/sheets/recap-layout';

describe('setup in few calls', () => {
  test('a new spreadsheet, then a repeat: the measured totals, rules set per run, not per column', () => {
    const em = addonEmulator();
    em.resetCalls();
    em.call('setupRegister');
    const first = em.calls();
    expect(first.total).toBeLessThanOrEqual(337);
    // 28 rules, each built once; one set per sheet (register, DIP, DIK, settings' two blocks, holidays).
    expect(first.byMethod['DataValidationBuilder.build']).toBeLessThanOrEqual(28);
    expect(
      (first.byMethod['Range.setDataValidation'] ?? 0) + (first.byMethod['Range.setDataValidations'] ?? 0),
    ).toBeLessThanOrEqual(6);
    // One protection over the register's live columns, one over the DIK's.
    expect(first.byMethod['Range.protect']).toBe(2);
    // Widths in the fewest strokes: 51 calls for the 80 columns the new sheets give a width.
    expect(
      (first.byMethod['Sheet.setColumnWidth'] ?? 0) + (first.byMethod['Sheet.setColumnWidths'] ?? 0),
    ).toBeLessThanOrEqual(51);
    // Every sheet looked up once (one getSheets, one getName for the spreadsheet's own sheet).
    expect(first.byMethod['Spreadsheet.getSheetByName'] ?? 0).toBe(0);
    expect(first.byMethod['Sheet.getName'] ?? 0).toBeLessThanOrEqual(1);
    expect(first.byMethod['Spreadsheet.getSpreadsheetTimeZone']).toBe(1);
    em.resetCalls();
    em.call('setupRegister');
    const repeat = em.calls();
    expect(repeat.total).toBeLessThanOrEqual(286);
    // The register's and the DIK's live header formulas are already there: not written again; the
    // only formula writes are the probe's (its holiday column cell and its live columns, one each).
    expect(repeat.byMethod['Range.setFormulas'] ?? 0).toBe(1);
    expect(repeat.byMethod['Range.setFormula'] ?? 0).toBe(1);
    // The repeat keeps the live columns protected.
    const reg = em.spreadsheet.getSheetByName('Register');
    expect(reg.getProtections(em.sheets.SpreadsheetApp.ProtectionType.RANGE).length).toBeGreaterThan(0);
  });
});

describe('chart pictures sized once', () => {
  test('each picture: appended, then one setWidth and one setHeight, with no size read back', () => {
    const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
    fillRegister(em, SEED_ROWS);
    em.call('setupRegister');
    em.resetCalls();
    const result = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
    const calls = em.calls().byMethod;
    const pictures = calls['Paragraph.appendInlineImage'];
    expect(pictures).toBeGreaterThan(0);
    expect(calls['InlineImage.setWidth']).toBe(pictures);
    expect(calls['InlineImage.setHeight']).toBe(pictures);
    expect(calls['InlineImage.getWidth'] ?? 0).toBe(0);
    expect(calls['InlineImage.getHeight'] ?? 0).toBe(0);
    // The size on the page keeps the chart's own aspect ratio.
    const body = openDoc(em, result.docId).getBody();
    const images = body.getImages();
    expect(images).toHaveLength(pictures);
    for (const img of images) {
      expect(img.getWidth()).toBe(440);
      expect(img.getHeight()).toBe(Math.round((440 * CHART_HEIGHT) / CHART_WIDTH));
    }
  });
});
