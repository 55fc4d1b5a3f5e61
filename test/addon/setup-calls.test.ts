// Issue 25: Siapkan Register's service calls, counted by the emulator. The numbers are the ones
// measured when setup was batched (src/sheets/setup-batch.ts); a change that adds calls per column
// or per rule again makes these fail. The bench (`npm run bench -- --only setup`) gives the
// breakdown by method.
import { addonEmulator, fillRegister, SEED_ROWS, openDoc } from '../support/harness';
import { CHART_HEIGHT, CHART_WIDTH } from '../../src/sheets/recap-layout';

describe('setup in few calls', () => {
  test('a new spreadsheet, then a repeat: the measured totals, rules set per run, not per column', () => {
    const em = addonEmulator();
    em.resetCalls();
    em.call('setupRegister');
    const first = em.calls();
    expect(first.total).toBeLessThanOrEqual(437);
    // 28 rules, each built once; one set per run of adjacent columns (register, DIP, DIK, settings, holidays).
    expect(first.byMethod['DataValidationBuilder.build']).toBeLessThanOrEqual(28);
    expect(
      (first.byMethod['Range.setDataValidation'] ?? 0) + (first.byMethod['Range.setDataValidations'] ?? 0),
    ).toBeLessThanOrEqual(14);
    em.resetCalls();
    em.call('setupRegister');
    expect(em.calls().total).toBeLessThanOrEqual(351);
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
