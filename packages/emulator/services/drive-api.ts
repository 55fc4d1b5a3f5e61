// The Advanced Drive service (Drive API v3, user symbol `Drive`), the part the add-on uses:
// Files.create / get / update and Permissions.create. Unlike DriveApp, it works under the narrow
// drive.file scope, which is why the add-on goes through it. Errors read like the real ones
// ("API call to drive.files.get failed with error: File not found: …").
import { type Runtime, service, type FileRecord } from '../runtime';
import { canEdit } from '../drive-acl';
import { Blob, blobBytes } from '../blob';
import { type DriveCore, FOLDER_MIME } from './drive-core';
import { isEmail } from './common';

type Resource = Record<string, unknown>;

function apiError(call: string, message: string): Error {
  const e = new Error(`API call to drive.${call} failed with error: ${message}`);
  e.name = 'GoogleJsonResponseException';
  return e;
}

const DEFAULT_FIELDS = ['kind', 'id', 'name', 'mimeType'];
const DOCS_MIME = 'application/vnd.google-apps.document';
const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The v3 File resource of a record, cut to the requested `fields` ("id,name,parents"). */
function resource(core: DriveCore, rec: FileRecord, fields?: unknown): Resource {
  const all: Resource = {
    kind: 'drive#file',
    id: rec.id,
    name: rec.name,
    mimeType: rec.mimeType,
    parents: [...rec.parents],
    trashed: rec.trashed,
    webViewLink: core.url(rec),
    createdTime: rec.created.toISOString(),
    modifiedTime: rec.updated.toISOString(),
    description: rec.description,
    // "Whether the file has been shared": here, shared by a grant of its own or by link. Whether
    // Google also says true for a file that only inherits its folder's sharing is not documented;
    // the emulator says no. No shared drives are emulated, so `driveId` is never set.
    shared:
      rec.viewers.size + rec.commenters.size + rec.editors.size > 0 || (rec.access !== 'PRIVATE' && rec.access !== ''),
  };
  const wanted =
    typeof fields === 'string' && fields.trim() && fields.trim() !== '*'
      ? fields
          .split(',')
          .map((f) => f.trim())
          .filter(Boolean)
      : fields === '*'
        ? Object.keys(all)
        : DEFAULT_FIELDS;
  const out: Resource = {};
  for (const k of wanted) if (k in all) out[k] = all[k];
  return out;
}

const ROLES: Record<string, 'viewers' | 'commenters' | 'editors'> = {
  reader: 'viewers',
  commenter: 'commenters',
  writer: 'editors',
};

export class DriveFiles {
  constructor(
    private _rt: Runtime,
    private _core: DriveCore,
  ) {
    return service(_rt, 'Drive.Files', this);
  }

  /**
   * The answer of a Drive API that is off for the project (public reports quote it:
   * lmmx/gdocs2md-html#3, transloadit/uppy#1300); its exact text is not documented.
   */
  _checkOn(call: string): void {
    if (this._rt.driveService === 'not-configured') {
      throw apiError(
        call,
        'Access Not Configured. Drive API has not been used in project 000000000000 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/drive.googleapis.com/overview?project=000000000000 then retry.',
      );
    }
  }

  _get(call: string, id: unknown): FileRecord {
    this._checkOn(call);
    const rec = this._rt.files.get(String(id));
    // Under drive.file a file the app may not reach for this person answers like a missing one (404).
    if (!rec || !this._rt.driveApiReaches(rec)) throw apiError(call, `File not found: ${String(id)}.`);
    return rec;
  }

  /**
   * A change to a file needs the writer role on it; a reader gets 403 (reason
   * insufficientFilePermissions, Drive API "Resolve errors" guide; the sentence is ours).
   */
  _writable(call: string, rec: FileRecord): void {
    if (!canEdit(this._rt.files, rec, this._rt.userEmail)) {
      throw apiError(call, `The user does not have sufficient permissions for file ${rec.id}.`);
    }
  }

