// The "Surat" log sheet as data: one row per letter made (register row, registration number,
// kind, letter number, date, links, and the letter's sequence number in its year). The next
// letter number comes from it, under the document lock, in the same step that appends the row:
// a letter that fails is never logged, so its number is given to the next letter and no gap
// opens. No personal data is logged: the links lead to the letters, which stay private.
import type { Day, Lang } from '../types';
import { parseDay, ymdParts } from '../calendar';
import { normalizeHeader } from '../register';
import { isLetterKind, LETTER_TITLES, type LetterKind } from './kinds';
import { formatLetterNumber } from './format';

export const LOG_SHEET_NAMES = ['Surat', 'Letters'];

export const LOG_COLUMNS = ['row', 'number', 'kind', 'letterNumber', 'date', 'doc', 'pdf', 'seq'] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

export const LOG_HEADERS: Record<LogColumn, { id: string; en: string }> = {
  row: { id: 'Baris Register', en: 'Register Row' },
  number: { id: 'No. Registrasi', en: 'Registration No.' },
  kind: { id: 'Jenis Surat', en: 'Letter Kind' },
  letterNumber: { id: 'Nomor Surat', en: 'Letter No.' },
  date: { id: 'Tanggal Surat', en: 'Letter Date' },
  doc: { id: 'Dokumen', en: 'Document' },
  pdf: { id: 'PDF', en: 'PDF' },
  seq: { id: 'No. Urut', en: 'Sequence' },
};

export function logHeaderRow(lang: Lang): string[] {
  return LOG_COLUMNS.map((c) => LOG_HEADERS[c][lang]);
}

/** Where each log column is in a header row (either language), -1 when missing. */
export function logColumns(header: unknown[]): Record<LogColumn, number> {
  const out = {} as Record<LogColumn, number>;
  const names = header.map(normalizeHeader);
  for (const c of LOG_COLUMNS) {
    out[c] = names.findIndex(
      (n) => n === normalizeHeader(LOG_HEADERS[c].id) || n === normalizeHeader(LOG_HEADERS[c].en),
    );
  }
  return out;
}

export interface LoggedLetter {
  sheetRow: number;
  registerRow: number | null;
  number: string;
  kind: LetterKind | null;
  letterNumber: string;
  date: Day | null;
  doc: string;
  pdf: string;
  seq: number | null;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** The log's rows (grid = the whole sheet's values, header first). */
export function readLog(grid: unknown[][], tz: number): LoggedLetter[] {
  if (!grid.length) return [];
  const c = logColumns(grid[0]);
  const out: LoggedLetter[] = [];
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    const get = (k: LogColumn) => (c[k] >= 0 ? row[c[k]] : '');
    if (!text(get('letterNumber')) && !text(get('number'))) continue;
    const d = parseDay(get('date'), tz);
    const kindText = text(get('kind'));
    const kind = isLetterKind(kindText)
      ? kindText
      : ((Object.keys(LETTER_TITLES) as LetterKind[]).find((k) => LETTER_TITLES[k] === kindText) ?? null);
    const seq = Number(get('seq'));
    const reg = Number(get('row'));
    out.push({
      sheetRow: r + 1,
      registerRow: Number.isInteger(reg) && reg > 0 ? reg : null,
      number: text(get('number')),
      kind,
      letterNumber: text(get('letterNumber')),
      date: typeof d === 'number' ? d : null,
      doc: text(get('doc')),
      pdf: text(get('pdf')),
      seq: Number.isInteger(seq) && seq > 0 && text(get('seq')) !== '' ? seq : null,
    });
  }
  return out;
}

/**
 * The next letter number of the letter date's year: one past the year's highest sequence; if an
 * officer's edit of the log makes that number exist already, the next free one. Unique by
 * construction, and gap-free as long as the log is only appended to.
 */
export function nextLetterNumber(log: LoggedLetter[], pattern: string, date: Day): { seq: number; number: string } {
  const [year] = ymdParts(date);
  let seq = 0;
  for (const l of log) {
    if (l.seq !== null && l.date !== null && ymdParts(l.date)[0] === year && l.seq > seq) seq = l.seq;
  }
  const taken = new Set(log.map((l) => l.letterNumber.toLowerCase()));
  for (;;) {
    seq += 1;
    const number = formatLetterNumber(pattern, seq, date);
    if (!taken.has(number.toLowerCase())) return { seq, number };
  }
}

/** Letters already made for a register row (by row, or by registration number when rows moved). */
export function lettersOfRow(log: LoggedLetter[], registerRow: number, number: string): LoggedLetter[] {
  const n = number.trim().toLowerCase();
  return log.filter((l) => (n ? l.number.toLowerCase() === n : l.registerRow === registerRow));
}
