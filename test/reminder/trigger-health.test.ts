// Triggers an office can manage (#26 item 3), with two and three emulated accounts: a trigger whose
// owner's account is gone, whose owner was removed from the spreadsheet, whose runs fail, or whose
// owner's mail quota ran out is reported ONCE to the reminder addresses (settings key
// reminderEmails) and always in Periksa Data; the report is made by whoever runs next, because a
// run that cannot run cannot mail (src/ui/trigger-health.ts).
import { office, setSetting, ANI, BUDI, clockTriggers } from './support';
import { row, wib } from '../support/harness';

const CITRA = 'citra@ppid.example.go.id';
const HEALTH = 'PPID Sheets: pemicu perlu perhatian';
const health = (em: any) => em.services.MailApp._sent.filter((m: any) => m.subject.startsWith(HEALTH));
const digests = (em: any) => em.services.MailApp._sent.filter((m: any) => !m.subject.startsWith(HEALTH));

const open = (n: number) =>
  row({
    'No. Registrasi': `${String(n).padStart(3, '0')}/PPID/2025`,
    'Tanggal Permohonan': wib('2025-07-01'),
    Saluran: 'Email',
    'Nama Pemohon': `Pemohon Rahasia ${n}`,
    'Kategori Pemohon': 'Perseorangan',
    'Informasi yang Diminta': 'Dokumen anggaran rahasia',
    Topik: 'Pelatihan',
    Status: 'Diproses',
  });

/** Ani, Budi and Citra; the reminder goes to Budi and Citra; Ani's trigger is on. */
function threeOfficers(): any {
  const em = office([open(1)]);
  em.addAccount(CITRA, { displayName: 'Citra Dewi' });
  setSetting(em, 'E-mail Pengingat Harian', `${BUDI}, ${CITRA}`);
  expect(em.call('setDailyReminder', true).ok).toBe(true);
  return em;
}

/** Column F of Periksa Data (its status lines). */
function statusColumn(em: any, as: string): string[] {
  return em.rt.asUser(as, () =>
    em.rt.uncounted(() =>
      em.spreadsheet
        .getSheetByName('Periksa Data')
        .getRange(1, 6, 60, 1)
        .getValues()
        .map((r: unknown[]) => String(r[0]))
        .filter(Boolean),
    ),
  );
}

