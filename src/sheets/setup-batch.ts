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
 * derived from the made rule that needs the fewest settings changed (copy, then only the settings
 * that differ: the help text, whether invalid input is allowed), or built new when that is
 * cheaper, so each distinct help text is set about once per setup. A rule without help text is
 * never derived from one with it.
 */
export class RuleBook {
  private readonly byKey = new Map<string, Made>();
  private readonly made: Made[] = [];

  rule(key: string, help: string | null, allowInvalid: boolean, require: (b: Builder) => Builder): Rule {
    const full = `${key}|${help ?? ''}|${allowInvalid}`;
    const known = this.byKey.get(full);
    if (known) return known.rule;
    // "The default for a new data validation rule is true" (DataValidation.getAllowInvalid): a new
    // builder needs setAllowInvalid(false) only for a strict rule, and setHelpText when it has help.
    let from: Made | null = null;
    let cost = (allowInvalid ? 0 : 1) + (help !== null ? 1 : 0);
    for (const m of this.made) {
      if (help === null && m.help !== null) continue;
      const c = (m.allowInvalid !== allowInvalid ? 1 : 0) + (help !== null && m.help !== help ? 1 : 0);
      // The latest of the cheapest (a copy rather than a new builder when they cost the same).
      if (c <= cost) {
        from = m;
        cost = c;
      }
    }
    let b: Builder;
    if (from) {
      b = from.rule.copy();
      if (from.allowInvalid !== allowInvalid) b = b.setAllowInvalid(allowInvalid);
      if (help !== null && from.help !== help) b = b.setHelpText(help);
    } else {
      b = SpreadsheetApp.newDataValidation();
      if (!allowInvalid) b = b.setAllowInvalid(false);
      if (help !== null) b = b.setHelpText(help);
    }
    const made = { rule: require(b).build(), help, allowInvalid };
    this.byKey.set(full, made);
    this.made.push(made);
    return made.rule;
  }
}

/** The ranges of `a1s` (one sheet) in two calls, in the order given. */
export function rangesOf(sheet: Sheet, a1s: string[]): Range[] {
  return a1s.length ? sheet.getRangeList(a1s).getRanges() : [];
}

/**
 * Sets each column's rule over rows `row`…`row + numRows - 1`; columns without one keep whatever
 * they have. The cheaper of two ways: one getRange and one set per run of adjacent columns that
 * take a rule, or one block from the first such column to the last, written in one
 * setDataValidations call, the columns between keeping their rules: on a sheet the run has just
 * inserted they have none (a new sheet's cells hold no validation), elsewhere they are read first
 * (getDataValidations) and written back as read. Two calls for a new sheet, three otherwise.
 *
 * Source: the reference's own example under DataValidation.copy()
 * (developers.google.com/apps-script/reference/spreadsheet/data-validation) reads
 * range.getDataValidations(), tests each entry with `rule != null`, replaces some and writes the
 * whole array back with range.setDataValidations(rules): null entries are cells without a rule,
 * and the array goes back as read (settings.ts relies on the same round trip).
 */
/** The most cells setRulesInRuns writes as one block of rules (a register of about 2,000 rows). */
export const BLOCK_CELLS = 50000;

export function setRulesInRuns(
  sheet: Sheet,
  row: number,
  numRows: number,
  rules: Array<[col0: number, rule: Rule]>,
  /** The sheet was inserted by this run: no cell holds a rule yet. */
  fresh = false,
) {
  if (!rules.length) return;
  const byCol = new Map(rules);
  const runs = adjacentRuns(rules.map(([c]) => c));
  const first = runs[0][0];
  const last = runs[runs.length - 1][0] + runs[runs.length - 1][1] - 1;
  const blockCalls = fresh ? 2 : 3;
  // The block is one rule (or null) per cell: over a long register that is a payload of
  // rows × columns entries in one call (and the read of as many), where the runs send one rule
  // per run. So the block only below BLOCK_CELLS cells; at size the runs cost a few calls more.
  const small = numRows * (last - first + 1) <= BLOCK_CELLS;
  if (small && runs.length > 1 && blockCalls < 2 * runs.length) {
    const range = sheet.getRange(row, first + 1, numRows, last - first + 1);
    const line = Array.from({ length: last - first + 1 }, (_, i) => byCol.get(first + i) ?? null);
    if (fresh) {
      // One row array for every row: the call reads it, it does not keep it.
      range.setDataValidations(Array.from({ length: numRows }, () => line));
    } else {
      const grid = range.getDataValidations();
      for (const cells of grid) {
        for (let i = 0; i < line.length; i++) {
          const r = line[i];
          if (r) cells[i] = r;
        }
      }
      range.setDataValidations(grid);
    }
    return;
  }
  for (const [start, count] of runs) {
    const range = sheet.getRange(row, start + 1, numRows, count);
    if (count === 1) range.setDataValidation(byCol.get(start)!);
    else {
      const line = Array.from({ length: count }, (_, i) => byCol.get(start + i)!);
      range.setDataValidations(Array.from({ length: numRows }, () => line));
    }
  }
}

