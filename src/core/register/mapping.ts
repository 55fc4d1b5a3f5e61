// Mapping a register an office already keeps onto the register's columns: which source column
// holds which register column, by the header-variant table (headers.ts) and, where a header is
// ambiguous or missing, by what the cells hold. The header row itself is found by header-row.ts;
// the mapping as JSON lives in mapping-json.ts.
//
// Pure: `values` is the sheet as getValues() returns it (Dates, numbers, strings, '').
import type { Day } from '../types';
import { normalizeHeader } from './schema';
import { columnLetter, isComputedKey, FIELD_KEYS, type FieldKey, type MatchKey } from './headers';
import type { ComputedKey } from './schema';
import { listMatchers, type MatcherLists, type ListMatchers } from './values';
import {
  rowAt,
  nonBlankCount,
  cellDay,
  isBlank,
  headerLabels,
  columnMatches,
  rowWidth,
  findHeaderIndex,
  totalsLabel,
  headerBlock,
} from './header-row';

/** Where a register sits in its sheet and which column holds each field. */
export interface RegisterMapping {
  /** Index (into the values read) of the row holding the column titles. */
  headerIndex: number;
  /** Index of a row of merged group titles directly above it, or null. */
  groupIndex: number | null;
  /** Index of the first data row: after the header, or after a row of column numbers under it. */
  dataIndex: number;
  /** Field → 0-based source column. */
  columns: Partial<Record<FieldKey, number>>;
  /** Columns recognised and deliberately not read: a running row number, the add-on's live columns. */
  ignored: number[];
  /** Where the add-on's live columns already are (a subset of `ignored`). */
  computed: Partial<Record<ComputedKey, number>>;
}

/** Something the officer should know about the mapping: an i18n key (`mapping.note.<code>`) and its parameters. */
export interface MappingNote {
  code: string;
  params: Record<string, string | number>;
}

export type MappedBy = 'header' | 'content' | 'given';

export interface MappingProposal extends RegisterMapping {
  /** Each source column's header as displayed: "Pemohon / Nama" under a merged group title, '' when blank. */
  labels: string[];
  /** How each mapped field was found. */
  how: Partial<Record<FieldKey, MappedBy>>;
  /** Source columns with a header or content that nothing reads: kept as they are, ignored. */
  unmapped: number[];
  notes: MappingNote[];
  /** Number of columns considered (the widest of the header and the sampled rows). */
  width: number;
}

/** The mapping as the offline runner prints it and `--map` / the settings give it back. */
export interface MappingJson {
  headerRow: number;
  columns: Record<string, string | null>;
  /** Optional: the sheet (xlsx input) holding the register. */
  sheet?: string;
}

const SAMPLE_ROWS = 200;

// Content profiles: what the cells of a column look like, from a sample of data rows.

type ProfileList =
  | 'channel'
  | 'applicantType'
  | 'status'
  | 'refusalReason'
  | 'infoClass'
  | 'deliveryMethod'
  | 'yesNo'
  | 'infoHeld'
  | 'requestKind'
  | 'objectionOutcome'
  | 'disputeStage'
  | 'disputeOutcome';
const PROFILE_LISTS: ProfileList[] = [
  'channel',
  'applicantType',
  'status',
  'refusalReason',
  'infoClass',
  'deliveryMethod',
  'yesNo',
  'infoHeld',
  'requestKind',
  'objectionOutcome',
  'disputeStage',
  'disputeOutcome',
];

interface Profile {
  nonBlank: number;
  dates: number;
  numbers: number;
  contacts: number;
  regNumbers: number;
  seqLike: boolean;
  lists: Record<ProfileList, number>;
  /** Day per sampled row (null when not a date). */
  days: Array<Day | null>;
}

const CONTACT_RE = /^(?:[^\s@]+@[^\s@]+\.[^\s@]+|@[\w.]{2,}|\+?\d[\d\s\-().]{7,})$/;
const REGNUMBER_RE = /^(?=.*\d)[\p{L}\d]+(?:[/\-.][\p{L}\d]+)+$/u;

