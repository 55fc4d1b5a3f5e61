// Renders the report model into a Google Docs document with real heading styles (so the outline
// works), tables and chart images. Made by the Drive API in the report folder (drive.ts) under a
// temporary name; the caller renames it on success.
import { type Block, type ReportModel, placeholderRanges } from '../core/report';
import { discardDocument } from './files';
import { createDocInFolder } from './drive';

type Blob = GoogleAppsScript.Base.Blob;
type Document = GoogleAppsScript.Document.Document;

const IMAGE_WIDTH = 440;
// Points: the body's width between Google Docs' default 1-inch margins on A4 (595 − 2 × 72), a
// No. column that holds "10.", and a count or percentage column that holds "Persentase".
const TEXT_WIDTH = 450;
const NO_WIDTH = 36;
const COUNT_WIDTH = 84;
const PLACEHOLDER_BACKGROUND = '#fff2cc';
const PLACEHOLDER_TEXT = '#a50e0e';

/**
 * A "[BELUM DIISI: …]" placeholder inside a line (a blank unit name in a sentence, the place before
 * the date) highlighted like a whole placeholder paragraph, and only it: Text.setBackgroundColor,
 * setForegroundColor and setBold take (startOffset, endOffsetInclusive, value) (DocumentApp Text
 * reference). No call at all on a line without one.
 */
function markPlaceholders(el: { editAsText(): GoogleAppsScript.Document.Text }, text: string): void {
  const ranges = placeholderRanges(text);
  if (!ranges.length) return;
  const t = el.editAsText();
  for (const [start, end] of ranges)
    t.setBackgroundColor(start, end, PLACEHOLDER_BACKGROUND)
      .setForegroundColor(start, end, PLACEHOLDER_TEXT)
      .setBold(start, end, true);
}

export function writeReportDocument(
  model: ReportModel,
  chartImages: Record<string, Blob>,
  tempName: string,
  folderId: string,
): Document {
  const doc = createDocInFolder(tempName, folderId);
  try {
    fillDocument(doc, model, chartImages);
  } catch (err) {
    // A half-written report must not stay in the officer's Drive.
    discardDocument(doc);
    throw err;
  }
  return doc;
}

function fillDocument(doc: Document, model: ReportModel, chartImages: Record<string, Blob>): void {
  const body = doc.getBody();
  const H = DocumentApp.ParagraphHeading;
  const A = DocumentApp.HorizontalAlignment;
  const align = { left: A.LEFT, center: A.CENTER, right: A.RIGHT, justify: A.JUSTIFY };
  const headings = { 1: H.HEADING1, 2: H.HEADING2, 3: H.HEADING3 };

  const render = (b: Block) => {
    switch (b.type) {
      case 'title':
        markPlaceholders(body.appendParagraph(b.text).setHeading(H.TITLE).setAlignment(A.CENTER), b.text);
        break;
      case 'subtitle':
        markPlaceholders(body.appendParagraph(b.text).setHeading(H.SUBTITLE).setAlignment(A.CENTER), b.text);
        break;
      case 'heading':
        markPlaceholders(body.appendParagraph(b.text).setHeading(headings[b.level]), b.text);
        break;
      case 'paragraph': {
        const p = body.appendParagraph(b.text).setAlignment(align[b.align ?? 'left']);
        if (b.bold) p.setAttributes({ [DocumentApp.Attribute.BOLD]: true });
        // An empty annual item: highlighted so it cannot be missed before the report is sent
        // (Text.setBackgroundColor / setForegroundColor / setBold, DocumentApp reference).
        if (b.placeholder)
          p.editAsText().setBackgroundColor(PLACEHOLDER_BACKGROUND).setForegroundColor(PLACEHOLDER_TEXT).setBold(true);
        else markPlaceholders(p, b.text);
        break;
      }
      case 'list':
        for (const item of b.items)
          markPlaceholders(body.appendListItem(item).setGlyphType(DocumentApp.GlyphType.BULLET), item);
        break;
      case 'table': {
        body
          .appendParagraph(b.caption)
          .setAlignment(A.CENTER)
          .setAttributes({ [DocumentApp.Attribute.BOLD]: true });
        const table = body.appendTable([b.header, ...b.rows]);
        table.setBorderColor('#9aa0a6');
        const head = table.getRow(0);
        head.editAsText().setBold(true);
        for (let c = 0; c < b.header.length; c++) head.getCell(c).setBackgroundColor('#d2e3fc');
        if (b.total) table.getRow(b.rows.length).editAsText().setBold(true);
        if (b.widths) b.widths.forEach((w, c) => table.setColumnWidth(c, w));
        else if (b.wideFirst) table.setColumnWidth(0, 120);
        else if (b.numbered) {
          // A narrow No., narrow counts, and the rest for the label: a Pasal 17 ground with its
          // meaning then fits on one or two lines instead of three.
          table.setColumnWidth(0, NO_WIDTH);
          if (b.header.length <= 4) {
            table.setColumnWidth(1, TEXT_WIDTH - NO_WIDTH - COUNT_WIDTH * (b.header.length - 2));
            for (let c = 2; c < b.header.length; c++) table.setColumnWidth(c, COUNT_WIDTH);
          }
        }
        break;
      }
      case 'chart': {
        const img = chartImages[b.key];
        if (!img) break;
        const image = body.appendImage(img);
        const ratio = image.getHeight() / Math.max(image.getWidth(), 1);
        image.setWidth(IMAGE_WIDTH).setHeight(Math.round(IMAGE_WIDTH * ratio));
        body
          .appendParagraph(b.caption)
          .setAlignment(A.CENTER)
          .setAttributes({ [DocumentApp.Attribute.ITALIC]: true });
        break;
      }
      case 'pageBreak':
        body.appendPageBreak();
        break;
    }
  };
  model.blocks.forEach(render);
  doc.saveAndClose();
}
