// CSV import as Google Sheets does it: File › Import of a .csv with "Convert text to numbers,
// dates, and formulas" (on by default), into the spreadsheet's locale.
//
// Sources: Sheets' import dialog offers that conversion and it is on by default; public reports
// agree that an import turns ISO and locale dates into date values and drops the leading zeros of
// numbers such as 0812… (e.g. github.com/terrywbrady/PlainTextCSV_GoogleAppsScript, whose whole
// point is to avoid it), and that a column formatted as plain text beforehand keeps the field as
// typed. The conversion itself is the emulator's model of typed input (interpretInput), the same
// one setValue/setValues go through. Two deliberate differences, both safer than Sheets: a field
// starting with "=" stays text instead of becoming a formula (no formula injection through a
// CSV), and nothing else is guessed beyond what typed input would give.
import type { Runtime } from '../runtime';
import { createSpreadsheet } from '../sheets';
import type { SpreadsheetImpl } from '../sheets/spreadsheet';
import { interpretInput, localeInfo, type LocaleInfo } from '../sheets/format';

/** RFC 4180 parsing with the delimiter (',', ';' or tab) detected from the first line; BOM stripped. */
export function parseCsv(text: string): { rows: string[][]; delimiter: string } {
  let s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  s = s.replace(/\r\n?/g, '\n');
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let inQ = false;
  for (const ch of s) {
    if (ch === '"') inQ = !inQ;
    else if (!inQ && ch === '\n') break;
    else if (!inQ && ch in counts) counts[ch]++;
  }
  const delimiter =
    Object.entries(counts).sort((a, b) => b[1] - a[1])[0][1] > 0
      ? Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0]
      : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  inQ = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (inQ) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i++;
        } else inQ = false;
      } else field += ch;
      continue;
    }
    if (ch === '"' && field === '') inQ = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return { rows, delimiter };
}

/**
 * Reads CSV text into a sheet named `sheetName` of `target` (default: the active spreadsheet, or a
 * new one). Cells stay text except plain numbers; text starting with = + - @ is data, never a formula.
 * Returns the sheet.
 */

/** How the import types one field: plain text columns keep it as written; the rest as typed input. */
export function typeImportedField(raw: string, loc: LocaleInfo, timeZone: string, plainText = false): unknown {
  if (plainText || raw === '') return raw;
  const res = interpretInput(raw, loc, timeZone);
  // A formula stays the text it was: Sheets would make it live; the add-on never wants that.
  return 'formula' in res ? raw : res.value;
}

export interface CsvImportOptions {
  /**
   * Columns (0-based) formatted as plain text before the import, by header text: their fields stay
   * exactly as written (a registration number, a telephone number with its leading 0).
   */
  plainTextColumns?: (header: string, index: number) => boolean;
}

/**
 * Types every field of a parsed CSV as the import would: the first row (headers) stays text.
 * One function for every caller (the runner's register import and the adoption of existing
 * registers), so they cannot drift apart.
 */
export function typeCsvRows(
  rows: string[][],
  locale: string,
  timeZone: string,
  options: CsvImportOptions = {},
): unknown[][] {
  if (!rows.length) return [];
  const loc = localeInfo(locale);
  const header = rows[0];
  const width = rows.reduce((m, r) => Math.max(m, r.length), 0);
  const plain = Array.from(
    { length: width },
    (_, i) => !!options.plainTextColumns?.(String(header[i] ?? '').trim(), i),
  );
  return rows.map((r, ri) => {
    const line: unknown[] = new Array(width).fill('');
    r.forEach((v, i) => (line[i] = ri === 0 ? v : typeImportedField(v, loc, timeZone, plain[i])));
    return line;
  });
}

/**
 * Imports CSV text into `sheetName` of the target (or active, or a new) spreadsheet, replacing
 * that sheet's contents, typed in the spreadsheet's locale and time zone.
 */
export function importCsv(
  text: string,
  rt: Runtime,
  sheetName = 'Register',
  target?: unknown,
  options: CsvImportOptions = {},
): any {
  const { rows } = parseCsv(text);
  const ssProxy = (target ??
    rt.activeSpreadsheet ??
    createSpreadsheet(rt, sheetName, { locale: rt.locale, timeZone: rt.timeZone })) as { _impl: () => SpreadsheetImpl };
  const ss = ssProxy._impl();
  let sheet = ss._findSheet(sheetName);
  const sheets = ss._sheetImpls();
  if (!sheet && sheets.length === 1 && sheets[0]._lastRowRaw() === 0 && /^Sheet1$/.test(sheets[0]._name)) {
    sheet = sheets[0];
    ss._renameSheet(sheet, sheetName);
  }
  if (!sheet) sheet = ss._addSheet(sheetName, sheets.length);
  else sheet._clearContent({ r1: 1, c1: 1, r2: sheet._maxRows, c2: sheet._maxCols });
  const data = typeCsvRows(rows, ss._localeInfo().id, ss._tz, options);
  if (data.length) sheet._writeRaw(1, 1, data);
  return sheet._self;
}
