// When the daily reminder sends and when it does not: nothing on an empty day, the annual report
// deadline only beside other lines in the first quarter, and failures (the e-mail quota, a deleted
// register, a trigger without its spreadsheet) logged, shown in the dialog and retried the next
// day: one attempt a day, never a storm.
import { row, wib } from '../support/harness';
import { office, setSetting } from './support';

/** A request received on `received`, still open. */
const open = (n: number, received: string) =>
  row({
    'No. Registrasi': `${String(n).padStart(3, '0')}/PPID/2026`,
    'Tanggal Permohonan': wib(received),
    Saluran: 'Email',
    'Nama Pemohon': `Pemohon ${n}`,
    'Kategori Pemohon': 'Perseorangan',
    'Informasi yang Diminta': 'Data',
    Topik: 'Pelatihan',
    Status: 'Diproses',
  });

// The digests only; a trigger-health report (src/ui/trigger-health.ts) is another e-mail.
const HEALTH = 'PPID Sheets: pemicu perlu perhatian';
const mails = (em: any) => em.services.MailApp._sent.filter((m: any) => !m.subject.startsWith(HEALTH));
const health = (em: any) => em.services.MailApp._sent.filter((m: any) => m.subject.startsWith(HEALTH));
const errors = (em: any) => em.logs.filter((l: any) => l.level === 'error').map((l: any) => l.message);
const lastRunLine = (em: any) => em.call('getReminderStatus').lines.at(-1);

