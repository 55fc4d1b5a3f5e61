// FILE.pictures/ beside a register (issue #24 item 9): the unit's report pictures, offline. The
// folder holds the images and gambar.json, one entry per picture as an officer would fill in the
// upload dialog: {"Bagian": "Alur Permohonan", "Keterangan Gambar": "…", "Periode": "2021-Q3",
// "Berkas": "alur-permohonan.png"} ("Periode" blank or absent: every report). Each goes through
// the add-on's own upload (saveReportPicture), so the file lands in the report folder and its row
// in the Gambar Laporan sheet exactly as in the dialog.
import fs from 'node:fs';
import path from 'node:path';
import type { Emulator } from '@ppid-sheets/emulator';

export interface PictureEntry {
  section: string;
  caption: string;
  period: string;
  /** The image file, absolute. */
  file: string;
}

/** Uploads each picture through the add-on; returns one line per picture it refused. */
export function applyPictures(em: Emulator, entries: PictureEntry[]): { saved: number; refused: string[] } {
  let saved = 0;
  const refused: string[] = [];
  for (const e of entries) {
    const r = em.call('saveReportPicture', {
      name: path.basename(e.file),
      data: fs.readFileSync(e.file).toString('base64'),
      section: e.section,
      caption: e.caption,
      period: e.period,
    }) as { ok: boolean; message: string };
    if (r.ok) saved += 1;
    else refused.push(`${path.basename(e.file)}: ${r.message}`);
  }
  return { saved, refused };
}
