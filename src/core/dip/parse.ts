// Reading the DIP and DIK sheets into entries, with a row problem (row, column, plain message) for
// every entry the lists cannot use as it stands. Messages never quote a cell: they name the column.
import { parseDay, type DateOrder } from '../calendar';
import { t } from '../i18n';
import type { Day, Lang } from '../types';
import {
  DIK_COLUMNS,
  DIP_CLASSES,
  DIP_COLUMNS,
  LIMITED_LETTERS,
  DIK_GROUNDS,
  type DikEntry,
  type DipClass,
  type DipColumn,
  type DipEntry,
  type DipList,
  type DipProblem,
  type DipState,
} from './model';

export interface DipReadOptions {
  lang: Lang;
  /** The spreadsheet zone's UTC offset in minutes (which calendar day a date cell holds). */
  tzOffset?: number;
  order?: DateOrder;
}

const norm = (s: unknown) =>
  String(s ?? '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');

/** Column index (0-based) of each spec's header in the header row, -1 when absent. */
export function findDipColumns<K extends string>(header: unknown[], specs: DipColumn<K>[]): Record<K, number> {
  const cells = header.map(norm);
  const out = {} as Record<K, number>;
  const taken = new Set<number>();
  for (const s of specs) {
    const names = [s.id, s.en, ...(s.aliases ?? [])].map(norm);
    const i = cells.findIndex((c, j) => !taken.has(j) && names.includes(c));
    out[s.key] = i;
    if (i >= 0) taken.add(i);
  }
  return out;
}