describe('a trigger in trouble is reported once, by whoever runs next', () => {
  test("three accounts: Ani's account is deleted; Budi's Periksa Data mails it once, nobody's again; Budi takes over and it clears", () => {
    const em = threeOfficers();
    em.runClock('2025-07-11T12:00:00Z');
    const sentDigests = digests(em).length;
    em.deleteAccount(ANI, { transferTo: BUDI });
    // Her trigger no longer runs: it cannot say so itself.
    const runs = em.runClock('2025-07-12T12:00:00Z');
    expect(runs.every((r: any) => !!r.error?.includes('no longer has a Google account'))).toBe(true);
    expect(health(em)).toHaveLength(0);

    const first = em.callAs(BUDI, 'checkRegister');
    expect(first.triggerWarnings).toEqual([
      expect.stringContaining(`Pemicu Pengingat Harian milik ${ANI}, yang tidak lagi tercantum sebagai editor`),
    ]);
    expect(health(em)).toHaveLength(1);
    expect(health(em)[0].to).toEqual([BUDI, CITRA]);
    expect(health(em)[0].body).toContain(ANI);
    // No applicant data in the report.
    expect(health(em)[0].body).not.toMatch(/Pemohon Rahasia|anggaran rahasia/);
    expect(statusColumn(em, BUDI)).toEqual(
      expect.arrayContaining(['Pemicu otomatis:', `Dilaporkan sekali lewat e-mail ke ${BUDI}, ${CITRA}.`]),
    );

    // Budi again, then Citra: shown in Periksa Data each time, mailed no more.
    expect(em.callAs(BUDI, 'checkRegister').triggerWarnings).toHaveLength(1);
    expect(em.callAs(CITRA, 'checkRegister').triggerWarnings).toHaveLength(1);
    expect(health(em)).toHaveLength(1);
    expect(statusColumn(em, CITRA)).toContain(
      'Sudah dilaporkan lewat e-mail; dilaporkan lagi bila keadaannya berubah.',
    );

    // Three days without a run: Budi takes over; the problem clears, and nothing more is mailed.
    em.runClock('2025-07-15T12:00:00Z');
    expect(em.callAs(BUDI, 'setDailyReminder', true).ok).toBe(true);
    expect(em.callAs(BUDI, 'checkRegister').triggerWarnings).toEqual([]);
    em.runClock('2025-07-16T12:00:00Z');
    expect(health(em)).toHaveLength(1);
    expect(digests(em).length).toBeGreaterThan(sentDigests);
    expect(clockTriggers(em).filter((t: any) => t.owner === BUDI)).toHaveLength(1);
  });

  test('two accounts: Ani removed from the spreadsheet is reported at once, before three days have passed', () => {
    const em = threeOfficers();
    em.revokeAccess(em.spreadsheet.getId(), ANI);
    const rec = em.rt.files.get(em.spreadsheet.getId())!;
    rec.owner = BUDI;
    rec.parents = [em.rt.rootOf(BUDI)];
    const res = em.callAs(BUDI, 'checkRegister');
    expect(res.triggerWarnings[0]).toContain('tidak lagi tercantum sebagai editor');
    expect(res.message).toContain('tidak lagi tercantum sebagai editor');
    expect(health(em)).toHaveLength(1);
  });

  test('runs that fail: the run itself reports once; the same failure the next day is not mailed again, a new one is', () => {
    const em = threeOfficers();
    const ss = em.spreadsheet;
    ss.getSheetByName('Register').setName('Register lama');
    em.runClock('2025-07-11T05:00:00Z');
    expect(health(em)).toHaveLength(1);
    expect(health(em)[0].body).toContain('gagal pada 2025-07-11');
    em.runClock('2025-07-14T05:00:00Z');
    expect(health(em)).toHaveLength(1);
    // Another failure (Gmail refusing the digest once): a change, so mailed again.
    ss.getSheetByName('Register lama').setName('Register');
    let once = false;
    em.rt.callHooks.push((name: string) => {
      if (name === 'MailApp.sendEmail' && !once) {
        once = true;
        throw new Error('Service unavailable: Gmail');
      }
    });
    em.runClock('2025-07-15T05:00:00Z');
    expect(health(em)).toHaveLength(2);
    expect(health(em)[1].body).toContain('Service unavailable');
    expect(digests(em)).toHaveLength(0);
  });

  test('quota at zero: the digest is recorded as not sent, shown in the dialog and Periksa Data, and reported by the next officer who has quota', () => {
    const em = threeOfficers();
    // Ani's quota is spent; she cannot send the digest, nor the report about it.
    em.rt.asUser(ANI, () => (em.services.MailApp._remaining = 0));
    em.runClock('2025-07-11T01:00:00Z');
    expect(em.services.MailApp._sent).toHaveLength(0);
    const dialog = em.call('getReminderStatus').lines;
    expect(dialog).toContain(
      'Pengingat 2025-07-11 (1 baris) tidak terkirim karena kuota e-mail; tercantum lagi di pengingat berikutnya.',
    );
    expect(dialog).toContain('Sisa kuota e-mail akun Anda hari ini: 0 penerima.');
    // Budi sees Ani's quota as her last run left it.
    expect(em.callAs(BUDI, 'getReminderStatus').lines).toContain(
      `Sisa kuota e-mail ${ANI} setelah pengingat terakhir: 0 penerima.`,
    );
    // Budi's quota is spent too: Periksa Data shows the problem and that it is not mailed yet.
    em.rt.asUser(BUDI, () => (em.services.MailApp._remaining = 0));
    const budi = em.callAs(BUDI, 'checkRegister');
    expect(budi.triggerWarnings[0]).toContain('Pengingat tanggal 2025-07-11 (1 baris) tidak terkirim');
    expect(statusColumn(em, BUDI)).toEqual(
      expect.arrayContaining([
        `Kuota e-mail harian akun Anda (${BUDI}) sudah habis hari ini.`,
        expect.stringContaining('Belum dilaporkan lewat e-mail: kuota e-mail Anda tinggal 0, perlu 2.'),
      ]),
    );
    expect(em.services.MailApp._sent).toHaveLength(0);
    // Citra has quota: hers goes out, once.
    em.callAs(CITRA, 'checkRegister');
    em.callAs(CITRA, 'checkRegister');
    expect(health(em)).toHaveLength(1);
    expect(health(em)[0].body).toContain('tidak terkirim');
    // Nothing lost: the next working day, quota back, the digest lists the request again.
    em.runClock('2025-07-12T06:00:00Z');
    em.rt.asUser(ANI, () => (em.services.MailApp._remaining = 100));
    em.runClock('2025-07-14T05:00:00Z');
    expect(digests(em)).toHaveLength(1);
    expect(digests(em)[0].body).toContain('001/PPID/2025');
  });

  test('the report mail failing mid-way loses nothing: Periksa Data still lists it, and the next run mails it', () => {
    const em = threeOfficers();
    em.deleteAccount(ANI, { transferTo: BUDI });
    let failed = false;
    em.rt.callHooks.push((name: string) => {
      if (name === 'MailApp.sendEmail' && !failed) {
        failed = true;
        throw new Error('Service unavailable: Gmail');
      }
    });
    const res = em.callAs(BUDI, 'checkRegister');
    expect(failed).toBe(true);
    expect(res.triggerWarnings).toHaveLength(1);
    expect(health(em)).toHaveLength(0);
    em.callAs(BUDI, 'checkRegister');
    expect(health(em)).toHaveLength(1);
  });

  test("the old owner's leftover trigger is deleted by her own next menu action, the only account that can", () => {
    const em = threeOfficers();
    const id = em.spreadsheet.getId();
    em.revokeAccess(id, ANI);
    const rec = em.rt.files.get(id)!;
    rec.owner = BUDI;
    rec.parents = [em.rt.rootOf(BUDI)];
    em.runClock('2025-07-14T12:00:00Z');
    expect(em.callAs(BUDI, 'setDailyReminder', true).ok).toBe(true);
    expect(
      clockTriggers(em)
        .map((t: any) => t.owner)
        .sort(),
    ).toEqual([ANI, BUDI]);
    // Budi cannot see Ani's trigger (ScriptApp.getProjectTriggers: "current user"); Ani back on the sheet can.
    em.share(id, ANI, 'editor');
    em.callAs(ANI, 'checkRegister');
    expect(clockTriggers(em).map((t: any) => t.owner)).toEqual([BUDI]);
  });
});
