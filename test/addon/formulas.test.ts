// The register's live formulas must say exactly what the core computes: a randomized register is
// set up in the emulator (HyperFormula evaluates the ARRAYFORMULAs) and every computed cell is
// compared with the core's due date, working days, SLA status and objection due date.
import { addonEmulator, fillRegister } from '../support/harness';
import { generateRegister } from '../../scripts/lib/generate-register';
import { COMPUTED_COLUMNS, findColumns, findComputedColumns } from '../../src/core/schema';
import { liveFormula, FormulaRefs } from '../../src/sheets/formulas';
import { liveValues } from '../../src/core/live';
import { parseRegister } from '../../src/core/parse';
import { WorkCalendar } from '../../src/core/calendar';
import { dueDate, slaStatus, objectionDue, objectionStatus, disputeWindow } from '../../src/core/calendar';
import { HOLIDAYS } from '../../src/core/holidays';
import { dayFromIso, dayOfDate, ymd } from '../../src/core/dates';

const day = (v: unknown) => (Object.prototype.toString.call(v) === '[object Date]' ? ymd(dayOfDate(v as Date, 420)) : v === '' ? '' : `?${String(v)}`);

function compare(locale: string, seed: number, asOf: string, cutiWorking: boolean) {
  const em = addonEmulator({ locale, userLocale: 'id', now: `${asOf}T05:00:00Z` });
  const rows = generateRegister({ rows: 150, seed, from: '2024-03-01', to: asOf, badRate: 0 });
  const sheet = fillRegister(em, rows);
  em.call('setupRegister');
  if (cutiWorking) {
    const settings = em.spreadsheet.getSheetByName('Pengaturan');
    const grid = settings.getDataRange().getValues();
    const r = grid.findIndex((x: unknown[]) => x[0] === 'Cuti Bersama Dihitung Hari Kerja');
    settings.getRange(r + 1, 2).setValue('Ya');
  }
  const values = sheet.getDataRange().getValues();
  const head = values[0];
  const col = (id: string) => head.indexOf(id);
  const parsed = parseRegister(values, { lang: 'id' });
  const cal = new WorkCalendar(HOLIDAYS.filter((h) => !cutiWorking || h.kind !== 'cuti_bersama').map((h) => dayFromIso(h.date)));
  const asOfDay = dayFromIso(asOf);
  let checked = 0;
  let objections = 0;
  for (const req of parsed.requests) {
    const line = values[req.row - 1];
    const due = dueDate(req.received, req.extended, cal);
    expect({ row: req.row, due: day(line[col('Batas Waktu')]) }).toEqual({ row: req.row, due: ymd(due) });
    const wd = req.answered === null || req.answered < req.received ? '' : cal.workingDaysBetween(req.received, req.answered);
    expect({ row: req.row, wd: line[col('Hari Kerja Layanan')] }).toEqual({ row: req.row, wd });
    const sla = slaStatus(req, asOfDay, cal, 2) ?? '';
    expect({ row: req.row, sla: line[col('Status SLA')] }).toEqual({ row: req.row, sla });
    const od = req.objectionDate === null ? '' : ymd(objectionDue(req.objectionDate, cal));
    expect({ row: req.row, od: day(line[col('Batas Tanggapan Keberatan')]) }).toEqual({ row: req.row, od });
    // The objection's status and the dispute window (issue #13), the core's rules in the sheet.
    const os = req.objectionDate === null ? '' : objectionStatus(req.objectionDate, req.objectionAnswered, asOfDay, cal, 2) ?? '';
    expect({ row: req.row, os: line[col('Status Keberatan')] }).toEqual({ row: req.row, os });
    const known = req.objectionAnswered !== null && req.objectionAnswered <= asOfDay ? req.objectionAnswered : null;
    const dw = req.objectionDate === null ? null : disputeWindow(req.objectionDate, known, cal);
    expect({ row: req.row, dw: day(line[col('Batas Pengajuan Sengketa')]) }).toEqual({ row: req.row, dw: dw === null ? '' : ymd(dw) });
    if (req.objectionDate !== null) objections++;
    checked++;
  }
  // The objection columns must have been exercised, not only blank rows compared.
  expect(objections).toBeGreaterThan(3);
  return checked;
}

