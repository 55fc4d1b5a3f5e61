// The Advanced Drive service missing from the project, or its API switched off by the admin or
// in a standard Cloud project: the officer reads one sentence naming what the admin must turn on,
// and nothing is made.
import { addonEmulator, fillRegister, SEED_ROWS } from '../support/harness';
import { t } from '../../src/core/i18n';

const REQUEST = { period: '2021-Q3', asOf: '2021-10-11' };

describe.each(['missing', 'not-configured'] as const)('Drive service %s', (driveService) => {
  test('the report menu says what the admin must turn on; no recap sheet, no file', () => {
    const em = addonEmulator({ now: '2021-10-11T03:00:00Z', driveService });
    fillRegister(em, SEED_ROWS);
    em.call('setupRegister');
    const sheetsBefore = em.spreadsheet.getSheets().map((s: any) => s.getName());
    const filesBefore = em.rt.files.size;
    em.services.ui._queueResponse({ button: 'OK', text: '2021-Q3' });
    em.call('menuQuarterlyReport');
    const dialog = em.services.ui._dialogs.at(-1);
    expect(dialog.prompt).toBe(t('id', 'err.driveDisabled'));
    expect(dialog.prompt).toMatch(/admin Google Workspace/);
    expect(em.spreadsheet.getSheets().map((s: any) => s.getName())).toEqual(sheetsBefore);
    expect(em.rt.files.size).toBe(filesBefore);
  });
});

test('with the service on, the same report is made (the switch is what changed)', () => {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  expect(em.call('generateReport', REQUEST).docId).toBeTruthy();
});
