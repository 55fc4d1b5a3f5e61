// Register rows (as getValues() returns them: Dates, numbers, strings, '') → typed requests plus
// problems. Row content never throws: whatever an officer typed becomes either a value or a
// problem with its sheet row, registration number, column and a plain message. Only a register
// without any recognisable header row is an error, because then nothing can be read at all.
//
// Personal columns (name, address, contact, request text) are only checked for presence; their
// content is never copied into the result.
import type { Day, Lang, ParsedRegister, Problem, RequestRecord, StatusValue } from '../types';
import { dayOfDate, isDateObject, parseDay, ymd, WIB_OFFSET_MINUTES, type DateOrder } from '../calendar';
import { FINISHED_STATUSES, OTHER, REGISTER_COLUMNS, type ColumnKey } from './schema';
import { chainReader } from './parse-chain';
import { t } from '../i18n';
import { NOTICE_KEYS } from '../law';
import { type ListMatcher, listMatchers, NOTICE_OF_INFO_HELD } from './values';
import { ADOPTED_COLUMNS, columnLetter, fieldLabel, isComputedKey, matchHeader, type FieldKey } from './headers';
import { headerBlock, headerLabels, rowWidth, totalsLabel } from './header-row';
import { proposeMapping, type RegisterMapping } from './mapping';
import { sharedNumber } from './identifier';
import { LAW_IN_FORCE, registerDay, type RegisterDate } from './plausible-dates';
import { headersSeen } from './mapping-json';

export class RegisterError extends Error {
  readonly code: 'no_header';
  /** The headers the register shows (quoted, comma-separated) and their sheet row, to name in the message. */
  readonly seen: { row: number; headers: string };
  constructor(code: 'no_header', message: string, seen: { row: number; headers: string } = { row: 0, headers: '' }) {
    super(message);
    this.name = 'RegisterError';
    this.code = code;
    this.seen = seen;
  }
}

export interface ParseOptions {
  lang: Lang;
  /**
   * Where the register is and which column holds each field: a stored, confirmed mapping. When
   * absent, the automatic mapping (mapping.ts) finds the header row and the columns.
   */
  mapping?: RegisterMapping;
  /** Row of `values` holding the headers (the automatic mapping then finds the columns). */
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
  /** How "05/04/2025" typed as text reads: the spreadsheet locale's order (dateOrderForLocale). Default day first. */
  dateOrder?: DateOrder;
}

/** Values quoted in messages are cut here: a message must stay readable in a cell. */
const QUOTE_MAX = 60;

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

/**
 * Typed words in a column nothing reads. Numbers, dates and booleans there are left alone: an
 * officer's checkbox column holds FALSE and a helper formula a number on every row, blank or not.
 */
function isWords(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  const s = v.trim();
  return s !== '' && !/^(true|false|-|0)$/i.test(s);
}

/** A running row number as typed: 7, "7", "7.", "(7)". */
function isSeqDigits(v: unknown): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v > 0;
  return typeof v === 'string' && /^\(?\d+[.)]?$/.test(v.trim());
}

