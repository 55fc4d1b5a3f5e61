// The Docs API's view of a document: the same content DocumentApp's element tree holds
// (docs-*.ts), laid out as the API indexes it. A batchUpdate (docs-api.ts) converts the live
// tree into this plain form, applies its requests to that copy (docs-api-requests.ts) and, only
// when every request succeeded, writes the copy back as new elements: so DocumentApp and the API
// always read one document, and a failed batch changes nothing.
//
// Index layout (https://developers.google.com/docs/api/concepts/structure):
// - indexes count UTF-16 code units ("The zero-based index, in UTF-16 code units", Location.index);
//   a JavaScript string's length is exactly that;
// - the body starts with a section break [0, 1) ("Body.content … the first element is a
//   SectionBreak"); a header's or footer's content starts at 0 ("The indexes for a footer's
//   content begin at zero", Footer.content);
// - a paragraph is its elements then its newline: a text run counts its characters, an inline
//   object, a page break, a horizontal rule or an AutoText counts 1;
// - a table counts 1 at its start, each row 1, each cell 1 plus its content, and 1 at its end.
//   Google documents the start indexes (Table.tableRows[].startIndex, TableCell.startIndex) but
//   no formula; this layout (an empty R×C table at T has row r at T+1+r(2C+1), cell (r,c) at
//   row start+1+2c, its paragraph one further) is what public code relies on, and the
//   conformance check docs.api.insertTable reads it back on Google.
import type { Runtime } from '../runtime';
import { type Attrs, GlyphType } from './docs-enums';
import type { DocModel } from './docs-model';
import { ListItem, Paragraph } from './docs-paragraph';
import { Table, TableCell, TableRow } from './docs-table';
import { TextEl } from './docs-text';

export interface ARun {
  t: 'run';
  text: string;
  /** Text attributes under DocumentApp's names (BOLD, FONT_SIZE, LINK_URL …). */
  a: Attrs;
}
/** An inline object, a page break, a horizontal rule or an AutoText: one index each. */
export interface AObj {
  t: 'obj';
  el: any;
  kind: 'image' | 'pageBreak' | 'horizontalRule' | 'autoText';
}
export type AItem = ARun | AObj;
export interface AList {
  id: string;
  glyph: string;
  level: number;
}
export interface APara {
  k: 'p';
  /** Paragraph attributes under DocumentApp's names, plus KEEP_WITH_NEXT, KEEP_LINES_TOGETHER, HEADING_ID. */
  a: Attrs;
  list: AList | null;
  items: AItem[];
  /** The text style of the paragraph's newline. */
  nl: Attrs;
}
export interface ACell {
  a: Attrs;
  content: ABlock[];
}
export interface ARow {
  a: Attrs;
  cells: ACell[];
}
export interface ATable {
  k: 't';
  a: Attrs;
  widths: Array<number | null>;
  rows: ARow[];
}
export type ABlock = APara | ATable;

/** The segments of one document, as a batch works on them. */
export interface ADoc {
  body: ABlock[];
  header: ABlock[] | null;
  footer: ABlock[] | null;
}

const NEWLINE_KEY = 'NEWLINE_STYLE';

// ---------------------------------------------------------------- from and to the element tree

/** The element tree of a section (its children) in the API's form; nothing of the tree is changed. */
export function fromElements(children: any[]): ABlock[] {
  return children.map((c) => (c._type === 'TABLE' ? tableOf(c) : paraOf(c)));
}

function paraOf(p: any): APara {
  const a: Attrs = { ...p._attrs };
  const nl = (a[NEWLINE_KEY] as Attrs | undefined) ?? {};
  delete a[NEWLINE_KEY];
  const items: AItem[] = [];
  for (const c of p._children) {
    if (c._type === 'TEXT') {
      for (const r of c._runs) if (r.t) items.push({ t: 'run', text: r.t, a: { ...r.a } });
    } else if (c._type === 'INLINE_IMAGE') items.push({ t: 'obj', el: c, kind: 'image' });
    else if (c._type === 'PAGE_BREAK') items.push({ t: 'obj', el: c, kind: 'pageBreak' });
    else if (c._type === 'HORIZONTAL_RULE') items.push({ t: 'obj', el: c, kind: 'horizontalRule' });
    else if (c._type === 'UNSUPPORTED') items.push({ t: 'obj', el: c, kind: 'autoText' });
    else throw new Error(`not emulated: the Docs API view of a ${c._type} inside a paragraph`);
  }
  let list: AList | null = null;
  if (p._type === 'LIST_ITEM') {
    list = { id: String(a.LIST_ID), glyph: String(a.GLYPH_TYPE ?? 'BULLET'), level: Number(a.NESTING_LEVEL ?? 0) };
    delete a.LIST_ID;
    delete a.GLYPH_TYPE;
    delete a.NESTING_LEVEL;
  }
  return { k: 'p', a, list, items, nl: { ...nl } };
}

