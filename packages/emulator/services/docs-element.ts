// DocumentApp's Element, ContainerElement and RangeElement, and the DocModel one document's elements share.
import { Runtime, service, FileRecord } from '../runtime';
import { EnumValue, enumName, gasError } from './common';
import { DocTree, PageSetup, ParagraphNode } from './docs-tree';
import {
  Attrs, Body, ElementType, FooterSection, HeaderSection, Section, TextEl, num, pick, readAttributes,
} from './docs-internal';

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

export function defaultPage(rt: Runtime): PageSetup {
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
export function wrap<T extends Element>(el: T, className: string): T {
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

export function isElement(v: unknown): boolean {
  return v != null && typeof v === 'object' && (v as Element)._m instanceof DocModel;
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

export function findIn(rt: Runtime, texts: TextEl[], pattern: string, from?: any): any {
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
