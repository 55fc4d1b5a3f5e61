// Several Google accounts in one emulated office: drive.file grants per person, sharing and its
// inheritance, trash by the owner only, edit rights on a shared spreadsheet, quotas per account
// and kind, what Session tells, triggers of a deleted account and of one without access.
import { createEmulator } from '../index';

const A = 'ani@ppid.example.go.id';
const B = 'budi@ppid.example.go.id';
const C = 'citra@gmail.com';
const FOLDER = 'application/vnd.google-apps.folder';

function office(quirks: string[] = []) {
  const em = createEmulator({ now: '2025-07-10T03:00:00Z', userEmail: A, quirks });
  em.addAccount(B);
  const { Drive } = em.services;
  return { em, Drive, as: <T>(who: string, fn: () => T) => em.rt.asUser(who, fn) };
}

describe('drive.file grants are per person', () => {
  test("A's folder is out of B's reach through the Drive API, even shared, until B picks it", () => {
    const { em, Drive, as } = office();
    const folder = Drive.Files.create({ name: 'Laporan PPID', mimeType: FOLDER });
    expect(Drive.Files.get(folder.id, { fields: 'id' })).toEqual({ id: folder.id });
    // Not shared: B cannot see it at all, and the Picker would not offer it.
    expect(() => as(B, () => Drive.Files.get(folder.id))).toThrow(/File not found/);
    expect(() => as(B, () => em.rt.grantToApp(folder.id))).toThrow(/cannot see/);
    // Shared with B as a writer: B sees it in Drive, but the app has no grant for B yet.
    em.share(folder.id, B, 'editor');
    expect(() => as(B, () => Drive.Files.get(folder.id))).toThrow(/File not found/);
    as(B, () => em.rt.grantToApp(folder.id));
    const made = as(B, () =>
      Drive.Files.create({ name: 'laporan.pdf', parents: [folder.id], mimeType: 'application/pdf' }),
    );
    expect(em.rt.files.get(made.id)!.owner).toBe(B);
    // A sees B's file (inherited from A's folder), but the app holds no grant for A on it.
    expect(() => Drive.Files.get(made.id)).toThrow(/File not found/);
  });

  test('a picked folder grants itself only; under picker-folder-grants-children its contents too', () => {
    for (const quirk of [[], ['picker-folder-grants-children']]) {
      const { em, Drive, as } = office(quirk);
      const folder = Drive.Files.create({ name: 'Surat PPID', mimeType: FOLDER });
      const inside = Drive.Files.create({
        name: 'templat',
        parents: [folder.id],
        mimeType: 'application/vnd.google-apps.document',
      });
      em.share(folder.id, B, 'editor');
      as(B, () => em.rt.grantToApp(folder.id));
      const reach = () => as(B, () => Drive.Files.get(inside.id, { fields: 'id' }));
      if (quirk.length) expect(reach()).toEqual({ id: inside.id });
      else expect(reach).toThrow(/File not found/);
    }
  });

  test('only the owner may trash; a writer may rename; a reader may do neither', () => {
    const { em, Drive, as } = office();
    const doc = Drive.Files.create({ name: 'Laporan TW II', mimeType: 'application/pdf' });
    em.share(doc.id, B, 'editor');
    as(B, () => em.rt.grantToApp(doc.id));
    expect(() => as(B, () => Drive.Files.update({ trashed: true }, doc.id))).toThrow(/sufficient permissions/);
    expect(as(B, () => Drive.Files.update({ name: 'baru' }, doc.id)).name).toBe('baru');
    em.share(doc.id, B, 'viewer');
    expect(() => as(B, () => Drive.Files.update({ name: 'lagi' }, doc.id))).toThrow(/sufficient permissions/);
    expect(Drive.Files.update({ trashed: true }, doc.id)).toBeTruthy();
    // In the owner's trash, nobody else sees it.
    expect(() => as(B, () => Drive.Files.get(doc.id))).toThrow(/File not found/);
  });

  test('a reader of a folder cannot add to it', () => {
    const { em, Drive, as } = office();
    const folder = Drive.Files.create({ name: 'Laporan', mimeType: FOLDER });
    em.share(folder.id, B, 'viewer');
    as(B, () => em.rt.grantToApp(folder.id));
    expect(() => as(B, () => Drive.Files.create({ name: 'x', parents: [folder.id] }))).toThrow(
      /Insufficient permissions for the specified parent/,
    );
  });

  test('DocumentApp opens any Doc the person can see (documents scope), none they cannot', () => {
    const { em, as } = office();
    const doc = em.services.DocumentApp.create('Templat');
    doc.getBody().appendParagraph('Isi');
    doc.saveAndClose();
    const id = doc.getId();
    expect(() => as(B, () => em.services.DocumentApp.openById(id))).toThrow(/is missing/);
    em.share(id, B, 'viewer');
    const seen = as(B, () => em.services.DocumentApp.openById(id));
    expect(as(B, () => seen.getBody().getText())).toContain('Isi');
    expect(() => as(B, () => seen.getBody().appendParagraph('B'))).toThrow(
      'You do not have permission to perform that action.',
    );
  });
});

