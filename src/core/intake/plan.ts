// Which responses of the form become register rows on this run, and what each row holds. Pure:
// the response sheet as getValues() returns it (row 0 the headers) in, a plan out.
//
// The registration-number column is the key. A response with anything in it (a number, or the
// officer's own mark) is done and never read again, wherever sorting or filtering has moved it.
// Every other response is taken when it can be a request, or listed as a problem when it cannot
// (no readable timestamp, no request text, no name): it stays in the sheet, unnumbered, until an
// officer fixes it; the next submission's run then takes it.
import { LISTS, columnSpec, type ColumnKey } from '../register';
import { dayOfDate, isDateObject, parseDay } from '../calendar';
import { safeCellText, textCell } from '../register';
import type { Day } from '../types';
import type { IntakeColumns, ResponseLayout } from './layout';
import { listMatchers, type ListMatchers } from '../register';

export interface IntakeContext {
  /** The spreadsheet's UTC offset: the calendar day a timestamp falls on there. */
  tzOffsetMinutes: number;
  /** The channel set for the form (settings), already checked against the channel list. */
  channel: string;
  /** The settings' applicant type for forms that do not ask it (or answers no type matches); '' leaves it blank. */
  applicantType: string;
  topics: string[];
}

export interface IntakeItem {
  /** Index into the values read (sheet row = index + 1). */
  index: number;
  /** The timestamp in ms, for ordering; NaN sorts by row. */
  stamp: number;
  received: Day;
  /** Register cells by column key, text already safe for a cell (formula injection escaped). */
  fields: Partial<Record<ColumnKey, string>>;
  /** The address in the column Google collected, when it is one well-formed address. */
  collectedEmail: string | null;
}

export type IntakeProblemCode = 'received.missing' | 'received.invalid' | 'info.missing' | 'name.missing';

export interface IntakeProblem {
  index: number;
  /** 0-based column of the response sheet the problem is in. */
  col: number;
  code: IntakeProblemCode;
}

export interface IntakePlan {
  take: IntakeItem[];
  problems: IntakeProblem[];
  /** Responses already numbered (or marked) and left alone. */
  done: number;
}

