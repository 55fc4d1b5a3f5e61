// Takeover of the daily reminder between two and three emulated Google accounts (#26 item 3):
// the owner's account deleted (she left the unit), and the owner removed from the spreadsheet. Triggers run as their creator ("Installable triggers always
// run under the account of the person who created them", Installable triggers guide); a deleted
// account's trigger no longer runs (the emulator's reading, packages/emulator/README.md).
import { office, ANI, BUDI, clockTriggers } from './support';

function record(em: any): any {
  // Read as Budi: Ani's account may be gone, and a gone account opens nothing.
  const raw = em.rt.asUser(BUDI, () =>
    em.rt.uncounted(() =>
      em.services.PropertiesService.getDocumentProperties().getProperty('ppid.trigger.dailyReminder'),
    ),
  );
  return raw ? JSON.parse(raw) : null;
}

describe('daily reminder takeover with several accounts', () => {
  test("Ani's account is deleted: her trigger stops; after three days Budi takes over, and only his runs", () => {
    const em = office();
    expect(em.call('setDailyReminder', true).ok).toBe(true);
    em.runClock('2025-07-11T12:00:00Z');
    em.deleteAccount(ANI, { transferTo: BUDI });
    const runs = em.runClock('2025-07-12T12:00:00Z');
    expect(runs.map((r: any) => r.error)).toEqual([expect.stringContaining('no longer has a Google account')]);
    // Before three days without a run, Budi is refused; after, he takes over.
    expect(em.callAs(BUDI, 'setDailyReminder', true).ok).toBe(false);
    em.runClock('2025-07-15T12:00:00Z');
    const res = em.callAs(BUDI, 'setDailyReminder', true);
    expect(res).toMatchObject({ ok: true, message: 'Pengingat harian kini berjalan atas nama Anda.' });
    expect(record(em).owner.email).toBe(BUDI);
    const later = em.runClock('2025-07-17T12:00:00Z');
    expect(later.length).toBeGreaterThan(0);
    // Budi's trigger runs cleanly; Ani's old one, which nobody can delete now, fails harmlessly.
    expect(later.filter((r: any) => r.owner === BUDI).length).toBeGreaterThan(0);
    expect(later.every((r: any) => (r.owner === BUDI ? r.error === null : r.error !== null))).toBe(true);
    expect(clockTriggers(em).filter((t: any) => t.owner === BUDI)).toHaveLength(1);
  });

  test('Ani removed from the spreadsheet: her trigger still fires but sends nothing; Budi takes over after three days', () => {
    const em = office();
    em.call('setDailyReminder', true);
    em.revokeAccess(em.spreadsheet.getId(), ANI);
    // Ani was the owner: transferring ownership is what removing an owner means in Drive.
    // and the file moved to his Drive (in hers, her folder would still give her access).
    const rec = em.rt.files.get(em.spreadsheet.getId())!;
    rec.owner = BUDI;
    rec.parents = [em.rt.rootOf(BUDI)];
    const sent = em.services.MailApp._sent.length;
    const runs = em.runClock('2025-07-12T12:00:00Z');
    // Her trigger still fires as her, but reaches nothing of the register: no mail goes out.
    expect(runs.length).toBeGreaterThan(0);
    expect(runs.every((r: any) => r.owner === ANI)).toBe(true);
    expect(em.services.MailApp._sent.length).toBe(sent);
    em.runClock('2025-07-15T12:00:00Z');
    const res = em.callAs(BUDI, 'setDailyReminder', true);
    expect(res.message).toBe('Pengingat harian kini berjalan atas nama Anda.');
    expect(record(em).owner.email).toBe(BUDI);
  });
});
