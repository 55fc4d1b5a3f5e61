// Drive side of a report: the unit's folder, the PDF and JSON beside the document, replacing the
// previous files of the same period, sharing with the central PPID and the notice e-mail.
//
// Everything goes through the Advanced Drive service (Drive API v3), not DriveApp: DriveApp's
// methods need the full https://www.googleapis.com/auth/drive scope, while the API works under
// drive.file, which only reaches files this add-on created. For the same reason the add-on
// remembers its folder and files by ID in the document properties instead of searching by name,
// and makes the report document itself through the API (drive.ts, createDocInFolder).
import type { ShareRole } from '../core/settings';
import { UserError } from '../core/errors';
import { ALL_DRIVES, FOLDER_MIME, drive, driveDisabledError, trashFile, withDrive } from './drive';
import { officerEmail } from '../platform/officer';

type Document = GoogleAppsScript.Document.Document;

/** A Drive file the add-on made: its ID and the link officers open. */
export interface DriveRef {
  id: string;
  url: string;
}

export interface ReportFiles {
  doc: DriveRef;
  pdf: DriveRef;
  json: DriveRef;
}

const FOLDER_KEY = 'ppid.folder';
const REPORT_KEY = 'ppid.report.';
const ROLE: Record<ShareRole, string> = { viewer: 'reader', commenter: 'commenter', editor: 'writer' };

function props() {
  return PropertiesService.getDocumentProperties();
}

const docUrl = (id: string) => `https://docs.google.com/document/d/${id}/edit`;
const fileUrl = (id: string) => `https://drive.google.com/file/d/${id}/view`;

/**
 * A folder of ours by ID, or null when it is gone, trashed or not reachable. Asked twice: taking
 * a passing Drive error for "gone" would start a second report folder.
 */
function folderById(id: string): string | null {
  const state = folderState(id);
  return typeof state === 'string' ? null : state.id;
}

/**
 * What Drive says of a folder: there ({ id }), 'gone' (trashed, or not a folder), or
 * 'unreachable': not found for this officer. Under drive.file that is a folder deleted for good, or
 * one another officer's add-on made and this officer never picked: grants are per person ("per-file
 * access to files created or opened by the app", granted "on a per-user basis", Drive API scopes
 * page, https://developers.google.com/drive/api/guides/about-auth), and Drive answers both alike.
 */
function folderState(id: string): { id: string } | 'gone' | 'unreachable' {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const f = drive().Files!.get(id, { ...ALL_DRIVES, fields: 'id,mimeType,trashed' });
      return f.mimeType === FOLDER_MIME && !f.trashed ? { id: f.id! } : 'gone';
    } catch (err) {
      // Not there (or not ours), or a passing error: once more. A Drive switched off is neither.
      if (err instanceof UserError || driveDisabledError(err)) throw new UserError('err.driveDisabled');
    }
  }
  return 'unreachable';
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * The parents of the report folder the add-on remembers (the letters folder is made beside it),
 * or none when no report folder was made yet or it cannot be reached.
 */
export function reportFolderParents(): string[] {
  try {
    const stored = props().getProperty(FOLDER_KEY);
    if (!stored) return [];
    const [id] = JSON.parse(stored) as [string, string];
    return drive().Files!.get(id, { ...ALL_DRIVES, fields: 'parents' }).parents ?? [];
  } catch (_) {
    return [];
  }
}

/**
 * A folder of the add-on (the report folder unless `opts.key` names another): a folder ID from
 * the settings (it must be one the add-on made: the drive.file scope reaches nothing else), the
 * folder made before under that name, or a new one.
 */
export function resolveFolder(setting: string, opts: FolderOptions = {}): string {
  return withDrive(() => resolveFolderId(setting, opts));
}

/** Which folder: the report folder unless a key of its own, name, parents and error say otherwise. */
export interface FolderOptions {
  key?: string;
  defaultName?: string;
  parents?: string[];
  errorKey?: string;
  /** The register's editors, asked only when a folder is made: it is shared with them as writers. */
  shareWith?: () => string[];
}

