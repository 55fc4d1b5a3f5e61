// DocumentApp's Body, HeaderSection and FooterSection: the sections of a document.
import type { Runtime } from '../runtime';
import { enumName, gasError } from './common';
import type { PageSetup } from './docs-tree';
import { type Attrs, ParagraphHeading, SECTION_ATTRS, TEXT_ATTRS, num, pick } from './docs-enums';
import { type DocModel, defaultPage } from './docs-model';
import { wrap } from './docs-element';
import { Paragraph } from './docs-paragraph';
import { Section } from './docs-section';
import { Table } from './docs-table';

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
  getMarginTop(): number {
    return this._pageAttrs.marginTop;
  }
  getMarginBottom(): number {
    return this._pageAttrs.marginBottom;
  }
  getMarginLeft(): number {
    return this._pageAttrs.marginLeft;
  }
  getMarginRight(): number {
    return this._pageAttrs.marginRight;
  }
  getPageWidth(): number {
    return this._pageAttrs.width;
  }
  getPageHeight(): number {
    return this._pageAttrs.height;
  }
  setMarginTop(v: number): any {
    return this._setPage('marginTop', v);
  }
  setMarginBottom(v: number): any {
    return this._setPage('marginBottom', v);
  }
  setMarginLeft(v: number): any {
    return this._setPage('marginLeft', v);
  }
  setMarginRight(v: number): any {
    return this._setPage('marginRight', v);
  }
  setPageWidth(v: number): any {
    return this._setPage('width', v);
  }
  setPageHeight(v: number): any {
    return this._setPage('height', v);
  }
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
      MARGIN_TOP: 'marginTop',
      MARGIN_BOTTOM: 'marginBottom',
      MARGIN_LEFT: 'marginLeft',
      MARGIN_RIGHT: 'marginRight',
      PAGE_WIDTH: 'width',
      PAGE_HEIGHT: 'height',
    };
    for (const [k, key] of Object.entries(map)) if (attrs[k] != null) this._pageAttrs[key] = num(attrs[k], k);
    for (const t of this._texts()) t._setAttrRange(0, t._str().length - 1, pick(attrs, TEXT_ATTRS));
  }
  getAttributes(): Attrs {
    const p = this._pageAttrs;
    return {
      MARGIN_TOP: p.marginTop,
      MARGIN_BOTTOM: p.marginBottom,
      MARGIN_LEFT: p.marginLeft,
      MARGIN_RIGHT: p.marginRight,
      PAGE_WIDTH: p.width,
      PAGE_HEIGHT: p.height,
    };
  }
  _page(): PageSetup {
    return { ...this._pageAttrs };
  }
  _newTable(): Table {
    return new Table(this._rt, this._m);
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
  _newTable(): Table {
    return new Table(this._rt, this._m);
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
  _newTable(): Table {
    return new Table(this._rt, this._m);
  }
  _clone(): any {
    throw gasError('FooterSection cannot be copied.');
  }
}
