// The form trigger under the shared ownership rules (src/sheets/triggers.ts): one per
// spreadsheet, its owner recorded, another officer told whose it is and still able to correct the
// mapping, taken over only once it has stopped working; turning it off leaves the responses
// waiting, listed by Periksa Data, and recorded when it is turned on again.
import { formOffice, connect, answers, registerRows, numbersByName, ANI, BUDI } from './support';
import { interleave } from '../reminder/support';

const formTriggers = (em: any) => em.services.ScriptApp._triggers.filter((t: any) => t.eventType === 'ON_FORM_SUBMIT');
const record = (em: any) =>
  JSON.parse(em.services.PropertiesService.getDocumentProperties().getProperty('ppid.trigger.formIntake') || 'null');
const setting = (em: any, label: string) => {
  const grid: unknown[][] = em.spreadsheet.getSheetByName('Pengaturan').getDataRange().getValues();
  return grid.find((r) => r[0] === label)?.[1];
};

describe('Hubungkan Formulir', () => {
  test('the menu item opens the dialog; without a linked form the dialog says how to link one', () => {
    const { em } = formOffice();
    em.call('onOpen');
    expect(em.services.ui._menus[0].items.map((i: any) => [i.caption, i.functionName])).toContainEqual([
      'Hubungkan Formulir',
      'menuFormIntake',
    ]);
    em.call('menuFormIntake');
    const dialog = em.services.ui._dialogs.at(-1);
    expect(dialog.title).toBe('Hubungkan Formulir');
    expect(dialog.content).toContain('getFormIntakeStatus');
    const bare = formOffice().em;
    bare.spreadsheet.deleteSheet(bare.spreadsheet.getSheetByName('Jawaban Formulir 1'));
    expect(bare.call('getFormIntakeStatus').noForm).toContain('Tautkan ke Spreadsheet');
  });

  test('proposes the mapping by question title and keeps it in the settings, where a hand correction is read back', () => {
    const { em, form } = formOffice({
      questions: ['Nama Lengkap', 'Email/Kontak', 'Informasi yang diminta', 'Apakah Anda puas?'],
    });
    const status = em.call('getFormIntakeStatus');
    expect(status.questions).toEqual([
      { title: 'Nama Lengkap', field: 'applicantName' },
      { title: 'Email/Kontak', field: 'contact' },
      { title: 'Informasi yang diminta', field: 'infoRequested' },
      { title: 'Apakah Anda puas?', field: '' },
    ]);
    expect(connect(em).ok).toBe(true);
    expect(setting(em, 'Pemetaan Formulir')).toBe(
      'Nama Pemohon = Nama Lengkap\nKontak = Email/Kontak\nInformasi yang Diminta = Informasi yang diminta',
    );
    expect(setting(em, 'Lembar Jawaban Formulir')).toBe('Jawaban Formulir 1');
    expect(setting(em, 'Saluran Formulir')).toBe('Website');
    // The officer points Catatan at the satisfaction question by hand in the settings sheet.
    const sheet = em.spreadsheet.getSheetByName('Pengaturan');
    const labels: unknown[][] = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues();
    sheet
      .getRange(labels.findIndex((l) => l[0] === 'Pemetaan Formulir') + 1, 2)
      .setValue(`${setting(em, 'Pemetaan Formulir')}\nCatatan = Apakah Anda puas?`);
    expect(em.call('getFormIntakeStatus').questions[3].field).toBe('notes');
    em.submitForm(form, {
      answers: {
        'Nama Lengkap': 'Rina',
        'Email/Kontak': '0812',
        'Informasi yang diminta': 'Jadwal',
        'Apakah Anda puas?': 'Ya',
      },
    });
    expect(registerRows(em)[0]).toMatchObject({ 'Nama Pemohon': 'Rina', Kontak: '0812', Catatan: 'Ya' });
  });

  test('the dialog refuses a mapping without the request text or the name, a column chosen twice, an unknown channel', () => {
    const { em } = formOffice();
    const status = em.call('getFormIntakeStatus');
    const base = Object.fromEntries(status.questions.map((q: any) => [q.title, q.field]));
    expect(connect(em, { mapping: { ...base, 'Informasi yang diminta': '' } }).message).toContain(
      'Informasi yang Diminta',
    );
    expect(connect(em, { mapping: { ...base, 'Nama Lengkap': '' } }).message).toContain('Nama Pemohon');
    expect(connect(em, { mapping: { ...base, Alamat: 'applicantName' } }).message).toContain(
      'lebih dari satu pertanyaan',
    );
    expect(connect(em, { channel: 'Merpati Pos' }).message).toContain('Merpati Pos');
    expect(formTriggers(em)).toEqual([]);
    expect(setting(em, 'Pemetaan Formulir')).toBe('');
  });

  test('one trigger for the spreadsheet, owned by who turned it on; saving again changes nothing', () => {
    const { em } = formOffice();
    expect(connect(em).message).toBe('Tersimpan. Jawaban baru dicatat otomatis mulai sekarang.');
    expect(formTriggers(em).map((t: any) => [t.owner, t.handler, t.source, t.sourceId])).toEqual([
      [ANI, 'onFormSubmitIntake', 'SPREADSHEETS', em.spreadsheet.getId()],
    ]);
    expect(record(em)).toMatchObject({ owner: { email: ANI, name: 'Ani Rahma' } });
    expect(connect(em).message).toBe('Pemetaan tersimpan.');
    expect(formTriggers(em)).toHaveLength(1);
  });

  test('another officer sees whose it is, may correct the mapping, may not turn it off', () => {
    const { em, form } = formOffice();
    connect(em);
    const budi = em.callAs(BUDI, 'getFormIntakeStatus');
    expect(budi.lines[0]).toBe(
      'Aktif atas nama Ani Rahma (ani@ppid.example.go.id). Hanya Ani Rahma yang dapat menonaktifkannya; pemetaan tetap dapat Anda ubah.',
    );
    expect(budi.canTurnOff).toBe(false);
    const mapping = Object.fromEntries(
      budi.questions.map((q: any) => [q.title, q.title === 'Pekerjaan' ? '' : q.field]),
    );
    const saved = connect(em, { mapping }, BUDI);
    expect(saved.message).toBe('Pemetaan tersimpan. Pemicu tetap atas nama Ani Rahma.');
    expect(formTriggers(em).map((t: any) => t.owner)).toEqual([ANI]);
    const off = em.callAs(BUDI, 'turnOffFormIntake');
    expect(off.ok).toBe(false);
    expect(off.message).toContain('Ani Rahma');
    expect(formTriggers(em)).toHaveLength(1);
    em.submitForm(form, { answers: answers(1) });
    expect(registerRows(em)[0].Pekerjaan).toBe('');
  });

  test('two officers turning it on at once: one trigger, the second told whose it is', () => {
    const { em } = formOffice();
    const { outer, inner } = interleave(
      em,
      'ScriptApp.newTrigger',
      () => connect(em),
      () => connect(em, {}, BUDI),
    );
    expect(formTriggers(em)).toHaveLength(1);
    const owner = formTriggers(em)[0].owner;
    expect(record(em).owner.email).toBe(owner);
    // The second one waited for the first's lock and is asked to try again, nothing half-saved.
    const loser = owner === ANI ? inner : outer;
    expect(loser.ok).toBe(false);
    expect(loser.message).toBe(
      'Petugas lain sedang membuat laporan atau mencatat permohonan. Tunggu sebentar lalu coba lagi.',
    );
    expect(connect(em, {}, owner === ANI ? BUDI : ANI).message).toMatch(
      /^Pemetaan tersimpan\. Pemicu tetap atas nama (Ani Rahma|Budi Santoso)\.$/,
    );
    expect(formTriggers(em)).toHaveLength(1);
  });

  test('off: no trigger; responses wait unnumbered, Periksa Data lists them; on again records them at once', () => {
    const { em, form } = formOffice();
    connect(em);
    expect(em.call('turnOffFormIntake').message).toBe(
      'Pencatatan formulir dinonaktifkan. Jawaban baru tidak dicatat lagi.',
    );
    expect(formTriggers(em)).toEqual([]);
    em.submitForm(form, { answers: answers(1) });
    expect(registerRows(em)).toEqual([]);
    const check = em.call('checkRegister');
    expect(check.problems).toBe(1);
    const listed = em.spreadsheet.getSheetByName('Periksa Data').getRange(2, 1, 1, 4).getValues()[0];
    expect(listed[0]).toBe(2);
    expect(listed[3]).toContain('belum dicatat di Register');
    const again = connect(em);
    expect(again.message).toContain('1 dicatat');
    expect(numbersByName(em, form).get('Pemohon 1')).toBe('001/PPID/2025');
  });

  test('first time on: responses already there are marked, not recorded, unless the officer asks', () => {
    const marked = formOffice();
    marked.em.submitForm(marked.form, { answers: answers(1) });
    marked.em.submitForm(marked.form, { answers: answers(2, { 'Informasi yang diminta': '' }) });
    expect(marked.em.call('getFormIntakeStatus').existing).toBe(2);
    connect(marked.em);
    expect(registerRows(marked.em)).toEqual([]);
    expect([...numbersByName(marked.em, marked.form).values()]).toEqual([
      '(tidak dicatat: sebelum terhubung)',
      '(tidak dicatat: sebelum terhubung)',
    ]);
    expect(marked.em.call('checkRegister').problems).toBe(0);

    const recorded = formOffice();
    recorded.em.submitForm(recorded.form, { answers: answers(1) });
    const saved = connect(recorded.em, { includeExisting: true });
    expect(saved.message).toContain('1 dicatat');
    expect(registerRows(recorded.em).map((r) => r['No. Registrasi'])).toEqual(['001/PPID/2025']);
  });

  test('a trigger that died (its owner left) is taken over once a response has waited an hour, not before', () => {
    const { em, form } = formOffice();
    connect(em);
    // Ani's account is gone: her trigger no longer fires.
    em.rt.asUser(ANI, () => em.services.ScriptApp.deleteTrigger(em.services.ScriptApp.getProjectTriggers()[0]));
    em.rt.advance(3600000);
    em.submitForm(form, { answers: answers(1) });
    em.rt.advance(20 * 60000);
    expect(em.callAs(BUDI, 'getFormIntakeStatus').canTurnOff).toBe(false);
    // Budi's save records the waiting response (as Budi): nothing waits any more, so not stale.
    expect(connect(em, {}, BUDI).message).toMatch(
      /^Pemetaan tersimpan\. Pemicu tetap atas nama Ani Rahma\. Terakhir berjalan 07\/07\/2025 10\.20: 1 dicatat/,
    );
    expect(numbersByName(em, form).get('Pemohon 1')).toBe('001/PPID/2025');
    em.submitForm(form, { answers: answers(2) });
    em.rt.advance(2 * 3600000);
    const status = em.callAs(BUDI, 'getFormIntakeStatus');
    expect(status.lines[0]).toMatch(
      /^Pemicu atas nama Ani Rahma \(ani@ppid\.example\.go\.id\) tampaknya tidak berjalan/,
    );
    expect(status.canTurnOff).toBe(true);
    const taken = connect(em, {}, BUDI);
    expect(taken.message).toMatch(/^Tersimpan\. Pemicu sekarang atas nama Anda\./);
    expect(formTriggers(em).map((t: any) => t.owner)).toEqual([BUDI]);
    expect(numbersByName(em, form).get('Pemohon 2')).toBe('002/PPID/2025');
    em.submitForm(form, { answers: answers(3) });
    expect(numbersByName(em, form).get('Pemohon 3')).toBe('003/PPID/2025');
  });

  test('an add-on update that needs new permission: the trigger stops before writing, says so, and the next run catches up', () => {
    const { em, form } = formOffice();
    connect(em);
    const app = em.services.ScriptApp;
    app._needsAuthorization.add(ANI);
    const r = em.submitForm(form, { answers: answers(1) });
    expect(r.runs[0].result).toMatchObject({ outcome: 'failed', added: [] });
    expect(registerRows(em)).toEqual([]);
    expect(numbersByName(em, form).get('Pemohon 1')).toBe('');
    expect(em.call('getFormIntakeStatus').lines.join(' ')).toContain('memerlukan izin baru');
    app._needsAuthorization.clear();
    em.submitForm(form, { answers: answers(2) });
    expect(registerRows(em).map((x) => x['No. Registrasi'])).toEqual(['001/PPID/2025', '002/PPID/2025']);
  });

  test('a response sheet from another form linked to the same spreadsheet is never recorded', () => {
    const { em, form } = formOffice();
    connect(em);
    const other = em.linkForm({ questions: ['Nama Lengkap', 'Informasi yang diminta'] });
    const r = em.submitForm(other, { answers: { 'Nama Lengkap': 'Survei', 'Informasi yang diminta': 'Kepuasan' } });
    expect(r.runs[0].result).toMatchObject({ outcome: 'otherForm' });
    expect(registerRows(em)).toEqual([]);
    em.submitForm(form, { answers: answers(1) });
    expect(registerRows(em).map((x) => x['Nama Pemohon'])).toEqual(['Pemohon 1']);
  });
});