function tableOf(t: any): ATable {
  return {
    k: 't',
    a: { ...t._attrs },
    widths: [...t._columnWidths],
    rows: t._children.map((r: any) => ({
      a: { ...r._attrs },
      cells: r._children.map((c: any) => ({ a: { ...c._attrs }, content: fromElements(c._children) })),
    })),
  };
}

/** New elements for blocks, children of `parent` (a section proxy). Inline objects move into them. */
export function toElements(rt: Runtime, m: DocModel, blocks: ABlock[], parent: any): any[] {
  const out = blocks.map((b) => (b.k === 't' ? tableElement(rt, m, b) : paraElement(rt, m, b)));
  for (const el of out) el._parent = parent;
  return out;
}

function paraElement(rt: Runtime, m: DocModel, b: APara): any {
  const p: any = b.list ? new ListItem(rt, m, '') : new Paragraph(rt, m, '');
  const a: Attrs = { ...b.a };
  if (b.list) {
    a.LIST_ID = b.list.id;
    a.GLYPH_TYPE = GlyphType[b.list.glyph] ?? GlyphType.BULLET;
    a.NESTING_LEVEL = b.list.level;
  }
  if (Object.keys(b.nl).length) a[NEWLINE_KEY] = { ...b.nl };
  p._attrs = a;
  let text: any = null;
  for (const item of b.items) {
    if (item.t === 'run') {
      if (!text) {
        text = new TextEl(rt, m, null, '');
        text._runs = [];
        p._children.push(text);
        text._parent = p;
      }
      text._runs.push({ t: item.text, a: { ...item.a } });
    } else {
      text = null;
      item.el._parent = p;
      p._children.push(item.el);
    }
  }
  for (const c of p._children) if (c._type === 'TEXT') c._normalise();
  return p;
}

function tableElement(rt: Runtime, m: DocModel, b: ATable): any {
  const t: any = new Table(rt, m);
  t._attrs = { ...b.a };
  t._columnWidths = [...b.widths];
  for (const r of b.rows) {
    const row: any = new TableRow(rt, m);
    row._attrs = { ...r.a };
    for (const c of r.cells) {
      const cell: any = new TableCell(rt, m, '');
      cell._attrs = { ...c.a };
      cell._children = toElements(rt, m, c.content, cell);
      cell._parent = row;
      row._children.push(cell);
    }
    row._parent = t;
    t._children.push(row);
  }
  return t;
}

// ---------------------------------------------------------------- lengths and positions

export function itemLength(i: AItem): number {
  return i.t === 'run' ? i.text.length : 1;
}

export function paraLength(p: APara): number {
  let n = 1;
  for (const i of p.items) n += itemLength(i);
  return n;
}

export function blockLength(b: ABlock): number {
  if (b.k === 'p') return paraLength(b);
  let n = 2;
  for (const r of b.rows) {
    n += 1;
    for (const c of r.cells) n += cellLength(c);
  }
  return n;
}

export function cellLength(c: ACell): number {
  let n = 1;
  for (const b of c.content) n += blockLength(b);
  return n;
}

export function blocksLength(blocks: ABlock[]): number {
  let n = 0;
  for (const b of blocks) n += blockLength(b);
  return n;
}

/** Where a paragraph sits: its start index, the list holding it and its place there. */
export interface ParaAt {
  para: APara;
  start: number;
  container: ABlock[];
  index: number;
  /** Set when the paragraph is inside a table cell. */
  inTable: boolean;
}

/** Every paragraph of `blocks` (table cells included) with its start index, in document order. */
export function paragraphs(blocks: ABlock[], start: number, inTable = false, out: ParaAt[] = []): ParaAt[] {
  walkParagraphs(blocks, start, inTable, out);
  return out;
}

