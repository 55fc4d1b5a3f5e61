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

/** The document property holding the report folder the add-on made: [id, name, creator]. */
export const FOLDER_KEY = 'ppid.folder';
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
function folderById(id: string, extraFields = ''): GoogleAppsScript.Drive_v3.Drive.V3.Schema.File | null {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const f = drive().Files!.get(id, { ...ALL_DRIVES, fields: `id,mimeType,trashed${extraFields}` });
      return f.mimeType === FOLDER_MIME && !f.trashed ? f : null;
    } catch (err) {
      // Not there (or not ours), or a passing error: once more. A Drive switched off is neither.
      if (err instanceof UserError || driveDisabledError(err)) throw new UserError('err.driveDisabled');
    }
  }
  return null;
}

/**
 * Whether a folder Drive does not give this officer is unreachable rather than gone: trashed
 * folders answer (trashed: true) to the officer whose add-on reaches them; a 404 is a folder
 * deleted for good, or one another officer's add-on made and this officer never picked. Grants
 * are per person ("per-file access to files created or opened by the app", granted "on a per-user
 * basis", Drive API scopes page, https://developers.google.com/drive/api/guides/about-auth).
 */
export function folderAnswers(id: string): boolean {
  try {
    drive().Files!.get(id, { ...ALL_DRIVES, fields: 'id' });
    return true;
  } catch (_) {
    return false;
  }
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * A folder of the add-on (the report folder unless `opts.key` names another): a folder ID from
 * the settings (it must be one the add-on made: the drive.file scope reaches nothing else), the
 * folder made before under that name, or a new one.
 */
export function resolveFolder(setting: string, opts: FolderOptions = {}): string {
  return withDrive(() => resolveFolderId(setting, opts));
}

/** Which folder: the report folder unless a key of its own, name and error say otherwise. */
export interface FolderOptions {
  key?: string;
  defaultName?: string;
  errorKey?: string;
  /** The register's editors, asked only when a folder is made: it is shared with them as writers. */
  shareWith?: () => string[];
  /**
   * A folder that must never be reached by sharing (the letters: applicants' personal data).
   * Made with no parent, so in the officer's My Drive ("If not specified as part of a create
   * request, the file is placed directly in the user's My Drive folder": Drive API v3, File.parents),
   * never beside the report folder, whose parent an office may share. Checked every time it is
   * used: not shared ("shared: Whether the file has been shared"), not in a shared drive
   * ("driveId: Only populated for items in shared drives"), and still in the parent it was made
   * in (or first found in); otherwise `privateErrorKey` names it and nothing is made there.
   */
  private?: boolean;
  privateErrorKey?: string;
}

/** A folder of the add-on with where it stands, for the dialogs that say where files are. */
export interface FolderRef {
  id: string;
  name: string;
  url: string;
  /**
   * A private folder an older version made beside the report folder, in the same parent: whether
   * that parent is the officer's My Drive or a folder someone shares cannot be told under
   * drive.file, so the officer is told to move it (it is remembered where it stands once moved).
   */
  besideReports?: boolean;
}

const folderUrl = (id: string) => `https://drive.google.com/drive/folders/${id}`;

/** The folder ID a setting holds (a pasted folder link, or an ID), or null when it holds a name. */
export function folderIdIn(value: string): string | null {
  // An ID is long and mixes digits with lower and upper case letters.
  const url = value.match(/\/folders\/([A-Za-z0-9_-]{20,})/);
  if (url) return url[1];
  return /^[A-Za-z0-9_-]{28,}$/.test(value) && /\d/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value)
    ? value
    : null;
}

function resolveFolderId(setting: string, opts: FolderOptions): string {
  return resolveFolderRef(setting, opts).id;
}

/** Like resolveFolder, with the folder's name and link. */
export function resolveFolderAt(setting: string, opts: FolderOptions = {}): FolderRef {
  return withDrive(() => resolveFolderRef(setting, opts));
}

