// Issue #18's acceptance, through the bundle in the emulator: 50 submissions of a linked Google
// Form, some at the same time, some malformed, some delivered twice or as a blank twin, some
// after the officer sorted or filtered the responses, one with another officer's stray trigger
// firing too. The good ones get unique consecutive numbers, each bad one is listed by Periksa
// Data, and nothing is written twice. Run as Google behaves by default and with the document
// lock missing (the `no-document-lock` quirk: the add-on falls back to the script lock).
import type { Emulator, EmulatedForm, PendingFormEvent, FormRun } from '@ppid-sheets/emulator';
import { formOffice, connect, answers, registerRows, responses, numbersByName, BUDI, ANI } from './support';

type Kind = 'good' | 'noInfo' | 'noDate' | 'badDate' | 'noName';

/** What submission i is: every tenth pattern repeats, 11 of 50 malformed. */
function kindOf(i: number): Kind {
  if (i % 10 === 3) return 'noInfo';
  if (i % 10 === 7) return i % 20 === 7 ? 'noDate' : 'badDate';
  if (i === 29) return 'noName';
  return 'good';
}

function submission(i: number) {
  const kind = kindOf(i);
  const a = answers(i);
  if (kind === 'noInfo') a['Informasi yang diminta'] = '  ';
  if (kind === 'noName') a['Nama Lengkap'] = '';
  const at = kind === 'noDate' ? null : kind === 'badDate' ? 'minggu lalu' : undefined;
  return { kind, sub: { answers: a, at } };
}

/** Runs `outer`; the `nth` time the call `name` happens inside it, runs `inner` (another execution). */
function during<T>(em: Emulator, name: string, nth: number, outer: () => T, inner: () => void): T {
  let seen = 0;
  let done = false;
  const hook = (n: string) => {
    if (done || n !== name) return;
    seen += 1;
    if (seen === nth) {
      done = true;
      inner();
    }
  };
  em.rt.callHooks.push(hook);
  try {
    const r = outer();
    if (!done) throw new Error(`the second submission never started: fewer than ${nth} ${name} calls`);
    return r;
  } finally {
    em.rt.callHooks.splice(em.rt.callHooks.indexOf(hook), 1);
  }
}

function responseSheet(em: Emulator, form: EmulatedForm): any {
  return em.spreadsheet.getSheetByName(form.sheetName);
}

