// Reading units' recap.json files at the central PPID: each file is checked on its own (is it a
// recap, which version, which period and unit, are its per-request lines whole), then the set is
// checked together (one period, each unit once). A file that fails is refused with the file's
// name, never half-counted. Pure: the Drive adapter and the offline runner hand in the text.
import type { Day, Lang, Period, SlaStatus } from '../types';
import { dayFromIso } from '../calendar';
import { t } from '../i18n';
import { quarterPeriod, yearPeriod } from './recap';
import { RECAP_SCHEMA_VERSION, disputesOf } from './recap-json';
import { sharedNumber } from '../register';

/** A unit's file as JSON.parse gave it: every field is checked where it is read, never trusted. */
// biome-ignore lint/suspicious/noExplicitAny: untrusted JSON, read field by field with checks
type Parsed = Record<string, any>;

/** Recap versions this add-on reads: 1 (no `schemaVersion` key) up to its own (docs/recap-json.md). */
export const SUPPORTED_SCHEMA_VERSIONS = Array.from({ length: RECAP_SCHEMA_VERSION }, (_, i) => i + 1);

/** One request of a unit, as its recap.json lists it (no personal data: see docs/consolidation.md). */
export interface UnitLine {
  row: number;
  number: string | null;
  received: Day;
  channel: string;
  applicantType: string | null;
  status: string | null;
  due: Day;
  /** Known on the unit's as-of date (the unit leaves out answers dated after it). */
  answered: Day | null;
  workingDays: number | null;
  slaStatus: SlaStatus | null;
  objectionDue: string | null;
  objectionStatus: SlaStatus | null;
  disputeDue: string | null;
  /** undefined: a file made before lines carried the class (then its lines count under Tidak Diketahui). */
  infoClass: string | null | undefined;
  /** The linked DIP/DIK entry's number (additive v2 key; absent in older files and unlinked lines). */
  dipNumber?: string;
}

export interface UnitRecap {
  /** The file's name as the officer picked it (Drive's name; offline, the file's base name). */
  file: string;
  /**
   * What every refusal calls the file: the path as typed offline, in Sheets the Drive name made
   * unique among the picked files (fileLabels). Default the name.
   */
  label?: string;
  unit: string;
  schemaVersion: number;
  period: Period;
  asOf: Day;
  lines: UnitLine[];
  /** Counts that simply add up across units, taken as the unit reported them. */
  sums: UnitSums;
  /** The file as read, for keys a later version adds. */
  data: Parsed;
}

/** What a unit's file says that adds up across units without its per-request lines. */
export interface UnitSums {
  byInfoClass: Record<string, number>;
  byDeliveryMethod: Record<string, number>;
  topics: Array<{ topic: string; count: number }>;
  objections: {
    count: number;
    answered: number;
    onTime: number;
    late: number;
    pending: number;
    overdue: number;
    averageWorkingDays: number | null;
    byGround: Record<string, number>;
    byOutcome: Record<string, number>;
  };
  refusals: {
    total: number;
    byReason: Record<string, number>;
    notices: number;
    noticesByReason: Record<string, number>;
  };
  disputes: { filed: number; decided: number; byStage: Record<string, number>; byOutcome: Record<string, number> };
  execution: { objections: Record<string, number>; disputes: Record<string, number> };
  courtSuits: number;
  disputeClock: Record<string, number>;
  fees: { total: number; count: number };
  problems: Array<{ row: number; number: string | null; column: string; message: string; code: string }>;
  rowsInPeriod: number;
}

/** A refusal the officer reads: an i18n key and its parameters (the file's name among them). */
export class RecapFileError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = 'RecapFileError';
  }
}

const SLA_VALUES = new Set(['Tepat Waktu', 'Terlambat', 'Dalam Proses', 'Mendekati Batas', 'Lewat Batas']);

const isObject = (v: unknown): v is Parsed => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDateText = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isTextOrNull = (v: unknown) => v === null || v === undefined || typeof v === 'string';

function day(v: unknown): Day | null {
  if (!isDateText(v)) return null;
  try {
    return dayFromIso(v);
  } catch (_) {
    return null;
  }
}

/** The key of a unit for "the same unit twice" and the expected-units list: case and spacing do not matter. */
export function unitKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** "2025-Q2" or "2025", as the officer's messages show a period. */
export function periodText(p: Period): string {
  return p.kind === 'year' ? String(p.year) : `${p.year}-Q${p.quarter}`;
}

function notRecap(file: string, reason: string, extra: Record<string, string | number> = {}): RecapFileError {
  return new RecapFileError('cons.err.notRecap', { file, reason: `cons.reason.${reason}`, ...extra });
}

