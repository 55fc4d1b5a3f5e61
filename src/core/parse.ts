// Register rows (as getValues() returns them: Dates, numbers, strings, '') → typed requests plus
// problems. Row content never throws: whatever an officer typed becomes either a value or a
// problem with its sheet row, registration number, column and a plain message. Only a register
// without any recognisable header row is an error, because then nothing can be read at all.
//
// Personal columns (name, address, contact, request text) are only checked for presence; their
// content is never copied into the result.
import type { Day, Lang, ParsedRegister, Problem, RequestRecord, StatusValue } from './types';
import { dayFromYmd, dayOfDate, isDateObject, parseDay, ymd, WIB_OFFSET_MINUTES } from './dates';
import { FINISHED_STATUSES, LISTS, OTHER, REGISTER_COLUMNS, findColumns, type ColumnKey } from './schema';
import { OUTCOME_SYNONYMS, STAGE_SYNONYMS } from './grounds';
import { chainReader } from './parse-chain';
import { t } from './i18n';

export class RegisterError extends Error {
  readonly code: 'no_header';
  constructor(code: 'no_header', message: string) {
    super(message);
    this.name = 'RegisterError';
    this.code = code;
  }
}

export interface ParseOptions {
  lang: Lang;
  /** Row of `values` holding the headers. When absent, the first of the top 20 rows that names the date-received column. */
  headerRowIndex?: number;
  /** Sheet row number of values[0] (1 when the read started at row 1). */
  firstRowNumber?: number;
  tzOffsetMinutes?: number;
  /** The unit's channel list from the settings (default LISTS.channels). */
  channels?: string[];
  /** The unit's topic list from the settings (default LISTS.defaultTopics). */
  topics?: string[];
  /**
   * Quote the offending cell's content in problem messages (default true). The officer's own
   * "Periksa Data" check quotes, so the slip can be found; the report path passes false, because a
   * row pasted one column off puts a name or a phone number into Saluran or a date column, and
   * report messages travel to the recap sheet, recap.json and the document. Registration numbers
   * are still named: they are the unit's own reference, not personal data.
   */
  quoteValues?: boolean;
}

const HEADER_SCAN_ROWS = 20;
// A register date outside this range is a typing slip, not a request: a year typed alone (2025)
// reads as serial 2025 = 17 July 1905, which would otherwise fall silently outside every period.
const EARLIEST = dayFromYmd(2000, 1, 1);
const LATEST = dayFromYmd(2099, 12, 31);

function registerDay(v: unknown, tz: number): Day | null | 'invalid' {
  const d = parseDay(v, tz);
  return typeof d === 'number' && (d < EARLIEST || d > LATEST) ? 'invalid' : d;
}
/** Values quoted in messages are cut here: a message must stay readable in a cell. */
const QUOTE_MAX = 60;

