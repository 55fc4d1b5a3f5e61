// Adopting a DIP an office already keeps in a sheet of its own layout (issue #27 item 1): which
// source column holds which DIP column, by the usual Indonesian headings of the Perki 1/2021 form
// and of published DIPs; where the header row is (under title rows, over a row of column numbers,
// reusing the register mapping's helpers in core/register/header-row.ts); and a preview: rows to
// be taken, columns mapped and not found, and the core's row problems on the source's own rows.
//
// Pure: `values` is the sheet as getValues() returns it. Messages never quote a cell.
import {
  cellLabel,
  columnLetter,
  headerBlock,
  isBlank,
  isColumnNumberRow,
  nonBlankCount,
  normalizeHeader,
  rowAt,
} from '../register';
import { t } from '../i18n';
import type { Lang } from '../types';
import { DIP_CLASSES, DIP_COLUMNS, type DipClass, type DipEntry, type DipKey, type DipProblem } from './model';
import { parseDipSheet, type DipReadOptions } from './parse';

const SCAN_ROWS = 30;

/**
 * Headings that name a DIP column beyond the sheet's own and its aliases (model.ts). `exact`: the
 * whole heading; `contains`: a phrase inside a longer heading ("Ringkasan Isi Informasi Publik").
 */
// biome-ignore format: a table laid out by hand, one entry per line
export const DIP_HEADER_SYNONYMS: Record<DipKey, { exact: string[]; contains: string[] }> = {
  number: { exact: ['No', 'No.', 'Nomor', 'Nomor Urut', 'No Urut', 'Nomor Entri', 'Kode', 'Kode Informasi', 'Nomor DIP'], contains: [] },
  summary: { exact: ['Ringkasan Isi Informasi', 'Ringkasan Informasi', 'Judul Informasi', 'Nama Informasi', 'Informasi', 'Uraian Informasi'], contains: ['ringkasan isi', 'ringkasan informasi', 'judul informasi', 'nama informasi', 'uraian informasi'] },
  holder: { exact: ['Pejabat/Unit yang Menguasai', 'Pejabat/Unit yang Menguasai Informasi', 'Unit yang Menguasai', 'Pejabat yang Menguasai Informasi', 'Unit Kerja', 'Unit Pengelola'], contains: ['yang menguasai', 'menguasai informasi'] },
  responsible: { exact: ['Penanggung Jawab', 'Penanggungjawab', 'Penanggung Jawab Pembuatan', 'Penanggung Jawab Pembuatan atau Penerbitan Informasi', 'Penanggung Jawab Informasi'], contains: ['penanggung jawab', 'penanggungjawab'] },
  made: { exact: ['Waktu dan Tempat Pembuatan', 'Waktu dan Tempat Pembuatan Informasi', 'Tempat dan Waktu Pembuatan', 'Waktu Pembuatan', 'Tempat Pembuatan'], contains: ['waktu dan tempat', 'tempat dan waktu', 'waktu pembuatan'] },
  forms: { exact: ['Bentuk Informasi', 'Bentuk Informasi yang Tersedia', 'Bentuk', 'Format Informasi', 'Media'], contains: ['bentuk informasi', 'format informasi'] },
  retention: { exact: ['Jangka Waktu Penyimpanan', 'Jangka Waktu Penyimpanan/Retensi', 'Jangka Waktu Penyimpanan atau Retensi Arsip', 'Retensi', 'Retensi Arsip', 'Masa Simpan'], contains: ['jangka waktu penyimpanan', 'retensi'] },
  infoClass: { exact: ['Jenis/Kategori Informasi', 'Kategori Informasi', 'Klasifikasi Informasi', 'Klasifikasi', 'Jenis Informasi', 'Kategori', 'Sifat Informasi'], contains: ['kategori informasi', 'klasifikasi informasi'] },
  link: { exact: ['Tautan', 'Link', 'Tautan Publikasi', 'URL', 'Alamat Tautan', 'Link Informasi', 'Tautan Informasi'], contains: ['tautan', 'link', 'url'] },
  updated: { exact: ['Tanggal Pemutakhiran', 'Tanggal Diperbarui', 'Terakhir Diperbarui', 'Tanggal Update', 'Pemutakhiran Terakhir', 'Tanggal Pembaruan'], contains: ['pemutakhiran', 'diperbarui', 'pembaruan'] },
  // Not a bare "Status": an office's own "Status" column may say anything; a wrong guess would make every entry Draf.
  state: { exact: ['Keadaan', 'Status Entri', 'Status DIP', 'Keadaan Entri'], contains: [] },
};