function readPeriod(v: unknown, file: string): Period {
  if (!isObject(v) || !Number.isInteger(v.year) || v.year < 1900 || v.year > 9998) throw notRecap(file, 'period');
  const quarter = v.quarter;
  const kind = v.kind ?? (quarter === null || quarter === undefined ? 'year' : 'quarter');
  let p: Period;
  if (kind === 'quarter' && Number.isInteger(quarter) && quarter >= 1 && quarter <= 4)
    p = quarterPeriod(v.year, quarter);
  else if (kind === 'year' && (quarter === null || quarter === undefined)) p = yearPeriod(v.year);
  else throw notRecap(file, 'period');
  // start and end, when present, must be the period's own days: a hand-edited file that says
  // "Q2" but covers other days is not a recap of Q2.
  for (const [key, want] of [
    ['start', p.start],
    ['end', p.end],
  ] as const) {
    if (v[key] !== undefined && day(v[key]) !== want) throw notRecap(file, 'period');
  }
  return p;
}

function readLine(v: unknown, index: number, file: string): UnitLine {
  const bad = () => notRecap(file, 'line', { line: index + 1 });
  if (!isObject(v)) throw bad();
  const received = day(v.received);
  const due = day(v.due);
  const answered = v.answered === null || v.answered === undefined ? null : day(v.answered);
  if (received === null || due === null || due < received) throw bad();
  if (answered === null && v.answered !== null && v.answered !== undefined) throw bad();
  if (typeof v.channel !== 'string' || !v.channel.trim()) throw bad();
  if (!isTextOrNull(v.applicantType) || !isTextOrNull(v.status) || !isTextOrNull(v.number)) throw bad();
  if (!isTextOrNull(v.dipNumber)) throw bad();
  const wd = v.workingDays;
  if (!(wd === null || wd === undefined || (typeof wd === 'number' && Number.isFinite(wd) && wd >= 0))) throw bad();
  if (!(v.slaStatus === null || v.slaStatus === undefined || SLA_VALUES.has(v.slaStatus))) throw bad();
  return {
    row: Number.isInteger(v.row) ? v.row : index + 2,
    number: typeof v.number === 'string' ? v.number : null,
    received,
    channel: v.channel,
    applicantType: typeof v.applicantType === 'string' ? v.applicantType : null,
    status: typeof v.status === 'string' ? v.status : null,
    due,
    answered,
    workingDays: typeof wd === 'number' ? wd : null,
    slaStatus: (v.slaStatus ?? null) as SlaStatus | null,
    objectionDue: isDateText(v.objectionDue) ? v.objectionDue : null,
    objectionStatus: SLA_VALUES.has(v.objectionStatus) ? v.objectionStatus : null,
    disputeDue: isDateText(v.disputeDue) ? v.disputeDue : null,
    infoClass: v.infoClass === undefined ? undefined : typeof v.infoClass === 'string' ? v.infoClass : null,
    // An identifier only, as the unit's own recap writes it (register/identifier.ts).
    ...(typeof v.dipNumber === 'string' && sharedNumber(v.dipNumber) ? { dipNumber: sharedNumber(v.dipNumber)! } : {}),
  };
}

/**
 * What refusals call each picked file: its name, or, when several picked files share a name (two
 * "recap.json" from two units' folders), the name with its place in the officer's list and, when
 * the Picker gave it, its last change ("recap.json (berkas ke-2 yang dipilih, diubah 12/07/2025 10:31)").
 */
export function fileLabels(files: Array<{ name: string; edited?: string }>, lang: Lang): string[] {
  const count = new Map<string, number>();
  for (const f of files) count.set(f.name, (count.get(f.name) ?? 0) + 1);
  return files.map((f, i) => {
    if (count.get(f.name)! < 2) return f.name;
    const key = f.edited ? 'cons.file.sameNameEdited' : 'cons.file.sameName';
    return t(lang, key, { name: f.name, n: i + 1, edited: f.edited ?? '' });
  });
}

/**
 * One unit's recap.json, checked: JSON, a recap of one unit (not a consolidation), a version this
 * add-on reads, a period, an as-of date, a unit name, and per-request lines that are whole and
 * agree with the file's own total. Throws RecapFileError naming the file otherwise.
 */
export function readRecapFile(text: string, file: string, label = file): UnitRecap {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (_) {
    throw notRecap(label, 'json');
  }
  if (!isObject(data) || !isObject(data.totals) || !('period' in data) || !('asOf' in data))
    throw notRecap(label, 'shape');
  if (Array.isArray(data.units)) throw notRecap(label, 'consolidated');
  const version = data.schemaVersion === undefined ? 1 : data.schemaVersion;
  if (!Number.isInteger(version) || version < 1) throw notRecap(label, 'shape');
  if (!SUPPORTED_SCHEMA_VERSIONS.includes(version))
    throw new RecapFileError('cons.err.newerVersion', { file: label, version });
  const period = readPeriod(data.period, label);
  const asOf = day(data.asOf);
  if (asOf === null) throw notRecap(label, 'asOf');
  if (typeof data.unit !== 'string' || !data.unit.trim()) throw new RecapFileError('cons.err.noUnit', { file: label });
  // Without per-request lines nothing can be recomputed (medians, SLA at one date): refused
  // rather than averaged.
  if (!Array.isArray(data.requests)) throw notRecap(label, 'noLines');
  const lines = data.requests.map((l: unknown, i: number) => readLine(l, i, label));
  if (typeof data.totals.requests === 'number' && data.totals.requests !== lines.length) throw notRecap(label, 'count');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].received < period.start || lines[i].received > period.end)
      throw notRecap(label, 'line', { line: i + 1 });
  }
  return {
    file,
    label,
    unit: data.unit.trim().replace(/\s+/g, ' '),
    schemaVersion: version,
    period,
    asOf,
    lines,
    sums: readSums(data, lines.length, label),
    data,
  };
}

