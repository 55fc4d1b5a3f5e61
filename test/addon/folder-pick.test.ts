// "Pilih Folder Unit" (#26 item 2): Budi, the second officer, cannot reach the report folder Ani's
// add-on made until he picks it once in the Google Picker (drive.file grants are per person). The
// menu and the report's refusal open the dialog; the pick is checked to be the unit's folder and
// to answer, logged, and never stores another ID. An officer who may only view the register is
// refused before Drive is touched. Both answers of the open question `picker-folder-grants-children`.
import { letterEmulator } from '../support/letters';
import type { Emulator } from '@ppid-sheets/emulator';
import { applyDipFile } from '../../scripts/lib/dip-file';
import seed from '../../examples/seed-tw3-2021.dip.json';

const ANI = 'petugas@example.go.id';
const BUDI = 'budi@ppid.example.go.id';
const CITRA = 'citra@ppid.example.go.id';
const REPORT = { period: '2025-Q1', asOf: '2025-04-10' };

function office(quirks: string[] = []): Emulator {
  const em = letterEmulator('2025-04-10', { quirks });
  em.addAccount(BUDI, { displayName: 'Budi Santoso' });
  return em;
}
const stored = (em: Emulator) =>
  em.rt.uncounted(() => em.services.PropertiesService.getDocumentProperties().getProperty('ppid.folder')) as string;
const folderId = (em: Emulator) => JSON.parse(stored(em))[0] as string;
const folders = (em: Emulator) => [...em.rt.files.values()].filter((f) => f.isFolder && f.name !== 'My Drive');
const pick = (em: Emulator, who: string, id: string) => em.rt.asUser(who, () => em.rt.grantToApp(id));
const refusal = (fn: () => unknown): { key?: string; message: string } => {
  try {
    fn();
  } catch (err) {
    return err as { key?: string; message: string };
  }
  throw new Error('expected a refusal');
};
const logRows = (em: Emulator) =>
  (em.spreadsheet.getSheetByName('Log Aktivitas').getDataRange().getValues() as unknown[][]).slice(1);

describe('Pilih Folder Unit: the second officer picks the unit folder once', () => {
  test('what the dialog says: no folder yet, a folder to pick (name, maker, his address), a folder he reaches', () => {
    const em = office();
    expect(em.callAs(BUDI, 'getFolderPickOptions')).toMatchObject({ state: 'none', name: 'Laporan PPID' });
    em.call('generateReport', REPORT);
    expect(em.call('getFolderPickOptions')).toMatchObject({ state: 'ready' });
    const asked = em.callAs(BUDI, 'getFolderPickOptions');
    expect(asked.state).toBe('pick');
    expect(asked.intro).toContain('"Laporan PPID"');
    expect(asked.intro).toContain(ANI);
    expect(asked.intro).toContain(BUDI);
    expect(asked.hint).toContain(`minta ${ANI} membagikannya kepada ${BUDI}`);
    expect(asked.strings['folderPick.pick']).toBe('Pilih Folder…');
  });

  test('the menu opens the dialog; the report menu opens it too when the folder is out of reach', () => {
    const em = office();
    em.call('generateReport', REPORT);
    const ui = em.services.ui;
    em.callAs(BUDI, 'menuPickFolder');
    expect(ui._dialogs.at(-1)).toMatchObject({ kind: 'modal', title: 'Pilih Folder Unit' });
    expect(ui._dialogs.at(-1).content).toContain('getFolderPickOptions');
    const before = ui._dialogs.length;
    em.callAs(BUDI, 'menuQuarterlyReport'); // the prompt answered with the default quarter
    const shown = ui._dialogs.slice(before);
    expect(shown.map((d: any) => d.kind)).toEqual(['prompt', 'modal']);
    expect(shown[1].title).toBe('Pilih Folder Unit');
    // The menu lists it right after the consolidation.
    em.call('onOpen');
    const fns = ui._menus.at(-1).items.map((i: any) => i.functionName);
    expect(fns.slice(fns.indexOf('menuConsolidate'), fns.indexOf('menuConsolidate') + 2)).toEqual([
      'menuConsolidate',
      'menuPickFolder',
    ]);
  });

  test('once picked and confirmed, his report lands in the unit folder; the pick is logged under his name', () => {
    const em = office();
    em.call('generateReport', REPORT);
    const id = folderId(em);
    const before = stored(em);
    expect(refusal(() => em.callAs(BUDI, 'generateReport', REPORT)).key).toBe('err.folderOfColleague');
    pick(em, BUDI, id);
    const done = em.callAs(BUDI, 'confirmUnitFolder', { id, name: 'Laporan PPID' });
    expect(done.message).toBe(
      'Folder "Laporan PPID" kini dapat dipakai. Jalankan lagi menu yang tadi berhenti (misalnya Buat Laporan Triwulan).',
    );
    expect(stored(em)).toBe(before);
    expect(em.callAs(BUDI, 'getFolderPickOptions').state).toBe('ready');
    const made = em.callAs(BUDI, 'generateReport', REPORT);
    expect(em.rt.files.get(made.docId)!.parents).toEqual([id]);
    expect(folders(em)).toHaveLength(1);
    const picked = logRows(em).find((r) => r[2] === 'Folder unit dipilih')!;
    expect(picked.slice(1)).toEqual([BUDI, 'Folder unit dipilih', '', id]);
  });

  test('another folder picked is refused by name, nothing stored; an unpicked folder is still refused', () => {
    const em = office();
    em.call('generateReport', REPORT);
    const id = folderId(em);
    const before = stored(em);
    // Confirming without the Picker's grant: the folder still does not answer.
    const ungranted = refusal(() => em.callAs(BUDI, 'confirmUnitFolder', { id, name: 'Laporan PPID' }));
    expect(ungranted.message).toContain('belum dapat dibuka dengan akun Anda');
    expect(ungranted.message).toContain(ANI);
    // His own folder, picked by mistake.
    const own = em.rt.asUser(BUDI, () =>
      em.services.Drive.Files.create({ name: 'Arsip Budi', mimeType: 'application/vnd.google-apps.folder' }),
    );
    const other = refusal(() => em.callAs(BUDI, 'confirmUnitFolder', { id: own.id, name: 'Arsip Budi' }));
    expect(other.message).toBe(
      'Folder "Arsip Budi" bukan folder laporan unit ini ("Laporan PPID"). Pilih folder "Laporan PPID". Pengaturan tidak diubah.',
    );
    expect(stored(em)).toBe(before);
    expect(logRows(em).some((r) => r[2] === 'Folder unit dipilih')).toBe(false);
  });

  test('before any report there is nothing to pick', () => {
    const em = office();
    expect(refusal(() => em.callAs(BUDI, 'confirmUnitFolder', { id: 'x', name: 'x' })).message).toContain(
      'belum punya folder laporan',
    );
  });

  for (const quirks of [[], ['picker-folder-grants-children']]) {
    test(`under ${quirks.length ? 'picker-folder-grants-children' : 'a folder granting itself only'}: Budi regenerates Ani's quarter into the one folder, her files named`, () => {
      const em = office(quirks);
      const first = em.call('generateReport', REPORT);
      const id = folderId(em);
      pick(em, BUDI, id);
      em.callAs(BUDI, 'confirmUnitFolder', { id, name: 'Laporan PPID' });
      const second = em.callAs(BUDI, 'generateReport', REPORT);
      expect(folders(em)).toHaveLength(1);
      expect(em.rt.files.get(second.docId)!.parents).toEqual([id]);
      // Only their owner may trash Ani's files, whether or not Budi's add-on can see them.
      for (const f of [first.docId, first.pdfId, first.jsonId]) expect(em.rt.files.get(f)!.trashed).toBe(false);
      expect(second.earlierFiles.map((f: any) => f.owner)).toEqual([ANI, ANI, ANI]);
      expect(em.rt.files.get(second.docId)!.name).toContain(`dibuat ulang oleh ${BUDI}`);
    });
  }
});

