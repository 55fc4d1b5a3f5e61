// DocumentApp's Text (a Text element, or the editAsText() view over a container), and findText.
import type { Runtime } from '../runtime';
import { type EnumValue, gasError } from './common';
import type { InlineNode, RunNode } from './docs-tree';
import { type Attrs, TEXT_ATTRS, TextAlignment, checkColor, num, pick, readAttributes } from './docs-enums';
import type { DocModel } from './docs-model';
import { Element, RangeElement, type Run, type TextLeaf, wrap } from './docs-element';

/**
 * The container an editAsText() view stands over: Container (docs-container.ts) is one. Setting
 * or appending text through the view is the container's own business (a paragraph takes the
 * text, a section starts over with one paragraph, other containers refuse).
 */
export interface TextHost extends Element {
  _setTextAsHost(text: string): void;
  _appendTextToEmptyHost(text: string): void;
}

function sameAttrs(a: Attrs, b: Attrs): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  return true;
}

export function uniform(texts: TextLeaf[], key: string): unknown {
  let seen: unknown;
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
export class TextEl extends Element implements TextLeaf {
  readonly _type = 'TEXT';
  _runs: Run[];

  constructor(
    rt: Runtime,
    m: DocModel,
    readonly _host: TextHost | null,
    text = '',
  ) {
    super(rt, m);
    this._runs = _host ? [] : [{ t: text, a: {} }];
    return wrap(this, 'Text');
  }

  getText(): string {
    return this._segments()
      .map((s) => s.text)
      .join('');
  }
  setText(text: unknown): any {
    this._m.edit();
    const s = String(text ?? '');
    if (!this._host) {
      const keep = this._runs[0] ? { ...this._runs[0].a } : {};
      this._runs = [{ t: s, a: keep }];
    } else {
      this._host._setTextAsHost(s);
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
      else this._host._appendTextToEmptyHost(s);
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
  setBold(...args: unknown[]): any {
    return this._style('BOLD', args, (v) => (v == null ? null : !!v));
  }
  setItalic(...args: unknown[]): any {
    return this._style('ITALIC', args, (v) => (v == null ? null : !!v));
  }
  setUnderline(...args: unknown[]): any {
    return this._style('UNDERLINE', args, (v) => (v == null ? null : !!v));
  }
  setStrikethrough(...args: unknown[]): any {
    return this._style('STRIKETHROUGH', args, (v) => (v == null ? null : !!v));
  }
  setFontSize(...args: unknown[]): any {
    return this._style('FONT_SIZE', args, (v) => (v == null ? null : num(v, 'size')));
  }
  setFontFamily(...args: unknown[]): any {
    return this._style('FONT_FAMILY', args, (v) => (v == null ? null : String(v)));
  }
  setForegroundColor(...args: unknown[]): any {
    return this._style('FOREGROUND_COLOR', args, checkColor);
  }
  setBackgroundColor(...args: unknown[]): any {
    return this._style('BACKGROUND_COLOR', args, checkColor);
  }
  setLinkUrl(...args: unknown[]): any {
    return this._style('LINK_URL', args, (v) => (v == null ? null : String(v)));
  }
  isBold(offset?: number): boolean | null {
    return this._get('BOLD', offset) as boolean | null;
  }
  isItalic(offset?: number): boolean | null {
    return this._get('ITALIC', offset) as boolean | null;
  }
  isUnderline(offset?: number): boolean | null {
    return this._get('UNDERLINE', offset) as boolean | null;
  }
  isStrikethrough(offset?: number): boolean | null {
    return this._get('STRIKETHROUGH', offset) as boolean | null;
  }
  getFontSize(offset?: number): number | null {
    return this._get('FONT_SIZE', offset) as number | null;
  }
  getFontFamily(offset?: number): string | null {
    return this._get('FONT_FAMILY', offset) as string | null;
  }
  getForegroundColor(offset?: number): string | null {
    return this._get('FOREGROUND_COLOR', offset) as string | null;
  }
  getBackgroundColor(offset?: number): string | null {
    return this._get('BACKGROUND_COLOR', offset) as string | null;
  }
  getLinkUrl(offset?: number): string | null {
    return this._get('LINK_URL', offset) as string | null;
  }
  getAttributes(offset?: number): Attrs {
    const out: Attrs = {};
    for (const k of TEXT_ATTRS) out[k] = this._get(k, offset);
    return out;
  }
  setAttributes(...args: unknown[]): any {
    this._m.edit();
    if (args.length >= 3) {
      this._setAttrRange(
        num(args[0], 'startOffset'),
        num(args[1], 'endOffsetInclusive'),
        pick(readAttributes(args[2]), TEXT_ATTRS),
      );
    } else {
      const attrs = readAttributes(args[0]);
      if (this._host) this._host._applyAttributes(attrs);
      else this._setAttrRange(0, this._str().length - 1, pick(attrs, TEXT_ATTRS));
    }
    return this._p;
  }
  getTextAttributeIndices(): number[] {
    const out: number[] = [];
    let _pos = 0;
    for (const seg of this._segments()) {
      if (seg.node) {
        let p = seg.start;
        for (const r of seg.node._runs) {
          if (r.t) out.push(p);
          p += r.t.length;
        }
      }
      _pos += seg.text.length;
    }
    return out.length ? out : [0];
  }
  getTextAlignment(): EnumValue {
    return TextAlignment.NORMAL;
  }
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
    if (prev?._type !== 'TEXT') throw gasError('Element cannot be merged.');
    prev._runs.push(...this._runs.map((r) => ({ t: r.t, a: { ...r.a } })));
    prev._normalise();
    this._parent!._remove(this._p);
    return prev;
  }

  /** The Text elements this Text (or view) stands for. */
  _targets(): TextLeaf[] {
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
  _segments(): Array<{ node: TextLeaf | null; start: number; text: string }> {
    if (!this._host) return [{ node: this._p, start: 0, text: this._str() }];
    const out: Array<{ node: TextLeaf | null; start: number; text: string }> = [];
    let pos = 0;
    const paragraphs = this._host._textParagraphs();
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
  _forRange(start: unknown, end: unknown, fn: (t: TextLeaf, s: number, e: number) => void): void {
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
  _texts(): TextLeaf[] {
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

/** findText: the first match of `pattern` in `texts` after the RangeElement `from`, as a RangeElement. */
export function findIn(rt: Runtime, texts: TextLeaf[], pattern: string, from?: any): any {
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