function profileColumns(values: unknown[][], rows: number[], width: number, m: ListMatchers): Profile[] {
  const out: Profile[] = [];
  for (let c = 0; c < width; c++) {
    const p: Profile = {
      nonBlank: 0,
      dates: 0,
      numbers: 0,
      contacts: 0,
      regNumbers: 0,
      seqLike: false,
      lists: {} as Record<ProfileList, number>,
      days: [],
    };
    for (const l of PROFILE_LISTS) p.lists[l] = 0;
    const ints: number[] = [];
    for (const r of rows) {
      const v = rowAt(values, r)[c];
      const day = cellDay(v);
      p.days.push(day);
      if (isBlank(v)) continue;
      p.nonBlank++;
      if (day !== null) p.dates++;
      if (typeof v === 'number') {
        p.numbers++;
        if (Number.isInteger(v)) ints.push(v);
        continue;
      }
      if (typeof v !== 'string') continue;
      const s = v.trim();
      if (/^\d{1,6}$/.test(s)) ints.push(Number(s));
      if (/^(rp\.?\s*)?[\d.,]+$/i.test(s)) p.numbers++;
      if (day === null && CONTACT_RE.test(s)) p.contacts++;
      if (day === null && REGNUMBER_RE.test(s)) p.regNumbers++;
      for (const l of PROFILE_LISTS) if (m[l].match(s) !== null) p.lists[l]++;
    }
    if (ints.length >= 2 && ints.length >= p.nonBlank * 0.8) {
      let steps = 0;
      for (let i = 1; i < ints.length; i++) if (ints[i] === ints[i - 1] + 1) steps++;
      p.seqLike = steps >= (ints.length - 1) * 0.8;
    }
    out.push(p);
  }
  return out;
}

const DATE_FIELDS = new Set<MatchKey>([
  'received',
  'answered',
  'objectionDate',
  'objectionAnswered',
  'disputeDate',
  'disputeDecided',
  'objectionExecuted',
  'disputeExecuted',
  'courtFiled',
]);
// biome-ignore format: a table laid out by hand, one entry per line
const LIST_OF_FIELD: Partial<Record<MatchKey, ProfileList>> = {
  channel: 'channel', applicantType: 'applicantType', status: 'status', refusalReason: 'refusalReason', infoClass: 'infoClass',
  deliveryMethod: 'deliveryMethod', extended: 'yesNo', dispute: 'yesNo', infoHeld: 'infoHeld', requestKind: 'requestKind',
  objectionOutcome: 'objectionOutcome', disputeStage: 'disputeStage', disputeOutcome: 'disputeOutcome',
};
/** Lists whose values say which field a column holds whatever its header (a column of "Instagram", "Email" is a channel). */
const SNIFFED_LISTS: Array<[ProfileList, FieldKey]> = [
  ['infoHeld', 'infoHeld'],
  ['channel', 'channel'],
  ['status', 'status'],
  ['applicantType', 'applicantType'],
  ['deliveryMethod', 'deliveryMethod'],
  ['infoClass', 'infoClass'],
  ['requestKind', 'requestKind'],
];

type Fit = 'good' | 'neutral' | 'bad';

function share(n: number, p: Profile): number {
  return p.nonBlank ? n / p.nonBlank : 0;
}

function contentFit(key: MatchKey, p: Profile): Fit {
  if (p.nonBlank < 2) return 'neutral';
  if (DATE_FIELDS.has(key)) {
    const s = share(p.dates, p);
    return s >= 0.6 ? 'good' : s < 0.2 ? 'bad' : 'neutral';
  }
  const list = LIST_OF_FIELD[key];
  if (list) {
    const s = share(p.lists[list], p);
    if (key === 'status' && share(p.lists.infoHeld, p) >= 0.5 && p.lists.infoHeld > p.lists.status) return 'bad';
    return s >= 0.5 ? 'good' : s < 0.1 ? 'bad' : 'neutral';
  }
  if (key === 'number') return p.seqLike ? 'bad' : share(p.regNumbers, p) >= 0.5 ? 'good' : 'neutral';
  if (key === 'seq')
    return p.seqLike ? 'good' : share(p.regNumbers, p) >= 0.5 || share(p.dates, p) >= 0.5 ? 'bad' : 'neutral';
  if (key === 'fee') return share(p.numbers, p) >= 0.6 ? 'good' : 'neutral';
  if (key === 'contact') return share(p.contacts, p) >= 0.5 ? 'good' : 'neutral';
  return 'neutral';
}

/** Words in a header that say the date is the date of receipt, which starts the deadline (UU 14/2008 Pasal 22 ayat 7). */
const RECEIPT_WORDS = /\b(diterima|terima|masuk|received|receipt)\b/;

interface Candidate {
  key: MatchKey;
  col: number;
  score: number;
  how: MappedBy;
}

export interface ProposeOptions {
  lists?: MatcherLists;
  /** Force the header row (index into values), e.g. from a stored mapping or --map. */
  headerIndex?: number;
}

