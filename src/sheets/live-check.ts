// The register's live columns checked against the core, read-only: Periksa Data and every
// report compare a bounded block of rows (at most MAX_CELLS cells, one read) and warn when a live
// column was overwritten, lost its formula, or disagrees. They never rewrite a formula: only
// Siapkan Register changes the live columns.
//
// Only rows whose inputs Sheets and the core read alike are compared: real date cells (a date
// typed as text is a number to neither ISNUMBER nor WORKDAY) and canonical list values.
import { COMPUTED_COLUMNS, type ComputedKey, STATUSES, findColumns, findComputedColumns } from '../core/register';
import { liveValues } from '../core/register';
import type { WorkCalendar } from '../core/calendar';
import { isDateObject, parseDay } from '../core/calendar';
import { t } from '../core/i18n';
import type { Day, Lang } from '../core/types';
import type { FieldKey } from '../core/register';
import { DISPUTE_STAGES } from '../core/law';
import { cellAgrees, type FormRecord } from './formula-form';
import { parseFormName } from './formulas';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The most cells one check reads (a few hundred: one small read whatever the register's size). */
export const MAX_CELLS = 300;
export const LIVE_CHECK_KEY = 'ppid.liveCheck';

export interface LiveColumnResult {
  key: ComputedKey;
  header: string;
  checked: number;
  mismatched: number;
  /** Sheet rows of the first few mismatches. */
  rows: number[];
  /** The header cell shows #REF!: a value typed in the column keeps the result from spilling. */
  blocked: boolean;
  /** The header cell shows #ERROR!: the formula stopped (Sheets' calculation limit, at size). */
  failed?: boolean;
}

export interface LiveCheck {
  at: string;
  where: 'check' | 'report';
  cells: number;
  columns: LiveColumnResult[];
  /** Live columns that hold no formula (typed over, or removed). */
  missing: string[];
}

export interface LiveCheckInput {
  sheet: Sheet;
  /** The register as read (header first), typed columns filled, live columns blank. */
  values: unknown[][];
  formulaColumns: Set<number>;
  /**
   * Where an adopted register's header, data and fields are (its confirmed mapping); without it,
   * the add-on's own sheet: header on the first row, columns found by their canonical headers.
   */
  layout?: { headerIndex: number; dataIndex: number; columns: Partial<Record<FieldKey, number>> };
  calendar: WorkCalendar;
  nearDueDays: number;
  today: Day;
  tzOffset: number;
  /** Whether the add-on wrote live formulas (false when Siapkan Register trusted none). */
  formulasExpected: boolean;
  where: 'check' | 'report';
}

const YES_NO = new Set(['Ya', 'Tidak', '']);

function dayOrBlank(v: unknown, tz: number): Day | null | 'bad' {
  if (v === '' || v === null || v === undefined) return null;
  if (!isDateObject(v)) return 'bad';
  const d = parseDay(v, tz);
  return typeof d === 'number' ? d : 'bad';
}

export function checkLiveColumns(input: LiveCheckInput): LiveCheck {
  const { sheet, values, formulaColumns, calendar, tzOffset: tz } = input;
  const headerIndex = input.layout?.headerIndex ?? 0;
  const dataIndex = input.layout?.dataIndex ?? headerIndex + 1;
  const header = values[headerIndex] ?? [];
  const at = new Date().toISOString();
  // The live columns are the add-on's own: found by their headers wherever the register is.
  const computed = findComputedColumns(header);
  const cols: Partial<Record<FieldKey, number>> = input.layout?.columns ?? findColumns(header).columns;
  const missing: string[] = [];
  const present: Array<{ key: ComputedKey; col: number; header: string }> = [];
  for (const c of COMPUTED_COLUMNS) {
    const col = computed[c.key];
    if (col === undefined) continue;
    if (!formulaColumns.has(col)) {
      if (input.formulasExpected) missing.push(String(header[col] ?? c.id));
      continue;
    }
    present.push({ key: c.key, col, header: String(header[col] ?? c.id) });
  }
  const result: LiveCheck = { at, where: input.where, cells: 0, columns: [], missing };
  if (!present.length || values.length <= dataIndex) return result;

  const at0 = (k: keyof typeof cols) => (cols[k] === undefined ? -1 : cols[k]!);
  const col = {
    received: at0('received'),
    extended: at0('extended'),
    answered: at0('answered'),
    status: at0('status'),
    objectionDate: at0('objectionDate'),
    objectionAnswered: at0('objectionAnswered'),
    disputeDate: at0('disputeDate'),
    disputeStage: at0('disputeStage'),
    disputeDecided: at0('disputeDecided'),
  };
  if (col.received < 0) return result;
  const first = Math.min(...present.map((p) => p.col));
  const last = Math.max(...present.map((p) => p.col));
  const span = last - first + 1;
  // Rows between the header and the data (a row of column numbers under an adopted register's
  // header) are read along, never compared.
  const skip = dataIndex - headerIndex;
  const rows = Math.min(values.length - dataIndex, Math.max(1, Math.floor(MAX_CELLS / span) - skip));
  // The top block, header row included: the formulas are per row, so any block shows a wrong
  // form; a value typed anywhere in a live column stops its result from spilling, and Sheets then
  // shows #REF! in the header cell ("Array result was not expanded because it would overwrite
  // data"), so the header row tells that case apart.
  const grid = sheet.getRange(headerIndex + 1, first + 1, rows + skip, span).getValues();
  const block = grid.slice(skip);

  const stats = new Map(
    present.map((p) => [
      p.key,
      {
        ...p,
        checked: 0,
        mismatched: 0,
        rows: [] as number[],
        blocked: grid[0][p.col - first] === '#REF!',
        failed: grid[0][p.col - first] === '#ERROR!',
      },
    ]),
  );
  // One row compared: `vi` its index in `values`, `cells` its live cells as Sheets shows them.
  const compare = (vi: number, cells: unknown[]): void => {
    const raw = values[vi] ?? [];
    const received = dayOrBlank(raw[col.received], tz);
    const answered = col.answered < 0 ? null : dayOrBlank(raw[col.answered], tz);
    const objectionDate = col.objectionDate < 0 ? null : dayOrBlank(raw[col.objectionDate], tz);
    const objectionAnswered = col.objectionAnswered < 0 ? null : dayOrBlank(raw[col.objectionAnswered], tz);
    const extended = col.extended < 0 ? '' : raw[col.extended];
    const status = col.status < 0 ? '' : raw[col.status];
    const disputeDate = col.disputeDate < 0 ? null : dayOrBlank(raw[col.disputeDate], tz);
    const disputeDecided = col.disputeDecided < 0 ? null : dayOrBlank(raw[col.disputeDecided], tz);
    const stage = col.disputeStage < 0 ? '' : raw[col.disputeStage];
    if (
      received === null ||
      received === 'bad' ||
      answered === 'bad' ||
      objectionDate === 'bad' ||
      objectionAnswered === 'bad' ||
      disputeDate === 'bad' ||
      disputeDecided === 'bad'
    )
      return;
    // The formula compares Tahap Sengketa's text: only a canonical stage (or none) reads alike.
    if (typeof stage !== 'string' || (stage !== '' && !DISPUTE_STAGES.includes(stage))) return;
    if (typeof extended !== 'string' || !YES_NO.has(extended)) return;
    if (typeof status !== 'string' || (status !== '' && !(STATUSES as string[]).includes(status))) return;
    const want = liveValues(
      {
        received,
        extended: extended === 'Ya',
        answered,
        status: status || null,
        objectionDate,
        objectionAnswered,
        disputeDate,
        disputeStage: stage || null,
        disputeDecided,
      },
      input.today,
      calendar,
      input.nearDueDays,
    );
    for (const s of stats.values()) {
      const got = cells[s.col - first];
      s.checked += 1;
      result.cells += 1;
      if (!cellAgrees(got, want[s.key], tz)) {
        s.mismatched += 1;
        if (s.rows.length < 5) s.rows.push(vi + 1);
      }
    }
  };
  for (let i = 0; i < rows; i++) compare(dataIndex + i, block[i]);
  // The last real rows too (#26 item 7): where Sheets' calculation limit would show first if a
  // formula fails part-way, and a second look where a whole formula failed (#ERROR! in the header).
  // One more read, only when the register is longer than the top block.
  let lastReal = values.length - 1;
  while (lastReal >= dataIndex + rows && (values[lastReal]?.[col.received] ?? '') === '') lastReal--;
  if (lastReal >= dataIndex + rows) {
    const tailFrom = Math.max(dataIndex + rows, lastReal - rows + 1);
    const tail = sheet.getRange(tailFrom + 1, first + 1, lastReal - tailFrom + 1, span).getValues();
    for (let k = 0; k < tail.length; k++) compare(tailFrom + k, tail[k]);
  }
  for (const s of stats.values()) {
    result.columns.push({
      key: s.key,
      header: s.header,
      checked: s.checked,
      mismatched: s.mismatched,
      rows: s.rows,
      blocked: s.blocked,
      ...(s.failed ? { failed: true } : {}),
    });
  }
  return result;
}

/** Whether a check found anything the officer should hear about. */
export function liveCheckFailed(c: LiveCheck): boolean {
  return c.missing.length > 0 || c.columns.some((col) => col.mismatched > 0 || col.blocked || !!col.failed);
}

/** Keeps the latest check in the document properties (shown by Periksa Data). */
export function recordLiveCheck(c: LiveCheck): void {
  const brief = {
    at: c.at,
    where: c.where,
    cells: c.cells,
    mismatched: c.columns.reduce((n, col) => n + col.mismatched + (col.blocked ? 1 : 0), 0),
    missing: c.missing.length,
  };
  PropertiesService.getDocumentProperties().setProperty(LIVE_CHECK_KEY, JSON.stringify(brief));
}

export function readLiveCheck(): {
  at: string;
  where: string;
  cells: number;
  mismatched: number;
  missing: number;
} | null {
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(LIVE_CHECK_KEY);
    return raw ? JSON.parse(raw) : null;
  } catch (_) {
    return null;
  }
}

