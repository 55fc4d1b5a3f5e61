// Rows added at a sheet's bottom edge when a writer needs more than the sheet has. A new sheet has
// 1,000 rows; the register fills them in about three years of a mid-sized unit's requests, the
// problem list and a recap can pass them too. Writing past the edge fails in Sheets with "The
// coordinates of the range are outside the dimensions of the sheet".
//
// Whether Sheets gives rows inserted at the bottom the formats and validation of the row above is
// not documented for Sheet.insertRowsAfter (the Sheets API's InsertDimensionRequest has an
// explicit inheritFromBefore flag; Apps Script's method has none). The emulator models both (the
// "rows-inherit-format" quirk); this helper is right under both because it copies the last row's
// number formats and validation into the new rows itself, and extends every protection,
// conditional format rule and banding that reached the old bottom edge to the new one.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** At least this many rows are added at a time, so a form filling the sheet grows it rarely. */
export const GROW_BLOCK = 200;

/**
 * Makes row `lastRow` exist. Returns the number of rows added (0 when the sheet was big enough).
 * Cost when growing: one insert, two reads and two writes for the template row, plus one call per
 * protection, rule set and banding touching the bottom edge; nothing per row.
 */
export function ensureRows(sheet: Sheet, lastRow: number, block = GROW_BLOCK): number {
  const oldMax = sheet.getMaxRows();
  if (lastRow <= oldMax) return 0;
  const add = Math.max(lastRow - oldMax, block);
  sheet.insertRowsAfter(oldMax, add);
  const newMax = oldMax + add;
  const width = sheet.getMaxColumns();

  if (oldMax > 1) {
    const template = sheet.getRange(oldMax, 1, 1, width);
    const formats = template.getNumberFormats()[0];
    const rules = template.getDataValidations()[0];
    const target = sheet.getRange(oldMax + 1, 1, add, width);
    target.setNumberFormats(Array.from({ length: add }, () => formats.slice()));
    if (rules.some((r) => r !== null)) target.setDataValidations(Array.from({ length: add }, () => rules.slice()));
  }

  const reachesEdge = (r: GoogleAppsScript.Spreadsheet.Range) => r.getLastRow() === oldMax;
  const extended = (r: GoogleAppsScript.Spreadsheet.Range) =>
    sheet.getRange(r.getRow(), r.getColumn(), newMax - r.getRow() + 1, r.getNumColumns());

  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)) {
    const r = p.getRange();
    if (r && reachesEdge(r)) p.setRange(extended(r));
  }
  const rules = sheet.getConditionalFormatRules();
  if (rules.some((rule) => rule.getRanges().some(reachesEdge))) {
    sheet.setConditionalFormatRules(
      rules.map((rule) => {
        const ranges = rule.getRanges();
        if (!ranges.some(reachesEdge)) return rule;
        return rule
          .copy()
          .setRanges(ranges.map((r) => (reachesEdge(r) ? extended(r) : r)))
          .build();
      }),
    );
  }
  for (const b of sheet.getBandings()) {
    const r = b.getRange();
    if (reachesEdge(r)) b.setRange(extended(r));
  }
  return add;
}
