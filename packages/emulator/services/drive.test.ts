import { Runtime } from '../runtime';
import { createServices } from './index';
import { parseQuery } from './drive-core';

function setup() {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z', userEmail: 'ppid@kota.go.id' });
  const s = createServices(rt);
  return { rt, DriveApp: s.DriveApp, DocumentApp: s.DocumentApp, Utilities: s.Utilities };
}

function all(it: { hasNext(): boolean; next(): any }): any[] {
  const out = [];
  while (it.hasNext()) out.push(it.next());
  return out;
}

describe('DriveApp', () => {
  test('the root folder exists from the start and holds what is created in Drive', () => {
    const { rt, DriveApp } = setup();
    const root = DriveApp.getRootFolder();
    expect(root.getId()).toBe(rt.rootFolderId);
    const folder = DriveApp.createFolder('Laporan PPID');
    const file = DriveApp.createFile('catatan.txt', 'isi', 'text/plain');
    expect(all(root.getFolders()).map((f) => f.getName())).toEqual(['Laporan PPID']);
    expect(all(root.getFiles()).map((f) => f.getName())).toEqual(['catatan.txt']);
    expect(all(file.getParents())[0].getId()).toBe(rt.rootFolderId);
    expect(DriveApp.getFolderById(folder.getId()).getName()).toBe('Laporan PPID');
    expect(folder.getUrl()).toBe(`https://drive.google.com/drive/folders/${folder.getId()}`);
  });

  test("iterators end with Apps Script's error", () => {
    const { DriveApp } = setup();
    const it = DriveApp.getFoldersByName('tidak ada');
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');
  });

  test('files are made from blobs or text, read back as blobs, and moved between folders', () => {
    const { DriveApp, Utilities } = setup();
    const folder = DriveApp.createFolder('Unit');
    const sub = folder.createFolder('2025');
    const json = folder.createFile(Utilities.newBlob('{"a":1}', 'application/json', 'recap.json'));
    expect(json.getMimeType()).toBe('application/json');
    expect(json.getBlob().getDataAsString()).toBe('{"a":1}');
    expect(json.getBlob().getName()).toBe('recap.json');
    expect(() => json.getAs('application/pdf')).toThrow('not supported');
    json.moveTo(sub);
    expect(all(sub.getFiles()).map((f) => f.getName())).toEqual(['recap.json']);
    expect(all(folder.getFiles())).toHaveLength(0);
    expect(all(folder.getFilesByName('recap.json'))).toHaveLength(0);
    expect(all(DriveApp.getFilesByName('recap.json'))).toHaveLength(1);
    expect(() => DriveApp.createFile('x', 'y', 'application/vnd.google-apps.document')).toThrow('Invalid argument');
    expect(() => DriveApp.getFileById('missing')).toThrow('No item with the given ID could be found');
    expect(() => DriveApp.getFileById(folder.getId())).toThrow('No item with the given ID');
  });

  test('a Google Doc in Drive renders as PDF and can be moved next to its PDF', () => {
    const { DriveApp, DocumentApp } = setup();
    const doc = DocumentApp.create('Laporan TW II');
    doc.getBody().appendParagraph('Isi');
    doc.saveAndClose();
    const folder = DriveApp.createFolder('Laporan');
    const file = DriveApp.getFileById(doc.getId());
    file.moveTo(folder);
    const pdf = folder.createFile(file.getAs('application/pdf'));
    expect(pdf.getName()).toBe('Laporan TW II.pdf');
    expect(pdf.getMimeType()).toBe('application/pdf');
    expect(pdf.getBlob().getDataAsString().startsWith('%PDF-')).toBe(true);
    expect(all(folder.getFiles()).map((f) => f.getName())).toEqual(['Laporan TW II', 'Laporan TW II.pdf']);
    expect(file.getUrl()).toContain('docs.google.com/document/d/');
  });

  test('sharing adds a viewer without making the file public, and refuses a malformed address', () => {
    const { DriveApp } = setup();
    const file = DriveApp.createFile('laporan.pdf', '%PDF', 'application/pdf');
    expect(file.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
    expect(file.getSharingPermission()).toBe(DriveApp.Permission.NONE);
    file.addViewer('pusat@ppid.go.id');
    expect(file.getViewers().map((u: any) => u.getEmail())).toEqual(['pusat@ppid.go.id']);
    expect(file.getSharingAccess()).toBe(DriveApp.Access.PRIVATE);
    expect(file.getAccess('pusat@ppid.go.id')).toBe(DriveApp.Permission.VIEW);
    expect(file.getAccess('orang@lain.id')).toBe(DriveApp.Permission.NONE);
    expect(() => file.addViewer('bukan-email')).toThrow('Invalid argument: permission.value');
    expect(() => file.addViewers(['a@b.id', 'salah@'])).toThrow('Invalid argument');
    expect(file.getOwner().getEmail()).toBe('ppid@kota.go.id');
  });

  test('an editor is not demoted by addViewer; addEditor promotes a viewer; the owner is not listed', () => {
    const { DriveApp } = setup();
    const file = DriveApp.createFile('a.txt', 'x');
    file.addEditor('e@x.id').addViewer('e@x.id').addViewer('v@x.id').addEditor('v@x.id').addViewer('ppid@kota.go.id');
    expect(
      file
        .getEditors()
        .map((u: any) => u.getEmail())
        .sort(),
    ).toEqual(['e@x.id', 'v@x.id']);
    expect(file.getViewers()).toHaveLength(0);
    file.addCommenter('c@x.id');
    expect(file.getViewers().map((u: any) => u.getEmail())).toEqual(['c@x.id']);
    expect(file.getAccess('c@x.id')).toBe(DriveApp.Permission.COMMENT);
    file.removeEditor('e@x.id').removeViewer('c@x.id');
    expect(file.getEditors().map((u: any) => u.getEmail())).toEqual(['v@x.id']);
    expect(file.getViewers()).toHaveLength(0);
  });

  test('setSharing changes general access; PRIVATE forces no permission', () => {
    const { DriveApp } = setup();
    const file = DriveApp.createFile('a.txt', 'x');
    file.setSharing(DriveApp.Access.ANYONE_WITH_LINK, DriveApp.Permission.VIEW);
    expect(file.getSharingAccess()).toBe(DriveApp.Access.ANYONE_WITH_LINK);
    expect(file.getSharingPermission()).toBe(DriveApp.Permission.VIEW);
    expect(file.getAccess('siapa@saja.id')).toBe(DriveApp.Permission.VIEW);
    file.setSharing(DriveApp.Access.PRIVATE, DriveApp.Permission.EDIT);
    expect(file.getSharingPermission()).toBe(DriveApp.Permission.NONE);
    expect(() => file.setSharing('EVERYONE', DriveApp.Permission.VIEW)).toThrow('Invalid argument');
  });

  test('makeCopy copies a plain file and a Google Doc into a chosen folder', () => {
    const { DriveApp, DocumentApp } = setup();
    const target = DriveApp.createFolder('Arsip');
    const txt = DriveApp.createFile('a.txt', 'isi');
    const c1 = txt.makeCopy();
    expect(c1.getName()).toBe('Copy of a.txt');
    expect(c1.getBlob().getDataAsString()).toBe('isi');
    const doc = DocumentApp.create('Templat');
    doc.getBody().appendParagraph('Kata Pengantar');
    doc.saveAndClose();
    const c2 = DriveApp.getFileById(doc.getId()).makeCopy('Laporan', target);
    expect(all(c2.getParents())[0].getId()).toBe(target.getId());
    const copy = DocumentApp.openById(c2.getId());
    expect(copy.getBody().getText()).toContain('Kata Pengantar');
    copy.getBody().appendParagraph('baru');
    expect(DocumentApp.openById(doc.getId()).getBody().getText()).not.toContain('baru');
  });

  test('trash is a flag: trashed files still list in DriveApp, as Apps Script lists them', () => {
    const { DriveApp } = setup();
    const f = DriveApp.createFile('lama.pdf', 'x', 'application/pdf');
    f.setTrashed(true);
    expect(f.isTrashed()).toBe(true);
    expect(all(DriveApp.getFilesByName('lama.pdf'))).toHaveLength(1);
    expect(all(DriveApp.searchFiles("title = 'lama.pdf' and trashed = false"))).toHaveLength(0);
    expect(all(DriveApp.getTrashedFiles())).toHaveLength(1);
  });

  test('searchFiles reads Drive query syntax with and / or / not and parents', () => {
    const { DriveApp } = setup();
    const folder = DriveApp.createFolder('F');
    folder.createFile('Rekap TW1.json', '{}', 'application/json');
    folder.createFile('Rekap TW2.json', '{}', 'application/json');
    DriveApp.createFile('Lain.txt', 'x');
    const q = `'${folder.getId()}' in parents and (title contains 'tw1' or title = 'Rekap TW2.json') and not mimeType = 'text/plain'`;
    expect(all(DriveApp.searchFiles(q)).map((f) => f.getName())).toEqual(['Rekap TW1.json', 'Rekap TW2.json']);
    expect(all(folder.searchFiles("mimeType = 'application/json'"))).toHaveLength(2);
    expect(() => parseQuery('title ~ x')({} as never)).toThrow('Invalid argument: q');
  });

  test('dates come from the emulated clock', () => {
    const { rt, DriveApp } = setup();
    const f = DriveApp.createFile('a.txt', 'x');
    rt.advance(60000);
    f.setDescription('rekap');
    expect(f.getDateCreated().toISOString()).toBe('2025-07-10T03:00:00.000Z');
    expect(f.getLastUpdated().toISOString()).toBe('2025-07-10T03:01:00.000Z');
    expect(f.getDescription()).toBe('rekap');
  });
});