const ADDRESS = /^[^\s@<>()[\],;:"]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
const text = (v: unknown) => (blank(v) ? '' : isDateObject(v) ? '' : String(v).trim().slice(0, 5000));
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** One well-formed address, or null (a list, a name, anything else is not sent to). */
export function singleAddress(v: unknown): string | null {
  const s = text(v);
  return ADDRESS.test(s) ? s : null;
}

/**
 * The list value an answer names: the option itself (any case, any punctuation), or the one
 * option the answer contains ("Salinan softcopy (dikirim lewat e-mail)"). Null when none or two.
 */
export function listValue(answer: string, options: string[]): string | null {
  const a = norm(answer);
  if (!a) return null;
  const same = options.find((o) => norm(o) === a);
  if (same) return same;
  const inside = options.filter((o) => norm(o) && ` ${a} `.includes(` ${norm(o)} `));
  return inside.length === 1 ? inside[0] : null;
}

function receivedOf(v: unknown, tz: number): { day: Day; stamp: number } | 'missing' | 'invalid' {
  if (blank(v)) return 'missing';
  if (isDateObject(v)) {
    const ms = v.getTime();
    return Number.isNaN(ms) ? 'invalid' : { day: dayOfDate(v, tz), stamp: ms };
  }
  // Google writes a date; text here is an officer's edit or an import. The date part counts.
  const s = String(v).trim().split(/[ T]/)[0];
  const d = parseDay(s, tz);
  return typeof d === 'number' ? { day: d, stamp: NaN } : 'invalid';
}

const LIST_OF: Partial<Record<ColumnKey, (ctx: IntakeContext) => string[]>> = {
  applicantType: () => LISTS.applicantTypes,
  deliveryMethod: () => LISTS.deliveryMethods,
  infoClass: () => LISTS.infoClasses,
  topic: (ctx) => ctx.topics,
};

/** A list answer's canonical value: the register's own value synonyms (core/values.ts), then the one option it contains. */
function listAnswer(key: ColumnKey, answer: string, ctx: IntakeContext, m: ListMatchers): string | null {
  const matcher =
    key === 'applicantType'
      ? m.applicantType
      : key === 'deliveryMethod'
        ? m.deliveryMethod
        : key === 'infoClass'
          ? m.infoClass
          : m.topic;
  return matcher.match(answer) ?? listValue(answer, LIST_OF[key]!(ctx));
}

/** Reads one response row into register cells, or the problems that keep it out. */
export function readResponse(
  row: unknown[],
  index: number,
  layout: ResponseLayout,
  columns: IntakeColumns,
  ctx: IntakeContext,
  matchers: ListMatchers = listMatchers({ topics: ctx.topics }),
): IntakeItem | IntakeProblem[] {
  const problems: IntakeProblem[] = [];
  const when = receivedOf(row[layout.timestamp], ctx.tzOffsetMinutes);
  if (when === 'missing' || when === 'invalid')
    problems.push({ index, col: layout.timestamp, code: when === 'missing' ? 'received.missing' : 'received.invalid' });
  const infoCol = columns.infoRequested;
  if (infoCol === undefined || !text(row[infoCol]))
    problems.push({ index, col: infoCol ?? layout.timestamp, code: 'info.missing' });
  const nameCol = columns.applicantName;
  if (nameCol === undefined || !text(row[nameCol]))
    problems.push({ index, col: nameCol ?? layout.timestamp, code: 'name.missing' });
  if (problems.length || typeof when === 'string') return problems;

  const fields: Partial<Record<ColumnKey, string>> = {};
  const notes: string[] = [];
  for (const [k, c] of Object.entries(columns) as Array<[ColumnKey, number]>) {
    const answer = text(row[c]);
    if (!answer) continue;
    if (LIST_OF[k]) {
      const hit = listAnswer(k, answer, ctx, matchers);
      if (hit) fields[k] = safeCellText(hit);
      // An answer no option matches is kept, in the applicant's words, beside the request.
      else notes.push(`${columnSpec(k).id}: ${answer}`);
      continue;
    }
    if (k === 'notes') notes.unshift(answer);
    else fields[k] = textCell(answer);
  }
  if (notes.length) fields.notes = textCell(notes.join(' · ').slice(0, 5000));
  fields.channel = safeCellText(ctx.channel);
  // Without an answer and without a type the officer chose, the category stays blank: the register
  // then lists the row (Kategori Pemohon is required) rather than guessing Perseorangan.
  if (!fields.applicantType && ctx.applicantType) fields.applicantType = safeCellText(ctx.applicantType);
  const collectedEmail = layout.email === null ? null : singleAddress(row[layout.email]);
  // Without a contact question, the address Google collected is how to reach the applicant.
  if (!fields.contact && collectedEmail) fields.contact = textCell(collectedEmail);
  return { index, stamp: when.stamp, received: when.day, fields, collectedEmail };
}

/** Whether a response row holds nothing Google or an officer wrote (ignored, never a problem). */
function emptyResponse(row: unknown[], layout: ResponseLayout): boolean {
  if (!blank(row[layout.timestamp])) return false;
  if (layout.email !== null && !blank(row[layout.email])) return false;
  return layout.questions.every((q) => blank(row[q.col]));
}

/**
 * The run's plan: every response without a number that can be a request, oldest first (by
 * timestamp, then row), and the problems of those that cannot.
 */
export function planIntake(
  values: unknown[][],
  layout: ResponseLayout,
  columns: IntakeColumns,
  ctx: IntakeContext,
): IntakePlan {
  const take: IntakeItem[] = [];
  const problems: IntakeProblem[] = [];
  let done = 0;
  const matchers = listMatchers({ topics: ctx.topics });
  for (let i = 1; i < values.length; i++) {
    const row = values[i] ?? [];
    if (layout.number !== null && !blank(row[layout.number])) {
      done++;
      continue;
    }
    if (emptyResponse(row, layout)) continue;
    const read = readResponse(row, i, layout, columns, ctx, matchers);
    if (Array.isArray(read)) problems.push(...read);
    else take.push(read);
  }
  take.sort((a, b) => {
    const sa = Number.isNaN(a.stamp) ? a.received * 86400000 : a.stamp;
    const sb = Number.isNaN(b.stamp) ? b.received * 86400000 : b.stamp;
    return sa - sb || a.index - b.index;
  });
  return { take, problems, done };
}
