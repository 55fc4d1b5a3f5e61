// A document rebuilt from its saved tree (docs-tree.ts), for an emulated Google saved to a folder
// and loaded again (state.ts): the same paragraphs, runs, images, lists and tables, through the
// elements' own methods, uncounted. What the tree does not keep (named ranges, bookmarks, list
// identity beyond consecutive items) comes back as a plain document would have it.
import type { Runtime } from '../runtime';
import { Blob } from '../blob';
import type { BlockNode, DocTree, InlineNode, ParagraphNode, RunNode, TableNode } from './docs-tree';
import { UnsupportedElement } from './docs-inline';
import { GlyphType, HorizontalAlignment, ParagraphHeading, VerticalAlignment } from './docs-enums';

type Section = any;

function applyRun(text: any, r: RunNode): void {
  if (r.bold) text.setBold(true);
  if (r.italic) text.setItalic(true);
  if (r.underline) text.setUnderline(true);
  if (r.strikethrough) text.setStrikethrough(true);
  if (r.fontSize) text.setFontSize(r.fontSize);
  if (r.fontFamily) text.setFontFamily(r.fontFamily);
  if (r.color) text.setForegroundColor(r.color);
  if (r.highlight) text.setBackgroundColor(r.highlight);
  if (r.link) text.setLinkUrl(r.link);
}

function fillParagraph(rt: Runtime, p: any, node: ParagraphNode): void {
  if (node.heading && node.heading !== 'NORMAL') p.setHeading(ParagraphHeading[node.heading]);
  if (node.alignment) p.setAlignment(HorizontalAlignment[node.alignment]);
  if (node.spacingBefore != null) p.setSpacingBefore(node.spacingBefore);
  if (node.spacingAfter != null) p.setSpacingAfter(node.spacingAfter);
  if (node.lineSpacing != null) p.setLineSpacing(node.lineSpacing);
  if (node.indentStart != null) p.setIndentStart(node.indentStart);
  if (node.indentEnd != null) p.setIndentEnd(node.indentEnd);
  if (node.indentFirstLine != null) p.setIndentFirstLine(node.indentFirstLine);
  for (const inline of node.inlines) addInline(rt, p, inline);
}

function addInline(rt: Runtime, p: any, inline: InlineNode): void {
  switch (inline.kind) {
    case 'text':
      for (const r of inline.runs) {
        if (!r.text) continue;
        applyRun(p.appendText(r.text), r);
      }
      break;
    case 'image': {
      const bytes = Buffer.isBuffer(inline.bytes)
        ? inline.bytes
        : Buffer.from(inline.bytes as unknown as string, 'base64');
      const img = p.appendInlineImage(new Blob(rt, bytes, inline.contentType, 'image'));
      img.setWidth(inline.width).setHeight(inline.height);
      break;
    }
    case 'pageBreak':
      p.appendPageBreak();
      break;
    case 'horizontalRule':
      p.appendHorizontalRule();
      break;
    case 'autoText':
      // No DocumentApp method makes one (it is an UnsupportedElement): added as the element itself.
      p._addInline(p._children.length, new UnsupportedElement(rt, p._m, inline.type));
      break;
  }
}

function fillTable(rt: Runtime, table: any, node: TableNode): void {
  table.setBorderWidth(node.borderWidth);
  if (node.borderColor) table.setBorderColor(node.borderColor);
  node.columnWidths.forEach((w, i) => {
    if (w != null) table.setColumnWidth(i, w);
  });
  node.rows.forEach((row, r) => {
    const tr = table.getRow(r);
    if (row.minHeight != null) tr.setMinimumHeight(row.minHeight);
    row.cells.forEach((cell, c) => {
      const td = tr.getCell(c);
      if (cell.background) td.setBackgroundColor(cell.background);
      if (cell.width != null) td.setWidth(cell.width);
      if (cell.verticalAlignment) td.setVerticalAlignment(VerticalAlignment[cell.verticalAlignment]);
      const pad = cell.padding;
      if (pad?.top != null) td.setPaddingTop(pad.top);
      if (pad?.bottom != null) td.setPaddingBottom(pad.bottom);
      if (pad?.left != null) td.setPaddingLeft(pad.left);
      if (pad?.right != null) td.setPaddingRight(pad.right);
      fillSection(rt, td, cell.content, true);
    });
  });
}

/** Fills a section (body, header, footer, cell) that starts with one empty paragraph. */
export function fillSection(rt: Runtime, section: Section, blocks: BlockNode[], inCell = false): void {
  const first = section.getNumChildren() === 1 ? section.getChild(0) : null;
  let previousList: { id: string; item: any } | null = null;
  for (const b of blocks) {
    if (b.kind === 'table') {
      const cells = b.rows.map((row) => row.cells.map(() => ''));
      fillTable(rt, section.appendTable(cells.length ? cells : [['']]), b);
      previousList = null;
      continue;
    }
    if (b.list) {
      const item = section.appendListItem('');
      item.setGlyphType(GlyphType[b.list.glyph] ?? GlyphType.BULLET).setNestingLevel(b.list.level);
      if (previousList && previousList.id === b.list.listId) item.setListId(previousList.item);
      else previousList = { id: b.list.listId, item };
      fillParagraph(rt, item, b);
      continue;
    }
    previousList = null;
    fillParagraph(rt, section.appendParagraph(''), b);
  }
  // The empty paragraph a new section (or cell) starts with goes, unless it is all there is.
  if (first && section.getNumChildren() > 1) {
    if (inCell) section.removeChild(first);
    else first.removeFromParent();
  }
}

/** Rebuilds a document's content from its tree: page, body, header and footer. */
export function loadTree(rt: Runtime, doc: any, tree: DocTree): void {
  rt.uncounted(() => {
    const body = doc.getBody();
    const p = tree.page;
    body.setPageWidth(p.width).setPageHeight(p.height);
    body.setMarginTop(p.marginTop).setMarginBottom(p.marginBottom);
    body.setMarginLeft(p.marginLeft).setMarginRight(p.marginRight);
    fillSection(rt, body, tree.body);
    if (tree.header) fillSection(rt, doc.addHeader(), tree.header);
    if (tree.footer) fillSection(rt, doc.addFooter(), tree.footer);
  });
}
