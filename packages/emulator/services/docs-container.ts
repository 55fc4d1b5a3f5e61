// DocumentApp's ContainerElement: what sections, table parts and paragraphs share (children, editAsText,
// findText, findElement, replaceText).
import { enumName, gasError } from './common';
import { ElementType, num } from './docs-enums';
import { Element, type ParentElement, RangeElement, type TextLeaf } from './docs-element';
import { TextEl, type TextHost, findIn } from './docs-text';

/** Elements that hold children: sections, table parts, paragraphs. */
export abstract class Container extends Element implements ParentElement, TextHost {
  _children: any[] = [];

  getNumChildren(): number {
    return this._children.length;
  }
  getChild(childIndex: number): any {
    const i = num(childIndex, 'childIndex');
    const c = this._children[i];
    if (!c)
      throw gasError(`Child index (${i}) must be less than the number of child elements (${this._children.length}).`);
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
      throw gasError(
        `Child index (${i}) must not be greater than the number of child elements (${this._children.length}).`,
      );
    }
    this._children.splice(i, 0, child);
    child._parent = this._p;
    // An element copied from another document (body.appendParagraph(other.getChild(i).copy()), the
    // usual way to copy content between Docs) now belongs to this one: its edits are this one's.
    if (child._m !== this._m) rehome(child, this._m);
    return child;
  }
  _texts(): TextLeaf[] {
    return this._children.flatMap((c: Element) => c._texts());
  }
  _plainText(): string {
    return this._children.map((c: Element) => c._plainText()).join('\n');
  }
  _cloneChildrenInto(target: Container): void {
    for (const c of this._children) target._children.push(c._clone());
    for (const c of target._children) c._parent = target._p;
  }
  /** removeFromParent of a child: a plain removal here; sections keep their last paragraph (docs-section.ts). */
  _detach(child: any): void {
    this._remove(child);
  }
  _textParagraphs(): Element[] {
    return this._children.flatMap((c: Element) => c._textParagraphs());
  }
  /** Text.setText on this container's editAsText() view (Paragraph and Section override it). */
  _setTextAsHost(_text: string): void {
    throw gasError('not emulated: Text.setText on this element');
  }
  /** Text.appendText on the view of this container when it holds no Text yet (Paragraph overrides it). */
  _appendTextToEmptyHost(_text: string): void {
    throw gasError('not emulated: Text.appendText on an empty container');
  }
}

/** Moves an element and everything inside it to another document model. */
function rehome(el: any, m: Element['_m']): void {
  el._m = m;
  for (const c of el._children ?? []) rehome(c, m);
}
