// A document (emulated Document or its DocTree) to PDF, synchronously, with pdfkit and the
// built-in Helvetica: A4 (or the document's page), headings larger, tables as grids, images
// embedded, page breaks honoured, header and footer on every page. Uncompressed so tests can read
// the text back with pdfText() (pdf-text.ts).
//
// pdfkit is a stream, but it pushes every chunk synchronously; reading its buffer with read()
// after end() (no 'data' listener) gets the whole file without waiting. The one asynchronous
// path in pdfkit is a PNG with alpha or transparency (it inflates with a callback), so such
// images are flattened onto white and re-encoded as plain RGB PNGs first (pdf-png.ts).
import {
  type BlockNode,
  type DocTree,
  HEADING_STYLE,
  type InlineNode,
  type ParagraphNode,
  type RunNode,
  type TableNode,
  paragraphText,
  toTree,
} from '../services/docs-tree';
import { pdfSafePng } from './pdf-png';

// pdfkit ships no types and @types/pdfkit is not a dependency: the little used here is typed loosely.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const PDFDocument: new (options: Record<string, unknown>) => PDFDoc = require('pdfkit');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PDFDoc = any;

const PX_TO_PT = 0.75;
/** Docs pads a cell by 5 pt on each side unless TableCell.setPadding* says otherwise (as docx.ts). */
const CELL_PADDING = 5;
type Pad = { top?: number | null; bottom?: number | null; left?: number | null; right?: number | null } | undefined;
const padV = (p: Pad) => (p?.top ?? CELL_PADDING) + (p?.bottom ?? CELL_PADDING);
const padH = (p: Pad) => (p?.left ?? CELL_PADDING) + (p?.right ?? CELL_PADDING);

/** Characters WinAnsi (the built-in fonts' encoding) holds beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
  '≤': '<=',
  '≥': '>=',
  '→': '->',
  '←': '<-',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '×': 'x',
  '−': '-',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\t': '    ',
};

/** Whether a block keeps with the next: its own setting, the named style's default, or every row of a table. */
function keeps(b: BlockNode, opts: PdfOptions): boolean {
  if (b.kind === 'table') {
    if (opts.noKeepInCells) return false;
    // A table is kept with what follows when all its rows but the last keep with the next (the
    // writer's short tables); only then is it measured whole.
    const rows = b.rows;
    return (
      rows.length > 1 &&
      rows
        .slice(0, -1)
        .every((r) => r.cells.every((c) => c.content.every((x) => x.kind === 'paragraph' && x.keepWithNext)))
    );
  }
  if (b.keepWithNext != null) return b.keepWithNext;
  return b.heading !== 'NORMAL';
}

/** Makes text safe for the built-in fonts: WinAnsi as is, accents stripped, the rest '?'. */
export function winAnsiSafe(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
    else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) || ch === '\n')
      out += ch;
    else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base && [...base].every((c) => c.charCodeAt(0) < 0x7f) ? base : '?';
    }
  }
  return out;
}

function fontName(bold: boolean, italic: boolean, family?: string): string {
  const f = (family ?? '').toLowerCase();
  if (f.includes('times') || f.includes('georgia') || (f.includes('serif') && !f.includes('sans'))) {
    return bold && italic ? 'Times-BoldItalic' : bold ? 'Times-Bold' : italic ? 'Times-Italic' : 'Times-Roman';
  }
  if (f.includes('courier') || f.includes('mono')) {
    return bold && italic ? 'Courier-BoldOblique' : bold ? 'Courier-Bold' : italic ? 'Courier-Oblique' : 'Courier';
  }
  return bold && italic
    ? 'Helvetica-BoldOblique'
    : bold
      ? 'Helvetica-Bold'
      : italic
        ? 'Helvetica-Oblique'
        : 'Helvetica';
}

interface RunStyle {
  font: string;
  size: number;
  color: string;
  underline: boolean;
  strike: boolean;
  link?: string;
}

function runStyle(p: ParagraphNode, r: RunNode | null): RunStyle {
  const h = HEADING_STYLE[p.heading] ?? HEADING_STYLE.NORMAL;
  // Titles and headings read as headings in the PDF: bold unless the run says otherwise.
  const headingBold = p.heading !== 'NORMAL' && p.heading !== 'SUBTITLE';
  const bold = r?.bold ?? (h.bold || headingBold);
  const italic = r?.italic ?? !!h.italic;
  return {
    font: fontName(bold, italic, r?.fontFamily),
    size: r?.fontSize ?? h.size,
    color: r?.color ?? h.color ?? '#000000',
    underline: !!r?.underline || !!r?.link,
    strike: !!r?.strikethrough,
    link: r?.link,
  };
}

