// DocumentApp: a real element tree (Body → Paragraph / ListItem / Table → TableRow → TableCell …,
// paragraphs holding Text runs, InlineImage, PageBreak, HorizontalRule) with Apps Script's
// behaviour where an add-on relies on it: a new body holds one empty paragraph, the last
// paragraph of a section cannot be removed, images and page breaks live inside a paragraph,
// appendTable wants strings, and a closed document refuses edits. Drive renders the last saved
// state, so an export taken before saveAndClose() is stale exactly as it is on Google's servers.
import { Runtime, service, FileRecord } from '../runtime';
import { Blob, blobBytes } from '../blob';
import { EnumValue, Enum, makeEnum, enumName, gasError } from './common';
import {
  BlockNode, CellNode, DocTree, InlineNode, PageSetup, ParagraphNode, RunNode, TableNode, imageSize,
} from './docs-tree';
import { documentToPdf } from '../export/pdf';

export const DOCUMENT_MIME = 'application/vnd.google-apps.document';

export const ParagraphHeading = makeEnum('ParagraphHeading', [
  'NORMAL', 'HEADING1', 'HEADING2', 'HEADING3', 'HEADING4', 'HEADING5', 'HEADING6', 'TITLE', 'SUBTITLE',
]);
export const HorizontalAlignment = makeEnum('HorizontalAlignment', ['LEFT', 'CENTER', 'RIGHT', 'JUSTIFY']);
export const VerticalAlignment = makeEnum('VerticalAlignment', ['BOTTOM', 'CENTER', 'TOP']);
export const GlyphType = makeEnum('GlyphType', [
  'BULLET', 'HOLLOW_BULLET', 'SQUARE_BULLET', 'NUMBER', 'LATIN_UPPER', 'LATIN_LOWER', 'ROMAN_UPPER', 'ROMAN_LOWER',
]);
export const TextAlignment = makeEnum('TextAlignment', ['NORMAL', 'SUPERSCRIPT', 'SUBSCRIPT']);
export const Attribute = makeEnum('Attribute', [
  'BACKGROUND_COLOR', 'BOLD', 'BORDER_COLOR', 'BORDER_WIDTH', 'CODE', 'FONT_FAMILY', 'FONT_SIZE',
  'FOREGROUND_COLOR', 'HEADING', 'HEIGHT', 'HORIZONTAL_ALIGNMENT', 'INDENT_END', 'INDENT_FIRST_LINE',
  'INDENT_START', 'ITALIC', 'GLYPH_TYPE', 'LEFT_TO_RIGHT', 'LINE_SPACING', 'LINK_URL', 'LIST_ID',
  'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'NESTING_LEVEL', 'MINIMUM_HEIGHT',
  'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH',
  'SPACING_AFTER', 'SPACING_BEFORE', 'STRIKETHROUGH', 'UNDERLINE', 'VERTICAL_ALIGNMENT', 'WIDTH',
]);
export const ElementType = makeEnum('ElementType', [
  'BODY_SECTION', 'COMMENT_SECTION', 'DATE', 'DOCUMENT', 'EQUATION', 'EQUATION_FUNCTION',
  'EQUATION_FUNCTION_ARGUMENT_SEPARATOR', 'EQUATION_SYMBOL', 'RICH_LINK', 'FOOTER_SECTION', 'FOOTNOTE',
  'FOOTNOTE_SECTION', 'HEADER_SECTION', 'HORIZONTAL_RULE', 'INLINE_DRAWING', 'INLINE_IMAGE', 'LIST_ITEM',
  'PAGE_BREAK', 'PARAGRAPH', 'PERSON', 'TABLE', 'TABLE_CELL', 'TABLE_OF_CONTENTS', 'TABLE_ROW', 'TEXT',
  'UNSUPPORTED',
]);
export const FontFamily = makeEnum('FontFamily', [
  'AMARANTH', 'ARIAL', 'ARIAL_BLACK', 'ARIAL_NARROW', 'CALIBRI', 'CAMBRIA', 'COMIC_SANS_MS', 'COURIER_NEW',
  'GEORGIA', 'IMPACT', 'TAHOMA', 'TIMES_NEW_ROMAN', 'TREBUCHET_MS', 'VERDANA',
]);

const TEXT_ATTRS = [
  'BOLD', 'ITALIC', 'UNDERLINE', 'STRIKETHROUGH', 'FONT_SIZE', 'FONT_FAMILY', 'FOREGROUND_COLOR',
  'BACKGROUND_COLOR', 'LINK_URL',
] as const;
const PARAGRAPH_ATTRS = [
  'HEADING', 'HORIZONTAL_ALIGNMENT', 'INDENT_START', 'INDENT_END', 'INDENT_FIRST_LINE', 'LINE_SPACING',
  'SPACING_BEFORE', 'SPACING_AFTER', 'LEFT_TO_RIGHT',
];
const LIST_ATTRS = ['GLYPH_TYPE', 'NESTING_LEVEL', 'LIST_ID'];
const CELL_ATTRS = [
  'BACKGROUND_COLOR', 'MINIMUM_HEIGHT', 'PADDING_BOTTOM', 'PADDING_LEFT', 'PADDING_RIGHT', 'PADDING_TOP',
  'VERTICAL_ALIGNMENT', 'WIDTH',
];
const TABLE_ATTRS = ['BORDER_COLOR', 'BORDER_WIDTH'];
const IMAGE_ATTRS = ['WIDTH', 'HEIGHT', 'LINK_URL'];
const SECTION_ATTRS = [
  'MARGIN_BOTTOM', 'MARGIN_LEFT', 'MARGIN_RIGHT', 'MARGIN_TOP', 'PAGE_HEIGHT', 'PAGE_WIDTH',
];
const ENUM_ATTRS: Record<string, Enum> = {
  HEADING: ParagraphHeading,
  HORIZONTAL_ALIGNMENT: HorizontalAlignment,
  VERTICAL_ALIGNMENT: VerticalAlignment,
  GLYPH_TYPE: GlyphType,
};

type Attrs = Record<string, unknown>;

/** Normalises an attribute map handed in by the add-on (enum keys print as their names). */
function readAttributes(input: unknown): Attrs {
  if (input == null || typeof input !== 'object') throw gasError('Invalid argument: attributes');
  const out: Attrs = {};
  for (const key of Object.keys(input as object)) {
    if (!Object.prototype.hasOwnProperty.call(Attribute, key)) throw gasError(`Invalid argument: attributes (${key})`);
    let value = (input as Attrs)[key];
    const e = ENUM_ATTRS[key];
    if (e && value != null) value = e[enumName(e, value, key)];
    out[key] = value;
  }
  return out;
}

