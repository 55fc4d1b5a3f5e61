// Prints timings for the benchmark sizes; asserts correctness and laziness, not speed.
import { setup, wib } from './testkit';

const ROWS = 100_000;
// The 100k-row formula evaluation takes ~10–20 s; the default run evaluates a 20k-row copy.
const FORMULA_ROWS = process.env.PERF_FULL ? ROWS : 20_000;
const COLS = 30;

function register(rows: number) {
  const ctx = setup();
  const { ss, sheet } = ctx;
  sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
  sheet.insertColumnsAfter(sheet.getMaxColumns(), COLS + 4 - sheet.getMaxColumns());
  const hol = ss.insertSheet('Hari Libur');
  hol.getRange('A1:A4').setValues([['Tanggal'], [wib('2024-04-08')], [wib('2024-04-09')], [wib('2024-04-10')]]);
  const base = wib('2024-01-01').getTime();
  const data: unknown[][] = [];
  for (let i = 0; i < rows; i++) {
    const row: unknown[] = new Array(COLS);
    row[0] = `R-${i + 1}`;
    row[1] = new Date(base + (i % 360) * 86400000);
    row[2] = i % 3 ? 'Email' : 'Surat';
    row[3] = i % 4 ? 'Dipenuhi' : 'Diproses';
    row[4] = i % 4 ? new Date(base + ((i % 360) + 9) * 86400000) : '';
    row[5] = i % 7 ? 'Tidak' : 'Ya';
    for (let c = 6; c < COLS; c++) row[c] = c % 2 ? i * c : `teks ${c}`;
    data.push(row);
  }
  return { ...ctx, data };
}

test(`perf: ${ROWS}×${COLS} setValues + getValues, then ${FORMULA_ROWS} rows × 4 ARRAYFORMULA columns`, () => {
  const { ss, sheet, data } = register(ROWS);
  let t = Date.now();
  sheet.getRange(2, 1, ROWS, COLS).setValues(data);
  const writeMs = Date.now() - t;
  t = Date.now();
  const back = sheet.getRange(2, 1, ROWS, COLS).getValues();
  const readMs = Date.now() - t;
  expect(back).toHaveLength(ROWS);
  expect(back[ROWS - 1][0]).toBe(`R-${ROWS}`);
  expect(back[5][7]).toBe(35);

  if (FORMULA_ROWS < ROWS) sheet.deleteRows(FORMULA_ROWS + 2, ROWS - FORMULA_ROWS);
  const f = (col: string, body: string) => sheet.getRange(`${col}1`).setFormula(`={"${col}";ARRAYFORMULA(${body})}`);
  const holidays = "'Hari Libur'!A2:A";
  f('AE', `IF(B2:B="",,WORKDAY(B2:B,IF(F2:F="Ya",17,10),${holidays}))`);
  f('AF', `IF(E2:E="",,NETWORKDAYS(B2:B+1,E2:E,${holidays}))`);
  f(
    'AG',
    `IF(B2:B="",,IF(E2:E="",IF(TODAY()>AE2:AE,"Lewat Batas","Dalam Proses"),IF(E2:E<=AE2:AE,"Tepat Waktu","Terlambat")))`,
  );
  f('AH', `IF(D2:D="Diproses",,LEN(A2:A))`);
  const builds = ss._engine.builds;
  t = Date.now();
  const plain = sheet.getRange(2, 1, FORMULA_ROWS, COLS).getValues();
  const plainMs = Date.now() - t;
  expect(plain).toHaveLength(FORMULA_ROWS);
  expect(ss._engine.builds).toBe(builds); // non-formula columns never trigger evaluation
  t = Date.now();
  const computed = sheet.getRange(1, 31, FORMULA_ROWS + 1, 4).getValues();
  const evalMs = Date.now() - t;
  expect(ss._engine.builds).toBe(builds + 1);
  expect(computed[0]).toEqual(['AE', 'AF', 'AG', 'AH']);
  expect(Object.prototype.toString.call(computed[2][0])).toBe('[object Date]');
  expect(['Tepat Waktu', 'Terlambat', 'Lewat Batas', 'Dalam Proses']).toContain(computed[2][2]);
  t = Date.now();
  sheet.getRange(1, 31, FORMULA_ROWS + 1, 4).getDisplayValues();
  const displayMs = Date.now() - t;
  // eslint-disable-next-line no-console
  console.log(
    `perf ${ROWS}x${COLS}: setValues ${writeMs} ms, getValues ${readMs} ms, getValues with formulas present ${plainMs} ms; ` +
      `${FORMULA_ROWS} rows × 4 ARRAYFORMULA columns evaluated in ${evalMs} ms (engine build ${ss._engine.lastBuildMs} ms), display ${displayMs} ms`,
  );
});