class Renderer {
  private listCounters = new Map<string, number[]>();

  constructor(
    private readonly doc: PDFDoc,
    private readonly tree: DocTree,
    private readonly opts: PdfOptions = {},
  ) {}

  get left(): number {
    return this.tree.page.marginLeft;
  }
  get contentWidth(): number {
    return this.tree.page.width - this.tree.page.marginLeft - this.tree.page.marginRight;
  }
  get bottom(): number {
    return this.tree.page.height - this.tree.page.marginBottom;
  }

  blocks(blocks: BlockNode[]): void {
    blocks.forEach((b, i) => {
      // Keep with next (ParagraphStyle.keepWithNext, docx w:keepNext): a paragraph that keeps
      // with the next starts a chain running through every paragraph that does too, and through
      // a table whose rows all keep with the next (a short table kept whole), up to the first
      // line of what follows. When the chain fits on a page but not on this one, it starts a new
      // page, as Docs and Word lay it out; a longer chain is left to flow. Headings, the title and
      // the subtitle keep with the next unless set otherwise (Google's named styles).
      if (keeps(b, this.opts) && this.doc.y > this.tree.page.marginTop + 1) {
        const h = this.chainHeight(blocks, i);
        if (h <= this.bottom - this.tree.page.marginTop) this.ensure(h);
      }
      if (b.kind === 'table') this.table(b);
      else this.paragraph(b);
    });
  }

  /** The height of the keep-with-next chain starting at blocks[i], with the first line after it. */
  private chainHeight(blocks: BlockNode[], i: number): number {
    let h = 0;
    for (let j = i; j < blocks.length; j++) {
      const b = blocks[j];
      if (!keeps(b, this.opts)) return h + this.firstLineHeight(b);
      // A table kept whole ends the chain: its last row does not keep with what follows.
      if (b.kind === 'table') return h + this.tableHeight(b);
      h += this.paragraphHeight(b);
    }
    return h;
  }

  private paragraphHeight(p: ParagraphNode): number {
    const doc = this.doc;
    const base = runStyle(p, null);
    const isHeading = p.heading !== 'NORMAL';
    const before = p.spacingBefore ?? (isHeading ? Math.round(base.size * 0.8) : 0);
    const after = p.spacingAfter ?? (isHeading ? Math.round(base.size * 0.3) : 4);
    const indent = p.list ? (p.indentStart ?? 18 * (p.list.level + 1)) : (p.indentStart ?? 0);
    const width = Math.max(20, this.contentWidth - indent - (p.indentEnd ?? 0));
    let h = before + after;
    const text = winAnsiSafe(p.inlines.flatMap((x) => (x.kind === 'text' ? x.runs.map((r) => r.text) : [])).join(''));
    doc.font(base.font).fontSize(base.size);
    h += text ? doc.heightOfString(text, { width, lineGap: 1.5 }) : doc.currentLineHeight(true);
    for (const x of p.inlines) {
      if (x.kind !== 'image') continue;
      const w = x.width * PX_TO_PT;
      const ih = x.height * PX_TO_PT;
      h += ih * Math.min(1, width / w, (this.bottom - this.tree.page.marginTop) / ih);
    }
    return h;
  }

  private rowHeights(t: TableNode): number[] {
    const cols = Math.max(1, ...t.rows.map((r) => r.cells.length));
    const w = this.contentWidth / cols;
    return t.rows.map((row) =>
      Math.max(
        row.minHeight ?? 0,
        ...row.cells.map(
          (cell, c) =>
            this.cellHeight(cell.content, (t.columnWidths[c] ?? cell.width ?? w) - padH(cell.padding)) +
            padV(cell.padding),
        ),
      ),
    );
  }

  private tableHeight(t: TableNode): number {
    return 10 + this.rowHeights(t).reduce((a, b) => a + b, 0);
  }

  private firstLineHeight(b: BlockNode): number {
    if (b.kind === 'table') return 4 + (this.rowHeights(b)[0] ?? 0);
    if (b.inlines.some((x) => x.kind === 'image')) return this.paragraphHeight(b);
    const base = runStyle(b, null);
    this.doc.font(base.font).fontSize(base.size);
    return this.doc.currentLineHeight(true) * 1.2;
  }

  private ensure(height: number): void {
    if (this.doc.y + height > this.bottom && this.doc.y > this.tree.page.marginTop + 1) this.doc.addPage();
  }

