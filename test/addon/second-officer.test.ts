// Two officers, two Google accounts, one register (#26 item 2): Ani set the unit up and made its
// folders and templates; Budi reports and makes letters in the same register. drive.file grants
// are per person (Drive API scopes page), so Budi's add-on reaches Ani's folder only once Budi has
// picked it; until then Budi is told whom to ask, and nothing Ani made is overwritten.
import { letterEmulator, letterText } from '../support/letters';
import { newFileRecord, type Emulator } from '@ppid-sheets/emulator';
import { file } from '../support/harness';

const ANI = 'petugas@example.go.id';
const BUDI = 'budi@ppid.example.go.id';
const CITRA = 'citra@ppid.example.go.id';
const REPORT = { period: '2025-Q1', asOf: '2025-04-10' };
const LETTER = { row: 2, kind: 'tanda-terima' };

function office(): Emulator {
  const em = letterEmulator('2025-04-10');
  expect(em.rt.userEmail).toBe(ANI);
  em.addAccount(BUDI, { displayName: 'Budi Santoso' });
  return em;
}

const docProps = (em: Emulator) => em.rt.uncounted(() => em.services.PropertiesService.getDocumentProperties());
const stored = (em: Emulator, key: string) => docProps(em).getProperty(key);
const folderOf = (em: Emulator, key = 'ppid.folder') => JSON.parse(stored(em, key))[0] as string;
const folders = (em: Emulator) => [...em.rt.files.values()].filter((f) => f.isFolder && f.name !== 'My Drive');
const pick = (em: Emulator, who: string, id: string) => em.rt.asUser(who, () => em.rt.grantToApp(id));
const failure = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    // A UserError carries its key and parameters; the officer reads them through i18n.
    const e = err as { message: string; key?: string; params?: Record<string, unknown> };
    return `${e.message} ${e.key ?? ''} ${JSON.stringify(e.params ?? {})}`;
  }
  throw new Error('expected a refusal');
};

describe('the second officer and the unit report folder', () => {
  test("Ani's add-on shares the folder it makes with the register's editors", () => {
    const em = office();
    em.call('generateReport', REPORT);
    const folder = em.rt.files.get(folderOf(em))!;
    expect(folder.owner).toBe(ANI);
    expect([...folder.editors]).toEqual([BUDI]);
    expect(JSON.parse(stored(em, 'ppid.folder'))).toEqual([folder.id, 'Laporan PPID', ANI]);
  });

  test('before picking it, Budi is told whom to ask; no second folder, the stored ID kept', () => {
    const em = office();
    em.call('generateReport', REPORT);
    const before = stored(em, 'ppid.folder');
    const files = em.rt.files.size;
    const msg = failure(() => em.callAs(BUDI, 'generateReport', REPORT));
    expect(msg).toContain('Laporan PPID');
    expect(msg).toContain('err.folderOfColleague');
    expect(msg).toContain(ANI);
    expect(msg).toContain(BUDI);
    expect(stored(em, 'ppid.folder')).toBe(before);
    expect(folders(em)).toHaveLength(1);
    expect(em.rt.files.size).toBe(files);
  });

  test('once Budi picked it, his report lands in the unit folder', () => {
    const em = office();
    const first = em.call('generateReport', REPORT);
    const folderId = folderOf(em);
    pick(em, BUDI, folderId);
    const second = em.callAs(BUDI, 'generateReport', REPORT);
    expect(em.rt.files.get(second.docId)!.parents).toEqual([folderId]);
    expect(em.rt.files.get(second.pdfId)!.owner).toBe(BUDI);
    expect(folderOf(em)).toBe(folderId);
    expect(first.docId).not.toBe(second.docId);
  });

  test('a folder the owner deleted: she gets a new one; the stored ID then names it', () => {
    const em = office();
    em.call('generateReport', REPORT);
    const old = folderOf(em);
    em.rt.files.delete(old);
    em.call('generateReport', REPORT);
    expect(folderOf(em)).not.toBe(old);
  });
});

