// The mapping as JSON, {"headerRow": N, "columns": {"<register column>": "<source header>"}}: what
// the offline runner prints, what --map and the preview dialog give back, and the lines of
// "Register column = source" the settings sheet keeps. Pure.
import { normalizeHeader } from './schema';
import {
  columnLetter,
  columnIndexOfLetter,
  fieldOfName,
  fieldLabel,
  isFieldKey,
  FIELD_KEYS,
  type FieldKey,
} from './headers';
import { t } from '../i18n';
import type { Lang } from '../types';
import { rowAt, nonBlankCount, cellLabel, HEADER_SCAN_ROWS } from './header-row';
import {
  proposeMapping,
  type MappingProposal,
  type MappingJson,
  type MappingNote,
  type ProposeOptions,
} from './mapping';

/**
 * How a source column is named in JSON: its header as displayed when that is unique, else its
 * column letter (a blank header, merged away, or a header used twice).
 */
export function sourceRef(c: number, labels: string[]): string {
  const label = labels[c] ?? '';
  const n = normalizeHeader(label);
  const unique = n !== '' && labels.filter((l) => normalizeHeader(l) === n).length === 1;
  if (unique) return label;
  const letter = columnLetter(c);
  return labels.some((l) => normalizeHeader(l) === normalizeHeader(letter)) ? `Kolom ${letter}` : letter;
}

/** The source column a JSON reference names: a header (whole, or its title under a group), or a column letter. -1 when none, -2 when several. */
export function resolveSourceRef(ref: string, labels: string[]): number {
  const n = normalizeHeader(ref);
  if (n) {
    const whole = labels.map((l, i) => [normalizeHeader(l), i] as const).filter(([l]) => l === n);
    if (whole.length === 1) return whole[0][1];
    if (whole.length > 1) return -2;
    const parts = labels
      .map((l, i) => [l.split(' / ').map(normalizeHeader), i] as const)
      .filter(([ps]) => ps.length > 1 && ps.includes(n));
    if (parts.length === 1) return parts[0][1];
    if (parts.length > 1) return -2;
  }
  const t = ref.trim();
  const named = /^(?:kolom|column)\s+([A-Za-z]{1,3})$/i.exec(t);
  if (named) return columnIndexOfLetter(named[1].toUpperCase());
  if (/^[A-Z]{1,3}$/.test(t)) return columnIndexOfLetter(t);
  return -1;
}

/** The proposal as the JSON contract: sheet row numbers, Indonesian register-column names. */
export function mappingToJson(p: MappingProposal, firstRowNumber = 1): MappingJson {
  const columns: Record<string, string> = {};
  for (const key of FIELD_KEYS) {
    const c = p.columns[key];
    if (c !== undefined) columns[fieldLabel(key, 'id')] = sourceRef(c, p.labels);
  }
  return { headerRow: p.headerIndex + firstRowNumber, columns };
}

export interface MappingIssue {
  /** i18n key `mapping.error.<code>`. */
  code: 'shape' | 'headerRow' | 'field' | 'source' | 'sourceAmbiguous' | 'noHeader';
  params: Record<string, string | number>;
}

export interface ApplyOptions extends ProposeOptions {
  /** Sheet row number of values[0]. */
  firstRowNumber?: number;
  /**
   * true: only the columns given are mapped (a stored, confirmed mapping). false (default): the
   * columns given replace the automatic choice, `null` unmaps one, the rest stays automatic.
   */
  exact?: boolean;
}

/**
 * A mapping given as JSON (from --map, the settings or the preview dialog) applied to a sheet.
 * Never throws: what cannot be applied is listed in `issues` and left out.
 */