function resolveFolderId(setting: string, opts: FolderOptions): string {
  const key = opts.key ?? FOLDER_KEY;
  const value = setting.trim() || opts.defaultName || 'Laporan PPID';
  // A pasted folder link, or an ID: long, mixing digits with lower and upper case letters.
  const url = value.match(/\/folders\/([A-Za-z0-9_-]{20,})/);
  const id = url
    ? url[1]
    : /^[A-Za-z0-9_-]{28,}$/.test(value) && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value)
      ? value
      : null;
  if (id) {
    const byId = folderById(id);
    if (byId) return byId;
    throw new UserError(opts.errorKey ?? 'err.folderNotReachable', { value });
  }
  const stored = props().getProperty(key);
  if (stored) {
    // [id, name] or, since several officers share a register, [id, name, creator's address].
    let remembered: [string, string, string?] | null = null;
    try {
      remembered = JSON.parse(stored) as [string, string, string?];
    } catch (_) {
      // Unreadable: make a new folder.
    }
    if (remembered && remembered[1] === value) {
      const state = folderState(remembered[0]);
      if (typeof state !== 'string') return state.id;
      // Not found for this officer: unless they made it themselves (then it was deleted), it is a
      // colleague's folder this officer's add-on has no grant for. A new folder would overwrite the
      // unit's one for everyone (and the next officer would do the same): refuse, naming whom to ask.
      const creator = remembered[2] ?? '';
      const me = officerEmail();
      if (state === 'unreachable' && !(creator && me && sameAddress(creator, me))) {
        throw creator
          ? new UserError('err.folderOfColleague', { value, owner: creator, me: me || '?' })
          : new UserError('err.folderOfUnknown', { value });
      }
    }
  }
  const folder = drive().Files!.create(
    { name: value, mimeType: FOLDER_MIME, ...(opts.parents?.length ? { parents: opts.parents } : {}) },
    null as unknown as GoogleAppsScript.Base.Blob,
    ALL_DRIVES,
  );
  props().setProperty(key, JSON.stringify([folder.id, value, officerEmail()]));
  shareWithOffice(folder.id!, opts.shareWith ? opts.shareWith() : []);
  return folder.id!;
}

/**
 * Shares a folder the add-on just made with the register's other editors, as writers, without
 * Drive's notice e-mail: each officer can then see it in Drive and pick it once, after which their
 * own add-on reaches it (drive.file grants are per person). The app may share it because it made
 * it (permissions.create needs a file the app reaches). Best effort: a refused address (no Google
 * account, a domain that forbids outside sharing) is skipped; the officer who cannot reach the
 * folder later is told whom to ask.
 */
function shareWithOffice(folderId: string, emails: string[]): void {
  const me = officerEmail();
  for (const emailAddress of emails) {
    if (!emailAddress || (me && sameAddress(emailAddress, me))) continue;
    try {
      drive().Permissions!.create({ type: 'user', role: 'writer', emailAddress }, folderId, {
        ...ALL_DRIVES,
        sendNotificationEmail: false,
      });
    } catch (_) {
      // Skipped: see above.
    }
  }
}

/** Saves the PDF and the recap JSON beside the document, which was made in the folder already. */
export function saveReportFiles(folderId: string, doc: Document, fileName: string, json: string): ReportFiles {
  return withDrive(() => {
    const files = drive().Files!;
    const docId = doc.getId();
    const made: string[] = [];
    try {
      const pdf = files.create(
        { name: `${fileName}.pdf`, parents: [folderId], mimeType: 'application/pdf' },
        doc.getAs('application/pdf'),
        ALL_DRIVES,
      );
      made.push(pdf.id!);
      const jsonFile = files.create(
        { name: `${fileName}.json`, parents: [folderId], mimeType: 'application/json' },
        Utilities.newBlob(json, 'application/json', `${fileName}.json`),
        ALL_DRIVES,
      );
      made.push(jsonFile.id!);
      return {
        doc: { id: docId, url: docUrl(docId) },
        pdf: { id: pdf.id!, url: fileUrl(pdf.id!) },
        json: { id: jsonFile.id!, url: fileUrl(jsonFile.id!) },
      };
    } catch (err) {
      // Nothing half-made stays in the folder: the caller trashes the document.
      made.forEach(trashQuietly);
      throw err;
    }
  });
}

export function renameFile(ref: DriveRef, name: string): void {
  withDrive(() => drive().Files!.update({ name }, ref.id, null as unknown as GoogleAppsScript.Base.Blob, ALL_DRIVES));
}

const trash = trashFile;

function trashQuietly(id: string): void {
  try {
    trash(id);
  } catch (_) {
    // The original error is the one worth reporting.
  }
}

