// Who may call what: before each counted call on a spreadsheet, a document or a DriveApp file, the
// signed-in account must be able to see it, and to edit it for anything but reading. Installed
// on the runtime by createServices (rt.accessGuard).
//
// Sources and readings:
// - Apps Script code runs as the person (or as the trigger's owner) and can do what they can do
//   in the file: the editor add-on docs say an add-on acts "on behalf of the user"; Google
//   documents no other rule for reading and writing a shared file.
// - The error texts are those public reports quote, not documented wording: "You do not have
//   permission to access the requested document." (ISA-tools/OntoMaton#32, and the time-driven
//   trigger of an owner without access, zidooka.com), and "You do not have permission to perform
//   that action." for a write without edit rights (peterherrmann/BetterLog#11: "Check you have
//   edit permissions on the sheet").
// - Reading methods are those that only look (get…, is…, has…, can…, find…, as…, copy of a
//   document element, saveAndClose of an unchanged document); everything else changes the file.
import type { Runtime } from '../runtime';
import { type FileRecord, roleOf } from '../drive-acl';
import { gasError } from './common';

const READING =
  /^(get|is|has|can|find|as[A-Z]|editAsText$|copy$|saveAndClose$|activate$|toast$|newChart$|createTextFinder$|createDeveloperMetadataFinder$|next$|getAs$|getBlob$)/;

/** Classes of DriveApp, whose writes (sharing, renaming, trashing) are Drive's own rules. */
const DRIVE_CLASSES = new Set(['File', 'Folder']);

function isRecord(v: any): v is FileRecord {
  return (
    !!v && typeof v === 'object' && typeof v.owner === 'string' && Array.isArray(v.parents) && v.editors instanceof Set
  );
}

/** The Drive file a counted object belongs to, if it is part of one. */
function recordOf(target: any): FileRecord | null {
  if (isRecord(target._file)) return target._file; // Spreadsheet
  if (isRecord(target._rec)) return target._rec; // DriveApp File, Folder
  if (isRecord(target._m?.record)) return target._m.record; // Document and its elements
  const ss = target._ss ?? target._s?._ss ?? target._sheet?._ss; // Sheet, NamedRange; Range; Protection, chart, banding
  if (isRecord(ss?._file)) return ss._file;
  return null;
}

export const NO_ACCESS = 'You do not have permission to access the requested document.';
export const NO_EDIT = 'You do not have permission to perform that action.';

export function installAccessGuard(rt: Runtime): void {
  rt.accessGuard = (className, method, target) => {
    const rec = recordOf(target);
    if (!rec) return;
    const who = rt.userEmail;
    if (rec.owner === who) return;
    const role = roleOf(rt.files, rec, who);
    if (DRIVE_CLASSES.has(className)) {
      // DriveApp: a file one cannot see was never handed out (getFileById refuses it); "Only the
      // owner may trash a file" (Drive API File resource), and writers may rename and share.
      if (method === 'setTrashed' && role !== 'owner') throw gasError('Access denied: DriveApp.');
      if (role === 'none') throw gasError(NO_ACCESS);
      if (!READING.test(method) && role !== 'writer' && role !== 'owner') throw gasError('Access denied: DriveApp.');
      return;
    }
    if (role === 'none') throw gasError(NO_ACCESS);
    if (!READING.test(method) && role !== 'writer' && role !== 'owner') throw gasError(NO_EDIT);
  };
}

/** Whether the signed-in account may open a container (the document properties, the lock). */
export function canOpen(rt: Runtime, container: unknown): boolean {
  const rec = container && typeof container === 'object' ? recordOf(container) : null;
  return !rec || rec.owner === rt.userEmail || roleOf(rt.files, rec, rt.userEmail) !== 'none';
}
