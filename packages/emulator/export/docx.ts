// A document (emulated Document or its DocTree) to .docx with the `docx` package: real heading
// styles (Title, Heading1 … so the outline in Word / LibreOffice works), alignment, run
// formatting, tables with cell shading, inline images at their size, bullet and numbered lists
// (numbering restarts per list, as in the Google Doc), page breaks, header and footer; and the
// pagination the Docs API sets (keep with next, keep lines together: w:keepNext, w:keepLines;
// rows that never split and repeated header rows: w:cantSplit, w:tblHeader), the page-number
// field, heading links as bookmarks, and the default Google Doc's named styles
// (services/docs-api-styles.ts), so LibreOffice paginates as Google would.
import fs from 'node:fs';
import path from 'node:path';
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document as DocxDocument,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  HeightRule,
  InternalHyperlink,
  LineRuleType,
  PageNumber,
} from 'docx';
import { NAMED_DEFAULTS, NORMAL_FONT, NORMAL_LINE_SPACING } from '../services/docs-api-styles';
import {
  type BlockNode,
  type DocTree,
  HEADING_STYLE,
  type InlineNode,
  type ParagraphNode,
  type RunNode,
  type TableNode,
  imageSize,
  toTree,
} from '../services/docs-tree';

const PT = 20; // twips per point
const PX_TO_PT = 0.75;

const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  TITLE: HeadingLevel.TITLE,
  HEADING1: HeadingLevel.HEADING_1,
  HEADING2: HeadingLevel.HEADING_2,
  HEADING3: HeadingLevel.HEADING_3,
  HEADING4: HeadingLevel.HEADING_4,
  HEADING5: HeadingLevel.HEADING_5,
  HEADING6: HeadingLevel.HEADING_6,
};

const ALIGN: Record<string, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  LEFT: AlignmentType.LEFT,
  CENTER: AlignmentType.CENTER,
  RIGHT: AlignmentType.RIGHT,
  JUSTIFY: AlignmentType.JUSTIFIED,
};

const GLYPHS: Record<
  string,
  { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: (level: number) => string }
> = {
  BULLET: { format: LevelFormat.BULLET, text: (l) => ['•', '◦', '▪'][l % 3] },
  HOLLOW_BULLET: { format: LevelFormat.BULLET, text: () => '◦' },
  SQUARE_BULLET: { format: LevelFormat.BULLET, text: () => '▪' },
  NUMBER: { format: LevelFormat.DECIMAL, text: (l) => `%${l + 1}.` },
  LATIN_UPPER: { format: LevelFormat.UPPER_LETTER, text: (l) => `%${l + 1}.` },
  LATIN_LOWER: { format: LevelFormat.LOWER_LETTER, text: (l) => `%${l + 1}.` },
  ROMAN_UPPER: { format: LevelFormat.UPPER_ROMAN, text: (l) => `%${l + 1}.` },
  ROMAN_LOWER: { format: LevelFormat.LOWER_ROMAN, text: (l) => `%${l + 1}.` },
};

function hex(color: string | undefined | null): string | undefined {
  return color ? color.replace('#', '').toUpperCase() : undefined;
}

function imageType(bytes: Buffer): 'png' | 'jpg' | 'gif' | 'bmp' {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg';
  if (bytes.toString('ascii', 0, 3) === 'GIF') return 'gif';
  if (bytes.toString('ascii', 0, 2) === 'BM') return 'bmp';
  return 'png';
}

class Builder {
  /** listId → numbering instance, so each Google Docs list restarts its own numbering. */
  private instances = new Map<string, number>();
  readonly glyphsUsed = new Set<string>();

  constructor(private readonly tree: DocTree) {}

  private get contentWidthPt(): number {
    const p = this.tree.page;
    return p.width - p.marginLeft - p.marginRight;
  }

  blocks(blocks: BlockNode[], widthPt = this.contentWidthPt): Array<Paragraph | Table> {
    const out: Array<Paragraph | Table> = [];
    for (const b of blocks) out.push(b.kind === 'table' ? this.table(b, widthPt) : this.paragraph(b, widthPt));
    return out;
  }

  private runs(runs: RunNode[], p: ParagraphNode): Array<TextRun | ExternalHyperlink | InternalHyperlink> {
    const out: Array<TextRun | ExternalHyperlink | InternalHyperlink> = [];
    for (const r of runs) {
      const lines = r.text.split(/\r?\n|\r/);
      const make = (text: string, i: number) =>
        new TextRun({
          text,
          break: i > 0 ? 1 : undefined,
          bold: r.bold,
          italics: r.italic,
          underline: r.underline ? {} : undefined,
          strike: r.strikethrough,
          size: r.fontSize ? Math.round(r.fontSize * 2) : undefined,
          font: r.fontFamily,
          color: hex(r.color),
          shading: r.highlight ? { type: ShadingType.CLEAR, fill: hex(r.highlight), color: 'auto' } : undefined,
          style: r.link ? 'Hyperlink' : undefined,
        });
      const pieces = lines.map(make);
      const heading = r.link ? /^#heading=(.+)$/.exec(r.link) : null;
      if (heading) out.push(new InternalHyperlink({ anchor: bookmarkName(heading[1]), children: pieces }));
      else if (r.link) out.push(new ExternalHyperlink({ link: r.link, children: pieces }));
      else out.push(...pieces);
    }
    void p;
    return out;
  }