/** One pass over `blocks` from `start`, collecting paragraphs; returns the index after them. */
function walkParagraphs(blocks: ABlock[], start: number, inTable: boolean, out: ParaAt[]): number {
  let at = start;
  blocks.forEach((b, index) => {
    if (b.k === 'p') {
      out.push({ para: b, start: at, container: blocks, index, inTable });
      at += paraLength(b);
      return;
    }
    // A table: its start, then per row a start and per cell a start before the cell's content.
    let pos = at + 1;
    for (const r of b.rows) {
      pos += 1;
      for (const c of r.cells) pos = walkParagraphs(c.content, pos + 1, true, out);
    }
    at = pos + 1;
  });
  return at;
}

/** Where a table sits: its start index and the list holding it. */
export interface TableAt {
  table: ATable;
  start: number;
  container: ABlock[];
  index: number;
}

export function tables(blocks: ABlock[], start: number, out: TableAt[] = []): TableAt[] {
  walkTables(blocks, start, out);
  return out;
}

function walkTables(blocks: ABlock[], start: number, out: TableAt[]): number {
  let at = start;
  blocks.forEach((b, index) => {
    if (b.k === 'p') {
      at += paraLength(b);
      return;
    }
    out.push({ table: b, start: at, container: blocks, index });
    let pos = at + 1;
    for (const r of b.rows) {
      pos += 1;
      for (const c of r.cells) pos = walkTables(c.content, pos + 1, out);
    }
    at = pos + 1;
  });
  return at;
}

/** The paragraph whose range [start, start + length) holds `index`, or null. */
export function paragraphAt(blocks: ABlock[], start: number, index: number): ParaAt | null {
  for (const p of paragraphs(blocks, start)) if (index >= p.start && index < p.start + paraLength(p.para)) return p;
  return null;
}

// ---------------------------------------------------------------- editing one paragraph

/** The paragraph's items split at `offset` (UTF-16 units from its start): [before, after]. */
export function splitItems(items: AItem[], offset: number): [AItem[], AItem[]] {
  const before: AItem[] = [];
  const after: AItem[] = [];
  let pos = 0;
  for (const item of items) {
    const len = itemLength(item);
    if (pos + len <= offset) before.push(item);
    else if (pos >= offset) after.push(item);
    else {
      const run = item as ARun;
      const cut = offset - pos;
      before.push({ t: 'run', text: run.text.slice(0, cut), a: { ...run.a } });
      after.push({ t: 'run', text: run.text.slice(cut), a: { ...run.a } });
    }
    pos += len;
  }
  return [before, after];
}

/** Adjacent runs with equal attributes become one run (Google returns them merged). */
export function mergeRuns(items: AItem[]): AItem[] {
  const out: AItem[] = [];
  for (const item of items) {
    const last = out[out.length - 1];
    if (item.t === 'run' && !item.text) continue;
    if (item.t === 'run' && last && last.t === 'run' && sameAttrs(last.a, item.a)) last.text += item.text;
    else out.push(item.t === 'run' ? { t: 'run', text: item.text, a: { ...item.a } } : item);
  }
  return out;
}

export function sameAttrs(a: Attrs, b: Attrs): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  return true;
}

/** The text style of the character at `offset` of a paragraph (its newline when past the items). */
export function styleAt(p: APara, offset: number): Attrs {
  let pos = 0;
  for (const item of p.items) {
    const len = itemLength(item);
    if (offset < pos + len) return item.t === 'run' ? item.a : {};
    pos += len;
  }
  return p.nl;
}

/** A deep copy of blocks (inline objects are shared: a batch never changes them). */
export function copyBlocks(blocks: ABlock[]): ABlock[] {
  return blocks.map((b) =>
    b.k === 'p'
      ? {
          k: 'p',
          a: { ...b.a },
          list: b.list ? { ...b.list } : null,
          items: b.items.map((i) => (i.t === 'run' ? { t: 'run', text: i.text, a: { ...i.a } } : i)),
          nl: { ...b.nl },
        }
      : {
          k: 't',
          a: { ...b.a },
          widths: [...b.widths],
          rows: b.rows.map((r) => ({
            a: { ...r.a },
            cells: r.cells.map((c) => ({ a: { ...c.a }, content: copyBlocks(c.content) })),
          })),
        },
  );
}