function resolveFolderRef(setting: string, opts: FolderOptions): FolderRef {
  const key = opts.key ?? FOLDER_KEY;
  const value = setting.trim() || opts.defaultName || 'Laporan PPID';
  const extra = opts.private ? ',name,shared,driveId,parents' : '';
  const ref = (f: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File, name: string) => ({
    id: f.id!,
    name,
    url: folderUrl(f.id!),
  });
  const id = folderIdIn(value);
  const recall = (): [string, string, string?, string?] | null => {
    const stored = props().getProperty(key);
    if (!stored) return null;
    try {
      return JSON.parse(stored) as [string, string, string?, string?];
    } catch (_) {
      return null; // Unreadable: make a new folder.
    }
  };
  if (id) {
    const byId = folderById(id, extra);
    if (!byId) throw new UserError(opts.errorKey ?? 'err.folderNotReachable', { value });
    if (opts.private) {
      const remembered = recall();
      const home = remembered && remembered[0] === byId.id ? remembered[2] : undefined;
      return { ...ref(byId, byId.name ?? value), ...checkPrivate(byId, home, opts, key, value) };
    }
    return ref(byId, value);
  }
  const remembered = recall();
  if (remembered && remembered[1] === value) {
    const f = folderById(remembered[0], extra);
    if (f) {
      return { ...ref(f, value), ...(opts.private ? checkPrivate(f, remembered[2], opts, key, value) : {}) };
    }
    // The unit's shared report folder, not found for this officer: unless they made it (then it
    // was deleted), it is a colleague's folder their add-on has no grant for. A new folder would
    // replace the unit's for everyone (and the next officer would do the same): refuse, naming
    // whom to ask. [id, name, creator] since several officers share a register. Private folders
    // (the letters) are never shared, so each officer's stays theirs (main's rule, kept).
    if (!opts.private && !folderAnswers(remembered[0])) {
      const creator = remembered[2] ?? '';
      const me = officerEmail();
      if (!(creator && me && sameAddress(creator, me))) {
        throw creator
          ? new UserError('err.folderOfColleague', { value, owner: creator, me: me || '?' })
          : new UserError('err.folderOfUnknown', { value });
      }
    }
  }
  const folder = drive().Files!.create(
    { name: value, mimeType: FOLDER_MIME },
    null as unknown as GoogleAppsScript.Base.Blob,
    { ...ALL_DRIVES, fields: 'id,parents' },
  );
  const home = opts.private ? (folder.parents ?? [])[0] : undefined;
  props().setProperty(key, JSON.stringify(home ? [folder.id, value, home] : [folder.id, value, officerEmail()]));
  if (!opts.private) shareWithOffice(folder.id!, opts.shareWith ? opts.shareWith() : []);
  return ref(folder, value);
}

/**
 * Refuses a private folder that sharing can reach: shared itself, in a shared drive, or moved
 * out of the place it was made in (or first found in, for a folder an older version made or the
 * officer named: that place is remembered from then on, so a later move is caught).
 */
function checkPrivate(
  f: GoogleAppsScript.Drive_v3.Drive.V3.Schema.File,
  home: string | undefined,
  opts: FolderOptions,
  key: string,
  value: string,
): { besideReports?: boolean } {
  const parents = f.parents ?? [];
  const moved = home !== undefined && (parents.length !== 1 || parents[0] !== home);
  if (f.shared || f.driveId || moved)
    throw new UserError(opts.privateErrorKey ?? 'err.folderShared', { value: f.name ?? value });
  if (home !== undefined || parents.length !== 1) return {};
  const reports = reportFolderParents();
  if (parents.some((p) => reports.includes(p))) return { besideReports: true };
  props().setProperty(key, JSON.stringify([f.id, value, parents[0]]));
  return {};
}

/**
 * The parents of the report folder the add-on remembers (an older version made the letters
 * folder beside it), or none when no report folder was made yet or it cannot be reached.
 */