interface Names {
  exact: Map<string, DipKey>;
  contains: Array<{ phrase: string; key: DipKey; words: number }>;
}

let names: Names | null = null;

function nameIndex(): Names {
  if (names) return names;
  const exact = new Map<string, DipKey>();
  const add = (s: string, key: DipKey) => {
    const n = normalizeHeader(s);
    if (n && !exact.has(n)) exact.set(n, key);
  };
  // The sheet's own headings first, so a synonym never shadows another column's real name.
  for (const c of DIP_COLUMNS) {
    add(c.id, c.key);
    add(c.en, c.key);
  }
  for (const c of DIP_COLUMNS) for (const a of c.aliases ?? []) add(a, c.key);
  const contains: Names['contains'] = [];
  for (const [key, v] of Object.entries(DIP_HEADER_SYNONYMS) as Array<
    [DipKey, { exact: string[]; contains: string[] }]
  >) {
    for (const s of v.exact) add(s, key);
    for (const s of v.contains) {
      const n = normalizeHeader(s);
      contains.push({ phrase: n, key, words: n.split(' ').length });
    }
  }
  contains.sort((a, b) => b.words - a.words);
  names = { exact, contains };
  return names;
}

/** The DIP column a heading names: exactly (strength 2), or by a phrase inside it (1). */
export function matchDipHeader(text: unknown): { key: DipKey; strength: number; words: number } | null {
  const n = normalizeHeader(cellLabel(text));
  if (!n) return null;
  const ix = nameIndex();
  const hit = ix.exact.get(n);
  if (hit) return { key: hit, strength: 2, words: n.split(' ').length };
  const padded = ` ${n} `;
  const c = ix.contains.find((x) => padded.includes(` ${x.phrase} `));
  return c ? { key: c.key, strength: 1, words: c.words } : null;
}

/** Column (0-based) of each DIP column in a header row; a column is given to its strongest claim. */
export function mapDipHeader(header: unknown[]): Partial<Record<DipKey, number>> {
  const claims = header
    .map((h, col) => ({ col, m: matchDipHeader(h) }))
    .filter((x): x is { col: number; m: NonNullable<ReturnType<typeof matchDipHeader>> } => x.m !== null)
    .sort((a, b) => b.m.strength - a.m.strength || b.m.words - a.m.words || a.col - b.col);
  const out: Partial<Record<DipKey, number>> = {};
  for (const { col, m } of claims) if (out[m.key] === undefined) out[m.key] = col;
  return out;
}

/** The row of the first 30 naming the most DIP columns (at least two, one of them the summary); -1 if none. */
export function findDipHeaderRow(values: unknown[][]): number {
  let best = -1;
  let bestCount = 1;
  for (let i = 0; i < Math.min(values.length, SCAN_ROWS); i++) {
    const m = mapDipHeader(rowAt(values, i));
    const n = Object.keys(m).length;
    if (m.summary !== undefined && n > bestCount) {
      best = i;
      bestCount = n;
    }
  }
  return best;
}

/**
 * A row that heads a class section ("A. Informasi Berkala", "II. INFORMASI SERTA MERTA"), as
 * published DIPs group their entries when they have no class column: its class, or null.
 */
export function sectionClass(row: unknown[]): DipClass | null {
  const cells = row.filter((v) => !isBlank(v)).map((v) => normalizeHeader(cellLabel(v)));
  if (cells.length === 0 || cells.length > 2) return null;
  const text = cells[cells.length - 1].replace(/^([a-h]|[ivx]+|\d{1,2}) /, '');
  if (cells.length === 2 && !/^([a-h]|[ivx]+|\d{1,2})$/.test(cells[0])) return null;
  const plain = text.replace(
    /^(daftar )?(informasi )?(publik )?(yang )?(wajib )?(disediakan )?(dan )?(diumumkan )?(secara )?/,
    '',
  );
  return DIP_CLASSES.find((c) => normalizeHeader(c) === plain) ?? null;
}

