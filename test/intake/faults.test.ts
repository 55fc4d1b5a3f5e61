// A fault at any service call of a form-submit run leaves nothing half-made: the response is
// either numbered and in the register, or neither; the next event then completes it, once.
import { formOffice, connect, answers, registerRows, numbersByName } from './support';
import { setSettings, LETTER_SETTINGS } from '../support/letters';

function setup() {
  const { em, form } = formOffice();
  connect(em);
  em.submitForm(form, { answers: answers(1) });
  em.rt.advance(600000);
  const second = em.submitForm(form, { answers: answers(2) }, { fire: false });
  return { em, form, pending: second.pending[0] };
}

test('a clean run costs the same few calls whatever the size: one read of each sheet', () => {
  const { em, pending } = setup();
  em.resetCalls();
  em.fireFormSubmit(pending);
  const calls = em.calls();
  // 45 before the Log Aktivitas row (#26 item 4): find the sheet, its last row, Drive's About, one appendRow.
  expect(calls.total).toBeLessThanOrEqual(49);
  expect(calls.byMethod['Range.getValues']).toBeLessThanOrEqual(3);
  expect(calls.byMethod['Range.setValues']).toBe(2);
});

describe('a fault at each call of the run', () => {
  const { em: probe, pending: p0 } = setup();
  probe.resetCalls();
  probe.fireFormSubmit(p0);
  const total = probe.calls().total;

  test.each(Array.from({ length: total }, (_, k) => k + 1))(
    'fault at call %i: all or nothing, then one retry completes it',
    (k) => {
      const { em, form, pending } = setup();
      em.resetCalls();
      em.rt.failAtCall = k;
      em.fireFormSubmit(pending);
      em.rt.failAtCall = null;
      const reg = registerRows(em);
      const inRegister = reg.filter((r) => r['Nama Pemohon'] === 'Pemohon 2');
      const number = numbersByName(em, form).get('Pemohon 2');
      expect(inRegister.length <= 1).toBe(true);
      expect({ numbered: number !== '', registered: inRegister.length === 1 }).toEqual(
        number !== '' ? { numbered: true, registered: true } : { numbered: false, registered: false },
      );
      if (number) expect(inRegister[0]['No. Registrasi']).toBe(number);
      // Nothing half-written in the register: every row there is whole.
      for (const r of reg)
        expect(
          [r['No. Registrasi'], r['Tanggal Permohonan'], r['Nama Pemohon'], r['Informasi yang Diminta']].every(
            (v) => v !== '',
          ),
        ).toBe(true);

      em.fireFormSubmit(pending);
      const after = registerRows(em);
      expect(after.map((r) => [r['Nama Pemohon'], r['No. Registrasi']])).toEqual([
        ['Pemohon 1', '001/PPID/2025'],
        ['Pemohon 2', '002/PPID/2025'],
      ]);
      expect(numbersByName(em, form).get('Pemohon 2')).toBe('002/PPID/2025');
    },
  );
});

describe('receipts on: a fault at each call from the register write on', () => {
  // The receipt's letter number is logged under the lock after the register write, the e-mail sent
  // after the lock: a fault there never undoes the request, never logs a number twice, and never
  // sends a receipt whose number is not in the log.
  function receiptSetup() {
    const { em, form } = formOffice({ emailCollection: 'verified' });
    setSettings(em, LETTER_SETTINGS);
    connect(em, { receipt: true });
    em.submitForm(form, { answers: answers(1), email: 'satu@gmail.com' });
    em.rt.advance(600000);
    const second = em.submitForm(form, { answers: answers(2), email: 'dua@gmail.com' }, { fire: false });
    em.resetCalls();
    return { em, form, pending: second.pending[0] };
  }
  const log = (em: any): unknown[][] => em.spreadsheet.getSheetByName('Surat').getDataRange().getValues().slice(1);
  const mails = (em: any): Array<{ to: string[]; body: string }> => em.services.MailApp._sent;

  const probe = receiptSetup();
  const names: string[] = [];
  probe.em.rt.callHooks.push((name: string) => names.push(name));
  probe.em.fireFormSubmit(probe.pending);
  // The register write is the run's second setValues (the first writes the response numbers).
  const from = names.indexOf('Range.setValues', names.indexOf('Range.setValues') + 1) + 1;
  const to = names.length;

  test('the clean run sends the receipt after logging it', () => {
    expect(from).toBeGreaterThan(1);
    expect(names.slice(from)).toEqual(expect.arrayContaining(['MailApp.sendEmail']));
    expect(mails(probe.em).map((m) => m.to[0])).toEqual(['satu@gmail.com', 'dua@gmail.com']);
  });

  test.each(Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k))(
    'fault at call %i: the request kept or whole, each receipt logged once and sent only when logged',
    (k) => {
      const { em, form, pending } = receiptSetup();
      em.rt.failAtCall = k;
      em.fireFormSubmit(pending);
      em.rt.failAtCall = null;
      em.fireFormSubmit(pending);
      expect(registerRows(em).map((r) => [r['Nama Pemohon'], r['No. Registrasi']])).toEqual([
        ['Pemohon 1', '001/PPID/2025'],
        ['Pemohon 2', '002/PPID/2025'],
      ]);
      expect(numbersByName(em, form).get('Pemohon 2')).toBe('002/PPID/2025');
      const ofSecond = log(em).filter((r) => r[1] === '002/PPID/2025');
      const sentSecond = mails(em).filter((m) => m.to[0] === 'dua@gmail.com');
      expect(ofSecond.length).toBeLessThanOrEqual(1);
      expect(sentSecond.length).toBeLessThanOrEqual(ofSecond.length);
      if (sentSecond.length) expect(sentSecond[0].body).toContain(`Nomor: ${ofSecond[0][3]}`);
      // Letter numbers stay unique.
      const numbers = log(em).map((r) => String(r[3]));
      expect(new Set(numbers).size).toBe(numbers.length);
    },
  );
});