describe('an officer with view rights only is refused before Drive is touched', () => {
  const cases: Array<[string, (em: Emulator) => unknown]> = [
    ['the report', (em) => em.callAs(CITRA, 'generateReport', REPORT)],
    ['a letter', (em) => em.callAs(CITRA, 'generateLetter', { row: 2, kind: 'tanda-terima' })],
    [
      'the DIP',
      (em) => {
        applyDipFile(em, seed);
        return em.callAs(CITRA, 'publishDip', { asOf: '2025-04-10' });
      },
    ],
  ];
  for (const [what, run] of cases) {
    test(`${what}: the plain refusal, no folder and no file in her Drive`, () => {
      const em = office();
      em.call('generateReport', REPORT);
      em.addAccount(CITRA, { role: 'viewer' });
      const files = em.rt.files.size;
      const err = refusal(() => run(em));
      expect(err.key).toBe('err.viewOnly');
      expect(em.rt.files.size).toBe(files);
      expect([...em.rt.files.values()].some((f) => f.owner === CITRA)).toBe(false);
    });
  }

  test('the sentence names her address and what to ask for', () => {
    const em = office();
    em.addAccount(CITRA, { role: 'viewer' });
    em.callAs(CITRA, 'menuQuarterlyReport');
    expect(em.services.ui._dialogs.at(-1)).toMatchObject({ kind: 'alert' });
    expect(String(em.services.ui._dialogs.at(-1).prompt)).toBe(
      `Akun Anda (${CITRA}) tidak dapat mengubah spreadsheet ini: Anda hanya dapat melihat atau berkomentar, atau sheet Log Aktivitas dikunci untuk Anda. Minta pemilik spreadsheet menjadikan Anda Editor. Tidak ada yang dibuat atau diubah.`,
    );
  });

  test('an editor passes the check: one cell of the activity log asked, once per report', () => {
    const em = office();
    em.call('generateReport', REPORT);
    em.resetCalls();
    em.call('generateReport', REPORT);
    expect(em.rt.byMethod.get('Range.canEdit')).toBe(1);
    expect(em.rt.byMethod.get('Spreadsheet.getRange')).toBe(1);
  });
});
