// The activity log's remaining actions (#26 item 4): a Form intake run, holiday corrections and
// adopting (mapping) a register each write one Log Aktivitas row with the time, the effective
// user's address, the action, the period or rows and no applicant data; a log that cannot be
// written never stops the run, and the run's result says so.
import { addonEmulator } from '../support/harness';
import { formOffice, connect, answers, ANI, BUDI } from '../intake/support';
import { perkiRows } from '../fixtures/adopt/layouts';

function logRows(em: any): string[][] {
  return em.rt.uncounted(() => {
    const sheet = em.spreadsheet.getSheetByName('Log Aktivitas');
    if (!sheet || sheet.getLastRow() < 2) return [];
    return sheet
      .getRange(2, 1, sheet.getLastRow() - 1, 5)
      .getValues()
      .map((r: unknown[]) => r.map((v) => (v instanceof Date ? v.toISOString() : String(v))));
  });
}

const byAction = (em: any, action: string) => logRows(em).filter((r) => r[2] === action);

describe('Log Aktivitas: intake, holiday corrections, mapping', () => {
  test("a form trigger's run: one row as the trigger's owner, the numbers given, no name, address or request text", () => {
    const { em, form } = formOffice();
    connect(em, {}, BUDI);
    em.submitForm(form, { answers: answers(1) }, { fire: false });
    const pending = em.submitForm(form, { answers: answers(2) }, { fire: false }).pending[0];
    em.fireFormSubmit(pending);
    const rows = byAction(em, 'Permohonan dari formulir dicatat');
    expect(rows).toHaveLength(1);
    expect(rows[0][1]).toBe(BUDI);
    expect(rows[0][3]).toBe('2 permohonan: 001/PPID/2025, 002/PPID/2025');
    const all = JSON.stringify(logRows(em));
    for (const i of [1, 2]) {
      for (const v of Object.values(answers(i)).filter((x) => x !== 'Mahasiswa' && x !== 'Penelitian'))
        expect(all).not.toContain(v);
    }
    // A retried event records nothing, and logs nothing.
    em.fireFormSubmit(pending);
    expect(byAction(em, 'Permohonan dari formulir dicatat')).toHaveLength(1);
  });

  test('the log write failing: the requests are recorded all the same, and the dialog says the row is missing', () => {
    const { em, form } = formOffice();
    connect(em);
    em.rt.callHooks.push((name: string) => {
      if (name === 'Sheet.appendRow') throw new Error('Service error: Spreadsheets');
    });
    em.submitForm(form, { answers: answers(1) });
    expect(byAction(em, 'Permohonan dari formulir dicatat')).toHaveLength(0);
    const status = em.call('getFormIntakeStatus');
    expect(status.lines).toContain('Tindakan ini selesai, tetapi tidak tercatat di sheet Log Aktivitas.');
    const reg = em.spreadsheet.getSheetByName('Register');
    expect(reg.getRange(2, 1).getValue()).toBe('001/PPID/2025');
  });

  test('holiday corrections applied: one row with how many, by the officer who applied them', () => {
    const em = addonEmulator({ now: '2026-06-01T03:00:00Z', userEmail: ANI });
    em.call('setupRegister');
    const hol = em.spreadsheet.getSheetByName('Hari Libur');
    hol.getRange(3, 1, 2, 4).clearContent(); // two decreed dates gone
    const applied = em.call('applyHolidayCorrections');
    expect(applied).toBe(2);
    const rows = byAction(em, 'Koreksi Hari Libur diterapkan');
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(1, 4)).toEqual([ANI, 'Koreksi Hari Libur diterapkan', '2 koreksi']);
    // Nothing to correct: no row.
    expect(em.call('applyHolidayCorrections')).toBe(0);
    expect(byAction(em, 'Koreksi Hari Libur diterapkan')).toHaveLength(1);
  });

  test('adopting a register under its own headers: one mapping row naming the sheet and header row, not a setup row too', () => {
    const em = addonEmulator({ userEmail: ANI });
    const sheet = em.spreadsheet.getSheets()[0];
    sheet.setName('Register 2025');
    const rows = perkiRows();
    sheet.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    const p = em.call('previewRegister', {});
    em.call('adoptRegister', { sheetId: p.sheetId, mapping: p.json });
    const log = logRows(em);
    expect(log).toHaveLength(1);
    expect(log[0].slice(1, 4)).toEqual([
      ANI,
      'Register dipetakan (Siapkan Register)',
      'sheet "Register 2025", baris judul 1',
    ]);
    // No applicant's name from the register in the log.
    const names = rows.slice(1).map((r) => r[3]);
    for (const n of names.filter(Boolean)) expect(JSON.stringify(log)).not.toContain(String(n));
  });
});