describe('the shared spreadsheet', () => {
  test('an editor writes; a viewer reads, cannot write, and Range.canEdit says so; no access at all is refused', () => {
    const em = createEmulator({ now: '2025-07-10T03:00:00Z', userEmail: A });
    em.addAccount(B);
    em.addAccount(C, { role: 'viewer' });
    em.addAccount('orang@lain.go.id', { role: null });
    const sheet = em.spreadsheet.getSheets()[0];
    em.rt.asUser(B, () => sheet.getRange('A1').setValue('tulis B'));
    expect(em.rt.asUser(C, () => sheet.getRange('A1').getValue())).toBe('tulis B');
    expect(em.rt.asUser(C, () => sheet.getRange('A1').canEdit())).toBe(false);
    expect(em.rt.asUser(B, () => sheet.getRange('A1').canEdit())).toBe(true);
    expect(() => em.rt.asUser(C, () => sheet.getRange('A1').setValue('x'))).toThrow(
      'You do not have permission to perform that action.',
    );
    expect(() => em.rt.asUser('orang@lain.go.id', () => sheet.getRange('A1').getValue())).toThrow(
      'You do not have permission to access the requested document.',
    );
    expect(() => em.rt.asUser('orang@lain.go.id', () => em.services.PropertiesService.getDocumentProperties())).toThrow(
      /permission to access/,
    );
    expect(sheet.getRange('A1').getValue()).toBe('tulis B');
  });

  test('a protection that only warns does not stop a script', () => {
    const em = createEmulator({ now: '2025-07-10T03:00:00Z', userEmail: A });
    em.addAccount(B);
    const sheet = em.spreadsheet.getSheets()[0];
    sheet.protect().setWarningOnly(true);
    expect(em.rt.asUser(B, () => sheet.getRange('A1').canEdit())).toBe(true);
    em.rt.asUser(B, () => sheet.getRange('A1').setValue('boleh'));
    expect(sheet.getRange('A1').getValue()).toBe('boleh');
  });
});

describe('quotas and Session, per account and kind', () => {
  test('mail recipients a day: 100 for a consumer account, 1,500 for Workspace, each their own', () => {
    const em = createEmulator({
      now: '2025-07-10T03:00:00Z',
      userEmail: A,
      accounts: [{ email: B, kind: 'workspace' }],
    });
    const mail = em.services.MailApp;
    expect(mail.getRemainingDailyQuota()).toBe(100);
    expect(em.rt.asUser(B, () => mail.getRemainingDailyQuota())).toBe(1500);
    mail.sendEmail('x@example.go.id', 'S', 'T');
    expect(mail.getRemainingDailyQuota()).toBe(99);
    expect(em.rt.asUser(B, () => mail.getRemainingDailyQuota())).toBe(1500);
  });

  test('getActiveUser is blank in a trigger unless a colleague of the developer; getEffectiveUser is the owner', () => {
    const em = createEmulator({
      now: '2025-07-10T03:00:00Z',
      userEmail: A,
      developerDomain: 'ppid.example.go.id',
      accounts: [
        { email: A, kind: 'workspace' },
        { email: C, kind: 'consumer' },
      ],
    });
    em.addAccount(C);
    const s = em.services.Session;
    const seen = (who: string) =>
      em.rt.asTrigger(who, () => [s.getActiveUser().getEmail(), s.getEffectiveUser().getEmail()]);
    expect(seen(A)).toEqual([A, A]);
    expect(seen(C)).toEqual(['', C]);
    expect(em.rt.asUser(C, () => s.getActiveUser().getEmail())).toBe(C);
    em.setQuirk('active-user-hidden', true);
    expect(em.rt.asUser(C, () => s.getActiveUser().getEmail())).toBe('');
    expect(s.getActiveUser().getEmail()).toBe(A);
  });
});

describe('triggers of an office', () => {
  function withTick() {
    const em = createEmulator({ now: '2025-07-10T03:00:00Z', userEmail: A });
    em.addAccount(B);
    const runs: string[] = [];
    em.bundle = {
      tick() {
        runs.push(em.services.Session.getEffectiveUser().getEmail());
        em.services.PropertiesService.getDocumentProperties().setProperty('ran', 'yes');
      },
    };
    return { em, runs };
  }

  test("a deleted owner's trigger does not run; its files go unless transferred", () => {
    const { em, runs } = withTick();
    em.rt.asUser(B, () => em.services.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create());
    const doc = em.rt.asUser(B, () => em.services.DocumentApp.create('milik B').getId());
    em.deleteAccount(B);
    const fired = em.runClock('2025-07-10T05:30:00Z');
    expect(fired.length).toBeGreaterThan(0);
    expect(fired.every((r) => /no longer has a Google account/.test(r.error ?? ''))).toBe(true);
    expect(runs).toEqual([]);
    expect(em.rt.files.has(doc)).toBe(false);
    expect(() => em.callAs(B, 'tick')).toThrow(/was deleted/);
  });

  test('an owner who lost access to the spreadsheet: the trigger fires and fails, and writes nothing', () => {
    const { em, runs } = withTick();
    em.rt.asUser(B, () => em.services.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create());
    em.revokeAccess(em.spreadsheet.getId(), B);
    const fired = em.runClock('2025-07-10T04:30:00Z');
    expect(fired[0].error).toBe('You do not have permission to access the requested document.');
    expect(runs).toEqual([B]);
    expect(em.services.PropertiesService.getDocumentProperties().getProperty('ran')).toBeNull();
  });

  test("once the owner's daily trigger runtime is spent, the trigger fails until the window passes", () => {
    const { em, runs } = withTick();
    em.rt.asUser(B, () => em.services.ScriptApp.newTrigger('tick').timeBased().everyHours(1).create());
    em.rt.account(B).triggerRuntime = { usedMs: 90 * 60000, start: em.rt.now().getTime() };
    const fired = em.runClock('2025-07-10T06:30:00Z');
    expect(fired.every((r) => r.error === 'Service using too much computer time for one day')).toBe(true);
    expect(runs).toEqual([]);
    const later = em.runClock('2025-07-11T05:30:00Z');
    expect(later.some((r) => r.error === null)).toBe(true);
  });
});