describe('the second officer and the letter templates', () => {
  // The letters folder holds applicants' personal data and is never shared (each officer's add-on
  // keeps its own, in their My Drive). The unit's templates hold none: sharing one is enough.
  test("Ani's add-on shares a template it makes with the register's editors, as reader; Budi's letter uses it", () => {
    const em = office();
    expect(em.call('generateLetter', LETTER).ok).toBe(true);
    const tplId = JSON.parse(stored(em, 'ppid.letters.templates'))['tanda-terima'];
    const tpl = em.rt.files.get(tplId)!;
    expect([...tpl.viewers]).toEqual([BUDI]);
    expect([...tpl.editors]).toEqual([]);
    // The letters folder around it stays private.
    expect([...em.rt.files.get(tpl.parents[0])!.editors, ...em.rt.files.get(tpl.parents[0])!.viewers]).toEqual([]);
    const r = em.callAs(BUDI, 'generateLetter', LETTER);
    expect(r.ok).toBe(true);
    expect(JSON.parse(stored(em, 'ppid.letters.templates'))['tanda-terima']).toBe(tplId);
  });

  test('Budi, who joined after the templates were made, is told whom to ask; once shared, his letter uses it, IDs kept', () => {
    const em = letterEmulator('2025-04-10');
    expect(em.call('generateLetter', LETTER).ok).toBe(true);
    em.addAccount(BUDI, { displayName: 'Budi Santoso' });
    const templates = stored(em, 'ppid.letters.templates');
    const tplId = JSON.parse(templates)['tanda-terima'];
    em.rt.uncounted(() => {
      const doc = em.services.DocumentApp.openById(tplId);
      doc.getBody().appendParagraph('Catatan khas unit QXEDIT.');
      doc.saveAndClose();
    });
    const count = [...em.rt.files.values()].filter((f) => !f.isFolder && !f.trashed).length;
    const msg = failure(() => em.callAs(BUDI, 'generateLetter', LETTER));
    expect(msg).toContain('err.templateOfColleague');
    expect(msg).toContain(ANI);
    expect(stored(em, 'ppid.letters.templates')).toBe(templates);
    expect([...em.rt.files.values()].filter((f) => !f.isFolder && !f.trashed).length).toBe(count);
    em.share(tplId, BUDI, 'viewer');
    const r = em.callAs(BUDI, 'generateLetter', LETTER);
    expect(r.ok).toBe(true);
    expect(em.rt.files.get(r.docId)!.owner).toBe(BUDI);
    expect(em.rt.asUser(BUDI, () => letterText(em, r.docId))).toContain('Catatan khas unit QXEDIT.');
    expect(stored(em, 'ppid.letters.templates')).toBe(templates);
  });

  test('a template its maker trashed is made afresh for her', () => {
    const em = office();
    em.call('generateLetter', LETTER);
    const id = JSON.parse(stored(em, 'ppid.letters.templates'))['tanda-terima'];
    em.rt.files.get(id)!.trashed = true;
    expect(em.call('generateLetter', LETTER).ok).toBe(true);
    expect(JSON.parse(stored(em, 'ppid.letters.templates'))['tanda-terima']).not.toBe(id);
  });

  test('a third officer is refused too, naming Ani, and cannot pick what was never shared with her', () => {
    const em = office();
    const made = em.call('generateReport', REPORT);
    em.addAccount(CITRA);
    expect(failure(() => em.callAs(CITRA, 'generateReport', REPORT))).toContain(ANI);
    expect(() => pick(em, CITRA, em.rt.files.get(made.docId)!.parents[0])).toThrow(/cannot see/);
  });
});

describe('Log Aktivitas: every action, by whom', () => {
  test('setup, reports and letters of two officers, hidden, warning-only, no applicant data; Periksa Data shows them', () => {
    const em = office();
    const rep = em.call('generateReport', REPORT);
    pick(em, BUDI, folderOf(em));
    em.call('generateLetter', LETTER);
    em.share(JSON.parse(stored(em, 'ppid.letters.templates'))['tanda-terima'], BUDI, 'viewer');
    const letter = em.callAs(BUDI, 'generateLetter', LETTER);
    const sheet = em.spreadsheet.getSheetByName('Log Aktivitas');
    expect(sheet.isSheetHidden()).toBe(true);
    const protection = sheet.getProtections(em.sheets.SpreadsheetApp.ProtectionType.SHEET)[0];
    expect(protection.isWarningOnly()).toBe(true);
    const rows: unknown[][] = sheet.getDataRange().getValues();
    expect(rows[0]).toEqual(['Waktu', 'Pengguna', 'Tindakan', 'Periode/Baris', 'ID Berkas']);
    const body = rows.slice(1).map((r) => [r[1], r[2], r[3], r[4]]);
    expect(body).toEqual([
      [ANI, 'Siapkan register', '', ''],
      [ANI, 'Buat laporan', '2025-Q1', [rep.docId, rep.pdfId, rep.jsonId].join(', ')],
      [ANI, 'Buat surat', 'baris 2', expect.any(String)],
      [BUDI, 'Buat surat', 'baris 2', [letter.docId, letter.pdfId].join(', ')],
    ]);
    expect(rows.every((r) => r[0] instanceof Date || r === rows[0])).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/QX|Wulandari/);
    em.callAs(BUDI, 'checkRegister');
    const check = em.spreadsheet.getSheetByName('Periksa Data');
    const columnF = (check.getRange(1, 6, check.getLastRow(), 1).getValues() as unknown[][]).map((r) => String(r[0]));
    expect(columnF).toContain('Tindakan terakhir (sheet Log Aktivitas):');
    expect(columnF.some((l) => l.includes(BUDI) && l.includes('Buat surat'))).toBe(true);
  });
});

