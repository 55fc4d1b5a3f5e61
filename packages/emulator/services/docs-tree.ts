// The plain, service-free picture of a document that the exporters (docx, PDF) render.
// Documents produce it with `_tree()`; Drive keeps the last saved one so that an export taken
// before saveAndClose() sees the stale content, as on Google's servers.

export interface RunNode {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontSize?: number;
  fontFamily?: string;
  color?: string;
  highlight?: string;
  link?: string;
}

// biome-ignore format: a table laid out by hand, one entry per line
export type InlineNode =
  | { kind: 'text'; runs: RunNode[] }
  | { kind: 'image'; bytes: Buffer; contentType: string; width: number; height: number }
  | { kind: 'pageBreak' }
  | { kind: 'horizontalRule' }
  /** A field Docs fills in as the page is laid out (the Docs API's AutoText; DocumentApp's UnsupportedElement). */
  | { kind: 'autoText'; type: 'PAGE_NUMBER' | 'PAGE_COUNT' };

export interface ParagraphNode {
  kind: 'paragraph';
  /** ParagraphHeading name: NORMAL, TITLE, SUBTITLE, HEADING1 … HEADING6. */
  heading: string;
  /** HorizontalAlignment name or null (left). */
  alignment: string | null;
  spacingBefore: number | null;
  spacingAfter: number | null;
  lineSpacing: number | null;
  indentStart: number | null;
  indentEnd: number | null;
  indentFirstLine: number | null;
  /**
   * Pagination set through the Docs API (ParagraphStyle.keepWithNext / keepLinesTogether); absent
   * means the named style's default (docs-api-styles.ts: true for headings, title and subtitle).
   */
  keepWithNext?: boolean;
  keepLinesTogether?: boolean;
  /** The heading's ID (ParagraphStyle.headingId), which links of the form "#heading=ID" point to. */
  headingId?: string;
  /** Present for list items: GlyphType name, nesting level and the list it belongs to. */
  list?: { glyph: string; level: number; listId: string };
  inlines: InlineNode[];
}

/** A paragraph of the normal style with nothing set but its alignment (a new document's, an imported one's). */
export function plainParagraph(inlines: InlineNode[] = [], alignment: string | null = null): ParagraphNode {
  return {
    kind: 'paragraph',
    heading: 'NORMAL',
    alignment,
    spacingBefore: null,
    spacingAfter: null,
    lineSpacing: null,
    indentStart: null,
    indentEnd: null,
    indentFirstLine: null,
    inlines,
  };
}

export interface CellNode {
  background: string | null;
  width: number | null;
  verticalAlignment: string | null;
  /** TableCell.setPadding* (points), null where not set: Docs' default padding then applies. */
  padding?: { top: number | null; bottom: number | null; left: number | null; right: number | null };
  content: BlockNode[];
}

export interface TableNode {
  kind: 'table';
  borderWidth: number;
  borderColor: string;
  columnWidths: Array<number | null>;
  /** TableRowStyle: preventOverflow (the row is never split across pages), tableHeader (repeated on each page). */
  rows: Array<{ minHeight: number | null; preventOverflow?: boolean; tableHeader?: boolean; cells: CellNode[] }>;
}

export type BlockNode = ParagraphNode | TableNode;

export interface PageSetup {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

export interface DocTree {
  title: string;
  page: PageSetup;
  header: BlockNode[] | null;
  footer: BlockNode[] | null;
  body: BlockNode[];
}

/** Google Docs' default look of each named style (points), which the exporters reproduce. */
export const HEADING_STYLE: Record<string, { size: number; bold: boolean; italic?: boolean; color?: string }> = {
  NORMAL: { size: 11, bold: false },
  TITLE: { size: 26, bold: false },
  SUBTITLE: { size: 15, bold: false, color: '#666666' },
  HEADING1: { size: 20, bold: false },
  HEADING2: { size: 16, bold: false },
  HEADING3: { size: 14, bold: false, color: '#434343' },
  HEADING4: { size: 12, bold: false, color: '#666666' },
  HEADING5: { size: 11, bold: false, color: '#666666' },
  HEADING6: { size: 11, bold: false, italic: true, color: '#666666' },
};

/**
 * Accepts a Document (emulated), a Drive FileRecord of a Google Doc (its `native` model, as the
 * CLI finds it in rt.files), the model itself, or an already extracted tree.
 */
export function toTree(document: unknown): DocTree {
  const d = document as { _tree?: () => DocTree; tree?: () => DocTree; native?: unknown; body?: unknown };
  if (d && typeof d._tree === 'function') return d._tree();
  if (d && typeof d.tree === 'function') return d.tree();
  if (d?.native && typeof (d.native as { tree?: unknown }).tree === 'function')
    return (d.native as { tree: () => DocTree }).tree();
  if (d && Array.isArray((d as DocTree).body)) return d as DocTree;
  throw new Error('export: expected an emulated Document or a DocTree');
}

/**
 * The visible text of a paragraph node (for tests and plain-text fallbacks); on a laid-out page
 * (`at`), a page-number field shows the page's number and a page-count field the count.
 */
export function paragraphText(p: ParagraphNode, at?: { page: number; count: number }): string {
  const shown = (i: InlineNode) =>
    i.kind === 'text'
      ? i.runs.map((r) => r.text).join('')
      : i.kind === 'autoText' && at
        ? String(i.type === 'PAGE_COUNT' ? at.count : at.page)
        : '';
  return p.inlines.map(shown).join('');
}

/** Pixel size of a PNG / JPEG / GIF, or null when the bytes are none of those. */
export function imageSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length > 24 && bytes[0] === 0x89 && bytes.toString('ascii', 1, 4) === 'PNG') {
    return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
  }
  if (bytes.length > 10 && bytes.toString('ascii', 0, 3) === 'GIF') {
    return { width: bytes.readUInt16LE(6), height: bytes.readUInt16LE(8) };
  }
  if (bytes.length > 4 && bytes[0] === 0xff && bytes[1] === 0xd8) {
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1];
      const len = bytes.readUInt16BE(i + 2);
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { height: bytes.readUInt16BE(i + 5), width: bytes.readUInt16BE(i + 7) };
      }
      i += 2 + len;
    }
  }
  return null;
}
