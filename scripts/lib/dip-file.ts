// FILE.dip.json beside a register (issue #27): the unit's Daftar Informasi Publik and Daftar
// Informasi yang Dikecualikan as an officer would type them, one object per entry keyed by the
// sheets' column titles ({"Daftar Informasi Publik": [...], "Informasi yang Dikecualikan": [...]}).
// Dates are YYYY-MM-DD and become date cells. Written into the sheets Siapkan Register made.
import type { Emulator } from '@ppid-sheets/emulator';
import { DIK_COLUMNS, DIP_COLUMNS, type DipColumn } from '../../src/core/dip';

export type DipFile = Record<string, Array<Record<string, unknown>>>;

/** A file that does not fit the sheets; the runner turns it into its one-line refusal. */
export class DipFileError extends Error {}

const SHEETS: Array<{ names: string[]; specs: DipColumn[] }> = [
  { names: ['Daftar Informasi Publik', 'Public Information List'], specs: DIP_COLUMNS },
  {
    names: ['Informasi yang Dikecualikan', 'Exempted Information', 'Daftar Informasi yang Dikecualikan'],
    specs: DIK_COLUMNS,
  },
];

/** Writes the entries under the headers of the sheets setup made; returns how many went into each. */
export function applyDipFile(em: Emulator, file: DipFile): Record<string, number> {
  const ss = em.spreadsheet;
  const written: Record<string, number> = {};
  for (const [name, entries] of Object.entries(file)) {
    const target = SHEETS.find((s) => s.names.includes(name));
    const sheet = target?.names.map((n) => ss.getSheetByName(n)).find(Boolean);
    if (!target || !sheet)
      throw new DipFileError(
        `dip.json: unknown list "${name}" (use "${SHEETS[0].names[0]}" or "${SHEETS[1].names[0]}")`,
      );
    if (!entries.length) continue;
    const header: string[] = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
    const typed = target.specs.filter((s) => s.type !== 'live');
    const width = Math.max(...typed.map((s) => header.indexOf(s.id))) + 1;
    for (const key of new Set(entries.flatMap((e) => Object.keys(e))))
      if (!header.slice(0, width).includes(key)) throw new DipFileError(`dip.json: "${name}" has no column "${key}"`);
    const dates = new Set(typed.filter((s) => s.type === 'date').map((s) => s.id));
    const rows = entries.map((e) =>
      header.slice(0, width).map((h) => {
        const v = e[h] ?? '';
        if (dates.has(h) && typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v))
          return new Date(`${v}T00:00:00+07:00`);
        return v;
      }),
    );
    if (sheet.getMaxRows() < rows.length + 1)
      sheet.insertRowsAfter(sheet.getMaxRows(), rows.length + 1 - sheet.getMaxRows());
    sheet.getRange(2, 1, rows.length, width).setValues(rows);
    written[sheet.getName()] = rows.length;
  }
  return written;
}
