// A register kept under other headers, used where it is: finding the sheets that look like one,
// placing the setup on it from a confirmed mapping, and keeping that mapping in the settings.
import { findColumns, REGISTER_COLUMNS } from '../core/register';
import { fieldLabel, FIELD_KEYS, type FieldKey } from '../core/register';
import { proposeMapping, type MappingProposal } from '../core/register';
import { sourceRef } from '../core/register';
import { storedMappingValues, type StoredMapping } from '../core/register';
import type { MatcherLists } from '../core/register';
import { writeSettingValues } from './settings';
import type { RegisterPlace, RegisterSetup } from './register';
import { SHEET_NAMES } from './workbook';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Rows read to judge a sheet: the header search's 30 plus the content sample's 200. */
const SCAN_ROWS = 230;
/** A register names its date received and at least this many fields. */
const MIN_FIELDS = 3;

export interface Candidate {
  sheet: Sheet;
  proposal: MappingProposal;
  /** The add-on's own "Register" sheet under its canonical headers on row 1: nothing to adopt. */
  canonical: boolean;
}

const OWN_SHEETS = new Set(
  [...SHEET_NAMES.holidays, ...SHEET_NAMES.settings, ...SHEET_NAMES.check].map((n) => n.toLowerCase()),
);

/** The whole sheet as getValues() gives it (one call). */
export function sheetValues(sheet: Sheet): unknown[][] {
  const rows = sheet.getLastRow();
  const cols = sheet.getLastColumn();
  return rows && cols ? sheet.getRange(1, 1, rows, cols).getValues() : [];
}

/**
 * Sheets that look like a register: a date received and a few more fields found by header or
 * content in their first rows. The add-on's own sheets, recap sheets and hidden sheets are not
 * looked at. One read of the first rows per sheet; best candidates first.
 */
export function registerCandidates(ss: Spreadsheet, lists?: MatcherLists): Candidate[] {
  const out: Candidate[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (OWN_SHEETS.has(name.toLowerCase()) || /^(rekap|recap)\b/i.test(name) || sheet.isSheetHidden()) continue;
    const rows = Math.min(sheet.getLastRow(), SCAN_ROWS);
    const cols = sheet.getLastColumn();
    if (!rows || !cols) continue;
    const values = sheet.getRange(1, 1, rows, cols).getValues();
    const proposal = proposeMapping(values, { lists });
    if (!proposal || proposal.columns.received === undefined || Object.keys(proposal.columns).length < MIN_FIELDS)
      continue;
    out.push({ sheet, proposal, canonical: isCanonical(name, values, proposal) });
  }
  // The add-on's own register wins; then the sheet that names the most fields.
  return out.sort(
    (a, b) =>
      Number(b.canonical) - Number(a.canonical) ||
      Object.keys(b.proposal.columns).length - Object.keys(a.proposal.columns).length,
  );
}

/** The "Register" sheet with the canonical headers on row 1: what setup has always repaired in place. */
function isCanonical(name: string, values: unknown[][], p: MappingProposal): boolean {
  if (!SHEET_NAMES.register.some((n) => n.toLowerCase() === name.toLowerCase()) || p.headerIndex !== 0) return false;
  const canonical = findColumns(values[0] ?? []).columns as Record<string, number>;
  const keys = Object.keys(p.columns) as FieldKey[];
  return keys.every((k) => canonical[k] === p.columns[k]) && Object.keys(canonical).length === keys.length;
}

/** Where setup works on an adopted sheet, from its mapping. */
export function placeOf(sheet: Sheet, p: MappingProposal): RegisterPlace {
  return {
    sheet,
    headerRow: p.headerIndex + 1,
    dataRow: p.dataIndex + 1,
    columns: p.columns,
    computed: p.computed,
    width: Math.max(p.width, sheet.getLastColumn()),
  };
}

/** The mapping after setup, added columns included: register column → source header (or letter). */
export function mappingAfterSetup(p: MappingProposal, setup: RegisterSetup): Record<string, string> {
  const labels = p.labels.slice();
  const added = new Set(setup.addedColumns);
  for (const key of FIELD_KEYS) {
    const c = setup.columns[key];
    if (c === undefined || labels[c]) continue;
    const spec = REGISTER_COLUMNS.find((s) => s.key === key);
    if (spec && (added.has(spec.id) || added.has(spec.en))) labels[c] = added.has(spec.id) ? spec.id : spec.en;
  }
  const columns: Record<string, string> = {};
  for (const key of FIELD_KEYS) {
    const c = setup.columns[key];
    if (c !== undefined) columns[fieldLabel(key, 'id')] = sourceRef(c, labels);
  }
  return columns;
}

/**
 * Keeps the mapping in the settings (sheet ID and name, header row, columns). Writes nothing when
 * the settings already say exactly this, so a second setup leaves the settings as they were.
 */
export function storeMapping(ss: Spreadsheet, stored: StoredMapping, previous: StoredMapping | null): boolean {
  const next = storedMappingValues(stored);
  if (previous) {
    const prev = storedMappingValues(previous);
    if (
      prev.registerSheet === next.registerSheet &&
      prev.registerHeaderRow === next.registerHeaderRow &&
      prev.registerColumns === next.registerColumns
    )
      return false;
  }
  writeSettingValues(ss, next);
  return true;
}
