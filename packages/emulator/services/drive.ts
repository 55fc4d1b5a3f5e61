// DriveApp: folders and files over the runtime's file table (rt.files), shared with the Sheets and
// Docs emulation. Sharing follows the documented rules: a viewer added never changes the
// general access (a new file stays PRIVATE), an editor is not demoted by addViewer, the owner is
// not listed among editors, a malformed address is refused like Drive refuses it.
import { Runtime, service, FileRecord, newFileRecord } from '../runtime';

export { newFileRecord };
import { Blob, blobBytes } from '../blob';
import { EnumValue, makeEnum, enumName, gasError, isEmail, User, DriveIterator } from './common';
import type { DriveLink } from './docs';

export const FOLDER_MIME = 'application/vnd.google-apps.folder';

export const Access = makeEnum('Access', ['ANYONE', 'ANYONE_WITH_LINK', 'DOMAIN', 'DOMAIN_WITH_LINK', 'PRIVATE']);
export const Permission = makeEnum('Permission', [
  'VIEW', 'EDIT', 'COMMENT', 'OWNER', 'ORGANIZER', 'FILE_ORGANIZER', 'NONE',
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

/** Creates a FileRecord and files it (root folder unless told otherwise). */
/** The Drive logic both DriveApp objects and Documents use (implements the Docs side's DriveLink). */
export class DriveCore implements DriveLink {
  /** Set by createServices: copies a Docs model for makeCopy. */
  copyNative: ((source: FileRecord, copy: FileRecord) => void) | null = null;
  /** Set by createServices: makes an empty Google-native file (a Doc) for Drive.Files.create. */
  createNative: ((name: string, mimeType: string) => FileRecord) | null = null;

  constructor(readonly rt: Runtime) {}

  newRecord(name: string, mimeType: string, parentId?: string): FileRecord {
    return newFileRecord(this.rt, name, mimeType, parentId);
  }

  record(id: unknown, folder: boolean): FileRecord {
    const rec = this.rt.files.get(String(id));
    if (!rec || rec.isFolder !== folder) throw gasError(NOT_FOUND);
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
      (r) => r.isFolder === folders && r.id !== this.rt.rootFolderId && (!parentId || r.parents.includes(parentId)) && test(r),
    );
  }
}

function emailOf(v: unknown): string {
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
      case 'title': case 'name': return r.name;
      case 'mimeType': return r.mimeType;
      case 'trashed': return r.trashed;
      case 'fullText': return r.name + ' ' + r.description;
      case 'modifiedDate': case 'modifiedTime': return r.updated.toISOString();
      case 'createdDate': case 'createdTime': return r.created.toISOString();
      default: throw gasError(`Invalid argument: q (${f})`);
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
      if (target === 'readers') return (r) => r.viewers.has(value) || r.commenters.has(value) || r.editors.has(value) || r.owner === value;
      throw gasError('Invalid argument: q');
    }
    const op = take();
    const raw = take() ?? '';
    const value: unknown = raw === 'true' ? true : raw === 'false' ? false : str(raw);
    return (r) => {
      const v = field(r, t);
      switch (op) {
        case '=': return v === value;
        case '!=': return v !== value;
        case 'contains': return String(v).toLowerCase().includes(String(value).toLowerCase());
        case '<': return String(v) < String(value);
        case '>': return String(v) > String(value);
        case '<=': return String(v) <= String(value);
        case '>=': return String(v) >= String(value);
        default: throw gasError('Invalid argument: q');
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

/** Members File and Folder share: name, dates, sharing, parents, trash. */
abstract class DriveItem {
  constructor(readonly _rt: Runtime, readonly _core: DriveCore, readonly _rec: FileRecord) {}

  getId(): string { return this._rec.id; }
  getName(): string { return this._rec.name; }
  setName(name: string): any {
    if (name == null || String(name) === '') throw gasError('Invalid argument: name');
    this._rec.name = String(name);
    this._touch();
    return this;
  }
  getUrl(): string { return this._core.url(this._rec); }
  getDescription(): string | null { return this._rec.description || null; }
  setDescription(description: string): any {
    this._rec.description = String(description ?? '');
    this._touch();
    return this;
  }
  getDateCreated(): Date { return new Date(this._rec.created.getTime()); }
  getLastUpdated(): Date { return new Date(this._rec.updated.getTime()); }
  isTrashed(): boolean { return this._rec.trashed; }
  setTrashed(trashed: boolean): any {
    this._rec.trashed = !!trashed;
    this._touch();
    return this;
  }
  isStarred(): boolean { return false; }
  setStarred(): any { return this; }
  getOwner(): any { return new User(this._rt, this._rec.owner); }
  getParents(): any {
    const parents = this._rec.parents.filter((id) => this._rt.files.has(id)).map((id) => folderObject(this._rt, this._core, id));
    return new DriveIterator(this._rt, 'FolderIterator', parents);
  }
  moveTo(destination: any): any {
    const target = folderRecordOf(this._core, destination);
    this._rec.parents = [target.id];
    this._touch();
    return this;
  }
  addViewer(emailAddress: unknown): any { this._core.share(this._rec, 'viewers', emailAddress); return this; }
  addViewers(emailAddresses: unknown[]): any {
    for (const e of listOf(emailAddresses)) this._core.share(this._rec, 'viewers', e);
    return this;
  }
  addEditor(emailAddress: unknown): any { this._core.share(this._rec, 'editors', emailAddress); return this; }
  addEditors(emailAddresses: unknown[]): any {
    for (const e of listOf(emailAddresses)) this._core.share(this._rec, 'editors', e);
    return this;
  }
  removeViewer(emailAddress: unknown): any {
    const a = emailOf(emailAddress);
    this._rec.viewers.delete(a);
    this._rec.commenters.delete(a);
    return this;
  }
  removeEditor(emailAddress: unknown): any {
    this._rec.editors.delete(emailOf(emailAddress));
    return this;
  }
  revokePermissions(user: unknown): any {
    const a = emailOf(user);
    this._rec.viewers.delete(a);
    this._rec.commenters.delete(a);
    this._rec.editors.delete(a);
    return this;
  }
  getViewers(): any[] { return this._core.users(this._rec, 'viewers'); }
  getEditors(): any[] { return this._core.users(this._rec, 'editors'); }
  getAccess(user: unknown): EnumValue { return this._core.access(this._rec, user); }
  setSharing(accessType: unknown, permissionType: unknown): any {
    const access = enumName(Access, accessType, 'accessType');
    const permission = enumName(Permission, permissionType, 'permissionType');
    if (access !== 'PRIVATE' && (permission === 'OWNER' || permission === 'NONE' || permission === 'ORGANIZER')) {
      throw gasError('Invalid argument: permissionType');
    }
    this._rec.access = access;
    this._rec.permission = access === 'PRIVATE' ? 'NONE' : permission;
    this._touch();
    return this;
  }
  getSharingAccess(): EnumValue { return Access[this._rec.access] ?? Access.PRIVATE; }
  getSharingPermission(): EnumValue { return Permission[this._rec.permission] ?? Permission.NONE; }
  isShareableByEditors(): boolean { return true; }
  setShareableByEditors(): any { return this; }
  getSize(): number { return this._rec.bytes ? this._rec.bytes.length : 0; }
  setOwner(): any {
    throw gasError('not emulated: ownership transfer');
  }
  _touch(): void {
    this._rec.updated = this._rt.now();
  }
}

function listOf(v: unknown): unknown[] {
  if (!Array.isArray(v)) throw gasError('Invalid argument: emailAddresses');
  return v;
}

function folderRecordOf(core: DriveCore, folder: any): FileRecord {
  const rec = folder && folder._rec;
  if (!rec || !rec.isFolder) throw gasError('Invalid argument: destination');
  return core.record(rec.id, true);
}

function fileRecordOf(core: DriveCore, file: any): FileRecord {
  const rec = file && file._rec;
  if (!rec || rec.isFolder) throw gasError('Invalid argument: file');
  return core.record(rec.id, false);
}

export class File extends DriveItem {
  constructor(rt: Runtime, core: DriveCore, rec: FileRecord) {
    super(rt, core, rec);
    return service(rt, 'File', this);
  }
  getMimeType(): string { return this._rec.mimeType; }
  getBlob(): Blob {
    return this._core.render(this._rec, this._rec.render ? 'application/pdf' : this._rec.mimeType);
  }
  getAs(contentType: string): Blob {
    return this._core.render(this._rec, String(contentType));
  }
  getDownloadUrl(): string {
    return `https://drive.google.com/uc?id=${this._rec.id}&export=download`;
  }
  setContent(content: string): any {
    if (this._rec.render) throw gasError('Invalid argument: this file cannot be overwritten with text content');
    this._rec.bytes = Buffer.from(String(content), 'utf8');
    this._touch();
    return this;
  }
  addCommenter(emailAddress: unknown): any { this._core.share(this._rec, 'commenters', emailAddress); return this; }
  addCommenters(emailAddresses: unknown[]): any {
    for (const e of listOf(emailAddresses)) this._core.share(this._rec, 'commenters', e);
    return this;
  }
  removeCommenter(emailAddress: unknown): any {
    this._rec.commenters.delete(emailOf(emailAddress));
    return this;
  }
  makeCopy(...args: unknown[]): any {
    let name = `Copy of ${this._rec.name}`;
    let destination: any = null;
    if (typeof args[0] === 'string') {
      name = args[0];
      destination = args[1] ?? null;
    } else if (args[0] != null) {
      destination = args[0];
    }
    const parent = destination ? folderRecordOf(this._core, destination).id : this._rec.parents[0];
    const copy = this._core.newRecord(name, this._rec.mimeType, parent);
    copy.description = this._rec.description;
    if (this._rec.bytes) copy.bytes = Buffer.from(this._rec.bytes);
    if (this._rec.native) {
      if (!this._core.copyNative) throw gasError(`not emulated: File.makeCopy of ${this._rec.mimeType}`);
      this._core.copyNative(this._rec, copy);
    }
    return fileObject(this._rt, this._core, copy.id);
  }
  getThumbnail(): null { return null; }
}

export class Folder extends DriveItem {
  constructor(rt: Runtime, core: DriveCore, rec: FileRecord) {
    super(rt, core, rec);
    return service(rt, 'Folder', this);
  }
  createFolder(name: string): any {
    if (name == null || String(name) === '') throw gasError('Invalid argument: name');
    const rec = this._core.newRecord(String(name), FOLDER_MIME, this._rec.id);
    return folderObject(this._rt, this._core, rec.id);
  }
  createFile(...args: unknown[]): any {
    const rec = this._core.createFile(this._rec.id, args);
    return fileObject(this._rt, this._core, rec.id);
  }
  getFiles(): any {
    return files(this._rt, this._core, this._core.children(this._rec.id, false));
  }
  getFolders(): any {
    return folders(this._rt, this._core, this._core.children(this._rec.id, true));
  }
  getFilesByName(name: string): any {
    return files(this._rt, this._core, this._core.children(this._rec.id, false).filter((r) => r.name === String(name)));
  }
  getFoldersByName(name: string): any {
    return folders(this._rt, this._core, this._core.children(this._rec.id, true).filter((r) => r.name === String(name)));
  }
  getFilesByType(mimeType: string): any {
    return files(this._rt, this._core, this._core.children(this._rec.id, false).filter((r) => r.mimeType === String(mimeType)));
  }
  searchFiles(params: string): any {
    return files(this._rt, this._core, this._core.search(params, false, this._rec.id));
  }
  searchFolders(params: string): any {
    return folders(this._rt, this._core, this._core.search(params, true, this._rec.id));
  }
  addFile(child: any): any {
    const rec = fileRecordOf(this._core, child);
    if (!rec.parents.includes(this._rec.id)) rec.parents.push(this._rec.id);
    return this;
  }
  removeFile(child: any): any {
    const rec = fileRecordOf(this._core, child);
    rec.parents = rec.parents.filter((p) => p !== this._rec.id);
    return this;
  }
  addFolder(child: any): any {
    const rec = folderRecordOf(this._core, child);
    if (!rec.parents.includes(this._rec.id)) rec.parents.push(this._rec.id);
    return this;
  }
  removeFolder(child: any): any {
    const rec = folderRecordOf(this._core, child);
    rec.parents = rec.parents.filter((p) => p !== this._rec.id);
    return this;
  }
}

const fileCache = new WeakMap<FileRecord, any>();

function fileObject(rt: Runtime, core: DriveCore, id: string): any {
  const rec = core.record(id, false);
  let f = fileCache.get(rec);
  if (!f) {
    f = new File(rt, core, rec);
    fileCache.set(rec, f);
  }
  return f;
}

function folderObject(rt: Runtime, core: DriveCore, id: string): any {
  const rec = core.record(id, true);
  let f = fileCache.get(rec);
  if (!f) {
    f = new Folder(rt, core, rec);
    fileCache.set(rec, f);
  }
  return f;
}

function byCreation(a: FileRecord, b: FileRecord): number {
  return a.created.getTime() - b.created.getTime();
}

function files(rt: Runtime, core: DriveCore, recs: FileRecord[]): any {
  return new DriveIterator(rt, 'FileIterator', recs.sort(byCreation).map((r) => fileObject(rt, core, r.id)));
}

function folders(rt: Runtime, core: DriveCore, recs: FileRecord[]): any {
  return new DriveIterator(rt, 'FolderIterator', recs.sort(byCreation).map((r) => folderObject(rt, core, r.id)));
}

export class DriveApp {
  readonly Access = Access;
  readonly Permission = Permission;

  constructor(readonly _rt: Runtime, readonly _core: DriveCore) {
    return service(_rt, 'DriveApp', this);
  }
  getRootFolder(): any {
    return folderObject(this._rt, this._core, this._rt.rootFolderId);
  }
  createFolder(name: string): any {
    return this._createFolder(name);
  }
  createFile(...args: unknown[]): any {
    const rec = this._core.createFile(this._rt.rootFolderId, args);
    return fileObject(this._rt, this._core, rec.id);
  }
  getFileById(id: string): any {
    return fileObject(this._rt, this._core, String(id));
  }
  getFolderById(id: string): any {
    return folderObject(this._rt, this._core, String(id));
  }
  getFiles(): any {
    return files(this._rt, this._core, this._all(false));
  }
  getFolders(): any {
    return folders(this._rt, this._core, this._all(true));
  }
  getFilesByName(name: string): any {
    return files(this._rt, this._core, this._all(false).filter((r) => r.name === String(name)));
  }
  getFoldersByName(name: string): any {
    return folders(this._rt, this._core, this._all(true).filter((r) => r.name === String(name)));
  }
  getFilesByType(mimeType: string): any {
    return files(this._rt, this._core, this._all(false).filter((r) => r.mimeType === String(mimeType)));
  }
  getTrashedFiles(): any {
    return files(this._rt, this._core, this._all(false).filter((r) => r.trashed));
  }
  getTrashedFolders(): any {
    return folders(this._rt, this._core, this._all(true).filter((r) => r.trashed));
  }
  searchFiles(params: string): any {
    return files(this._rt, this._core, this._core.search(params, false));
  }
  searchFolders(params: string): any {
    return folders(this._rt, this._core, this._core.search(params, true));
  }
  getStorageUsed(): number {
    return [...this._rt.files.values()].reduce((n, r) => n + (r.bytes ? r.bytes.length : 0), 0);
  }
  getStorageLimit(): number {
    return 15 * 1024 ** 3;
  }
  _createFolder(name: string): any {
    if (name == null || String(name) === '') throw gasError('Invalid argument: name');
    const rec = this._core.newRecord(String(name), FOLDER_MIME, this._rt.rootFolderId);
    return folderObject(this._rt, this._core, rec.id);
  }
  /** Everything in My Drive (trashed items included, as DriveApp lists them), root excluded. */
  _all(folders: boolean): FileRecord[] {
    return [...this._rt.files.values()].filter((r) => r.isFolder === folders && r.id !== this._rt.rootFolderId);
  }
  /** Emulator-only: the File object for a record id, without counting a call. */
  _file(id: string): any {
    return fileObject(this._rt, this._core, id);
  }
  _folder(id: string): any {
    return folderObject(this._rt, this._core, id);
  }
}

/** Creates the root folder ("My Drive") and remembers its id on the runtime. */
export function createRootFolder(rt: Runtime): FileRecord {
  const rec = newFileRecord(rt, 'My Drive', FOLDER_MIME);
  rec.parents = [];
  rt.rootFolderId = rec.id;
  return rec;
}
