// "Pengingat Harian" on and off through the bundle, with the ownership rules of
// src/sheets/triggers.ts: one trigger per spreadsheet whoever asks and however many at once; its
// owner recorded; another officer told whose it is; nothing half-made by a fault.
import { office, ANI, BUDI, clockTriggers, interleave, callSequence, setSetting } from './support';

const OWNED_BY_ANI =
  'Pemicu ini dipasang oleh Ani Rahma (ani@ppid.example.go.id) dan berjalan atas nama akunnya, jadi hanya Ani Rahma yang dapat mengubah atau mematikannya. Mintalah Ani Rahma melakukannya.';

function record(em: any): any {
  const raw = em.services.PropertiesService.getDocumentProperties().getProperty('ppid.trigger.dailyReminder');
  return raw ? JSON.parse(raw) : null;
}

describe('turning the daily reminder on and off', () => {
  test('the menu item opens the dialog page', () => {
    const em = office();
    em.call('onOpen');
    const menu = em.services.ui._menus[0];
    expect(menu.items.map((i: any) => [i.caption, i.functionName])).toContainEqual([
      'Pengingat Harian',
      'menuDailyReminder',
    ]);
    em.call('menuDailyReminder');
    const dialog = em.services.ui._dialogs.at(-1);
    expect(dialog.kind).toBe('modal');
    expect(dialog.title).toBe('Pengingat Harian');
    expect(dialog.content).toContain('getReminderStatus');
    expect(dialog.content).toContain('setDailyReminder');
  });

  test("on: one daily trigger at the settings hour in the spreadsheet's zone, owned and recorded; on again changes nothing", () => {
    const em = office();
    setSetting(em, 'Jam Pengingat Harian', '8');
    const first = em.call('setDailyReminder', true);
    expect(first.ok).toBe(true);
    expect(first.message).toBe('Pengingat harian aktif.');
    const [trigger] = clockTriggers(em);
    expect(clockTriggers(em)).toHaveLength(1);
    expect(trigger).toMatchObject({
      handler: 'runDailyReminder',
      owner: ANI,
      documentId: em.spreadsheet.getId(),
      schedule: { atHour: 8, everyDays: 1, timezone: 'Asia/Jakarta' },
    });
    expect(record(em)).toMatchObject({
      uid: trigger.id,
      owner: { email: ANI, name: 'Ani Rahma' },
      config: { hour: 8, timeZone: 'Asia/Jakarta' },
    });
    expect(first.status.lines[0]).toBe(
      'Aktif: dikirim setiap hari kerja sekitar pukul 08.00 (WIB). Pemicu ini atas nama Anda.',
    );
    expect(first.status).toMatchObject({ on: true, mine: true, canTurnOn: false, canTurnOff: true });

    const again = em.call('setDailyReminder', true);
    expect(again.message).toBe('Pengingat harian sudah aktif.');
    expect(clockTriggers(em).map((t: any) => t.id)).toEqual([trigger.id]);
  });

  test('another officer is told who owns it and cannot turn it off; the owner can', () => {
    const em = office();
    em.call('setDailyReminder', true);
    const seen = em.callAs(BUDI, 'getReminderStatus');
    expect(seen).toMatchObject({ on: true, mine: false, canTurnOn: false, canTurnOff: false });
    expect(seen.lines[0]).toBe(
      'Aktif: dipasang oleh Ani Rahma (ani@ppid.example.go.id), dikirim setiap hari kerja sekitar pukul 07.00 (WIB). Hanya Ani Rahma yang dapat mengubah atau mematikannya; mintalah Ani Rahma bila perlu.',
    );
    const off = em.callAs(BUDI, 'setDailyReminder', false);
    expect(off).toMatchObject({ ok: false, message: OWNED_BY_ANI });
    const on = em.callAs(BUDI, 'setDailyReminder', true);
    expect(on).toMatchObject({ ok: false, message: OWNED_BY_ANI });
    expect(clockTriggers(em).map((t: any) => t.owner)).toEqual([ANI]);

    const byOwner = em.call('setDailyReminder', false);
    expect(byOwner).toMatchObject({ ok: true, message: 'Pengingat harian dimatikan.' });
    expect(clockTriggers(em)).toHaveLength(0);
    expect(record(em)).toBeNull();
    // Now Budi may.
    expect(em.callAs(BUDI, 'setDailyReminder', true).ok).toBe(true);
    expect(clockTriggers(em).map((t: any) => t.owner)).toEqual([BUDI]);
    expect(em.call('getReminderStatus').lines[0]).toContain('dipasang oleh Budi Santoso (budi@ppid.example.go.id)');
  });

  // Every call the first officer's "on" makes is a moment the second one may click too.
  const installCalls = (() => {
    const em = office();
    return [...new Set(callSequence(em, () => em.call('setDailyReminder', true)))];
  })();

  test.each(installCalls)('two officers turning it on at once (the second at %s) leave exactly one trigger', (at) => {
    const em = office();
    const run = interleave(
      em,
      at,
      () => em.call('setDailyReminder', true),
      () => em.callAs(BUDI, 'setDailyReminder', true),
    );
    const triggers = clockTriggers(em);
    expect(triggers).toHaveLength(1);
    const rec = record(em);
    expect(rec.uid).toBe(triggers[0].id);
    expect(rec.owner.email).toBe(triggers[0].owner);
    // Exactly one of them succeeded; the other was told to wait or whose it is.
    const results = [run.outer, run.inner] as any[];
    const winners = results.filter((r) => r.ok && r.message === 'Pengingat harian aktif.');
    expect(winners).toHaveLength(1);
    const loser = results.find((r) => r !== winners[0]);
    expect(loser.ok).toBe(false);
    expect([
      OWNED_BY_ANI,
      'Petugas lain sedang mengubah pemicu ini. Tunggu sebentar lalu coba lagi.',
      expect.stringContaining('Pemicu ini dipasang oleh Budi Santoso'),
    ]).toContainEqual(loser.message);
  });

  test('without a document lock (the no-document-lock quirk: getDocumentLock() null) the script lock keeps it to one trigger', () => {
    const em = office([], undefined, ['no-document-lock']);
    expect(em.services.LockService.getDocumentLock()).toBeNull();
    const run = interleave(
      em,
      'ScriptApp.newTrigger',
      () => em.call('setDailyReminder', true),
      () => em.callAs(BUDI, 'setDailyReminder', true),
    );
    expect(clockTriggers(em)).toHaveLength(1);
    expect((run.inner as any).ok).toBe(false);
  });

  test('even with no lock at all, a second trigger that slipped in deletes itself at its first run and sends nothing', () => {
    const em = office([], '2025-07-10T03:00:00Z');
    // A lock that never excludes anyone: the worst case.
    const freeLock = {
      tryLock: () => true,
      waitLock: () => undefined,
      releaseLock: () => undefined,
      hasLock: () => true,
    };
    (em.services.LockService as any).getDocumentLock = () => freeLock;
    (em.services.LockService as any).getScriptLock = () => freeLock;
    interleave(
      em,
      'ScriptApp.newTrigger',
      () => em.call('setDailyReminder', true),
      () => em.callAs(BUDI, 'setDailyReminder', true),
    );
    expect(clockTriggers(em)).toHaveLength(2);
    const kept = record(em).uid;
    const runs = em.runClock('2025-07-12T00:00:00Z');
    expect(runs.every((r) => r.error === null)).toBe(true);
    expect(clockTriggers(em).map((t: any) => t.id)).toEqual([kept]);
  });

  test('the owner changes the hour: the dialog says so and turning on again moves the one trigger', () => {
    const em = office();
    em.call('setDailyReminder', true);
    setSetting(em, 'Jam Pengingat Harian', '15');
    const status = em.call('getReminderStatus');
    expect(status.lines).toContain('Jam di Pengaturan kini 15.00; klik Aktifkan untuk memakainya.');
    expect(status.canTurnOn).toBe(true);
    const res = em.call('setDailyReminder', true);
    expect(res.message).toBe('Jam pengingat diperbarui.');
    expect(clockTriggers(em).map((t: any) => t.schedule.atHour)).toEqual([15]);
    // A typo in the hour falls back to 07.00 instead of failing.
    setSetting(em, 'Jam Pengingat Harian', 'jam tujuh');
    em.call('setDailyReminder', true);
    expect(clockTriggers(em).map((t: any) => t.schedule.atHour)).toEqual([7]);
  });

  test('a trigger the owner lost (deleted, authorisation revoked) shows as gone and can be turned on again', () => {
    const em = office();
    em.call('setDailyReminder', true);
    em.services.ScriptApp._triggers.length = 0;
    const status = em.call('getReminderStatus');
    expect(status.lines[0]).toBe(
      'Pemicu atas nama Anda tidak ditemukan lagi (mungkin dihapus atau izin dicabut). Aktifkan kembali bila masih diperlukan.',
    );
    expect(em.call('setDailyReminder', true).message).toBe('Pengingat harian aktif.');
    expect(clockTriggers(em)).toHaveLength(1);
  });

  test('a leftover trigger of the officer that the spreadsheet forgot is replaced, not doubled', () => {
    const em = office();
    em.call('setDailyReminder', true);
    em.services.PropertiesService.getDocumentProperties().deleteProperty('ppid.trigger.dailyReminder');
    const res = em.call('setDailyReminder', true);
    expect(res.ok).toBe(true);
    expect(clockTriggers(em)).toHaveLength(1);
    expect(record(em).uid).toBe(clockTriggers(em)[0].id);
  });

  test("the same officer's reminder in another spreadsheet is never touched", () => {
    const em = office();
    em.call('setDailyReminder', true);
    const first = em.spreadsheet;
    const other = em.sheets.SpreadsheetApp.create('Register Unit Lain');
    em.setActiveSpreadsheet(other);
    em.call('setupRegister');
    em.call('setDailyReminder', true);
    em.call('setDailyReminder', false);
    em.setActiveSpreadsheet(first);
    expect(clockTriggers(em).map((t: any) => t.documentId)).toEqual([first.getId()]);
    expect(em.call('getReminderStatus').mine).toBe(true);
  });

  test('an owner whose trigger stopped running for three days can be taken over; the old trigger then removes itself', () => {
    const em = office();
    em.call('setDailyReminder', true);
    const old = clockTriggers(em)[0];
    // Ani's trigger stops firing (she left; her authorisation was revoked): it is still there, silent.
    old.nextRun = Date.parse('2025-08-01T00:00:00Z');
    em.runClock('2025-07-12T00:00:00Z');
    expect(em.callAs(BUDI, 'setDailyReminder', true).ok).toBe(false);
    em.runClock('2025-07-14T00:00:00Z');
    const status = em.callAs(BUDI, 'getReminderStatus');
    expect(status.lines[0]).toBe(
      'Dipasang oleh Ani Rahma (ani@ppid.example.go.id), tetapi tidak berjalan sejak 2025-07-10. Anda dapat mengaktifkannya kembali atas nama Anda.',
    );
    const res = em.callAs(BUDI, 'setDailyReminder', true);
    expect(res).toMatchObject({ ok: true, message: 'Pengingat harian kini berjalan atas nama Anda.' });
    expect(record(em).owner.email).toBe(BUDI);
    // Ani's trigger wakes up: it is not the spreadsheet's any more, so it goes and sends nothing.
    em.runClock('2025-08-02T00:00:00Z');
    expect(clockTriggers(em).map((t: any) => t.owner)).toEqual([BUDI]);
  });

  // Turning on fresh, and turning on again after the hour changed (delete the old, create the new).
  const scenarios: Array<[string, (em: any) => void]> = [
    ['turning on', () => undefined],
    [
      'moving to a new hour',
      (em) => {
        em.call('setDailyReminder', true);
        setSetting(em, 'Jam Pengingat Harian', '9');
      },
    ],
  ];

  test.each(scenarios)(
    'a fault at any call of %s leaves either a recorded trigger or none, and a retry works',
    (_name, prepare) => {
      const fresh = () => {
        const em = office();
        prepare(em);
        em.resetCalls();
        return em;
      };
      const probe = fresh();
      const total = callSequence(probe, () => probe.call('setDailyReminder', true)).length;
      expect(total).toBeGreaterThan(10);
      for (let n = 1; n <= total; n++) {
        const em = fresh();
        em.rt.failAtCall = n;
        let res: any;
        try {
          res = em.call('setDailyReminder', true);
        } catch (err) {
          res = { thrown: String(err) };
        }
        em.rt.failAtCall = null;
        const triggers = clockTriggers(em);
        const rec = record(em);
        const label = `fault at call ${n}: ${JSON.stringify(res?.message ?? res?.thrown)}`;
        if (rec) {
          expect({ label, ids: triggers.map((t: any) => t.id) }).toEqual({ label, ids: [rec.uid] });
        } else {
          expect({ label, triggers: triggers.length }).toEqual({ label, triggers: 0 });
        }
        expect(em.call('setDailyReminder', true).ok).toBe(true);
        expect(clockTriggers(em)).toHaveLength(1);
        expect(record(em).uid).toBe(clockTriggers(em)[0].id);
      }
    },
  );
});
