// The emulator's beliefs about installable triggers, MailApp's quota window and Drive's About,
// each from the page named in emulator/services/script.ts, clock.ts, mail.ts and drive-api.ts.
import { createEmulator, type Emulator } from '../index';

const A = 'ani@unit.go.id';
const B = 'budi@unit.go.id';

function emu(now = '2025-07-10T03:00:00Z'): Emulator {
  const em = createEmulator({ now, userEmail: A });
  // B works on the same spreadsheet: it is shared with B as an editor.
  em.addAccount(B);
  return em;
}

/** Loads a tiny bundle (one handler that records its calls) into the emulator. */
function withHandler(em: Emulator, seen: any[]): void {
  em.bundle = {
    tick(e: any) {
      seen.push({
        e,
        user: (em.services.Session as any)._rt.userEmail,
        active: em.rt.activeSpreadsheet,
        docProps: em.services.PropertiesService.getDocumentProperties() !== null,
        docLock: em.services.LockService.getDocumentLock() !== null,
      });
    },
    boom() {
      throw new Error('handler failed');
    },
  };
}

describe('installable triggers per user', () => {
  test('each officer sees and deletes only their own triggers', () => {
    const em = emu();
    const app = em.services.ScriptApp;
    const a = app.newTrigger('tick').timeBased().everyHours(1).create();
    em.rt.asUser(B, () => app.newTrigger('tick').timeBased().everyDays(1).atHour(7).create());
    expect(app.getProjectTriggers().map((t: any) => t.getUniqueId())).toEqual([a.getUniqueId()]);
    const bTriggers = em.rt.asUser(B, () => app.getProjectTriggers());
    expect(bTriggers).toHaveLength(1);
    expect(bTriggers[0].getUniqueId()).not.toBe(a.getUniqueId());
    // A's handle to B's trigger cannot exist through the API; a forged one deletes nothing.
    app.deleteTrigger(bTriggers[0]);
    expect(app._triggers).toHaveLength(2);
    em.rt.asUser(B, () => app.deleteTrigger(bTriggers[0]));
    expect(app._triggers.map((t: any) => t.owner)).toEqual([A]);
  });

  test('an add-on has one trigger of each type per user per document, only for its own file, at most hourly', () => {
    const em = emu();
    const app = em.services.ScriptApp;
    app.newTrigger('tick').timeBased().everyDays(1).atHour(7).create();
    expect(() => app.newTrigger('tick').timeBased().everyDays(1).atHour(8).create()).toThrow(
      'one trigger of each type per user per document',
    );
    // Another officer in the same spreadsheet has their own set.
    expect(() =>
      em.rt.asUser(B, () => app.newTrigger('tick').timeBased().everyDays(1).atHour(7).create()),
    ).not.toThrow();
    // Another type in the same document is fine; a trigger for another file is not.
    expect(() => app.newTrigger('tick').forSpreadsheet(em.spreadsheet).onFormSubmit().create()).not.toThrow();
    expect(() => app.newTrigger('tick').forSpreadsheet('someone-elses-sheet').onEdit().create()).toThrow(
      'only create triggers for the file',
    );
    expect(() => app.newTrigger('tick').timeBased().everyMinutes(30).create()).toThrow('once per hour');
    // Outside the add-on's restrictions (a plain script), every 30 minutes is allowed.
    app._addOn = false;
    expect(() => app.newTrigger('tick').timeBased().everyMinutes(30).create()).not.toThrow();
  });

  test('20 triggers per user: the 21st is refused, another user still has room', () => {
    const em = emu();
    em.setActiveSpreadsheet(null);
    const app = em.services.ScriptApp;
    for (let i = 0; i < 20; i++) app.newTrigger('tick').timeBased().everyHours(1).create();
    expect(() => app.newTrigger('tick').timeBased().everyHours(1).create()).toThrow('too many triggers');
    expect(() => em.rt.asUser(B, () => app.newTrigger('tick').timeBased().everyHours(1).create())).not.toThrow();
  });

  test('builder arguments are checked', () => {
    const em = emu();
    const b = () => em.services.ScriptApp.newTrigger('tick').timeBased();
    expect(() => b().atHour(24)).toThrow('Invalid argument: hour');
    expect(() => b().everyDays(0)).toThrow('Invalid argument: days');
    expect(() => b().inTimezone('Mars/Olympus')).toThrow('Invalid argument: timezone');
    expect(() => b().atHour(7).everyHours(1).create()).toThrow('atHour needs a daily or weekly schedule');
  });
});

