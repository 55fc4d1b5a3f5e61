// The annual report's quarter table: status rows add up to the requests row, in the document
// and in the recap sheet alike.
import { generateRegister, header } from '../../scripts/lib/generate-register';
import { parseRegister } from '../../src/core/register';
import { computeRecap, parsePeriod } from '../../src/core/recap';
import { WorkCalendar } from '../../src/core/calendar';
import { HOLIDAYS } from '../../src/core/calendar';
import { dayFromIso } from '../../src/core/calendar';
import { defaultSettings } from '../../src/core/settings';
import { LISTS } from '../../src/core/register';
import { buildReportModel, type Block } from '../../src/core/report';
import { buildRecapLayout } from '../../src/sheets/recap-layout';

const rows = generateRegister({ rows: 400, seed: 99, from: '2025-01-02', to: '2025-12-20', badRate: 0.05 });
// Two requests whose status nobody filled in: the table must still add up (Tidak Diketahui).
const statusAt = header().indexOf('Status');
rows[5][statusAt] = '';
rows[300][statusAt] = '';
const parsed = parseRegister([header(), ...rows], { lang: 'id' });
const recap = computeRecap(parsed, {
  period: parsePeriod('2025'),
  asOf: dayFromIso('2026-01-15'),
  calendar: new WorkCalendar(HOLIDAYS.map((h) => dayFromIso(h.date))),
  lang: 'id',
});
const settings = defaultSettings(LISTS.channels, LISTS.defaultTopics);
const num = (s: string) => Number(s.replace(/\./g, ''));

test('the document quarter table: status rows add up to the requests row in every column', () => {
  const model = buildReportModel(recap, settings, 'id', '2026-01-15');
  const table = model.blocks.find(
    (b): b is Extract<Block, { type: 'table' }> => b.type === 'table' && b.header[1] === 'TW I',
  )!;
  const requests = table.rows[0];
  const statusRows = table.rows.slice(1).filter((r) => !['Tepat Waktu', 'Terlambat'].includes(r[0]));
  expect(statusRows.map((r) => r[0])).toEqual([
    'Dipenuhi',
    'Ditolak/Tidak Dijawab',
    'Diproses',
    'Dibatalkan',
    'Tidak Diketahui',
  ]);
  for (let c = 1; c < requests.length; c++) {
    expect(statusRows.reduce((s, r) => s + num(r[c]), 0)).toBe(num(requests[c]));
  }
});

test('the recap sheet quarter table adds up the same way', () => {
  const layout = buildRecapLayout(recap, settings, 'id', '15/01/2026 09:00');
  const t = layout.tables.find((x) => x.key === 'quarters')!;
  const grid = layout.values.slice(t.firstRow - 1, t.lastRow);
  const requests = grid[0];
  const statuses = grid.filter((r) =>
    ['Dipenuhi', 'Ditolak/Tidak Dijawab', 'Diproses', 'Dibatalkan', 'Tidak Diketahui'].includes(String(r[1])),
  );
  for (let c = 2; c <= 6; c++) expect(statuses.reduce((s, r) => s + Number(r[c]), 0)).toBe(Number(requests[c]));
});
