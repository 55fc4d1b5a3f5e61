import { Runtime } from '../runtime';
import { createSheetsServices, createSpreadsheet } from './index';
import { setup } from './testkit';

describe('RangeList (Sheet.getRangeList)', () => {
  test('each setter gives every range of the list the one value, in one counted call', () => {
    const { rt, sheet } = setup();
    const before = rt.snapshot().total;
    const list = sheet.getRangeList(['A1', 'B3:C4', 'E2:E5']);
    list.setFontWeight('bold').setBackground('#d2e3fc').setNumberFormat('0%').setFontSize(12);
    const calls = rt.snapshot();
    expect(calls.total - before).toBe(5);
    expect(calls.byMethod['RangeList.setFontWeight']).toBe(1);
    expect(calls.byMethod['Range.setFontWeight']).toBeUndefined();
    const weights = sheet.getRange('A1:E5').getFontWeights();
    const bold = (r: number, c: number) => weights[r - 1][c - 1] === 'bold';
    expect([bold(1, 1), bold(3, 2), bold(4, 3), bold(2, 5), bold(5, 5)]).toEqual([true, true, true, true, true]);
    expect([bold(1, 2), bold(2, 2), bold(5, 3), bold(1, 5)]).toEqual([false, false, false, false]);
    expect(sheet.getRange('B3').getBackground()).toBe('#d2e3fc');
    expect(sheet.getRange('D3').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('E5').getNumberFormat()).toBe('0%');
    expect(sheet.getRange('C4').getFontSize()).toBe(12);
    expect(sheet.getRange('D4').getFontSize()).toBe(10);
  });

  test('getRanges gives the ranges in list order', () => {
    const { sheet } = setup();
    const ranges = sheet.getRangeList(['C2:D3', 'A1']).getRanges();
    expect(ranges.map((r: any) => r.getA1Notation())).toEqual(['C2:D3', 'A1']);
  });

  test('a bad notation is refused like getRange; an empty list is not emulated', () => {
    const { sheet } = setup();
    expect(() => sheet.getRangeList(['A1', 'not a range'])).toThrow('Range not found');
    expect(() => sheet.getRangeList([])).toThrow(/not emulated/);
  });

  test('a fault injected at the RangeList call leaves no range of it styled', () => {
    const rt = new Runtime({ locale: 'id_ID', timeZone: 'Asia/Jakarta' });
    createSheetsServices(rt);
    const ss = createSpreadsheet(rt, 'x', { locale: rt.locale, timeZone: rt.timeZone });
    const sheet = ss.getSheets()[0];
    const list = sheet.getRangeList(['A1', 'B2']);
    rt.failAtCall = rt.snapshot().total + 1;
    expect(() => list.setFontWeight('bold')).toThrow(/injected fault/);
    expect(sheet.getRange('A1:B2').getFontWeights().flat()).toEqual(['normal', 'normal', 'normal', 'normal']);
  });
});