describe('the second officer consolidates in the unit folder', () => {
  test("Budi consolidates a unit's recap.json into the folder Ani made, once he has picked it", () => {
    const em = office();
    const own = em.call('generateReport', REPORT);
    const recap = file(em, own.jsonId).bytes.toString('utf8');
    // A unit's recap.json that Budi has in his Drive and picks in the Picker.
    const picked = em.rt.asUser(BUDI, () => {
      const rec = newFileRecord(em.rt, 'rekap-unit.json', 'application/json');
      rec.bytes = Buffer.from(recap, 'utf8');
      em.rt.grantToApp(rec.id);
      return { id: rec.id, name: rec.name };
    });
    const request = { files: [picked], asOf: REPORT.asOf };
    expect(failure(() => em.callAs(BUDI, 'consolidateReports', request))).toContain(ANI);
    pick(em, BUDI, folderOf(em));
    const r = em.callAs(BUDI, 'consolidateReports', request);
    expect(em.rt.files.get(r.docId)!.parents).toEqual([folderOf(em)]);
    expect(em.rt.files.get(r.jsonId)!.owner).toBe(BUDI);
  });
});

describe('faults of a shared register (#26): each a plain message, nothing lost', () => {
  test("Budi regenerates Ani's quarter: her files stay and are named for her; his names say who made them", () => {
    const em = office();
    const first = em.call('generateReport', REPORT);
    pick(em, BUDI, folderOf(em));
    const second = em.callAs(BUDI, 'generateReport', REPORT);
    // Ani's three files are still there (only their owner may trash them)…
    for (const id of [first.docId, first.pdfId, first.jsonId]) expect(em.rt.files.get(id)!.trashed).toBe(false);
    expect(second.earlierFiles.map((f: any) => [f.id, f.owner])).toEqual(
      [first.docId, first.pdfId, first.jsonId].map((id) => [id, ANI]),
    );
    expect(second.earlierFiles[1].name).toBe(`${em.rt.files.get(first.docId)!.name}.pdf`);
    // …and never look like Budi's.
    expect(em.rt.files.get(second.docId)!.name).toContain(`dibuat ulang oleh ${BUDI}`);
    expect(em.rt.files.get(second.docId)!.name).not.toBe(em.rt.files.get(first.docId)!.name);
    // Ani regenerating after him replaces his files where Drive lets her: his are his, so named too.
    const third = em.call('generateReport', REPORT);
    expect(third.earlierFiles.map((f: any) => f.owner)).toEqual([BUDI, BUDI, BUDI]);
  });

  test('an officer who regenerates their own period replaces it: nothing named, no note in the name', () => {
    const em = office();
    const first = em.call('generateReport', REPORT);
    const again = em.call('generateReport', REPORT);
    expect(again.earlierFiles).toEqual([]);
    expect(em.rt.files.get(first.docId)!.trashed).toBe(true);
    expect(em.rt.files.get(again.docId)!.name).toBe(em.rt.files.get(first.docId)!.name);
  });

  test('an officer with view rights only on the register is refused; nothing is made', () => {
    const em = office();
    em.addAccount(CITRA, { role: 'viewer' });
    const made = () => [...em.rt.files.values()].filter((f) => !f.isFolder).length;
    const files = made();
    const all = em.rt.files.size;
    expect(failure(() => em.callAs(CITRA, 'generateReport', REPORT))).toContain('err.viewOnly');
    // Refused before Drive: no document, PDF or JSON, and no empty folder in her Drive either.
    expect(made()).toBe(files);
    expect(em.rt.files.size).toBe(all);
    expect(em.spreadsheet.getSheets().map((s: any) => s.getName())).not.toContain('Rekap TW I 2025');
  });
});
