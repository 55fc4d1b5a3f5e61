// The register row a letter is about, read where the register is: the add-on's own "Register"
// sheet (headers on row 1), or a register adopted where it was kept (#17: the sheet ID, header row
// and columns stored in the settings). Only the header block, one row and, for a registration
// number, one column are read, never the whole register; the add-on's live columns are never
// read, so Sheets evaluates none of their formulas.
import { isRegisterHeader, letterRowFrom, type LetterRow } from '../core/letters';
import { cellLabel, columnLetter, findColumns, matchHeader } from '../core/register';
import { t } from '../core/i18n';
import type { FieldKey } from '../core/register';
import type { Lang } from '../core/types';
import type { Settings } from '../core/settings';
import { storedMappingOf, resolveStored, type StoredMapping } from '../core/register';
import { spreadsheetOffset } from '../sheets/holidays';
import { readSettings } from '../sheets/settings';
import { columnRuns, readHeader, sheetById } from '../sheets/register';
import { findSheet, spreadsheetDateOrder, SHEET_NAMES } from '../sheets/workbook';
import { UserError } from '../core/errors';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface RegisterPlaceRead {
  sheet: Sheet;
  /** Sheet row of the column headers. */
  headerRow: number;
  /** First sheet row that can hold a request (below a row of column numbers when there is one). */
  dataRow: number;
  header: unknown[];
  columns: Partial<Record<FieldKey, number>>;
  /** Header cells holding formulas: the add-on's live columns, never read below the header. */
  formulaColumns: Set<number>;
  adopted: boolean;
}

export interface RowRead {
  sheet: Sheet;
  row: LetterRow;
  answeredBlank: boolean;
}

/** The register's sheet: the adopted one by its ID (it survives renaming), else "Register". */
function registerSheet(ss: Spreadsheet, stored: StoredMapping | null): Sheet {
  const sheet = stored ? sheetById(ss, stored.sheetId) : findSheet(ss, SHEET_NAMES.register);
  if (sheet) return sheet;
  if (stored) throw new UserError('err.adoptedSheetMissing', { name: stored.sheetName || String(stored.sheetId) });
  throw new UserError('err.noRegister');
}

/** Rows first..last of the typed columns (one read per run of them); live columns stay ''. */
function typedRows(sheet: Sheet, first: number, count: number, width: number, skip: Set<number>): unknown[][] {
  const out: unknown[][] = Array.from({ length: count }, () => new Array(width).fill(''));
  if (count <= 0 || width <= 0) return out;
  for (const [start, len] of columnRuns(width, skip)) {
    const block = sheet.getRange(first, start + 1, count, len).getValues();
    block.forEach((r, i) => r.forEach((v, c) => (out[i][start + c] = v)));
  }
  return out;
}

/**
 * Where the register and its fields are. An adopted register's stored columns are resolved
 * against its header block (the rows above the header hold merged group titles that name
 * columns like "Tanggal / Permohonan"), exactly as the reports resolve them.
 */
export function letterRegisterPlace(ss: Spreadsheet, settings: Settings, lang: Lang): RegisterPlaceRead {
  const stored = storedMappingOf(settings.values);
  const sheet = registerSheet(ss, stored);
  if (!stored) {
    const { header, formulaColumns } = readHeader(sheet);
    if (!isRegisterHeader(header)) throw new UserError('err.noHeader');
    return {
      sheet,
      headerRow: 1,
      dataRow: 2,
      header,
      columns: findColumns(header).columns,
      formulaColumns,
      adopted: false,
    };
  }
  const headerRow = stored.headerRow;
  const lastRow = sheet.getLastRow();
  if (lastRow < headerRow) throw new UserError('err.noHeader');
  const { header, formulaColumns } = readHeader(sheet, headerRow);
  const rows = Math.min(lastRow, headerRow + 1);
  const block = typedRows(sheet, 1, rows, header.length, formulaColumns);
  block[headerRow - 1] = header;
  const { proposal, problems } = resolveStored(block, stored, lang, {
    channels: settings.channels,
    topics: settings.topics,
  });
  // A stored column whose header was renamed since: the letter would silently lack that field
  // (an address, a ground), so nothing is made until Siapkan Register maps it again.
  if (problems.length) throw new UserError('letter.err.mapping', { problem: problems[0].message });
  if (!proposal || proposal.columns.received === undefined) throw new UserError('err.noHeader');
  return {
    sheet,
    headerRow,
    dataRow: proposal.dataIndex + 1,
    header,
    columns: proposal.columns,
    formulaColumns,
    adopted: true,
  };
}

/** A running row number column ("No", "Nomor Urut") that no field is mapped to, if the header has one. */
function sequenceColumn(place: RegisterPlaceRead): number | undefined {
  const mapped = new Set(Object.values(place.columns));
  const c = place.header.findIndex((h, i) => !mapped.has(i) && matchHeader(cellLabel(h))[0]?.key === 'seq');
  return c < 0 ? undefined : c;
}