function pick(attrs: Attrs, keys: readonly string[]): Attrs {
  const out: Attrs = {};
  for (const k of keys) if (k in attrs) out[k] = attrs[k];
  return out;
}

function checkColor(color: unknown): string | null {
  if (color == null) return null;
  const s = String(color);
  if (!/^#[0-9a-fA-F]{6}$/.test(s)) throw gasError(`Invalid argument: color (${s})`);
  return s.toLowerCase();
}

function num(v: unknown, what: string): number {
  const n = Number(v);
  if (!Number.isFinite(n)) throw gasError(`Invalid argument: ${what}`);
  return n;
}

/** The state one document's elements share: its name, closed flag and the Drive record. */
export class DocModel {
  closed = false;
  dirty = true;
  body!: Body;
  header: HeaderSection | null = null;
  footer: FooterSection | null = null;
  saved: DocTree;
  record!: FileRecord;
  language = 'en';

  constructor(readonly rt: Runtime, public id: string, public name: string) {
    this.saved = emptyTree(name, this.rt);
  }

  edit(): void {
    if (this.closed) throw gasError('Document is closed, its contents cannot be updated.');
    this.dirty = true;
    if (this.record) this.record.updated = this.rt.now();
  }

  tree(): DocTree {
    return {
      title: this.record ? this.record.name : this.name,
      page: this.body._page(),
      header: this.header ? this.header._blocks() : null,
      footer: this.footer ? this.footer._blocks() : null,
      body: this.body._blocks(),
    };
  }

  save(): void {
    this.saved = this.tree();
    this.dirty = false;
  }
}

function defaultPage(rt: Runtime): PageSetup {
  // A new Google Doc follows the account's locale: Letter in the US, A4 elsewhere (Indonesia).
  const letter = /_US$/.test(rt.locale);
  return {
    width: letter ? 612 : 595.276,
    height: letter ? 792 : 841.89,
    marginTop: 72,
    marginBottom: 72,
    marginLeft: 72,
    marginRight: 72,
  };
}

function emptyTree(title: string, rt: Runtime): DocTree {
  const empty: ParagraphNode = {
    kind: 'paragraph', heading: 'NORMAL', alignment: null, spacingBefore: null, spacingAfter: null,
    lineSpacing: null, indentStart: null, indentEnd: null, indentFirstLine: null, inlines: [],
  };
  return { title, page: defaultPage(rt), header: null, footer: null, body: [empty] };
}

/** Wraps an element in the counting proxy and remembers the proxy as the element's identity. */
function wrap<T extends Element>(el: T, className: string): T {
  const p = service(el._rt, className, el);
  el._p = p;
  return p;
}

const CAST_TYPES: Record<string, string> = {
  asBody: 'BODY_SECTION', asFooterSection: 'FOOTER_SECTION', asHeaderSection: 'HEADER_SECTION',
  asHorizontalRule: 'HORIZONTAL_RULE', asInlineImage: 'INLINE_IMAGE', asListItem: 'LIST_ITEM',
  asPageBreak: 'PAGE_BREAK', asParagraph: 'PARAGRAPH', asTable: 'TABLE', asTableCell: 'TABLE_CELL',
  asTableRow: 'TABLE_ROW', asText: 'TEXT',
};

/** What every document element shares (getType, getParent, siblings, removeFromParent …). */
export abstract class Element {
  _p!: any;
  _parent: Container | null = null;
  _attrs: Attrs = {};
  abstract readonly _type: string;

  constructor(readonly _rt: Runtime, readonly _m: DocModel) {}

  getType(): EnumValue {
    return ElementType[this._type];
  }
  getParent(): any {
    return this._parent ? this._parent._p : null;
  }
  getNextSibling(): any {
    if (!this._parent) return null;
    const sib = this._parent._children;
    return sib[sib.indexOf(this._p) + 1] ?? null;
  }
  getPreviousSibling(): any {
    if (!this._parent) return null;
    const sib = this._parent._children;
    const i = sib.indexOf(this._p);
    return i > 0 ? sib[i - 1] : null;
  }
  removeFromParent(): any {
    if (this._parent instanceof Section) this._parent._removeChecked(this._p);
    else if (this._parent) this._parent._remove(this._p);
    return this._p;
  }
  isAtDocumentEnd(): boolean {
    let el: Element = this._p;
    while (el._parent) {
      const sib = el._parent._children;
      if (sib[sib.length - 1] !== el._p) return false;
      el = el._parent;
    }
    return el._type === 'BODY_SECTION';
  }
  copy(): any {
    return this._clone();
  }
  getAttributes(): Attrs {
    const out: Attrs = {};
    for (const k of this._attributeKeys()) out[k] = this._attrs[k] ?? null;
    return out;
  }
  setAttributes(attributes: unknown): any {
    this._m.edit();
    this._applyAttributes(readAttributes(attributes));
    return this._p;
  }
  _attributeKeys(): readonly string[] {
    return [];
  }
  _applyAttributes(attrs: Attrs): void {
    Object.assign(this._attrs, pick(attrs, this._attributeKeys()));
  }
  _cast(method: string): any {
    const want = CAST_TYPES[method];
    if (want !== this._type && !(method === 'asBody' && this._type === 'BODY_SECTION')) {
      throw gasError(`Cannot convert ${this._type} to ${want}.`);
    }
    return this._p;
  }
  asBody(): any { return this._cast('asBody'); }
  asFooterSection(): any { return this._cast('asFooterSection'); }
  asHeaderSection(): any { return this._cast('asHeaderSection'); }
  asHorizontalRule(): any { return this._cast('asHorizontalRule'); }
  asInlineImage(): any { return this._cast('asInlineImage'); }
  asListItem(): any { return this._cast('asListItem'); }
  asPageBreak(): any { return this._cast('asPageBreak'); }
  asParagraph(): any { return this._cast('asParagraph'); }
  asTable(): any { return this._cast('asTable'); }
  asTableCell(): any { return this._cast('asTableCell'); }
  asTableRow(): any { return this._cast('asTableRow'); }
  asText(): any { return this._cast('asText'); }

  abstract _clone(): any;
  /** The Text elements below this one, in document order. */
  _texts(): TextEl[] {
    return [];
  }
  _plainText(): string {
    return '';
  }
}

/** Elements that hold children: sections, table parts, paragraphs. */
export abstract class Container extends Element {
  _children: any[] = [];

  getNumChildren(): number {
    return this._children.length;
  }
  getChild(childIndex: number): any {
    const i = num(childIndex, 'childIndex');
    const c = this._children[i];
    if (!c) throw gasError(`Child index (${i}) must be less than the number of child elements (${this._children.length}).`);
    return c;
  }
  getChildIndex(child: any): number {
    const i = this._children.indexOf(child);
    if (i < 0) throw gasError('Element does not contain the specified child element.');
    return i;
  }
  getText(): string {
    return this._plainText();
  }
  editAsText(): any {
    return new TextEl(this._rt, this._m, this._p);
  }
  replaceText(searchPattern: string, replacement: string): any {
    this._m.edit();
    for (const t of this._texts()) t._replace(searchPattern, replacement);
    return this._p;
  }
  findText(searchPattern: string, from?: any): any {
    return findIn(this._rt, this._texts(), searchPattern, from);
  }
  findElement(elementType: unknown, from?: any): any {
    const type = enumName(ElementType, elementType, 'elementType');
    const all: Element[] = [];
    const walk = (el: Element) => {
      if (el !== this._p && el._type === type) all.push(el);
      if (el instanceof Container) el._children.forEach(walk);
    };
    walk(this._p);
    let start = 0;
    if (from) start = all.indexOf(from._getElement()) + 1;
    const hit = all[start];
    return hit ? new RangeElement(this._rt, hit._p, -1, -1) : null;
  }
  _remove(child: any): void {
    this._m.edit();
    const i = this._children.indexOf(child);
    if (i < 0) return;
    this._children.splice(i, 1);
    child._parent = null;
  }
  _insert(index: number, child: any): any {
    this._m.edit();
    if (child._parent) throw gasError('Element must be detached.');
    const i = index == null ? this._children.length : num(index, 'childIndex');
    if (i < 0 || i > this._children.length) {
      throw gasError(`Child index (${i}) must not be greater than the number of child elements (${this._children.length}).`);
    }
    this._children.splice(i, 0, child);
    child._parent = this._p;
    return child;
  }
  _texts(): TextEl[] {
    return this._children.flatMap((c: Element) => c._texts());
  }
  _plainText(): string {
    return this._children.map((c: Element) => c._plainText()).join('\n');
  }
  _cloneChildrenInto(target: Container): void {
    for (const c of this._children) target._children.push(c._clone());
    for (const c of target._children) c._parent = target._p;
  }
}

/**
 * Body, header and footer: the containers that hold block elements (paragraphs, list items,
 * tables). Apps Script keeps at least one paragraph in each.
 */
abstract class Section extends Container {
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

function isElement(v: unknown): boolean {
  return v != null && typeof v === 'object' && (v as Element)._m instanceof DocModel;
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

export class Paragraph extends Container {
  readonly _type: string = 'PARAGRAPH';

  constructor(rt: Runtime, m: DocModel, text: string, className = 'Paragraph') {
    super(rt, m);
    this._attrs.HEADING = ParagraphHeading.NORMAL;
    const p = wrap(this, className);
    if (text) this._children.push(new TextEl(rt, m, null, text));
    for (const c of this._children) c._parent = p;
    return p;
  }
  setHeading(heading: unknown): any {
    this._m.edit();
    this._attrs.HEADING = ParagraphHeading[enumName(ParagraphHeading, heading, 'heading')];
    return this._p;
  }
  getHeading(): EnumValue {
    return this._attrs.HEADING as EnumValue;
  }
  setAlignment(alignment: unknown): any {
    this._m.edit();
    this._attrs.HORIZONTAL_ALIGNMENT = alignment == null
      ? null
      : HorizontalAlignment[enumName(HorizontalAlignment, alignment, 'alignment')];
    return this._p;
  }
  getAlignment(): EnumValue | null {
    return (this._attrs.HORIZONTAL_ALIGNMENT as EnumValue) ?? null;
  }
  setText(text: unknown): any {
    this._m.edit();
    this._setText(String(text ?? ''));
    return this._p;
  }
  appendText(text: unknown): any {
    this._m.edit();
    const last = this._children[this._children.length - 1];
    const t = new TextEl(this._rt, this._m, null, String(text ?? ''));
    // New text continues the formatting of the text it follows, as typing does.
    if (last && last._type === 'TEXT' && last._runs.length) t._runs[0].a = { ...last._runs[last._runs.length - 1].a };
    return this._insert(this._children.length, t);
  }
  insertText(childIndex: number, text: unknown): any {
    return this._insert(childIndex, new TextEl(this._rt, this._m, null, String(text ?? '')));
  }
  appendInlineImage(image: unknown): any {
    return this._addInline(this._children.length, makeImage(this._rt, this._m, image));
  }
  insertInlineImage(childIndex: number, image: unknown): any {
    return this._addInline(childIndex, makeImage(this._rt, this._m, image));
  }
  appendPageBreak(pageBreak?: any): any {
    this._checkNotInCell();
    return this._addInline(this._children.length, pageBreak ?? new PageBreak(this._rt, this._m));
  }
  insertPageBreak(childIndex: number, pageBreak?: any): any {
    this._checkNotInCell();
    return this._addInline(childIndex, pageBreak ?? new PageBreak(this._rt, this._m));
  }
  appendHorizontalRule(): any {
    return this._addInline(this._children.length, new HorizontalRule(this._rt, this._m));
  }
  insertHorizontalRule(childIndex: number): any {
    return this._addInline(childIndex, new HorizontalRule(this._rt, this._m));
  }
  clear(): any {
    this._m.edit();
    for (const c of this._children) c._parent = null;
    this._children = [];
    return this._p;
  }
  removeChild(child: any): any {
    this._remove(child);
    return this._p;
  }
  merge(): any {
    const prev = this.getPreviousSibling();
    if (!prev || prev._type !== this._type) throw gasError('Element cannot be merged.');
    for (const c of [...this._children]) {
      this._remove(c);
      prev._insert(prev._children.length, c);
    }
    this._parent!._remove(this._p);
    return prev;
  }
  setSpacingBefore(v: number): any { return this._setNum('SPACING_BEFORE', v); }
  getSpacingBefore(): number | null { return (this._attrs.SPACING_BEFORE as number) ?? null; }
  setSpacingAfter(v: number): any { return this._setNum('SPACING_AFTER', v); }
  getSpacingAfter(): number | null { return (this._attrs.SPACING_AFTER as number) ?? null; }
  setLineSpacing(v: number): any { return this._setNum('LINE_SPACING', v); }
  getLineSpacing(): number | null { return (this._attrs.LINE_SPACING as number) ?? null; }
  setIndentStart(v: number): any { return this._setNum('INDENT_START', v); }
  getIndentStart(): number | null { return (this._attrs.INDENT_START as number) ?? null; }
  setIndentEnd(v: number): any { return this._setNum('INDENT_END', v); }
  getIndentEnd(): number | null { return (this._attrs.INDENT_END as number) ?? null; }
  setIndentFirstLine(v: number): any { return this._setNum('INDENT_FIRST_LINE', v); }
  getIndentFirstLine(): number | null { return (this._attrs.INDENT_FIRST_LINE as number) ?? null; }
  setLeftToRight(v: boolean): any {
    this._m.edit();
    this._attrs.LEFT_TO_RIGHT = !!v;
    return this._p;
  }
  isLeftToRight(): boolean {
    return this._attrs.LEFT_TO_RIGHT !== false;
  }
  setLinkUrl(url: string | null): any {
    this._m.edit();
    for (const t of this._texts()) t._setAttrRange(0, t._str().length - 1, { LINK_URL: url });
    return this._p;
  }
  getLinkUrl(): string | null {
    return (uniform(this._texts(), 'LINK_URL') as string) ?? null;
  }
  getAttributes(): Attrs {
    const out = super.getAttributes();
    for (const k of TEXT_ATTRS) out[k] = uniform(this._texts(), k) ?? null;
    return out;
  }
  _setNum(key: string, v: number): any {
    this._m.edit();
    this._attrs[key] = v == null ? null : num(v, key);
    return this._p;
  }
  _attributeKeys(): readonly string[] {
    return PARAGRAPH_ATTRS;
  }
  _applyAttributes(attrs: Attrs): void {
    super._applyAttributes(attrs);
    const text = pick(attrs, TEXT_ATTRS);
    if (Object.keys(text).length) for (const t of this._texts()) t._setAttrRange(0, t._str().length - 1, text);
  }
  _checkNotInCell(): void {
    let el: Element | null = this._parent;
    while (el) {
      if (el._type === 'TABLE_CELL') throw gasError('PageBreaks may not be contained within TableCells.');
      el = el._parent;
    }
  }
  _addInline(index: number, el: any): any {
    return this._insert(index, el);
  }
  _setText(text: string): void {
    const first = this._texts()[0];
    const keep = first && first._runs.length ? { ...first._runs[0].a } : {};
    for (const c of this._children) c._parent = null;
    this._children = [];
    if (text) {
      const t = new TextEl(this._rt, this._m, null, text);
      t._runs[0].a = keep;
      this._children.push(t);
      t._parent = this._p;
    }
  }
  _plainText(): string {
    return this._children.map((c: Element) => c._plainText()).join('');
  }
  _clone(): any {
    const copy: Paragraph = new Paragraph(this._rt, this._m, '');
    copy._attrs = { ...this._attrs };
    this._cloneChildrenInto(copy);
    return copy;
  }
  _node(): ParagraphNode {
    const a = this._attrs;
    const n = (k: string) => (a[k] == null ? null : Number(a[k]));
    return {
      kind: 'paragraph',
      heading: String(a.HEADING ?? 'NORMAL'),
      alignment: a.HORIZONTAL_ALIGNMENT == null ? null : String(a.HORIZONTAL_ALIGNMENT),
      spacingBefore: n('SPACING_BEFORE'),
      spacingAfter: n('SPACING_AFTER'),
      lineSpacing: n('LINE_SPACING'),
      indentStart: n('INDENT_START'),
      indentEnd: n('INDENT_END'),
      indentFirstLine: n('INDENT_FIRST_LINE'),
      inlines: this._children.map((c: any) => c._inline()).filter((x: InlineNode | null) => x) as InlineNode[],
    };
  }
}

let listSeq = 0;

export class ListItem extends Paragraph {
  readonly _type: string = 'LIST_ITEM';

  constructor(rt: Runtime, m: DocModel, text: string) {
    super(rt, m, text, 'ListItem');
    listSeq += 1;
    this._attrs.GLYPH_TYPE = GlyphType.BULLET;
    this._attrs.NESTING_LEVEL = 0;
    this._attrs.LIST_ID = `kix.list${listSeq}`;
  }
  setGlyphType(glyphType: unknown): any {
    this._m.edit();
    this._attrs.GLYPH_TYPE = GlyphType[enumName(GlyphType, glyphType, 'glyphType')];
    return this._p;
  }
  getGlyphType(): EnumValue {
    return this._attrs.GLYPH_TYPE as EnumValue;
  }
  setNestingLevel(level: number): any {
    this._m.edit();
    const n = num(level, 'nestingLevel');
    if (n < 0 || n > 8) throw gasError('Invalid argument: nestingLevel');
    this._attrs.NESTING_LEVEL = Math.floor(n);
    return this._p;
  }
  getNestingLevel(): number {
    return this._attrs.NESTING_LEVEL as number;
  }
  getListId(): string {
    return this._attrs.LIST_ID as string;
  }
  setListId(listItem: any): any {
    this._m.edit();
    if (!listItem || listItem._type !== 'LIST_ITEM') throw gasError('Invalid argument: listItem');
    this._attrs.LIST_ID = listItem._attrs.LIST_ID;
    return this._p;
  }
  _attributeKeys(): readonly string[] {
    return [...PARAGRAPH_ATTRS, ...LIST_ATTRS];
  }
  _clone(): any {
    const copy: ListItem = new ListItem(this._rt, this._m, '');
    copy._attrs = { ...this._attrs };
    this._cloneChildrenInto(copy);
    return copy;
  }
  _node(): ParagraphNode {
    const node = super._node();
    node.list = {
      glyph: String(this._attrs.GLYPH_TYPE),
      level: Number(this._attrs.NESTING_LEVEL ?? 0),
      listId: String(this._attrs.LIST_ID),
    };
    return node;
  }
}

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
    if (!c) throw gasError(`Cell index (${cellIndex}) must be less than the number of cells (${this._children.length}).`);
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
  setPaddingTop(v: number): any { return this._setNum('PADDING_TOP', v); }
  setPaddingBottom(v: number): any { return this._setNum('PADDING_BOTTOM', v); }
  setPaddingLeft(v: number): any { return this._setNum('PADDING_LEFT', v); }
  setPaddingRight(v: number): any { return this._setNum('PADDING_RIGHT', v); }
  getPaddingTop(): number | null { return (this._attrs.PADDING_TOP as number) ?? null; }
  getPaddingBottom(): number | null { return (this._attrs.PADDING_BOTTOM as number) ?? null; }
  getPaddingLeft(): number | null { return (this._attrs.PADDING_LEFT as number) ?? null; }
  getPaddingRight(): number | null { return (this._attrs.PADDING_RIGHT as number) ?? null; }
  getColSpan(): number { return 1; }
  getRowSpan(): number { return 1; }
  getParentRow(): any {
    return this._parent ? this._parent._p : null;
  }
  getParentTable(): any {
    return this._parent && this._parent._parent ? this._parent._parent._p : null;
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
      content: blocksOf(this._children),
    };
  }
}

function blocksOf(children: any[]): BlockNode[] {
  return children.map((c) => (c._type === 'TABLE' ? (c as Table)._node() : (c as Paragraph)._node()));
}

interface Run {
  t: string;
  a: Attrs;
}

function sameAttrs(a: Attrs, b: Attrs): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  return true;
}

