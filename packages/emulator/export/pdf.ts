// A document (emulated Document or its DocTree) to PDF, synchronously, with pdfkit and the
// built-in Helvetica: A4 (or the document's page), headings larger, tables as grids, images
// embedded, page breaks honoured, header and footer on every page. Uncompressed so tests can read
// the text back with pdfText().
//
// pdfkit is a stream, but it pushes every chunk synchronously; reading its buffer with read()
// after end() (no 'data' listener) gets the whole file without waiting. The one asynchronous
// path in pdfkit is a PNG with alpha or transparency (it inflates with a callback), so such
// images are flattened onto white and re-encoded as plain RGB PNGs first.
import zlib from 'node:zlib';
import {
  BlockNode, DocTree, HEADING_STYLE, InlineNode, ParagraphNode, RunNode, TableNode, toTree,
} from '../services/docs-tree';

// pdfkit ships no types and @types/pdfkit is not a dependency: the little used here is typed loosely.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const PDFDocument: new (options: Record<string, unknown>) => PDFDoc = require('pdfkit');
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type PDFDoc = any;

const PX_TO_PT = 0.75;
const CELL_PADDING = 5;

/** Characters WinAnsi (the built-in fonts' encoding) holds beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
const REPLACEMENTS: Record<string, string> = {
  '≤': '<=', '≥': '>=', '→': '->', '←': '<-', '✓': 'v', '✔': 'v', '✗': 'x', '×': 'x', '−': '-',
  'Ł': 'L', 'ł': 'l', 'Đ': 'D', 'đ': 'd', 'ı': 'i',
  '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u200b': '', '\t': '    ',
};

/** Makes text safe for the built-in fonts: WinAnsi as is, accents stripped, the rest '?'. */
export function winAnsiSafe(s: string): string {
  let out = '';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (ch in REPLACEMENTS) out += REPLACEMENTS[ch];
    else if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRA.has(ch) || ch === '\n') out += ch;
    else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base && [...base].every((c) => c.charCodeAt(0) < 0x7f) ? base : '?';
    }
  }
  return out;
}