  paragraph(p: ParagraphNode): void {
    const doc = this.doc;
    const base = runStyle(p, null);
    const isHeading = p.heading !== 'NORMAL';
    const before = p.spacingBefore ?? (isHeading ? Math.round(base.size * 0.8) : 0);
    const after = p.spacingAfter ?? (isHeading ? Math.round(base.size * 0.3) : 4);
    let indent = p.indentStart ?? 0;
    let firstLine = p.indentFirstLine != null ? p.indentFirstLine - indent : 0;
    if (p.list) {
      indent = p.indentStart ?? 18 * (p.list.level + 1);
      firstLine = 0;
    }
    const width = Math.max(20, this.contentWidth - indent - (p.indentEnd ?? 0));
    const x = this.left + indent;
    const align =
      p.alignment === 'CENTER'
        ? 'center'
        : p.alignment === 'RIGHT'
          ? 'right'
          : p.alignment === 'JUSTIFY'
            ? 'justify'
            : 'left';
    if (doc.y > this.tree.page.marginTop + 1) doc.y += before;
    // Keep a heading with at least a line of what follows it.
    this.ensure(base.size * (isHeading ? 3 : 1.2));

    if (p.list) {
      doc.font(base.font).fontSize(base.size).fillColor(base.color);
      const y0 = doc.y;
      doc.text(winAnsiSafe(this.listMarker(p)), x - 16, y0, { width: 16, lineBreak: false });
      doc.x = x;
      doc.y = y0;
    }

    // Line spacing (Paragraph.setLineSpacing, a multiple of single): 1.5 pt between lines stands
    // for Docs' default 1.15; single spacing leaves none, wider spacing adds its share of the size.
    const lineGap = p.lineSpacing != null ? Math.max(0, 1.5 + (p.lineSpacing - 1.15) * base.size) : 1.5;
    let pending: Array<{ text: string; style: RunStyle }> = [];
    const flush = () => {
      const runs = shiftLeadingSpaces(pending.filter((r) => r.text.length));
      pending = [];
      if (!runs.length) return;
      const y = doc.y;
      runs.forEach((r, i) => {
        const opts: Record<string, unknown> = {
          width,
          align,
          continued: i < runs.length - 1,
          underline: r.style.underline,
          strike: r.style.strike,
          link: r.style.link ?? null,
          lineGap,
        };
        if (i === 0 && firstLine) opts.indent = firstLine;
        doc.font(r.style.font).fontSize(r.style.size).fillColor(r.style.color);
        if (i === 0) doc.text(r.text, x, y, opts);
        else doc.text(r.text, opts);
      });
    };
    let drewSomething = false;
    for (const inline of p.inlines) {
      if (inline.kind === 'text') {
        for (const r of inline.runs) pending.push({ text: winAnsiSafe(r.text), style: runStyle(p, r) });
        continue;
      }
      flush();
      drewSomething = true;
      this.inlineObject(inline, x, width, align);
    }
    const hadText = pending.some((r) => r.text.length);
    flush();
    if (!hadText && !drewSomething) {
      doc.font(base.font).fontSize(base.size);
      doc.y += doc.currentLineHeight(true);
    }
    doc.x = this.left;
    doc.y += after;
    doc.fillColor('#000000');
  }

  private inlineObject(inline: InlineNode, x: number, width: number, align: string): void {
    const doc = this.doc;
    if (inline.kind === 'pageBreak') {
      doc.addPage();
      return;
    }
    if (inline.kind === 'horizontalRule') {
      this.ensure(8);
      const y = doc.y + 4;
      doc
        .save()
        .lineWidth(0.75)
        .strokeColor('#999999')
        .moveTo(x, y)
        .lineTo(x + width, y)
        .stroke()
        .restore();
      doc.y = y + 4;
      return;
    }
    if (inline.kind === 'image') {
      let w = inline.width * PX_TO_PT;
      let h = inline.height * PX_TO_PT;
      const maxH = this.bottom - this.tree.page.marginTop;
      const scale = Math.min(1, width / w, maxH / h);
      w *= scale;
      h *= scale;
      this.ensure(h);
      const ix = align === 'center' ? x + (width - w) / 2 : align === 'right' ? x + width - w : x;
      const png = inline.contentType === 'image/jpeg' ? inline.bytes : pdfSafePng(inline.bytes);
      if (png) doc.image(png, ix, doc.y, { width: w, height: h });
      else doc.save().lineWidth(0.5).strokeColor('#999999').rect(ix, doc.y, w, h).stroke().restore();
      doc.y += h;
    }
  }