function uniform(texts: TextEl[], key: string): unknown {
  let seen: unknown = undefined;
  for (const t of texts) {
    for (const r of t._runs) {
      if (!r.t) continue;
      const v = r.a[key] ?? null;
      if (seen === undefined) seen = v;
      else if (seen !== v) return null;
    }
  }
  return seen === undefined ? null : seen;
}

/**
 * Text: either a real Text element inside a paragraph (`_host` null, owns `_runs`) or the view
 * that editAsText() returns over a container, whose offsets run across the container's Text
 * elements with a "\n" between paragraphs, as in Apps Script.
 */
export class TextEl extends Element {
  readonly _type = 'TEXT';
  _runs: Run[];

  constructor(rt: Runtime, m: DocModel, readonly _host: Container | null, text = '') {
    super(rt, m);
    this._runs = _host ? [] : [{ t: text, a: {} }];
    return wrap(this, 'Text');
  }

  getText(): string {
    return this._segments().map((s) => s.text).join('');
  }
  setText(text: unknown): any {
    this._m.edit();
    const s = String(text ?? '');
    if (!this._host) {
      const keep = this._runs[0] ? { ...this._runs[0].a } : {};
      this._runs = [{ t: s, a: keep }];
    } else if (this._host instanceof Paragraph) {
      this._host._setText(s);
    } else if (this._host instanceof Section) {
      this._host.clear();
      (this._host._children[0] as Paragraph)._setText(s);
    } else {
      throw gasError('not emulated: Text.setText on this element');
    }
    return this._p;
  }
  appendText(text: unknown): any {
    this._m.edit();
    const s = String(text ?? '');
    if (!this._host) {
      this._append(s);
    } else {
      const texts = this._host._texts();
      if (texts.length) texts[texts.length - 1]._append(s);
      else if (this._host instanceof Paragraph) this._host._setText(s);
      else throw gasError('not emulated: Text.appendText on an empty container');
    }
    return this._p;
  }
  insertText(offset: number, text: unknown): any {
    this._m.edit();
    const o = num(offset, 'offset');
    const s = String(text ?? '');
    if (this._host) {
      for (const seg of this._segments()) {
        if (seg.node && o >= seg.start && o <= seg.start + seg.text.length) {
          seg.node._insertAt(o - seg.start, s);
          return this._p;
        }
      }
      throw gasError(`Invalid argument: offset (${o})`);
    }
    this._insertAt(o, s);
    return this._p;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): any {
    this._m.edit();
    this._forRange(startOffset, endOffsetInclusive, (t, s, e) => {
      const chars = t._chars();
      chars.splice(s, e - s + 1);
      t._fromChars(chars);
    });
    return this._p;
  }
  setBold(...args: unknown[]): any { return this._style('BOLD', args, (v) => (v == null ? null : !!v)); }
  setItalic(...args: unknown[]): any { return this._style('ITALIC', args, (v) => (v == null ? null : !!v)); }
  setUnderline(...args: unknown[]): any { return this._style('UNDERLINE', args, (v) => (v == null ? null : !!v)); }
  setStrikethrough(...args: unknown[]): any { return this._style('STRIKETHROUGH', args, (v) => (v == null ? null : !!v)); }
  setFontSize(...args: unknown[]): any { return this._style('FONT_SIZE', args, (v) => (v == null ? null : num(v, 'size'))); }
  setFontFamily(...args: unknown[]): any { return this._style('FONT_FAMILY', args, (v) => (v == null ? null : String(v))); }
  setForegroundColor(...args: unknown[]): any { return this._style('FOREGROUND_COLOR', args, checkColor); }
  setBackgroundColor(...args: unknown[]): any { return this._style('BACKGROUND_COLOR', args, checkColor); }
  setLinkUrl(...args: unknown[]): any { return this._style('LINK_URL', args, (v) => (v == null ? null : String(v))); }
  isBold(offset?: number): boolean | null { return this._get('BOLD', offset) as boolean | null; }
  isItalic(offset?: number): boolean | null { return this._get('ITALIC', offset) as boolean | null; }
  isUnderline(offset?: number): boolean | null { return this._get('UNDERLINE', offset) as boolean | null; }
  isStrikethrough(offset?: number): boolean | null { return this._get('STRIKETHROUGH', offset) as boolean | null; }
  getFontSize(offset?: number): number | null { return this._get('FONT_SIZE', offset) as number | null; }
  getFontFamily(offset?: number): string | null { return this._get('FONT_FAMILY', offset) as string | null; }
  getForegroundColor(offset?: number): string | null { return this._get('FOREGROUND_COLOR', offset) as string | null; }
  getBackgroundColor(offset?: number): string | null { return this._get('BACKGROUND_COLOR', offset) as string | null; }
  getLinkUrl(offset?: number): string | null { return this._get('LINK_URL', offset) as string | null; }
  getAttributes(offset?: number): Attrs {
    const out: Attrs = {};
    for (const k of TEXT_ATTRS) out[k] = this._get(k, offset);
    return out;
  }
  setAttributes(...args: unknown[]): any {
    this._m.edit();
    if (args.length >= 3) {
      this._setAttrRange(num(args[0], 'startOffset'), num(args[1], 'endOffsetInclusive'), pick(readAttributes(args[2]), TEXT_ATTRS));
    } else {
      const attrs = readAttributes(args[0]);
      if (this._host) this._host._applyAttributes(attrs);
      else this._setAttrRange(0, this._str().length - 1, pick(attrs, TEXT_ATTRS));
    }
    return this._p;
  }
  getTextAttributeIndices(): number[] {
    const out: number[] = [];
    let pos = 0;
    for (const seg of this._segments()) {
      if (seg.node) {
        let p = seg.start;
        for (const r of seg.node._runs) {
          if (r.t) out.push(p);
          p += r.t.length;
        }
      }
      pos += seg.text.length;
    }
    return out.length ? out : [0];
  }
  getTextAlignment(): EnumValue { return TextAlignment.NORMAL; }
  replaceText(searchPattern: string, replacement: string): any {
    this._m.edit();
    for (const t of this._targets()) t._replace(searchPattern, replacement);
    return this._p;
  }
  findText(searchPattern: string, from?: any): any {
    return findIn(this._rt, this._targets(), searchPattern, from);
  }
  merge(): any {
    const prev = this.getPreviousSibling();
    if (!prev || prev._type !== 'TEXT') throw gasError('Element cannot be merged.');
    prev._runs.push(...this._runs.map((r) => ({ t: r.t, a: { ...r.a } })));
    prev._normalise();
    this._parent!._remove(this._p);
    return prev;
  }