  /** A folder a new file goes in: reachable by the app, and the person may add to it (writer). */
  _parent(call: string, id: string): FileRecord {
    const folder = this._get(call, id);
    if (!folder.isFolder) throw apiError(call, `The parent ${id} is not a folder.`);
    if (!canEdit(this._rt.files, folder, this._rt.userEmail) && !this._rt.isRoot(folder.id)) {
      throw apiError(call, 'Insufficient permissions for the specified parent.');
    }
    return folder;
  }

  create(res: Resource, mediaData?: unknown, optionalArgs?: Resource): Resource {
    this._checkOn('files.create');
    const name = res && res.name != null ? String(res.name) : 'Untitled';
    const mime = res?.mimeType
      ? String(res.mimeType)
      : mediaData
        ? String((mediaData as { _contentType?: string })._contentType ?? 'application/octet-stream')
        : 'application/octet-stream';
    const parents = Array.isArray(res?.parents) ? (res.parents as unknown[]).map(String) : [];
    for (const p of parents) this._parent('files.create', p);
    let rec: FileRecord;
    if (mime === DOCS_MIME && mediaData != null) {
      // Content imported as a Google Doc ("If a file is created with a Google Doc MIME type, the
      // uploaded content is imported, if possible", File.mimeType): a .docx (drive-convert.ts).
      const from = String((mediaData as { _contentType?: string })._contentType ?? '');
      if (from !== DOCX_MIME || !this._core.importDocx)
        throw new Error(`not emulated: Drive.Files.create of ${mime} from ${from || 'unknown content'}`);
      const bytes = blobBytes(mediaData);
      try {
        rec = this._core.importDocx(name, bytes);
      } catch (err) {
        if (/^not emulated/.test((err as Error).message)) throw err;
        throw apiError('files.create', (err as Error).message);
      }
      rec.parents = parents.length ? parents : rec.parents;
      this._rt.grantCreated(rec.id);
      if (res?.description) rec.description = String(res.description);
      return resource(this._core, rec, optionalArgs?.fields);
    }
    if (mime.startsWith('application/vnd.google-apps.') && mime !== FOLDER_MIME) {
      // An empty Google-native file (a blank Doc): what the Docs API guide suggests for making a
      // document inside a folder. Other conversions are not emulated.
      if (mediaData != null) throw new Error(`not emulated: Drive.Files.create of ${mime} with content (conversion)`);
      if (!this._core.createNative) throw new Error(`not emulated: Drive.Files.create of ${mime}`);
      rec = this._core.createNative(name, mime);
      rec.parents = parents.length ? parents : rec.parents;
    } else {
      rec = this._core.newRecord(name, mime, parents[0]);
      if (parents.length > 1) rec.parents = parents;
    }
    this._rt.grantCreated(rec.id);
    if (mediaData != null) rec.bytes = blobBytes(mediaData);
    if (res?.description) rec.description = String(res.description);
    return resource(this._core, rec, optionalArgs?.fields);
  }

  /**
   * files.copy (https://developers.google.com/workspace/drive/api/reference/rest/v3/files/copy):
   * a copy of the file, Google Docs included, named and filed as the request says; without
   * `parents` the copy sits where the original does. The copy is a file this app created through
   * the API, so under `strict-drive-file` the add-on reaches it (the source must be reachable).
   */
  copy(res: Resource, fileId: string, optionalArgs?: Resource): Resource {
    this._checkOn('files.copy');
    const source = this._get('files.copy', fileId);
    if (source.isFolder) throw apiError('files.copy', 'The file cannot be copied: folders cannot be copied.');
    const parents = Array.isArray(res?.parents) ? (res.parents as unknown[]).map(String) : [...source.parents];
    for (const p of parents) this._parent('files.copy', p);
    const name = res && res.name != null ? String(res.name) : source.name;
    const rec = this._core.newRecord(name, source.mimeType, parents[0]);
    if (parents.length > 1) rec.parents = parents;
    rec.description = res && res.description != null ? String(res.description) : source.description;
    if (source.bytes) rec.bytes = Buffer.from(source.bytes);
    if (source.native) {
      if (!this._core.copyNative) throw new Error(`not emulated: Drive.Files.copy of ${source.mimeType}`);
      this._core.copyNative(source, rec);
    }
    this._rt.grantCreated(rec.id);
    return resource(this._core, rec, optionalArgs?.fields);
  }

