// Composes the emulated services other than SpreadsheetApp over one Runtime.
import type { Runtime } from '../runtime';
import { DocumentApp } from './docs';
import { DriveApp, createRootFolder } from './drive';
import { DriveCore } from './drive-core';
import { MailApp } from './mail';
import { PropertiesService, CacheService } from './properties';
import { LockService } from './lock';
import { Session, Logger, ScriptApp } from './script';
import { Utilities } from './utilities';
import { HtmlService } from './html';
import { Ui } from './ui';
import { DriveAdvanced } from './drive-api';
import { installAccessGuard } from './access';
import { DocsAdvanced } from './docs-api';
import { docxToTree } from './drive-convert';
import { loadTree } from './docs-load';
import { defaultPage } from './docs-model';

export function createServices(rt: Runtime) {
  createRootFolder(rt);
  installAccessGuard(rt);
  const core = new DriveCore(rt);
  const DocumentAppObj = new DocumentApp(rt, core);
  core.copyNative = (source, copy) => {
    const model = DocumentAppObj._models.get(source.id);
    if (!model) throw new Error(`not emulated: File.makeCopy of ${source.mimeType}`);
    DocumentAppObj._copyModel(model, copy);
  };
  core.createNative = (name, mimeType) => {
    if (mimeType !== 'application/vnd.google-apps.document')
      throw new Error(`not emulated: Drive.Files.create of ${mimeType}`);
    // The same blank document DocumentApp.create makes, counted once as the Drive call.
    const doc = rt.uncounted(() => DocumentAppObj.create(name));
    return doc._m.record;
  };
  core.importDocx = (name, bytes) => {
    // A new Doc filled from the .docx (drive-convert.ts), saved as the server saves it: the Docs
    // API reads it at once.
    const tree = docxToTree(bytes, name, defaultPage(rt), !rt.quirk('docx-drops-page-number'));
    return rt.uncounted(() => {
      const doc = DocumentAppObj.create(name);
      loadTree(rt, doc, tree);
      doc.saveAndClose();
      return doc._m.record;
    });
  };
  return {
    DocumentApp: DocumentAppObj as any,
    DriveApp: new DriveApp(rt, core) as any,
    /** The Advanced Drive service (v3), enabled in appsscript.json. */
    Drive: new DriveAdvanced(rt, core) as any,
    /** The advanced Docs service (Docs API v1), enabled in appsscript.json: the same documents DocumentApp edits. */
    Docs: new DocsAdvanced(rt, () => DocumentAppObj._models) as any,
    MailApp: new MailApp(rt, core) as any,
    PropertiesService: new PropertiesService(rt) as any,
    LockService: new LockService(rt) as any,
    CacheService: new CacheService(rt) as any,
    Session: new Session(rt) as any,
    Utilities: new Utilities(rt) as any,
    Logger: new Logger(rt) as any,
    ScriptApp: new ScriptApp(rt) as any,
    HtmlService: new HtmlService(rt) as any,
    ui: new Ui(rt) as any,
    /** Emulator-only: Drive internals for the Sheets side and the CLI (record creation, rendering). */
    _drive: core,
  };
}

export { newFileRecord } from '../runtime';
export { DriveCore } from './drive-core';
export type { SentMail } from './mail';
export type { MenuRecord, DialogRecord } from './ui';