  /** The Text elements this Text (or view) stands for. */
  _targets(): TextEl[] {
    return this._host ? this._host._texts() : [this._p];
  }
  _append(s: string): void {
    const last = this._runs[this._runs.length - 1];
    this._runs.push({ t: s, a: last ? { ...last.a } : {} });
    this._normalise();
  }
  _insertAt(o: number, s: string): void {
    if (o < 0 || o > this._str().length) throw gasError(`Invalid argument: offset (${o})`);
    const chars = this._chars();
    const at = chars[o - 1]?.a ?? chars[0]?.a ?? {};
    chars.splice(o, 0, ...[...s].map((c) => ({ t: c, a: at })));
    this._fromChars(chars);
  }
  _segments(): Array<{ node: TextEl | null; start: number; text: string }> {
    if (!this._host) return [{ node: this._p, start: 0, text: this._str() }];
    const out: Array<{ node: TextEl | null; start: number; text: string }> = [];
    let pos = 0;
    const paragraphs: Paragraph[] = [];
    const walk = (el: Element) => {
      if (el instanceof Paragraph) paragraphs.push(el);
      else if (el instanceof Container) el._children.forEach(walk);
    };
    if (this._host instanceof Paragraph) paragraphs.push(this._host);
    else this._host._children.forEach(walk);
    paragraphs.forEach((p, i) => {
      if (i > 0) {
        out.push({ node: null, start: pos, text: '\n' });
        pos += 1;
      }
      for (const t of p._texts()) {
        const s = t._str();
        out.push({ node: t, start: pos, text: s });
        pos += s.length;
      }
    });
    return out;
  }
  _forRange(start: unknown, end: unknown, fn: (t: TextEl, s: number, e: number) => void): void {
    const s = num(start, 'startOffset');
    const e = num(end, 'endOffsetInclusive');
    const total = this.getText().length;
    if (s < 0 || e < s || e >= total) {
      throw gasError(`Invalid argument: offsets (${s}, ${e}) outside the text of length ${total}`);
    }
    for (const seg of this._segments()) {
      if (!seg.node) continue;
      const lo = Math.max(s, seg.start);
      const hi = Math.min(e, seg.start + seg.text.length - 1);
      if (lo <= hi) fn(seg.node, lo - seg.start, hi - seg.start);
    }
  }
  _style(key: string, args: unknown[], conv: (v: unknown) => unknown): any {
    this._m.edit();
    if (args.length >= 3) {
      const value = conv(args[2]);
      this._forRange(args[0], args[1], (t, s, e) => t._setAttrRange(s, e, { [key]: value }));
    } else {
      const value = conv(args[0]);
      for (const t of this._targets()) t._setAttrRange(0, t._str().length - 1, { [key]: value });
    }
    return this._p;
  }
  _get(key: string, offset?: number): unknown {
    if (offset == null) return uniform(this._targets(), key);
    const o = num(offset, 'offset');
    for (const seg of this._segments()) {
      if (seg.node && o >= seg.start && o < seg.start + seg.text.length) {
        return seg.node._chars()[o - seg.start].a[key] ?? null;
      }
    }
    throw gasError(`Invalid argument: offset (${o})`);
  }
  _str(): string {
    return this._runs.map((r) => r.t).join('');
  }
  _chars(): Run[] {
    return this._runs.flatMap((r) => [...r.t].map((c) => ({ t: c, a: r.a })));
  }
  _fromChars(chars: Run[]): void {
    this._runs = chars.map((c) => ({ t: c.t, a: c.a }));
    this._normalise();
  }
  _normalise(): void {
    const out: Run[] = [];
    for (const r of this._runs) {
      const last = out[out.length - 1];
      if (last && sameAttrs(last.a, r.a)) last.t += r.t;
      else if (r.t || !out.length) out.push({ t: r.t, a: r.a });
    }
    if (out.length > 1 && !out[0].t) out.shift();
    this._runs = out;
  }
  _setAttrRange(start: number, end: number, attrs: Attrs): void {
    if (end < start || !Object.keys(attrs).length) return;
    const chars = this._chars().map((c, i) => (i >= start && i <= end ? { t: c.t, a: { ...c.a, ...attrs } } : c));
    this._fromChars(chars);
  }
  _replace(searchPattern: string, replacement: string): void {
    const re = new RegExp(String(searchPattern), 'g');
    const chars = this._chars();
    const s = this._str();
    const out: Run[] = [];
    let last = 0;
    for (const m of s.matchAll(re)) {
      const at = m.index ?? 0;
      if (m[0] === '' && at === last && at > 0) continue;
      out.push(...chars.slice(last, at));
      const attrs = chars[at]?.a ?? chars[at - 1]?.a ?? {};
      const rep = m[0].replace(new RegExp(re.source), String(replacement));
      out.push(...[...rep].map((c) => ({ t: c, a: attrs })));
      last = at + m[0].length;
    }
    if (last === 0 && out.length === 0) return;
    out.push(...chars.slice(last));
    this._fromChars(out);
  }
  _texts(): TextEl[] {
    return this._host ? this._host._texts() : [this._p];
  }
  _plainText(): string {
    return this._str();
  }
  _clone(): any {
    if (this._host) return this._host._clone().editAsText();
    const copy: TextEl = new TextEl(this._rt, this._m, null, '');
    copy._runs = this._runs.map((r) => ({ t: r.t, a: { ...r.a } }));
    return copy;
  }
  _inline(): InlineNode {
    return { kind: 'text', runs: this._runs.filter((r) => r.t).map((r) => runNode(r)) };
  }
}

