// What a reader sees of a report document, read from its .docx (word/document.xml), for the
// regression test that holds the document writer to what it wrote before (issue #25 item 5):
// each block of the body with the styles that matter (named style, alignment, bold, italic, list,
// image, page break; tables: size, bold header and total rows, shaded header) and, apart, its
// text. Structure and text are kept apart so that a change of wording updates one file and a
// change of layout shows in the other.
import JSZip from 'jszip';

interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: XNode[];
  text: string;
}

/** A small XML reader: enough for the docx package's output (no CDATA, no DTD). */
export function parseXml(xml: string): XNode {
  const root: XNode = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const re =
    /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->|([^<]+)/g;
  for (const m of xml.matchAll(re)) {
    const top = stack[stack.length - 1];
    if (m[5] !== undefined) {
      top.text += decode(m[5]);
      continue;
    }
    if (!m[2]) continue;
    if (m[1]) {
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
      attrs[a[1]] = decode(a[2] ?? a[3]);
    const node: XNode = { name: m[2], attrs, children: [], text: '' };
    top.children.push(node);
    if (!m[4]) stack.push(node);
  }
  return root;
}

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

const kids = (n: XNode, name: string) => n.children.filter((c) => c.name === name);
const kid = (n: XNode | undefined, name: string) => n?.children.find((c) => c.name === name);
function all(n: XNode, name: string, out: XNode[] = []): XNode[] {
  for (const c of n.children) {
    if (c.name === name) out.push(c);
    all(c, name, out);
  }
  return out;
}

/** One block as the regression test compares it: `text` apart from the rest. */
export interface BlockFeature {
  kind: 'p' | 'table';
  /** Paragraph: style, alignment, bold/italic over its text ('all', 'none', 'mixed'), list, image, page break. */
  style?: string;
  align?: string;
  bold?: string;
  italic?: string;
  list?: boolean;
  image?: boolean;
  pageBreak?: boolean;
  /** Table: rows × columns, whether the header row is bold and its shading, whether the last row is bold. */
  size?: string;
  headerBold?: boolean;
  headerFill?: string | null;
  lastRowBold?: boolean;
  /** Table: the alignments its cells' paragraphs use, and its column widths (twips, from w:tblGrid). */
  cellAlign?: string;
  widths?: string;
  /** Paragraph text, or the table's cells (cells joined by " | ", rows by " // "). */
  text: string;
}

function runBold(r: XNode, styleBold: boolean): boolean {
  const b = kid(kid(r, 'w:rPr'), 'w:b');
  if (!b) return styleBold;
  return b.attrs['w:val'] !== 'false' && b.attrs['w:val'] !== '0';
}

function runItalic(r: XNode): boolean {
  const i = kid(kid(r, 'w:rPr'), 'w:i');
  return !!i && i.attrs['w:val'] !== 'false' && i.attrs['w:val'] !== '0';
}

function runsOf(p: XNode): XNode[] {
  // Runs directly in the paragraph or inside a hyperlink.
  return p.children.flatMap((c) => (c.name === 'w:r' ? [c] : c.name === 'w:hyperlink' ? kids(c, 'w:r') : []));
}

function paragraphText(p: XNode): string {
  return runsOf(p)
    .map((r) => r.children.map((c) => (c.name === 'w:t' ? c.text : c.name === 'w:tab' ? '\t' : '')).join(''))
    .join('');
}

function share(flags: boolean[]): string {
  if (!flags.length) return 'none';
  if (flags.every(Boolean)) return 'all';
  if (!flags.some(Boolean)) return 'none';
  return 'mixed';
}

function paragraphFeature(p: XNode, boldStyles: Set<string>): BlockFeature {
  const pPr = kid(p, 'w:pPr');
  const style = kid(pPr, 'w:pStyle')?.attrs['w:val'] ?? 'Normal';
  const align = kid(pPr, 'w:jc')?.attrs['w:val'] ?? 'left';
  const runs = runsOf(p).filter((r) => kids(r, 'w:t').some((t) => t.text.trim()));
  const text = paragraphText(p);
  return {
    kind: 'p',
    style,
    align: align === 'both' ? 'justify' : align === 'start' ? 'left' : align,
    bold: share(runs.map((r) => runBold(r, boldStyles.has(style)))),
    italic: share(runs.map(runItalic)),
    list: !!kid(pPr, 'w:numPr'),
    image: all(p, 'w:drawing').length > 0,
    pageBreak: all(p, 'w:br').some((b) => b.attrs['w:type'] === 'page'),
    text,
  };
}

function cellText(tc: XNode): string {
  return kids(tc, 'w:p').map(paragraphText).join(' ');
}

function rowBold(tr: XNode): boolean {
  const runs = kids(tr, 'w:tc')
    .flatMap((tc) => kids(tc, 'w:p'))
    .flatMap(runsOf)
    .filter((r) => kids(r, 'w:t').some((t) => t.text.trim()));
  return runs.length > 0 && runs.every((r) => runBold(r, false));
}

function tableFeature(tbl: XNode): BlockFeature {
  const rows = kids(tbl, 'w:tr');
  const cols = Math.max(0, ...rows.map((r) => kids(r, 'w:tc').length));
  const fills = rows[0]
    ? kids(rows[0], 'w:tc').map((tc) => kid(kid(tc, 'w:tcPr'), 'w:shd')?.attrs['w:fill'] ?? null)
    : [];
  const fill = fills.length && fills.every((f) => f === fills[0]) ? fills[0] : fills.length ? 'mixed' : null;
  return {
    kind: 'table',
    size: `${rows.length}x${cols}`,
    headerBold: rows[0] ? rowBold(rows[0]) : false,
    headerFill: fill ? fill.toUpperCase() : null,
    lastRowBold: rows.length > 1 ? rowBold(rows[rows.length - 1]) : false,
    cellAlign: [
      ...new Set(
        rows
          .flatMap((r) => kids(r, 'w:tc'))
          .flatMap((tc) => kids(tc, 'w:p'))
          .map((p) => kid(kid(p, 'w:pPr'), 'w:jc')?.attrs['w:val'] ?? 'left'),
      ),
    ]
      .sort()
      .join(','),
    widths: kids(kid(tbl, 'w:tblGrid') ?? tbl, 'w:gridCol')
      .map((g) => g.attrs['w:w'])
      .join(','),
    text: rows.map((r) => kids(r, 'w:tc').map(cellText).join(' | ')).join(' // '),
  };
}

/** The body's blocks of a .docx, in order; empty paragraphs (no text, image or break) are left out. */
export async function docxFeatures(docx: Buffer): Promise<BlockFeature[]> {
  const zip = await JSZip.loadAsync(docx);
  const xml = await zip.file('word/document.xml')!.async('string');
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const boldStyles = new Set<string>();
  for (const s of all(parseXml(stylesXml), 'w:style')) {
    const b = kid(kid(s, 'w:rPr'), 'w:b');
    if (b && b.attrs['w:val'] !== 'false') boldStyles.add(s.attrs['w:styleId']);
  }
  const body = kid(kid(parseXml(xml), 'w:document'), 'w:body');
  if (!body) throw new Error('docx: no body');
  const out: BlockFeature[] = [];
  for (const c of body.children) {
    if (c.name === 'w:p') {
      const f = paragraphFeature(c, boldStyles);
      if (f.text.trim() || f.image || f.pageBreak) out.push(f);
    } else if (c.name === 'w:tbl') out.push(tableFeature(c));
  }
  return out;
}

/** The features without their text (what the structure file holds), one JSON line per block. */
export function structureLines(blocks: BlockFeature[]): string[] {
  return blocks.map(({ text: _t, ...rest }) => JSON.stringify(rest));
}

/** The text of each block, one line per block (what the text file holds). */
export function textLines(blocks: BlockFeature[]): string[] {
  return blocks.map((b) => `${b.kind === 'table' ? 'T' : 'P'} ${b.text.replace(/\s+/g, ' ').trim()}`);
}
