// Renders the report model into a Google Docs document with real heading styles (so the outline
// works), tables, the Daftar Isi and chart images. Made by the Drive API in the report folder
// (drive.ts) under a temporary name; the caller renames it on success.
//
// The text, tables, styles and pagination go in through the advanced Docs service
// (Docs.Documents.batchUpdate), built as data in the core (core/report/docs-requests.ts): a few
// round trips instead of one DocumentApp call per paragraph, cell and style, and the only way to
// keep a caption or heading with what follows (ParagraphStyle.keepWithNext) and a row whole
// (TableRowStyle.preventOverflow); DocumentApp can do neither. Then:
// - the document starts as the add-on's .docx skeleton imported by Drive (core/report/
//   docx-skeleton.ts): an A4 page whose footer holds a page-number field, which neither service
//   can insert; if the import fails, a blank document as before;
// - documents.get reads the headings' IDs (ParagraphStyle.headingId: "This property is
//   read-only") and the footer, and one more batchUpdate links each Daftar Isi line to its
//   heading and, when the footer has no page-number field (the import dropped it, or the blank
//   document), adds the note asking the officer to insert page numbers;
// - the chart pictures go in with DocumentApp, opened anew after the last batchUpdate: the Docs
//   API inserts images only from a URI Google can fetch (InsertInlineImageRequest), and nothing
//   here is public. Google documents no order between the two services; the one used here (all
//   API calls first, then openById) is the one /tmp/research/google.md §2 recommends, and the
//   emulator refuses a Docs API call over unsaved DocumentApp edits.
// Each batch is atomic ("If any request is not valid, then the entire request will fail and
// nothing will be applied", documents/batchUpdate); a fault at any call leaves a temporary
// document that is trashed here, so nothing half-written stays in the officer's Drive.
import type { Lang } from '../core/types';
import {
  type ReportModel,
  buildDocsPlan,
  CHART_HEIGHT,
  CHART_WIDTH,
  contentsLinkRequests,
  pictureParagraph,
  type DocsPlanOptions,
  type DocsRequest,
  DOCX_MIME,
  docxSkeletonBytes,
  hasPageNumberField,
  pageNumberNoteRequests,
} from '../core/report';
import { UserError } from '../core/errors';
import { discardDocument } from './files';
import { createDocInFolder } from './drive';
import type { PictureImage } from './pictures';

type Blob = GoogleAppsScript.Base.Blob;
type Document = GoogleAppsScript.Document.Document;

const IMAGE_WIDTH = 440;
/**
 * The picture's height at IMAGE_WIDTH: the chart's own aspect ratio, known from its size options
 * (core/report/chart-size.ts), so no call reads the picture's size back. Two sizing calls per
 * picture: the appendInlineImage reference does not say at what size a picture goes in (natural
 * pixels, or scaled to the page), so the size on the page is set, not assumed.
 */
const IMAGE_HEIGHT = Math.round((IMAGE_WIDTH * CHART_HEIGHT) / CHART_WIDTH);

/** The advanced Docs service, or the officer's sentence naming what to turn on. */
function docsService(): GoogleAppsScript.Docs {
  if (typeof Docs === 'undefined' || !Docs) throw new UserError('err.docsDisabled');
  return Docs;
}

function batchUpdate(id: string, requests: DocsRequest[]): void {
  if (requests.length) docsService().Documents!.batchUpdate({ requests } as never, id);
}

export function writeReportDocument(
  model: ReportModel,
  chartImages: Record<string, Blob>,
  tempName: string,
  folderId: string,
  lang: Lang,
  /** The unit's pictures the model shows (docs/pictures.ts), by their block's key. */
  pictures: Record<string, PictureImage> = {},
  page: Pick<DocsPlanOptions, 'landscape'> = {},
): Document {
  const made = createReportDoc(tempName, folderId);
  try {
    return fillDocument(made.getId(), model, chartImages, lang, pictures, page);
  } catch (err) {
    // A half-written report must not stay in the officer's Drive.
    discardDocument(made);
    throw err;
  }
}

/**
 * The report's temporary document: the skeleton imported by Drive, or, when Drive refuses or
 * fails the import (nothing is left of a failed create), a blank one; its footer then has no
 * field and the Daftar Isi carries the note. A Drive switched off is the officer's sentence.
 */
function createReportDoc(tempName: string, folderId: string): Document {
  try {
    const skeleton = Utilities.newBlob(docxSkeletonBytes(), DOCX_MIME, `${tempName}.docx`);
    return createDocInFolder(tempName, folderId, skeleton);
  } catch (err) {
    if (err instanceof UserError) throw err;
    return createDocInFolder(tempName, folderId);
  }
}

function fillDocument(
  id: string,
  model: ReportModel,
  chartImages: Record<string, Blob>,
  lang: Lang,
  pictures: Record<string, PictureImage>,
  page: Pick<DocsPlanOptions, 'landscape'>,
): Document {
  const charts = [...Object.keys(chartImages).filter((k) => chartImages[k]), ...Object.keys(pictures)];
  // The note on page numbers is written only once the footer is read (below).
  const plan = buildDocsPlan(model.blocks, { lang, charts, pageNumberNote: false, ...page });
  for (const batch of plan.batches) batchUpdate(id, batch);
  if (plan.contentsChild >= 0) {
    // One read for both: the headings' IDs and whether the footer kept its page-number field.
    const got = docsService().Documents!.get(id);
    const requests = contentsLinkRequests(got as never, plan.contents, lang);
    if (!hasPageNumberField(got as never)) {
      // No page-number field can be inserted by either service (google.md §1.11): the Daftar
      // Isi page says so, and how to add them.
      const note = pageNumberNoteRequests(got as never, plan, lang);
      requests.push(...note.requests);
      if (note.requests.length) {
        // One paragraph more above the pictures, and in the counts pictureParagraph compares.
        plan.images = note.images;
        plan.children += 1;
        plan.paragraphs += 1;
        plan.paragraphsOutsideTables += 1;
      }
    }
    batchUpdate(id, requests);
  }
  // Opened anew: a Document opened before the API calls holds a stale view.
  const doc = DocumentApp.openById(id);
  if (plan.images.length) {
    const body = doc.getBody();
    // The unit's pictures: each into its paragraph, found among the body's paragraphs read once
    // (Body.getParagraphs; whether it counts table cells is settled by its length, see
    // pictureParagraph), else by its child index; sized in one call (WIDTH and HEIGHT
    // attributes) when larger than its box, the size taken from its bytes
    // (core/report/pictures.ts), so Docs is not asked. Three calls a picture with its Drive read
    // (issue #25).
    let paragraphs: GoogleAppsScript.Document.Paragraph[] | null = null;
    for (const slot of plan.images) {
      const picture = pictures[slot.key];
      if (!picture) continue;
      paragraphs ??= body.getParagraphs();
      const at = pictureParagraph(plan, slot, paragraphs.length);
      const holder = at === null ? body.getChild(slot.child).asParagraph() : paragraphs[at];
      const image = holder.appendInlineImage(picture.blob);
      if (picture.size)
        image.setAttributes({
          [DocumentApp.Attribute.WIDTH]: picture.size.width,
          [DocumentApp.Attribute.HEIGHT]: picture.size.height,
        });
    }
    for (const slot of plan.images) {
      if (pictures[slot.key]) continue;
      body
        .getChild(slot.child)
        .asParagraph()
        .appendInlineImage(chartImages[slot.key])
        .setWidth(IMAGE_WIDTH)
        .setHeight(IMAGE_HEIGHT);
    }
  }
  doc.saveAndClose();
  return doc;
}
