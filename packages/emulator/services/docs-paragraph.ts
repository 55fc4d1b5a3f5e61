// DocumentApp's Paragraph and ListItem.
import type { Runtime } from '../runtime';
import { type EnumValue, enumName, gasError } from './common';
import type { InlineNode, ParagraphNode } from './docs-tree';
import {
  type Attrs,
  GlyphType,
  HorizontalAlignment,
  LIST_ATTRS,
  PARAGRAPH_ATTRS,
  ParagraphHeading,
  TEXT_ATTRS,
  num,
  pick,
} from './docs-enums';
import type { DocModel } from './docs-model';
import { type Element, wrap } from './docs-element';
import { TextEl, uniform } from './docs-text';
import { Container } from './docs-container';
import { HorizontalRule, PageBreak, makeImage } from './docs-inline';

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
    this._attrs.HORIZONTAL_ALIGNMENT =
      alignment == null ? null : HorizontalAlignment[enumName(HorizontalAlignment, alignment, 'alignment')];
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
    if (this._rt.quirk('no-merge-last-paragraph') && this._parent && !this.getNextSibling()) {
      throw gasError("Can't remove the last paragraph in a document section.");
    }
    for (const c of [...this._children]) {
      this._remove(c);
      prev._insert(prev._children.length, c);
    }
    this._parent!._remove(this._p);
    return prev;
  }
  setSpacingBefore(v: number): any {
    return this._setNum('SPACING_BEFORE', v);
  }
  getSpacingBefore(): number | null {
    return (this._attrs.SPACING_BEFORE as number) ?? null;
  }
  setSpacingAfter(v: number): any {
    return this._setNum('SPACING_AFTER', v);
  }
  getSpacingAfter(): number | null {
    return (this._attrs.SPACING_AFTER as number) ?? null;
  }
  setLineSpacing(v: number): any {
    return this._setNum('LINE_SPACING', v);
  }
  getLineSpacing(): number | null {
    return (this._attrs.LINE_SPACING as number) ?? null;
  }
  setIndentStart(v: number): any {
    return this._setNum('INDENT_START', v);
  }
  getIndentStart(): number | null {
    return (this._attrs.INDENT_START as number) ?? null;
  }
  setIndentEnd(v: number): any {
    return this._setNum('INDENT_END', v);
  }
  getIndentEnd(): number | null {
    return (this._attrs.INDENT_END as number) ?? null;
  }
  setIndentFirstLine(v: number): any {
    return this._setNum('INDENT_FIRST_LINE', v);
  }
  getIndentFirstLine(): number | null {
    return (this._attrs.INDENT_FIRST_LINE as number) ?? null;
  }
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
    const keep = first?._runs.length ? { ...first._runs[0].a } : {};
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
  /** An editAsText() view walks a paragraph as one paragraph, never into it. */
  _textParagraphs(): Element[] {
    return [this._p];
  }
  _setTextAsHost(text: string): void {
    this._setText(text);
  }
  _appendTextToEmptyHost(text: string): void {
    this._setText(text);
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
      ...(a.KEEP_WITH_NEXT != null ? { keepWithNext: !!a.KEEP_WITH_NEXT } : {}),
      ...(a.KEEP_LINES_TOGETHER != null ? { keepLinesTogether: !!a.KEEP_LINES_TOGETHER } : {}),
      ...(a.HEADING_ID ? { headingId: String(a.HEADING_ID) } : {}),
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
    if (listItem?._type !== 'LIST_ITEM') throw gasError('Invalid argument: listItem');
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