function runNode(r: Run): RunNode {
  const a = r.a;
  const n: RunNode = { text: r.t };
  if (a.BOLD != null) n.bold = !!a.BOLD;
  if (a.ITALIC != null) n.italic = !!a.ITALIC;
  if (a.UNDERLINE != null) n.underline = !!a.UNDERLINE;
  if (a.STRIKETHROUGH != null) n.strikethrough = !!a.STRIKETHROUGH;
  if (a.FONT_SIZE != null) n.fontSize = Number(a.FONT_SIZE);
  if (a.FONT_FAMILY != null) n.fontFamily = String(a.FONT_FAMILY);
  if (a.FOREGROUND_COLOR != null) n.color = String(a.FOREGROUND_COLOR);
  if (a.BACKGROUND_COLOR != null) n.highlight = String(a.BACKGROUND_COLOR);
  if (a.LINK_URL != null) n.link = String(a.LINK_URL);
  return n;
}

/** RangeElement: what findText / findElement return. */
export class RangeElement {
  constructor(_rt: Runtime, private readonly _el: any, private readonly _start: number, private readonly _end: number) {
    return service(_rt, 'RangeElement', this);
  }
  getElement(): any { return this._el; }
  getStartOffset(): number { return this._start; }
  getEndOffsetInclusive(): number { return this._end; }
  isPartial(): boolean { return this._start >= 0; }
  _getElement(): any { return this._el; }
  _startOffset(): number { return this._start; }
}