  private listMarker(p: ParagraphNode): string {
    const list = p.list!;
    const counters = this.listCounters.get(list.listId) ?? [];
    counters[list.level] = (counters[list.level] ?? 0) + 1;
    counters.length = list.level + 1;
    this.listCounters.set(list.listId, counters);
    const n = counters[list.level];
    switch (list.glyph) {
      case 'NUMBER':
        return `${n}.`;
      case 'LATIN_UPPER':
        return `${String.fromCharCode(64 + ((n - 1) % 26) + 1)}.`;
      case 'LATIN_LOWER':
        return `${String.fromCharCode(96 + ((n - 1) % 26) + 1)}.`;
      case 'ROMAN_UPPER':
        return `${roman(n)}.`;
      case 'ROMAN_LOWER':
        return `${roman(n).toLowerCase()}.`;
      case 'HOLLOW_BULLET':
        return 'o';
      case 'SQUARE_BULLET':
        return '-';
      default:
        return '•';
    }
  }

  table(t: TableNode): void {
    const doc = this.doc;
    const cols = Math.max(0, ...t.rows.map((r) => r.cells.length));
    if (!cols) return;
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      widths[c] = t.columnWidths[c] ?? t.rows.map((r) => r.cells[c]?.width).find((w) => w != null) ?? NaN;
    }
    const fixed = widths.filter((w) => !Number.isNaN(w)).reduce((a, b) => a + b, 0);
    const free = widths.filter((w) => Number.isNaN(w)).length;
    const share = free ? Math.max(20, (this.contentWidth - fixed) / free) : 0;
    for (let c = 0; c < cols; c++) if (Number.isNaN(widths[c])) widths[c] = share;
    const total = widths.reduce((a, b) => a + b, 0);
    if (total > this.contentWidth) for (let c = 0; c < cols; c++) widths[c] *= this.contentWidth / total;

