// The unit's pictures in the report (issue #24 item 9): the "Gambar Laporan" sheet's rows as
// data, which rows belong to a period, what an image's bytes say it is, and the report's lines
// for a picture left out. Pure: sheets/ reads the rows, docs/ reads the files and places them.
//
// A row: Bagian (one of PICTURE_SECTIONS, by its label, its key or "2.2 …"), Keterangan Gambar
// (the caption, printed as "Gambar N. caption"), Periode (blank or "Selalu": every report; one
// period such as 2021-Q3, "TW III 2021" or 2025), ID Berkas (the image file in Drive, saved by the
// add-on under drive.file) and Dibuat oleh (who saved it: the colleague to ask when another
// officer's add-on cannot reach it, issue #26 item 2). Rows are only read; a report never
// rewrites an ID.
//
// Limits: "Images must be less than 50MB in size, cannot exceed 25 megapixels, and must be in one
// of PNG, JPEG, or GIF format" (Docs API InsertInlineImageRequest.uri,
// https://developers.google.com/docs/api/reference/rest/v1/documents/request#insertinlineimagerequest;
// the same sentence in the discovery document mirrored at docs.rs google-docs1,
// InsertInlineImageRequest). DocumentApp's reference names no limit of its own, so the API's is
// taken, with a house limit of 5 MB a picture under it: a report carries many pictures and its
// PDF is mailed to the central PPID.
import type { Lang } from '../types';
import { periodMatches } from '../settings';
import { t } from '../i18n';

// biome-ignore format: a table laid out by hand, one entry per line
export const PICTURE_SECTIONS = {
  room: { id: 'Ruang Layanan', en: 'Service Room', no: '2.2' },
  flow: { id: 'Alur Permohonan', en: 'Request Flow', no: '2.2' },
  maklumat: { id: 'Maklumat Pelayanan', en: 'Service Charter', no: '2.2' },
  objection: { id: 'Mekanisme Keberatan', en: 'Objection Procedure', no: '2.2' },
  social: { id: 'Media Sosial', en: 'Social Media', no: '2.2' },
  published: { id: 'Informasi yang Diumumkan', en: 'Published Information', no: '2.3' },
} as const;

export type PictureSection = keyof typeof PICTURE_SECTIONS;

/** The sheet's names and its columns, found by header (either language). */
export const PICTURE_SHEET = {
  names: ['Gambar Laporan', 'Report Pictures'],
  columns: {
    id: ['Bagian', 'Keterangan Gambar', 'Periode', 'ID Berkas', 'Dibuat oleh'],
    en: ['Section', 'Caption', 'Period', 'File ID', 'Made by'],
  },
};

export const PICTURE_MAX_BYTES = 5 * 1024 * 1024;
/** Google's own limits (InsertInlineImageRequest, above). */
export const GOOGLE_MAX_BYTES = 50 * 1024 * 1024;
export const GOOGLE_MAX_PIXELS = 25_000_000;
/** The box a picture is drawn in, in DocumentApp's units (the charts' width; a portrait poster stays on its page). */
export const PICTURE_BOX = { width: 440, height: 440 };

export interface PictureRow {
  /** The sheet row (1-based, the header is row 1). */
  row: number;
  section: PictureSection;
  caption: string;
  /** The period cell as typed; '' for every report. */
  period: string;
  fileId: string;
  maker: string;
}

export type PictureProblemKind =
  | 'unknownSection'
  | 'noFile'
  | 'notImage'
  | 'tooLarge'
  | 'tooManyPixels'
  | 'ofColleague'
  | 'unreachable';

export interface PictureProblem {
  row: number;
  /** A row's own period cell (problems found reading the sheet): shown in that period's reports only. */
  period?: string;
  kind: PictureProblemKind;
  vars?: Record<string, string>;
}

/** A picture the report shows: its key among the document's images, its section and caption. */
export interface ReportPicture {
  key: string;
  section: PictureSection;
  caption: string;
}

/** A picture's key among the document's images ("picture:ROW"); the charts have their own keys. */
export const pictureKey = (row: number): string => `picture:${row}`;
export const isPictureKey = (key: string): boolean => key.startsWith('picture:');