  get(fileId: string, optionalArgs?: Resource): Resource | Blob {
    const rec = this._get('files.get', fileId);
    if (optionalArgs?.alt === 'media') return this._media(rec);
    return resource(this._core, rec, optionalArgs?.fields);
  }

  /**
   * files.get with alt=media: a blob file's content ("Download blob file content",
   * https://developers.google.com/workspace/drive/api/guides/manage-downloads); Docs Editors files
   * must be exported instead. The Apps Script reference does not say what the Advanced service
   * returns for it: a Blob here, which the add-on reads as it would read the text.
   */
  _media(rec: FileRecord): Blob {
    if (rec.isFolder || rec.bytes === undefined) {
      throw apiError(
        'files.get',
        'Only files with binary content can be downloaded. Use Export with Docs Editors files.',
      );
    }
    return new Blob(this._rt, rec.bytes, rec.mimeType, rec.name);
  }

  update(res: Resource, fileId: string, mediaData?: unknown, optionalArgs?: Resource): Resource {
    const rec = this._get('files.update', fileId);
    // "Only the owner may trash a file" (File resource, `trashed`): an editor's request is refused.
    if (res && typeof res.trashed === 'boolean' && rec.owner.toLowerCase() !== this._rt.userEmail.toLowerCase()) {
      throw apiError('files.update', `The user does not have sufficient permissions for file ${rec.id}.`);
    }
    this._writable('files.update', rec);
    if (res && res.name != null) rec.name = String(res.name);
    if (res && typeof res.trashed === 'boolean') rec.trashed = res.trashed;
    if (res && res.description != null) rec.description = String(res.description);
    if (res && 'parents' in res)
      throw apiError(
        'files.update',
        'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
      );
    const add = optionalArgs?.addParents ? String(optionalArgs.addParents).split(',').filter(Boolean) : [];
    const remove = optionalArgs?.removeParents ? String(optionalArgs.removeParents).split(',').filter(Boolean) : [];
    for (const p of add) this._parent('files.update', p);
    if (add.length || remove.length) {
      rec.parents = [...rec.parents.filter((p) => !remove.includes(p)), ...add.filter((p) => !rec.parents.includes(p))];
    }
    if (mediaData != null) rec.bytes = blobBytes(mediaData);
    rec.updated = this._rt.now();
    return resource(this._core, rec, optionalArgs?.fields);
  }
}

export class DrivePermissions {
  constructor(
    readonly _rt: Runtime,
    private _core: DriveCore,
    private _files: DriveFiles,
  ) {
    return service(_rt, 'Drive.Permissions', this);
  }

