// The runner's CSV import of a register: Sheets' own import (emulator/export/csv.ts: ISO and
// locale dates become dates, numbers numbers) into a register whose text columns are formatted as
// plain text, as Siapkan Register formats them, so registration numbers (001/PPID/2025) and
// telephone numbers (0812…) stay exactly as written. Adopting an existing register (issue 17)
// types its CSV through the same two functions: its text columns are found by the add-on's own
// mapping (header under a title row, "Nomor Kontak", "Nomor Pendaftaran", …), as the officer would
// format those columns as plain text before importing.
import type { Runtime } from '@ppid-sheets/emulator';
import { importCsv, parseCsv, typeCsvRows, type CsvImportOptions } from '@ppid-sheets/emulator';
import { REGISTER_COLUMNS, findColumns } from '../../src/core/register';
import { proposeMapping } from '../../src/core/register';

/** True for a header naming one of the register's text columns (any spelling the core accepts). */
export function isRegisterTextColumn(header: string): boolean {
  const found = findColumns([header]).columns as Record<string, number | undefined>;
  return REGISTER_COLUMNS.some((c) => c.type === 'text' && found[c.key] === 0);
}

/**
 * The columns of a register CSV kept as written: those the first row names as text columns, and
 * those the automatic mapping reads as a text field wherever the header row is.
 */
export function registerTextColumns(rows: string[][]): CsvImportOptions['plainTextColumns'] {
  const text = new Set<number>();
  const proposal = proposeMapping(rows);
  if (proposal) {
    for (const c of REGISTER_COLUMNS) {
      const i = proposal.columns[c.key];
      if (c.type === 'text' && i !== undefined) text.add(i);
    }
  }
  return (header, index) => text.has(index) || isRegisterTextColumn(header);
}

/** A parsed register CSV typed as the import into a set-up register types it (header row kept). */
export function typeRegisterCsv(rows: string[][], locale: string, timeZone: string): unknown[][] {
  return typeCsvRows(rows, locale, timeZone, { plainTextColumns: registerTextColumns(rows) });
}

/** Imports a register CSV into `sheetName` of the active (or a new) spreadsheet of `rt`. */
export function importRegisterCsv(text: string, rt: Runtime, sheetName = 'Register'): any {
  return importCsv(text, rt, sheetName, undefined, { plainTextColumns: registerTextColumns(parseCsv(text).rows) });
}
