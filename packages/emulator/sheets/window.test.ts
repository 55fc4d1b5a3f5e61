// Reading the top rows of a sheet whose formulas are row-local evaluates only those rows, and
// gives exactly what a full evaluation gives there; anything else is evaluated in full.
import { Runtime } from '../runtime';
import { createSheetsServices, createSpreadsheet } from './index';
import { wib } from './testkit';

const ROWS = 1200;

function register(quirks: string[] = []) {
  const rt = new Runtime({ locale: 'id_ID', timeZone: 'Asia/Jakarta', now: '2024-05-20T10:00:00+07:00', quirks });
  createSheetsServices(rt);
  const ss = createSpreadsheet(rt, 'S', { locale: 'id_ID', timeZone: 'Asia/Jakarta' });
  const sheet = ss.getSheets()[0];
  sheet.insertRowsAfter(sheet.getMaxRows(), ROWS + 1 - sheet.getMaxRows());
  const hol = ss.insertSheet('Hari Libur');
  hol.getRange('A1:A4').setValues([['Tanggal'], [wib('2024-04-08')], [wib('2024-04-09')], [wib('2024-04-10')]]);
  const base = wib('2024-01-01').getTime();
  const rows = Array.from({ length: ROWS }, (_, i) => [
    new Date(base + (i % 150) * 86400000),
    i % 7 ? 'Tidak' : 'Ya',
    i % 3 ? new Date(base + ((i % 150) + 12) * 86400000) : '',
  ]);
  sheet.getRange(1, 1, ROWS + 1, 3).setValues([['Tanggal', 'Perpanjangan', 'Selesai'], ...rows]);
  const H = "'Hari Libur'!$A$2:$A";
  sheet
    .getRange('D1')
    .setFormula(
      `=ARRAYFORMULA(IF(ROW(A1:A)=1, "Batas", IF(ISNUMBER(A1:A), WORKDAY(A1:A, IF(B1:B="Ya", 17, 10), ${H}), "")))`,
    );
  sheet
    .getRange('E1')
    .setFormula(
      `=ARRAYFORMULA(IF(ROW(A1:A)=1, "Status", IF(ISNUMBER(C1:C)*(C1:C<=TODAY()), IF(C1:C<=D1:D, "Tepat", "Terlambat"), IF(TODAY()>D1:D, "Lewat", "Proses"))))`,
    );
  sheet
    .getRange('F1')
    .setFormula(`={"Hari"; MAP(A2:A, C2:C, LAMBDA(recv, ans, IF(ISNUMBER(ans), NETWORKDAYS(recv+1, ans, ${H}), "")))}`);
  return { ss, sheet };
}

const top = (sheet: any) => JSON.stringify(sheet.getRange(1, 4, 60, 3).getValues());

describe('row-window evaluation', () => {
  test('the top rows alone are evaluated, equal to a full evaluation', () => {
    const a = register();
    const windowed = top(a.sheet);
    expect(a.ss._engine.window).toEqual({ sheet: expect.anything(), lastRow: 60 });
    const b = register();
    b.sheet.getRange(1, 4, ROWS + 1, 3).getValues();
    expect(b.ss._engine.window).toBeNull();
    expect(top(b.sheet)).toBe(windowed);
    // A later read further down evaluates again, in full.
    expect(a.sheet.getRange(ROWS + 1, 4).getValue()).toEqual(b.sheet.getRange(ROWS + 1, 4).getValue());
    expect(a.ss._engine.window).toBeNull();
  }, 180000);

  test('a value typed far below a live column still blocks its spill (full evaluation)', () => {
    const { ss, sheet } = register();
    sheet.getRange(ROWS - 5, 4).setValue('diketik');
    expect(
      sheet
        .getRange(1, 4, 3, 1)
        .getValues()
        .map((r: unknown[]) => r[0]),
    ).toEqual(['#REF!', '', '']);
    expect(ss._engine.window).toBeNull();
  }, 180000);

  test('a formula that is not row-local (a column total) is evaluated in full', () => {
    const { ss, sheet } = register();
    sheet.getRange('G1').setFormula('=ARRAYFORMULA(IF(ROW(A1:A)=1, "n", COUNT(C1:C)))');
    const n = sheet.getRange(2, 7).getValue();
    expect(ss._engine.window).toBeNull();
    expect(n).toBe(800);
  }, 180000);

  test('another sheet reading the register makes it evaluate in full', () => {
    const { ss, sheet } = register();
    ss.insertSheet('Ringkas').getRange('A1').setFormula('=COUNTA(Sheet1!A:A)');
    sheet.getRange(1, 4, 10, 1).getValues();
    expect(ss._engine.window).toBeNull();
  }, 180000);
});
