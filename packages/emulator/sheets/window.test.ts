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
    // A read further down over a row's whole span is evaluated in full.
    expect(a.sheet.getRange(61, 4, ROWS - 60 + 1, 3).getValues()).toEqual(
      b.sheet.getRange(61, 4, ROWS - 60 + 1, 3).getValues(),
    );
    expect(a.ss._engine.window).toBeNull();
  }, 180000);

  test('the last rows alone are a band, equal to a full evaluation there, ROW() included', () => {
    const a = register();
    const windowed = top(a.sheet);
    const tail = (s: any) => s.getRange(ROWS - 40, 1, 42, 6).getValues();
    const band = tail(a.sheet);
    expect(a.ss._engine.window).toEqual({
      sheet: expect.anything(),
      lastRow: 60,
      band: { from: ROWS - 40, to: ROWS + 1 },
    });
    // The top rows stay evaluated: reading them again rebuilds nothing.
    const builds = a.ss._engine.builds;
    expect(top(a.sheet)).toBe(windowed);
    expect(a.ss._engine.builds).toBe(builds);
    const b = register();
    b.sheet.getRange(1, 1, ROWS + 1, 6).getValues();
    expect(b.ss._engine.window).toBeNull();
    expect(band).toEqual(tail(b.sheet));
    // Not a copy of the top rows: the band's rows differ from the top's, as the inputs do.
    expect(JSON.stringify(band.map((r: unknown[]) => r.slice(3)))).not.toBe(
      JSON.stringify(JSON.parse(windowed).slice(0, 42)),
    );
    // A band read before any top read keeps only the anchor row as its top.
    const c = register();
    expect(tail(c.sheet)).toEqual(band);
    expect(c.ss._engine.window).toEqual({
      sheet: expect.anything(),
      lastRow: 1,
      band: { from: ROWS - 40, to: ROWS + 1 },
    });
  }, 180000);

  test('a MAP column over its row limit shows #ERROR! at its anchor and nothing in a band', () => {
    const rt = { mapRowLimit: 1000 };
    const a = register();
    Object.assign(a.ss._rt, rt);
    const b = register();
    Object.assign(b.ss._rt, rt);
    const at = (s: any) => [
      s.getRange(1, 6).getValue(),
      ...s
        .getRange(ROWS - 10, 6, 10, 1)
        .getValues()
        .map((r: unknown[]) => r[0]),
    ];
    a.sheet.getRange(1, 4, 5, 3).getValues();
    const banded = at(a.sheet);
    expect(a.ss._engine.window?.band).toBeDefined();
    b.sheet.getRange(1, 1, ROWS + 1, 6).getValues();
    expect(banded).toEqual(at(b.sheet));
    expect(banded[0]).toBe('#ERROR!');
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