  private inline(
    i: InlineNode,
    p: ParagraphNode,
    widthPt: number,
  ): Array<TextRun | ExternalHyperlink | InternalHyperlink | ImageRun | PageBreak> {
    switch (i.kind) {
      case 'autoText':
        return [new TextRun({ children: [i.type === 'PAGE_COUNT' ? PageNumber.TOTAL_PAGES : PageNumber.CURRENT] })];
      case 'text':
        return this.runs(i.runs, p);
      case 'pageBreak':
        return [new PageBreak()];
      case 'horizontalRule':
        return [];
      case 'image': {
        const size = imageSize(i.bytes);
        let w = i.width || size?.width || 100;
        let h = i.height || size?.height || 100;
        const maxPx = widthPt / PX_TO_PT;
        if (w > maxPx) {
          h = (h * maxPx) / w;
          w = maxPx;
        }
        return [
          new ImageRun({
            type: imageType(i.bytes),
            data: i.bytes,
            transformation: { width: Math.round(w), height: Math.round(h) },
          } as ConstructorParameters<typeof ImageRun>[0]),
        ];
      }
    }
  }

  paragraph(p: ParagraphNode, widthPt = this.contentWidthPt): Paragraph {
    const inlines = p.inlines.flatMap((i) => this.inline(i, p, widthPt));
    // A heading is a bookmark, so the Daftar Isi's links ("#heading=ID") reach it in Word and LibreOffice.
    const children = p.headingId
      ? [new Bookmark({ id: bookmarkName(p.headingId), children: inlines as TextRun[] })]
      : inlines;
    const hasRule = p.inlines.some((i) => i.kind === 'horizontalRule');
    let numbering: { reference: string; level: number; instance: number } | undefined;
    if (p.list) {
      this.glyphsUsed.add(p.list.glyph);
      let instance = this.instances.get(p.list.listId);
      if (instance === undefined) {
        instance = this.instances.size + 1;
        this.instances.set(p.list.listId, instance);
      }
      numbering = { reference: `list-${p.list.glyph}`, level: Math.min(8, p.list.level), instance };
    }
    const indent: Record<string, number> = {};
    if (p.indentStart != null && !p.list) indent.left = Math.round(p.indentStart * PT);
    if (p.indentEnd != null) indent.right = Math.round(p.indentEnd * PT);
    if (p.indentFirstLine != null && !p.list) {
      const first = p.indentFirstLine - (p.indentStart ?? 0);
      if (first >= 0) indent.firstLine = Math.round(first * PT);
      else indent.hanging = Math.round(-first * PT);
    }
    const spacing: Record<string, number> = {};
    if (p.spacingBefore != null) spacing.before = Math.round(p.spacingBefore * PT);
    if (p.spacingAfter != null) spacing.after = Math.round(p.spacingAfter * PT);
    if (p.lineSpacing != null) spacing.line = Math.round(p.lineSpacing * 240);
    return new Paragraph({
      children,
      heading: HEADINGS[p.heading],
      style: p.heading === 'SUBTITLE' ? 'Subtitle' : undefined,
      alignment: p.alignment ? ALIGN[p.alignment] : undefined,
      numbering,
      // Unset: the named style's keep (on for headings, title and subtitle) comes from the style.
      keepNext: p.keepWithNext,
      keepLines: p.keepLinesTogether,
      indent: Object.keys(indent).length ? indent : undefined,
      spacing: Object.keys(spacing).length ? spacing : undefined,
      border: hasRule ? { bottom: { color: 'A0A0A0', space: 1, style: BorderStyle.SINGLE, size: 6 } } : undefined,
    });
  }

  table(t: TableNode, availablePt: number): Table {
    const cols = Math.max(1, ...t.rows.map((r) => r.cells.length));
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      widths[c] = t.columnWidths[c] ?? t.rows.map((r) => r.cells[c]?.width).find((w) => w != null) ?? NaN;
    }
    const fixed = widths.filter((w) => !Number.isNaN(w)).reduce((a, b) => a + b, 0);
    const free = widths.filter((w) => Number.isNaN(w)).length;
    const share = free ? Math.max(30, (availablePt - fixed) / free) : 0;
    for (let c = 0; c < cols; c++) if (Number.isNaN(widths[c])) widths[c] = share;
    const total = widths.reduce((a, b) => a + b, 0);
    if (total > availablePt) for (let c = 0; c < cols; c++) widths[c] *= availablePt / total;

