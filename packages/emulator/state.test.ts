// An emulated Google saved to a folder and loaded again: spreadsheet (with its sheet IDs, hidden
// sheets and protections), Drive records and sharing, documents, file bytes, properties, triggers,
// accounts and their grants, the mail sent.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Emulator, createEmulator, hasState } from './index';

const A = 'ani@ppid.example.go.id';
const B = 'budi@ppid.example.go.id';

test('save and restore keep the office as it was', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ppid-state-'));
  const em = createEmulator({ now: '2025-07-10T03:00:00Z', userEmail: A, accounts: [{ email: B, kind: 'workspace' }] });
  em.addAccount(B, { displayName: 'Budi Santoso' });
  const ss = em.spreadsheet;
  const reg = ss.getSheets()[0].setName('Register');
  reg.getRange('A1:B2').setValues([
    ['No', 'Tanggal'],
    ['001/PPID/2025', new Date('2025-07-01T00:00:00+07:00')],
  ]);
  const log = ss.insertSheet('Log Aktivitas');
  log.hideSheet();
  log.protect().setDescription('catatan').setWarningOnly(true);
  const logId = log.getSheetId();
  const { Drive, DocumentApp, PropertiesService, ScriptApp, MailApp } = em.services;
  const folder = Drive.Files.create({ name: 'Laporan PPID', mimeType: 'application/vnd.google-apps.folder' });
  em.share(folder.id, B, 'editor');
  const pdf = Drive.Files.create({ name: 'a.pdf', parents: [folder.id], mimeType: 'application/pdf' });
  em.rt.files.get(pdf.id)!.bytes = Buffer.from('%PDF-1.4 isi');
  const doc = DocumentApp.create('Templat Surat');
  doc.getBody().appendParagraph('Nomor: {{nomor}}').editAsText().setBold(true);
  doc.getBody().appendTable([['Nama', ':', '{{nama}}']]);
  doc.saveAndClose();
  PropertiesService.getDocumentProperties().setProperty('ppid.folder', JSON.stringify([folder.id, 'Laporan PPID']));
  PropertiesService.getUserProperties().setProperty('mine', 'A');
  em.rt.asUser(B, () => em.rt.grantToApp(folder.id));
  em.rt.asUser(B, () => ScriptApp.newTrigger('runDailyReminder').timeBased().atHour(7).everyDays(1).create());
  MailApp.sendEmail('x@example.go.id', 'Subjek', 'Isi');

  await em.save(dir);
  expect(hasState(dir)).toBe(true);
  const back = await Emulator.restore(dir, { userEmail: B });

  expect(back.rt.userEmail).toBe(B);
  expect(back.rt.now().toISOString()).toBe('2025-07-10T03:00:00.000Z');
  const ss2 = back.spreadsheet;
  expect(ss2.getId()).toBe(ss.getId());
  expect(ss2.getSheetByName('Register').getRange('A2').getValue()).toBe('001/PPID/2025');
  const log2 = ss2.getSheetByName('Log Aktivitas');
  expect(log2.getSheetId()).toBe(logId);
  expect(log2.isSheetHidden()).toBe(true);
  expect(log2.getProtections(back.sheets.SpreadsheetApp.ProtectionType.SHEET)[0].isWarningOnly()).toBe(true);
  // Sharing, ownership and the grants of each account.
  expect(back.rt.files.get(ss.getId())!.owner).toBe(A);
  expect([...back.rt.files.get(folder.id)!.editors]).toEqual([B]);
  expect(back.services.Drive.Files.get(folder.id, { fields: 'id' })).toEqual({ id: folder.id });
  expect(() => back.rt.asUser(A, () => back.services.Drive.Files.get(pdf.id))).not.toThrow();
  expect(back.rt.files.get(pdf.id)!.bytes!.toString()).toBe('%PDF-1.4 isi');
  expect(back.rt.account(B).kind).toBe('workspace');
  expect(back.rt.displayName(B)).toBe('Budi Santoso');
  // The document, its text and table.
  const [text, cell, bold] = back.rt.asUser(A, () => {
    const body = back.services.DocumentApp.openById(doc.getId()).getBody();
    return [body.getText(), body.getTables()[0].getCell(0, 2).getText(), body.getParagraphs()[1].editAsText().isBold()];
  });
  expect(text).toContain('Nomor: {{nomor}}');
  expect(cell).toBe('{{nama}}');
  expect(bold).toBe(true);
  // Properties of the document and of each person; the trigger with its owner; the mail sent.
  expect(back.services.PropertiesService.getDocumentProperties().getProperty('ppid.folder')).toContain(folder.id);
  expect(back.rt.asUser(A, () => back.services.PropertiesService.getUserProperties().getProperty('mine'))).toBe('A');
  expect(back.services.PropertiesService.getUserProperties().getProperty('mine')).toBeNull();
  expect(back.services.ScriptApp._triggers.map((t: any) => [t.owner, t.documentId])).toEqual([[B, ss.getId()]]);
  expect(back.services.MailApp._sent.map((m: any) => m.subject)).toEqual(['Subjek']);
  expect(back.rt.asUser(A, () => back.services.MailApp.getRemainingDailyQuota())).toBe(99);
});
