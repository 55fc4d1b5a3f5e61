// What DocumentApp's Body, HeaderSection, FooterSection (docs-body.ts) and TableCell (docs-table.ts)
// share: the section that holds block elements and keeps at least one paragraph.
import { gasError } from './common';
import type { BlockNode } from './docs-tree';
import { type Element, isElement } from './docs-element';
import { Container } from './docs-container';
import { ListItem, Paragraph } from './docs-paragraph';
import { HorizontalRule, PageBreak, makeImage } from './docs-inline';

/** A new empty table as a section fills it (Table, docs-table.ts). */
export interface NewTable extends Container {
  _appendRow(): { _appendCell(text: string): unknown };
}

/**
 * Body, header and footer: the containers that hold block elements (paragraphs, list items,
 * tables). Apps Script keeps at least one paragraph in each.
 */
export abstract class Section extends Container {
  _inTableCell = false;

  /**
   * A new empty Table for appendTable and insertTable. Each kind of section makes it (a table's
   * cells are sections themselves, so this file cannot import docs-table.ts).
   */
  abstract _newTable(): NewTable;

  appendParagraph(textOrParagraph: unknown): any {
    return this._insertParagraph(this._children.length, textOrParagraph);
  }
  insertParagraph(childIndex: number, textOrParagraph: unknown): any {
    return this._insertParagraph(childIndex, textOrParagraph);
  }
  appendListItem(textOrItem: unknown): any {
    return this._insertListItem(this._children.length, textOrItem);
  }
  insertListItem(childIndex: number, textOrItem: unknown): any {
    return this._insertListItem(childIndex, textOrItem);
  }
  appendTable(cells?: unknown): any {
    return this._insertTable(this._children.length, cells, 'appendTable');
  }
  insertTable(childIndex: number, cells?: unknown): any {
    return this._insertTable(childIndex, cells, 'insertTable');
  }
  appendImage(image: unknown): any {
    const p = this._insertParagraph(this._children.length, '');
    return p._addInline(p._children.length, makeImage(this._rt, this._m, image));
  }
  insertImage(childIndex: number, image: unknown): any {
    const p = this._insertParagraph(childIndex, '');
    return p._addInline(0, makeImage(this._rt, this._m, image));
  }
  appendPageBreak(pageBreak?: any): any {
    if (this._inTableCell) throw gasError('PageBreaks may not be contained within TableCells.');
    const p = this._insertParagraph(this._children.length, '');
    return p._addInline(0, pageBreak ?? new PageBreak(this._rt, this._m));
  }
  insertPageBreak(childIndex: number, pageBreak?: any): any {
    if (this._inTableCell) throw gasError('PageBreaks may not be contained within TableCells.');
    const p = this._insertParagraph(childIndex, '');
    return p._addInline(0, pageBreak ?? new PageBreak(this._rt, this._m));
  }
  appendHorizontalRule(): any {
    const p = this._insertParagraph(this._children.length, '');
    return p._addInline(0, new HorizontalRule(this._rt, this._m));
  }
  insertHorizontalRule(childIndex: number): any {
    const p = this._insertParagraph(childIndex, '');
    return p._addInline(0, new HorizontalRule(this._rt, this._m));
  }
  removeChild(child: any): any {
    this._removeChecked(child);
    return this._p;
  }
  clear(): any {
    this._m.edit();
    for (const c of this._children) c._parent = null;
    this._children = [];
    this._insertParagraph(0, '');
    return this._p;
  }
  setText(text: unknown): any {
    this.clear();
    (this._children[0] as Paragraph)._setText(String(text ?? ''));
    return this._p;
  }
  getParagraphs(): any[] {
    const out: any[] = [];
    const walk = (el: Element) => {
      if (el._type === 'PARAGRAPH' || el._type === 'LIST_ITEM') out.push(el._p);
      // Into table cells too, unless the quirk says Google leaves them out.
      if (el._type === 'TABLE' && this._rt.quirk('paragraphs-without-cells')) return;
      if (el instanceof Container && !(el instanceof Paragraph)) el._children.forEach(walk);
    };
    this._children.forEach(walk);
    return out;
  }
  getTables(): any[] {
    return this._children.filter((c: Element) => c._type === 'TABLE');
  }
  getListItems(): any[] {
    return this.getParagraphs().filter((p: Element) => p._type === 'LIST_ITEM');
  }
  getImages(): any[] {
    const out: any[] = [];
    const walk = (el: Element) => {
      if (el._type === 'INLINE_IMAGE') out.push(el._p);
      if (el instanceof Container) el._children.forEach(walk);
    };
    this._children.forEach(walk);
    return out;
  }
  _detach(child: any): void {
    this._removeChecked(child);
  }
  /** Text.setText on the section's editAsText() view: the section starts over with one paragraph holding the text. */
  _setTextAsHost(text: string): void {
    this.clear();
    (this._children[0] as Paragraph)._setText(text);
  }
  _removeChecked(child: any): void {
    const paragraphs = this._children.filter((c: Element) => c._type === 'PARAGRAPH' || c._type === 'LIST_ITEM');
    if (this._children.length === 1 || (paragraphs.length === 1 && paragraphs[0] === child)) {
      throw gasError("Can't remove the last paragraph in a document section.");
    }
    this._remove(child);
  }
  _insertParagraph(index: number, textOrParagraph: unknown): any {
    const el = isElement(textOrParagraph)
      ? textOrParagraph
      : new Paragraph(this._rt, this._m, String(textOrParagraph ?? ''));
    return this._insert(index, el);
  }
  _insertListItem(index: number, textOrItem: unknown): any {
    let item: ListItem;
    if (isElement(textOrItem)) {
      item = textOrItem as any;
    } else {
      item = new ListItem(this._rt, this._m, String(textOrItem ?? ''));
      // Apps Script continues the list of the item just before, so consecutive items are one list.
      const before = this._children[index == null ? this._children.length - 1 : index - 1];
      if (before && before._type === 'LIST_ITEM') {
        item._attrs.LIST_ID = before._attrs.LIST_ID;
        item._attrs.GLYPH_TYPE = before._attrs.GLYPH_TYPE;
      }
    }
    return this._insert(index, item);
  }
  _insertTable(index: number, cells: unknown, method: string): any {
    let table: NewTable;
    if (isElement(cells)) {
      table = cells as any;
    } else {
      table = this._newTable();
      if (cells != null) {
        const rows = checkCells(cells, `${this._sectionClass()}.${method}`);
        for (const r of rows) {
          const row = table._appendRow();
          for (const text of r) row._appendCell(text);
        }
      }
    }
    return this._insert(index, table);
  }
  _sectionClass(): string {
    return 'DocumentApp.Body';
  }
  _blocks(): BlockNode[] {
    return blocksOf(this._children);
  }
}

/** Apps Script's appendTable takes String[][]: numbers or ragged rows are refused. */
function checkCells(cells: unknown, signature: string): string[][] {
  const describe = (v: unknown): string =>
    Array.isArray(v)
      ? `${v.length ? describe(v[0]) : 'Object'}[]`
      : v === null
        ? 'null'
        : typeof v === 'object'
          ? 'Object'
          : typeof v;
  const fail = () => {
    throw gasError(`The parameters (${describe(cells)}) don't match the method signature for ${signature}.`);
  };
  if (!Array.isArray(cells)) fail();
  const rows = cells as unknown[];
  for (const r of rows) {
    if (!Array.isArray(r)) fail();
    for (const c of r as unknown[]) if (typeof c !== 'string') fail();
  }
  const widths = new Set(rows.map((r) => (r as unknown[]).length));
  if (widths.size > 1) throw gasError('All rows in a table must have the same number of cells.');
  return rows as string[][];
}

/** The block nodes of a section's children: paragraphs, list items and tables (each has _node()). */
export function blocksOf(children: any[]): BlockNode[] {
  return children.map((c) => c._node());
}
