// The Advanced Drive service (Drive API v3) as the add-on reaches it, with the officer-facing
// error for a Drive service that is missing or switched off, and the one way the add-on makes a
// Google Docs document: created by the Drive API in its folder, then opened with DocumentApp.
//
// Why the Drive API and not DriveApp: DriveApp needs the full drive scope, while the API works
// under drive.file, which reaches only files the app created through it (or the user picked).
// Why create Docs through the API: whether a Doc made by DocumentApp.create counts as "created
// by this app" for drive.file is not documented (the emulator's `strict-drive-file` quirk says it
// does not); a Doc made by Drive.Files.create is one by definition. The Docs API guide names this
// way of making a document inside a folder: https://developers.google.com/workspace/docs/api/how-tos/documents
import { UserError } from '../core/errors';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';
export const DOCS_MIME = 'application/vnd.google-apps.document';
/** A report folder may sit in a shared drive: every call says the add-on understands those. */
export const ALL_DRIVES = { supportsAllDrives: true };

/**
 * How Google says the Drive service is unavailable: the advanced service not added to the
 * project ("ReferenceError: Drive is not defined", googleworkspace/apps-script-samples#74) or
 * the Drive API off in the Cloud project or for the domain ("Access Not Configured. Drive API has
 * not been used in project … or it is disabled", lmmx/gdocs2md-html#3, transloadit/uppy#1300).
 * The reference's Drive Service page says an admin can disable Drive access for scripts and a
 * standard Cloud project must turn the Drive API on. The exact texts are not documented.
 */
const DISABLED =
  /Drive is not defined|has not been used in project|is disabled|accessNotConfigured|Access Not Configured|Drive SDK|disabled Drive apps/i;

export function driveDisabledError(err: unknown): boolean {
  const msg = err && (err as Error).message ? (err as Error).message : String(err);
  return DISABLED.test(msg);
}

/** The Drive service, or the officer's sentence naming what the admin must turn on. */
export function drive(): GoogleAppsScript.Drive {
  if (typeof Drive === 'undefined' || !Drive) throw new UserError('err.driveDisabled');
  return Drive;
}

/** Runs Drive work; an error that means "Drive API switched off" becomes the officer's sentence. */
export function withDrive<T>(work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (!(err instanceof UserError) && driveDisabledError(err)) throw new UserError('err.driveDisabled');
    throw err;
  }
}

/**
 * A new Google Docs document named `name` in the folder, opened for writing: empty, or imported
 * from `content` (a .docx: "If a file is created with a Google Doc MIME type, the uploaded content
 * is imported, if possible", Drive API v3 File.mimeType,
 * https://developers.google.com/workspace/drive/api/reference/rest/v3/files; the import formats
 * are listed in About.importFormats). Either way a file this app created through the API, so
 * drive.file reaches it. The caller owns cleanup: trash it by ID if filling it fails. For
 * reports, letters, consolidated reports.
 */
export function createDocInFolder(
  name: string,
  folderId: string,
  content?: GoogleAppsScript.Base.Blob,
): GoogleAppsScript.Document.Document {
  const file = withDrive(() =>
    drive().Files!.create(
      { name, mimeType: DOCS_MIME, parents: [folderId] },
      content ?? (null as unknown as GoogleAppsScript.Base.Blob),
      ALL_DRIVES,
    ),
  );
  try {
    return DocumentApp.openById(file.id!);
  } catch (err) {
    // An empty document nobody can use must not stay in the folder.
    try {
      trashFile(file.id!);
    } catch (_) {
      // The original error is the one worth reporting.
    }
    throw err;
  }
}

/** Moves a file to Drive's trash (30 days to recover), through the API like everything else. */
export function trashFile(id: string): void {
  withDrive(() =>
    drive().Files!.update({ trashed: true }, id, null as unknown as GoogleAppsScript.Base.Blob, ALL_DRIVES),
  );
}