/** Maximal runs [first, count] of adjacent numbers in `cols` (any order, duplicates ignored). */
export function adjacentRuns(cols: number[]): Array<[first: number, count: number]> {
  const sorted = [...new Set(cols)].sort((a, b) => a - b);
  const out: Array<[number, number]> = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === c) last[1]++;
    else out.push([c, 1]);
  }
  return out;
}

/**
 * Warning-only protection of columns `cols0` (0-based) over rows `row`…`row + numRows - 1`: one
 * protection per run of adjacent columns (Range.protect, setWarningOnly, setDescription), not one
 * per column. The cells covered, the description and the warning are the same as per column.
 */
export function protectColumns(sheet: Sheet, row: number, numRows: number, cols0: number[], description: string) {
  for (const [first, count] of adjacentRuns(cols0)) {
    sheet
      .getRange(row, first + 1, numRows, count)
      .protect()
      .setWarningOnly(true)
      .setDescription(description);
  }
}

/**
 * The fewest calls that give columns their widths, as strokes [first, count, width] applied in
 * order (a later stroke overrides an earlier one): the "strange printer" recurrence over each run
 * of adjacent columns given, so 140, 150, 140 is two strokes (140 over three columns, then 150 on
 * the middle one) instead of three. Columns not given are never touched. O(n³) for n columns in a
 * run: about 80,000 steps for the register's 43.
 */
export function widthStrokes(
  widths: Array<[col: number, width: number]>,
): Array<[first: number, count: number, width: number]> {
  const byCol = new Map(widths);
  const out: Array<[number, number, number]> = [];
  for (const [first, count] of adjacentRuns(widths.map(([c]) => c))) {
    const w = Array.from({ length: count }, (_, i) => byCol.get(first + i)!);
    // cost[i][j]: fewest strokes painting w[i..j]; how[i][j]: the k whose stroke reaches j (or -1).
    const cost = Array.from({ length: count }, () => new Array<number>(count).fill(0));
    const how = Array.from({ length: count }, () => new Array<number>(count).fill(-1));
    for (let len = 1; len <= count; len++) {
      for (let i = 0; i + len - 1 < count; i++) {
        const j = i + len - 1;
        if (i === j) {
          cost[i][j] = 1;
          continue;
        }
        cost[i][j] = cost[i][j - 1] + 1;
        for (let k = i; k < j; k++) {
          if (w[k] !== w[j]) continue;
          const c = cost[i][k] + (k + 1 <= j - 1 ? cost[k + 1][j - 1] : 0);
          if (c < cost[i][j]) {
            cost[i][j] = c;
            how[i][j] = k;
          }
        }
      }
    }
    // Each interval's strokes, the wider first: a stroke over i..j (one width), then what lies inside.
    const paint = (i: number, j: number): Array<[number, number, number]> => {
      if (i > j) return [];
      const k = how[i][j];
      if (k < 0) return [...paint(i, j - 1), [first + j, 1, w[j]]];
      // w[j] is painted by the stroke that paints w[k]: widen that stroke to reach j, then paint k+1..j-1.
      // The strokes of i..k lie inside i..k, so the last one covering k ends at k, and widening
      // it changes no column left of k+1; the strokes of k+1..j-1 then paint over it there.
      const left = paint(i, k);
      const s = lastCovering(left, first + k);
      left[s] = [left[s][0], first + j - left[s][0] + 1, left[s][2]];
      return [...left, ...paint(k + 1, j - 1)];
    };
    out.push(...paint(0, count - 1));
  }
  return out;
}

/** The index of the last stroke covering column `col`: the one whose width it shows. */
function lastCovering(strokes: Array<[number, number, number]>, col: number): number {
  for (let n = strokes.length - 1; n >= 0; n--) {
    const x = strokes[n];
    if (x[0] <= col && col < x[0] + x[1]) return n;
  }
  return -1;
}

/**
 * Column widths (1-based columns) in the fewest calls (widthStrokes): setColumnWidths for a stroke
 * over several columns, setColumnWidth for one.
 */
export function setWidths(sheet: Sheet, widths: Array<[col: number, width: number]>) {
  for (const [first, count, width] of widthStrokes(widths)) {
    if (count === 1) sheet.setColumnWidth(first, width);
    else sheet.setColumnWidths(first, count, width);
  }
}