const afterNumbers = (values: unknown[][], r: number) => (isColumnNumberRow(rowAt(values, r)) ? r + 1 : r);

/**
 * The DIP form's "Bentuk Informasi" as two columns under one merged heading, with a row of
 * "Softcopy" / "Hardcopy" under the header and a mark in each entry's cell: those columns, or []
 * when the row under the header is not such a row (it has a summary, or other words).
 */
function splitForms(
  values: unknown[][],
  h: number,
  cols: Partial<Record<DipKey, number>>,
): Array<{ col: number; form: 'Softcopy' | 'Hardcopy' }> {
  const sub = rowAt(values, h + 1);
  if (cols.forms === undefined || (cols.summary !== undefined && !isBlank(sub[cols.summary]))) return [];
  const out: Array<{ col: number; form: 'Softcopy' | 'Hardcopy' }> = [];
  for (let c = 0; c < sub.length; c++) {
    if (isBlank(sub[c])) continue;
    const n = normalizeHeader(cellLabel(sub[c])).replace(/ /g, '');
    if (n !== 'softcopy' && n !== 'hardcopy') return [];
    out.push({ col: c, form: n === 'softcopy' ? 'Softcopy' : 'Hardcopy' });
  }
  return out.some((f) => f.col === cols.forms) ? out : [];
}

export interface DipAdoptMapped {
  key: DipKey;
  /** The DIP sheet's column name in the officer's language. */
  target: string;
  /** "C (Ringkasan Isi Informasi)" on the source sheet. */
  source: string;
}

export interface DipAdoptPreview {
  /** 1-based rows of the source sheet: its header, its first entry. */
  headerRow: number;
  firstRow: number;
  /** The entries to be written, in DIP_COLUMNS order (the DIP sheet's layout). */
  rows: unknown[][];
  /** The 1-based source row of each written row. */
  sourceRows: number[];
  mapped: DipAdoptMapped[];
  /** DIP columns no source column names (their cells are left blank; state: Final). */
  missing: Array<{ key: DipKey; target: string }>;
  /** Source columns with a heading that nothing reads: "F (Keterangan)". */
  unmapped: string[];
  /** The class came from section rows, not from a column. */
  classFromSections: boolean;
  /** The source has no state column: every entry is taken as Final. */
  stateAssumedFinal: boolean;
  /** The core's row problems, on the source's rows and under its own headings. */
  problems: DipProblem[];
  entries: DipEntry[];
}

const describe = (col: number, label: string) => (label ? `${columnLetter(col)} (${label})` : columnLetter(col));

/**
 * The preview of adopting `values` (a whole sheet) as the DIP; null when no row of the first 30
 * reads as a DIP header (two DIP columns, one of them the summary).
 */