describe('when the daily reminder sends', () => {
  test('an empty day sends nothing and says so in the dialog', () => {
    const em = office([open(1, '2026-02-02')], '2026-02-02T03:00:00Z');
    em.call('setDailyReminder', true);
    em.runClock('2026-02-04T05:00:00Z'); // Tue 3 and Wed 4 February: due 16 February, far away
    expect(mails(em)).toHaveLength(0);
    expect(lastRunLine(em)).toBe(
      'Terakhir berjalan 2026-02-04: tidak ada tenggat yang perlu diingatkan, tidak ada e-mail.',
    );
  });

  test('in the first quarter the 31 March annual report deadline joins a digest with lines, never alone', () => {
    const em = office([open(1, '2026-02-02')], '2026-02-02T03:00:00Z');
    em.call('setDailyReminder', true);
    em.runClock('2026-02-11T05:00:00Z');
    expect(mails(em)).toHaveLength(0);
    em.runClock('2026-02-12T05:00:00Z'); // 12 February: 2 working days left (13th, 16th)
    expect(mails(em)).toHaveLength(1);
    expect(mails(em)[0].body).toContain('Laporan tahunan 2025 wajib tersedia paling lambat 31/03/2026');
    expect(mails(em)[0].subject).toBe('Pengingat tenggat PPID 12/02/2026: 1 mendekati batas');
  });

  test('from April on, no annual line', () => {
    const em = office([open(1, '2026-04-01')], '2026-04-01T03:00:00Z');
    em.call('setDailyReminder', true);
    em.runClock('2026-04-20T05:00:00Z');
    expect(mails(em).length).toBeGreaterThan(0);
    for (const m of mails(em)) expect(m.body).not.toContain('Laporan tahunan');
  });

  test('the e-mail quota running out: logged, shown, one attempt a day, sent the day it is back', () => {
    const em = office([open(1, '2025-07-01')], '2025-07-10T03:00:00Z');
    setSetting(em, 'E-mail Pengingat Harian', 'a@ppid.example.go.id, b@ppid.example.go.id');
    em.call('setDailyReminder', true);
    em.services.MailApp._dailyQuota = 1; // fewer than the two recipients
    const runs = em.runClock('2025-07-15T05:00:00Z'); // Fri 11, Sat, Sun, Mon 14, Tue 15
    expect(runs).toHaveLength(5);
    expect(runs.every((r) => r.error === null)).toBe(true);
    expect(mails(em)).toHaveLength(0);
    // Three working days, three attempts, three log lines; none on the weekend.
    expect(errors(em)).toEqual([
      'PPID Sheets daily reminder: failed on 2025-07-11: Kuota e-mail harian akun ani@ppid.example.go.id tinggal 1, kurang untuk 2 penerima.',
      'PPID Sheets daily reminder: failed on 2025-07-14: Kuota e-mail harian akun ani@ppid.example.go.id tinggal 1, kurang untuk 2 penerima.',
      'PPID Sheets daily reminder: failed on 2025-07-15: Kuota e-mail harian akun ani@ppid.example.go.id tinggal 1, kurang untuk 2 penerima.',
    ]);
    expect(lastRunLine(em)).toBe(
      'Terakhir berjalan 2025-07-15: gagal: Kuota e-mail harian akun ani@ppid.example.go.id tinggal 1, kurang untuk 2 penerima. Dicoba lagi besok.',
    );
    em.services.MailApp._dailyQuota = 100;
    em.runClock('2025-07-16T05:00:00Z');
    expect(mails(em)).toHaveLength(1);
    expect(mails(em)[0].to).toEqual(['a@ppid.example.go.id', 'b@ppid.example.go.id']);
  });

  test('a send that fails is not retried the same day, whatever fires again', () => {
    const em = office([open(1, '2025-07-01')], '2025-07-10T03:00:00Z');
    em.call('setDailyReminder', true);
    let attempts = 0;
    em.rt.callHooks.push((name: string) => {
      if (name === 'MailApp.sendEmail' && ++attempts === 1) throw new Error('Service unavailable: Gmail');
    });
    em.runClock('2025-07-11T05:00:00Z');
    // One digest attempt; the failure itself is reported once, by the same run, in another e-mail.
    expect(health(em)).toHaveLength(1);
    expect(attempts - health(em).length).toBe(1);
    // The handler run again on the same day (a second firing, a manual run) does nothing.
    const trigger = em.services.ScriptApp._triggers[0];
    em.rt.asUser(trigger.owner, () =>
      em.rt.runExecution(() => em.bundle!.runDailyReminder({ triggerUid: trigger.id })),
    );
    expect(attempts - health(em).length).toBe(1);
    expect(health(em)).toHaveLength(1);
    expect(mails(em)).toHaveLength(0);
    expect(errors(em)).toEqual([
      'PPID Sheets daily reminder: failed on 2025-07-11: Terjadi kesalahan: Service unavailable: Gmail. Data register tidak diubah; coba lagi atau hubungi admin.',
    ]);
    em.runClock('2025-07-14T05:00:00Z');
    expect(attempts - health(em).length).toBe(2);
    expect(mails(em)).toHaveLength(1);
  });

  test('a deleted register sheet: logged and shown, retried the next day, sent once it is back', () => {
    const em = office([open(1, '2025-07-01')], '2025-07-10T03:00:00Z');
    em.call('setDailyReminder', true);
    const ss = em.spreadsheet;
    const register = ss.getSheetByName('Register');
    const rows = register.getDataRange().getValues();
    ss.deleteSheet(register);
    const runs = em.runClock('2025-07-11T05:00:00Z');
    expect(runs.map((r) => r.error)).toEqual([null]);
    expect(mails(em)).toHaveLength(0);
    expect(lastRunLine(em)).toBe(
      'Terakhir berjalan 2025-07-11: gagal: Sheet "Register" belum ada. Pilih menu PPID Sheets › Siapkan Register terlebih dahulu. Dicoba lagi besok.',
    );
    expect(errors(em)).toHaveLength(1);
    const back = ss.insertSheet('Register', 0);
    back.insertColumnsAfter(back.getMaxColumns(), rows[0].length - back.getMaxColumns());
    back.getRange(1, 1, rows.length, rows[0].length).setValues(rows);
    em.call('setupRegister');
    em.runClock('2025-07-14T05:00:00Z');
    expect(mails(em)).toHaveLength(1);
  });

  test('a trigger that runs without its spreadsheet (the clock-without-document quirk) reads and sends nothing, and says why in the log', () => {
    const em = office([open(1, '2025-07-01')], '2025-07-10T03:00:00Z', ['clock-without-document']);
    em.call('setDailyReminder', true);
    const runs = em.runClock('2025-07-11T05:00:00Z');
    expect(runs.map((r) => r.error)).toEqual([null]);
    expect(mails(em)).toHaveLength(0);
    expect(errors(em)).toEqual([
      'PPID Sheets daily reminder: the trigger ran without its spreadsheet; nothing was read or sent',
    ]);
  });

  test('after an add-on update that needs new permission, the trigger stops before doing anything and says so', () => {
    const em = office([open(1, '2025-07-01')], '2025-07-10T03:00:00Z');
    em.call('setDailyReminder', true);
    const app = em.services.ScriptApp;
    app._needsAuthorization.add(app._triggers[0].owner);
    em.resetCalls();
    em.runClock('2025-07-11T05:00:00Z');
    expect(mails(em)).toHaveLength(0);
    expect(em.calls().byMethod['Range.getValues']).toBeUndefined();
    expect(lastRunLine(em)).toBe(
      'Terakhir berjalan 2025-07-11: gagal: PPID Sheets diperbarui dan memerlukan izin baru dari pemilik pemicu: pemilik cukup membuka menu Ekstensi › PPID Sheets sekali. Dicoba lagi besok.',
    );
    app._needsAuthorization.clear();
    em.runClock('2025-07-14T05:00:00Z');
    expect(mails(em)).toHaveLength(1);
  });

  test('turned off, it never runs again', () => {
    const em = office([open(1, '2025-07-01')], '2025-07-10T03:00:00Z');
    em.call('setDailyReminder', true);
    em.call('setDailyReminder', false);
    expect(em.runClock('2025-07-20T05:00:00Z')).toEqual([]);
    expect(mails(em)).toHaveLength(0);
  });

  test("the digest reads the register once: one read of each sheet, whatever the register's length", () => {
    const counts: Record<string, number>[] = [];
    for (const n of [5, 500]) {
      const rows = Array.from({ length: n }, (_, i) => open(i + 1, '2025-06-30'));
      const em = office(rows, '2025-07-10T03:00:00Z');
      em.call('setDailyReminder', true);
      em.resetCalls();
      em.runClock('2025-07-11T05:00:00Z');
      expect(mails(em)).toHaveLength(1);
      // 40 lines a section at most (the 200 KB body limit), the rest counted.
      expect(mails(em)[0].subject).toBe(`Pengingat tenggat PPID 11/07/2025: ${n} mendekati batas`);
      expect(
        mails(em)[0]
          .body.split('\n')
          .filter((l: string) => l.startsWith('- ')),
      ).toHaveLength(Math.min(n, 40));
      counts.push(em.calls().byMethod);
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]['Range.getValues']).toBeLessThanOrEqual(4);
  });
});
