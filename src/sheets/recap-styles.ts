// The recap sheet's styles as data: for each style (a property and its value), the A1 blocks that
// carry it. Pure, so it is tested without Sheets; the writer gives each style one RangeList call
// (Sheet.getRangeList + one setter), whatever the number of tables. Only styled cells are named:
// the rest keep the new sheet's defaults, as when each block was styled on its own.
import type { RecapLayout } from './recap-layout';
import { columnLetter } from '../core/register';

export type StyleProperty = 'fontWeight' | 'fontSize' | 'background' | 'numberFormat';

export interface RecapStyle {
  property: StyleProperty;
  value: string | number;
  /** A1 notations of the blocks with this style, in layout order, none empty. */
  a1: string[];
}

export const HEADER_BACKGROUND = '#d2e3fc';
export const TOTAL_BACKGROUND = '#f1f3f4';
export const TITLE_SIZE = 14;
export const SECTION_SIZE = 12;

/** A block as A1 (a single cell as "B7", a block as "A7:D7"). */
export function blockA1(row: number, col: number, numRows = 1, numCols = 1): string {
  const first = `${columnLetter(col - 1)}${row}`;
  if (numRows === 1 && numCols === 1) return first;
  return `${first}:${columnLetter(col + numCols - 2)}${row + numRows - 1}`;
}

/**
 * The styles of a recap layout: bold title, sections, table titles, header and total rows; the
 * title's and sections' sizes; header and total shading; each table's number formats. Styles come
 * out in the order of their first block. Two formats on one cell keep the later one (a table's
 * own `formats` after its percent column), as writing them in layout order did.
 */
export function recapStyles(layout: RecapLayout): RecapStyle[] {
  const styles = new Map<string, RecapStyle>();
  const add = (property: StyleProperty, value: string | number, a1: string) => {
    const key = `${property}\u0000${value}`;
    const style = styles.get(key) ?? { property, value, a1: [] };
    // A cell given another number format later leaves its earlier style (block order kept).
    if (property === 'numberFormat')
      for (const other of styles.values()) if (other.property === property && other !== style) drop(other, a1);
    style.a1.push(a1);
    styles.set(key, style);
  };
  add('fontWeight', 'bold', blockA1(layout.titleRow, 1));
  add('fontSize', TITLE_SIZE, blockA1(layout.titleRow, 1));
  for (const r of layout.sectionRows) {
    add('fontWeight', 'bold', blockA1(r, 1));
    add('fontSize', SECTION_SIZE, blockA1(r, 1));
  }
  for (const tb of layout.tables) {
    if (tb.title) add('fontWeight', 'bold', blockA1(tb.headerRow - 1, 2));
    add('fontWeight', 'bold', blockA1(tb.headerRow, 1, 1, tb.numCols));
    add('background', HEADER_BACKGROUND, blockA1(tb.headerRow, 1, 1, tb.numCols));
    if (tb.totalRow) {
      add('fontWeight', 'bold', blockA1(tb.totalRow, 1, 1, tb.numCols));
      add('background', TOTAL_BACKGROUND, blockA1(tb.totalRow, 1, 1, tb.numCols));
    }
    const rows = tb.lastRow - tb.firstRow + 1;
    if (tb.percentCol) add('numberFormat', '0%', blockA1(tb.firstRow, tb.percentCol, rows, 1));
    for (const [col, format] of Object.entries(tb.formats ?? {}))
      add('numberFormat', format, blockA1(tb.firstRow, Number(col), rows, 1));
  }
  return [...styles.values()].filter((s) => s.a1.length > 0);
}

/** Removes an identical block from an earlier style, so the later format is the one that stays. */
function drop(style: RecapStyle, a1: string): void {
  const i = style.a1.indexOf(a1);
  if (i >= 0) style.a1.splice(i, 1);
}