function findIn(rt: Runtime, texts: TextEl[], pattern: string, from?: any): any {
  const re = new RegExp(String(pattern), 'g');
  let started = !from;
  for (const t of texts) {
    const s = t._str();
    let minStart = 0;
    if (!started) {
      if (from._getElement() !== t._p) continue;
      started = true;
      minStart = from._startOffset() + 1;
    }
    re.lastIndex = 0;
    for (const m of s.matchAll(re)) {
      if ((m.index ?? 0) < minStart || m[0] === '') continue;
      return new RangeElement(rt, t._p, m.index ?? 0, (m.index ?? 0) + m[0].length - 1);
    }
  }
  return null;
}

export class InlineImage extends Element {
  readonly _type = 'INLINE_IMAGE';
  _bytes: Buffer;
  _contentType: string;
  _name: string | null;
  _alt = { title: null as string | null, description: null as string | null };

  constructor(rt: Runtime, m: DocModel, bytes: Buffer, contentType: string, name: string | null) {
    super(rt, m);
    this._bytes = bytes;
    this._contentType = contentType;
    this._name = name;
    const size = imageSize(bytes);
    if (!size) throw gasError('Invalid image data.');
    this._attrs.WIDTH = size.width;
    this._attrs.HEIGHT = size.height;
    return wrap(this, 'InlineImage');
  }
  getWidth(): number { return this._attrs.WIDTH as number; }
  getHeight(): number { return this._attrs.HEIGHT as number; }
  setWidth(width: number): any {
    this._m.edit();
    this._attrs.WIDTH = Math.round(num(width, 'width'));
    return this._p;
  }
  setHeight(height: number): any {
    this._m.edit();
    this._attrs.HEIGHT = Math.round(num(height, 'height'));
    return this._p;
  }
  getBlob(): Blob {
    return new Blob(this._rt, this._bytes, this._contentType, this._name);
  }
  getAs(contentType: string): Blob {
    if (contentType !== this._contentType) throw gasError(`Converting from ${this._contentType} to ${contentType} is not supported.`);
    return this.getBlob();
  }
  getAltTitle(): string | null { return this._alt.title; }
  getAltDescription(): string | null { return this._alt.description; }
  setAltTitle(t: string): any { this._m.edit(); this._alt.title = String(t); return this._p; }
  setAltDescription(d: string): any { this._m.edit(); this._alt.description = String(d); return this._p; }
  getLinkUrl(): string | null { return (this._attrs.LINK_URL as string) ?? null; }
  setLinkUrl(url: string | null): any { this._m.edit(); this._attrs.LINK_URL = url; return this._p; }
  _attributeKeys(): readonly string[] {
    return IMAGE_ATTRS;
  }
  _clone(): any {
    const copy: InlineImage = new InlineImage(this._rt, this._m, this._bytes, this._contentType, this._name);
    copy._attrs = { ...this._attrs };
    return copy;
  }
  _inline(): InlineNode {
    return {
      kind: 'image', bytes: this._bytes, contentType: this._contentType,
      width: Number(this._attrs.WIDTH), height: Number(this._attrs.HEIGHT),
    };
  }
}

