// DocumentApp's Body, HeaderSection and FooterSection (and the section behaviour TableCell shares).
import { Runtime } from '../runtime';
import { enumName, gasError } from './common';
import { BlockNode, PageSetup } from './docs-tree';
import {
  Attrs, Container, DocModel, Element, HorizontalRule, ListItem, PageBreak, Paragraph, ParagraphHeading,
  SECTION_ATTRS, TEXT_ATTRS, Table, defaultPage, isElement, makeImage, num, pick, wrap,
} from './docs-internal';

/**
 * Body, header and footer: the containers that hold block elements (paragraphs, list items,
 * tables). Apps Script keeps at least one paragraph in each.
 */
export abstract class Section extends Container {
  _inTableCell = false;

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
    let table: Table;
    if (isElement(cells)) {
      table = cells as any;
    } else {
      table = new Table(this._rt, this._m);
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
    Array.isArray(v) ? `${v.length ? describe(v[0]) : 'Object'}[]` : v === null ? 'null' : typeof v === 'object' ? 'Object' : typeof v;
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

export class Body extends Section {
  readonly _type = 'BODY_SECTION';
  _pageAttrs: PageSetup;

  constructor(rt: Runtime, m: DocModel) {
    super(rt, m);
    this._pageAttrs = defaultPage(rt);
    const p = wrap(this, 'Body');
    this._children.push(new Paragraph(rt, m, ''));
    this._children[0]._parent = p;
    return p;
  }
  getMarginTop(): number { return this._pageAttrs.marginTop; }
  getMarginBottom(): number { return this._pageAttrs.marginBottom; }
  getMarginLeft(): number { return this._pageAttrs.marginLeft; }
  getMarginRight(): number { return this._pageAttrs.marginRight; }
  getPageWidth(): number { return this._pageAttrs.width; }
  getPageHeight(): number { return this._pageAttrs.height; }
  setMarginTop(v: number): any { return this._setPage('marginTop', v); }
  setMarginBottom(v: number): any { return this._setPage('marginBottom', v); }
  setMarginLeft(v: number): any { return this._setPage('marginLeft', v); }
  setMarginRight(v: number): any { return this._setPage('marginRight', v); }
  setPageWidth(v: number): any { return this._setPage('width', v); }
  setPageHeight(v: number): any { return this._setPage('height', v); }
  getHeadingAttributes(paragraphHeading: unknown): Attrs {
    enumName(ParagraphHeading, paragraphHeading, 'paragraphHeading');
    return {};
  }
  _setPage(key: keyof PageSetup, v: number): any {
    this._m.edit();
    this._pageAttrs[key] = num(v, key);
    return this._p;
  }
  _attributeKeys(): readonly string[] {
    return [...SECTION_ATTRS, ...TEXT_ATTRS];
  }
  _applyAttributes(attrs: Attrs): void {
    const map: Record<string, keyof PageSetup> = {
      MARGIN_TOP: 'marginTop', MARGIN_BOTTOM: 'marginBottom', MARGIN_LEFT: 'marginLeft',
      MARGIN_RIGHT: 'marginRight', PAGE_WIDTH: 'width', PAGE_HEIGHT: 'height',
    };
    for (const [k, key] of Object.entries(map)) if (attrs[k] != null) this._pageAttrs[key] = num(attrs[k], k);
    for (const t of this._texts()) t._setAttrRange(0, t._str().length - 1, pick(attrs, TEXT_ATTRS));
  }
  getAttributes(): Attrs {
    const p = this._pageAttrs;
    return {
      MARGIN_TOP: p.marginTop, MARGIN_BOTTOM: p.marginBottom, MARGIN_LEFT: p.marginLeft,
      MARGIN_RIGHT: p.marginRight, PAGE_WIDTH: p.width, PAGE_HEIGHT: p.height,
    };
  }
  _page(): PageSetup {
    return { ...this._pageAttrs };
  }
  _clone(): any {
    throw gasError('Body cannot be copied.');
  }
}

export class HeaderSection extends Section {
  readonly _type = 'HEADER_SECTION';
  constructor(rt: Runtime, m: DocModel) {
    super(rt, m);
    const p = wrap(this, 'HeaderSection');
    this._children.push(new Paragraph(rt, m, ''));
    this._children[0]._parent = p;
    return p;
  }
  _sectionClass(): string {
    return 'DocumentApp.HeaderSection';
  }
  _clone(): any {
    throw gasError('HeaderSection cannot be copied.');
  }
}

export class FooterSection extends Section {
  readonly _type = 'FOOTER_SECTION';
  constructor(rt: Runtime, m: DocModel) {
    super(rt, m);
    const p = wrap(this, 'FooterSection');
    this._children.push(new Paragraph(rt, m, ''));
    this._children[0]._parent = p;
    return p;
  }
  _sectionClass(): string {
    return 'DocumentApp.FooterSection';
  }
  _clone(): any {
    throw gasError('FooterSection cannot be copied.');
  }
}

export function blocksOf(children: any[]): BlockNode[] {
  return children.map((c) => (c._type === 'TABLE' ? (c as Table)._node() : (c as Paragraph)._node()));
}
