// "Siapkan Register" on a register the office already keeps under other headers: a preview of
// how the add-on would read it (the mapping the officer can change, the columns left alone, the
// first rows as read, the problems it would list), then, on confirmation, setup where it is.
// The offline runner takes the same two steps without the dialog.
import { t } from '../core/i18n';
import type { Lang } from '../core/types';
import { REGISTER_COLUMNS } from '../core/register';
import { parseRegister } from '../core/register';
import { dueDate, WorkCalendar } from '../core/calendar';
import { HOLIDAYS, holidayDays } from '../core/calendar';
import { ymd } from '../core/calendar';
import { formatDateShort } from '../core/report';
import {
  proposeMapping,
  describeColumn,
  type MappingJson,
  type MappedBy,
  type MappingProposal,
} from '../core/register';
import {
  applyMappingJson,
  mappingToJson,
  mappingNoteText,
  mappingIssueText,
  headersSeen,
  sourceRef,
} from '../core/register';
import { ADOPTED_COLUMNS, FIELD_KEYS, fieldLabel, type FieldKey } from '../core/register';
import { storedMappingOf, storedJson } from '../core/register';
import { readSettings } from '../sheets/settings';
import { sheetById } from '../sheets/register';
import { registerCandidates, sheetValues } from '../sheets/adopted';
import { findSheet, SHEET_NAMES, spreadsheetDateOrder } from '../sheets/workbook';
import { spreadsheetOffset } from '../sheets/holidays';
import { setupWorkbook, type SetupResult } from './setup-action';
import { userLang } from './common';
import { UserError } from '../core/errors';
import { withOfficeLock } from '../platform/locks';

export type AdoptStatus = 'adopt' | 'canonical' | 'stored' | 'none';

export interface AdoptRequest {
  /** The sheet to read (default: the best candidate). */
  sheetId?: number;
  /** A mapping to apply instead of the automatic one. */
  mapping?: MappingJson;
  /** true: only the columns given (the dialog's full choice); false: they override the automatic ones (--map). */
  exact?: boolean;
}

export interface AdoptPreview {
  status: AdoptStatus;
  lang: Lang;
  sheetId: number | null;
  sheetName: string;
  headerRow: number | null;
  /** The mapping as it would be used, in the JSON contract. */
  json: MappingJson | null;
  fields: Array<{ key: FieldKey; label: string; required: boolean; source: number | null; how: MappedBy | null }>;
  /** Columns to choose from: shown as "C (Tanggal)", referred to by `ref` in a mapping. */
  sources: Array<{ col: number; label: string; ref: string }>;
  unmapped: string[];
  notes: string[];
  rows: { head: string[]; cells: string[][] };
  problems: Array<{ row: number; column: string; message: string }>;
  problemCount: number;
  /** Parts of a given mapping that could not be applied, in plain words. */
  issues: string[];
  /** Why nothing can be adopted (no sheet looks like a register), in plain words; else ''. */
  error: string;
  /** With an error: the sheet, row and headers looked at (quoted, comma-separated). */
  seen: { sheet: string; row: number; headers: string } | null;
  canAdopt: boolean;
  /** A new empty "Register" sheet can be made instead (no sheet of that name exists). */
  canFresh: boolean;
  strings: Record<string, string>;
}

const PREVIEW_ROWS = 5;
const PREVIEW_PROBLEMS = 15;
const STRING_KEYS = [
  'adopt.intro',
  'adopt.mapping',
  'adopt.field',
  'adopt.source',
  'adopt.how',
  'adopt.how.header',
  'adopt.how.content',
  'adopt.how.given',
  'adopt.unused',
  'adopt.unmapped',
  'adopt.noneUnmapped',
  'adopt.rows',
  'adopt.problems',
  'adopt.noProblems',
  'adopt.moreProblems',
  'adopt.confirm',
  'adopt.fresh',
  'adopt.cancel',
  'adopt.working',
  'adopt.required',
  'adopt.needDate',
  'adopt.done',
  'adopt.row',
];

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function strings(lang: Lang): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of STRING_KEYS) out[k] = t(lang, k);
  return out;
}

function emptyPreview(lang: Lang, status: AdoptStatus, error = ''): AdoptPreview {
  return {
    status,
    lang,
    sheetId: null,
    sheetName: '',
    headerRow: null,
    json: null,
    fields: [],
    sources: [],
    unmapped: [],
    notes: [],
    rows: { head: [], cells: [] },
    problems: [],
    problemCount: 0,
    issues: [],
    error,
    seen: null,
    canAdopt: false,
    canFresh: false,
    strings: strings(lang),
  };
}

