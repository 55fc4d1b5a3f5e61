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
) {
  // A one-cell range's notation is "B2", not "B2:B2" (as getA1Notation gives it).
  const ours = new Set(a1s.map((a) => a.replace(/^([A-Z]+)(\d+):\1\2$/, '$1$2')));
  const others = sheet
    .getConditionalFormatRules()
    .filter((r) => !r.getRanges().some((g) => ours.has(g.getA1Notation())));
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
