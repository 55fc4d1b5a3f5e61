// DocumentApp's Table, TableRow and TableCell.
import type { Runtime } from '../runtime';
import { type EnumValue, enumName, gasError } from './common';
import type { CellNode, TableNode } from './docs-tree';
import {
  type Attrs,
  CELL_ATTRS,
  PARAGRAPH_ATTRS,
  TABLE_ATTRS,
  TEXT_ATTRS,
  VerticalAlignment,
  checkColor,
  num,
  pick,
} from './docs-enums';
import type { DocModel } from './docs-model';
import { type Element, isElement, wrap } from './docs-element';
import { Container } from './docs-container';
import { Paragraph } from './docs-paragraph';
import { Section, blocksOf } from './docs-section';

export class Table extends Container {
  readonly _type = 'TABLE';
  _columnWidths: Array<number | null> = [];

  constructor(rt: Runtime, m: DocModel) {
    super(rt, m);
    this._attrs.BORDER_WIDTH = 1;
    this._attrs.BORDER_COLOR = '#000000';
    return wrap(this, 'Table');
  }
  getNumRows(): number {
    return this._children.length;
  }
  getRow(rowIndex: number): any {
    const r = this._children[num(rowIndex, 'rowIndex')];
    if (!r) throw gasError(`Row index (${rowIndex}) must be less than the number of rows (${this._children.length}).`);
    return r;
  }
  getCell(rowIndex: number, cellIndex: number): any {
    return this.getRow(rowIndex)._getCell(cellIndex);
  }
  appendTableRow(row?: any): any {
    if (row) return this._insert(this._children.length, row);
    return this._appendRow();
  }
  insertTableRow(rowIndex: number, row?: any): any {
    return this._insert(rowIndex, row ?? new TableRow(this._rt, this._m));
  }
  removeRow(rowIndex: number): any {
    const r = this.getRow(rowIndex);
    this._remove(r);
    return r;
  }
  removeChild(child: any): any {
    this._remove(child);
    return this._p;
  }
  setBorderWidth(width: number): any {
    this._m.edit();
    this._attrs.BORDER_WIDTH = num(width, 'width');
    return this._p;
  }
  getBorderWidth(): number {
    return this._attrs.BORDER_WIDTH as number;
  }
  setBorderColor(color: string): any {
    this._m.edit();
    this._attrs.BORDER_COLOR = checkColor(color);
    return this._p;
  }
  getBorderColor(): string {
    return this._attrs.BORDER_COLOR as string;
  }
  setColumnWidth(columnIndex: number, width: number): any {
    this._m.edit();
    const i = num(columnIndex, 'columnIndex');
    this._columnWidths[i] = num(width, 'width');
    return this._p;
  }
  getColumnWidth(columnIndex: number): number | null {
    return this._columnWidths[num(columnIndex, 'columnIndex')] ?? null;
  }
  setTextAlignment(): any {
    return this._p;
  }
  _attributeKeys(): readonly string[] {
    return TABLE_ATTRS;
  }
  _applyAttributes(attrs: Attrs): void {
    super._applyAttributes(attrs);
    applyToParagraphs(this, attrs);
  }
  _plainText(): string {
    return this._children.map((r: Element) => r._plainText()).join('\n');
  }
  _appendRow(): TableRow {
    return this._insert(this._children.length, new TableRow(this._rt, this._m));
  }
  _clone(): any {
    const copy: Table = new Table(this._rt, this._m);
    copy._attrs = { ...this._attrs };
    copy._columnWidths = [...this._columnWidths];
    this._cloneChildrenInto(copy);
    return copy;
  }
  _node(): TableNode {
    return {
      kind: 'table',
      borderWidth: Number(this._attrs.BORDER_WIDTH ?? 1),
      borderColor: String(this._attrs.BORDER_COLOR ?? '#000000'),
      columnWidths: [...this._columnWidths],
      rows: this._children.map((r: TableRow) => ({
        minHeight: r._attrs.MINIMUM_HEIGHT == null ? null : Number(r._attrs.MINIMUM_HEIGHT),
        ...(r._attrs.PREVENT_OVERFLOW ? { preventOverflow: true } : {}),
        ...(r._attrs.TABLE_HEADER ? { tableHeader: true } : {}),
        cells: r._children.map((c: TableCell) => c._cellNode()),
      })),
    };
  }
}

/** Text/paragraph attributes given to a table, row or cell reach every paragraph inside it. */
function applyToParagraphs(el: Container, attrs: Attrs): void {
  const para = pick(attrs, [...PARAGRAPH_ATTRS, ...TEXT_ATTRS.filter((k) => k !== 'BACKGROUND_COLOR')]);
  if (!Object.keys(para).length) return;
  const walk = (c: Element) => {
    if (c instanceof Paragraph) c._applyAttributes(para);
    else if (c instanceof Container) c._children.forEach(walk);
  };
  el._children.forEach(walk);
}

