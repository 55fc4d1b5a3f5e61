// #23 item 4's order of work takes the chart pictures from the new recap sheet while it is still
// hidden under its temporary name. Whether Google draws a chart on a hidden sheet is not
// documented (conformance check chart.getAs.hidden-sheet): under the emulator's
// `hidden-chart-no-picture` quirk it does not, and the report must still come out whole, with its
// pictures, and leave no half-made sheet visible, on a first report and on a regeneration.
import { addonEmulator, fillRegister, SEED_ROWS } from '../support/harness';
import { visibleFiles } from './faults';

describe.each([[[] as string[]], [['hidden-chart-no-picture']]])(
  'chart pictures from a hidden draft (quirks %j)',
  (quirks) => {
    test('the report is made with every chart picture, and only the finished recap sheet is visible', () => {
      const em = addonEmulator({ now: '2021-10-11T03:00:00Z', quirks });
      fillRegister(em, SEED_ROWS);
      em.call('setupRegister');
      for (let run = 0; run < 2; run++) {
        const result = em.call('generateReport', { period: '2021-Q3', asOf: '2021-10-11' });
        const body = em.services.DocumentApp.openById(result.docId).getBody();
        expect(body.getImages().length).toBe(4);
        const visible = em.spreadsheet
          .getSheets()
          .filter((s: any) => !s.isSheetHidden())
          .map((s: any) => s.getName());
        expect(visible.filter((n: string) => n.startsWith('Rekap'))).toEqual(['Rekap TW III 2021']);
        expect(visibleFiles(em)).toHaveLength(3);
      }
    });
  },
);
