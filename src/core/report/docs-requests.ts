// The report document as Docs API requests (documents.batchUpdate), built from the report model
// as data: text, named styles, alignment, pagination (keepWithNext, keepLinesTogether), tables
// with their cells filled, bold and shaded header rows, column widths, rows that never split and
// a pinned header row, page breaks, bullet lists, and an empty paragraph where each chart picture
// goes (the API inserts images only from a public URI; docs/ puts them in with DocumentApp).
//
// Index arithmetic is kept local: blocks are inserted last first, each at the start of the body
// (`at`, 1 in a new document), so every request of a block counts only from `at` and the
// lengths of its own text, never from what the blocks after it made. Inside a table, cells are
// filled last first from the layout of an empty table (docs-api-model.ts in the emulator names
// it; the conformance check docs.api.insertTable reads it back on Google). Every inserted range
// then gets its whole paragraph and text style explicitly, so nothing depends on what Docs copies
// from the neighbouring paragraph ("The paragraph style of the new paragraph will be copied from
// the paragraph at the current insertion index", InsertTextRequest).
import type { Lang } from '../types';
import type { Block } from './report-blocks';
import { translator } from './labels';
import { placeholderRanges } from './missing-settings';
import { isPictureKey } from './pictures';

/** One request of documents.batchUpdate (https://developers.google.com/docs/api/reference/rest/v1/documents/request). */
export type DocsRequest = Record<string, unknown>;

export interface DocsPlanOptions {
  lang: Lang;
  /** The charts that have a picture; a chart block without one is left out, caption included. */
  charts: readonly string[];
  /** The index of the body's (empty) paragraph the document starts with: 1 in a new document. */
  at?: number;
  /** The document has no page-number field: the Daftar Isi page says how to insert one. */
  pageNumberNote?: boolean;
  /** Requests per batch at most (blocks are never split between batches). */
  maxBatch?: number;
  /** An A4 landscape page (a table wider than a portrait page: the published DIP). */
  landscape?: boolean;
}

/**
 * The page turned to A4 landscape, margins as they are: UpdateDocumentStyleRequest with
 * DocumentStyle.pageSize ("The size of a page in the document",
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#UpdateDocumentStyleRequest).
 */
export function landscapeRequest(): DocsRequest {
  const pt = (magnitude: number) => ({ magnitude, unit: 'PT' });
  return {
    updateDocumentStyle: {
      documentStyle: { pageSize: { width: pt(841.89), height: pt(595.276) } },
      fields: 'pageSize',
    },
  };
}

/** A placeholder paragraph for a picture, by its place in the body once the plan is applied. */
export interface ImageSlot {
  key: string;
  /** Index among the body's children (what DocumentApp's Body.getChild counts). */
  child: number;
  /** Index among the body's paragraphs, counting those in table cells, and not counting them. */
  paragraph: number;
  paragraphOutsideTables: number;
}

export interface DocsPlan {
  /** The first round's requests, in batches applied in order. */
  batches: DocsRequest[][];
  /** The Daftar Isi: each entry's text and level, linked to the heading of the same text in round two. */
  contents: Array<{ text: string; level: number }>;
  images: ImageSlot[];
  /** The body's children once applied (tests and the writer's checks). */
  children: number;
  /** The body's paragraphs once applied, counting those in table cells, and not counting them. */
  paragraphs: number;
  paragraphsOutsideTables: number;
  /** The Daftar Isi's place among the body's children (its title), or -1 when there is none. */
  contentsChild: number;
}

/**
 * Which of Body.getParagraphs()'s entries is a picture's paragraph, from how many it returned:
 * the reference does not say whether paragraphs in table cells are among them (conformance check
 * docs.picture.placed; the emulator's quirk `paragraphs-without-cells` answers no), and the two
 * counts differ whenever the document has a table. Null when the count is neither.
 */
export function pictureParagraph(plan: DocsPlan, slot: ImageSlot, count: number): number | null {
  if (count === plan.paragraphs) return slot.paragraph;
  if (count === plan.paragraphsOutsideTables) return slot.paragraphOutsideTables;
  return null;
}

// Points: the body's width between Google Docs' default 1-inch margins on A4 (595 − 2 × 72), a
// No. column that holds "10.", and a count or percentage column that holds "Persentase".
const TEXT_WIDTH = 450;
const NO_WIDTH = 36;
const COUNT_WIDTH = 84;
const HEADER_FILL = '#d2e3fc';
const BORDER = '#9aa0a6';
const PLACEHOLDER_BG = '#fff2cc';
const PLACEHOLDER_FG = '#a50e0e';
/** A table of this many rows or fewer is kept on one page where it fits (keepWithNext in its rows). */
export const SHORT_TABLE_ROWS = 15;
const CONTENTS_INDENT = 18;