describe.each([[[] as string[]], [['no-document-lock']]])('50 form submissions (quirks %j)', (quirks) => {
  test('good ones numbered once, consecutively, in time order; bad ones unnumbered and listed; nothing written twice', () => {
    const { em, form } = formOffice({ quirks });
    expect(connect(em, { applicantType: 'Perseorangan' }).ok).toBe(true); // a type chosen (the default leaves it blank: category.test.ts)
    const kinds = new Map<string, Kind>();
    const events: PendingFormEvent[] = [];
    const runs: FormRun[] = [];
    const fire = (p: PendingFormEvent, opts?: { blank?: boolean }) => {
      const r = em.fireFormSubmit(p, opts);
      runs.push(r);
      return r;
    };
    const submit = (i: number, fireNow = true) => {
      const { kind, sub } = submission(i);
      kinds.set(`Pemohon ${i}`, kind);
      const r = em.submitForm(form, sub, { fire: false });
      events.push(...r.pending);
      if (fireNow) r.pending.forEach((p) => fire(p));
      return r.pending;
    };
    let stray = 0;
    let lostLock = 0;

    for (let i = 1; i <= 50; i++) {
      // Three hours between submissions: the received dates run over a weekend and six days.
      em.rt.advance(3 * 3600000);
      if (i % 8 === 1 && i < 50) {
        // Two people submit at once: both rows are written before either trigger runs.
        const a = submit(i, false);
        em.rt.advance(1000);
        const b = submit(++i, false);
        [...a, ...b].forEach((p) => fire(p));
        continue;
      }
      if (i % 12 === 6) {
        // The next submission arrives while this one's run is writing: it cannot get the lock.
        const { sub } = submission(i);
        kinds.set(`Pemohon ${i}`, kindOf(i));
        const first = em.submitForm(form, sub, { fire: false });
        events.push(...first.pending);
        const j = ++i;
        during(
          em,
          'Range.setValues',
          1,
          () => first.pending.forEach((p) => fire(p)),
          () => {
            const before = runs.length;
            submit(j);
            lostLock += runs.slice(before).filter((r: any) => r.result && r.result.outcome === 'waiting').length;
          },
        );
        continue;
      }
      if (i === 22) {
        // Budi once made a form trigger of his own (another computer, an old version): it fires too.
        em.rt.asUser(BUDI, () =>
          em.services.ScriptApp.newTrigger('onFormSubmitIntake').forSpreadsheet(em.spreadsheet).onFormSubmit().create(),
        );
        stray = 1;
      }
      const pending = submit(i);
      // Google delivers some events twice, and some with a blank twin seconds later.
      if (i % 5 === 0) pending.forEach((p) => fire(p));
      if (i % 9 === 0) pending.forEach((p) => fire(p, { blank: true }));
      if (i === 20 || i === 40) {
        // The officer sorts the responses by name, Z to A; then an old event is delivered again:
        // its row now holds someone else's response.
        responseSheet(em, form).sort(2, false);
        fire(events[1]);
        fire(events[12]);
      }
      if (i === 35) {
        // A filter hides rows (as a filter view does for the officer); a retry arrives meanwhile.
        responseSheet(em, form).hideRows(2, 6);
        fire(events[5]);
      }
    }

    // The last event found every good response: a final retry changes nothing.
    const numbersNow = () =>
      registerRows(em)
        .map((r) => r['No. Registrasi'])
        .join(' ');
    const before = numbersNow();
    fire(events[events.length - 1]);
    expect(numbersNow()).toBe(before);

    const good = [...kinds].filter(([, k]) => k === 'good').map(([n]) => n);
    const bad = [...kinds].filter(([, k]) => k !== 'good').map(([n]) => n);
    expect(kinds.size).toBe(50);
    expect(bad.length).toBe(11);
    expect(lostLock).toBeGreaterThan(0);
    expect(runs.every((r) => r.error === null)).toBe(true);

    // The register: one row per good response, none for a bad one, numbers 001… without a gap.
    const reg = registerRows(em);
    expect(reg.map((r) => r['Nama Pemohon']).sort()).toEqual([...good].sort());
    const numbers = reg.map((r) => String(r['No. Registrasi']));
    expect(new Set(numbers).size).toBe(good.length);
    expect([...numbers].sort()).toEqual(good.map((_, k) => `${String(k + 1).padStart(3, '0')}/PPID/2025`));
    expect(
      reg.every((r) => r.Saluran === 'Website' && r['Kategori Pemohon'] === 'Perseorangan' && r.Status === 'Diproses'),
    ).toBe(true);

    // The response sheet: 50 rows (none added twice), each good one carrying its register number,
    // each bad one blank; numbers rise with submission time whatever order the rows are in now.
    const { rows } = responses(em, form);
    expect(rows.filter((r) => r.some((v) => v !== '')).length).toBe(50);
    const byName = numbersByName(em, form);
    for (const r of reg) expect(byName.get(String(r['Nama Pemohon']))).toBe(r['No. Registrasi']);
    const { head } = responses(em, form);
    const byAddress = new Map(
      rows.map((r) => [String(r[head.indexOf('Alamat')]), String(r[head.indexOf('No. Registrasi PPID')])]),
    );
    for (const n of bad) expect(byAddress.get(`Jl. Contoh No. ${n.split(' ')[1]}, Bandung`)).toBe('');
    const order = good
      .map((n) => Number(n.split(' ')[1]))
      .sort((x, y) => x - y)
      .map((i) => byName.get(`Pemohon ${i}`));
    expect(order).toEqual([...order].sort());

    // Each received date is the submission's day in WIB.
    const firstGood = reg.find((r) => r['Nama Pemohon'] === good[0])!;
    expect((firstGood['Tanggal Permohonan'] as Date).toISOString()).toBe('2025-07-06T17:00:00.000Z');

    // Budi's stray trigger ran once, wrote nothing and deleted itself; Ani's is the only one left.
    const triggers = em.services.ScriptApp._triggers.filter((t: any) => t.eventType === 'ON_FORM_SUBMIT');
    expect(stray).toBe(1);
    expect(runs.filter((r) => r.owner === BUDI).map((r) => r.result)).toEqual([null]);
    expect(triggers.map((t: any) => t.owner)).toEqual([ANI]);

    // Periksa Data lists each bad response at its current row, and nothing else.
    const check = em.call('checkRegister');
    expect(check.problems).toBe(bad.length);
    // Columns A–D (column F's status lines may run longer than the problems).
    const listed: unknown[][] = em.spreadsheet
      .getSheetByName('Periksa Data')
      .getDataRange()
      .getValues()
      .slice(1)
      .filter((r: unknown[]) => r[0] !== '');
    // Rows are found by address (unique per submission; a malformed one may lack the name).
    const addressCol = head.indexOf('Alamat');
    const rowOf = new Map(rows.map((r, k) => [String(r[addressCol]), k + 2]));
    const expected = bad.map((n) => rowOf.get(`Jl. Contoh No. ${n.split(' ')[1]}, Bandung`)!).sort((x, y) => x - y);
    expect(listed.map((r) => Number(r[0])).sort((x, y) => x - y)).toEqual(expected);
    for (const r of listed) expect(String(r[2])).toMatch(/^Jawaban Formulir 1 › /);
    expect(listed.filter((r) => /tanpa informasi yang diminta/.test(String(r[3]))).length).toBe(
      [...kinds.values()].filter((k) => k === 'noInfo').length,
    );
    expect(listed.filter((r) => /tanpa stempel waktu/.test(String(r[3]))).length).toBe(
      [...kinds.values()].filter((k) => k === 'noDate').length,
    );
    expect(listed.filter((r) => /bukan tanggal yang dapat dibaca/.test(String(r[3]))).length).toBe(
      [...kinds.values()].filter((k) => k === 'badDate').length,
    );

    // No receipt without the setting.
    expect(em.services.MailApp._sent).toEqual([]);
  }, 120000);
});