    doc.y += 4;
    for (const row of t.rows) {
      const heights = row.cells.map(
        (cell, c) => this.cellHeight(cell.content, widths[c] - padH(cell.padding)) + padV(cell.padding),
      );
      const h = Math.max(row.minHeight ?? 0, ...heights);
      this.ensure(h);
      const y = doc.y;
      let x = this.left;
      row.cells.forEach((cell, c) => {
        if (cell.background) doc.save().rect(x, y, widths[c], h).fill(cell.background).restore();
        const pad = cell.padding;
        this.cellContent(
          cell.content,
          x + (pad?.left ?? CELL_PADDING),
          y + (pad?.top ?? CELL_PADDING),
          widths[c] - padH(pad),
        );
        if (t.borderWidth > 0) {
          doc.save().lineWidth(t.borderWidth).strokeColor(t.borderColor).rect(x, y, widths[c], h).stroke().restore();
        }
        x += widths[c];
      });
      doc.x = this.left;
      doc.y = y + h;
    }
    doc.y += 6;
  }

  /** Cell paragraphs flattened to runs; nested tables read as their text. */
  private cellParagraphs(blocks: BlockNode[]): ParagraphNode[] {
    return blocks.flatMap((b) =>
      b.kind === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => this.cellParagraphs(c.content))),
    );
  }

  private cellHeight(blocks: BlockNode[], width: number): number {
    const doc = this.doc;
    let h = 0;
    for (const p of this.cellParagraphs(blocks)) {
      const runs = p.inlines.flatMap((i) => (i.kind === 'text' ? i.runs : []));
      const text = winAnsiSafe(runs.map((r) => r.text).join(''));
      const style = runStyle(p, runs[0] ?? null);
      doc.font(style.font).fontSize(style.size);
      h += text ? doc.heightOfString(text, { width, lineGap: 1.5 }) : doc.currentLineHeight(true);
      for (const i of p.inlines)
        if (i.kind === 'image') h += Math.min(i.height * PX_TO_PT, (i.height * width) / i.width);
    }
    return h;
  }

  private cellContent(blocks: BlockNode[], x: number, y: number, width: number): void {
    const doc = this.doc;
    doc.y = y;
    for (const p of this.cellParagraphs(blocks)) {
      const align = p.alignment === 'CENTER' ? 'center' : p.alignment === 'RIGHT' ? 'right' : 'left';
      const runs = shiftLeadingSpaces(
        p.inlines.flatMap((i) => (i.kind === 'text' ? i.runs : [])).filter((r) => r.text),
      );
      if (!runs.length) {
        doc.font(runStyle(p, null).font).fontSize(runStyle(p, null).size);
        doc.y += doc.currentLineHeight(true);
      }
      const top = doc.y;
      runs.forEach((r, i) => {
        const s = runStyle(p, r);
        doc.font(s.font).fontSize(s.size).fillColor(s.color);
        const opts = {
          width,
          align,
          continued: i < runs.length - 1,
          lineGap: 1.5,
          underline: s.underline,
          strike: s.strike,
        };
        if (i === 0) doc.text(winAnsiSafe(r.text), x, top, opts);
        else doc.text(winAnsiSafe(r.text), opts);
      });
      for (const i of p.inlines) {
        if (i.kind !== 'image') continue;
        const w = Math.min(i.width * PX_TO_PT, width);
        const h = (i.height * w) / i.width;
        const png = i.contentType === 'image/jpeg' ? i.bytes : pdfSafePng(i.bytes);
        if (png) doc.image(png, x, doc.y, { width: w, height: h });
        doc.y += h;
      }
    }
    doc.fillColor('#000000');
  }

  /** Header and footer text on every page, inside the margins. */
  furniture(): void {
    const doc = this.doc;
    const { header, footer, page } = this.tree;
    if (!header && !footer) return;
    const range = doc.bufferedPageRange();
    // A page-number field (AutoText) shows the page's number, a page-count field the count.
    const text = (blocks: BlockNode[], page: number) =>
      this.cellParagraphs(blocks)
        .map((p) => ({ p, text: winAnsiSafe(paragraphText(p, { page, count: range.count })) }))
        .filter((x) => x.text);
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const saved = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      if (header) {
        let y = Math.max(12, page.marginTop / 2 - 6);
        for (const { p, text: t } of text(header, i - range.start + 1)) {
          doc.font('Helvetica').fontSize(9).fillColor('#555555');
          doc.text(t, page.marginLeft, y, {
            width: this.contentWidth,
            align: p.alignment === 'CENTER' ? 'center' : p.alignment === 'RIGHT' ? 'right' : 'left',
            lineBreak: false,
          });
          y += 11;
        }
      }
      if (footer) {
        let y = page.height - page.marginBottom / 2 - 6;
        for (const { p, text: t } of text(footer, i - range.start + 1)) {
          doc.font('Helvetica').fontSize(9).fillColor('#555555');
          doc.text(t, page.marginLeft, y, {
            width: this.contentWidth,
            align: p.alignment === 'CENTER' ? 'center' : p.alignment === 'RIGHT' ? 'right' : 'left',
            lineBreak: false,
          });
          y += 11;
        }
      }
      doc.page.margins.bottom = saved;
    }
  }
}

/**
 * pdfkit drops the leading spaces of a `continued` fragment, so "Nama" + " Budi" would print as
 * "NamaBudi": the spaces move to the end of the fragment before.
 */
function shiftLeadingSpaces<T extends { text: string }>(runs: T[]): T[] {
  const out = runs.map((r) => ({ ...r }));
  for (let i = 1; i < out.length; i++) {
    const lead = /^\s+/.exec(out[i].text);
    if (!lead) continue;
    out[i - 1].text += lead[0];
    out[i].text = out[i].text.slice(lead[0].length);
  }
  return out.filter((r) => r.text.length);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** Renders a document to PDF bytes, synchronously. */
export interface PdfOptions {
  /** Quirk no-keep-in-cells: keepWithNext in table cells is ignored, so no table is kept whole. */
  noKeepInCells?: boolean;
}

export function documentToPdf(document: unknown, opts: PdfOptions = {}): Buffer {
  const tree = toTree(document);
  const { page } = tree;
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margins: { top: page.marginTop, bottom: page.marginBottom, left: page.marginLeft, right: page.marginRight },
    compress: false,
    bufferPages: true,
    info: { Title: winAnsiSafe(tree.title), Producer: 'PPID Sheets emulator', Creator: 'PPID Sheets emulator' },
  });
  const r = new Renderer(doc, tree, opts);
  r.blocks(tree.body);
  r.furniture();
  doc.end();
  const chunks: Buffer[] = [];
  let c: Buffer | null;
  while ((c = doc.read() as Buffer | null) !== null) chunks.push(c);
  const out = Buffer.concat(chunks);
  if (!out.subarray(-8).toString('latin1').includes('%%EOF')) {
    throw new Error('pdf export: pdfkit did not finish synchronously');
  }
  return out;
}