const NAMED: Record<string, string> = {
  title: 'TITLE',
  subtitle: 'SUBTITLE',
  1: 'HEADING_1',
  2: 'HEADING_2',
  3: 'HEADING_3',
};
const ALIGN: Record<string, string> = { left: 'START', center: 'CENTER', right: 'END', justify: 'JUSTIFIED' };
const PARAGRAPH_FIELDS =
  'namedStyleType,alignment,keepWithNext,keepLinesTogether,spaceAbove,spaceBelow,indentStart,indentFirstLine';
const TEXT_FIELDS =
  'bold,italic,underline,strikethrough,foregroundColor,backgroundColor,fontSize,weightedFontFamily,link';

/** Text as Docs will hold it in one paragraph: no newlines, none of the characters Docs strips. */
export function cleanText(s: string): string {
  return (
    String(s ?? '')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: a vertical tab breaks a paragraph too
      .replace(/\r\n|[\r\n\u000b\u2028\u2029]/g, ' ')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters InsertTextRequest strips
      .replace(/[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g, '')
  );
}

function rgb(hex: string) {
  const c = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  return { color: { rgbColor: { red: c(1), green: c(3), blue: c(5) } } };
}

interface ParaStyle {
  named?: string;
  align?: string;
  keepNext?: boolean;
  keepLines?: boolean;
  indent?: number;
}

interface TextStyle {
  bold?: boolean;
  italic?: boolean;
  placeholder?: boolean;
}

export const range = (start: number, end: number) => ({ startIndex: start, endIndex: end });

export function paragraphStyle(start: number, end: number, s: ParaStyle): DocsRequest {
  return {
    updateParagraphStyle: {
      range: range(start, end),
      paragraphStyle: {
        namedStyleType: s.named ?? 'NORMAL_TEXT',
        alignment: s.align ?? 'START',
        keepWithNext: !!s.keepNext,
        keepLinesTogether: !!s.keepLines,
        ...(s.indent
          ? { indentStart: { magnitude: s.indent, unit: 'PT' }, indentFirstLine: { magnitude: s.indent, unit: 'PT' } }
          : {}),
      },
      fields: PARAGRAPH_FIELDS,
    },
  };
}

/** The whole text style of a range: what is not set here goes back to the named style's. */
export function textStyle(start: number, end: number, s: TextStyle): DocsRequest {
  return {
    updateTextStyle: {
      range: range(start, end),
      textStyle: {
        ...(s.bold || s.placeholder ? { bold: true } : {}),
        ...(s.italic ? { italic: true } : {}),
        ...(s.placeholder ? { backgroundColor: rgb(PLACEHOLDER_BG), foregroundColor: rgb(PLACEHOLDER_FG) } : {}),
      },
      fields: TEXT_FIELDS,
    },
  };
}

/**
 * Each "[BELUM DIISI: …]" inside a text starting at `start` highlighted like a whole placeholder
 * paragraph, and only it: updateTextStyle over the placeholder's UTF-16 range (JavaScript string
 * offsets are UTF-16 code units, as Docs indexes are), after the text's own style. None for a
 * text without one.
 */
function placeholderMarks(start: number, text: string): DocsRequest[] {
  return placeholderRanges(text).map(([s, e]) => ({
    updateTextStyle: {
      range: range(start + s, start + e + 1),
      textStyle: { bold: true, backgroundColor: rgb(PLACEHOLDER_BG), foregroundColor: rgb(PLACEHOLDER_FG) },
      fields: 'bold,backgroundColor,foregroundColor',
    },
  }));
}

export const insert = (index: number, text: string): DocsRequest => ({ insertText: { location: { index }, text } });
/** New paragraphs inserted before a list copy its bullet ("including lists and bullets"): taken off again. */
const unbulleted = (start: number, end: number): DocsRequest => ({
  deleteParagraphBullets: { range: range(start, end) },
});

/** One paragraph's requests at `at`; `last` fills the document's own final paragraph (no newline). */
function paragraphRequests(
  at: number,
  text: string,
  p: ParaStyle,
  t: TextStyle,
  last: boolean,
  unbullet: boolean,
): DocsRequest[] {
  const out: DocsRequest[] = [];
  if (text || !last) out.push(insert(at, last ? text : `${text}\n`));
  if (unbullet) out.push(unbulleted(at, at + text.length + 1));
  out.push(paragraphStyle(at, at + text.length + 1, p));
  if (text) out.push(textStyle(at, at + text.length, t));
  if (text && !t.placeholder) out.push(...placeholderMarks(at, text));
  return out;
}

/** The empty-table layout: the index of cell (r, c)'s paragraph in an R×C table starting at T. */
export function emptyCellIndex(tableStart: number, columns: number, r: number, c: number): number {
  return tableStart + 1 + r * (2 * columns + 1) + 1 + 2 * c + 1;
}

function columnWidths(b: Extract<Block, { type: 'table' }>): Array<[number, number]> {
  if (b.widths) return b.widths.map((w, c) => [c, w]);
  if (b.wideFirst) return [[0, 120]];
  if (b.numbered) {
    const out: Array<[number, number]> = [[0, NO_WIDTH]];
    if (b.header.length <= 4) {
      out.push([1, TEXT_WIDTH - NO_WIDTH - COUNT_WIDTH * (b.header.length - 2)]);
      for (let c = 2; c < b.header.length; c++) out.push([c, COUNT_WIDTH]);
    }
    return out;
  }
  return [];
}

function tableRequests(at: number, b: Extract<Block, { type: 'table' }>, unbullet: boolean): DocsRequest[] {
  const grid = [b.header, ...b.rows].map((row) => row.map(cleanText));
  const rows = grid.length;
  const cols = b.header.length;
  const T = at + 1;
  const out: DocsRequest[] = [{ insertTable: { rows, columns: cols, location: { index: at } } }];
  // Cells last first: each index is the empty table's, untouched by the cells filled before it.
  for (let r = rows - 1; r >= 0; r--)
    for (let c = cols - 1; c >= 0; c--) if (grid[r][c]) out.push(insert(emptyCellIndex(T, cols, r, c), grid[r][c]));
  // Then each cell's paragraph at its final place: the header row and the total row bold; every
  // row of a short table, and the header row of any table, kept with the row after it. A table
  // of tall rows (the published DIP and DIK: long texts per cell) is `splittable`: kept whole it
  // would leave a page with only its letterhead, so it breaks between rows, its header pinned.
  const short = rows <= SHORT_TABLE_ROWS && !b.splittable;
  let pos = T + 1;
  grid.forEach((row, r) => {
    pos += 1;
    row.forEach((text) => {
      const p = pos + 1;
      const keepNext = r < rows - 1 && (short || r === 0);
      out.push(paragraphStyle(p, p + text.length + 1, { keepNext, keepLines: true }));
      if (text) out.push(textStyle(p, p + text.length, { bold: r === 0 || (b.total && r === rows - 1) }));
      out.push(...placeholderMarks(p, text));
      pos += text.length + 2;
    });
  });
  const start = { index: T };
  const border = { color: rgb(BORDER), width: { magnitude: 1, unit: 'PT' }, dashStyle: 'SOLID' };
  out.push(
    {
      updateTableCellStyle: {
        tableStartLocation: start,
        tableCellStyle: { borderTop: border, borderBottom: border, borderLeft: border, borderRight: border },
        fields: 'borderTop,borderBottom,borderLeft,borderRight',
      },
    },
    {
      updateTableCellStyle: {
        tableRange: {
          tableCellLocation: { tableStartLocation: start, rowIndex: 0, columnIndex: 0 },
          rowSpan: 1,
          columnSpan: cols,
        },
        tableCellStyle: { backgroundColor: rgb(HEADER_FILL) },
        fields: 'backgroundColor',
      },
    },
    ...columnWidths(b).map(([c, w]) => ({
      updateTableColumnProperties: {
        tableStartLocation: start,
        columnIndices: [c],
        tableColumnProperties: { widthType: 'FIXED_WIDTH', width: { magnitude: w, unit: 'PT' } },
        fields: 'widthType,width',
      },
    })),
    // TableRowStyle.preventOverflow: "Whether the row cannot overflow across page or column boundaries."
    {
      updateTableRowStyle: {
        tableStartLocation: start,
        tableRowStyle: { preventOverflow: true },
        fields: 'preventOverflow',
      },
    },
    // The header row repeats on every page the table runs onto.
    { pinTableHeaderRows: { tableStartLocation: start, pinnedHeaderRowsCount: 1 } },
  );
  // The caption goes into the empty paragraph insertTable put before the table, kept with it.
  const caption = cleanText(b.caption);
  out.push(insert(at, caption));
  if (unbullet) out.push(unbulleted(at, at + caption.length + 1));
  out.push(paragraphStyle(at, at + caption.length + 1, { align: 'CENTER', keepNext: true, keepLines: true }));
  if (caption) out.push(textStyle(at, at + caption.length, { bold: true }));
  return out;
}

/** What one block becomes: its requests and its paragraphs, children and pictures, in order. */
interface Part {
  requests: DocsRequest[];
  children: number;
  paragraphs: number;
  cellParagraphs: number;
  image?: string;
}

function isSignature(b: Block | undefined): boolean {
  return !!b && b.type === 'paragraph' && b.align === 'right';
}

function part(
  b: Block,
  next: Block | undefined,
  at: number,
  last: boolean,
  o: DocsPlanOptions,
  contents: Array<{ text: string; level: number }>,
): Part | null {
  const tr = translator(o.lang);
  // The paragraph this part is inserted before is the first of the next block: a list item's
  // bullet would be copied into what is inserted here.
  const unbullet = next?.type === 'list';
  const one = (text: string, p: ParaStyle, t: TextStyle = {}): Part => ({
    requests: paragraphRequests(at, cleanText(text), p, t, last, unbullet),
    children: 1,
    paragraphs: 1,
    cellParagraphs: 0,
  });
  switch (b.type) {
    case 'title':
    case 'subtitle':
      return one(b.text, { named: NAMED[b.type], align: 'CENTER', keepNext: true, keepLines: true });
    case 'heading':
      return one(b.text, { named: NAMED[b.level], keepNext: true, keepLines: true });
    case 'paragraph': {
      // A lead-in ("Hasil utamanya:") stays with what it introduces; a signature block (the
      // right-aligned lines closing the foreword) stays together and with the line before it.
      const text = cleanText(b.text);
      // A bold line that is not a signature ("Ruang Layanan", "Alasan Penolakan") labels what follows.
      const keepNext =
        /:\s*$/.test(text) ||
        (isSignature(b) && isSignature(next)) ||
        (!isSignature(b) && isSignature(next)) ||
        (!!b.bold && !isSignature(b) && !!next);
      return one(
        text,
        { align: ALIGN[b.align ?? 'left'], keepNext, keepLines: isSignature(b) || keepNext },
        {
          bold: b.bold,
          placeholder: b.placeholder,
        },
      );
    }
    case 'list': {
      const items = b.items.map((i) => cleanText(i).replace(/^\t+/, ''));
      const text = items.join('\n');
      const requests: DocsRequest[] = [insert(at, last ? text : `${text}\n`)];
      let p = at;
      for (const item of items) {
        requests.push(paragraphStyle(p, p + item.length + 1, { keepLines: true }));
        if (item) requests.push(textStyle(p, p + item.length, {}), ...placeholderMarks(p, item));
        p += item.length + 1;
      }
      requests.push({
        createParagraphBullets: { range: range(at, at + text.length + 1), bulletPreset: 'BULLET_DISC_CIRCLE_SQUARE' },
      });
      return { requests, children: items.length, paragraphs: items.length, cellParagraphs: 0 };
    }
    case 'table': {
      const rows = b.rows.length + 1;
      return {
        requests: tableRequests(at, b, unbullet),
        children: 2,
        paragraphs: 1,
        cellParagraphs: rows * b.header.length,
      };
    }
    case 'chart': {
      if (!o.charts.includes(b.key)) return null;
      const caption = cleanText(b.caption);
      const requests: DocsRequest[] = [insert(at, last ? `\n${caption}` : `\n${caption}\n`)];
      if (unbullet) requests.push(unbulleted(at, at + caption.length + 2));
      // The picture's paragraph stays with its caption below it. A unit's picture (pictures.ts),
      // often narrower than the text, is centred over its caption; a chart fills the width.
      const align = isPictureKey(b.key) ? 'CENTER' : undefined;
      requests.push(paragraphStyle(at, at + 1, { align, keepNext: true, keepLines: true }));
      requests.push(paragraphStyle(at + 1, at + caption.length + 2, { align: 'CENTER', keepLines: true }));
      if (caption) requests.push(textStyle(at + 1, at + 1 + caption.length, { italic: true }));
      return { requests, children: 2, paragraphs: 2, cellParagraphs: 0, image: b.key };
    }
    case 'pageBreak':
      // "Inserts a page break followed by a newline": a paragraph of its own.
      return {
        requests: [
          { insertPageBreak: { location: { index: at } } },
          ...(unbullet ? [unbulleted(at, at + 2)] : []),
          paragraphStyle(at, at + 2, {}),
        ],
        children: 1,
        paragraphs: 1,
        cellParagraphs: 0,
      };
    case 'contents': {
      const lines = [
        {
          text: tr('doc.contents'),
          p: { named: 'HEADING_1', keepNext: true, keepLines: true } as ParaStyle,
          t: {} as TextStyle,
        },
        ...contents.map((c) => ({
          text: cleanText(c.text),
          p: { indent: (c.level - 1) * CONTENTS_INDENT, keepLines: true } as ParaStyle,
          t: {} as TextStyle,
        })),
        ...(o.pageNumberNote
          ? [{ text: tr('doc.pageNumbersMissing'), p: { align: 'JUSTIFIED' } as ParaStyle, t: { placeholder: true } }]
          : []),
      ];
      const text = lines.map((l) => l.text).join('\n');
      const requests: DocsRequest[] = [insert(at, last ? text : `${text}\n`)];
      if (unbullet) requests.push(unbulleted(at, at + text.length + 1));
      let p = at;
      for (const l of lines) {
        requests.push(paragraphStyle(p, p + l.text.length + 1, l.p));
        if (l.text) requests.push(textStyle(p, p + l.text.length, l.t));
        if (l.text && !l.t.placeholder) requests.push(...placeholderMarks(p, l.text));
        p += l.text.length + 1;
      }
      return { requests, children: lines.length, paragraphs: lines.length, cellParagraphs: 0 };
    }
  }
}

/** The Daftar Isi's entries: every heading of the report (levels 1–3), in order. */
export function contentsEntries(blocks: Block[]): Array<{ text: string; level: number }> {
  if (!blocks.some((b) => b.type === 'contents')) return [];
  const out: Array<{ text: string; level: number }> = [];
  for (const b of blocks) if (b.type === 'heading') out.push({ text: cleanText(b.text), level: b.level });
  return out;
}

/** The report model as batches of requests, the Daftar Isi to link, and where the pictures go. */
export function buildDocsPlan(blocks: Block[], o: DocsPlanOptions): DocsPlan {
  const at = o.at ?? 1;
  const max = o.maxBatch ?? 600;
  const contents = contentsEntries(blocks);
  const shown = blocks.filter((b) => b.type !== 'chart' || o.charts.includes(b.key));
  const parts: Array<Part | null> = [];
  // Last block first, each at `at`: the first one written fills the document's final paragraph
  // when it is text; after a table, chart or page break that paragraph stays, empty.
  for (let i = shown.length - 1; i >= 0; i--) {
    const b = shown[i];
    const last =
      i === shown.length - 1 && ['title', 'subtitle', 'heading', 'paragraph', 'list', 'contents'].includes(b.type);
    parts[i] = part(b, shown[i + 1], at, last, o, contents);
  }
  const batches: DocsRequest[][] = [];
  // The page first: it moves no index.
  let current: DocsRequest[] = o.landscape ? [landscapeRequest()] : [];
  for (let i = shown.length - 1; i >= 0; i--) {
    const p = parts[i];
    if (!p) continue;
    if (current.length && current.length + p.requests.length > max) {
      batches.push(current);
      current = [];
    }
    current.push(...p.requests);
  }
  if (current.length) batches.push(current);
  // Where each picture's paragraph lands, counted from the top.
  const images: ImageSlot[] = [];
  let child = 0;
  let paragraph = 0;
  let outside = 0;
  let contentsChild = -1;
  parts.forEach((p, i) => {
    if (p && shown[i].type === 'contents') contentsChild = child;
    if (!p) return;
    if (p.image) images.push({ key: p.image, child, paragraph, paragraphOutsideTables: outside });
    child += p.children;
    outside += p.paragraphs;
    paragraph += p.paragraphs + p.cellParagraphs;
  });
  const lastFilled =
    shown.length > 0 &&
    ['title', 'subtitle', 'heading', 'paragraph', 'list', 'contents'].includes(shown[shown.length - 1].type);
  const tail = lastFilled ? 0 : 1;
  return {
    batches,
    contents,
    images,
    children: child + tail,
    paragraphs: paragraph + tail,
    paragraphsOutsideTables: outside + tail,
    contentsChild,
  };
}