function reportFolderParents(): string[] {
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
 * Shares a folder the add-on just made with the register's other editors, as writers, without
 * Drive's notice e-mail: each officer can then see it in Drive and pick it once, after which their
 * own add-on reaches it (drive.file grants are per person). The app may share it because it made
 * it (permissions.create needs a file the app reaches). Best effort: a refused address (no Google
 * account, a domain that forbids outside sharing) is skipped; the officer who cannot reach the
 * folder later is told whom to ask.
 */
export function shareWithOffice(folderId: string, emails: string[], role: 'writer' | 'reader' = 'writer'): void {
  const me = officerEmail();
  for (const emailAddress of emails) {
    if (!emailAddress || (me && sameAddress(emailAddress, me))) continue;
    try {
      drive().Permissions!.create({ type: 'user', role, emailAddress }, folderId, {
        ...ALL_DRIVES,
        sendNotificationEmail: false,
      });
    } catch (_) {
      // Skipped: see above.
    }
  }
}

/**
 * The document's PDF beside it in the folder (the PDF's title is the document's name at export:
 * rename the document first). The caller trashes it if a later step fails.
 */
export function saveDocumentPdf(folderId: string, doc: Document, fileName: string): DriveRef {
  return withDrive(() => {
    const pdf = drive().Files!.create(
      { name: `${fileName}.pdf`, parents: [folderId], mimeType: 'application/pdf' },
      doc.getAs('application/pdf'),
      ALL_DRIVES,
    );
    return { id: pdf.id!, url: fileUrl(pdf.id!) };
  });
}

/** Saves the PDF and the recap JSON beside the document, which was made in the folder already. */
export function saveReportFiles(folderId: string, doc: Document, fileName: string, json: string): ReportFiles {
  return withDrive(() => {
    const files = drive().Files!;
    const docId = doc.getId();
    const made: string[] = [];
    try {
      const pdf = saveDocumentPdf(folderId, doc, fileName);
      made.push(pdf.id);
      const jsonFile = files.create(
        { name: `${fileName}.json`, parents: [folderId], mimeType: 'application/json' },
        Utilities.newBlob(json, 'application/json', `${fileName}.json`),
        ALL_DRIVES,
      );
      made.push(jsonFile.id!);
      return {
        doc: { id: docId, url: docUrl(docId) },
        pdf,
        json: { id: jsonFile.id!, url: fileUrl(jsonFile.id!) },
      };
    } catch (err) {
      // Nothing half-made stays in the folder: the caller trashes the document.
      made.forEach(trashQuietly);
      throw err;
    }
  });
}

/** A document's own link, for files made outside saveReportFiles (the published DIP). */
export function documentRef(doc: Document): DriveRef {
  return { id: doc.getId(), url: docUrl(doc.getId()) };
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

/** Trashes files of a failed run by ID, quietly (the original error is the one to report). */
export function discardIds(ids: string[]): void {
  ids.forEach(trashQuietly);
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
 * 30 days, so an officer can still recover one), making regeneration idempotent.
 */
export function replacePreviousFiles(periodKey: string, files: ReportFiles): void {
  trashPreviousFiles(recordReportFiles(periodKey, files));
}

/** The file IDs recorded under a key (a period, or the published DIP), by name; {} when none. */
export function recordedFiles(periodKey: string): Record<string, string> {
  try {
    const v = JSON.parse(props().getProperty(REPORT_KEY + periodKey) ?? '{}');
    if (!v || typeof v !== 'object') return {};
    const { by: _maker, ...files } = v as Record<string, string>;
    return files;
  } catch (_) {
    return {};
  }
}

/**
 * Records these files as the period's report and returns the previous generation's IDs. The one
 * write that makes a report the period's: a report commits here (src/ui/report-action.ts).
 */
export function recordReportFiles(periodKey: string, files: ReportFiles | Record<string, DriveRef>): string[] {
  const key = REPORT_KEY + periodKey;
  const old = previousReport(periodKey).ids;
  const ids = Object.fromEntries(Object.entries(files as Record<string, DriveRef>).map(([k, f]) => [k, f.id]));
  props().setProperty(key, JSON.stringify({ ...ids, by: officerEmail() }));
  return old;
}

/**
 * The period's (or the DIP's) record: its file IDs, in the order recorded, and the officer whose
 * add-on made them (absent in records older than #26).
 */
export function previousReport(periodKey: string): { ids: string[]; by: string } {
  const old = props().getProperty(REPORT_KEY + periodKey);
  if (!old) return { ids: [], by: '' };
  try {
    const { by, ...files } = JSON.parse(old) as Record<string, string>;
    return { ids: Object.values(files).filter(Boolean), by: by ?? '' };
  } catch (_) {
    return { ids: [], by: '' };
  }
}

/** Whether a report record names another officer than this one (their files this add-on may not reach). */
export function madeByColleague(by: string): boolean {
  const me = officerEmail();
  // Unknown (Drive's About did not answer): not taken for a colleague, so a passing Drive error
  // never renames this officer's own report; an earlier file that then cannot be trashed is still
  // named in the dialog (report-action.ts, earlierFiles).
  return by !== '' && me !== '' && !sameAddress(by, me);
}

/** Trashes a previous generation; never throws (a leftover is kept in Drive, never half a report). Returns the IDs not trashed. */
export function trashPreviousFiles(ids: string[]): string[] {
  const left: string[] = [];
  for (const id of ids) {
    // Twice: a passing Drive error must not leave two reports of one period visible.
    let done = false;
    for (let attempt = 0; attempt < 2 && !done; attempt++) {
      try {
        trash(id);
        done = true;
      } catch (_) {
        // Already deleted by hand (nothing to replace), a colleague's file (only its owner may
        // trash it, and drive.file may not reach it), or a passing error (try once more).
      }
    }
    if (!done) left.push(id);
  }
  return left;
}

/** Who receives the report: an address, and whether the officer marked it a Google Group. */
export interface Recipient {
  email: string;
  group: boolean;
}

/** What sharing did, file by file (keys of the files given), address by address. */
export interface ShareOutcome {
  /** Per address, the files Drive refused to share with it (absent: all shared). */
  refused: Record<string, string[]>;
  /** Addresses Drive sent its own invitation to (no Google account: Drive insists on it). */
  notifiedByDrive: string[];
}

/**
 * Drive's answer for an address without a Google account shared without its notice. Quoted from
 * live runs (research/google.md §7): 'Since there is no Google account associated with this email
 * address, you must check the "Notify people" box to invite this recipient.' (reason
 * invalidSharingRequest).
 */
const NEEDS_NOTICE = /no Google account|Notify people/i;

/**
 * Gives each address access to each file with the configured role; never 'anyone' or 'domain'.
 * An address the officer marked as a Google Group is shared as `type: 'group'` (Drive API v3,
 * Permission.type: "if type is user or group, you must provide an emailAddress for the user or
 * group"); what Drive does with a group address sent as 'user' is not documented (the emulator's
 * `group-as-user-refused` quirk), so a refused address is reported with the hint to mark it.
 * Drive's own notice is skipped when the add-on sends its notice e-mail, except where Drive
 * insists on it (an address without a Google account): those addresses are returned, so that the
 * add-on's e-mail does not reach them a second time, and their further files are shared with the
 * notice at once. Any other error is tried once more (a passing one), then the file is refused
 * for that address alone: one refusal never stops the others.
 */
export function shareFiles(
  files: Record<string, DriveRef>,
  recipients: Recipient[],
  role: ShareRole,
  notify: boolean,
): ShareOutcome {
  const out: ShareOutcome = { refused: {}, notifiedByDrive: [] };
  for (const { email: emailAddress, group } of recipients) {
    let withNotice = notify;
    for (const [name, f] of Object.entries(files)) {
      const grant = (sendNotificationEmail: boolean) =>
        drive().Permissions!.create({ type: group ? 'group' : 'user', role: ROLE[role], emailAddress }, f.id, {
          ...ALL_DRIVES,
          sendNotificationEmail,
        });
      let done = false;
      for (let attempt = 0; attempt < 2 && !done; attempt++) {
        try {
          grant(withNotice);
          done = true;
        } catch (err) {
          if (!withNotice && NEEDS_NOTICE.test(String((err as Error)?.message ?? err))) {
            // Not a passing error: the same request would fail again. With Drive's notice, once.
            withNotice = true;
            attempt--;
          }
        }
      }
      if (!done) out.refused[emailAddress] = [...(out.refused[emailAddress] ?? []), name];
      else if (withNotice && !notify && !out.notifiedByDrive.includes(emailAddress))
        out.notifiedByDrive.push(emailAddress);
    }
  }
  return out;
}

export function sendNotice(to: string[], subject: string, body: string): void {
  MailApp.sendEmail({ to: to.join(','), subject, body });
}