function makeImage(rt: Runtime, m: DocModel, image: unknown): InlineImage {
  if (isElement(image) && (image as Element)._type === 'INLINE_IMAGE') return (image as InlineImage)._clone();
  const source = image as { _bytes?: unknown; getBytes?: unknown; getBlob?: () => unknown };
  if (source && !source._bytes && typeof source.getBytes !== 'function' && typeof source.getBlob === 'function') {
    // A BlobSource (an embedded chart, a Drive file) stands for its blob, as in Apps Script.
    image = source.getBlob();
  }
  const blob = image as { _contentType?: string | null; _name?: string | null; getContentType?: () => string };
  const bytes = blobBytes(image);
  const type = blob._contentType ?? (bytes[0] === 0x89 ? 'image/png' : bytes[0] === 0xff ? 'image/jpeg' : 'image/gif');
  return new InlineImage(rt, m, bytes, type, blob._name ?? null);
}

export class PageBreak extends Element {
  readonly _type = 'PAGE_BREAK';
  constructor(rt: Runtime, m: DocModel) {
    super(rt, m);
    return wrap(this, 'PageBreak');
  }
  _clone(): any {
    return new PageBreak(this._rt, this._m);
  }
  _inline(): InlineNode {
    return { kind: 'pageBreak' };
  }
}

export class HorizontalRule extends Element {
  readonly _type = 'HORIZONTAL_RULE';
  constructor(rt: Runtime, m: DocModel) {
    super(rt, m);
    return wrap(this, 'HorizontalRule');
  }
  _clone(): any {
    return new HorizontalRule(this._rt, this._m);
  }
  _inline(): InlineNode {
    return { kind: 'horizontalRule' };
  }
}

