// Renders the report model into a Google Docs document with real heading styles (so the outline
// works), tables, the Daftar Isi and chart images. Made by the Drive API in the report folder
// (drive.ts) under a temporary name; the caller renames it on success.
//
// The text, tables, styles and pagination go in through the advanced Docs service
// (Docs.Documents.batchUpdate), built as data in the core (core/report/docs-requests.ts): a few
// round trips instead of one DocumentApp call per paragraph, cell and style, and the only way to
// keep a caption or heading with what follows (ParagraphStyle.keepWithNext) and a row whole
// (TableRowStyle.preventOverflow); DocumentApp can do neither. Then:
// - documents.get reads the headings' IDs (ParagraphStyle.headingId: "This property is
//   read-only"), and one more batchUpdate links each Daftar Isi line to its heading;
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
  type DocsRequest,
} from '../core/report';
import { UserError } from '../core/errors';
import { discardDocument } from './files';
import { createDocInFolder } from './drive';

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
): Document {
  const made = createDocInFolder(tempName, folderId);
  try {
    return fillDocument(made.getId(), model, chartImages, lang);
  } catch (err) {
    // A half-written report must not stay in the officer's Drive.
    discardDocument(made);
    throw err;
  }
}

function fillDocument(id: string, model: ReportModel, chartImages: Record<string, Blob>, lang: Lang): Document {
  const charts = Object.keys(chartImages).filter((k) => chartImages[k]);
  // No page-number field can be inserted by either service (google.md §1.11): the Daftar Isi
  // page says so, and how to add them.
  const plan = buildDocsPlan(model.blocks, { lang, charts, pageNumberNote: true });
  for (const batch of plan.batches) batchUpdate(id, batch);
  if (plan.contents.length) {
    const got = docsService().Documents!.get(id);
    batchUpdate(id, contentsLinkRequests(got as never, plan.contents, lang));
  }
  // Opened anew: a Document opened before the API calls holds a stale view.
  const doc = DocumentApp.openById(id);
  if (plan.images.length) {
    const body = doc.getBody();
    for (const slot of plan.images) {
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