// Spellings officers commonly use for a canonical value. Matched like the values themselves.
const SYNONYMS: Partial<Record<string, Record<string, string>>> = {
  channels: {
    'e-mail': 'Email', 'e mail': 'Email', 'surel': 'Email', 'surat elektronik': 'Email',
    'ig': 'Instagram', 'fb': 'Facebook', 'twitter': 'Twitter/X', 'x': 'Twitter/X',
    'web': 'Website', 'situs web': 'Website', 'laman': 'Website', 'wa': 'WhatsApp',
    'ruang layanan informasi': 'Ruang Layanan', 'datang langsung': 'Ruang Layanan', 'service desk': 'Ruang Layanan', 'walk-in': 'Ruang Layanan',
    'letter': 'Surat', 'telp': 'Telepon', 'telpon': 'Telepon', 'phone': 'Telepon', 'telephone': 'Telepon',
    'other': 'Lainnya',
  },
  applicantTypes: {
    'perorangan': 'Perseorangan', 'individu': 'Perseorangan', 'individual': 'Perseorangan',
    'kelompok': 'Kelompok Orang', 'group': 'Kelompok Orang',
    'badan hukum/badan publik': 'Badan Hukum', 'legal entity': 'Badan Hukum',
  },
  statuses: {
    'in process': 'Diproses', 'processing': 'Diproses', 'fulfilled': 'Dipenuhi', 'granted': 'Dipenuhi',
    'partially fulfilled': 'Dipenuhi Sebagian', 'sebagian dipenuhi': 'Dipenuhi Sebagian',
    'refused': 'Ditolak', 'rejected': 'Ditolak', 'not answered': 'Tidak Dijawab', 'unanswered': 'Tidak Dijawab',
    'cancelled': 'Dibatalkan', 'canceled': 'Dibatalkan', 'withdrawn': 'Dibatalkan',
  },
  // Refusal reasons are matched by grounds.ts (Pasal 17 letters, notices, older values).
  objectionOutcomes: OUTCOME_SYNONYMS,
  disputeStages: STAGE_SYNONYMS,
  disputeOutcomes: OUTCOME_SYNONYMS,
  infoClasses: {
    'informasi berkala': 'Berkala', 'periodic': 'Berkala', 'informasi serta merta': 'Serta Merta', 'immediate': 'Serta Merta',
    'informasi setiap saat': 'Setiap Saat', 'any time': 'Setiap Saat', 'informasi dikecualikan': 'Dikecualikan', 'exempt': 'Dikecualikan',
  },
  deliveryMethods: {
    'melihat': 'Melihat/Membaca', 'membaca': 'Melihat/Membaca', 'melihat / membaca': 'Melihat/Membaca',
    'softcopy': 'Salinan Softcopy', 'soft copy': 'Salinan Softcopy', 'hardcopy': 'Salinan Hardcopy', 'hard copy': 'Salinan Hardcopy',
  },
  yesNo: {
    'y': 'Ya', 'yes': 'Ya', 'true': 'Ya', 'iya': 'Ya',
    't': 'Tidak', 'n': 'Tidak', 'no': 'Tidak', 'false': 'Tidak', 'tdk': 'Tidak',
  },
  topics: { 'other': 'Lainnya' },
};

function normalizeValue(s: string): string {
  return s.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** Matches cell text to a list's canonical value; remembers what it has seen (registers repeat values). */
class ListMatcher {
  private readonly byNorm = new Map<string, string>();
  private readonly seen = new Map<string, string | null>();
  readonly hasOther: boolean;

  constructor(values: string[], synonyms: Record<string, string> | undefined, private readonly letterPrefix = false) {
    for (const v of values) this.byNorm.set(normalizeValue(v), v);
    const canonical = new Set(values);
    for (const [k, v] of Object.entries(synonyms ?? {})) {
      if (canonical.has(v) && !this.byNorm.has(k)) this.byNorm.set(k, v);
    }
    this.hasOther = canonical.has(OTHER);
    if (letterPrefix) {
      // Objection grounds are known by their letter (Pasal 35 ayat 1 huruf a–g): "c", "c.", "(c)".
      for (const v of values) this.byNorm.set(v.charAt(0).toLowerCase(), v);
    }
  }

  /** The canonical value for text already matched once, without any normalising work. */
  known(raw: string): string | undefined {
    const hit = this.seen.get(raw);
    return hit === null ? undefined : hit;
  }

  match(raw: string): string | null {
    const hit = this.seen.get(raw);
    if (hit !== undefined) return hit;
    const n = normalizeValue(raw);
    let found = this.byNorm.get(n) ?? null;
    if (found === null && this.letterPrefix) {
      const m = /^\(?([a-g])(?:[.)]|\s|$)/.exec(n);
      if (m) found = this.byNorm.get(m[1]) ?? null;
    }
    if (this.seen.size < 5000) this.seen.set(raw, found);
    return found;
  }
}

function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Any cell as text: numbers, booleans and dates land in text columns when Sheets guesses a type. */
function cellText(v: unknown, tz: number): string {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isDateObject(v)) return Number.isNaN(v.getTime()) ? '' : ymd(dayOfDate(v, tz));
  return v === null || v === undefined ? '' : String(v);
}

function quote(s: string): string {
  return s.length > QUOTE_MAX ? s.slice(0, QUOTE_MAX - 1) + '…' : s;
}