/**
 * The counts that add up. Absent keys count 0 (a minimal v1 file has only the spec's keys); a key
 * that is present but malformed refuses the file, so nothing is silently counted as zero.
 */
function readSums(data: Parsed, requests: number, file: string): UnitSums {
  const bad = () => notRecap(file, 'shape');
  const count = (v: unknown): number => {
    if (v === undefined || v === null) return 0;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw bad();
    return v;
  };
  const counts = (v: unknown): Record<string, number> => {
    if (v === undefined || v === null) return {};
    if (!isObject(v)) throw bad();
    const out: Record<string, number> = {};
    for (const [k, n] of Object.entries(v)) out[k] = count(n);
    return out;
  };
  const topics = data.topics === undefined ? [] : data.topics;
  if (!Array.isArray(topics) || topics.some((x) => !isObject(x) || typeof x.topic !== 'string')) throw bad();
  const ob = data.objections === undefined ? {} : data.objections;
  if (!isObject(ob)) throw bad();
  // v1: disputes is a number (lifted into v2's object by recap-json.ts); v2: the object.
  if (data.disputes !== undefined && data.disputes !== null && !isObject(data.disputes)) count(data.disputes);
  if (isObject(data.disputes)) {
    count(data.disputes.filed);
    count(data.disputes.decided);
    counts(data.disputes.byStage);
    counts(data.disputes.byOutcome);
  }
  const disputes = disputesOf(data);
  const rf = data.refusals === undefined ? {} : data.refusals;
  if (!isObject(rf)) throw bad();
  const avg = ob.averageWorkingDays;
  if (!(avg === undefined || avg === null || (typeof avg === 'number' && Number.isFinite(avg) && avg >= 0)))
    throw bad();
  const fees = data.fees === undefined ? {} : data.fees;
  if (!isObject(fees)) throw bad();
  const ex = data.execution === undefined || data.execution === null ? {} : data.execution;
  if (!isObject(ex)) throw bad();
  const problems = data.problems === undefined ? [] : data.problems;
  if (!Array.isArray(problems) || problems.some((x) => !isObject(x))) throw bad();
  return {
    byInfoClass: counts(data.totals.byInfoClass),
    byDeliveryMethod: counts(data.totals.byDeliveryMethod),
    topics: topics.map((x: Parsed) => ({ topic: x.topic, count: count(x.count) })),
    objections: {
      count: count(ob.count),
      answered: count(ob.answered),
      onTime: count(ob.onTime),
      late: count(ob.late),
      pending: count(ob.pending),
      overdue: count(ob.overdue),
      averageWorkingDays: typeof avg === 'number' ? avg : null,
      byGround: counts(ob.byGround),
      byOutcome: counts(ob.byOutcome),
    },
    refusals: {
      total: count(rf.total),
      byReason: counts(rf.byReason),
      notices: count(rf.notices),
      noticesByReason: counts(rf.noticesByReason),
    },
    disputes,
    execution: { objections: counts(ex.objections), disputes: counts(ex.disputes) },
    courtSuits: count(data.courtSuits),
    disputeClock: counts(data.disputeClock),
    fees: { total: count(fees.total), count: count(fees.count) },
    problems: problems.map((x: Parsed) => ({
      row: typeof x.row === 'number' ? x.row : 0,
      number: typeof x.number === 'string' ? x.number : null,
      column: typeof x.column === 'string' ? x.column : '',
      message: typeof x.message === 'string' ? x.message : '',
      code: typeof x.code === 'string' ? x.code : '',
    })),
    rowsInPeriod: data.rowsInPeriod === undefined ? requests : count(data.rowsInPeriod),
  };
}

/**
 * The set of files, checked together: one period for all, each unit once. Throws RecapFileError
 * naming the files concerned.
 */
export function checkUnitSet(units: UnitRecap[]): void {
  if (!units.length) throw new RecapFileError('cons.err.noFiles', {});
  const first = units[0];
  for (const u of units.slice(1)) {
    if (
      u.period.kind !== first.period.kind ||
      u.period.year !== first.period.year ||
      u.period.quarter !== first.period.quarter
    ) {
      throw new RecapFileError('cons.err.mixedPeriods', {
        file: u.label ?? u.file,
        period: periodText(u.period),
        first: first.label ?? first.file,
        firstPeriod: periodText(first.period),
      });
    }
  }
  const seen = new Map<string, UnitRecap>();
  for (const u of units) {
    const k = unitKey(u.unit);
    const before = seen.get(k);
    if (before)
      throw new RecapFileError('cons.err.duplicateUnit', {
        unit: u.unit,
        first: before.label ?? before.file,
        file: u.label ?? u.file,
      });
    seen.set(k, u);
  }
}
