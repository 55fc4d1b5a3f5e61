// When a read of the top rows of a sheet may be answered by evaluating those rows only.
//
// The register's live columns are "row-local": row k of each result depends on row k of the
// register's columns and on other sheets (holidays, settings), never on other register rows. For
// such a sheet, evaluating rows 1..n gives exactly the values a full evaluation gives in those
// rows, so a bounded read (the add-on's sample check) costs n rows, not 100,000. This is only an
// emulator speed-up; Sheets has the values already. Anything not provably row-local is evaluated
// in full, as before.
//
// A read further down (the sample check's last rows, #26 item 7) is a band: the same formulas are
// evaluated once more, anchored just above the band with their own-sheet ranges starting there, so
// ROW() still gives each row's own number and every band row sees exactly its own inputs.
import { tokenize, untokenize, type RefParts, type Tok } from './formula';
import { canonicalFormula, splitTop } from './lambda';
import type { SheetModel } from './model';

/** Functions that work element by element on aligned ranges inside ARRAYFORMULA (or per MAP row). */
const ROW_WISE = new Set([
  'ARRAYFORMULA',
  'IF',
  'IFS',
  'IFERROR',
  'IFNA',
  'ISNUMBER',
  'ISBLANK',
  'ISTEXT',
  'ISERROR',
  'ISDATE',
  'NOT',
  'WORKDAY',
  'NETWORKDAYS',
  'TODAY',
  'NOW',
  'ROW',
  'VALUE',
  'N',
  'DATE',
  'YEAR',
  'MONTH',
  'DAY',
  'WEEKDAY',
  'ABS',
  'ROUND',
  'INT',
  'LEN',
  'TRIM',
  'UPPER',
  'LOWER',
  'TRUE',
  'FALSE',
  'MAP',
  'LAMBDA',
]);

const sameName = (a: string | null, b: string) => a !== null && a.toLowerCase() === b.toLowerCase();

/** The sheet's refs in a formula on `host` that point at `target`. */
function refsTo(formula: string, host: string, target: string): RefParts[] {
  return tokenize(formula)
    .filter(
      (t) =>
        t.t === 'ref' &&
        t.ref &&
        (t.ref.sheet === null ? host.toLowerCase() === target.toLowerCase() : sameName(t.ref.sheet, target)),
    )
    .map((t) => (t as { ref: RefParts }).ref);
}

/** The holiday (third) arguments of WORKDAY and NETWORKDAYS: ranges read whole, never row-wise. */
function holidayArgs(formula: string): string[] {
  const out: string[] = [];
  const re = /\b(WORKDAY|NETWORKDAYS)\s*\(/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    const args = splitTop(formula.slice(m.index + m[0].length), ',');
    if (args.length >= 3) out.push(args[2].split(')')[0]);
  }
  return out;
}

/** The rows a windowed rebuild evaluates: the top rows up to `lastRow`, and one band further down. */
export interface RowWindow {
  sheet: SheetModel;
  lastRow: number;
  band?: { from: number; to: number };
}

/**
 * Whether reading rows up to `lastRow` of `sheet` (and, with `band`, rows band.from..band.to) may
 * evaluate those rows only. `argSep` is the syntax stored formulas are read in. False whenever in
 * doubt. A band must start at least two rows below the top window: its formulas are anchored in
 * the row above it.
 */
export function windowable(
  sheet: SheetModel,
  sheets: SheetModel[],
  lastRow: number,
  argSep: string,
  band?: { from: number; to: number },
): boolean {
  const rawLast = sheet._lastRowRaw();
  if (band ? band.from - 1 <= lastRow || band.from > rawLast || band.to < band.from : lastRow >= rawLast) return false;
  const anchors = sheet._anchorList();
  if (!anchors.length) return false;
  const r0 = anchors[0][0];
  if (r0 > lastRow) return false;
  for (const [r, c, stored] of anchors) {
    if (r !== r0) return false;
    const f = canonicalFormula(stored, argSep);
    if (f === null) continue; // a parse error evaluates to one cell
    for (const t of tokenize(f)) if (t.t === 'func' && !ROW_WISE.has(t.s.toUpperCase())) return false;
    for (const ref of refsTo(f, sheet._name, sheet._name)) {
      // Aligned whole-column ranges from the anchor's row (ARRAYFORMULA) or the row below (MAP).
      if (ref.r2 !== null || ref.r1 === null || (ref.r1 !== r0 && ref.r1 !== r0 + 1) || !ref.range) return false;
      if (ref.c2 !== ref.c1) return false;
    }
    for (const h of holidayArgs(f)) if (refsTo(h, sheet._name, sheet._name).length) return false;
    // A value typed anywhere below in the result's column blocks the spill: full evaluation sees it.
    const rows = sheet._values.rows;
    const forms = sheet._formulas.rows;
    for (let r1 = lastRow; r1 < Math.max(rows.length, forms.length); r1++) {
      const v = rows[r1]?.[c - 1];
      if ((v !== undefined && v !== '') || forms[r1]?.[c - 1]) return false;
    }
  }
  // No formula elsewhere may read this sheet (it would see only the window).
  for (const other of sheets) {
    if (other === sheet) continue;
    for (const [, , stored] of other._anchorList()) if (refsTo(stored, other._name, sheet._name).length) return false;
  }
  return true;
}

/**
 * The formula of an anchor in row `r0` as evaluated for the band `from..to`: anchored in row
 * from - 1, each own-sheet range moved down by the same rows and closed at `to`. Only for a sheet
 * `windowable` accepted, whose own-sheet refs are aligned whole-column ranges from r0 or r0 + 1.
 */
export function bandFormula(formula: string, host: string, r0: number, from: number, to: number): string {
  const shift = from - 1 - r0;
  const toks: Tok[] = tokenize(formula).map((t) => {
    if (t.t !== 'ref' || !t.ref || t.ref.r1 === null) return t;
    const own = t.ref.sheet === null || sameName(t.ref.sheet, host);
    return own ? { ...t, ref: { ...t.ref, r1: t.ref.r1 + shift, r2: to } } : t;
  });
  return untokenize(toks);
}