describe('the clock fires time-driven triggers', () => {
  test('atHour + everyDays + inTimezone fires once a day between the hour and the next, 24 h apart, as its owner, in its document', () => {
    const em = emu();
    const seen: any[] = [];
    withHandler(em, seen);
    const app = em.services.ScriptApp;
    const t = em.rt.asUser(B, () =>
      app.newTrigger('tick').timeBased().atHour(7).everyDays(1).inTimezone('Asia/Jakarta').create(),
    );
    const runs = em.runClock('2025-07-14T12:00:00Z');
    expect(runs).toHaveLength(4);
    const hours = runs.map((r) => (r.at.getUTCHours() + 7) % 24);
    expect(new Set(hours)).toEqual(new Set([7]));
    for (let i = 1; i < runs.length; i++) expect(runs[i].at.getTime() - runs[i - 1].at.getTime()).toBe(24 * 3600000);
    expect(runs.every((r) => r.owner === B && r.error === null)).toBe(true);
    expect(seen.map((s) => s.user)).toEqual([B, B, B, B]);
    expect(seen.every((s) => s.active === em.spreadsheet && s.docProps)).toBe(true);
    // The event object of the Event objects guide, "Time-driven events".
    const e = seen[0].e;
    expect(e.triggerUid).toBe(t.getUniqueId());
    expect(e.authMode).toBe(app.AuthMode.FULL);
    expect(e.timezone).toBe('UTC');
    expect(e.year).toBe(2025);
    expect(e.month).toBe(7);
    expect(e['day-of-month']).toBe(11);
    expect(e['day-of-week']).toBe(5); // Friday 11 July 2025, counted from Monday = 1
    expect(e['week-of-year']).toBe(28);
    expect(e.hour).toBe(0);
    expect(em.rt.now().toISOString()).toBe('2025-07-14T12:00:00.000Z');
  });

  test('the time zone of the schedule decides the hour: 07:00 WITA is 06:00 WIB', () => {
    const em = emu();
    em.bundle = { tick() {} };
    em.services.ScriptApp.newTrigger('tick').timeBased().atHour(7).everyDays(1).inTimezone('Asia/Makassar').create();
    const [run] = em.runClock('2025-07-11T12:00:00Z');
    expect((run.at.getUTCHours() + 8) % 24).toBe(7);
  });

  test('a trigger deleted before it is due never fires; a failing handler is recorded and the clock carries on', () => {
    const em = emu();
    const seen: any[] = [];
    withHandler(em, seen);
    const app = em.services.ScriptApp;
    const gone = app.newTrigger('tick').timeBased().atHour(7).everyDays(1).create();
    app.deleteTrigger(gone);
    em.rt.asUser(B, () => app.newTrigger('boom').timeBased().atHour(9).everyDays(1).create());
    const runs = em.runClock('2025-07-12T12:00:00Z');
    expect(seen).toHaveLength(0);
    expect(runs.map((r) => r.error)).toEqual(['handler failed', 'handler failed']);
  });

  test('withoutDocument fires with no active spreadsheet, no document properties and no document lock', () => {
    const em = emu();
    const seen: any[] = [];
    withHandler(em, seen);
    em.services.ScriptApp.newTrigger('tick').timeBased().atHour(7).everyDays(1).create();
    em.runClock('2025-07-11T12:00:00Z', { withoutDocument: true });
    expect(seen).toHaveLength(1);
    expect(seen[0].active).toBeNull();
    expect(seen[0].docProps).toBe(false);
    expect(seen[0].docLock).toBe(false);
    // The spreadsheet is active again afterwards.
    expect(em.rt.activeSpreadsheet).toBe(em.spreadsheet);
  });

  test('a one-off trigger fires once and is gone; weekly schedules are not emulated', () => {
    const em = emu();
    em.bundle = { tick() {} };
    const app = em.services.ScriptApp;
    app.newTrigger('tick').timeBased().after(3600000).create();
    expect(em.runClock('2025-07-11T00:00:00Z')).toHaveLength(1);
    expect(app._triggers).toHaveLength(0);
    app.newTrigger('tick').timeBased().everyWeeks(1).onWeekDay(app.WeekDay.MONDAY).create();
    expect(() => em.runClock('2025-07-20T00:00:00Z')).toThrow(
      'not emulated: firing a time-driven trigger scheduled with everyWeeks',
    );
  });

  test('a handler missing from the bundle fails like Apps Script says', () => {
    const em = emu();
    em.bundle = {};
    em.services.ScriptApp.newTrigger('gone').timeBased().everyHours(1).create();
    expect(em.runClock('2025-07-10T04:30:00Z')[0].error).toBe('Script function not found: gone');
  });
});

describe('MailApp quota and Drive About', () => {
  test('the e-mail quota is per user and refreshes 24 hours after the first send', () => {
    const em = emu();
    const mail = em.services.MailApp;
    mail._dailyQuota = 3;
    mail.sendEmail('a@x.go.id,b@x.go.id', 's', 'b');
    expect(mail.getRemainingDailyQuota()).toBe(1);
    expect(em.rt.asUser(B, () => mail.getRemainingDailyQuota())).toBe(3);
    expect(() => mail.sendEmail('a@x.go.id,b@x.go.id', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    em.rt.advance(23 * 3600000);
    expect(mail.getRemainingDailyQuota()).toBe(1);
    em.rt.advance(3600000);
    expect(mail.getRemainingDailyQuota()).toBe(3);
  });

  test('one message: at most 50 recipients and 200 KB of body (text and HTML counted together)', () => {
    const em = emu();
    const mail = em.services.MailApp;
    mail._dailyQuota = 1000;
    const to = (n: number) => Array.from({ length: n }, (_, i) => `p${i}@x.go.id`).join(',');
    expect(() => mail.sendEmail({ to: to(51), subject: 's', body: 'b' })).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
    expect(() => mail.sendEmail({ to: to(50), subject: 's', body: 'b' })).not.toThrow();
    const half = 'x'.repeat(100 * 1024);
    expect(() => mail.sendEmail({ to: 'a@x.go.id', subject: 's', body: half, htmlBody: `${half}!` })).toThrow(
      'Limit Exceeded: Email Body Size.',
    );
    expect(() => mail.sendEmail({ to: 'a@x.go.id', subject: 's', body: half, htmlBody: half })).not.toThrow();
  });

  test('About.get needs fields and names the signed-in user', () => {
    const em = emu();
    em.rt.displayNames.set(B, 'Budi Santoso');
    const drive = em.services.Drive;
    expect(() => drive.About.get()).toThrow("'fields' parameter is required");
    expect(drive.About.get({ fields: 'user(displayName,emailAddress)' })).toEqual({
      user: { displayName: 'ani', emailAddress: A },
    });
    expect(em.rt.asUser(B, () => drive.About.get({ fields: 'user' }).user.displayName)).toBe('Budi Santoso');
    expect(drive.About.get({ fields: 'storageQuota' })).toEqual({});
  });
});