/** http(s) and a host: what an officer or a reader can open. */
export function isUrl(s: string): boolean {
  return /^https?:\/\/[^\s/?#.]+(\.[^\s/?#.]+)+(:\d+)?([/?#]\S*)?$/i.test(s.trim());
}

function canonClass(v: string): DipClass | null | 'unknown' {
  if (!v) return null;
  const hit = DIP_CLASSES.find((c) => norm(c) === norm(v) || norm(v).replace(/^informasi /, '') === norm(c));
  return hit ?? 'unknown';
}

function canonState(v: string, hasColumn: boolean): DipState {
  // An adopted list without a state column is the list the office already publishes.
  if (!hasColumn) return 'Final';
  return norm(v) === 'final' ? 'Final' : 'Draf';
}

/** "Pasal 17 huruf h", "17 h", "Pasal 17 huruf h angka 5" → "Pasal 17 huruf h"; another law; or null. */
export function canonGround(v: string): { ground: string; letter: string | null } | null | 'unknown' {
  const s = norm(v);
  if (!s) return null;
  if (s === norm(DIK_GROUNDS[10]) || /^(uu|undang-undang) lain/.test(s))
    return { ground: DIK_GROUNDS[10], letter: null };
  const m = /^(?:pasal\s*)?17\s*(?:huruf\s*)?([a-j])\b/.exec(s);
  return m ? { ground: `Pasal 17 huruf ${m[1]}`, letter: m[1] } : 'unknown';
}

class Reader<K extends string> {
  readonly problems: DipProblem[] = [];
  readonly cols: Record<K, number>;
  constructor(
    readonly list: 'dip' | 'dik',
    readonly specs: DipColumn<K>[],
    readonly header: unknown[],
    readonly opts: DipReadOptions,
  ) {
    this.cols = findDipColumns(header, specs);
  }
  /** The column's name as the sheet shows it, else its name in the officer's language. */
  name(key: K): string {
    const i = this.cols[key];
    if (i >= 0 && String(this.header[i] ?? '').trim()) return String(this.header[i]).trim();
    const s = this.specs.find((x) => x.key === key)!;
    return this.opts.lang === 'en' ? s.en : s.id;
  }
  text(row: unknown[], key: K): string {
    const i = this.cols[key];
    return i >= 0 ? String(row[i] ?? '').trim() : '';
  }
  problem(row: number, key: K | null, code: string, params: Record<string, string | number> = {}): void {
    const column = key ? this.name(key) : '';
    this.problems.push({ list: this.list, row, column, code, message: t(this.opts.lang, code, { column, ...params }) });
  }
  date(row: unknown[], sheetRow: number, key: K): Day | null {
    const i = this.cols[key];
    if (i < 0) return null;
    const d = parseDay(row[i], this.opts.tzOffset ?? 420, this.opts.order ?? 'dmy');
    if (d === 'invalid') {
      this.problem(sheetRow, key, 'dip.date.invalid');
      return null;
    }
    return d;
  }
  requireColumns(keys: K[]): void {
    for (const k of keys) if (this.cols[k] < 0) this.problem(1, k, 'dip.column.missing');
  }
}

const blank = (row: unknown[]) => row.every((v) => v === '' || v === null || v === undefined);

/** The DIP sheet's values (header on row 1) as entries and problems. */
export function parseDipSheet(
  values: unknown[][],
  opts: DipReadOptions,
): { entries: DipEntry[]; problems: DipProblem[] } {
  const r = new Reader('dip', DIP_COLUMNS, values[0] ?? [], opts);
  r.requireColumns(['summary', 'infoClass']);
  const hasState = r.cols.state >= 0;
  const entries: DipEntry[] = [];
  values.slice(1).forEach((row, i) => {
    const sheetRow = i + 2;
    if (blank(row)) return;
    const summary = r.text(row, 'summary');
    if (!summary) r.problem(sheetRow, 'summary', 'dip.summary.missing');
    const raw = r.text(row, 'infoClass');
    let infoClass = canonClass(raw);
    if (infoClass === null) r.problem(sheetRow, 'infoClass', 'dip.class.missing');
    else if (infoClass === 'unknown') {
      r.problem(sheetRow, 'infoClass', norm(raw) === 'dikecualikan' ? 'dip.class.exempt' : 'dip.class.unknown', {
        list: DIP_CLASSES.join(', '),
      });
      infoClass = null;
    }
    const link = r.text(row, 'link');
    if (link && !isUrl(link)) r.problem(sheetRow, 'link', 'dip.link.invalid');
    entries.push({
      row: sheetRow,
      number: r.text(row, 'number'),
      summary,
      holder: r.text(row, 'holder'),
      responsible: r.text(row, 'responsible'),
      made: r.text(row, 'made'),
      forms: r.text(row, 'forms'),
      retention: r.text(row, 'retention'),
      infoClass,
      link: link && isUrl(link) ? link : '',
      updated: r.date(row, sheetRow, 'updated'),
      state: canonState(r.text(row, 'state'), hasState),
    });
  });
  return { entries, problems: r.problems };
}

/** The DIK sheet's values (header on row 1) as entries and problems. */
export function parseDikSheet(
  values: unknown[][],
  opts: DipReadOptions,
): { entries: DikEntry[]; problems: DipProblem[] } {
  const r = new Reader('dik', DIK_COLUMNS, values[0] ?? [], opts);
  r.requireColumns(['summary', 'ground', 'harm', 'interest', 'from']);
  const hasState = r.cols.state >= 0;
  const entries: DikEntry[] = [];
  values.slice(1).forEach((row, i) => {
    const sheetRow = i + 2;
    // The live status column fills every row: a row is an entry when a typed column holds anything.
    const typed = DIK_COLUMNS.filter((c) => c.type !== 'live').map((c) => r.cols[c.key]);
    if (blank(typed.filter((c) => c >= 0).map((c) => row[c]))) return;
    const summary = r.text(row, 'summary');
    if (!summary) r.problem(sheetRow, 'summary', 'dip.summary.missing');
    const g = canonGround(r.text(row, 'ground'));
    if (g === null) r.problem(sheetRow, 'ground', 'dik.ground.missing');
    else if (g === 'unknown') r.problem(sheetRow, 'ground', 'dik.ground.unknown');
    const ground = g && g !== 'unknown' ? g : null;
    const law = r.text(row, 'law');
    if (ground && (ground.letter === 'j' || ground.letter === null) && !law)
      r.problem(sheetRow, 'law', 'dik.law.missing');
    const harm = r.text(row, 'harm');
    const interest = r.text(row, 'interest');
    if (!harm) r.problem(sheetRow, 'harm', 'dik.test.harm');
    if (!interest) r.problem(sheetRow, 'interest', 'dik.test.interest');
    const from = r.date(row, sheetRow, 'from');
    const until = r.date(row, sheetRow, 'until');
    const periodNote = r.text(row, 'periodNote');
    if (from === null && r.text(row, 'from') === '') r.problem(sheetRow, 'from', 'dik.period.from');
    if (until === null && r.text(row, 'until') === '') {
      if (ground?.letter && LIMITED_LETTERS.includes(ground.letter))
        r.problem(sheetRow, 'until', 'dik.period.limited', { ground: ground.ground });
      else if (!periodNote) r.problem(sheetRow, 'until', 'dik.period.missing');
    }
    if (from !== null && until !== null && until < from) r.problem(sheetRow, 'until', 'dik.period.order');
    const state = canonState(r.text(row, 'state'), hasState);
    const decreeNumber = r.text(row, 'decreeNumber');
    if (state === 'Final' && !decreeNumber) r.problem(sheetRow, 'decreeNumber', 'dik.decree.missing');
    entries.push({
      row: sheetRow,
      number: r.text(row, 'number'),
      summary,
      holder: r.text(row, 'holder'),
      ground: ground?.ground ?? null,
      letter: ground?.letter ?? null,
      law,
      harm,
      interest,
      from,
      until,
      periodNote,
      decreeNumber,
      decreeDate: r.date(row, sheetRow, 'decreeDate'),
      state,
    });
  });
  return { entries, problems: r.problems };
}

/**
 * Both lists, with the checks that span them: every entry needs a number, and a number names one
 * entry in either list (the register's link names an entry by it), so a repeat is a problem.
 */
export function parseDipLists(dipValues: unknown[][], dikValues: unknown[][], opts: DipReadOptions): DipList {
  const dip = parseDipSheet(dipValues, opts);
  const dik = parseDikSheet(dikValues, opts);
  const problems = [...dip.problems, ...dik.problems];
  const seen = new Map<string, { list: 'dip' | 'dik'; row: number }>();
  const numberColumn = (list: 'dip' | 'dik', values: unknown[][]) => {
    const specs = list === 'dip' ? DIP_COLUMNS : DIK_COLUMNS;
    const i = findDipColumns(values[0] ?? [], specs as DipColumn[]).number;
    return i >= 0 ? String(values[0][i]).trim() : opts.lang === 'en' ? 'Number' : 'Nomor';
  };
  const check = (list: 'dip' | 'dik', e: { row: number; number: string }, column: string) => {
    const p = (code: string, params: Record<string, string | number> = {}) =>
      problems.push({ list, row: e.row, column, code, message: t(opts.lang, code, { column, ...params }) });
    if (!e.number) {
      p('dip.number.missing');
      return;
    }
    const key = norm(e.number);
    const first = seen.get(key);
    if (first) {
      const sheet = t(opts.lang, first.list === 'dip' ? 'dip.sheet.dip' : 'dip.sheet.dik');
      p('dip.number.duplicate', { row: first.row, sheet });
    } else seen.set(key, { list, row: e.row });
  };
  const dipCol = numberColumn('dip', dipValues);
  const dikCol = numberColumn('dik', dikValues);
  for (const e of dip.entries) check('dip', e, dipCol);
  for (const e of dik.entries) check('dik', e, dikCol);
  problems.sort((a, b) => (a.list === b.list ? a.row - b.row : a.list === 'dip' ? -1 : 1));
  return { entries: dip.entries, exempted: dik.entries, problems };
}
