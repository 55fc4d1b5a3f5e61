// One register row as a letter needs it: the core's typed reading of the row (the same parser
// the reports use, so a status or date means the same thing everywhere) plus the personal fields
// the reports never keep: the applicant's name, address and contact and the request's text.
// Those travel only into the letter addressed to that applicant.
import type { Lang, RequestRecord } from '../types';
import type { DateOrder } from '../calendar';
import { parseRegister } from '../register';
import { columnKeyOfHeader, findColumns, type ColumnKey } from '../register';
import { dayOfDate, isDateObject, ymd } from '../calendar';

export interface LetterRow {
  /** Sheet row number (header = its own row). */
  row: number;
  /** The row as the reports read it; null when the date received is missing or not a date. */
  record: RequestRecord | null;
  /** Text of the row's cells a letter prints, '' when blank. */
  text: Record<
    | 'number'
    | 'applicantName'
    | 'address'
    | 'contact'
    | 'occupation'
    | 'infoRequested'
    | 'purpose'
    | 'notes'
    | 'refusalReason'
    | 'objectionGround'
    | 'channel'
    | 'deliveryMethod'
    | 'dipNumber',
    string
  >;
  /** Column indexes (0-based) by field key, as found in the header. */
  columns: Record<string, number>;
}

export interface LetterRowOptions {
  lang: Lang;
  tzOffsetMinutes: number;
  channels?: string[];
  topics?: string[];
  /** Column indexes by field key when the register's columns were mapped (adopted registers). */
  columns?: Record<string, number>;
  /** How a date typed as text reads (the spreadsheet locale's order), as for the reports. */
  dateOrder?: DateOrder;
}

function cellText(v: unknown, tz: number): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (isDateObject(v)) return Number.isNaN(v.getTime()) ? '' : ymd(dayOfDate(v, tz));
  return String(v).trim();
}

const TEXT_FIELDS: Array<keyof LetterRow['text']> = [
  'number',
  'applicantName',
  'address',
  'contact',
  'occupation',
  'infoRequested',
  'purpose',
  'notes',
  'refusalReason',
  'objectionGround',
  'channel',
  'deliveryMethod',
  'dipNumber',
];

/**
 * Reads one row (`values`, as getValues gives it) under its header row, through the register's
 * stored mapping when it has one (an adopted register), else the reports' automatic one.
 */
export function letterRowFrom(
  header: unknown[],
  values: unknown[],
  rowNumber: number,
  opts: LetterRowOptions,
): LetterRow {
  let columns: Record<string, number> = opts.columns ?? findColumns(header).columns;
  let record: RequestRecord | null = null;
  try {
    // The reports' own parser on a one-row register: one reading of every list and date.
    const parsed = parseRegister([header, values], {
      lang: opts.lang,
      firstRowNumber: rowNumber - 1,
      tzOffsetMinutes: opts.tzOffsetMinutes,
      channels: opts.channels,
      topics: opts.topics,
      dateOrder: opts.dateOrder,
      ...(opts.columns
        ? {
            mapping: {
              headerIndex: 0,
              groupIndex: null,
              dataIndex: 1,
              columns: opts.columns,
              ignored: [],
              computed: {},
            },
          }
        : { headerRowIndex: 0 }),
    });
    record = parsed.requests[0] ?? null;
    columns = parsed.columns;
  } catch (_) {
    // No date-received column: nothing to date a letter from; the text fields still read.
  }
  const text = {} as LetterRow['text'];
  for (const key of TEXT_FIELDS) {
    const i = columns[key as ColumnKey];
    text[key] = i === undefined ? '' : cellText(values[i], opts.tzOffsetMinutes);
  }
  return { row: rowNumber, record, text, columns };
}

/** True when the header names the register's date-received column (the row can be read). */
export function isRegisterHeader(header: unknown[]): boolean {
  return header.some((h) => columnKeyOfHeader(h) === 'received');
}
