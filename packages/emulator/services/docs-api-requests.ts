// The requests of documents.batchUpdate the emulator applies, each as its reference page says
// (https://developers.google.com/docs/api/reference/rest/v1/documents/request, one anchor per
// request below). They work on the plain copy of docs-api-model.ts; a request that breaks a
// documented rule throws, and docs-api.ts then drops the whole copy ("If any request is not
// valid, then the entire request will fail and nothing will be applied",
// https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate). A request,
// or a field, the emulator does not model throws "not emulated".
import type { Runtime } from '../runtime';
import type { Attrs } from './docs-enums';
import { ParagraphHeading } from './docs-enums';
import type { DocModel } from './docs-model';
import { PageBreak } from './docs-inline';
import {
  type ABlock,
  type ADoc,
  type APara,
  type ATable,
  blocksLength,
  mergeRuns,
  paraLength,
  paragraphAt,
  paragraphs,
  splitItems,
  styleAt,
  tables,
} from './docs-api-model';
import {
  PARAGRAPH_FIELDS,
  TEXT_FIELDS,
  applyParagraphStyle,
  colorIn,
  headingOf,
  isHeadingName,
  maskFields,
  textAttrs,
} from './docs-api-styles';

/** What the requests of one batch share: the copy they change and the ids the server hands out. */
export interface BatchContext {
  rt: Runtime;
  m: DocModel;
  doc: ADoc;
  headerId: string;
  footerId: string;
  newId(prefix: string): string;
  /** Page size and margins set by updateDocumentStyle, applied with the rest once every request held. */
  page?: Partial<Record<'width' | 'height' | 'marginTop' | 'marginBottom' | 'marginLeft' | 'marginRight', number>>;
}

/** A broken rule: docs-api.ts turns it into Google's "Invalid requests[i].kind: …" answer. */
export class RequestError extends Error {}

const fail = (message: string): never => {
  throw new RequestError(message);
};

type Req = Record<string, any>;

/** The blocks of a segment and the index its content starts at. */
function segment(ctx: BatchContext, segmentId: unknown): { blocks: ABlock[]; start: number; body: boolean } {
  const id = segmentId == null ? '' : String(segmentId);
  if (id === '') return { blocks: ctx.doc.body, start: 1, body: true };
  if (id === ctx.headerId && ctx.doc.header) return { blocks: ctx.doc.header, start: 0, body: false };
  if (id === ctx.footerId && ctx.doc.footer) return { blocks: ctx.doc.footer, start: 0, body: false };
  return fail(`The segment ID ${id} was not found in the document.`);
}

/** A Location or an EndOfSegmentLocation as a segment and an index. */
function where(ctx: BatchContext, r: Req) {
  if (r.location && r.endOfSegmentLocation) fail('Only one of location or endOfSegmentLocation may be set.');
  if (r.endOfSegmentLocation) {
    const seg = segment(ctx, r.endOfSegmentLocation.segmentId);
    // "The location is immediately before the last newline in the document segment."
    return { seg, index: seg.start + blocksLength(seg.blocks) - 1 };
  }
  if (!r.location) return fail('A location or endOfSegmentLocation is required.');
  const seg = segment(ctx, r.location.segmentId);
  return { seg, index: Number(r.location.index ?? 0) };
}

function inParagraph(seg: { blocks: ABlock[]; start: number }, index: number) {
  const end = seg.start + blocksLength(seg.blocks);
  if (!Number.isInteger(index) || index < seg.start)
    fail(`Index ${index} must be at least the start of the segment, ${seg.start}.`);
  if (index >= end) fail(`Index ${index} must be less than the end index of the referenced segment, ${end}.`);
  const at = paragraphAt(seg.blocks, seg.start, index);
  if (!at)
    fail(
      'The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.',
    );
  return at!;
}

function isSurrogateSplit(p: APara, offset: number): boolean {
  let pos = 0;
  for (const item of p.items) {
    if (item.t === 'run' && offset > pos && offset < pos + item.text.length) {
      const hi = item.text.charCodeAt(offset - pos - 1);
      return hi >= 0xd800 && hi <= 0xdbff;
    }
    pos += item.t === 'run' ? item.text.length : 1;
  }
  return false;
}

