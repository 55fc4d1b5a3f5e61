// The register's live formulas must say exactly what the core computes: a randomized register is
// set up in the emulator (HyperFormula evaluates the formulas) and every computed cell is compared
// with the core's value for it (core/live.ts): due date, working days, SLA status, objection due
// date, objection status and the dispute window.
import { addonEmulator, fillRegister } from '../support/harness';
import { expectLiveEqualsCore } from '../support/live';
import { generateRegister } from '../../scripts/lib/generate-register';
import { COMPUTED_COLUMNS, findColumns, findComputedColumns } from '../../src/core/register';
import { liveFormula, type FormulaRefs } from '../../src/sheets/formulas';
import { parseRegister } from '../../src/core/register';

/** Rows with an objection: the objection columns must be exercised, not only blank cells compared. */
function objections(em: any): number {
  const values = em.spreadsheet.getSheetByName('Register').getDataRange().getValues();
  return parseRegister(values, { lang: 'id' }).requests.filter((r) => r.objectionDate !== null).length;
}

function compare(locale: string, seed: number, asOf: string, cutiWorking: boolean) {
  const em = addonEmulator({ locale, userLocale: 'id', now: `${asOf}T05:00:00Z` });
  const rows = generateRegister({ rows: 150, seed, from: '2024-03-01', to: asOf, badRate: 0 });
  fillRegister(em, rows);
  em.call('setupRegister');
  if (cutiWorking) {
    const settings = em.spreadsheet.getSheetByName('Pengaturan');
    const grid = settings.getDataRange().getValues();
    const r = grid.findIndex((x: unknown[]) => x[0] === 'Cuti Bersama Dihitung Hari Kerja');
    settings.getRange(r + 1, 2).setValue('Ya');
  }
  expect(objections(em)).toBeGreaterThan(3);
  return expectLiveEqualsCore(em, asOf, cutiWorking);
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
    const n = reg
      .getRange(1, 1, reg.getMaxRows(), reg.getLastColumn())
      .getFormulas()
      .flat()
      .filter((f: string) => f).length;
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
      received: columns.received,
      extended: columns.extended ?? null,
      answered: columns.answered ?? null,
      status: columns.status ?? null,
      objectionDate: columns.objectionDate ?? null,
      objectionAnswered: columns.objectionAnswered ?? null,
      disputeDate: columns.disputeDate ?? null,
      disputeStage: columns.disputeStage ?? null,
      disputeDecided: columns.disputeDecided ?? null,
      due: computed.due!,
      objectionDue: computed.objectionDue!,
      disputeSettleDue: computed.disputeSettleDue!,
      holidays: "'Hari Libur'!$E$2:$E",
      nearDue: `Pengaturan!$B$${nearDueRow}`,
    };
    for (const c of COMPUTED_COLUMNS) {
      sheet
        .getRange(1, computed[c.key]! + 1)
        .setFormula(liveFormula(c.key, refs, c.id, { sep: ',', iteration: 'map' }));
    }
    expect(sheet.getRange(1, computed.disputeWindow! + 1).getFormula()).toMatch(
      /^=\{"Batas Pengajuan Sengketa"; MAP\(/,
    );
    expect(objections(em)).toBeGreaterThan(3);
    expect(expectLiveEqualsCore(em, asOf)).toBe(120);
  });
});
