// #23 item 7: a Form response that arrives while a report (another officer's run, on their own
// computer) holds the office lock for more than 30 s. The trigger waits for the report to end and
// records the response; when even its longer wait runs out, the response waits in the queue (the
// response sheet's rows without a number) for the next run, and neither the dialog nor Periksa
// Data tells the officer to turn Hubungkan Formulir on, since it is on.
import { formOffice, connect, answers, registerRows, numbersByName } from './support';

/** The office lock (the document lock: the default world) taken elsewhere for `ms` from now. */
function reportHoldsLock(em: any, ms: number): void {
  em.services.LockService._holdElsewhere('document', ms);
}

function periksaData(em: any): unknown[][] {
  em.call('checkRegister');
  // The problem rows (the notes below them have no row number).
  const values: unknown[][] = em.spreadsheet.getSheetByName('Periksa Data').getDataRange().getValues();
  return values.slice(1).filter((r) => r[0] !== '');
}

describe('a form response while a report holds the lock', () => {
  test('held for 90 s: the trigger waits for the report to end and records the response', () => {
    const { em, form } = formOffice();
    expect(connect(em).ok).toBe(true);
    reportHoldsLock(em, 90000);
    const sent = em.submitForm(form, { answers: answers(1) });
    expect(sent.runs.map((r: any) => [r.error, r.result?.outcome])).toEqual([[null, 'added']]);
    expect(numbersByName(em, form).get('Pemohon 1')).toBe('001/PPID/2025');
    expect(registerRows(em).map((r) => r['Nama Pemohon'])).toEqual(['Pemohon 1']);
    expect(periksaData(em)).toEqual([]);
  });

  test('held beyond the wait: the response waits, the dialog and Periksa Data say why and what happens next', () => {
    const { em, form } = formOffice();
    connect(em);
    reportHoldsLock(em, 10 * 60000);
    const sent = em.submitForm(form, { answers: answers(1) });
    expect(sent.runs.map((r: any) => [r.error, r.result?.outcome])).toEqual([[null, 'waiting']]);
    expect(registerRows(em)).toEqual([]);
    expect(numbersByName(em, form).get('Pemohon 1')).toBe('');

    const listed = periksaData(em);
    expect(listed).toHaveLength(1);
    const message = String(listed[0][3]);
    expect(message).toContain('Hubungkan Formulir aktif');
    expect(message).toContain('lebih dari 4 menit');
    expect(message).not.toContain('Aktifkan Hubungkan Formulir');

    const status = em.call('getFormIntakeStatus');
    expect(status.on).toBe(true);
    const line = status.lines.find((l: string) => l.startsWith('Terakhir berjalan'));
    expect(line).toContain('lebih dari 4 menit, jadi jawaban belum dicatat');

    // The next run drains the queue: the next submission records both, in time order.
    em.rt.advance(10 * 60000);
    em.submitForm(form, { answers: answers(2) });
    expect(numbersByName(em, form).get('Pemohon 1')).toBe('001/PPID/2025');
    expect(numbersByName(em, form).get('Pemohon 2')).toBe('002/PPID/2025');
    expect(periksaData(em)).toEqual([]);
  });

  test('waiting after a failed run: Periksa Data gives the reason, not "turn it on"', () => {
    const { em, form } = formOffice();
    connect(em);
    // The run fails at its first service call after taking the office lock (reading the
    // settings); the trigger's claim on the run takes the lock once before that.
    let locks = 0;
    const hook = (name: string, n: number) => {
      if (name === 'Lock.tryLock' && ++locks === 2) em.rt.failAtCall = n + 1;
    };
    em.rt.callHooks.push(hook);
    const sent = em.submitForm(form, { answers: answers(1) });
    em.rt.callHooks.splice(em.rt.callHooks.indexOf(hook), 1);
    em.rt.failAtCall = null;
    expect([sent.runs[0].error, (sent.runs[0].result as any)?.outcome]).toEqual([null, 'failed']);
    const message = String(periksaData(em)[0][3]);
    expect(message).toContain('pencatatan terakhir gagal');
    expect(message).toContain('Hubungkan Formulir aktif');
  });

  test('with the intake off, Periksa Data still asks to turn it on', () => {
    const { em, form } = formOffice();
    connect(em);
    em.call('turnOffFormIntake');
    em.submitForm(form, { answers: answers(1) });
    expect(String(periksaData(em)[0][3])).toContain('Aktifkan Hubungkan Formulir');
  });
});