/** A paragraph's attributes for a copy made by a split: a heading gets an ID of its own. */
function copyAttrs(ctx: BatchContext, a: Attrs): Attrs {
  const out = { ...a };
  delete out.HEADING_ID;
  if (isHeadingName(headingOf(a))) out.HEADING_ID = ctx.newId('h.');
  return out;
}

function withoutLink(a: Attrs): Attrs {
  const out = { ...a };
  delete out.LINK_URL;
  return out;
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertTextRequest
// "Inserting a newline character will implicitly create a new Paragraph at that index. The
// paragraph style of the new paragraph will be copied from the paragraph at the current insertion
// index, including lists and bullets. … the text style for the inserted text will match the text
// immediately before the insertion index. Some control characters (U+0000-U+0008,
// U+000C-U+001F) and characters from the Unicode Basic Multilingual Plane Private Use Area
// (U+E000-U+F8FF) will be stripped out of the inserted text." Links are not inherited
// (TextStyle.link: "Links are not inherited from parent text").
function insertText(ctx: BatchContext, r: Req): void {
  const { seg, index } = where(ctx, r);
  const at = inParagraph(seg, index);
  const p = at.para;
  const offset = index - at.start;
  if (isSurrogateSplit(p, offset)) fail('The insertion index cannot split a surrogate pair.');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters Docs strips
  const text = String(r.text ?? '').replace(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g, '');
  if (!text) return;
  const style = withoutLink(offset > 0 ? styleAt(p, offset - 1) : styleAt(p, 0));
  const pieces = text.split('\n');
  const [before, after] = splitItems(p.items, offset);
  const run = (s: string) => ({ t: 'run' as const, text: s, a: { ...style } });
  if (pieces.length === 1) {
    p.items = mergeRuns([...before, run(pieces[0]), ...after]);
    return;
  }
  const lastNl = p.nl;
  p.items = mergeRuns([...before, run(pieces[0])]);
  p.nl = { ...style };
  const made: APara[] = pieces.slice(1).map((piece, i, all) => ({
    k: 'p',
    a: copyAttrs(ctx, p.a),
    list: p.list ? { ...p.list } : null,
    items: mergeRuns(i === all.length - 1 ? [run(piece), ...after] : [run(piece)]),
    nl: i === all.length - 1 ? lastNl : { ...style },
  }));
  at.container.splice(at.index + 1, 0, ...made);
}

function emptyParagraph(): APara {
  return { k: 'p', a: { HEADING: ParagraphHeading.NORMAL }, list: null, items: [], nl: {} };
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertTableRequest
// "Inserts a table at the specified location. A newline character will be inserted before the
// inserted table, therefore the table start index will be at the specified location index + 1.
// The table must be inserted inside the bounds of an existing Paragraph. … Tables cannot be
// inserted inside a footnote or equation." Each new cell holds one empty paragraph.
function insertTable(ctx: BatchContext, r: Req): void {
  const rows = Number(r.rows);
  const columns = Number(r.columns);
  if (!Number.isInteger(rows) || rows < 1 || !Number.isInteger(columns) || columns < 1)
    fail('The table must have at least one row and one column.');
  const { seg, index } = where(ctx, r);
  const at = inParagraph(seg, index);
  const p = at.para;
  const offset = index - at.start;
  const [before, after] = splitItems(p.items, offset);
  const style = withoutLink(offset > 0 ? styleAt(p, offset - 1) : styleAt(p, 0));
  const first: APara = { k: 'p', a: { ...p.a }, list: p.list, items: mergeRuns(before), nl: style };
  const rest: APara = { k: 'p', a: copyAttrs(ctx, p.a), list: p.list ? { ...p.list } : null, items: after, nl: p.nl };
  const table: ATable = {
    k: 't',
    a: { BORDER_WIDTH: 1, BORDER_COLOR: '#000000' },
    widths: Array.from({ length: columns }, () => null),
    rows: Array.from({ length: rows }, () => ({
      a: {},
      cells: Array.from({ length: columns }, () => ({ a: {}, content: [emptyParagraph()] })),
    })),
  };
  at.container.splice(at.index, 1, first, table, rest);
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#InsertPageBreakRequest
// "Inserts a page break followed by a newline at the specified location. … Page breaks cannot be
// inserted inside a table, equation, footnote, header or footer."
function insertPageBreak(ctx: BatchContext, r: Req): void {
  const { seg, index } = where(ctx, r);
  if (!seg.body) fail('Page breaks can only be inserted in the body.');
  const at = inParagraph(seg, index);
  if (at.inTable) fail('Page breaks cannot be inserted inside a table.');
  const p = at.para;
  const offset = index - at.start;
  const [before, after] = splitItems(p.items, offset);
  const style = withoutLink(offset > 0 ? styleAt(p, offset - 1) : styleAt(p, 0));
  const br = {
    t: 'obj' as const,
    el: ctx.rt.uncounted(() => new PageBreak(ctx.rt, ctx.m)),
    kind: 'pageBreak' as const,
  };
  const first: APara = { k: 'p', a: { ...p.a }, list: p.list, items: mergeRuns([...before, br]), nl: style };
  const rest: APara = { k: 'p', a: copyAttrs(ctx, p.a), list: p.list ? { ...p.list } : null, items: after, nl: p.nl };
  at.container.splice(at.index, 1, first, rest);
}

/** A Range as a segment and [start, end), checked. */
function range(ctx: BatchContext, r: Req) {
  if (!r.range) fail('A range is required.');
  const seg = segment(ctx, r.range.segmentId);
  const start = Number(r.range.startIndex ?? 0);
  const end = Number(r.range.endIndex ?? 0);
  const segEnd = seg.start + blocksLength(seg.blocks);
  if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) fail('The range should not be empty.');
  if (start < seg.start) fail(`The start index ${start} must be at least ${seg.start}.`);
  if (end > segEnd) fail(`Index ${end - 1} must be less than the end index of the referenced segment, ${segEnd}.`);
  return { seg, start, end };
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateParagraphStyleRequest
// "Update the styling of all paragraphs that overlap with the given range." Fields as in
// docs-api-styles.ts; headingId is read-only, so a paragraph that becomes a heading is given one.
function updateParagraphStyle(ctx: BatchContext, r: Req): void {
  const { seg, start, end } = range(ctx, r);
  const fields = maskFields(r.fields, PARAGRAPH_FIELDS);
  for (const at of paragraphs(seg.blocks, seg.start)) {
    if (at.start >= end || at.start + paraLength(at.para) <= start) continue;
    const was = headingOf(at.para.a);
    applyParagraphStyle(at.para.a, r.paragraphStyle, fields);
    const now = headingOf(at.para.a);
    if (!isHeadingName(now)) delete at.para.a.HEADING_ID;
    else if (!isHeadingName(was) || !at.para.a.HEADING_ID) at.para.a.HEADING_ID = ctx.newId('h.');
  }
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateTextStyleRequest
// "The range may be extended to include adjacent newlines." "Links are not settable on newline
// characters." Only text runs carry a text style here (inline objects keep theirs).
function updateTextStyle(ctx: BatchContext, r: Req): void {
  const { seg, start, end } = range(ctx, r);
  const attrs = textAttrs(r.textStyle, maskFields(r.fields, TEXT_FIELDS));
  for (const at of paragraphs(seg.blocks, seg.start)) {
    const p = at.para;
    const len = paraLength(p);
    if (at.start >= end || at.start + len <= start) continue;
    const lo = Math.max(0, start - at.start);
    const hi = Math.min(len - 1, end - at.start);
    const [head, rest] = splitItems(p.items, lo);
    const [mid, tail] = splitItems(rest, hi - lo);
    for (const item of mid) if (item.t === 'run') item.a = { ...item.a, ...attrs };
    p.items = mergeRuns([...head, ...mid, ...tail]);
    if (end - at.start >= len) {
      const nl = { ...attrs };
      delete nl.LINK_URL;
      p.nl = { ...p.nl, ...nl };
    }
  }
}

const PRESETS: Record<string, string> = {
  BULLET_DISC_CIRCLE_SQUARE: 'BULLET',
  NUMBERED_DECIMAL_ALPHA_ROMAN: 'NUMBER',
  NUMBERED_DECIMAL_NESTED: 'NUMBER',
};

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#CreateParagraphBulletsRequest
// "The nesting level of each paragraph will be determined by counting leading tabs in front of
// each paragraph. … these leading tabs are removed by this request. … If the paragraph
// immediately before paragraphs being updated is in a list with a matching preset, the
// paragraphs being updated are added to that preceding list."
function createParagraphBullets(ctx: BatchContext, r: Req): void {
  const glyph = PRESETS[String(r.bulletPreset)];
  if (!glyph) throw new Error(`not emulated: bulletPreset ${String(r.bulletPreset)}`);
  const { seg, start, end } = range(ctx, r);
  const hit = paragraphs(seg.blocks, seg.start).filter(
    (at) => at.start < end && at.start + paraLength(at.para) > start,
  );
  if (!hit.length) return;
  const prev = hit[0].container[hit[0].index - 1];
  const id = prev && prev.k === 'p' && prev.list && prev.list.glyph === glyph ? prev.list.id : ctx.newId('kix.');
  for (const at of hit) {
    const p = at.para;
    let tabs = 0;
    const first = p.items[0];
    if (first && first.t === 'run') {
      while (first.text[tabs] === '\t') tabs++;
      first.text = first.text.slice(tabs);
      p.items = mergeRuns(p.items);
    }
    p.list = { id, glyph, level: Math.min(8, tabs) };
  }
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#DeleteParagraphBulletsRequest
// "Deletes bullets from all of the paragraphs that overlap with the given index range. The
// nesting level of each paragraph will be visually preserved by adding indent to the start of
// the corresponding paragraph." The indent added here is the emulator's own list indent (18 pt a
// level, as its PDF draws lists); how much Docs adds is not documented.
function deleteParagraphBullets(ctx: BatchContext, r: Req): void {
  const { seg, start, end } = range(ctx, r);
  for (const at of paragraphs(seg.blocks, seg.start)) {
    if (at.start >= end || at.start + paraLength(at.para) <= start || !at.para.list) continue;
    at.para.a.INDENT_START = Number(at.para.a.INDENT_START ?? 0) + 18 * (at.para.list.level + 1);
    at.para.list = null;
  }
}

function tableAt(ctx: BatchContext, loc: Req | undefined): ATable {
  if (!loc) return fail('A tableStartLocation is required.');
  const seg = segment(ctx, loc.segmentId);
  const index = Number(loc.index);
  const t = tables(seg.blocks, seg.start).find((x) => x.start === index);
  if (!t) return fail(`Invalid table start location. Must specify the start index of a table: ${index}.`);
  return t.table;
}

const CELL_FIELDS = [
  'backgroundColor',
  'paddingTop',
  'paddingBottom',
  'paddingLeft',
  'paddingRight',
  'contentAlignment',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
];

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateTableCellStyleRequest
// tableStartLocation: "When specified, the updates are applied to all the cells in the table";
// a tableRange names a block of cells. DocumentApp keeps one border for a whole table
// (Table.setBorderColor/setBorderWidth): borders are emulated only for all cells at once, four
// equal sides; other border updates are "not emulated".
function updateTableCellStyle(ctx: BatchContext, r: Req): void {
  const fields = maskFields(r.fields, CELL_FIELDS);
  let table: ATable;
  let cells: Array<{ a: Attrs }>;
  let whole = false;
  if (r.tableRange) {
    const loc = r.tableRange.tableCellLocation ?? {};
    table = tableAt(ctx, loc.tableStartLocation);
    const r0 = Number(loc.rowIndex ?? 0);
    const c0 = Number(loc.columnIndex ?? 0);
    const rs = Number(r.tableRange.rowSpan ?? 1);
    const cs = Number(r.tableRange.columnSpan ?? 1);
    if (r0 < 0 || c0 < 0 || rs < 1 || cs < 1 || r0 + rs > table.rows.length || c0 + cs > table.rows[0].cells.length)
      fail('The table range is outside the table.');
    cells = table.rows.slice(r0, r0 + rs).flatMap((row) => row.cells.slice(c0, c0 + cs));
    whole = rs === table.rows.length && cs === table.rows[0].cells.length;
  } else {
    table = tableAt(ctx, r.tableStartLocation);
    cells = table.rows.flatMap((row) => row.cells);
    whole = true;
  }
  const s = (r.tableCellStyle ?? {}) as Record<string, any>;
  const borders = fields.filter((f) => f.startsWith('border'));
  if (borders.length) {
    const key = (b: any) => JSON.stringify([colorIn(b?.color), b?.width?.magnitude ?? 0, b?.dashStyle ?? 'SOLID']);
    const same = borders.length === 4 && new Set(borders.map((f) => key(s[f]))).size === 1;
    if (!whole || !same)
      throw new Error('not emulated: borders of some cells or sides only (DocumentApp keeps one per table)');
    const b = s[borders[0]] ?? {};
    if ((b.dashStyle ?? 'SOLID') !== 'SOLID') throw new Error(`not emulated: dashStyle ${b.dashStyle}`);
    table.a.BORDER_COLOR = colorIn(b.color) ?? '#000000';
    table.a.BORDER_WIDTH = Number(b.width?.magnitude ?? 0);
  }
  for (const f of fields) {
    if (f.startsWith('border')) continue;
    for (const c of cells) {
      const v = s[f];
      if (f === 'backgroundColor') c.a.BACKGROUND_COLOR = colorIn(v);
      else if (f === 'contentAlignment') {
        const map: Record<string, string> = { TOP: 'TOP', MIDDLE: 'CENTER', BOTTOM: 'BOTTOM' };
        c.a.VERTICAL_ALIGNMENT = v == null ? null : (map[String(v)] ?? fail(`Invalid contentAlignment ${String(v)}`));
      } else if (f.startsWith('padding')) {
        c.a[`PADDING_${f.slice(7).toUpperCase()}`] = v == null ? null : Number(v.magnitude ?? 0);
      } else if (f === 'rowSpan' || f === 'columnSpan') fail(`${f} is read-only.`);
      else fail(`Invalid field mask: unknown field "${f}" of TableCellStyle.`);
    }
  }
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateTableColumnPropertiesRequest
// "If no indices are specified, all columns will be updated." "If the value of
// table_column_properties#width is less than 5 points (5/72 inch), a 400 bad request error is
// returned." FIXED_WIDTH: "The width property contains the column's width."
function updateTableColumnProperties(ctx: BatchContext, r: Req): void {
  const table = tableAt(ctx, r.tableStartLocation);
  const fields = maskFields(r.fields, ['width', 'widthType']);
  const props = (r.tableColumnProperties ?? {}) as Record<string, any>;
  const cols: number[] = r.columnIndices?.length ? r.columnIndices.map(Number) : table.widths.map((_w, i) => i);
  for (const c of cols) if (c < 0 || c >= table.widths.length) fail(`Column index ${c} is outside the table.`);
  const width = fields.includes('width') && props.width ? Number(props.width.magnitude ?? 0) : null;
  if (width != null && width < 5) fail('The column width must be at least 5 points.');
  const type = fields.includes('widthType') ? String(props.widthType ?? 'EVENLY_DISTRIBUTED') : null;
  if (type && type !== 'FIXED_WIDTH' && type !== 'EVENLY_DISTRIBUTED') fail(`Invalid widthType ${type}.`);
  for (const c of cols) {
    if (type === 'EVENLY_DISTRIBUTED') table.widths[c] = null;
    else if (width != null) table.widths[c] = width;
  }
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateTableRowStyleRequest
// "If no indices are specified, all rows will be updated." TableRowStyle.preventOverflow: "Whether
// the row cannot overflow across page or column boundaries." Whether tableHeader can be written
// here is not documented: the emulator refuses it, so the add-on pins header rows instead.
function updateTableRowStyle(ctx: BatchContext, r: Req): void {
  const table = tableAt(ctx, r.tableStartLocation);
  const fields = maskFields(r.fields, ['minRowHeight', 'preventOverflow']);
  const s = (r.tableRowStyle ?? {}) as Record<string, any>;
  const rows: number[] = r.rowIndices?.length ? r.rowIndices.map(Number) : table.rows.map((_x, i) => i);
  for (const i of rows) if (i < 0 || i >= table.rows.length) fail(`Row index ${i} is outside the table.`);
  for (const f of fields) {
    if (f === 'tableHeader') throw new Error('not emulated: TableRowStyle.tableHeader (use pinTableHeaderRows)');
    if (f !== 'minRowHeight' && f !== 'preventOverflow')
      fail(`Invalid field mask: unknown field "${f}" of TableRowStyle.`);
    for (const i of rows) {
      const a = table.rows[i].a;
      if (f === 'minRowHeight')
        a.MINIMUM_HEIGHT = s.minRowHeight == null ? null : Number(s.minRowHeight.magnitude ?? 0);
      else a.PREVENT_OVERFLOW = s.preventOverflow == null ? null : !!s.preventOverflow;
    }
  }
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#PinTableHeaderRowsRequest
// "Updates the number of pinned table header rows in a table." "The number of table rows to pin,
// where 0 implies that all rows are unpinned." documents.get then reads them as tableHeader rows.
function pinTableHeaderRows(ctx: BatchContext, r: Req): void {
  const table = tableAt(ctx, r.tableStartLocation);
  const n = Number(r.pinnedHeaderRowsCount ?? 0);
  if (!Number.isInteger(n) || n < 0 || n > table.rows.length) fail(`Cannot pin ${n} rows of ${table.rows.length}.`);
  table.rows.forEach((row, i) => {
    row.a.TABLE_HEADER = i < n ? true : null;
  });
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateDocumentStyleRequest
// "Updates the DocumentStyle." fields: "At least one field must be specified. The root
// documentStyle is implied and should not be specified. A single "*" can be used as short-hand for
// listing every field." DocumentStyle.pageSize: "The size of a page in the document"; marginTop,
// marginBottom, marginLeft, marginRight: the page margins. Only these are modelled; any other
// field of DocumentStyle (headers, backgrounds, pageNumberStart, …) throws "not emulated".
const DOCUMENT_STYLE_FIELDS = ['pageSize', 'marginTop', 'marginBottom', 'marginLeft', 'marginRight'];
function updateDocumentStyle(ctx: BatchContext, r: Req): void {
  if (r.tabId) throw new Error('not emulated: UpdateDocumentStyleRequest.tabId');
  const s = (r.documentStyle ?? {}) as Record<string, any>;
  const pt = (v: any, what: string): number => {
    if (v == null) return fail(`${what} is required.`);
    if (v.unit != null && v.unit !== 'PT') throw new Error(`not emulated: ${what} in ${String(v.unit)}`);
    const n = Number(v.magnitude ?? 0);
    if (!Number.isFinite(n) || n < 0) fail(`Invalid ${what}.`);
    return n;
  };
  const page = { ...(ctx.page ?? {}) };
  for (const f of maskFields(r.fields, DOCUMENT_STYLE_FIELDS)) {
    if (f.startsWith('pageSize.')) {
      const k = f.slice(9);
      if (k !== 'width' && k !== 'height') fail(`Invalid field mask: unknown field "${f}" of DocumentStyle.`);
      page[k as 'width' | 'height'] = pt(s.pageSize?.[k], f);
    } else if (f === 'pageSize') {
      page.width = pt(s.pageSize?.width, 'pageSize.width');
      page.height = pt(s.pageSize?.height, 'pageSize.height');
    } else if (DOCUMENT_STYLE_FIELDS.includes(f)) page[f as 'marginTop'] = pt(s[f], f);
    else throw new Error(`not emulated: DocumentStyle.${f}`);
  }
  if ((page.width ?? 1) < 72 || (page.height ?? 1) < 72) fail('The page size is too small.');
  ctx.page = page;
}

// https://developers.google.com/docs/api/reference/rest/v1/documents/request#DeleteFooterRequest
// "Deletes a Footer from the document." (footerId: "The id of the footer to delete.")
function deleteFooter(ctx: BatchContext, r: Req): void {
  if (!ctx.doc.footer || String(r.footerId ?? '') !== ctx.footerId)
    fail(`The footer ${String(r.footerId)} was not found in the document.`);
  ctx.doc.footer = null;
}

export const HANDLERS: Record<string, (ctx: BatchContext, r: Req) => void> = {
  updateDocumentStyle,
  deleteFooter,
  insertText,
  insertTable,
  insertPageBreak,
  updateParagraphStyle,
  updateTextStyle,
  createParagraphBullets,
  deleteParagraphBullets,
  updateTableCellStyle,
  updateTableColumnProperties,
  updateTableRowStyle,
  pinTableHeaderRows,
};
