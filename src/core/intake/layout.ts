// The response sheet of a Google Form linked to the spreadsheet, as data: which column holds the
// timestamp, the address Google collected, each question, and the add-on's own registration-number
// column; and the mapping of questions to register columns the officer confirms and the settings
// keep ("Register column = question title", one per line, the form issue #17 keeps register
// mappings in). Pure.
//
// The layout Google writes (emulator/sheets/forms.ts names the sources): row 1 holds the headers;
// column A the submission's timestamp ("Timestamp", or "Stempel waktu" in an Indonesian account);
// when the Form collects e-mail addresses, column B holds them; then one column per question, in
// form order. Everything is found by header, never by position alone, because officers add
// columns and Google adds a column for each new question.
import { normalizeHeader, columnSpec, type ColumnKey } from '../register';
import type { Lang } from '../types';
import { fieldOfQuestion, INTAKE_FIELDS } from './titles';

export const TIMESTAMP_HEADERS = ['Timestamp', 'Stempel waktu', 'Cap waktu', 'Tanda waktu'];
export const COLLECTED_EMAIL_HEADERS = [
  'Email Address',
  'Email address',
  'Alamat email',
  'Alamat e-mail',
  'E-mail address',
];

/** The column the add-on adds to the response sheet: each response's registration number, the key. */
export const NUMBER_HEADER: Record<Lang, string> = { id: 'No. Registrasi PPID', en: 'PPID Registration No.' };

/**
 * Written into the number column of responses that came before the form was linked, when the
 * officer chose not to record them (they were typed into the register by hand): any text there
 * means "done", so the trigger never adds them.
 */
export const SKIPPED_MARK: Record<Lang, string> = {
  id: '(tidak dicatat: sebelum terhubung)',
  en: '(not recorded: before linking)',
};

const norm = (v: unknown) => normalizeHeader(v);
const TIMESTAMPS = new Set(TIMESTAMP_HEADERS.map(norm));
const EMAILS = new Set(COLLECTED_EMAIL_HEADERS.map(norm));
const NUMBERS = new Set(Object.values(NUMBER_HEADER).map(norm));

export interface Question {
  /** 0-based column. */
  col: number;
  title: string;
}

export interface ResponseLayout {
  timestamp: number;
  /** The column of addresses Google collected (right after the timestamp), or null. */
  email: number | null;
  /** The add-on's registration-number column, or null before it is added. */
  number: number | null;
  questions: Question[];
  width: number;
}

export function isTimestampHeader(v: unknown): boolean {
  return TIMESTAMPS.has(norm(v));
}

/** The layout of a response sheet from its header row, or null when column A is no form timestamp. */
export function responseLayout(header: unknown[]): ResponseLayout | null {
  if (!header.length || !isTimestampHeader(header[0])) return null;
  const email = header.length > 1 && EMAILS.has(norm(header[1])) ? 1 : null;
  let number: number | null = null;
  const questions: Question[] = [];
  for (let c = 1; c < header.length; c++) {
    if (c === email) continue;
    const title = String(header[c] ?? '').trim();
    if (!title) continue;
    if (NUMBERS.has(norm(title))) {
      if (number === null) number = c;
      continue;
    }
    questions.push({ col: c, title });
  }
  return { timestamp: 0, email, number, questions, width: header.length };
}

/** Question → register column, as the officer confirmed it. */
export type IntakeColumns = Partial<Record<ColumnKey, number>>;

/** The automatic mapping: each question matched by its title, first question winning a column. */
export function proposeIntakeMapping(layout: ResponseLayout): IntakeColumns {
  const columns: IntakeColumns = {};
  for (const q of layout.questions) {
    const key = fieldOfQuestion(q.title);
    if (key && columns[key] === undefined) columns[key] = q.col;
  }
  return columns;
}

/** The register column a mapping line names: its key, or its Indonesian or English header. */
export function intakeFieldOfName(name: string): ColumnKey | null {
  const n = norm(name);
  for (const key of INTAKE_FIELDS) {
    const spec = columnSpec(key);
    if (n === norm(spec.id) || n === norm(spec.en) || n === norm(key)) return key;
  }
  return null;
}

/** The mapping as settings text: one "Register column = question title" line per mapped column. */
export function intakeMappingText(columns: IntakeColumns, header: unknown[], lang: Lang = 'id'): string {
  const lines: string[] = [];
  for (const key of INTAKE_FIELDS) {
    const c = columns[key];
    if (c === undefined) continue;
    lines.push(`${lang === 'en' ? columnSpec(key).en : columnSpec(key).id} = ${String(header[c] ?? '').trim()}`);
  }
  return lines.join('\n');
}

export interface MappingIssue {
  /** i18n key suffix: intake.mapping.<code>. */
  code: 'line' | 'field' | 'question' | 'twice';
  params: Record<string, string>;
}

/**
 * The settings text back to columns of this layout. Never throws: a line naming no register
 * column, or a question no longer in the sheet, is an issue and is left out.
 */
export function parseIntakeMapping(
  text: string,
  layout: ResponseLayout,
): { columns: IntakeColumns; issues: MappingIssue[] } {
  const columns: IntakeColumns = {};
  const issues: MappingIssue[] = [];
  const byTitle = new Map<string, number[]>();
  for (const q of layout.questions) {
    const n = norm(q.title);
    byTitle.set(n, [...(byTitle.get(n) ?? []), q.col]);
  }
  for (const raw of String(text ?? '').split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) {
      issues.push({ code: 'line', params: { line } });
      continue;
    }
    const name = line.slice(0, eq).trim();
    const title = line.slice(eq + 1).trim();
    const key = intakeFieldOfName(name);
    if (!key) {
      issues.push({ code: 'field', params: { name } });
      continue;
    }
    const cols = byTitle.get(norm(title));
    if (!cols || !title) {
      issues.push({ code: 'question', params: { name, title } });
      continue;
    }
    if (columns[key] !== undefined) {
      issues.push({ code: 'twice', params: { name } });
      continue;
    }
    columns[key] = cols[0];
  }
  return { columns, issues };
}
