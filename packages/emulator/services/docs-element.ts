// DocumentApp's Element (what every element shares) and RangeElement, and the wrap that makes an element a counted proxy.
import { type Runtime, service } from '../runtime';
import { type EnumValue, gasError } from './common';
import { type Attrs, ElementType, pick, readAttributes } from './docs-enums';
import { DocModel } from './docs-model';

/**
 * What an element sees of the container holding it: Container (docs-container.ts) is one. A
 * section refuses to give up its last paragraph, so removeFromParent goes through _detach.
 */
export interface ParentElement extends Element {
  _children: any[];
  _remove(child: any): void;
  _detach(child: any): void;
}

/** A run of text with one set of attributes. */
export interface Run {
  t: string;
  a: Attrs;
}

/** A Text element as the elements around it use it: TextEl (docs-text.ts) is the one. */
export interface TextLeaf extends Element {
  _runs: Run[];
  _str(): string;
  _chars(): Run[];
  _fromChars(chars: Run[]): void;
  _append(s: string): void;
  _insertAt(offset: number, s: string): void;
  _setAttrRange(start: number, end: number, attrs: Attrs): void;
  _replace(searchPattern: string, replacement: string): void;
}

/** Wraps an element in the counting proxy and remembers the proxy as the element's identity. */
export function wrap<T extends Element>(el: T, className: string): T {
  const p = service(el._rt, className, el);
  el._p = p;
  return p;
}

const CAST_TYPES: Record<string, string> = {
  asBody: 'BODY_SECTION',
  asFooterSection: 'FOOTER_SECTION',
  asHeaderSection: 'HEADER_SECTION',
  asHorizontalRule: 'HORIZONTAL_RULE',
  asInlineImage: 'INLINE_IMAGE',
  asListItem: 'LIST_ITEM',
  asPageBreak: 'PAGE_BREAK',
  asParagraph: 'PARAGRAPH',
  asTable: 'TABLE',
  asTableCell: 'TABLE_CELL',
  asTableRow: 'TABLE_ROW',
  asText: 'TEXT',
};

/** What every document element shares (getType, getParent, siblings, removeFromParent …). */
export abstract class Element {
  _p!: any;
  _parent: ParentElement | null = null;
  _attrs: Attrs = {};
  abstract readonly _type: string;

  constructor(
    readonly _rt: Runtime,
    /** The document the element belongs to; an element copied from another document takes its new one's on insertion. */
    public _m: DocModel,
  ) {}

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
    if (this._parent) this._parent._detach(this._p);
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
  asBody(): any {
    return this._cast('asBody');
  }
  asFooterSection(): any {
    return this._cast('asFooterSection');
  }
  asHeaderSection(): any {
    return this._cast('asHeaderSection');
  }
  asHorizontalRule(): any {
    return this._cast('asHorizontalRule');
  }
  asInlineImage(): any {
    return this._cast('asInlineImage');
  }
  asListItem(): any {
    return this._cast('asListItem');
  }
  asPageBreak(): any {
    return this._cast('asPageBreak');
  }
  asParagraph(): any {
    return this._cast('asParagraph');
  }
  asTable(): any {
    return this._cast('asTable');
  }
  asTableCell(): any {
    return this._cast('asTableCell');
  }
  asTableRow(): any {
    return this._cast('asTableRow');
  }
  asText(): any {
    return this._cast('asText');
  }

  abstract _clone(): any;
  /** The Text elements below this one, in document order. */
  _texts(): TextLeaf[] {
    return [];
  }
  _plainText(): string {
    return '';
  }
  /** The paragraphs below this element, in document order, as an editAsText() view walks them. */
  _textParagraphs(): Element[] {
    return [];
  }
}

export function isElement(v: unknown): boolean {
  return v != null && typeof v === 'object' && (v as Element)._m instanceof DocModel;
}

/** RangeElement: what findText / findElement return. */
export class RangeElement {
  constructor(
    _rt: Runtime,
    private readonly _el: any,
    private readonly _start: number,
    private readonly _end: number,
  ) {
    return service(_rt, 'RangeElement', this);
  }
  getElement(): any {
    return this._el;
  }
  getStartOffset(): number {
    return this._start;
  }
  getEndOffsetInclusive(): number {
    return this._end;
  }
  isPartial(): boolean {
    return this._start >= 0;
  }
  _getElement(): any {
    return this._el;
  }
  _startOffset(): number {
    return this._start;
  }
}