function sampleRows(values: unknown[][], from: number): number[] {
  const rows: number[] = [];
  for (let r = from; r < values.length && rows.length < SAMPLE_ROWS; r++) {
    const row = rowAt(values, r);
    if (nonBlankCount(row) === 0 || totalsLabel(row) !== null) continue;
    rows.push(r);
  }
  return rows;
}

/**
 * The automatic mapping of a sheet: its header row, each field's column by header and content,
 * the columns left unmapped and notes on every choice the officer may want to check. Null when
 * no row of the first 30 names at least two register columns.
 */
export function proposeMapping(values: unknown[][], opts: ProposeOptions = {}): MappingProposal | null {
  const h = opts.headerIndex ?? findHeaderIndex(values);
  if (h < 0 || h >= values.length) return null;
  const { groupIndex, dataIndex } = headerBlock(values, h);
  const rows = sampleRows(values, dataIndex);
  const width = Math.max(rowWidth(values, groupIndex ?? h, h + 1), ...rows.map((r) => rowAt(values, r).length), 0);
  const labels = headerLabels(values, h, groupIndex, width);
  const matches = columnMatches(labels);
  const matchers = listMatchers(opts.lists);
  const profiles = profileColumns(values, rows, width, matchers);
  const notes: MappingNote[] = [];
  const letterOf = (c: number) => describeColumn(c, labels.full);

  const seqCols = new Set<number>();
  const candidates: Candidate[] = [];
  for (let c = 0; c < width; c++) {
    const p = profiles[c];
    for (const m of matches[c]) {
      const fit = contentFit(m.key, p);
      if (m.strength === 2 && fit === 'bad') continue;
      const score = m.strength * 10 + m.words * 0.1 + (fit === 'good' ? 3 : fit === 'bad' ? -5 : 0);
      candidates.push({ key: m.key, col: c, score, how: 'header' });
      if (m.key === 'seq' && fit !== 'bad') seqCols.add(c);
    }
    if (p.nonBlank < 2) continue;
    const hasStrongHeader = matches[c].some((m) => m.strength === 3);
    if (hasStrongHeader) continue;
    for (const [list, key] of SNIFFED_LISTS) {
      const s = share(p.lists[list], p);
      // Content agreeing with the header's own guess only confirms it (the "good" fit above).
      if (s >= 0.6 && !matches[c].some((m) => m.key === key))
        candidates.push({ key, col: c, score: 5 + 20 * s, how: 'content' });
    }
    if (p.seqLike) candidates.push({ key: 'seq', col: c, score: 15, how: 'content' });
    if (share(p.contacts, p) >= 0.6)
      candidates.push({ key: 'contact', col: c, score: 5 + 10 * share(p.contacts, p), how: 'content' });
    if (share(p.regNumbers, p) >= 0.6 && !p.seqLike)
      candidates.push({ key: 'number', col: c, score: 5 + 10 * share(p.regNumbers, p), how: 'content' });
  }

  // The date received: by header first; when two headers name it, or none does, the cells and
  // the layout decide (the column naming receipt, then the one next to the number).
  const numberish = (c: number) =>
    seqCols.has(c) ||
    matches[c].some((m) => m.key === 'number') ||
    profiles[c].seqLike ||
    share(profiles[c].regNumbers, profiles[c]) >= 0.6;
  const nextToNumber = (c: number) => (c > 0 && numberish(c - 1)) || (c + 1 < width && numberish(c + 1));
  const receivedHeaders = candidates.filter((x) => x.key === 'received' && x.how === 'header' && x.score >= 20);
  if (receivedHeaders.length > 1) {
    for (const x of receivedHeaders) {
      if (RECEIPT_WORDS.test(normalizeHeader(labels.full[x.col]))) x.score += 2;
      if (nextToNumber(x.col)) x.score += 1;
    }
  }
  if (!candidates.some((x) => x.key === 'received' && x.score >= 10)) {
    for (let c = 0; c < width; c++) {
      const p = profiles[c];
      if (p.nonBlank >= 2 && share(p.dates, p) >= 0.8)
        candidates.push({ key: 'received', col: c, score: 8 + (nextToNumber(c) ? 1 : 0) - c * 0.001, how: 'content' });
    }
  }

  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const columns: Partial<Record<FieldKey, number>> = {};
  const how: Partial<Record<FieldKey, MappedBy>> = {};
  const taken = new Set<number>();
  const ignored: number[] = [];
  const computed: Partial<Record<ComputedKey, number>> = {};
  const ignoredKeys = new Set<MatchKey>();
  for (const x of candidates) {
    if (taken.has(x.col)) continue;
    if (x.key === 'seq' || isComputedKey(x.key)) {
      if (ignoredKeys.has(x.key)) continue;
      ignoredKeys.add(x.key);
      ignored.push(x.col);
      if (isComputedKey(x.key)) computed[x.key] = x.col;
      taken.add(x.col);
      continue;
    }
    const key = x.key as FieldKey;
    if (columns[key] !== undefined) continue;
    columns[key] = x.col;
    how[key] = x.how;
    taken.add(x.col);
    if (x.how === 'content') notes.push({ code: 'sniffed', params: { field: key, source: letterOf(x.col) } });
  }

  // Rivals: another column whose header names the same field as strongly as an ambiguous name.
  for (const key of FIELD_KEYS) {
    const chosen = columns[key];
    if (chosen === undefined) continue;
    const rivals = candidates.filter(
      (x) => x.key === key && x.col !== chosen && x.how === 'header' && x.score >= 18 && !taken.has(x.col),
    );
    if (rivals.length)
      notes.push({
        code: 'rival',
        params: { field: key, chosen: letterOf(chosen), others: rivals.map((x) => letterOf(x.col)).join(', ') },
      });
  }

  // Date answered, when no header names it: a dated column titled only as a date (or not titled,
  // a merged title exported as a blank) whose dates never come before the date received.
  if (columns.answered === undefined && columns.received !== undefined) {
    const rc = columns.received;
    for (let c = 0; c < width; c++) {
      if (taken.has(c)) continue;
      const p = profiles[c];
      const label = normalizeHeader(labels.full[c]);
      if (p.nonBlank < 2 || share(p.dates, p) < 0.8) continue;
      if (label && !/^(tanggal|tgl|date|hari tanggal|waktu)$/.test(label)) continue;
      let both = 0;
      let after = 0;
      p.days.forEach((d, i) => {
        const r = profiles[rc].days[i];
        if (d !== null && r !== null) {
          both++;
          if (d >= r) after++;
        }
      });
      if (both >= 2 && after >= both * 0.9) {
        columns.answered = c;
        how.answered = 'content';
        taken.add(c);
        notes.push({ code: 'sniffedAnswered', params: { source: letterOf(c), received: letterOf(rc) } });
        break;
      }
    }
  }

  // Letters need a registration number. The Perki SLIP register form has none: its "No" counts
  // the requests, and is the only number a request has. When no other column holds one, "No" is
  // read as No. Registrasi (parse.ts then takes a pre-numbered empty line for no request), and the
  // officer is told so; a register with neither is told which column letters need.
  if (columns.number === undefined) {
    const seq = ignored.find((c) => seqCols.has(c));
    if (seq === undefined) notes.push({ code: 'noNumber', params: {} });
    else {
      ignored.splice(ignored.indexOf(seq), 1);
      columns.number = seq;
      how.number = 'header';
      notes.push({ code: 'numberFromSeq', params: { source: letterOf(seq) } });
    }
  }

  const unmapped: number[] = [];
  for (let c = 0; c < width; c++) {
    if (taken.has(c)) continue;
    if (labels.full[c] || profiles[c].nonBlank > 0) unmapped.push(c);
    if (!labels.full[c] && profiles[c].nonBlank > 0)
      notes.push({ code: 'blankHeader', params: { column: columnLetter(c) } });
  }
  if (columns.infoHeld !== undefined) notes.push({ code: 'infoHeld', params: { source: letterOf(columns.infoHeld) } });
  const top = groupIndex ?? h;
  for (let r = 0; r < top; r++) {
    if (nonBlankCount(rowAt(values, r)) > 0) {
      notes.push({ code: 'titleRows', params: { rows: top } });
      break;
    }
  }
  if (groupIndex !== null) notes.push({ code: 'groupRow', params: { group: groupIndex, header: h } });
  if (dataIndex === h + 2) notes.push({ code: 'numberRow', params: { row: h + 1 } });

  return {
    headerIndex: h,
    groupIndex,
    dataIndex,
    columns,
    ignored,
    computed,
    labels: labels.full,
    how,
    unmapped,
    notes,
    width,
  };
}

/** "C (Tanggal)" or "C" for a blank header. */
export function describeColumn(c: number, labels: string[]): string {
  return labels[c] ? `${columnLetter(c)} (${labels[c]})` : columnLetter(c);
}