    const border =
      t.borderWidth > 0
        ? {
            style: BorderStyle.SINGLE,
            size: Math.max(2, Math.round(t.borderWidth * 8)),
            color: hex(t.borderColor) ?? '000000',
          }
        : { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
    return new Table({
      columnWidths: widths.map((w) => Math.round(w * PT)),
      width: { size: Math.round(widths.reduce((a, b) => a + b, 0) * PT), type: WidthType.DXA },
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: t.rows.map(
        (row) =>
          new TableRow({
            tableHeader: row.tableHeader || undefined,
            cantSplit: row.preventOverflow || undefined,
            height:
              row.minHeight != null ? { value: Math.round(row.minHeight * PT), rule: HeightRule.ATLEAST } : undefined,
            children: row.cells.map((cell, c) => {
              const content = this.blocks(cell.content, widths[c] - 10);
              return new TableCell({
                children: content.length ? content : [new Paragraph({})],
                width: { size: Math.round(widths[c] * PT), type: WidthType.DXA },
                shading: cell.background
                  ? { type: ShadingType.CLEAR, fill: hex(cell.background), color: 'auto' }
                  : undefined,
                verticalAlign:
                  cell.verticalAlignment === 'CENTER'
                    ? VerticalAlign.CENTER
                    : cell.verticalAlignment === 'BOTTOM'
                      ? VerticalAlign.BOTTOM
                      : undefined,
                // Docs pads a cell by 5 pt on each side unless TableCell.setPadding* says otherwise
                // (https://developers.google.com/apps-script/reference/document/table-cell#setPaddingTop(Number)).
                margins: {
                  top: Math.round((cell.padding?.top ?? 5) * PT),
                  bottom: Math.round((cell.padding?.bottom ?? 5) * PT),
                  left: Math.round((cell.padding?.left ?? 5) * PT),
                  right: Math.round((cell.padding?.right ?? 5) * PT),
                },
              });
            }),
          }),
      ),
    });
  }

  numberingConfig() {
    return [...Object.keys(GLYPHS)].map((glyph) => ({
      reference: `list-${glyph}`,
      levels: Array.from({ length: 9 }, (_, level) => ({
        level,
        format: GLYPHS[glyph].format,
        text: GLYPHS[glyph].text(level),
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
      })),
    }));
  }
}

/** A Word bookmark name for a Docs heading ID ("h.abc" → "h_abc": letters, digits and _ only). */
function bookmarkName(headingId: string): string {
  return `_${headingId.replace(/[^A-Za-z0-9_]/g, '_')}`.slice(0, 40);
}

/** A named style as Word reads it: Google's size, colour, spacing and keep (docs-api-styles.ts). */
function styleFor(name: string) {
  const h = HEADING_STYLE[name];
  const d = NAMED_DEFAULTS[name];
  return {
    run: {
      size: h.size * 2,
      bold: h.bold || undefined,
      italics: h.italic || undefined,
      color: hex(h.color) ?? '000000',
      font: NORMAL_FONT,
    },
    paragraph: {
      spacing: { before: Math.round(d.spaceAbove * PT), after: Math.round(d.spaceBelow * PT) },
      keepNext: d.keep,
      keepLines: d.keep,
    },
  };
}

/** Builds the .docx bytes of a document. */
export async function documentToDocxBuffer(document: unknown): Promise<Buffer> {
  const tree = toTree(document);
  const b = new Builder(tree);
  const body = b.blocks(tree.body);
  const header = tree.header ? new Header({ children: b.blocks(tree.header) as Paragraph[] }) : undefined;
  const footer = tree.footer ? new Footer({ children: b.blocks(tree.footer) as Paragraph[] }) : undefined;
  const { page } = tree;
  const doc = new DocxDocument({
    title: tree.title,
    creator: 'PPID Sheets',
    styles: {
      default: {
        // Google's normal text: Arial 11 pt, lines at 115 %, no space above or below.
        document: {
          run: { font: NORMAL_FONT, size: 22 },
          paragraph: {
            spacing: { line: Math.round(NORMAL_LINE_SPACING * 240), lineRule: LineRuleType.AUTO, before: 0, after: 0 },
          },
        },
        title: styleFor('TITLE'),
        heading1: styleFor('HEADING1'),
        heading2: styleFor('HEADING2'),
        heading3: styleFor('HEADING3'),
        heading4: styleFor('HEADING4'),
        heading5: styleFor('HEADING5'),
        heading6: styleFor('HEADING6'),
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 30, color: '666666', font: NORMAL_FONT },
          paragraph: { spacing: { before: 0, after: 320 }, keepNext: true, keepLines: true },
        },
      ],
    },
    numbering: { config: b.numberingConfig() },
    sections: [
      {
        properties: {
          page: {
            size: { width: Math.round(page.width * PT), height: Math.round(page.height * PT) },
            margin: {
              top: Math.round(page.marginTop * PT),
              bottom: Math.round(page.marginBottom * PT),
              left: Math.round(page.marginLeft * PT),
              right: Math.round(page.marginRight * PT),
            },
          },
        },
        headers: header ? { default: header } : undefined,
        footers: footer ? { default: footer } : undefined,
        children: body.length ? body : [new Paragraph({})],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** Writes the document as a .docx file (creating the folder). */
export async function exportDocx(document: unknown, filePath: string): Promise<void> {
  const bytes = await documentToDocxBuffer(document);
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  fs.writeFileSync(filePath, bytes);
}