/** "B (No)": a column as the officer finds it. */
function columnName(place: RegisterPlaceRead, c: number): string {
  const label = cellLabel(place.header[c]);
  return label ? `${columnLetter(c)} (${label})` : columnLetter(c);
}

/**
 * Letters name the request's registration number: a register without that column (the Perki
 * SLIP form numbers rows in "No" only) makes none, and the officer is told which columns letters
 * need and how to map one, rather than "No. Registrasi is empty" on every row.
 */
function requireNumberColumn(place: RegisterPlaceRead, lang: Lang): void {
  if (place.columns.number !== undefined) return;
  const seq = sequenceColumn(place);
  throw new UserError('letter.err.noNumberColumn', {
    seq: seq === undefined ? '' : t(lang, 'letter.err.noNumberColumn.seq', { source: columnName(place, seq) }),
  });
}

/** The row of a registration number: one read of that column from the first data row down. */
function rowOfNumber(place: RegisterPlaceRead, number: string): number {
  const wanted = number.trim().toLowerCase();
  const col = place.columns.number;
  const last = place.sheet.getLastRow();
  if (col === undefined || last < place.dataRow) throw new UserError('letter.err.numberNotFound', { number });
  const rows = last - place.dataRow + 1;
  const cells = place.sheet.getRange(place.dataRow, col + 1, rows, 1).getDisplayValues();
  const hits = cells
    .map((c, i) => (String(c[0]).trim().toLowerCase() === wanted ? i + place.dataRow : 0))
    .filter(Boolean);
  if (!hits.length) {
    // "4" asked for where the register numbers rows 1, 2, 3 beside their registration numbers:
    // one more read, of the running number column, to say which number that row has.
    const seq = sequenceColumn(place);
    if (seq !== undefined) {
      const counts = place.sheet.getRange(place.dataRow, seq + 1, rows, 1).getDisplayValues();
      const i = counts.findIndex((c) => String(c[0]).trim().replace(/[.)]$/, '').toLowerCase() === wanted);
      if (i >= 0) {
        const registration = String(cells[i][0]).trim();
        throw new UserError(registration ? 'letter.err.numberInSeq' : 'letter.err.numberInSeqBlank', {
          number,
          column: columnName(place, col),
          source: columnName(place, seq),
          row: i + place.dataRow,
          registration,
        });
      }
    }
    throw new UserError('letter.err.numberNotFound', { number });
  }
  if (hits.length > 1) throw new UserError('letter.err.numberTwice', { number, rows: hits.join(', ') });
  return hits[0];
}

/** One register row, by sheet row (the dialog) or by registration number (the runner). */
export function registerRow(
  ss: Spreadsheet,
  req: { row?: number; number?: string },
  lang: Lang,
  settings: Settings,
): RowRead {
  const place = letterRegisterPlace(ss, settings, lang);
  requireNumberColumn(place, lang);
  const { sheet, header, columns } = place;
  let rowNumber = Number(req.row);
  if (req.number !== undefined && req.number !== null && String(req.number).trim() !== '')
    rowNumber = rowOfNumber(place, String(req.number));
  if (!Number.isInteger(rowNumber) || rowNumber < place.dataRow || rowNumber > sheet.getLastRow())
    throw new UserError('letter.err.pickRow', { sheet: sheet.getName() });
  const values = typedRows(sheet, rowNumber, 1, header.length, place.formulaColumns)[0];
  const row = letterRowFrom(header, values, rowNumber, {
    lang,
    tzOffsetMinutes: spreadsheetOffset(ss),
    channels: settings.channels,
    topics: settings.topics,
    columns: columns as Record<string, number>,
    dateOrder: spreadsheetDateOrder(ss),
  });
  if (!row.record && !row.text.number && !row.text.applicantName)
    throw new UserError('letter.err.pickRow', { sheet: sheet.getName() });
  const a = columns.answered;
  const answeredBlank = a !== undefined && String(values[a] ?? '').trim() === '';
  return { sheet, row, answeredBlank };
}

/**
 * The register row the officer has selected, or a UserError telling them to select one. Only the
 * sheet and the header row are checked here; the dialog's first call reads the row itself.
 */
export function selectedRegisterRow(ss: Spreadsheet, settings: Settings = readSettings(ss)): number {
  const stored = storedMappingOf(settings.values);
  const register = registerSheet(ss, stored);
  const pick = () => new UserError('letter.err.pickRow', { sheet: register.getName() });
  if (ss.getActiveSheet().getSheetId() !== register.getSheetId()) throw pick();
  const row = ss.getActiveRange()?.getRow() ?? 0;
  if (row <= (stored?.headerRow ?? 1) || row > register.getLastRow()) throw pick();
  return row;
}
