// #23 item 5: once the report is made and shared, a fault in what follows (the notice e-mail, a
// toast, the lock's release) must not show the officer an error. The report dialog opens as after
// any report, says what was done, and says what failed and what is left to do by hand.
import { addonEmulator, fillRegister, SEED_ROWS } from '../support/harness';
import { recordCalls, visibleFiles } from './faults';

const PERIOD = '2021-Q3';

function officeWithReport() {
  const em = addonEmulator({ now: '2021-10-11T03:00:00Z' });
  fillRegister(em, SEED_ROWS);
  em.call('setupRegister');
  const sheet = em.spreadsheet.getSheetByName('Pengaturan');
  const labels: unknown[][] = sheet.getDataRange().getValues();
  const set = (label: string, value: string) =>
    sheet.getRange(labels.findIndex((r) => r[0] === label) + 1, 2).setValue(value);
  set('E-mail PPID Pusat', 'ppid.pusat@example.go.id');
  set('Kirim E-mail Pemberitahuan', 'Ya');
  // The quarter has a report already: the run regenerates it, as the officer's second try would.
  em.call('generateReport', { period: PERIOD, asOf: '2021-10-11' });
  return em;
}

/**
 * Runs the menu item with a fault at the named call (its `nth` occurrence; negative: from the
 * end), and what the officer saw. The reference run and the faulted one both regenerate.
 */
function menuRunWithFault(call: string, nth = -1) {
  const em = officeWithReport();
  const menu = () => {
    em.services.ui._queueResponse({ button: 'OK', text: PERIOD });
    em.call('menuQuarterlyReport');
  };
  em.resetCalls();
  const sequence = recordCalls(em, menu);
  const indices = sequence.flatMap((name, i) => (name === call ? [i + 1] : []));
  expect(indices.length).toBeGreaterThanOrEqual(Math.abs(nth));
  const at = nth < 0 ? indices[indices.length + nth] : indices[nth - 1];
  em.services.MailApp._remaining = 100;
  const before = em.services.MailApp._sent.length;
  const dialogs = em.services.ui._dialogs.length;
  const previous = visibleFiles(em).map((f: any) => f.id);
  em.resetCalls();
  em.rt.failAtCall = at;
  menu();
  em.rt.failAtCall = null;
  const shown = em.services.ui._dialogs.slice(dialogs);
  return { em, shown, previous, mailed: em.services.MailApp._sent.length - before };
}

describe('a fault after the report is shared', () => {
  test.each([
    ['the notice e-mail', 'MailApp.sendEmail'],
    ['the last toast', 'Spreadsheet.toast'],
    ['the lock release', 'Lock.releaseLock'],
  ])('%s: the report dialog, not an error, and the report is complete and shared', (_what, call) => {
    const { em, shown } = menuRunWithFault(call);
    expect(shown.filter((d: any) => d.kind === 'alert').map((d: any) => d.title)).toEqual([]);
    const done = shown.find((d: any) => d.kind === 'modal');
    expect(done?.title).toBe('Laporan TW III 2021 selesai');
    expect(done.content).toContain('Dibagikan ke ppid.pusat@example.go.id sebagai pembaca.');
    const files = visibleFiles(em);
    expect(files.map((f: any) => f.name.replace(/.*2021/, '')).sort()).toEqual(['', '.json', '.pdf']);
    for (const f of files) expect([...f.viewers]).toEqual(['ppid.pusat@example.go.id']);
    expect(em.spreadsheet.getSheetByName('Rekap TW III 2021').isSheetHidden()).toBe(false);
  });

  test('the notice e-mail failing: the dialog says the report was made and shared, and that the e-mail was not sent', () => {
    const { shown, mailed } = menuRunWithFault('MailApp.sendEmail');
    const done = shown.find((d: any) => d.kind === 'modal');
    expect(mailed).toBe(0);
    expect(done.content).not.toContain('E-mail pemberitahuan dikirim.');
    expect(done.content).toContain(
      'Laporan sudah dibuat dan dibagikan, tetapi e-mail pemberitahuan tidak terkirim (Service error: injected fault at call',
    );
  });

  test('the closing toast failing: nothing for the officer to do, and nothing that reads as a failed report', () => {
    const { shown } = menuRunWithFault('Spreadsheet.toast');
    const done = shown.find((d: any) => d.kind === 'modal');
    expect(done.content).toContain('E-mail pemberitahuan dikirim.');
    expect(done.content).toContain('Laporan lengkap, tetapi langkah penutup gagal');
  });

  test('a fault before the commit (renaming the document) still shows the error, and the previous report stands', () => {
    const { em, shown, previous } = menuRunWithFault('Drive.Files.update', 1);
    expect(previous).toHaveLength(3);
    expect(shown.filter((d: any) => d.kind === 'alert')).toHaveLength(1);
    expect(shown.some((d: any) => d.kind === 'modal')).toBe(false);
    // The files visible are the previous report's, nothing new beside them.
    expect(visibleFiles(em).map((f: any) => f.id)).toEqual(previous);
  });
});
