// Drive side of a report: the unit's folder, the PDF and JSON beside the document, replacing the
// previous files of the same period, sharing with the central PPID and the notice e-mail.
// With the drive.file scope the add-on sees only files it created, so it remembers their IDs in
// the document properties instead of searching Drive by name.
import type { ShareRole } from '../core/settings-model';

type Folder = GoogleAppsScript.Drive.Folder;
type File = GoogleAppsScript.Drive.File;
type Document = GoogleAppsScript.Document.Document;

const FOLDER_KEY = 'ppid.folder';
const REPORT_KEY = 'ppid.report.';

export interface ReportFiles {
  doc: File;
  pdf: File;
  json: File;
}

function props() {
  return PropertiesService.getDocumentProperties();
}

/**
 * A Drive folder by ID, or null when it is not there. Asked twice: taking a passing Drive error
 * for "gone" would start a second report folder.
 */
function folderById(id: string): Folder | null {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return DriveApp.getFolderById(id);
    } catch (_) {
      // Not there (or not ours), or a passing error: once more.
    }
  }
  return null;
}

function isTrashed(folder: Folder): boolean {
  try {
    return folder.isTrashed();
  } catch (_) {
    return folder.isTrashed();
  }
}

/** The report folder: a Drive folder ID from the settings, the one we made before, or a new one. */
export function resolveFolder(setting: string): Folder {
  const value = setting.trim() || 'Laporan PPID';
  if (/^[A-Za-z0-9_-]{20,}$/.test(value)) {
    // Not a folder ID after all (or not ours): fall back to a folder by that name.
    const byId = folderById(value);
    if (byId) return byId;
  }
  const stored = props().getProperty(FOLDER_KEY);
  if (stored) {
    let remembered: [string, string] | null = null;
    try {
      remembered = JSON.parse(stored) as [string, string];
    } catch (_) {
      // Unreadable: make a new folder.
    }
    if (remembered && remembered[1] === value) {
      const f = folderById(remembered[0]);
      // The remembered folder is gone or in the trash: make a new one.
      if (f && !isTrashed(f)) return f;
    }
  }
  const folder = DriveApp.createFolder(value);
  props().setProperty(FOLDER_KEY, JSON.stringify([folder.getId(), value]));
  return folder;
}

/** Moves the document into the folder and saves its PDF and the recap JSON beside it. */
export function saveReportFiles(folder: Folder, doc: Document, fileName: string, json: string): ReportFiles {
  const docFile = DriveApp.getFileById(doc.getId());
  docFile.moveTo(folder);
  const pdfBlob = doc.getAs('application/pdf').setName(`${fileName}.pdf`);
  const pdf = folder.createFile(pdfBlob);
  try {
    const jsonFile = folder.createFile(`${fileName}.json`, json, 'application/json');
    return { doc: docFile, pdf, json: jsonFile };
  } catch (err) {
    trashQuietly(pdf);
    throw err;
  }
}

function trashQuietly(f: File): void {
  try {
    f.setTrashed(true);
  } catch (_) {
    // The original error is the one worth reporting.
  }
}

/** Trashes the files of a run that failed before they became the period's report. */
export function discardFiles(files: ReportFiles | null): void {
  if (!files) return;
  trashQuietly(files.pdf);
  trashQuietly(files.json);
}

/**
 * Remembers this period's files and trashes the previous generation's (kept in Drive's trash for
 * 30 days, so an officer can still recover one), making regeneration idempotent.
 */
export function replacePreviousFiles(periodKey: string, files: ReportFiles): void {
  const key = REPORT_KEY + periodKey;
  const old = props().getProperty(key);
  props().setProperty(key, JSON.stringify({ doc: files.doc.getId(), pdf: files.pdf.getId(), json: files.json.getId() }));
  if (!old) return;
  let ids: string[] = [];
  try {
    ids = Object.values(JSON.parse(old) as Record<string, string>);
  } catch (_) {
    return;
  }
  for (const id of ids) {
    // Twice: a passing Drive error must not leave two reports of one period visible.
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        DriveApp.getFileById(id).setTrashed(true);
        break;
      } catch (_) {
        // Already deleted by hand (nothing to replace), or a passing error (try once more).
      }
    }
  }
}

/** Gives the central PPID access: one call per file and role, never public. */
export function shareFiles(files: File[], emails: string[], role: ShareRole): void {
  if (!emails.length) return;
  for (const f of files) {
    if (role === 'editor') f.addEditors(emails);
    else if (role === 'commenter') for (const e of emails) f.addCommenter(e);
    else f.addViewers(emails);
  }
}

export function sendNotice(to: string[], subject: string, body: string): void {
  MailApp.sendEmail({ to: to.join(','), subject, body });
}

/** Trashes a document made by a run that failed, so no half-made report stays visible. */
export function discardDocument(doc: Document | null): void {
  if (!doc) return;
  try {
    DriveApp.getFileById(doc.getId()).setTrashed(true);
  } catch (_) {
    // The original error is the one worth reporting.
  }
}
