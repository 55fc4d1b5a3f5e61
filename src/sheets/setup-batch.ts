// Batched set-up calls shared by the sheets Siapkan Register makes (register, DIP/DIK, settings):
// data validation rules built once per setup and derived from each other, rules set over runs of
// adjacent columns, column bodies taken in one RangeList, widths in runs. Every helper here costs
// the same at any row count.
//
// Sources (developers.google.com/apps-script/reference/spreadsheet):
// - DataValidation.copy(): "Creates a builder for a data validation rule based on this rule's
//   settings." The builder's require…() methods each "Sets the data validation rule to require …",
//   replacing the criteria copied; setHelpText / setAllowInvalid replace those settings.
// - Range.setDataValidations(rules): "Sets the data validation rules for all cells in the range.
//   This method takes a two-dimensional array of data validations, indexed by row then by column.
//   The array dimensions must correspond to the range dimensions."
// - RangeList.getRanges(): "Returns a list of one or more Range instances in the same sheet."
// - Sheet.setColumnWidths(startColumn, numColumns, width): "Sets the width of the given columns
//   in pixels."
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
type Builder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;

interface Made {
  rule: Rule;
  help: string | null;
  allowInvalid: boolean;
}

/**
 * The setup's validation rules. A rule asked for twice (same key) is built once; a new rule is
 * derived from the last one made (copy, then only the settings that differ), which costs 3–5
 * calls instead of 5. A rule without help text is never derived from one with it.
 */
export class RuleBook {
  private readonly byKey = new Map<string, Made>();
  private last: Made | null = null;

  rule(key: string, help: string | null, allowInvalid: boolean, require: (b: Builder) => Builder): Rule {
    const full = `${key}|${help ?? ''}|${allowInvalid}`;
    const known = this.byKey.get(full);
    if (known) return known.rule;
    const from = this.last && (help !== null || this.last.help === null) ? this.last : null;
    let b: Builder;
    if (from) {
      b = from.rule.copy();
      if (from.allowInvalid !== allowInvalid) b = b.setAllowInvalid(allowInvalid);
      if (help !== null && from.help !== help) b = b.setHelpText(help);
    } else {
      // "The default for a new data validation rule is true" (DataValidation.getAllowInvalid).
      b = SpreadsheetApp.newDataValidation();
      if (!allowInvalid) b = b.setAllowInvalid(false);
      if (help !== null) b = b.setHelpText(help);
    }
    const made = { rule: require(b).build(), help, allowInvalid };
    this.byKey.set(full, made);
    this.last = made;
    return made.rule;
  }
}

/** The ranges of `a1s` (one sheet) in two calls, in the order given. */
export function rangesOf(sheet: Sheet, a1s: string[]): Range[] {
  return a1s.length ? sheet.getRangeList(a1s).getRanges() : [];
}

/**
 * Sets each column's rule over rows `row`…`row + numRows - 1`: one getRange and one set per run of
 * adjacent columns that take a rule (columns without one keep whatever they have).
 */
export function setRulesInRuns(sheet: Sheet, row: number, numRows: number, rules: Array<[col0: number, rule: Rule]>) {
  const sorted = [...rules].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j][0] === sorted[j - 1][0] + 1) j++;
    const run = sorted.slice(i, j);
    const range = sheet.getRange(row, run[0][0] + 1, numRows, run.length);
    if (run.length === 1) range.setDataValidation(run[0][1]);
    else {
      // One row array for every row: the call reads it, it does not keep it.
      const line = run.map(([, r]) => r);
      range.setDataValidations(Array.from({ length: numRows }, () => line));
    }
    i = j;
  }
}

/** Column widths (1-based columns), one call per run of adjacent columns of the same width. */
export function setWidths(sheet: Sheet, widths: Array<[col: number, width: number]>) {
  const sorted = [...widths].sort((a, b) => a[0] - b[0]);
  for (let i = 0; i < sorted.length; ) {
    let j = i + 1;
    while (j < sorted.length && sorted[j][0] === sorted[j - 1][0] + 1 && sorted[j][1] === sorted[i][1]) j++;
    if (j - i === 1) sheet.setColumnWidth(sorted[i][0], sorted[i][1]);
    else sheet.setColumnWidths(sorted[i][0], j - i, sorted[i][1]);
    i = j;
  }
}