  create(res: Resource, fileId: string, optionalArgs?: Resource): Resource {
    const rec = this._files._get('permissions.create', fileId);
    this._files._writable('permissions.create', rec);
    const type = String(res?.type ?? '');
    const role = String(res?.role ?? '');
    if (type !== 'user' && type !== 'group') {
      // The add-on never shares with 'anyone' or 'domain'; make sure a regression is loud.
      throw new Error(`not emulated: Drive.Permissions.create with type "${type}"`);
    }
    const kind = ROLES[role];
    if (!kind) throw apiError('permissions.create', `Invalid role: ${role}`);
    const email = String(res?.emailAddress ?? '').trim();
    if (!isEmail(email))
      throw apiError('permissions.create', `Invalid sharing request. emailAddress "${email}" is not valid.`);
    const notify = optionalArgs?.sendNotificationEmail !== false;
    const isGroup = this._groups.has(email.toLowerCase());
    // A group address as 'user': no source says what Drive does (research/google.md §7). By
    // default it is granted like a person; under `group-as-user-refused` Drive refuses it. A
    // person's address as 'group' is refused (no source either: the add-on sends 'group' only for
    // addresses the officer marked).
    if (type === 'user' && isGroup && this._rt.quirk('group-as-user-refused'))
      throw apiError(
        'permissions.create',
        `Bad Request. User message: "${email} is a group; share with it as a group." (invalidSharingRequest)`,
      );
    if (type === 'group' && !isGroup)
      throw apiError('permissions.create', `Invalid sharing request. "${email}" is not a Google Group.`);
    if (this._policyRefused.has(email))
      throw apiError('permissions.create', 'The sharing policy of this domain does not allow sharing with this user.');
    if (!notify && !isGroup && this._noGoogleAccount.has(email)) {
      throw apiError(
        'permissions.create',
        'Bad Request. User message: "You are trying to invite ' +
          email +
          '. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."',
      );
    }
    this._core.share(rec, kind, email);
    this._sent.push({ fileId: rec.id, email, role, notified: notify, type });
    return { kind: 'drive#permission', id: `perm-${email}`, type, role, emailAddress: email };
  }

  /** Emulator-only: addresses a domain policy refuses, and addresses Drive can reach only by notice. */
  readonly _policyRefused = new Set<string>();
  readonly _noGoogleAccount = new Set<string>();
  /** Emulator-only: addresses that are Google Groups (lower case). */
  readonly _groups = new Set<string>();
  /** Emulator-only: every permission created, with whether Drive was asked to notify. */
  readonly _sent: Array<{ fileId: string; email: string; role: string; notified: boolean; type?: string }> = [];
}

/**
 * About.get: who the signed-in user is. Listed under drive.file among its scopes (Drive API v3
 * reference, about.get, "Authorization scopes"), so the add-on learns the officer's address
 * without userinfo.email. The `fields` parameter is required ("Required: The fields parameter
 * must be set"); "user" or "user(displayName,emailAddress)" picks the User resource's fields.
 */
export class DriveAbout {
  constructor(private _rt: Runtime) {
    return service(_rt, 'Drive.About', this);
  }

  get(optionalArgs?: Resource): Resource {
    const fields = optionalArgs && typeof optionalArgs.fields === 'string' ? optionalArgs.fields.trim() : '';
    if (!fields) throw apiError('about.get', "The 'fields' parameter is required for this method.");
    const email = this._rt.userEmail;
    const user: Resource = {
      kind: 'drive#user',
      displayName: this._rt.displayName(email),
      emailAddress: email,
      me: true,
      permissionId: Buffer.from(email).toString('hex').slice(0, 20),
    };
    const out: Resource = {};
    const m = /(?:^|,)\s*user(?:\(([^)]*)\))?\s*(?:,|$)/.exec(fields);
    if (fields === '*') out.user = user;
    else if (m) {
      const sub = m[1]
        ? m[1]
            .split(',')
            .map((f) => f.trim())
            .filter(Boolean)
        : Object.keys(user);
      out.user = Object.fromEntries(sub.filter((k) => k in user).map((k) => [k, user[k]]));
    }
    return out;
  }
}

export class DriveAdvanced {
  readonly Files: DriveFiles;
  readonly Permissions: DrivePermissions;
  readonly About: DriveAbout;
  constructor(rt: Runtime, core: DriveCore) {
    this.Files = new DriveFiles(rt, core);
    this.Permissions = new DrivePermissions(rt, core, this.Files);
    this.About = new DriveAbout(rt);
    return service(rt, 'Drive', this);
  }
}