/** What the add-on would make of a sheet under a mapping: first rows as read and the problems. */
function readAs(
  ss: Spreadsheet,
  values: unknown[][],
  proposal: MappingProposal,
  lang: Lang,
  lists: { channels: string[]; topics: string[] },
) {
  // Read as the report will read it: the spreadsheet's time zone for date cells and its locale's
  // order for dates typed as text (05/04/2025 is 5 April in id_ID, 4 May in en_US).
  const parsed = parseRegister(values, {
    lang,
    mapping: proposal,
    channels: lists.channels,
    topics: lists.topics,
    tzOffsetMinutes: spreadsheetOffset(ss),
    dateOrder: spreadsheetDateOrder(ss),
  });
  const calendar = new WorkCalendar(holidayDays(HOLIDAYS));
  const head = ['row', 'number', 'received', 'channel', 'applicantType', 'status', 'answered', 'due'].map((k) =>
    k === 'row' ? t(lang, 'adopt.row') : k === 'due' ? t(lang, 'adopt.due') : fieldLabel(k as FieldKey, lang),
  );
  const date = (d: number | null) => (d === null ? '' : formatDateShort(ymd(d)));
  const cells = parsed.requests
    .slice(0, PREVIEW_ROWS)
    .map((r) => [
      String(r.row),
      r.number ?? '',
      date(r.received),
      r.channel,
      r.applicantType ?? '',
      r.status ?? '',
      date(r.answered),
      date(dueDate(r.received, r.extended, calendar)),
    ]);
  return { parsed, rows: { head, cells } };
}

/**
 * The preview of adopting a sheet: where the register is, the mapping (automatic, or the one
 * given), the columns left unmapped, the first rows as read and the problems it would list.
 */
export function previewRegister(ss: Spreadsheet, req: AdoptRequest = {}, lang: Lang = userLang()): AdoptPreview {
  const settings = readSettings(ss);
  const lists = { channels: settings.channels, topics: settings.topics };
  const stored = storedMappingOf(settings.values);
  let status: AdoptStatus = 'adopt';
  let sheet = req.sheetId !== undefined ? sheetById(ss, Number(req.sheetId)) : null;
  let given = req.mapping;
  let exact = !!req.exact;
  if (!sheet && stored && sheetById(ss, stored.sheetId)) {
    sheet = sheetById(ss, stored.sheetId);
    if (!given) {
      given = storedJson(stored);
      exact = true;
      status = 'stored';
    }
  }
  if (!sheet) {
    const candidates = registerCandidates(ss, lists);
    if (!candidates.length) {
      const seen = firstHeaders(ss);
      const none = emptyPreview(lang, 'none', seen ? t(lang, 'adopt.noRegisterIn', seen) : t(lang, 'error.no_header'));
      none.seen = seen;
      return none;
    }
    sheet = candidates[0].sheet;
    if (candidates[0].canonical && !given) status = 'canonical';
  }
  const values = sheetValues(sheet);
  let proposal: MappingProposal | null;
  let issues: string[] = [];
  if (given) {
    const applied = applyMappingJson(values, given, { exact, lists });
    proposal = applied.proposal;
    issues = applied.issues.map((i) => mappingIssueText(i, lang));
  } else {
    proposal = proposeMapping(values, { lists });
  }
  const preview = emptyPreview(lang, status);
  preview.canFresh = !findSheet(ss, SHEET_NAMES.register);
  preview.sheetId = sheet.getSheetId();
  preview.sheetName = sheet.getName();
  preview.issues = issues;
  if (!proposal) {
    const seen = headersSeen(values);
    preview.seen = { sheet: sheet.getName(), row: seen.row + 1, headers: seen.headers };
    preview.error = seen.headers
      ? t(lang, 'error.no_date_column', { row: seen.row + 1, headers: seen.headers })
      : t(lang, 'error.no_header');
    return preview;
  }
  const p = proposal;
  preview.headerRow = p.headerIndex + 1;
  preview.json = mappingToJson(p);
  preview.sources = p.labels
    .map((_, col) => ({ col, label: describeColumn(col, p.labels), ref: sourceRef(col, p.labels) }))
    .filter((_, col) => !!p.labels[col] || Object.values(p.columns).includes(col) || p.unmapped.includes(col));
  preview.fields = FIELD_KEYS.map((key) => ({
    key,
    label: fieldLabel(key, lang),
    required: !!REGISTER_COLUMNS.find((c) => c.key === key)?.required,
    source: p.columns[key] ?? null,
    how: p.how[key] ?? null,
  }));
  // A running row number ("No") is passed over on purpose: listed with the columns not read, so
  // "every column is read" is never said of a sheet with one.
  const live = new Set(Object.values(p.computed));
  const passed = p.ignored
    .filter((c) => !live.has(c))
    .map((c) => t(lang, 'adopt.seqColumn', { column: describeColumn(c, p.labels) }));
  preview.unmapped = [...passed, ...p.unmapped.map((c) => describeColumn(c, p.labels))];
  preview.notes = p.notes.map((n) => mappingNoteText(n, lang));
  if (p.columns.received === undefined) {
    const seen = headersSeen(values, p.headerIndex);
    preview.seen = { sheet: sheet.getName(), row: p.headerIndex + 1, headers: seen.headers };
    preview.error = t(lang, 'error.no_date_column', { row: p.headerIndex + 1, headers: seen.headers });
    return preview;
  }
  const { parsed, rows } = readAs(ss, values, p, lang, lists);
  preview.rows = rows;
  // A required column the sheet lacks is added on confirmation: the preview says so, rather than
  // asking the officer to add it by hand as Periksa Data would on a register already in use.
  const requests = parsed.requests.length;
  preview.problems = parsed.problems.slice(0, PREVIEW_PROBLEMS).map((x) => ({
    row: x.row,
    column: x.column,
    message:
      x.code === 'column.missing'
        ? t(lang, 'adopt.problem.columnAdded', { column: x.column, count: requests })
        : x.message,
  }));
  preview.problemCount = parsed.problems.length;
  preview.canAdopt = true;
  return preview;
}

