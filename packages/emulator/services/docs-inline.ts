// DocumentApp's InlineImage, PageBreak and HorizontalRule: the non-text elements a paragraph holds.
import type { Runtime } from '../runtime';
import { Blob, blobBytes } from '../blob';
import { gasError } from './common';
import { type InlineNode, imageSize } from './docs-tree';
import { IMAGE_ATTRS, num } from './docs-enums';
import type { DocModel } from './docs-model';
import { Element, isElement, wrap } from './docs-element';

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
  getWidth(): number {
    return this._attrs.WIDTH as number;
  }
  getHeight(): number {
    return this._attrs.HEIGHT as number;
  }
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
    if (contentType !== this._contentType)
      throw gasError(`Converting from ${this._contentType} to ${contentType} is not supported.`);
    return this.getBlob();
  }
  getAltTitle(): string | null {
    return this._alt.title;
  }
  getAltDescription(): string | null {
    return this._alt.description;
  }
  setAltTitle(t: string): any {
    this._m.edit();
    this._alt.title = String(t);
    return this._p;
  }
  setAltDescription(d: string): any {
    this._m.edit();
    this._alt.description = String(d);
    return this._p;
  }
  getLinkUrl(): string | null {
    return (this._attrs.LINK_URL as string) ?? null;
  }
  setLinkUrl(url: string | null): any {
    this._m.edit();
    this._attrs.LINK_URL = url;
    return this._p;
  }
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
      kind: 'image',
      bytes: this._bytes,
      contentType: this._contentType,
      width: Number(this._attrs.WIDTH),
      height: Number(this._attrs.HEIGHT),
    };
  }
}

export function makeImage(rt: Runtime, m: DocModel, image: unknown): InlineImage {
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

/**
 * A page number or page count field: DocumentApp cannot touch it ("UnsupportedElement: An element
 * representing a region that is unknown or cannot be affected by a script, such as a page
 * number", https://developers.google.com/apps-script/reference/document/unsupported-element); the
 * Docs API reads it as AutoText. It comes in only through a converted .docx (drive-convert.ts).
 */
export class UnsupportedElement extends Element {
  readonly _type = 'UNSUPPORTED';
  constructor(
    rt: Runtime,
    m: DocModel,
    readonly _autoText: 'PAGE_NUMBER' | 'PAGE_COUNT',
  ) {
    super(rt, m);
    return wrap(this, 'UnsupportedElement');
  }
  _clone(): any {
    return new UnsupportedElement(this._rt, this._m, this._autoText);
  }
  _inline(): InlineNode {
    return { kind: 'autoText', type: this._autoText };
  }
}