describe('live SLA formulas equal the core', () => {
  test('id_ID spreadsheet, holidays around Idul Fitri 2024 and 2025', () => {
    expect(compare('id_ID', 11, '2025-07-10', false)).toBe(150);
  });
  test('en_US spreadsheet, another register and date', () => {
    expect(compare('en_US', 12, '2025-04-09', false)).toBe(150);
  });
  test('a unit that works on cuti bersama', () => {
    expect(compare('id_ID', 13, '2025-04-16', true)).toBe(150);
  });
  test('the number of formulas does not grow with the rows', () => {
    const em = addonEmulator();
    fillRegister(em, generateRegister({ rows: 600, seed: 3, from: '2025-01-02', to: '2025-06-30' }));
    em.call('setupRegister');
    const reg = em.spreadsheet.getSheetByName('Register');
    const n = reg.getRange(1, 1, reg.getMaxRows(), reg.getLastColumn()).getFormulas().flat().filter((f: string) => f).length;
    expect(n).toBe(COMPUTED_COLUMNS.length);
  });
});

describe('the MAP/LAMBDA form of every live column equals the core too (issue #12 forms, #13 columns)', () => {
  test('each header formula rewritten as MAP(…, LAMBDA(…)) gives liveValues() on every row', () => {
    const asOf = '2025-07-10';
    const em = addonEmulator({ locale: 'id_ID', userLocale: 'id', now: `${asOf}T05:00:00Z` });
    const sheet = fillRegister(em, generateRegister({ rows: 120, seed: 21, from: '2024-09-01', to: asOf, badRate: 0 }));
    em.call('setupRegister');
    const head: unknown[] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
    const { columns } = findColumns(head);
    const computed = findComputedColumns(head);
    const settings = em.spreadsheet.getSheetByName('Pengaturan').getDataRange().getValues();
    const nearDueRow = settings.findIndex((x: unknown[]) => x[0] === 'Ambang Mendekati Batas (hari kerja)') + 1;
    const refs: FormulaRefs = {
      received: columns.received, extended: columns.extended ?? null, answered: columns.answered ?? null, status: columns.status ?? null,
      objectionDate: columns.objectionDate ?? null, objectionAnswered: columns.objectionAnswered ?? null,
      due: computed.due!, objectionDue: computed.objectionDue!,
      holidays: "'Hari Libur'!$E$2:$E", nearDue: `Pengaturan!$B$${nearDueRow}`,
    };
    for (const c of COMPUTED_COLUMNS) {
      sheet.getRange(1, computed[c.key]! + 1).setFormula(liveFormula(c.key, refs, c.id, { sep: ',', iteration: 'map' }));
    }
    expect(sheet.getRange(1, computed.disputeWindow! + 1).getFormula()).toMatch(/^=\{"Batas Pengajuan Sengketa"; MAP\(/);
    const values = sheet.getDataRange().getValues();
    const parsed = parseRegister(values, { lang: 'id' });
    const cal = new WorkCalendar(HOLIDAYS.map((h) => dayFromIso(h.date)));
    const today = dayFromIso(asOf);
    let objections = 0;
    for (const req of parsed.requests) {
      const line = values[req.row - 1];
      const want = liveValues({ received: req.received, extended: req.extended, answered: req.answered, status: req.status, objectionDate: req.objectionDate, objectionAnswered: req.objectionAnswered }, today, cal, 2);
      for (const c of COMPUTED_COLUMNS) {
        const got = line[computed[c.key]!];
        const w = want[c.key];
        const expected = w.value === '' ? '' : w.kind === 'date' ? ymd(w.value as number) : w.value;
        const actual = w.kind === 'date' ? day(got) : got;
        if (actual !== expected) expect({ row: req.row, key: c.key, value: actual }).toEqual({ row: req.row, key: c.key, value: expected });
      }
      if (req.objectionDate !== null) objections++;
    }
    expect(parsed.requests).toHaveLength(120);
    expect(objections).toBeGreaterThan(3);
  });
});