const norm = (v: unknown) =>
  String(v ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** The section a cell names: "Ruang Layanan", "Service Room", "room", "2.2 Ruang Layanan", "2.2. Alur …". */
export function pictureSection(cell: string): PictureSection | null {
  const s = norm(cell).replace(/^\d+(\.\d+)*\.?\s*/, '');
  const keys = Object.keys(PICTURE_SECTIONS) as PictureSection[];
  return (
    keys.find(
      (k) => k.toLowerCase() === s || norm(PICTURE_SECTIONS[k].id) === s || norm(PICTURE_SECTIONS[k].en) === s,
    ) ?? null
  );
}

/** The sheet's rows (one getValues), with a problem for each row the report cannot use as typed. */
export function parsePictureRows(grid: unknown[][]): { rows: PictureRow[]; problems: PictureProblem[] } {
  const rows: PictureRow[] = [];
  const problems: PictureProblem[] = [];
  if (!grid.length) return { rows, problems };
  const header = (grid[0] ?? []).map(norm);
  const col = (i: number) => {
    const names = [PICTURE_SHEET.columns.id[i], PICTURE_SHEET.columns.en[i]].map(norm);
    return header.findIndex((h) => names.includes(h));
  };
  const [cs, cc, cp, cf, cm] = [0, 1, 2, 3, 4].map(col);
  if (cs < 0 || cc < 0) return { rows, problems };
  for (let r = 1; r < grid.length; r++) {
    const cell = (c: number) => (c < 0 ? '' : String(grid[r][c] ?? '').trim());
    const sectionText = cell(cs);
    const caption = cell(cc);
    const fileId = cell(cf);
    if (!sectionText && !caption && !fileId) continue;
    const row = r + 1;
    const period = cell(cp);
    const section = pictureSection(sectionText);
    if (!section) {
      problems.push({ row, period, kind: 'unknownSection', vars: { value: sectionText.slice(0, 60) } });
      continue;
    }
    if (!fileId) {
      problems.push({ row, period, kind: 'noFile' });
      continue;
    }
    rows.push({ row, section, caption, period, fileId, maker: cell(cm) });
  }
  return { rows, problems };
}

/** Whether a row's period cell belongs to the report: blank or "Selalu"/"Always" for every report. */
export function pictureInPeriod(cell: string, year: number, quarter: number | null): boolean {
  const s = norm(cell);
  if (!s || s === 'selalu' || s === 'always' || s === 'semua' || s === 'all') return true;
  if (periodMatches(cell, year, quarter)) return true;
  // The annual report shows the pictures of its quarters too: they are the year's.
  return quarter === null && [1, 2, 3, 4].some((q) => periodMatches(cell, year, q));
}

/** The rows a period's report tries to show, and the problems of the sheet's rows for that period. */
export function picturesForPeriod(
  parsed: { rows: PictureRow[]; problems: PictureProblem[] },
  year: number,
  quarter: number | null,
): { rows: PictureRow[]; problems: PictureProblem[] } {
  return {
    rows: parsed.rows.filter((r) => pictureInPeriod(r.period, year, quarter)),
    problems: parsed.problems.filter((p) => pictureInPeriod(p.period ?? '', year, quarter)),
  };
}

export interface ImageInfo {
  contentType: 'image/png' | 'image/jpeg' | 'image/gif';
  width: number;
  height: number;
}

/** PNG, JPEG or GIF from its first bytes, with its size in pixels; null for anything else. */
export function imageInfo(bytes: ArrayLike<number>): ImageInfo | null {
  const b = (i: number) => (bytes[i] ?? 0) & 0xff;
  const be16 = (i: number) => (b(i) << 8) | b(i + 1);
  const be32 = (i: number) => ((b(i) << 24) >>> 0) + (b(i + 1) << 16) + (b(i + 2) << 8) + b(i + 3);
  if (bytes.length >= 24 && b(0) === 0x89 && b(1) === 0x50 && b(2) === 0x4e && b(3) === 0x47)
    return { contentType: 'image/png', width: be32(16), height: be32(20) };
  if (bytes.length >= 10 && b(0) === 0x47 && b(1) === 0x49 && b(2) === 0x46)
    return { contentType: 'image/gif', width: b(6) | (b(7) << 8), height: b(8) | (b(9) << 8) };
  if (bytes.length >= 4 && b(0) === 0xff && b(1) === 0xd8) {
    // The first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds the size.
    let i = 2;
    while (i + 9 < bytes.length) {
      if (b(i) !== 0xff) return null;
      const marker = b(i + 1);
      if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker))
        return { contentType: 'image/jpeg', height: be16(i + 5), width: be16(i + 7) };
      i += 2 + be16(i + 2);
    }
  }
  return null;
}

/** What is wrong with a file's bytes as a report picture, or its image information. */
export function checkPicture(
  bytes: ArrayLike<number>,
): { info: ImageInfo } | { kind: PictureProblemKind; vars: Record<string, string> } {
  const info = imageInfo(bytes);
  if (!info?.width || !info.height) return { kind: 'notImage', vars: {} };
  // Rounded up: a file just over the limit never reads as the limit itself.
  const mb = (n: number) => (Math.ceil((n / (1024 * 1024)) * 10) / 10).toFixed(1).replace('.', ',');
  if (bytes.length > PICTURE_MAX_BYTES)
    return { kind: 'tooLarge', vars: { size: mb(bytes.length), max: mb(PICTURE_MAX_BYTES) } };
  const pixels = info.width * info.height;
  if (pixels > GOOGLE_MAX_PIXELS)
    return {
      kind: 'tooManyPixels',
      vars: { size: `${info.width} × ${info.height}`, mp: (pixels / 1e6).toFixed(1).replace('.', ',') },
    };
  return { info };
}

/** The size to draw a picture at inside PICTURE_BOX, or null when its own size fits. */
export function pictureSize(info: { width: number; height: number }): { width: number; height: number } | null {
  const scale = Math.min(PICTURE_BOX.width / info.width, PICTURE_BOX.height / info.height);
  if (scale >= 1) return null;
  return { width: Math.max(1, Math.round(info.width * scale)), height: Math.max(1, Math.round(info.height * scale)) };
}

/** The report dialog's line for a picture left out. */
export function pictureProblemLine(p: PictureProblem, lang: Lang): string {
  const sections = Object.values(PICTURE_SECTIONS)
    .map((s) => s[lang])
    .join(', ');
  return t(lang, `pictures.problem.${p.kind}`, { row: String(p.row), sections, ...(p.vars ?? {}) });
}