/** No sheet looks like a register: the headers the first filled sheet shows. */
function firstHeaders(ss: Spreadsheet): { sheet: string; row: number; headers: string } | null {
  for (const sheet of ss.getSheets()) {
    const rows = Math.min(sheet.getLastRow(), 30);
    const cols = sheet.getLastColumn();
    if (!rows || !cols) continue;
    const seen = headersSeen(sheet.getRange(1, 1, rows, cols).getValues());
    if (seen.headers) return { sheet: sheet.getName(), row: seen.row + 1, headers: seen.headers };
  }
  return null;
}

/**
 * On confirmation: the sheet is set up where it is with exactly the mapping given, and the mapping
 * (sheet ID, header row, columns) is kept in the settings. Under the document lock.
 */
export function adoptRegister(
  ss: Spreadsheet,
  req: { sheetId: number; mapping: MappingJson },
  lang: Lang = userLang(),
): SetupResult {
  return withOfficeLock(() => {
    const sheet = sheetById(ss, Number(req.sheetId));
    if (!sheet) throw new UserError('err.adoptedSheetMissing', { name: String(req.sheetId) });
    const settings = readSettings(ss);
    const { proposal } = applyMappingJson(sheetValues(sheet), req.mapping, {
      exact: true,
      lists: { channels: settings.channels, topics: settings.topics },
    });
    if (!proposal || proposal.columns.received === undefined)
      throw new UserError('adopt.noDate', { name: sheet.getName() });
    const previous = storedMappingOf(settings.values);
    const result = setupWorkbook(ss, lang, {
      sheet,
      proposal,
      previous: previous && previous.sheetId === sheet.getSheetId() ? previous : null,
    });
    return {
      ...result,
      message: t(lang, 'adopt.done', { sheet: sheet.getName(), row: proposal.headerIndex + 1, rest: result.message }),
    };
  });
}

/** Fields an adopted register can hold beyond the register's own columns (for the dialog's list). */
export const ADOPTED_FIELDS = ADOPTED_COLUMNS.map((c) => c.key);

/**
 * Siapkan Register's first question: is there a sheet that looks like a register under other
 * headers, and no register yet? Then the preview dialog is shown and true returned.
 */
export function offerAdoption(ss: Spreadsheet): boolean {
  const lang = userLang();
  const settings = readSettings(ss);
  if (storedMappingOf(settings.values)) return false;
  const candidates = registerCandidates(ss, { channels: settings.channels, topics: settings.topics });
  if (!candidates.length || candidates[0].canonical) return false;
  const html = HtmlService.createTemplateFromFile('AdoptDialog').evaluate().setWidth(760).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(html, t(lang, 'adopt.title', { sheet: candidates[0].sheet.getName() }));
  return true;
}