function quote(s: string): string {
  return s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX - 1)}…` : s;
}

/** A fee as typed: 5000, "5000", "Rp 5.000", "5.000,50", "1,500.00". Null for blank, NaN when unreadable. */
function parseFee(v: unknown): number | null {
  if (isBlank(v)) return null;
  if (typeof v === 'number') return Number.isFinite(v) ? v : NaN;
  if (typeof v !== 'string') return NaN;
  let s = v
    .trim()
    .toLowerCase()
    .replace(/^rp\.?\s*/, '')
    .replace(/\s+/g, '');
  if (s === '-') return 0;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s))
    s = s.replace(/\./g, '').replace(',', '.'); // 5.000,50
  else if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s))
    s = s.replace(/,/g, ''); // 5,000.50
  else if (/^-?\d+,\d+$/.test(s)) s = s.replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : NaN;
}

/** The mapping a parse uses: the one given, else the automatic one; throws when no date column is found. */
export function resolveMapping(values: unknown[][], opts: ParseOptions): RegisterMapping {
  let mapping = opts.mapping ?? null;
  if (!mapping) {
    const proposal = proposeMapping(values, {
      lists: { channels: opts.channels, topics: opts.topics },
      headerIndex: opts.headerRowIndex,
    });
    mapping = proposal;
  }
  if (!mapping || mapping.columns.received === undefined) {
    const first = opts.firstRowNumber ?? 1;
    const seen = headersSeen(values, mapping ? mapping.headerIndex : undefined);
    const where = { row: seen.headers ? seen.row + first : 0, headers: seen.headers };
    const message = where.headers ? t(opts.lang, 'error.no_date_column', where) : t(opts.lang, 'error.no_header');
    throw new RegisterError('no_header', message, where);
  }
  return mapping;
}

export function parseRegister(values: unknown[][], opts: ParseOptions): ParsedRegister {
  const lang = opts.lang;
  const tz = opts.tzOffsetMinutes ?? WIB_OFFSET_MINUTES;
  const firstRowNumber = opts.firstRowNumber ?? 1;
  const mapping = resolveMapping(values, opts);
  const headerIndex = mapping.headerIndex;
  const { groupIndex, dataIndex } = opts.mapping ? mapping : headerBlock(values, headerIndex);
  const columns = mapping.columns;
  const labels = headerLabels(
    values,
    headerIndex,
    groupIndex,
    rowWidth(values, groupIndex ?? headerIndex, headerIndex + 1),
  ).full;

  const ix = (key: FieldKey): number => columns[key] ?? -1;
  const headers = {} as Record<FieldKey, string>;
  for (const c of [...REGISTER_COLUMNS, ...ADOPTED_COLUMNS]) {
    const i = ix(c.key);
    headers[c.key] = (i >= 0 && labels[i]) || (i >= 0 ? columnLetter(i) : fieldLabel(c.key, lang));
  }

  const problems: Problem[] = [];
  const requests: RequestRecord[] = [];
  const headerRowNumber = firstRowNumber + headerIndex;
  for (const c of REGISTER_COLUMNS) {
    if (!c.required || columns[c.key] !== undefined) continue;
    problems.push({
      row: headerRowNumber,
      number: null,
      column: headers[c.key],
      code: 'column.missing',
      message: t(lang, 'problem.column.missing', { column: headers[c.key] }),
    });
  }

  const headerProblems = problems.length;
  /** Rows read as requests (past the blank and totals checks): what a column blank on all of them means. */
  let checkedRows = 0;
  const matchers = listMatchers({ channels: opts.channels, topics: opts.topics });

  // Mapped columns only: the computed columns' formulas, a running row number and officers' own
  // columns may hold something on every row and must not make an empty row count...
  const inputIndexes = (Object.values(columns) as number[]).filter((i) => i >= 0);
  // ...but a row with words only in the columns nothing reads is listed, never silently dropped.
  const skip = new Set<number>([...inputIndexes, ...mapping.ignored]);
  const otherIndexes: number[] = [];
  for (let c = 0; c < Math.max(labels.length, rowWidth(values, dataIndex, values.length)); c++)
    if (!skip.has(c)) otherIndexes.push(c);
  // Columns recognised as a running row number ("No"): digits there are no content, words are.
  const seqIndexes = mapping.ignored.filter((c) => !isComputedKey(String(matchHeader(labels[c])[0]?.key ?? '')));
  const I = {
    number: ix('number'),
    received: ix('received'),
    channel: ix('channel'),
    applicantName: ix('applicantName'),
    applicantType: ix('applicantType'),
    infoRequested: ix('infoRequested'),
    topic: ix('topic'),
    infoClass: ix('infoClass'),
    deliveryMethod: ix('deliveryMethod'),
    status: ix('status'),
    refusalReason: ix('refusalReason'),
    extended: ix('extended'),
    answered: ix('answered'),
    fee: ix('fee'),
    infoHeld: ix('infoHeld'),
    requestKind: ix('requestKind'),
    dipNumber: ix('dipNumber'),
  };

  // A running "No" column read as the registration number, in a register that has no other
  // (the Perki SLIP form: mapping.ts maps it so that letters can be made).
  const seqNumberIndex = I.number >= 0 && matchHeader(labels[I.number])[0]?.key === 'seq' ? I.number : -1;

  const firstRowOfNumber = new Map<string, number>();
  let rowCount = 0;

  // The row being read. The helpers below are created once, not per row: a large register must
  // not cost six closures a row.
  let row: unknown[] = [];
  let rowNumber = 0;
  let number: string | null = null;

  const problem = (key: FieldKey | '', code: string, msgKey: string, params?: Record<string, string | number>) => {
    problems.push({ row: rowNumber, number, column: key ? headers[key] : '', code, message: t(lang, msgKey, params) });
  };
  const quoteValues = opts.quoteValues !== false;
  const dateOrder: DateOrder = opts.dateOrder ?? 'dmy';
  /** A totals row: its words are quoted only in the officer's own check (they may hold a name). */
  const totalsProblem = (label: string) => {
    if (quoteValues) problem('', 'row.totals', 'problem.row.totals', { label: quote(label) });
    else problem('', 'row.totals', 'problem.row.totals.hidden');
  };
  /** A problem about a cell's content: quoted, or in the `.hidden` wording that names only the column. */
  const valueProblem = (
    key: FieldKey,
    code: string,
    msgKey: string,
    value: unknown,
    params: Record<string, string | number> = {},
  ) => {
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
    if (quoteValues)
      problem(key, 'list.noncanonical', 'problem.list.noncanonical', {
        value: quote(typeof v === 'string' ? v : cellText(v, tz)),
        column: headers[key],
        canonical,
      });
    else problem(key, 'list.noncanonical', 'problem.list.noncanonical.hidden', { column: headers[key], canonical });
  };
  /**
   * A date typed as text ('05/04/2025 pasted with an apostrophe, a CSV imported without
   * conversion) is read, so the report counts the row; but the register's live columns cannot
   * compute from text and stay blank on that row, so the cell is listed for the officer.
   */
  const textDate = (key: ColumnKey, v: unknown, d: RegisterDate) => {
    if (typeof v === 'string' && typeof d === 'number') valueProblem(key, 'date.text', 'problem.date.text', v);
  };
  /**
   * A date cell that is no usable date. A number where a date belongs is never quoted, in any
   * mode: it is most likely a phone number, and Google may hand it back as an invalid Date that
   * has no text to quote. An early date is quoted as the day the sheet shows.
   */
  const badDate = (key: ColumnKey, v: unknown, d: 'invalid' | 'number' | 'early', received: boolean) => {
    const prefix = received ? 'received' : 'date';
    if (d === 'number') problem(key, `${prefix}.invalid`, `problem.${prefix}.number`, { column: headers[key] });
    else if (d === 'early') {
      const shown = parseDay(v, tz, dateOrder);
      const params = { law: ymd(LAW_IN_FORCE), date: typeof shown === 'number' ? ymd(shown) : '' };
      if (quoteValues)
        problem(key, `${prefix}.implausible`, `problem.${prefix}.early`, { ...params, column: headers[key] });
      else problem(key, `${prefix}.implausible`, `problem.${prefix}.early.hidden`, { ...params, column: headers[key] });
    } else if (received) valueProblem(key, 'received.invalid', 'problem.received.invalid', v);
    else valueProblem(key, 'date.invalid', 'problem.date.invalid', v);
  };
  const date = (key: ColumnKey, i: number): Day | null => {
    if (i < 0) return null;
    const v = row[i];
    const d = registerDay(v, tz, dateOrder);
    if (d === 'invalid' || d === 'number' || d === 'early') {
      badDate(key, v, d, false);
      return null;
    }
    textDate(key, v, d);
    return d;
  };
  const required = (key: ColumnKey, i: number): void => {
    if (i >= 0 && isBlank(row[i]))
      problem(key, 'required.missing', 'problem.required.missing', { column: headers[key] });
  };
  /** A list cell's canonical value; unknown values fall to Lainnya where the list has it. */
  const list = (key: FieldKey, i: number, m: ListMatcher, isRequired: boolean): string | null => {
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
    objectionGround: matchers.objectionGround,
    objectionOutcome: matchers.objectionOutcome,
    disputeStage: matchers.disputeStage,
    disputeOutcome: matchers.disputeOutcome,
    objectionExecution: matchers.execution,
    disputeExecution: matchers.execution,
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

  for (let r = dataIndex; r < values.length; r++) {
    const current = values[r];
    if (!Array.isArray(current)) continue;
    let blank = true;
    for (let k = 0; k < inputIndexes.length; k++) {
      const i = inputIndexes[k];
      // A running "No" read as the registration number (a register without one): a pre-numbered
      // empty line of the form holds its digits only and is no request.
      if (i === seqNumberIndex && isSeqDigits(current[i])) continue;
      if (!isBlank(current[i])) {
        blank = false;
        break;
      }
    }
    if (blank) {
      const others = otherIndexes.filter((c) => isWords(current[c]));
      const seqText = seqIndexes.some((c) => !isBlank(current[c]) && !/^\(?\d+[.)]?$/.test(String(current[c]).trim()));
      if (!others.length && !seqText) continue;
      rowCount++;
      row = current;
      rowNumber = firstRowNumber + r;
      number = null;
      const totals = totalsLabel(current);
      if (totals !== null) totalsProblem(totals);
      else
        problem('', 'row.unmapped', 'problem.row.unmapped', {
          columns:
            others.map((c) => labels[c] || columnLetter(c)).join(', ') ||
            labels[seqIndexes[0]] ||
            columnLetter(seqIndexes[0]),
        });
      continue;
    }
    rowCount++;

    row = current;
    rowNumber = firstRowNumber + r;
    // A totals row at the bottom ("Jumlah", "Total") carries no date received: named, not counted.
    if (I.received < 0 || typeof registerDay(row[I.received], tz, dateOrder) !== 'number') {
      const totals = totalsLabel(row);
      if (totals !== null) {
        number = null;
        totalsProblem(totals);
        continue;
      }
    }
    checkedRows++;
    const numberText = I.number >= 0 ? cellText(row[I.number], tz) : '';
    // Outputs that leave the register carry a number only when it is one (identifier.ts).
    number = numberText === '' ? null : quoteValues ? numberText : sharedNumber(numberText);

    if (numberText !== '') {
      const norm = numberText.toLowerCase();
      const first = firstRowOfNumber.get(norm);
      if (first === undefined) firstRowOfNumber.set(norm, rowNumber);
      else if (number !== null)
        problem('number', 'number.duplicate', 'problem.number.duplicate', { number: quote(number), firstRow: first });
      else problem('number', 'number.duplicate', 'problem.number.duplicate.hidden', { firstRow: first });
    }

    // Date received decides whether the row can be placed at all.
    let received: Day | null = null;
    if (I.received >= 0) {
      const v = row[I.received];
      const d = registerDay(v, tz, dateOrder);
      if (d === null) problem('received', 'received.missing', 'problem.received.missing');
      else if (d === 'invalid' || d === 'number' || d === 'early') badDate('received', v, d, true);
      else {
        received = d;
        textDate('received', v, d);
      }
    }

    const channel = list('channel', I.channel, matchers.channel, true) ?? OTHER;
    required('applicantName', I.applicantName);
    const applicantType = list('applicantType', I.applicantType, matchers.applicantType, true);
    required('infoRequested', I.infoRequested);
    const topic = list('topic', I.topic, matchers.topic, false);
    const infoClass = list('infoClass', I.infoClass, matchers.infoClass, false);
    let deliveryMethod = list('deliveryMethod', I.deliveryMethod, matchers.deliveryMethod, false);
    // Perki SLIP splits the delivery method in two: "Jenis Permohonan" (to see, or a copy) and "Bentuk Informasi".
    const requestKind = list('requestKind', I.requestKind, matchers.requestKind, false);
    if (deliveryMethod === null && requestKind === 'Melihat/Mengetahui') deliveryMethod = 'Melihat/Membaca';
    // Perki SLIP's "Status Informasi": information not held, or not yet documented, is answered
    // with a written notice; its ground stands where the register keeps refusal and notice grounds.
    const infoHeld = list('infoHeld', I.infoHeld, matchers.infoHeld, false);
    const notice = infoHeld !== null ? (NOTICE_OF_INFO_HELD[infoHeld] ?? null) : null;
    const status = list('status', I.status, matchers.status, true) as StatusValue | null;
    if (status === 'Dibatalkan') nonCanonical('status', row[I.status], 'Dibatalkan');
    const extended = yesNo('extended', I.extended, true);

    const answeredBlank = I.answered < 0 || isBlank(row[I.answered]);
    const answered = date('answered', I.answered);
    if (answered !== null && received !== null && answered < received) {
      problem('answered', 'answered.before_received', 'problem.answered.before_received', {
        answered: ymd(answered),
        received: ymd(received),
      });
    }
    if (status !== null && FINISHED_STATUSES.has(status) && answeredBlank && I.answered >= 0) {
      problem('answered', 'answered.missing', 'problem.answered.missing', { status });
    }
    if (status === 'Ditolak' && I.refusalReason >= 0 && isBlank(row[I.refusalReason]) && notice === null) {
      problem('refusalReason', 'refusal.missing', 'problem.refusal.missing');
    }

    let fee: number | null = null;
    if (I.fee >= 0) {
      const f = parseFee(row[I.fee]);
      if (f !== null && (Number.isNaN(f) || f < 0))
        valueProblem('fee', 'fee.invalid', 'problem.fee.invalid', row[I.fee]);
      else fee = f;
    }

    const chain = readChain(received);
    if (chain.refusalReason === null && notice !== null) chain.refusalReason = notice;
    // A notice (not held, not yet documented) is no refusal (UU 14/2008 Pasal 22 ayat 7; the notice
    // form of Perki 1/2021): a Ditolak row that carries one says two things at once (issue #24).
    if (status === 'Ditolak' && chain.refusalReason !== null && NOTICE_KEYS.has(chain.refusalReason))
      problem('status', 'refusal.notice_status', 'problem.refusal.notice_status');

    if (received === null) continue;
    // Nomor DIP/DIK: checked against the lists by core/dip/link.ts; shared outputs get an identifier only.
    const dipText = I.dipNumber >= 0 ? cellText(row[I.dipNumber], tz) : '';
    const dipNumber = dipText === '' ? null : quoteValues ? dipText : sharedNumber(dipText);
    requests.push({
      row: rowNumber,
      number,
      received,
      channel,
      applicantType,
      topic,
      infoClass,
      deliveryMethod,
      status,
      extended,
      answered,
      fee,
      ...chain,
      ...(dipNumber !== null ? { dipNumber } : {}),
    });
  }

  collapseEmptyColumns(problems, headerProblems, checkedRows, headerRowNumber, lang);
  return { requests, problems, rowCount, columns, labels: headers };
}

/**
 * A required column blank on every row (a column the register never had, added empty when the
 * sheet was adopted) is one problem at the header, not one per row: "Kategori Pemohon wajib
 * diisi" twenty times says less than "the column is empty" once.
 */
function collapseEmptyColumns(problems: Problem[], at: number, rows: number, headerRow: number, lang: Lang): void {
  if (rows < 2) return;
  const missing = new Map<string, number>();
  for (const p of problems) if (p.code === 'required.missing') missing.set(p.column, (missing.get(p.column) ?? 0) + 1);
  const empty = [...missing].filter(([, n]) => n === rows).map(([column]) => column);
  if (!empty.length) return;
  const gone = new Set(empty);
  const kept = problems.filter((p) => !(p.code === 'required.missing' && gone.has(p.column)));
  kept.splice(
    at,
    0,
    ...empty.map((column) => ({
      row: headerRow,
      number: null,
      column,
      code: 'column.empty',
      message: t(lang, 'problem.column.empty', { column, rows }),
    })),
  );
  problems.length = 0;
  problems.push(...kept);
}

/** Problem codes that mean the row could not be placed in any period (it has no valid date received). */
// A totals row and a row with words only in unread columns are no request either: listed in every report.
export const UNPLACED_CODES: ReadonlySet<string> = new Set([
  'received.missing',
  'received.invalid',
  'received.implausible',
  'received.future',
  'row.totals',
  'row.unmapped',
]);