/** A fee as typed: 5000, "5000", "Rp 5.000", "5.000,50", "1,500.00". Null for blank, NaN when unreadable. */
function parseFee(v: unknown): number | null {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (typeof v !== 'string') return NaN;
  let s = v.trim().toLowerCase().replace(/^rp\.?\s*/, '').replace(/\s+/g, '');
  if (s === '-') return 0;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '').replace(',', '.'); // 5.000,50
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) s = s.replace(/,/g, ''); // 5,000.50
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

function findHeaderRow(values: unknown[][], opts: ParseOptions): number {
  if (opts.headerRowIndex !== undefined) {
    const row = values[opts.headerRowIndex];
    return row && findColumns(row).columns.received !== undefined ? opts.headerRowIndex : -1;
  }
  const n = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let i = 0; i < n; i++) {
    const row = values[i];
    if (Array.isArray(row) && findColumns(row).columns.received !== undefined) return i;
  }
  return -1;
}

export function parseRegister(values: unknown[][], opts: ParseOptions): ParsedRegister {
  const lang = opts.lang;
  const tz = opts.tzOffsetMinutes ?? WIB_OFFSET_MINUTES;
  const firstRowNumber = opts.firstRowNumber ?? 1;
  const headerIndex = findHeaderRow(values, opts);
  if (headerIndex < 0) {
    throw new RegisterError('no_header', t(lang, 'error.no_header'));
  }
  const headerRow = values[headerIndex];
  const { columns, missingRequired } = findColumns(headerRow);

  const ix = (key: ColumnKey): number => columns[key] ?? -1;
  const headerText = (key: ColumnKey): string => {
    const i = ix(key);
    const cell = i >= 0 ? cellText(headerRow[i], tz) : '';
    if (cell) return cell;
    const spec = REGISTER_COLUMNS.find((c) => c.key === key)!;
    return lang === 'en' ? spec.en : spec.id;
  };
  const headers = {} as Record<ColumnKey, string>;
  for (const c of REGISTER_COLUMNS) headers[c.key] = headerText(c.key);

  const problems: Problem[] = [];
  const requests: RequestRecord[] = [];
  const headerRowNumber = firstRowNumber + headerIndex;
  for (const key of missingRequired) {
    problems.push({
      row: headerRowNumber, number: null, column: headers[key], code: 'column.missing',
      message: t(lang, 'problem.column.missing', { column: headers[key] }),
    });
  }

  const channelList = opts.channels && opts.channels.length ? opts.channels : LISTS.channels;
  const topicList = opts.topics && opts.topics.length ? opts.topics : LISTS.defaultTopics;
  const matchers = {
    channel: new ListMatcher(channelList, SYNONYMS.channels),
    applicantType: new ListMatcher(LISTS.applicantTypes, SYNONYMS.applicantTypes),
    status: new ListMatcher(LISTS.statuses, SYNONYMS.statuses),
    objectionOutcome: new ListMatcher(LISTS.objectionOutcomes, SYNONYMS.objectionOutcomes),
    disputeStage: new ListMatcher(LISTS.disputeStages, SYNONYMS.disputeStages),
    disputeOutcome: new ListMatcher(LISTS.disputeOutcomes, SYNONYMS.disputeOutcomes),
    infoClass: new ListMatcher(LISTS.infoClasses, SYNONYMS.infoClasses),
    deliveryMethod: new ListMatcher(LISTS.deliveryMethods, SYNONYMS.deliveryMethods),
    yesNo: new ListMatcher(LISTS.yesNo, SYNONYMS.yesNo),
    objectionGround: new ListMatcher(LISTS.objectionGrounds, undefined, true),
    topic: new ListMatcher(topicList, SYNONYMS.topics),
  };

  // Input columns only: the computed columns' formulas and officers' own columns may hold
  // something on every row and must not make an empty row count.
  const inputIndexes = REGISTER_COLUMNS.map((c) => ix(c.key)).filter((i) => i >= 0);
  const I = {
    number: ix('number'), received: ix('received'), channel: ix('channel'), applicantName: ix('applicantName'),
    applicantType: ix('applicantType'), infoRequested: ix('infoRequested'), topic: ix('topic'),
    infoClass: ix('infoClass'), deliveryMethod: ix('deliveryMethod'), status: ix('status'),
    refusalReason: ix('refusalReason'), extended: ix('extended'), answered: ix('answered'), fee: ix('fee'),
  };

  const firstRowOfNumber = new Map<string, number>();
  let rowCount = 0;

  // The row being read. The helpers below are created once, not per row: a large register must
  // not cost six closures a row.
  let row: unknown[] = [];
  let rowNumber = 0;
  let number: string | null = null;

  const problem = (key: ColumnKey | '', code: string, msgKey: string, params?: Record<string, string | number>) => {
    problems.push({ row: rowNumber, number, column: key ? headers[key] : '', code, message: t(lang, msgKey, params) });
  };
  const quoteValues = opts.quoteValues !== false;
  /** A problem about a cell's content: quoted, or in the `.hidden` wording that names only the column. */
  const valueProblem = (key: ColumnKey, code: string, msgKey: string, value: unknown, params: Record<string, string | number> = {}) => {
    if (quoteValues) problem(key, code, msgKey, { ...params, value: quote(cellText(value, tz)), column: headers[key] });
    else problem(key, code, `${msgKey}.hidden`, { ...params, column: headers[key] });
  };
  /**
   * The register's live columns (Batas Waktu, Status SLA) test Perpanjangan ="Ya" and Status
   * ="Dibatalkan" exactly, untrimmed. A synonym or stray space the parser accepts would make the
   * sheet and the report disagree on that row, so the officer is asked for the dropdown value.
   * Only these two values are checked: no formula reads any other list cell.
   */
  const nonCanonical = (key: ColumnKey, v: unknown, canonical: string) => {
    if (typeof v === 'string' && v.toLowerCase() === canonical.toLowerCase()) return;
    if (quoteValues) problem(key, 'list.noncanonical', 'problem.list.noncanonical', { value: quote(typeof v === 'string' ? v : cellText(v, tz)), column: headers[key], canonical });
    else problem(key, 'list.noncanonical', 'problem.list.noncanonical.hidden', { column: headers[key], canonical });
  };
  const date = (key: ColumnKey, i: number): Day | null => {
    if (i < 0) return null;
    const v = row[i];
    const d = registerDay(v, tz);
    if (d === 'invalid') {
      valueProblem(key, 'date.invalid', 'problem.date.invalid', v);
      return null;
    }
    return d;
  };
  const required = (key: ColumnKey, i: number): void => {
    if (i >= 0 && isBlank(row[i])) problem(key, 'required.missing', 'problem.required.missing', { column: headers[key] });
  };
  /** A list cell's canonical value; unknown values fall to Lainnya where the list has it. */
  const list = (key: ColumnKey, i: number, m: ListMatcher, isRequired: boolean): string | null => {
    if (i < 0) return null;
    const v = row[i];
    if (typeof v === 'string') {
      const hit = m.known(v);
      if (hit !== undefined) return hit;
    }
    if (isBlank(v)) {
      if (isRequired) problem(key, 'required.missing', 'problem.required.missing', { column: headers[key] });
      return null;
    }
    const text = cellText(v, tz);
    const found = m.match(text);
    if (found !== null) return found;
    if (m.hasOther) {
      valueProblem(key, 'list.unknown', 'problem.list.other', text, { other: OTHER });
      return OTHER;
    }
    valueProblem(key, 'list.unknown', 'problem.list.dropped', text);
    return null;
  };
  /** `liveYes`: a formula reads this column, so a Ya it would not see is flagged. */
  const yesNo = (key: ColumnKey, i: number, liveYes = false): boolean => {
    if (i < 0) return false;
    const v = row[i];
    if (typeof v === 'boolean') {
      if (v && liveYes) nonCanonical(key, v, 'Ya');
      return v;
    }
    if (isBlank(v)) return false;
    const text = cellText(v, tz);
    const found = matchers.yesNo.match(text);
    if (found === null) valueProblem(key, 'list.unknown', 'problem.yesno.unknown', text);
    else if (found === 'Ya' && liveYes) nonCanonical(key, v, 'Ya');
    return found === 'Ya';
  };

  const chainMatchers: Partial<Record<ColumnKey, ListMatcher>> = {
    objectionGround: matchers.objectionGround, objectionOutcome: matchers.objectionOutcome,
    disputeStage: matchers.disputeStage, disputeOutcome: matchers.disputeOutcome,
  };
  const readChain = chainReader({
    cell: (key) => row[ix(key)],
    has: (key) => ix(key) >= 0,
    isBlank,
    text: (v) => cellText(v, tz),
    date: (key) => date(key, ix(key)),
    list: (key, isRequired) => list(key, ix(key), chainMatchers[key]!, isRequired),
    yesNo: (key) => {
      const i = ix(key);
      if (i < 0 || isBlank(row[i])) return null;
      const yes = yesNo(key, i);
      if (yes) return 'Ya';
      const v = row[i];
      return v === false || matchers.yesNo.match(cellText(v, tz)) === 'Tidak' ? 'Tidak' : null;
    },
    problem,
    valueProblem,
  });

  for (let r = headerIndex + 1; r < values.length; r++) {
    const current = values[r];
    if (!Array.isArray(current)) continue;
    let blank = true;
    for (let k = 0; k < inputIndexes.length; k++) {
      if (!isBlank(current[inputIndexes[k]])) { blank = false; break; }
    }
    if (blank) continue;
    rowCount++;

    row = current;
    rowNumber = firstRowNumber + r;
    const numberText = I.number >= 0 ? cellText(row[I.number], tz) : '';
    number = numberText === '' ? null : numberText;

    if (number !== null) {
      const norm = number.toLowerCase();
      const first = firstRowOfNumber.get(norm);
      if (first === undefined) firstRowOfNumber.set(norm, rowNumber);
      else problem('number', 'number.duplicate', 'problem.number.duplicate', { number: quote(number), firstRow: first });
    }

    // Date received decides whether the row can be placed at all.
    let received: Day | null = null;
    if (I.received >= 0) {
      const v = row[I.received];
      const d = registerDay(v, tz);
      if (d === null) problem('received', 'received.missing', 'problem.received.missing');
      else if (d === 'invalid') valueProblem('received', 'received.invalid', 'problem.received.invalid', v);
      else received = d;
    }

    const channel = list('channel', I.channel, matchers.channel, true) ?? OTHER;
    required('applicantName', I.applicantName);
    const applicantType = list('applicantType', I.applicantType, matchers.applicantType, true);
    required('infoRequested', I.infoRequested);
    const topic = list('topic', I.topic, matchers.topic, false);
    const infoClass = list('infoClass', I.infoClass, matchers.infoClass, false);
    const deliveryMethod = list('deliveryMethod', I.deliveryMethod, matchers.deliveryMethod, false);
    const status = list('status', I.status, matchers.status, true) as StatusValue | null;
    if (status === 'Dibatalkan') nonCanonical('status', row[I.status], 'Dibatalkan');
    const extended = yesNo('extended', I.extended, true);

    const answeredBlank = I.answered < 0 || isBlank(row[I.answered]);
    const answered = date('answered', I.answered);
    if (answered !== null && received !== null && answered < received) {
      problem('answered', 'answered.before_received', 'problem.answered.before_received', { answered: ymd(answered), received: ymd(received) });
    }
    if (status !== null && FINISHED_STATUSES.has(status) && answeredBlank && I.answered >= 0) {
      problem('answered', 'answered.missing', 'problem.answered.missing', { status });
    }
    if (status === 'Ditolak' && I.refusalReason >= 0 && isBlank(row[I.refusalReason])) {
      problem('refusalReason', 'refusal.missing', 'problem.refusal.missing');
    }

    let fee: number | null = null;
    if (I.fee >= 0) {
      const f = parseFee(row[I.fee]);
      if (f !== null && (Number.isNaN(f) || f < 0)) valueProblem('fee', 'fee.invalid', 'problem.fee.invalid', row[I.fee]);
      else fee = f;
    }

    const chain = readChain(received);

    if (received === null) continue;
    requests.push({
      row: rowNumber, number, received, channel, applicantType, topic, infoClass, deliveryMethod, status,
      extended, answered, fee, ...chain,
    });
  }

  return { requests, problems, rowCount, columns };
}

/** Problem codes that mean the row could not be placed in any period (it has no valid date received). */
export const UNPLACED_CODES: ReadonlySet<string> = new Set(['received.missing', 'received.invalid']);