/** What the officer reads about a check: one sentence per column that is wrong, nothing if all is well. */
export function liveCheckWarnings(c: LiveCheck, lang: Lang): string[] {
  const out: string[] = [];
  for (const column of c.missing) out.push(t(lang, 'live.missing', { column }));
  for (const col of c.columns) {
    if (!col.mismatched && !col.blocked && !col.failed) continue;
    if (col.failed) {
      out.push(t(lang, 'live.failedAtSize', { column: col.header, count: col.mismatched, rows: col.rows.join(', ') }));
      continue;
    }
    out.push(
      col.blocked
        ? t(lang, 'live.blocked', { column: col.header })
        : t(lang, 'live.differs', {
            column: col.header,
            count: col.mismatched,
            checked: col.checked,
            rows: col.rows.join(', '),
          }),
    );
  }
  return out;
}

/** The two status lines Periksa Data shows: the form Siapkan Register chose, and the last sample check. */
export function liveStatusLines(
  record: FormRecord | null,
  last: ReturnType<typeof readLiveCheck>,
  lang: Lang,
  zone: string,
): string[] {
  const when = (iso: string) => Utilities.formatDate(new Date(iso), zone, 'dd/MM/yyyy HH:mm');
  const lines: string[] = [];
  const form = parseFormName(record?.form);
  if (!record) lines.push(t(lang, 'form.status.unknown'));
  else if (!form) lines.push(t(lang, 'form.status.none', { at: when(record.checkedAt) }));
  else
    lines.push(
      t(lang, 'form.status.set', {
        form: t(lang, `form.name.${form.iteration}`),
        sep: form.sep,
        at: when(record.checkedAt),
      }),
    );
  if (last) {
    if (last.mismatched === 0 && last.missing === 0) {
      lines.push(t(lang, last.cells ? 'live.status.ok' : 'live.status.none', { at: when(last.at), cells: last.cells }));
    }
  }
  return lines;
}