/** Trashes the files of a run that failed before they became the period's report. */
export function discardFiles(files: ReportFiles | null): void {
  if (!files) return;
  trashQuietly(files.pdf.id);
  trashQuietly(files.json.id);
}

/** Trashes a document made by a run that failed, so no half-made report stays visible. */
export function discardDocument(doc: Document | null): void {
  if (doc) trashQuietly(doc.getId());
}

/**
 * Remembers this period's files and trashes the previous generation's (kept in Drive's trash for
 * 30 days, so an officer can still recover one), making regeneration idempotent. Files another
 * officer made cannot always be trashed: their add-on made them, this officer's add-on has no
 * drive.file grant for them (grants are per person, Drive API scopes page), and "Only the owner may
 * trash a file" (Drive API File resource, `trashed`). Those are returned as links, for the officer
 * to be told, and kept in the record, so the next run that can (their maker's) trashes them.
 */
export function replacePreviousFiles(periodKey: string, files: ReportFiles): string[] {
  const key = REPORT_KEY + periodKey;
  const old = props().getProperty(key);
  const me = officerEmail();
  let previous: Record<string, unknown> = {};
  try {
    previous = old ? (JSON.parse(old) as Record<string, unknown>) : {};
  } catch (_) {
    previous = {};
  }
  // {doc, pdf, json} of the last run, its maker (`by`), and files of earlier runs not yet
  // replaced, each with its maker (`stale`: {id: maker}).
  const by = typeof previous.by === 'string' ? previous.by : '';
  const pending: Record<string, string> = {};
  for (const k of ['doc', 'pdf', 'json']) if (typeof previous[k] === 'string') pending[previous[k] as string] = by;
  const stale = previous.stale && typeof previous.stale === 'object' ? (previous.stale as Record<string, unknown>) : {};
  for (const [id, maker] of Object.entries(stale)) pending[id] = typeof maker === 'string' ? maker : '';
  for (const id of [files.doc.id, files.pdf.id, files.json.id]) delete pending[id];
  // The new files become the period's record first, with every earlier one still pending: a fault
  // after this line leaves the new report in place and the old files to the next run.
  const record = (stale: Record<string, string>) =>
    JSON.stringify({
      doc: files.doc.id,
      pdf: files.pdf.id,
      json: files.json.id,
      by: me,
      ...(Object.keys(stale).length ? { stale } : {}),
    });
  const store = props();
  store.setProperty(key, record(pending));
  const left: Record<string, string> = {};
  for (const [id, maker] of Object.entries(pending)) {
    if (trashTwice(id)) continue;
    // Not trashed: deleted by hand already (when this officer made it), or a colleague's file this
    // officer's add-on cannot reach.
    if (!(maker !== '' && me !== '' && sameAddress(maker, me))) left[id] = maker;
  }
  if (Object.keys(left).length !== Object.keys(pending).length) {
    try {
      store.setProperty(key, record(left));
    } catch (_) {
      // The record still lists files already trashed: the next run trashes them again, harmlessly.
    }
  }
  return Object.keys(left).map(fileUrl);
}

/** Trashes a file; twice, since a passing Drive error must not leave two reports of one period visible. */
function trashTwice(id: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      trash(id);
      return true;
    } catch (_) {
      // Already deleted by hand (nothing to replace), or a passing error (try once more).
    }
  }
  return false;
}

/**
 * Gives each central PPID address access to each file with the configured role; never 'anyone'
 * or 'domain'. Drive's own notice is skipped when the add-on sends its notice e-mail, except
 * where Drive insists on it (an address without a Google account). One refused address does not
 * stop the others: the refused ones are returned for the officer.
 */
export function shareFiles(files: DriveRef[], emails: string[], role: ShareRole, notify: boolean): string[] {
  const refused = new Set<string>();
  for (const emailAddress of emails) {
    for (const f of files) {
      const grant = (sendNotificationEmail: boolean) =>
        drive().Permissions!.create({ type: 'user', role: ROLE[role], emailAddress }, f.id, {
          ...ALL_DRIVES,
          sendNotificationEmail,
        });
      try {
        grant(notify);
      } catch (err) {
        try {
          if (notify) throw err;
          grant(true);
        } catch (_) {
          refused.add(emailAddress);
        }
      }
    }
  }
  return [...refused];
}

export function sendNotice(to: string[], subject: string, body: string): void {
  MailApp.sendEmail({ to: to.join(','), subject, body });
}
