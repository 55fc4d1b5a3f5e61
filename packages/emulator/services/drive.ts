// DriveApp: folders and files over the runtime's file table (rt.files), shared with the Sheets and
// Docs emulation, through the Drive logic of drive-core.ts.
import { type Runtime, service, type FileRecord } from '../runtime';
import type { Blob } from '../blob';
import { type EnumValue, enumName, gasError, User, DriveIterator } from './common';
import { Access, type DriveCore, FOLDER_MIME, Permission, emailOf } from './drive-core';
import { canSee } from '../drive-acl';

/** Members File and Folder share: name, dates, sharing, parents, trash. */
abstract class DriveItem {
  constructor(
    readonly _rt: Runtime,
    readonly _core: DriveCore,
    readonly _rec: FileRecord,
  ) {}

  getId(): string {
    return this._rec.id;
  }
  getName(): string {
    return this._rec.name;
  }
  setName(name: string): any {
    if (name == null || String(name) === '') throw gasError('Invalid argument: name');
    this._rec.name = String(name);
    this._touch();
    return this;
  }
  getUrl(): string {
    return this._core.url(this._rec);
  }
  getDescription(): string | null {
    return this._rec.description || null;
  }
  setDescription(description: string): any {
    this._rec.description = String(description ?? '');
    this._touch();
    return this;
  }
  getDateCreated(): Date {
    return new Date(this._rec.created.getTime());
  }
  getLastUpdated(): Date {
    return new Date(this._rec.updated.getTime());
  }
  isTrashed(): boolean {
    return this._rec.trashed;
  }
  setTrashed(trashed: boolean): any {
    this._rec.trashed = !!trashed;
    this._touch();
    return this;
  }
  isStarred(): boolean {
    return false;
  }
  setStarred(): any {
    return this;
  }
  getOwner(): any {
    return new User(this._rt, this._rec.owner);
  }
  getParents(): any {
    const parents = this._rec.parents
      .filter((id) => this._rt.files.has(id) && canSee(this._rt.files, this._rt.files.get(id)!, this._rt.userEmail))
      .map((id) => folderObject(this._rt, this._core, id));
    return new DriveIterator(this._rt, 'FolderIterator', parents);
  }
  moveTo(destination: any): any {
    const target = folderRecordOf(this._core, destination);
    this._rec.parents = [target.id];
    this._touch();
    return this;
  }
  addViewer(emailAddress: unknown): any {
    this._core.share(this._rec, 'viewers', emailAddress);
    return this;
  }
  addViewers(emailAddresses: unknown[]): any {
    for (const e of listOf(emailAddresses)) this._core.share(this._rec, 'viewers', e);
    return this;
  }
  addEditor(emailAddress: unknown): any {
    this._core.share(this._rec, 'editors', emailAddress);
    return this;
  }
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
  getViewers(): any[] {
    return this._core.users(this._rec, 'viewers');
  }
  getEditors(): any[] {
    return this._core.users(this._rec, 'editors');
  }
  getAccess(user: unknown): EnumValue {
    return this._core.access(this._rec, user);
  }
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
  getSharingAccess(): EnumValue {
    return Access[this._rec.access] ?? Access.PRIVATE;
  }
  getSharingPermission(): EnumValue {
    return Permission[this._rec.permission] ?? Permission.NONE;
  }
  isShareableByEditors(): boolean {
    return true;
  }
  setShareableByEditors(): any {
    return this;
  }
  getSize(): number {
    return this._rec.bytes ? this._rec.bytes.length : 0;
  }
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
  const rec = folder?._rec;
  if (!rec?.isFolder) throw gasError('Invalid argument: destination');
  return core.record(rec.id, true);
}

function fileRecordOf(core: DriveCore, file: any): FileRecord {
  const rec = file?._rec;
  if (!rec || rec.isFolder) throw gasError('Invalid argument: file');
  return core.record(rec.id, false);
}

export class File extends DriveItem {
  constructor(rt: Runtime, core: DriveCore, rec: FileRecord) {
    super(rt, core, rec);
    return service(rt, 'File', this);
  }
  getMimeType(): string {
    return this._rec.mimeType;
  }
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
  addCommenter(emailAddress: unknown): any {
    this._core.share(this._rec, 'commenters', emailAddress);
    return this;
  }
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
  getThumbnail(): null {
    return null;
  }
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
    return files(
      this._rt,
      this._core,
      this._core.children(this._rec.id, false).filter((r) => r.name === String(name)),
    );
  }
  getFoldersByName(name: string): any {
    return folders(
      this._rt,
      this._core,
      this._core.children(this._rec.id, true).filter((r) => r.name === String(name)),
    );
  }
  getFilesByType(mimeType: string): any {
    return files(
      this._rt,
      this._core,
      this._core.children(this._rec.id, false).filter((r) => r.mimeType === String(mimeType)),
    );
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
  return new DriveIterator(
    rt,
    'FileIterator',
    recs.sort(byCreation).map((r) => fileObject(rt, core, r.id)),
  );
}

function folders(rt: Runtime, core: DriveCore, recs: FileRecord[]): any {
  return new DriveIterator(
    rt,
    'FolderIterator',
    recs.sort(byCreation).map((r) => folderObject(rt, core, r.id)),
  );
}

export class DriveApp {
  readonly Access = Access;
  readonly Permission = Permission;

  constructor(
    readonly _rt: Runtime,
    readonly _core: DriveCore,
  ) {
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
    return files(
      this._rt,
      this._core,
      this._all(false).filter((r) => r.name === String(name)),
    );
  }
  getFoldersByName(name: string): any {
    return folders(
      this._rt,
      this._core,
      this._all(true).filter((r) => r.name === String(name)),
    );
  }
  getFilesByType(mimeType: string): any {
    return files(
      this._rt,
      this._core,
      this._all(false).filter((r) => r.mimeType === String(mimeType)),
    );
  }
  getTrashedFiles(): any {
    return files(
      this._rt,
      this._core,
      this._all(false).filter((r) => r.trashed),
    );
  }
  getTrashedFolders(): any {
    return folders(
      this._rt,
      this._core,
      this._all(true).filter((r) => r.trashed),
    );
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
  /**
   * Everything the signed-in person has in Drive (their own files and those shared with them,
   * trashed items of their own included, as DriveApp lists them), My Drive folders excluded.
   */
  _all(folders: boolean): FileRecord[] {
    return [...this._rt.files.values()].filter(
      (r) => r.isFolder === folders && !this._rt.isRoot(r.id) && canSee(this._rt.files, r, this._rt.userEmail),
    );
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
  return rt.files.get(rt.rootOf())!;
}