/** The Document object: one per open; the content lives in the shared DocModel. */
export class Document {
  constructor(readonly _rt: Runtime, readonly _m: DocModel, private readonly _drive: DriveLink) {
    return service(_rt, 'Document', this);
  }
  getId(): string { return this._m.id; }
  getName(): string { return this._m.record.name; }
  setName(name: string): any {
    this._m.edit();
    this._m.record.name = String(name);
    this._m.name = String(name);
    return this;
  }
  getUrl(): string { return `https://docs.google.com/document/d/${this._m.id}/edit`; }
  getBody(): any { return this._m.body; }
  getHeader(): any { return this._m.header; }
  getFooter(): any { return this._m.footer; }
  addHeader(): any {
    if (this._m.header) throw gasError('Document tab already contains a header.');
    this._m.edit();
    this._m.header = new HeaderSection(this._rt, this._m);
    return this._m.header;
  }
  addFooter(): any {
    if (this._m.footer) throw gasError('Document tab already contains a footer.');
    this._m.edit();
    this._m.footer = new FooterSection(this._rt, this._m);
    return this._m.footer;
  }
  saveAndClose(): void {
    if (!this._m.closed) this._m.save();
    this._m.closed = true;
  }
  getAs(contentType: string): Blob {
    return this._drive.render(this._m.record, contentType);
  }
  getBlob(): Blob {
    return this._drive.render(this._m.record, 'application/pdf');
  }
  getLanguage(): string { return this._m.language; }
  setLanguage(code: string): any { this._m.language = String(code); return this; }
  getCursor(): null { return null; }
  getSelection(): null { return null; }
  getFootnotes(): any[] { return []; }
  getNamedRanges(): any[] { return []; }
  getEditors(): any[] { return this._drive.users(this._m.record, 'editors'); }
  getViewers(): any[] { return this._drive.users(this._m.record, 'viewers'); }
  addEditor(emailAddress: string): any { this._drive.share(this._m.record, 'editors', emailAddress); return this; }
  addViewer(emailAddress: string): any { this._drive.share(this._m.record, 'viewers', emailAddress); return this; }
  addEditors(emails: string[]): any { for (const e of emails) this._drive.share(this._m.record, 'editors', e); return this; }
  addViewers(emails: string[]): any { for (const e of emails) this._drive.share(this._m.record, 'viewers', e); return this; }
  removeEditor(emailAddress: string): any { this._m.record.editors.delete(String(emailAddress)); return this; }
  removeViewer(emailAddress: string): any { this._m.record.viewers.delete(String(emailAddress)); return this; }
  /** Emulator-only: the current (unsaved included) content as a plain tree for the exporters. */
  _tree(): DocTree {
    return this._m.tree();
  }
}

/** What the Docs side needs from Drive: rendering a record and sharing it. */
export interface DriveLink {
  render(record: FileRecord, contentType: string): Blob;
  users(record: FileRecord, kind: 'editors' | 'viewers'): any[];
  share(record: FileRecord, kind: 'editors' | 'viewers', email: string): void;
  newRecord(name: string, mimeType: string): FileRecord;
}

export class DocumentApp {
  readonly ParagraphHeading = ParagraphHeading;
  readonly HorizontalAlignment = HorizontalAlignment;
  readonly VerticalAlignment = VerticalAlignment;
  readonly Attribute = Attribute;
  readonly ElementType = ElementType;
  readonly GlyphType = GlyphType;
  readonly TextAlignment = TextAlignment;
  readonly FontFamily = FontFamily;
  readonly _models = new Map<string, DocModel>();

  constructor(readonly _rt: Runtime, private readonly _drive: DriveLink) {
    // Apps Script saves every open document when the execution ends.
    _rt.endOfExecution.push(() => {
      for (const m of this._models.values()) if (m.dirty && !m.closed) m.save();
    });
    return service(_rt, 'DocumentApp', this);
  }
  create(name: string): any {
    if (name == null || String(name) === '') throw gasError('Invalid argument: name');
    const record = this._drive.newRecord(String(name), DOCUMENT_MIME);
    const m = new DocModel(this._rt, record.id, record.name);
    m.record = record;
    m.body = new Body(this._rt, m);
    m.save();
    m.dirty = false;
    record.native = m;
    record.render = (mimeType: string) => renderDocument(m, mimeType);
    this._models.set(record.id, m);
    return new Document(this._rt, m, this._drive);
  }
  openById(id: string): any {
    const m = this._models.get(String(id));
    const rec = this._rt.files.get(String(id));
    if (!m || !rec || rec.trashed) {
      throw gasError(`Document ${id} is missing (perhaps it was deleted, or you don't have read access?)`);
    }
    m.closed = false;
    return new Document(this._rt, m, this._drive);
  }
  openByUrl(url: string): any {
    const match = /\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
    if (!match) throw gasError(`Invalid argument: url`);
    return this.openById(match[1]);
  }
  getActiveDocument(): any {
    return this._rt.activeDocument ?? null;
  }
  getUi(): any {
    return this._rt.ui;
  }
  /** Emulator-only: clones a document's model for DriveApp's makeCopy. */
  _copyModel(source: DocModel, record: FileRecord): void {
    const m = new DocModel(this._rt, record.id, record.name);
    m.record = record;
    m.body = new Body(this._rt, m);
    m.body._children = [];
    for (const c of source.body._children) {
      const copy = c._clone();
      rehome(copy, m);
      m.body._children.push(copy);
      copy._parent = m.body._p;
    }
    m.body._pageAttrs = { ...source.body._pageAttrs };
    m.saved = JSON.parse(JSON.stringify({ ...source.saved, title: record.name }), (k, v) =>
      v && v.type === 'Buffer' && Array.isArray(v.data) ? Buffer.from(v.data) : v);
    m.dirty = false;
    record.native = m;
    record.render = (mimeType: string) => renderDocument(m, mimeType);
    this._models.set(record.id, m);
  }
}

function rehome(el: any, m: DocModel): void {
  (el as { _m: DocModel })._m !== m && Object.defineProperty(el, '_m', { value: m });
  if (el._children) for (const c of el._children) rehome(c, m);
}

/** Drive's export of a document: the last saved state, as Google's converter sees it. */
function renderDocument(m: DocModel, mimeType: string): { bytes: Buffer; contentType: string; name: string } {
  if (mimeType === 'application/pdf') {
    return { bytes: documentToPdf(m.saved), contentType: 'application/pdf', name: `${m.record.name}.pdf` };
  }
  if (mimeType === 'text/plain') {
    const text = m.saved.body
      .map((b) => (b.kind === 'paragraph' ? b.inlines.map((i) => (i.kind === 'text' ? i.runs.map((r) => r.text).join('') : '')).join('') : ''))
      .join('\n');
    return { bytes: Buffer.from(text, 'utf8'), contentType: 'text/plain', name: `${m.record.name}.txt` };
  }
  throw gasError(`Converting from ${DOCUMENT_MIME} to ${mimeType} is not supported.`);
}
