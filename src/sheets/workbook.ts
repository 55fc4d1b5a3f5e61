// Finding and creating the add-on's sheets. Sheet names are stable (Indonesian), with the English
// names accepted too so a unit that renamed them in English keeps working.
import { dateOrderForLocale, type DateOrder } from '../core/calendar';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export const SHEET_NAMES = {
  register: ['Register', 'Register Permohonan', 'Request Register'],
  holidays: ['Hari Libur', 'Holidays'],
  settings: ['Pengaturan', 'Settings'],
  check: ['Periksa Data', 'Data Check'],
};

/**
 * The spreadsheet's sheets by name for one run that looks sheets up many times (Siapkan Register):
 * one getSheets and one getName per sheet the first time it is asked, then nothing; the sheets the
 * run inserts through it are added with the name given. Names match without regard to case, as
 * Spreadsheet.getSheetByName matches them in the emulator (sheets/spreadsheet.ts _findSheet), so
 * a lookup answers what getSheetByName would. Only for a run that inserts, renames and deletes
 * sheets through this object alone.
 *
 * Sources (developers.google.com/apps-script/reference/spreadsheet/spreadsheet):
 * getSheets() "Gets all the sheets in this spreadsheet"; insertSheet(sheetName, sheetIndex)
 * "Inserts a new sheet into the spreadsheet with the given name at the given index"; "The new
 * sheet becomes the active sheet."
 */
export class SheetDirectory {
  private sheets: Array<{ sheet: Sheet; name: string }> | null = null;

  constructor(readonly ss: Spreadsheet) {}

  private all(): Array<{ sheet: Sheet; name: string }> {
    this.sheets ??= this.ss.getSheets().map((sheet) => ({ sheet, name: sheet.getName() }));
    return this.sheets;
  }

  /** The first of `names` that names a sheet, as findSheet answers. */
  find(names: string[]): Sheet | null {
    for (const n of names) {
      const lower = n.toLowerCase();
      const hit = this.all().find((e) => e.name.toLowerCase() === lower);
      if (hit) return hit.sheet;
    }
    return null;
  }

  /** How many sheets the spreadsheet has (Spreadsheet.getNumSheets). */
  count(): number {
    return this.all().length;
  }

  /** A sheet's name, without asking Sheets when the directory knows the sheet. */
  nameOf(sheet: Sheet): string {
    return this.all().find((e) => e.sheet === sheet)?.name ?? sheet.getName();
  }

  /** Inserts a sheet named `name` at `index` (the end when not given) and records it. */
  insert(name: string, index = this.count()): Sheet {
    const list = this.all();
    const sheet = this.ss.insertSheet(name, index);
    list.splice(Math.max(0, Math.min(index, list.length)), 0, { sheet, name });
    return sheet;
  }
}

export function findSheet(ss: Spreadsheet, names: string[]): Sheet | null {
  for (const n of names) {
    const s = ss.getSheetByName(n);
    if (s) return s;
  }
  return null;
}

/** Column index (0-based) whose header matches one of the names, trimmed and case-insensitive. */
export function headerIndex(header: unknown[], names: string[]): number {
  const wanted = names.map((n) => n.trim().toLowerCase());
  return header.findIndex((h) =>
    wanted.includes(
      String(h ?? '')
        .trim()
        .toLowerCase(),
    ),
  );
}

/** Quotes a sheet name for an A1 reference when it needs it ("'Hari Libur'!A1"). */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** How the spreadsheet's locale reads "05/04/2025": the order the core reads text dates in. */
export function spreadsheetDateOrder(ss: Spreadsheet): DateOrder {
  return dateOrderForLocale(ss.getSpreadsheetLocale());
}

/**
 * The addresses of the register's editors (its owner included), for sharing the unit's folder with
 * them; none when Google does not say. Spreadsheet.getEditors is a method of the current
 * spreadsheet, so the currentonly scope is meant to cover it like the class's other methods (not
 * checked on Google yet: a folder left unshared only means the next officer is told whom to ask).
 */
export function registerEditors(ss: Spreadsheet): string[] {
  try {
    return ss
      .getEditors()
      .map((u) => String(u.getEmail() ?? '').trim())
      .filter((e) => e !== '');
  } catch (_) {
    return [];
  }
}

/** A status word and its colours: background, then text. */
export type StatusColour = [text: string, background: string, font: string];

/**
 * Colours the status words of `ranges` (one conditional rule per word over all of them), replacing
 * the add-on's earlier rules on those ranges and keeping every other rule the officer made.
 */
export function setStatusColours(
  sheet: Sheet,
  ranges: GoogleAppsScript.Spreadsheet.Range[],
  colours: StatusColour[],
  /** The ranges' A1 notations when the caller knows them (no call to ask each range). */
  a1s: string[] = ranges.map((g) => g.getA1Notation()),
  /** The sheet was inserted by this run: it has no rules to keep (nothing is read). */
  fresh = false,
) {
  // A one-cell range's notation is "B2", not "B2:B2" (as getA1Notation gives it).
  const ours = new Set(a1s.map((a) => a.replace(/^([A-Z]+)(\d+):\1\2$/, '$1$2')));
  const others = fresh
    ? []
    : sheet.getConditionalFormatRules().filter((r) => !r.getRanges().some((g) => ours.has(g.getA1Notation())));
  // Each rule after the first is a copy of the one before (ConditionalFormatRule.copy: "Returns a
  // rule builder preset with this rule's settings", its ranges included) with only what differs.
  const made: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  colours.forEach(([text, bg, fg], i) => {
    const prev = i > 0 ? colours[i - 1] : null;
    let b = prev
      ? made[i - 1].copy().whenTextEqualTo(text)
      : SpreadsheetApp.newConditionalFormatRule().whenTextEqualTo(text);
    if (!prev || prev[1] !== bg) b = b.setBackground(bg);
    if (!prev || prev[2] !== fg) b = b.setFontColor(fg);
    if (!prev) b = b.setRanges(ranges);
    made.push(b.build());
  });
  sheet.setConditionalFormatRules([...others, ...made]);
}
