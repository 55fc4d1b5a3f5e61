// The confirmed mapping of an adopted register, as the settings sheet keeps it in three rows:
// the sheet ("123456789 (Register 2024)": its ID, then its name for the officer), the header row,
// and the columns as lines of "Register column = source header". Pure.
import type { Lang, Problem } from '../types';
import { t } from '../i18n';
import { fieldLabel, fieldOfName } from './headers';
import { applyMappingJson, mappingText, parseMappingText, type MappingIssue } from './mapping-json';
import type { MappingJson, MappingProposal } from './mapping';
import type { MatcherLists } from './values';

export interface StoredMapping {
  sheetId: number;
  /** The sheet's name when the mapping was stored (shown to the officer; the ID is what counts). */
  sheetName: string;
  headerRow: number;
  columns: Record<string, string>;
}

export interface StoredMappingValues {
  registerSheet?: unknown;
  registerHeaderRow?: unknown;
  registerColumns?: unknown;
}

/** The stored mapping in the settings' values, or null when the register is the add-on's own "Register" sheet. */
export function storedMappingOf(values: StoredMappingValues): StoredMapping | null {
  const sheet = String(values.registerSheet ?? '').trim();
  const m = /^(\d+)\s*(?:\((.*)\))?$/.exec(sheet);
  if (!m) return null;
  const headerRow = Math.max(1, Math.floor(Number(values.registerHeaderRow)) || 1);
  return {
    sheetId: Number(m[1]),
    sheetName: (m[2] ?? '').trim(),
    headerRow,
    columns: parseMappingText(String(values.registerColumns ?? '')).columns,
  };
}

/** The three settings values that store a mapping. */
export function storedMappingValues(s: StoredMapping): {
  registerSheet: string;
  registerHeaderRow: number;
  registerColumns: string;
} {
  return {
    registerSheet: s.sheetName ? `${s.sheetId} (${s.sheetName})` : String(s.sheetId),
    registerHeaderRow: s.headerRow,
    registerColumns: mappingText({ headerRow: s.headerRow, columns: s.columns }),
  };
}

export function storedJson(s: StoredMapping): MappingJson {
  return { headerRow: s.headerRow, columns: { ...s.columns } };
}

/**
 * A stored mapping applied to the sheet as read: exactly the columns it names. What no longer
 * resolves (a header renamed since) becomes a problem on the header row, in the officer's language.
 */
export function resolveStored(
  values: unknown[][],
  stored: StoredMapping,
  lang: Lang,
  lists?: MatcherLists,
): { proposal: MappingProposal | null; problems: Problem[] } {
  const { proposal, issues } = applyMappingJson(values, storedJson(stored), { exact: true, lists });
  const problems = issues.map((issue) => issueProblem(issue, stored.headerRow, lang));
  return { proposal, problems };
}

function issueProblem(issue: MappingIssue, headerRow: number, lang: Lang): Problem {
  const name = String(issue.params.name ?? '');
  const key = fieldOfName(name);
  const column = key ? fieldLabel(key, lang) : name;
  if (issue.code === 'source' || issue.code === 'sourceAmbiguous') {
    return {
      row: headerRow,
      number: null,
      column,
      code: 'mapping.source',
      message: t(lang, 'problem.mapping.source', { column, source: String(issue.params.source ?? '') }),
    };
  }
  return {
    row: headerRow,
    number: null,
    column,
    code: `mapping.${issue.code}`,
    message: t(lang, `mapping.error.${issue.code}`, issue.params),
  };
}