function fontName(bold: boolean, italic: boolean, family?: string): string {
  const f = (family ?? '').toLowerCase();
  if (f.includes('times') || f.includes('georgia') || f.includes('serif') && !f.includes('sans')) {
    return bold && italic ? 'Times-BoldItalic' : bold ? 'Times-Bold' : italic ? 'Times-Italic' : 'Times-Roman';
  }
  if (f.includes('courier') || f.includes('mono')) {
    return bold && italic ? 'Courier-BoldOblique' : bold ? 'Courier-Bold' : italic ? 'Courier-Oblique' : 'Courier';
  }
  return bold && italic ? 'Helvetica-BoldOblique' : bold ? 'Helvetica-Bold' : italic ? 'Helvetica-Oblique' : 'Helvetica';
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

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/**
 * Returns a PNG pdfkit embeds synchronously: the image itself when it has no alpha and no
 * transparency, else the image composited onto white as 8-bit RGB. Null when unreadable.
 */
export function pdfSafePng(png: Buffer): Buffer | null {
  if (png.length < 33 || png.toString('ascii', 1, 4) !== 'PNG') return null;
  let pos = 8;
  let width = 0, height = 0, depth = 8, colorType = 2, interlace = 0;
  let palette: Buffer | null = null;
  let trns: Buffer | null = null;
  const idat: Buffer[] = [];
  while (pos + 8 <= png.length) {
    const len = png.readUInt32BE(pos);
    const type = png.toString('ascii', pos + 4, pos + 8);
    const data = png.subarray(pos + 8, pos + 8 + len);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      depth = data[8];
      colorType = data[9];
      interlace = data[12];
    } else if (type === 'PLTE') palette = data;
    else if (type === 'tRNS') trns = data;
    else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') break;
    pos += 12 + len;
  }
  if (!width || !height) return null;
  const simple = (colorType === 0 || colorType === 2 || colorType === 3) && !trns && interlace === 0;
  if (simple) return png;
  if (interlace !== 0) return null;
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType as 0 | 2 | 3 | 4 | 6];
  if (!channels) return null;
  const raw = zlib.inflateSync(Buffer.concat(idat));
  const bitsPerPixel = channels * depth;
  const bpp = Math.max(1, bitsPerPixel >> 3);
  const stride = Math.ceil((width * bitsPerPixel) / 8);
  const out = Buffer.alloc(height * (1 + width * 3));
  let prev = Buffer.alloc(stride);
  const max = (1 << Math.min(depth, 8)) - 1;
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
    for (let i = 0; i < stride; i++) {
      const a = i >= bpp ? line[i - bpp] : 0;
      const b = prev[i];
      const c = i >= bpp ? prev[i - bpp] : 0;
      let v = line[i];
      if (filter === 1) v += a;
      else if (filter === 2) v += b;
      else if (filter === 3) v += (a + b) >> 1;
      else if (filter === 4) {
        const p = a + b - c;
        const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
        v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
      }
      line[i] = v & 0xff;
    }
    prev = line;
    const sample = (index: number): number => {
      if (depth === 8) return line[index];
      if (depth === 16) return line[index * 2];
      const bit = index * depth;
      return (line[bit >> 3] >> (8 - depth - (bit & 7))) & max;
    };
    const o = y * (1 + width * 3);
    out[o] = 0;
    if (depth === 8 && colorType === 6) {
      // Chart pictures are 8-bit RGBA: composite without the generic per-sample path, which made
      // every report's PDF take ~170 ms a chart.
      for (let x = 0, i = 0, j = o + 1; x < width; x++, i += 4, j += 3) {
        const alpha = line[i + 3];
        if (alpha === 255) {
          out[j] = line[i];
          out[j + 1] = line[i + 1];
          out[j + 2] = line[i + 2];
        } else {
          const k = alpha / 255;
          const w = 255 * (1 - k);
          out[j] = Math.round(line[i] * k + w);
          out[j + 1] = Math.round(line[i + 1] * k + w);
          out[j + 2] = Math.round(line[i + 2] * k + w);
        }
      }
      continue;
    }
    for (let x = 0; x < width; x++) {
      let r: number, g: number, bl: number, alpha = 255;
      if (colorType === 3) {
        const idx = sample(x);
        r = palette ? palette[idx * 3] : 0;
        g = palette ? palette[idx * 3 + 1] : 0;
        bl = palette ? palette[idx * 3 + 2] : 0;
        if (trns && idx < trns.length) alpha = trns[idx];
      } else {
        const scale = depth < 8 ? 255 / max : 1;
        const s0 = sample(x * channels) * scale;
        if (colorType === 0 || colorType === 4) {
          r = g = bl = s0;
          if (colorType === 4) alpha = sample(x * channels + 1);
        } else {
          r = s0;
          g = sample(x * channels + 1) * scale;
          bl = sample(x * channels + 2) * scale;
          if (colorType === 6) alpha = sample(x * channels + 3);
        }
      }
      const k = alpha / 255;
      out[o + 1 + x * 3] = Math.round(r * k + 255 * (1 - k));
      out[o + 2 + x * 3] = Math.round(g * k + 255 * (1 - k));
      out[o + 3 + x * 3] = Math.round(bl * k + 255 * (1 - k));
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(out)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

class Renderer {
  private listCounters = new Map<string, number[]>();

  constructor(private readonly doc: PDFDoc, private readonly tree: DocTree) {}

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
    for (const b of blocks) {
      if (b.kind === 'table') this.table(b);
      else this.paragraph(b);
    }
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
    const align = p.alignment === 'CENTER' ? 'center' : p.alignment === 'RIGHT' ? 'right' : p.alignment === 'JUSTIFY' ? 'justify' : 'left';
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

    let pending: Array<{ text: string; style: RunStyle }> = [];
    const flush = () => {
      const runs = shiftLeadingSpaces(pending.filter((r) => r.text.length));
      pending = [];
      if (!runs.length) return;
      const y = doc.y;
      runs.forEach((r, i) => {
        const opts: Record<string, unknown> = {
          width, align, continued: i < runs.length - 1, underline: r.style.underline, strike: r.style.strike,
          link: r.style.link ?? null, lineGap: 1.5,
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
      doc.save().lineWidth(0.75).strokeColor('#999999').moveTo(x, y).lineTo(x + width, y).stroke().restore();
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
      case 'NUMBER': return `${n}.`;
      case 'LATIN_UPPER': return `${String.fromCharCode(64 + ((n - 1) % 26) + 1)}.`;
      case 'LATIN_LOWER': return `${String.fromCharCode(96 + ((n - 1) % 26) + 1)}.`;
      case 'ROMAN_UPPER': return `${roman(n)}.`;
      case 'ROMAN_LOWER': return `${roman(n).toLowerCase()}.`;
      case 'HOLLOW_BULLET': return 'o';
      case 'SQUARE_BULLET': return '-';
      default: return '•';
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
      const heights = row.cells.map((cell, c) => this.cellHeight(cell.content, widths[c] - 2 * CELL_PADDING));
      const h = Math.max(row.minHeight ?? 0, ...heights.map((x) => x + 2 * CELL_PADDING));
      this.ensure(h);
      const y = doc.y;
      let x = this.left;
      row.cells.forEach((cell, c) => {
        if (cell.background) doc.save().rect(x, y, widths[c], h).fill(cell.background).restore();
        this.cellContent(cell.content, x + CELL_PADDING, y + CELL_PADDING, widths[c] - 2 * CELL_PADDING);
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
      for (const i of p.inlines) if (i.kind === 'image') h += Math.min(i.height * PX_TO_PT, (i.height * width) / i.width);
    }
    return h;
  }

  private cellContent(blocks: BlockNode[], x: number, y: number, width: number): void {
    const doc = this.doc;
    doc.y = y;
    for (const p of this.cellParagraphs(blocks)) {
      const align = p.alignment === 'CENTER' ? 'center' : p.alignment === 'RIGHT' ? 'right' : 'left';
      const runs = shiftLeadingSpaces(p.inlines.flatMap((i) => (i.kind === 'text' ? i.runs : [])).filter((r) => r.text));
      if (!runs.length) {
        doc.font(runStyle(p, null).font).fontSize(runStyle(p, null).size);
        doc.y += doc.currentLineHeight(true);
      }
      const top = doc.y;
      runs.forEach((r, i) => {
        const s = runStyle(p, r);
        doc.font(s.font).fontSize(s.size).fillColor(s.color);
        const opts = { width, align, continued: i < runs.length - 1, lineGap: 1.5, underline: s.underline, strike: s.strike };
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
    const text = (blocks: BlockNode[]) =>
      this.cellParagraphs(blocks)
        .map((p) => ({ p, text: winAnsiSafe(p.inlines.map((i) => (i.kind === 'text' ? i.runs.map((r) => r.text).join('') : '')).join('')) }))
        .filter((x) => x.text);
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const saved = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      if (header) {
        let y = Math.max(12, page.marginTop / 2 - 6);
        for (const { p, text: t } of text(header)) {
          doc.font('Helvetica').fontSize(9).fillColor('#555555');
          doc.text(t, page.marginLeft, y, { width: this.contentWidth, align: p.alignment === 'CENTER' ? 'center' : p.alignment === 'RIGHT' ? 'right' : 'left', lineBreak: false });
          y += 11;
        }
      }
      if (footer) {
        let y = page.height - page.marginBottom / 2 - 6;
        for (const { p, text: t } of text(footer)) {
          doc.font('Helvetica').fontSize(9).fillColor('#555555');
          doc.text(t, page.marginLeft, y, { width: this.contentWidth, align: p.alignment === 'CENTER' ? 'center' : p.alignment === 'RIGHT' ? 'right' : 'left', lineBreak: false });
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
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) {
    out += s;
    n -= v;
  }
  return out;
}

/** Renders a document to PDF bytes, synchronously. */
export function documentToPdf(document: unknown): Buffer {
  const tree = toTree(document);
  const { page } = tree;
  const doc = new PDFDocument({
    size: [page.width, page.height],
    margins: { top: page.marginTop, bottom: page.marginBottom, left: page.marginLeft, right: page.marginRight },
    compress: false,
    bufferPages: true,
    info: { Title: winAnsiSafe(tree.title), Producer: 'PPID Sheets emulator', Creator: 'PPID Sheets emulator' },
  });
  const r = new Renderer(doc, tree);
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

const WIN_ANSI_HIGH: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š',
  0x8b: '‹', 0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—',
  0x98: '˜', 0x99: '™', 0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

function decodeWinAnsi(bytes: number[]): string {
  return bytes.map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join('');
}

function decodeLiteral(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch !== '\\') {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const n = s[++i];
    const esc: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
    if (n in esc) out.push(esc[n]);
    else if (/[0-7]/.test(n)) {
      let oct = n;
      while (oct.length < 3 && /[0-7]/.test(s[i + 1])) oct += s[++i];
      out.push(parseInt(oct, 8));
    }
  }
  return out;
}

/**
 * The visible text of an uncompressed PDF from pdfkit: each text object's strings (hex in TJ
 * arrays, or literal), fragments on one baseline joined, lines separated by "\n", pages in order.
 */
export function pdfText(pdf: Buffer): string {
  const s = pdf.toString('latin1');
  const streams: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const dictStart = s.lastIndexOf('obj', m.index);
    const dict = s.slice(dictStart, m.index);
    const end = s.indexOf('endstream', m.index);
    if (end < 0) break;
    if (!/\/Subtype\s*\/Image|\/FlateDecode|\/Type\s*\/Metadata/.test(dict)) streams.push(s.slice(m.index + m[0].length, end));
    re.lastIndex = end + 'endstream'.length;
  }
  const lines: string[] = [];
  for (const stream of streams) {
    let lastY: string | null = null;
    for (const bt of stream.match(/BT[\s\S]*?ET/g) ?? []) {
      const tm = /([-\d.]+)\s+([-\d.]+)\s+Tm/.exec(bt);
      const y = tm ? tm[2] : null;
      let text = '';
      for (const arr of bt.match(/\[((?:<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)|[-\d.\s])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g) ?? []) {
        for (const part of arr.match(/<[0-9a-fA-F]*>|\((?:\\.|[^\\)])*\)/g) ?? []) {
          if (part.startsWith('<')) {
            const hex = part.slice(1, -1);
            const bytes: number[] = [];
            for (let i = 0; i + 1 < hex.length; i += 2) bytes.push(parseInt(hex.slice(i, i + 2), 16));
            text += decodeWinAnsi(bytes);
          } else {
            text += decodeWinAnsi(decodeLiteral(part.slice(1, -1)));
          }
        }
      }
      if (y !== null && y === lastY && lines.length) lines[lines.length - 1] += text;
      else lines.push(text);
      lastY = y;
    }
  }
  return lines.join('\n');
}
