// A Drive file as the emulator keeps it, and who may see or change it: the owner, the people it is
// shared with, its general access, and everything inherited from the folders above it. This file
// imports nothing, so the runtime, Drive, Sheets and Docs all read the same rules.
//
// Sources:
// - Inheritance: "Permissions propagate downward from parent folders to all child items: Inherited
//   by default: All child files and folders automatically inherit permissions from their parent
//   folder" (Drive API guide "Share files, folders, and drives", "How permissions propagate",
//   https://developers.google.com/workspace/drive/api/guides/manage-sharing).
// - Trash: "Only the owner may trash a file" (Drive API v3 File resource, field `trashed`; the
//   shared-drive exception, a fileOrganizer on the parent, is not emulated: no shared drives here).

/** A file in the emulated Drive (spreadsheet, document, PDF, JSON, folder …). */
export interface FileRecord {
  id: string;
  name: string;
  mimeType: string;
  parents: string[];
  owner: string;
  editors: Set<string>;
  viewers: Set<string>;
  commenters: Set<string>;
  access: string; // DriveApp.Access name: PRIVATE, DOMAIN, ANYONE, ANYONE_WITH_LINK …
  permission: string; // DriveApp.Permission name: VIEW, EDIT, COMMENT, NONE
  trashed: boolean;
  created: Date;
  updated: Date;
  description: string;
  isFolder: boolean;
  /** Stored bytes for plain files. */
  bytes?: Buffer;
  /** For Google-native files (Docs, Sheets): the emulated object behind the file. */
  native?: unknown;
  /** Renders a Google-native file as a blob of the given MIME type (Docs → PDF, …). */
  render?: (mimeType: string) => { bytes: Buffer; contentType: string; name: string };
}

/** What a person may do with a file, from least to most. */
export type Role = 'none' | 'reader' | 'commenter' | 'writer' | 'owner';

const RANK: Record<Role, number> = { none: 0, reader: 1, commenter: 2, writer: 3, owner: 4 };

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function has(set: Set<string>, email: string): boolean {
  if (set.has(email)) return true;
  for (const e of set) if (same(e, email)) return true;
  return false;
}

function domainOf(email: string): string {
  return (email.split('@')[1] ?? '').toLowerCase();
}

/** The role the file's own permissions give (not inherited). */
function ownRole(rec: FileRecord, email: string): Role {
  if (same(rec.owner, email)) return 'owner';
  if (has(rec.editors, email)) return 'writer';
  const general =
    rec.access === 'ANYONE' ||
    rec.access === 'ANYONE_WITH_LINK' ||
    ((rec.access === 'DOMAIN' || rec.access === 'DOMAIN_WITH_LINK') && domainOf(rec.owner) === domainOf(email))
      ? rec.permission
      : 'NONE';
  if (general === 'EDIT') return 'writer';
  if (has(rec.commenters, email) || general === 'COMMENT') return 'commenter';
  if (has(rec.viewers, email) || general === 'VIEW') return 'reader';
  return 'none';
}

/**
 * The highest role `email` has on the file, its own or inherited from any folder above it. A
 * trashed file is no one's but its owner's ("other users cannot see files in the owner's trash").
 */
export function roleOf(files: Map<string, FileRecord>, rec: FileRecord, email: string): Role {
  if (rec.trashed && !same(rec.owner, email)) return 'none';
  let best: Role = ownRole(rec, email);
  if (best === 'owner') return best;
  const seen = new Set<string>([rec.id]);
  const queue = [...rec.parents];
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const parent = files.get(id);
    if (!parent || parent.trashed) continue;
    // The owner of a folder does not own the files others put in it: ownership is not inherited,
    // the folder's editors and viewers are.
    const r = ownRole(parent, email);
    const inherited: Role = r === 'owner' ? 'writer' : r;
    if (RANK[inherited] > RANK[best]) best = inherited;
    queue.push(...parent.parents);
  }
  return best;
}

export function canSee(files: Map<string, FileRecord>, rec: FileRecord, email: string): boolean {
  return roleOf(files, rec, email) !== 'none';
}

export function canEdit(files: Map<string, FileRecord>, rec: FileRecord, email: string): boolean {
  const r = roleOf(files, rec, email);
  return r === 'writer' || r === 'owner';
}

/** Whether a folder lies above the file (its parent, its parent's parent …). */
export function isInside(files: Map<string, FileRecord>, rec: FileRecord, folderId: string): boolean {
  const seen = new Set<string>();
  const queue = [...rec.parents];
  while (queue.length) {
    const id = queue.shift()!;
    if (id === folderId) return true;
    if (seen.has(id)) continue;
    seen.add(id);
    const p = files.get(id);
    if (p) queue.push(...p.parents);
  }
  return false;
}