export function previewDipAdoption(values: unknown[][], opts: DipReadOptions): DipAdoptPreview | null {
  const h = findDipHeaderRow(values);
  if (h < 0) return null;
  const lang: Lang = opts.lang;
  const header = rowAt(values, h);
  const labels = header.map((v) => cellLabel(v));
  const cols = mapDipHeader(header);
  const split = splitForms(values, h, cols);
  const { dataIndex } = split.length ? { dataIndex: afterNumbers(values, h + 2) } : headerBlock(values, h);
  const target = (key: DipKey) => {
    const c = DIP_COLUMNS.find((x) => x.key === key)!;
    return lang === 'en' ? c.en : c.id;
  };

  // Data rows: non-blank, not a totals row; a section row sets the class of the rows under it.
  let section: DipClass | null = null;
  let classFromSections = false;
  const picked: Array<{ row: unknown[]; sourceRow: number; section: DipClass | null }> = [];
  for (let r = dataIndex; r < values.length; r++) {
    const row = rowAt(values, r);
    if (nonBlankCount(row) === 0) continue;
    const sc = sectionClass(row);
    if (sc) {
      section = sc;
      if (cols.infoClass === undefined) classFromSections = true;
      continue;
    }
    picked.push({ row, sourceRow: r + 1, section });
  }

  // The source laid out as a sheet the parse reads, under the DIP sheet's own headings (the parse
  // finds its columns by them); its problems are then put back under the source's headings and rows.
  const keys = DIP_COLUMNS.map((c) => c.key).filter(
    (k) => cols[k] !== undefined || (k === 'infoClass' && classFromSections),
  );
  const cell = (p: (typeof picked)[number], k: DipKey): unknown => {
    if (k === 'forms' && split.length) {
      const marked = split.filter((f) => !isBlank(p.row[f.col])).map((f) => f.form);
      return marked.length === 2 ? 'Softcopy dan Hardcopy' : (marked[0] ?? '');
    }
    return cols[k] !== undefined ? (p.row[cols[k]!] ?? '') : k === 'infoClass' ? (p.section ?? '') : '';
  };
  const relaid = [keys.map(target), ...picked.map((p) => keys.map((k) => cell(p, k)))];
  const parsed = parseDipSheet(relaid, opts);
  const sourceName = (key: DipKey) => (cols[key] !== undefined && labels[cols[key]!]) || target(key);
  const problems: DipProblem[] = [];
  for (const p of parsed.problems) {
    // A column the source lacks is listed as missing; its rows' problems say what each entry lacks.
    if (p.row === 1) continue;
    const key = DIP_COLUMNS.find((c) => target(c.key) === p.column)?.key;
    const column = key ? sourceName(key) : p.column;
    const params = { column };
    problems.push({
      ...p,
      row: picked[p.row - 2].sourceRow,
      column,
      message: key ? t(lang, p.code, { ...params, list: DIP_CLASSES.join(', ') }) : p.message,
    });
  }
  // Numbers: an entry needs one, and one number names one entry (parseDipLists checks both lists later).
  const seen = new Map<string, number>();
  const column = sourceName('number');
  picked.forEach((p) => {
    const n = String(cell(p, 'number')).trim();
    const push = (code: string, params: Record<string, string | number> = {}) =>
      problems.push({ list: 'dip', row: p.sourceRow, column, code, message: t(lang, code, { column, ...params }) });
    if (!n) push('dip.number.missing');
    else if (seen.has(n.toLowerCase()))
      push('dip.number.duplicate', { row: seen.get(n.toLowerCase())!, sheet: t(lang, 'dipAdopt.source') });
    else seen.set(n.toLowerCase(), p.sourceRow);
  });
  problems.sort((a, b) => a.row - b.row);

  // The rows as the DIP sheet holds them: class and state in the dropdowns' words where the parse
  // understood them (the officer's text otherwise, so the problem stays visible), other cells as read.
  const rows = picked.map((p, i) => {
    const e = parsed.entries[i];
    return DIP_COLUMNS.map((c) => {
      if (c.key === 'infoClass') return e.infoClass ?? cell(p, 'infoClass');
      if (c.key === 'state') return e.state;
      const v = cell(p, c.key);
      return typeof v === 'string' ? v.trim() : v;
    });
  });

  const usedCols = new Set(Object.values(cols));
  const unmapped: string[] = [];
  labels.forEach((l, c) => {
    if (l && !usedCols.has(c)) unmapped.push(describe(c, l));
  });
  return {
    headerRow: h + 1,
    firstRow: dataIndex + 1,
    rows,
    sourceRows: picked.map((p) => p.sourceRow),
    mapped: DIP_COLUMNS.filter((c) => cols[c.key] !== undefined).map((c) => ({
      key: c.key,
      target: target(c.key),
      source:
        c.key === 'forms' && split.length
          ? split.map((f) => `${columnLetter(f.col)} (${f.form})`).join(', ')
          : describe(cols[c.key]!, labels[cols[c.key]!]),
    })),
    missing: DIP_COLUMNS.filter((c) => cols[c.key] === undefined && !(c.key === 'infoClass' && classFromSections)).map(
      (c) => ({ key: c.key, target: target(c.key) }),
    ),
    unmapped,
    classFromSections,
    stateAssumedFinal: cols.state === undefined,
    problems,
    entries: parsed.entries,
  };
}
