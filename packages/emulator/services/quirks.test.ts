// Drive, Docs and locks on the open questions, both ways: a blank Doc made through the Drive API
// and opened by DocumentApp; `strict-drive-file` (the Drive API reaches only files it made or
// the user granted through a Picker); `no-document-lock`.
import { Runtime } from '../runtime';
import { createServices } from './index';
import { createEmulator } from '../index';

const DOC = 'application/vnd.google-apps.document';
const FOLDER = 'application/vnd.google-apps.folder';

function setup(quirks: string[] = []) {
  const rt = new Runtime({ now: '2025-07-10T03:00:00Z', quirks });
  return { rt, ...createServices(rt) };
}

describe('a Doc made through the Drive API', () => {
  test('lands in its folder as a blank document that DocumentApp opens, for one counted call', () => {
    const { rt, Drive, DocumentApp } = setup();
    const folder = Drive.Files.create({ name: 'Laporan', mimeType: FOLDER });
    rt.resetCalls();
    const f = Drive.Files.create({ name: 'Laporan TW II', mimeType: DOC, parents: [folder.id] });
    expect(rt.snapshot()).toEqual({ total: 1, byMethod: { 'Drive.Files.create': 1 } });
    expect(rt.files.get(f.id)!.parents).toEqual([folder.id]);
    const doc = DocumentApp.openById(f.id);
    expect(doc.getName()).toBe('Laporan TW II');
    doc.getBody().appendParagraph('Isi');
    doc.saveAndClose();
    expect(DocumentApp.openById(f.id).getBody().getText()).toContain('Isi');
    expect(doc.getAs('application/pdf').getContentType()).toBe('application/pdf');
  });

  test('with content to convert it is not emulated', () => {
    const { Drive, Utilities } = setup();
    expect(() => Drive.Files.create({ name: 'x', mimeType: DOC }, Utilities.newBlob('x'))).toThrow(/not emulated/);
  });
});

describe('strict-drive-file', () => {
  test('off: the Drive API reaches a Doc that DocumentApp made', () => {
    const { Drive, DocumentApp } = setup();
    const doc = DocumentApp.create('Dibuat DocumentApp');
    expect(Drive.Files.update({ name: 'baru' }, doc.getId()).name).toBe('baru');
  });

  test('on: a DocumentApp Doc answers "File not found" to get, update and sharing', () => {
    const { Drive, DocumentApp } = setup(['strict-drive-file']);
    const id = DocumentApp.create('Dibuat DocumentApp').getId();
    expect(() => Drive.Files.get(id)).toThrow(/File not found/);
    expect(() => Drive.Files.update({ trashed: true }, id)).toThrow(/File not found/);
    expect(() => Drive.Permissions.create({ type: 'user', role: 'reader', emailAddress: 'a@b.go.id' }, id)).toThrow(
      /File not found/,
    );
  });

  test('on: files the Drive API made, and files granted through a Picker, are reachable', () => {
    const { rt, Drive, DocumentApp } = setup(['strict-drive-file']);
    const folder = Drive.Files.create({ name: 'Laporan', mimeType: FOLDER });
    const viaApi = Drive.Files.create({ name: 'r', mimeType: DOC, parents: [folder.id] });
    expect(Drive.Files.update({ name: 'r2' }, viaApi.id).name).toBe('r2');
    const picked = DocumentApp.create('Dipilih').getId();
    rt.grantToApp(picked);
    expect(Drive.Files.get(picked, { fields: 'id' })).toEqual({ id: picked });
  });

  test('quirks combine, and an unknown name is refused with the known ones listed', () => {
    const em = createEmulator({
      quirks: ['strict-drive-file', 'no-document-lock', 'scalar-workday', 'formula-locale-separators'],
    });
    expect([...em.rt.quirks].sort()).toEqual([
      'formula-locale-separators',
      'no-document-lock',
      'scalar-workday',
      'strict-drive-file',
    ]);
    expect(() => createEmulator({ quirks: ['scalar-workdays'] })).toThrow(
      /unknown quirk "scalar-workdays": use formula-locale-separators, scalar-workday, strict-drive-file, no-document-lock, clock-without-document/,
    );
  });
});

describe('no-document-lock', () => {
  test('getDocumentLock() is a lock in a spreadsheet by default and null under the quirk', () => {
    expect(createEmulator().services.LockService.getDocumentLock()).not.toBeNull();
    expect(createEmulator({ quirks: ['no-document-lock'] }).services.LockService.getDocumentLock()).toBeNull();
  });
});

describe('no-merge-last-paragraph', () => {
  function lastTwo(quirks: string[]) {
    const { DocumentApp } = setup(quirks);
    const body = DocumentApp.create('x').getBody();
    body.getChild(0).asParagraph().setText('Nama');
    body.appendParagraph('');
    return body;
  }

  test("by default a section's last paragraph merges into the one before it", () => {
    const body = lastTwo([]);
    body.getChild(1).asParagraph().merge();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).asParagraph().getText()).toBe('Nama');
  });

  test('under the quirk it is refused as removeFromParent() is; a paragraph that is not last still merges', () => {
    const body = lastTwo(['no-merge-last-paragraph']);
    expect(() => body.getChild(1).asParagraph().merge()).toThrow(
      "Can't remove the last paragraph in a document section.",
    );
    expect(body.getNumChildren()).toBe(2);
    body.appendParagraph('NIP');
    body.getChild(1).asParagraph().merge();
    expect(body.getNumChildren()).toBe(2);
  });
});