export function applyMappingJson(
  values: unknown[][],
  json: unknown,
  opts: ApplyOptions = {},
): { proposal: MappingProposal | null; issues: MappingIssue[] } {
  const first = opts.firstRowNumber ?? 1;
  const issues: MappingIssue[] = [];
  if (!json || typeof json !== 'object' || Array.isArray(json))
    return { proposal: null, issues: [{ code: 'shape', params: {} }] };
  const j = json as Record<string, unknown>;
  let headerIndex: number | undefined;
  if (j.headerRow !== undefined && j.headerRow !== null) {
    const n = Number(j.headerRow);
    if (!Number.isInteger(n) || n < first || n - first >= values.length) {
      issues.push({ code: 'headerRow', params: { value: String(j.headerRow), rows: values.length + first - 1 } });
      return { proposal: null, issues };
    }
    headerIndex = n - first;
  }
  const proposal = proposeMapping(values, { lists: opts.lists, headerIndex });
  if (!proposal) return { proposal: null, issues: [{ code: 'noHeader', params: {} }] };
  if (j.columns !== undefined && (typeof j.columns !== 'object' || j.columns === null || Array.isArray(j.columns))) {
    issues.push({ code: 'shape', params: {} });
    return { proposal, issues };
  }
  // Every column that had a header or content: what is not mapped in the end is listed as unmapped.
  const before = [...(Object.values(proposal.columns) as number[]), ...proposal.ignored];
  if (opts.exact) {
    proposal.columns = {};
    proposal.how = {};
  }
  for (const [name, src] of Object.entries((j.columns ?? {}) as Record<string, unknown>)) {
    const key = fieldOfName(name);
    if (!key) {
      issues.push({ code: 'field', params: { name } });
      continue;
    }
    if (src === null || src === '') {
      delete proposal.columns[key];
      delete proposal.how[key];
      continue;
    }
    if (typeof src !== 'string') {
      issues.push({ code: 'shape', params: {} });
      continue;
    }
    const c = resolveSourceRef(src, proposal.labels);
    if (c < 0) {
      issues.push({
        code: c === -2 ? 'sourceAmbiguous' : 'source',
        params: { name, source: src, row: proposal.headerIndex + first, seen: seenHeaders(proposal.labels) },
      });
      continue;
    }
    for (const k of Object.keys(proposal.columns) as FieldKey[]) {
      if (proposal.columns[k] === c && k !== key) {
        delete proposal.columns[k];
        delete proposal.how[k];
      }
    }
    proposal.columns[key] = c;
    proposal.how[key] = 'given';
    proposal.ignored = proposal.ignored.filter((x) => x !== c);
  }
  const taken = new Set<number>([...(Object.values(proposal.columns) as number[]), ...proposal.ignored]);
  proposal.width = Math.max(proposal.width, ...Object.values(proposal.columns).map((c) => (c as number) + 1));
  proposal.unmapped = [...new Set([...before, ...proposal.unmapped])]
    .filter((c) => !taken.has(c))
    .sort((a, b) => a - b);
  return { proposal, issues };
}

/** A list of headers for a message: quoted, cut at about 180 characters, the rest counted. */
export function seenHeaders(labels: string[]): string {
  const nonBlank = labels.filter((l) => l);
  const shown: string[] = [];
  let length = 0;
  for (const l of nonBlank) {
    const q = `"${l.length > 30 ? `${l.slice(0, 29)}…` : l}"`;
    if (shown.length && length + q.length > 180) break;
    shown.push(q);
    length += q.length + 2;
  }
  return nonBlank.length > shown.length ? `${shown.join(', ')} (+${nonBlank.length - shown.length})` : shown.join(', ');
}

/** The headers to name when no register header is found: the likeliest row's cells. */
export function headersSeen(values: unknown[][], headerIndex?: number): { row: number; headers: string } {
  let i = headerIndex ?? -1;
  if (i < 0) {
    let best = -1;
    for (let r = 0; r < Math.min(values.length, HEADER_SCAN_ROWS); r++) {
      const n = nonBlankCount(rowAt(values, r));
      if (n >= 2) {
        best = r;
        break;
      }
      if (best < 0 && n > 0) best = r;
    }
    i = best;
  }
  if (i < 0) return { row: 0, headers: '' };
  return { row: i, headers: seenHeaders(rowAt(values, i).map((v) => cellLabel(v))) };
}

/** The mapping's columns as lines of "Register column = source", the form kept in the settings sheet. */
export function mappingText(json: MappingJson): string {
  return Object.entries(json.columns)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${k} = ${v}`)
    .join('\n');
}

/** Lines of "Register column = source" back to JSON columns; lines without "=" are returned as bad. */
export function parseMappingText(text: string): { columns: Record<string, string>; bad: string[] } {
  const columns: Record<string, string> = {};
  const bad: string[] = [];
  for (const line of String(text ?? '').split(/\r?\n|;/)) {
    const s = line.trim();
    if (!s) continue;
    const eq = s.indexOf('=');
    if (eq <= 0) {
      bad.push(s);
      continue;
    }
    columns[s.slice(0, eq).trim()] = s.slice(eq + 1).trim();
  }
  return { columns, bad };
}

/** A mapping note in the officer's language, with sheet row numbers. */
export function mappingNoteText(note: MappingNote, lang: Lang, firstRowNumber = 1): string {
  const p: Record<string, string | number> = { ...note.params };
  if (typeof p.field === 'string' && isFieldKey(p.field)) p.field = fieldLabel(p.field, lang);
  for (const k of ['group', 'header', 'row']) if (typeof p[k] === 'number') p[k] = (p[k] as number) + firstRowNumber;
  if (note.code === 'titleRows') {
    p.first = firstRowNumber;
    p.last = (note.params.rows as number) + firstRowNumber - 1;
  }
  return t(lang, `mapping.note.${note.code}`, p);
}

/** A problem with a given mapping in the officer's language. */
export function mappingIssueText(issue: MappingIssue, lang: Lang): string {
  return t(lang, `mapping.error.${issue.code}`, issue.params);
}
