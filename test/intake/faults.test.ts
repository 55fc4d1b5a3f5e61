// A fault at any service call of a form-submit run leaves nothing half-made: the response is
// either numbered and in the register, or neither; the next event then completes it, once.
import { formOffice, connect, answers, registerRows, numbersByName } from './support';

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
  expect(calls.total).toBeLessThanOrEqual(45);
  expect(calls.byMethod['Range.getValues']).toBeLessThanOrEqual(3);
  expect(calls.byMethod['Range.setValues']).toBe(2);
});

describe('a fault at each call of the run', () => {
  const { em: probe, pending: p0 } = setup();
  probe.resetCalls();
  probe.fireFormSubmit(p0);
  const total = probe.calls().total;

  test.each(Array.from({ length: total }, (_, k) => k + 1))('fault at call %i: all or nothing, then one retry completes it', (k) => {
    const { em, form, pending } = setup();
    em.resetCalls();
    em.rt.failAtCall = k;
    em.fireFormSubmit(pending);
    em.rt.failAtCall = null;
    const reg = registerRows(em);
    const inRegister = reg.filter((r) => r['Nama Pemohon'] === 'Pemohon 2');
    const number = numbersByName(em, form).get('Pemohon 2');
    expect(inRegister.length <= 1).toBe(true);
    expect({ numbered: number !== '', registered: inRegister.length === 1 }).toEqual(number !== '' ? { numbered: true, registered: true } : { numbered: false, registered: false });
    if (number) expect(inRegister[0]['No. Registrasi']).toBe(number);
    // Nothing half-written in the register: every row there is whole.
    for (const r of reg) expect([r['No. Registrasi'], r['Tanggal Permohonan'], r['Nama Pemohon'], r['Informasi yang Diminta']].every((v) => v !== '')).toBe(true);

    em.fireFormSubmit(pending);
    const after = registerRows(em);
    expect(after.map((r) => [r['Nama Pemohon'], r['No. Registrasi']])).toEqual([['Pemohon 1', '001/PPID/2025'], ['Pemohon 2', '002/PPID/2025']]);
    expect(numbersByName(em, form).get('Pemohon 2')).toBe('002/PPID/2025');
  });
});