export class TableRow extends Container {
  readonly _type = 'TABLE_ROW';
  constructor(rt: Runtime, m: DocModel) {
    super(rt, m);
    return wrap(this, 'TableRow');
  }
  getCell(cellIndex: number): any {
    return this._getCell(cellIndex);
  }
  getNumCells(): number {
    return this._children.length;
  }
  appendTableCell(textOrCell?: unknown): any {
    if (isElement(textOrCell)) return this._insert(this._children.length, textOrCell);
    return this._appendCell(textOrCell == null ? '' : String(textOrCell));
  }
  insertTableCell(cellIndex: number, textOrCell?: unknown): any {
    const cell = isElement(textOrCell) ? textOrCell : new TableCell(this._rt, this._m, String(textOrCell ?? ''));
    return this._insert(cellIndex, cell);
  }
  removeCell(cellIndex: number): any {
    const c = this._getCell(cellIndex);
    this._remove(c);
    return c;
  }
  getParentTable(): any {
    return this._parent ? this._parent._p : null;
  }
  setMinimumHeight(h: number): any {
    this._m.edit();
    this._attrs.MINIMUM_HEIGHT = num(h, 'minHeight');
    return this._p;
  }
  getMinimumHeight(): number | null {
    return (this._attrs.MINIMUM_HEIGHT as number) ?? null;
  }
  _attributeKeys(): readonly string[] {
    return ['MINIMUM_HEIGHT'];
  }
  _applyAttributes(attrs: Attrs): void {
    super._applyAttributes(attrs);
    applyToParagraphs(this, attrs);
  }
  _getCell(cellIndex: number): any {
    const c = this._children[num(cellIndex, 'cellIndex')];
    if (!c)
      throw gasError(`Cell index (${cellIndex}) must be less than the number of cells (${this._children.length}).`);
    return c;
  }
  _appendCell(text: string): TableCell {
    return this._insert(this._children.length, new TableCell(this._rt, this._m, text));
  }
  _plainText(): string {
    return this._children.map((c: Element) => c._plainText()).join('\t');
  }
  _clone(): any {
    const copy: TableRow = new TableRow(this._rt, this._m);
    copy._attrs = { ...this._attrs };
    this._cloneChildrenInto(copy);
    return copy;
  }
}

export class TableCell extends Section {
  readonly _type = 'TABLE_CELL';
  _inTableCell = true;

  constructor(rt: Runtime, m: DocModel, text: string) {
    super(rt, m);
    const p = wrap(this, 'TableCell');
    const para = new Paragraph(rt, m, text);
    this._children.push(para);
    para._parent = p;
    return p;
  }
  setBackgroundColor(color: string | null): any {
    this._m.edit();
    this._attrs.BACKGROUND_COLOR = checkColor(color);
    return this._p;
  }
  getBackgroundColor(): string | null {
    return (this._attrs.BACKGROUND_COLOR as string) ?? null;
  }
  setWidth(width: number): any {
    this._m.edit();
    this._attrs.WIDTH = num(width, 'width');
    return this._p;
  }
  getWidth(): number | null {
    return (this._attrs.WIDTH as number) ?? null;
  }
  setVerticalAlignment(alignment: unknown): any {
    this._m.edit();
    this._attrs.VERTICAL_ALIGNMENT = VerticalAlignment[enumName(VerticalAlignment, alignment, 'alignment')];
    return this._p;
  }
  getVerticalAlignment(): EnumValue | null {
    return (this._attrs.VERTICAL_ALIGNMENT as EnumValue) ?? null;
  }
  setPaddingTop(v: number): any {
    return this._setNum('PADDING_TOP', v);
  }
  setPaddingBottom(v: number): any {
    return this._setNum('PADDING_BOTTOM', v);
  }
  setPaddingLeft(v: number): any {
    return this._setNum('PADDING_LEFT', v);
  }
  setPaddingRight(v: number): any {
    return this._setNum('PADDING_RIGHT', v);
  }
  getPaddingTop(): number | null {
    return (this._attrs.PADDING_TOP as number) ?? null;
  }
  getPaddingBottom(): number | null {
    return (this._attrs.PADDING_BOTTOM as number) ?? null;
  }
  getPaddingLeft(): number | null {
    return (this._attrs.PADDING_LEFT as number) ?? null;
  }
  getPaddingRight(): number | null {
    return (this._attrs.PADDING_RIGHT as number) ?? null;
  }
  getColSpan(): number {
    return 1;
  }
  getRowSpan(): number {
    return 1;
  }
  getParentRow(): any {
    return this._parent ? this._parent._p : null;
  }
  getParentTable(): any {
    return this._parent?._parent ? this._parent._parent._p : null;
  }
  _setNum(key: string, v: number): any {
    this._m.edit();
    this._attrs[key] = num(v, key);
    return this._p;
  }
  _removeChecked(child: any): void {
    // A cell, like a section, must keep one paragraph.
    super._removeChecked(child);
  }
  _attributeKeys(): readonly string[] {
    return CELL_ATTRS;
  }
  _applyAttributes(attrs: Attrs): void {
    if ('BACKGROUND_COLOR' in attrs) this._attrs.BACKGROUND_COLOR = checkColor(attrs.BACKGROUND_COLOR);
    const rest = { ...attrs };
    delete rest.BACKGROUND_COLOR;
    Object.assign(this._attrs, pick(rest, CELL_ATTRS));
    applyToParagraphs(this, rest);
  }
  _sectionClass(): string {
    return 'DocumentApp.TableCell';
  }
  _newTable(): Table {
    return new Table(this._rt, this._m);
  }
  _clone(): any {
    const copy: TableCell = new TableCell(this._rt, this._m, '');
    copy._children = [];
    copy._attrs = { ...this._attrs };
    this._cloneChildrenInto(copy);
    return copy;
  }
  _cellNode(): CellNode {
    const a = this._attrs;
    return {
      background: (a.BACKGROUND_COLOR as string) ?? null,
      width: a.WIDTH == null ? null : Number(a.WIDTH),
      verticalAlignment: a.VERTICAL_ALIGNMENT == null ? null : String(a.VERTICAL_ALIGNMENT),
      padding: {
        top: a.PADDING_TOP == null ? null : Number(a.PADDING_TOP),
        bottom: a.PADDING_BOTTOM == null ? null : Number(a.PADDING_BOTTOM),
        left: a.PADDING_LEFT == null ? null : Number(a.PADDING_LEFT),
        right: a.PADDING_RIGHT == null ? null : Number(a.PADDING_RIGHT),
      },
      content: blocksOf(this._children),
    };
  }
}
