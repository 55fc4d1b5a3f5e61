// The unit's pictures as Drive files (issue #24 item 9): saved once in the report folder when the
// officer uploads one (drive.file: a file the app created), read back by each report.
//
// Reading: one Drive API files.get with alt=media per picture ("Download blob file content",
// https://developers.google.com/workspace/drive/api/guides/manage-downloads). What the Advanced
// service hands back is not documented for Apps Script: a Blob, bytes or (for text) a string; a
// Blob or bytes are read, anything else is "not an image" (conformance check
// drive.media.image-bytes reads a PNG back byte for byte on Google).
//
// Another officer's add-on reaches the file only with a grant of its own (drive.file grants are
// "per-file access to files created or opened by the app", per user: Drive API scopes page). A
// file it cannot reach is never replaced and its ID never rewritten (issue #26 item 2): the
// report is made without it and the dialog names the colleague who saved it.
import {
  checkPicture,
  pictureKey,
  pictureSize,
  type PictureProblem,
  type PictureRow,
  type ReportPicture,
} from '../core/report';
import { ALL_DRIVES, drive, driveDisabledError, withDrive } from './drive';
import { UserError } from '../core/errors';
import { officerEmail } from '../platform/officer';

type Blob = GoogleAppsScript.Base.Blob;

/** A picture ready for the document: its image and the size to draw it at (null: its own). */
export interface PictureImage {
  blob: Blob;
  size: { width: number; height: number } | null;
}

export interface LoadedPictures {
  /** In the sheet's order: the model places them by section and numbers them. */
  shown: ReportPicture[];
  images: Record<string, PictureImage>;
  problems: PictureProblem[];
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

function bytesOf(v: unknown): { blob: Blob; bytes: number[] } | null {
  const blob = v as Blob | null;
  if (blob && typeof (blob as { getBytes?: unknown }).getBytes === 'function') return { blob, bytes: blob.getBytes() };
  return null;
}

/** Reads each row's file (one Drive call each) and checks it; a picture that fails is a problem line. */
export function loadPictures(rows: PictureRow[]): LoadedPictures {
  const out: LoadedPictures = { shown: [], images: {}, problems: [] };
  let me: string | null = null;
  for (const r of rows) {
    let got: { blob: Blob; bytes: number[] } | null;
    try {
      got = bytesOf(drive().Files!.get(r.fileId, { alt: 'media', ...ALL_DRIVES }) as unknown);
    } catch (err) {
      if (err instanceof UserError || driveDisabledError(err)) throw new UserError('err.driveDisabled');
      me ??= officerEmail();
      out.problems.push(
        r.maker && !(me && same(r.maker, me))
          ? { row: r.row, kind: 'ofColleague', vars: { owner: r.maker, me: me || '?' } }
          : { row: r.row, kind: 'unreachable' },
      );
      continue;
    }
    if (!got) {
      out.problems.push({ row: r.row, kind: 'notImage' });
      continue;
    }
    const checked = checkPicture(got.bytes);
    if (!('info' in checked)) {
      out.problems.push({ row: r.row, kind: checked.kind, vars: checked.vars });
      continue;
    }
    const key = pictureKey(r.row);
    out.shown.push({ key, section: r.section, caption: r.caption });
    out.images[key] = { blob: got.blob, size: pictureSize(checked.info) };
  }
  return out;
}

/** Saves an uploaded picture in the report folder; returns the new file's ID. */
export function savePictureFile(folderId: string, blob: Blob, name: string, mimeType: string): string {
  return withDrive(
    () => drive().Files!.create({ name, parents: [folderId], mimeType }, blob, { ...ALL_DRIVES, fields: 'id' }).id!,
  );
}
