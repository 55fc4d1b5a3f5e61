// The Drive logic under DriveApp (drive.ts), the advanced Drive service (drive-api.ts), MailApp's
// attachments and Documents: records in the runtime's file table (rt.files), sharing, rendering,
// search queries, and DriveApp's Access and Permission enums. Sharing follows the documented
// rules: a viewer added never changes the general access (a new file stays PRIVATE), an editor is
// not demoted by addViewer, the owner is not listed among editors, a malformed address is refused
// like Drive refuses it.
import { type Runtime, type FileRecord, newFileRecord } from '../runtime';
import { canSee } from '../drive-acl';
import { Blob, blobBytes } from '../blob';
import { type EnumValue, makeEnum, gasError, isEmail, User } from './common';
import type { DriveLink } from './docs';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export const Access = makeEnum('Access', ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE']);
export const Permission = makeEnum('Permission', [
  'VIEW',
  'EDIT',
  'COMMENT',
  'OWNER',
  'ORGANIZER',
  'FILE_ORGANIZER',
  'NONE',
]);

export const MimeType: Record<string, string> = Object.freeze({
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: FOLDER_MIME,
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
});

const NOT_FOUND = 'No item with the given ID could be found. Or perhaps you do not have permission to access it.';

/** The Drive logic both DriveApp objects and Documents use (implements the Docs side's DriveLink). */
export class DriveCore implements DriveLink {
  /** Set by createServices: copies a Docs model for makeCopy. */
  copyNative: ((source: FileRecord, copy: FileRecord) => void) | null = null;
  /** Set by createServices: makes an empty Google-native file (a Doc) for Drive.Files.create. */
  createNative: ((name: string, mimeType: string) => FileRecord) | null = null;
  /** Set by createServices: a Google Doc imported from a .docx (drive-convert.ts) for Drive.Files.create. */
  importDocx: ((name: string, bytes: Buffer) => FileRecord) | null = null;

  constructor(readonly rt: Runtime) {}

  newRecord(name: string, mimeType: string, parentId?: string): FileRecord {
    return newFileRecord(this.rt, name, mimeType, parentId);
  }

  /** A file by ID as the signed-in person reaches it in Drive (DriveApp): one they cannot see is not found. */
  record(id: unknown, folder: boolean): FileRecord {
    const rec = this.rt.files.get(String(id));
    if (!rec || rec.isFolder !== folder || !canSee(this.rt.files, rec, this.rt.userEmail)) throw gasError(NOT_FOUND);
    return rec;
  }

  render(rec: FileRecord, contentType: string): Blob {
    if (rec.render) {
      const out = rec.render(contentType);
      return new Blob(this.rt, out.bytes, out.contentType, out.name);
    }
    if (contentType !== rec.mimeType) {
      throw gasError(`Converting from ${rec.mimeType} to ${contentType} is not supported.`);
    }
    return new Blob(this.rt, rec.bytes ?? Buffer.alloc(0), rec.mimeType, rec.name);
  }

  users(rec: FileRecord, kind: 'editors' | 'viewers'): any[] {
    const emails = kind === 'editors' ? [...rec.editors] : [...rec.viewers, ...rec.commenters];
    return emails.map((e) => new User(this.rt, e));
  }

  /** Adds a user the way File.addViewer / addEditor / addCommenter does. */
  share(rec: FileRecord, kind: 'editors' | 'viewers' | 'commenters', email: unknown): void {
    const address = emailOf(email);
    if (!isEmail(address)) throw gasError('Invalid argument: permission.value');
    if (address === rec.owner) return;
    if (kind === 'editors') {
      rec.viewers.delete(address);
      rec.commenters.delete(address);
      rec.editors.add(address);
    } else if (kind === 'commenters') {
      if (rec.editors.has(address)) return;
      rec.viewers.delete(address);
      rec.commenters.add(address);
    } else {
      if (rec.editors.has(address) || rec.commenters.has(address)) return;
      rec.viewers.add(address);
    }
    rec.updated = this.rt.now();
  }

  access(rec: FileRecord, email: unknown): EnumValue {
    const address = emailOf(email);
    if (address === rec.owner) return Permission.OWNER;
    if (rec.editors.has(address)) return Permission.EDIT;
    const general = rec.access === 'ANYONE' || rec.access === 'ANYONE_WITH_LINK' ? rec.permission : 'NONE';
    if (general === 'EDIT') return Permission.EDIT;
    if (rec.commenters.has(address) || general === 'COMMENT') return Permission.COMMENT;
    if (rec.viewers.has(address) || general === 'VIEW') return Permission.VIEW;
    return Permission.NONE;
  }

  children(folderId: string, folders: boolean): FileRecord[] {
    return [...this.rt.files.values()].filter((r) => r.isFolder === folders && r.parents.includes(folderId));
  }

  url(rec: FileRecord): string {
    if (rec.isFolder) return `https://drive.google.com/drive/folders/${rec.id}`;
    switch (rec.mimeType) {
      case 'application/vnd.google-apps.document':
        return `https://docs.google.com/document/d/${rec.id}/edit?usp=drivesdk`;
      case 'application/vnd.google-apps.spreadsheet':
        return `https://docs.google.com/spreadsheets/d/${rec.id}/edit?usp=drivesdk`;
      case 'application/vnd.google-apps.presentation':
        return `https://docs.google.com/presentation/d/${rec.id}/edit?usp=drivesdk`;
      default:
        return `https://drive.google.com/file/d/${rec.id}/view?usp=drivesdk`;
    }
  }

  /** DriveApp.createFile / Folder.createFile, both overloads. */
  createFile(parentId: string, args: unknown[]): FileRecord {
    let name: string;
    let bytes: Buffer;
    let mimeType: string;
    if (args.length === 1 && args[0] != null && typeof args[0] === 'object') {
      const blob = args[0] as { _name?: string | null; _contentType?: string | null; getName?: () => string };
      bytes = blobBytes(blob);
      name = blob._name ?? 'Untitled';
      mimeType = blob._contentType ?? 'application/octet-stream';
    } else {
      if (args[0] == null || String(args[0]) === '') throw gasError('Invalid argument: name');
      name = String(args[0]);
      bytes = Buffer.from(String(args[1] ?? ''), 'utf8');
      mimeType = args[2] == null ? 'text/plain' : String(args[2]);
    }
    if (mimeType.startsWith('application/vnd.google-apps.')) throw gasError('Invalid argument: file.contentType');
    const rec = this.newRecord(name, mimeType, parentId);
    rec.bytes = bytes;
    return rec;
  }

  search(query: string, folders: boolean, parentId?: string): FileRecord[] {
    const test = parseQuery(String(query ?? ''));
    return [...this.rt.files.values()].filter(
      (r) =>
        r.isFolder === folders &&
        !this.rt.isRoot(r.id) &&
        canSee(this.rt.files, r, this.rt.userEmail) &&
        (!parentId || r.parents.includes(parentId)) &&
        test(r),
    );
  }
}

/** The address of a User, or the string given (trimmed). */
export function emailOf(v: unknown): string {
  if (v != null && typeof v === 'object' && typeof (v as { _email?: string })._email === 'string') {
    return (v as { _email: string })._email;
  }
  return String(v ?? '').trim();
}

/**
 * A small reader of Drive's (v2) search syntax: `title = 'x'`, `title contains 'x'`, `mimeType = 'x'`,
 * `trashed = false`, `'id' in parents`, with and / or / not and parentheses. v3's `name` also reads.
 */
export function parseQuery(q: string): (r: FileRecord) => boolean {
  const tokens = q.match(/'(?:\\.|[^'\\])*'|\(|\)|!=|<=|>=|=|<|>|[^\s()=<>!]+/g) ?? [];
  let pos = 0;
  const peek = () => tokens[pos];
  const take = () => tokens[pos++];
  const str = (t: string) => (t.startsWith("'") ? t.slice(1, -1).replace(/\\(.)/g, '$1') : t);
  type Pred = (r: FileRecord) => boolean;
  const field = (r: FileRecord, f: string): unknown => {
    switch (f) {
      case 'title':
      case 'name':
        return r.name;
      case 'mimeType':
        return r.mimeType;
      case 'trashed':
        return r.trashed;
      case 'fullText':
        return `${r.name} ${r.description}`;
      case 'modifiedDate':
      case 'modifiedTime':
        return r.updated.toISOString();
      case 'createdDate':
      case 'createdTime':
        return r.created.toISOString();
      default:
        throw gasError(`Invalid argument: q (${f})`);
    }
  };
  const atom = (): Pred => {
    const t = take();
    if (t === undefined) throw gasError('Invalid argument: q');
    if (t === '(') {
      const inner = or();
      take();
      return inner;
    }
    if (t.toLowerCase() === 'not') {
      const inner = atom();
      return (r) => !inner(r);
    }
    if (t.startsWith("'")) {
      const value = str(t);
      const kw = take();
      const target = take();
      if (kw !== 'in') throw gasError('Invalid argument: q');
      if (target === 'parents') return (r) => r.parents.includes(value);
      if (target === 'owners') return (r) => r.owner === value;
      if (target === 'writers') return (r) => r.editors.has(value) || r.owner === value;
      if (target === 'readers')
        return (r) => r.viewers.has(value) || r.commenters.has(value) || r.editors.has(value) || r.owner === value;
      throw gasError('Invalid argument: q');
    }
    const op = take();
    const raw = take() ?? '';
    const value: unknown = raw === 'true' ? true : raw === 'false' ? false : str(raw);
    return (r) => {
      const v = field(r, t);
      switch (op) {
        case '=':
          return v === value;
        case '!=':
          return v !== value;
        case 'contains':
          return String(v).toLowerCase().includes(String(value).toLowerCase());
        case '<':
          return String(v) < String(value);
        case '>':
          return String(v) > String(value);
        case '<=':
          return String(v) <= String(value);
        case '>=':
          return String(v) >= String(value);
        default:
          throw gasError('Invalid argument: q');
      }
    };
  };
  const and = (): Pred => {
    let left = atom();
    while (peek() && peek().toLowerCase() === 'and') {
      take();
      const l = left;
      const r = atom();
      left = (x) => l(x) && r(x);
    }
    return left;
  };
  const or = (): Pred => {
    let left = and();
    while (peek() && peek().toLowerCase() === 'or') {
      take();
      const l = left;
      const r = and();
      left = (x) => l(x) || r(x);
    }
    return left;
  };
  if (!tokens.length) return () => true;
  const pred = or();
  if (pos < tokens.length) throw gasError('Invalid argument: q');
  return pred;
}
