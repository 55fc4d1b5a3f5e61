// #26 item 7: the recap's chart pictures are taken after SpreadsheetApp.flush() ("Applies all
// pending Spreadsheet changes", SpreadsheetApp reference), so the charts draw what was written.
import { addonEmulator, fillRegister, SEED_ROWS } from '../support/harness';
import { callSequence } from '../reminder/support';

test('a report flushes before the first chart picture, and takes every picture after it', () => {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  const names = callSequence(em, () => em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' }));
  const pictures = names.flatMap((n, i) => (n === 'EmbeddedChart.getAs' ? [i] : []));
  expect(pictures.length).toBeGreaterThan(0);
  const lastInsert = names.lastIndexOf('Sheet.insertChart');
  const flush = names.indexOf('SpreadsheetApp.flush', lastInsert);
  expect(lastInsert).toBeGreaterThanOrEqual(0);
  expect(flush).toBeGreaterThan(lastInsert);
  expect(pictures[0]).toBeGreaterThan(flush);
});
